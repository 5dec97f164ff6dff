/* farret.S - far returns in every spelling gas takes (each one a far-ret site). */
	.text
	.globl	far_returns
far_returns:
	lretq
	lret
	lretl
	lretw
	lret	$8
	lretq	$16
	retfq
	retf
	retfl
	retfw	$4
	.att_syntax noprefix
	lretq
	.att_syntax prefix
	ret
