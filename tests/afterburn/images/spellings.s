# spellings.s - the sensitive set in the spellings gcc, kernels and hand-written
# assembly use: suffixes, upper case, prefixes as words or statements, segment
# prefixes as words, pseudo prefixes, a comment right after the mnemonic.
	.text
	.globl	sp_all
sp_all:
	cli#comment
	sti/* comment */
	CLI
	Sti
	pushf
	pushfq
	pushfw
	data16 pushf
	popf
	popfq
	popfw
	hlt
	HLT
	iretq
	iretl
	iretw
	iret
	rex64 iret
	sysretq
	sysretl
	sysret
	sysexit
	sysexitq
	sysexitl
	swapgs
	rdmsr
	wrmsr
	RDMSR
	rdtsc
	rdtscp
	rdpmc
	cpuid
	xsetbv
	clts
	invd
	wbinvd
	wbnoinvd
	clac
	stac
	monitor
	monitor	%rax, %ecx, %edx
	mwait
	mwait	%eax, %ecx
	mov	%cr0, %rax
	movq	%cr2, %rdx
	movq	%rdi, %cr3
	mov	%rax, %cr4
	movq	%cr8, %r9
	MOVQ	%CR3, %RAX
	mov	%db7, %rax
	movq	%dr6, %rcx
	mov	%rsi, %dr0
	movq	%r10, %dr7
	mov	%ds, %ax
	movw	%ds, %ax
	movl	%ds, %eax
	movq	%ds, %rax
	mov	%es, (%rax)
	movw	%fs, 8(%rsp)
	mov	%ax, %ds
	movw	%ax, %es
	movl	%eax, %fs
	movq	%rax, %gs
	mov	(%rax), %ss
	movw	(%rbx,%rcx,2), %ds
	push	%fs
	pushq	%gs
	pushw	%fs
	pop	%fs
	popq	%gs
	popw	%fs
	smsw	%eax
	smsww	(%rax)
	smswq	%rax
	smsw	%ax
	lmsw	%ax
	lmsww	(%rdi)
	sgdt	(%rdi)
	sgdtq	(%rdi)
	sidt	8(%rsp)
	sidtq	(%rax)
	lgdt	(%rax)
	lgdtq	gdt(%rip)
	lidt	idt(%rip)
	lidtq	(%rdi)
	sldt	%eax
	sldtw	(%rax)
	sldtq	%rax
	str	%ax
	strw	(%rax)
	strq	%rax
	lldt	%ax
	lldtw	(%rbx)
	ltr	%di
	ltrw	%ax
	lar	%ax, %eax
	larw	(%rax), %bx
	larl	%eax, %ecx
	larq	%rax, %rdx
	lsl	(%rax), %eax
	lslq	%rax, %rcx
	verr	%ax
	verrw	(%rax)
	verw	%cx
	invlpg	(%rdi)
	invlpg	0x1000
	invlpg	%fs:(%rax)
	fs invlpg (%rax)
	ds invlpg 8(%rbx)
	{disp32} invlpg (%rax)
	invpcid	(%rax), %rcx
	inb	$0x60, %al
	in	$0x71, %al
	inw	$0x60, %ax
	inl	$0x60, %eax
	inb	%dx, %al
	in	(%dx), %ax
	inl	%dx, %eax
	outb	%al, $0x80
	out	%al, $0x80
	outw	%ax, %dx
	outl	%eax, (%dx)
	insb
	insw
	insl
	rep insb
	rep; insw
	rep insl (%dx), %es:(%rdi)
	outsb
	outsw
	outsl
	rep outsb
	rep; outsl
	outsw	%ds:(%rsi), (%dx)
	rdgsbase %rax
	rdgsbase %eax
	wrgsbase %r12
	rdfsbase %rcx
	wrfsbase %edi
	xsaves	(%rdi)
	xsaves64 (%rdi)
	xrstors	(%rdi)
	xrstors64 0x40(%rsi)
	cs cli
	ds hlt
	rex.W iret
	ret
	.data
gdt:	.quad	0
idt:	.quad	0
