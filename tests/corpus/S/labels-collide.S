/* labels-collide.S - numeric labels the afterburner also uses for its own
 * site text (98701..98704): a reference that crosses a site must still reach
 * the label the author wrote, backwards and forwards. */
	.text
	.globl	lc
lc:
98701:	nop
	cli
	jmp	98701b			/* the nop above, not the cli */
	jmp	98702f			/* the nop below, not a label of the site */
	rdtsc
98702:	nop
98703:	.byte	0x90
	pushfq
	leaq	98703b(%rip), %rax	/* the .byte above */
	popfq
	.pushsection .rodata.lc, "a"
	.quad	98701b, 98702b, 98703b, 98704f
	.popsection
	cpuid
98704:	ret
