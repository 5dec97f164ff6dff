# lookalikes.s - nothing here is sensitive: the output must be the input
# plus the ABI word.  (cli hlt sti in a comment; /* cli */ too)
	.text
cli:	nop
sti:
	call	cli
	jmp	sti
	call	in
	movq	%fs:0x28, %rax
	movq	%rax, %gs:8
	addl	%gs:(%rbx), %eax
	pushq	$5
	push	$0x10
	pushq	%rax
	popq	%rbx
	mov	%rax, %rbx
	movl	%ecx, %edx
	mov	%ss:(%rsp), %rax
	lea	out(%rip), %rdi
	incl	in(%rip)
	insertps $0, %xmm1, %xmm2
	syscall
	lock; orl $0, (%rsp)	/* lock; cli in a comment */
	movb	$'#, %al
	ret
	.section .rodata
out:	.ascii	"cli; sti; hlt # iretq"
in:	.string	"outb %al, $0x80"
str = 5
