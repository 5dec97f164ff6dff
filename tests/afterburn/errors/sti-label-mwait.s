# sti-label-mwait.s - a branch target between sti and the mwait it
# shadows: the pair is one site, so this is refused like sti; 1: hlt
	.text
	sti
1:	.byte 0x0f, 0x01, 0xc9
	ret
