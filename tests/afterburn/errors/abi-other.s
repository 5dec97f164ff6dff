# abi-other.s - an afterburn_abi section that is not this afterburn's
# own ABI word line: output of another version, or hand-made (issue 7).
	.text
	cli
	.pushsection afterburn_abi,"a",@progbits; .balign 4; .long 0xab5e0000; .popsection
