# cond-macro-section.s - the same inside a .macro body (issue 7).
	.macro	m x
	.if	\x
	.pushsection .altinstr_replacement,"ax"
	.endif
	cli
	.endm
