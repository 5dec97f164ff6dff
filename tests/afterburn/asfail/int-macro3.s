# int-macro3.s - "int $\v" in a macro expanded with v=3 is int3: gas stops
	.macro TRAP v
	int $\v
	.endm
	.text
	TRAP 0x80
	TRAP 3
