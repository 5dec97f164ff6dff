# cond-section.s - after a .if whose branches end in different sections,
# the section of a sensitive instruction is unknown: fail closed (issue 7).
	.text
	.if	A
	.section .data
	.long	1
	.endif
	cli
