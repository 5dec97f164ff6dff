# bytes.s - instructions encoded as data in code: a sensitive one whose bytes
# are whole .byte statements (one or several) is padded and recorded like
# its mnemonic; one that starts or ends inside a statement, and sti (pair
# rules), are only reported (see --report); the same bytes in a data
# section are not looked at.
	.text
f:
	.byte	0x0f, 0x01, 0xcb	/* stac */
	.byte	0x0f, 0x01, 0xca	/* clac */
	.byte	0xfa
	.byte	0x0f
	.byte	0x20, 0xd8		/* mov %cr3, %rax over two lines */
	.byte	0x90, 0x90
1:	.byte	0x48, 0x0f, 0xc7, 0x2f	/* xsaves64 (%rdi), labelled (Linux XSTATE_OP) */
	.byte	0x90, 0x0f, 0x01, 0xc9	/* mwait inside a statement: reported */
	.byte	0xfb			/* sti: reported */
	.data
	.byte	0xfa, 0xfb, 0xf4
