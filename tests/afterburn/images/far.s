# far.s - every spelling gas 2.40 accepts for a far return, jump or call in
# 64-bit code gets a site of class far-ret / far-jmp / far-call (issue 7).
	.text
	.globl	far_all
far_all:
	lret
	lretw
	lretl
	lretq
	retf
	retfw
	retfl
	retfq
	LRET
	RETFQ
	lret	$8
	lretq	$16
	lretw	$2
	retf	$4
	retfq	$8
	retfw	$0x10
	retfl	$(4*2)
	rex64 lret
	rex.W retf
	data16 retf
	retf#comment
	retfq/* comment */
	ljmp	*(%rax)
	ljmp	(%rax)
	ljmpl	*8(%rbx)
	ljmpw	*(%rcx,%rdx,4)
	rex64 ljmp *(%rax)
	ljmp	*far_ptr(%rip)
	ljmp	*%fs:(%rax)
	fs ljmp	*16(%rsi)
	lcall	*8(%rbx)
	lcall	(%rax)
	lcalll	*(%rdi)
	lcallw	*-8(%rbp)
	lcall	*far_ptr(%rip)
	rex.W lcall *(%rax)
	LJMP	*(%rax)
	ret
	.data
far_ptr:
	.long	0x1000
	.word	0x10
