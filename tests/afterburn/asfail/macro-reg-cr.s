# macro-reg-cr.s - a 16-bit register for a control register move through
# a macro argument: not encodable, afterburn's .error says which
	.macro	SET_CR3 reg
	movq	\reg, %cr3
	.endm
	.text
	SET_CR3 %rax
	SET_CR3 %cr2
