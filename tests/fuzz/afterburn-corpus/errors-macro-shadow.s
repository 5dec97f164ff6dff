# macro-shadow.s - cli in a macro body, a macro named cli defined later
	.macro m
	cli
	.endm
	.macro cli
	nop
	.endm
	.text
	m
