# labels.s - user labels that look like the ones afterburn used to generate
# (numeric 98701..98707) or like its kinds/numbers, around sensitive
# instructions (issue 7).  Every branch must land where it lands without
# afterburn: tests/suites/21 compares the branch targets of the assembled
# original and the assembled output (objdump), also with --ids.
	.text
	.globl	_start
_start:
	jmp	98701f
	cli
98701:	ret
	jmp	98702f
	pushfq
98702:	ret
	jmp	98703f
	hlt
98703:	ret
98704:	nop
	cli
	jmp	98704b
	jz	98705f
	.code32
	cli
98705:	.code64
	ret
98706:	xorl	%eax, %eax
	jmp	98706b
	jmp	98707f
	movq	$0, g(%rip)
98707:	ret
1:	cli
	call	1b
	jmp	1f
	swapgs
1:	ret
s1:	cli
	jmp	s1
ie1:	jmp	se1
se1:	sti
	hlt
	jmp	ie1
.L1:	cli
	jne	.L1
/* labels and sites in dead and live branches */
	.if	0
98701:	cli
	.endif
	jmp	98701f
	.if	1
	cli
98701:	nop
	.else
98701:	hlt
	.endif
	jmp	98701b
	ret
	.data
g:	.quad	0
