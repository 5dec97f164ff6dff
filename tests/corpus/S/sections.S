/* sections.S - section juggling: .section with flags, .pushsection nested
 * two deep, .previous after .section, comdat groups with the same section
 * name twice, .subsection, and numeric labels reused across sections. */
	.text
	.globl	s1
s1:	cli
1:	.pushsection .text.cold, "ax", @progbits
2:	sti
	.pushsection .data.ptrs, "aw", @progbits
	.quad	1b, 2b, 3f
	.popsection
	hlt
	.popsection
	.section .text.unlikely, "ax", @progbits
3:	rdmsr
	.previous
	wrmsr
	.section .text.inl, "axG", @progbits, inl_a, comdat
	.weak	inl_a
inl_a:	cpuid
	ret
	.section .text.inl, "axG", @progbits, inl_b, comdat
	.weak	inl_b
inl_b:	invlpg	(%rdi)
	ret
	.text
	.subsection 1
	swapgs
	.subsection 0
	ret
	.section .init.text, "ax"
	mov	%rax, %cr4
	ret
