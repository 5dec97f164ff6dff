# sections.s - section tracking: .pushsection/.popsection, .previous,
# .subsection, .text N, named code sections with and without flags,
# .altinstr_replacement (copied at run time: never padded), data between.
	.text
	cli
	.section .text.unlikely
	sti
	.pushsection .data
	.long	1
	.popsection
	clac
	.section .init.text,"ax",@progbits
	stac
	.previous
	hlt
	.previous
	wbinvd
	.subsection 1
	invd
	.text 2
	cpuid
	.pushsection .altinstr_replacement,"ax"
	stac
	.popsection
	.section	.entry.text,"ax"
	swapgs
	.section	.data
	.quad	0
	.text
	clts
