# cond-group.s - the branches end in sections of different COMDAT groups:
# the record could not go with the code (issue 7).
	.text
	.ifdef	G
	.section .text.f,"axG",@progbits,f,comdat
	.else
	.section .text.g,"axG",@progbits,g,comdat
	.endif
	cli
