# cond-copied.s - the branches end in code that is padded and code that is
# copied at run time (never padded): which one applies is unknown (issue 7).
	.text
	.ifdef	ALT
	.pushsection .altinstr_replacement,"ax",@progbits
	.else
	.pushsection .text.y,"ax",@progbits
	.endif
	cli
	.popsection
