# macro-mnem-stmt.s - a whole statement as a macro argument where the
# mnemonic is the argument (ALTERNATIVE's oldinstr): no site can wrap a
# statement list, so one holding a sensitive instruction stops gas
	.text
	.macro	alt oldinstr
	\oldinstr
	.endm
	alt "jmp 1f"
	alt "pushf; cli"
1:	ret
