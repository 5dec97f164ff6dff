# noprefix.s - .att_syntax noprefix: registers without '%' are still read,
# so every sensitive instruction gets its site; back with .att_syntax.
	.text
	.globl	np_all
	.att_syntax noprefix
np_all:
	mov	cr3, rax
	mov	rax, cr3
	movq	rdi, cr4
	mov	cr0, r12
	mov	dr7, rcx
	push	fs
	pushq	gs
	pop	fs
	popw	gs
	movl	eax, ds
	mov	ds, ax
	mov	(rax), ss
	movw	es, (rbx,rcx,2)
	lgdt	gdt(rip)
	lidt	8(rsp)
	inb	$0x60, al
	outb	al, dx
	inw	(dx), ax
	rdgsbase rax
	wrfsbase r11d
	lldt	ax
	ltr	di
	str	eax
	lar	ax, ebx
	invlpg	(rdi,rsi,8)
	invpcid	(rax), rcx
	lcall	*(rax)
	ljmp	*8(rbx)
	lret	$8
	smsw	ax
	lmsw	si
	mov	rax, rbx
	push	rax
	.att_syntax prefix
	mov	%cr2, %rax
	push	%fs
	.att_syntax noprefix
	mov	rsi, cr8
	.att_syntax
	pop	%gs
	ret
	.data
gdt:	.quad	0
