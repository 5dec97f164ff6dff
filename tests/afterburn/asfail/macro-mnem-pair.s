# macro-mnem-pair.s - sti from an argument right before hlt: the pair must
# be one site (interrupt shadow), which a site per statement cannot be
	.text
	.macro	idle op
	\op
	hlt
	.endm
	idle nop
	idle sti
