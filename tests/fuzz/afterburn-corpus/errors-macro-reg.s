# macro-reg.s - a register chosen by a macro argument cannot be recorded
	.macro wrcr n
	movq %rax, %cr\n
	.endm
	.text
	wrcr 3
