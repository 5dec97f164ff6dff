# bytes.s - instructions encoded as data in code: decoded and reported (see
# --report), not padded; the same bytes in a data section are not looked at.
	.text
f:
	.byte	0x0f, 0x01, 0xcb	/* stac */
	.byte	0x0f, 0x01, 0xca	/* clac */
	.byte	0xfa
	.byte	0x0f
	.byte	0x20, 0xd8		/* mov %cr3, %rax over two lines */
	.byte	0x90, 0x90
	.data
	.byte	0xfa, 0xfb, 0xf4
