# report.s - one of everything --report lists
	.text
	cli
	sti
	hlt
	outb	%al, $0x80
	int3
	.pushsection .altinstr_replacement,"ax"
	stac
	.popsection
	.code32
	cli
	.code64
	.byte	0x90, 0x0f, 0x01, 0xca
	.macro	do op
	\op
	.endm
	do	cli
