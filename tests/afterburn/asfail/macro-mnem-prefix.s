# macro-mnem-prefix.s - a prefix word as the mnemonic argument would
# prefix the next instruction, whose record would not know it: gas stops
	.text
	.macro	pre p
	\p
	insb
	.endm
	pre nop
	pre rep
