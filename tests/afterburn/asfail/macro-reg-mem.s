# macro-reg-mem.s - a memory operand through a whole-operand argument of a
# segment load: its base register cannot be recorded from the text
	.macro	LOAD_SEL seg, src
	movw	\src, %\seg
	.endm
	.text
	LOAD_SEL es, (%rbx)
