# macro-mnem-two.s - a mnemonic made of two arguments: afterburn cannot
# hash it at gas level, so it refuses it
	.macro	do a, b
	\a\()\b
	.endm
	.text
	do c, li
