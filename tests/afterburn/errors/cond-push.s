# cond-push.s - .pushsection in one branch only: the section stack depth
# is unknown, so what .popsection restores is too (issue 7).  The cli right
# after .endif is fine (both branches are in .text).
	.text
	.if	A
	.pushsection .text
	.endif
	cli
	.popsection
	hlt
