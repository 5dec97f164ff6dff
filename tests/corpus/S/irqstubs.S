/* irqstubs.S - interrupt stubs generated with .rept/.irp/.macro, \@ labels,
 * numeric labels and a table of their addresses in .rodata. */
	.macro	stub vec, has_err=0
	.p2align 3
irq_stub_\vec:
	.if	\has_err == 0
	pushq	$0
	.endif
	pushq	$\vec
	jmp	irq_common
	.pushsection .rodata.stubs, "a"
	.quad	irq_stub_\vec
	.popsection
	.endm

	.text
	.irp	v, 0, 1, 2, 3, 4, 5, 6, 7
	stub	\v
	.endr
	.irp	v, 8, 10, 11, 12, 13, 14
	stub	\v, 1
	.endr

irq_common:
	pushfq
	cli
	pushq	%rax
	movq	%cr2, %rax
	call	handle_irq
	popq	%rax
	popfq
	addq	$16, %rsp
	iretq

	.macro	eoi port=0x20
	movb	$0x20, %al
	outb	%al, $\port
	.endm
	.globl	pic_eoi
pic_eoi:
	cmpl	$8, %edi
	jb	1f
	eoi	0xa0
1:	eoi
	ret

	.globl	spin
spin:
	.rept	3
	pause
	.endr
	movl	$100, %ecx
98701:	inb	$0x80, %al
	decl	%ecx
	jnz	98701b
	ret
