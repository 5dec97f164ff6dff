# macro-mem-reg.s - a base register from a macro argument inside a memory
# operand of a sensitive instruction cannot be recorded: error, not a guess
	.macro	FLUSH r
	invlpg	(\r)
	lgdt	8(\r)
	.endm
	.text
	FLUSH %rbx
