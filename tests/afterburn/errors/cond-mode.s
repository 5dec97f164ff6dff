# cond-mode.s - .code32 in one branch only: the mode after .endif is
# unknown; a sensitive instruction there is an error (issue 7).
	.text
	.ifdef	X
	.code32
	.else
	nop
	.endif
	nop
	sti
