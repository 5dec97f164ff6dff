# macro-mnem-memarg.s - a mnemonic and its memory operand, both macro
# arguments: the site would need the base register, which the text does not
# give (as macro-reg-mem.s), so gas stops instead of leaving lgdt unpadded
	.text
	.macro	table_load insn, where
	\insn	\where
	.endm
	table_load lgdt, (%rdi)
	ret
