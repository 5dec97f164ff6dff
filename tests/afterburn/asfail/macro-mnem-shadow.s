# macro-mnem-shadow.s - a macro named like a sensitive instruction (in
# another case): with that argument gas would expand the macro, and a site
# around its code would be wrong: gas stops at that expansion only
	.macro	CLI
	nop
	.endm
	.macro	do op
	\op
	.endm
	.text
	do nop
	do cli
