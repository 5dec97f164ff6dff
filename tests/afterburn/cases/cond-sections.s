# cond-sections.s - section and mode changes inside conditional branches
# (issue 7).  Branches that end in the same section and mode are followed
# exactly (e.g. a .if-guarded alternative in .altinstr_replacement, copied
# at run time, so not padded), and so are branches ending in code sections
# that afterburn treats alike; a .code16/.code32 range is closed and
# reopened at each conditional directive, so its labels share a branch.
# as-variant: --defsym A=1
# as-variant: --defsym B=1
	.ifndef	A
	A = 0
	.endif
	.ifndef	B
	B = 0
	.endif
	.text
	.globl	_start
_start:
	.if	A
	.pushsection .altinstr_replacement,"ax",@progbits
	cli
	.popsection
	.else
	cli
	.endif
	sti
	.if	A
	.section .text.alt,"ax",@progbits
	.else
	.section .text.alt,"ax",@progbits
	.endif
	cli
	.text
	.if	B
	.pushsection .data
	.long	1
	.popsection
	.endif
	hlt
	.if	A
	.code32
	nop
	.code64
	.endif
	cli
	.if	A
	.pushsection .text.alt
	.else
	.pushsection .text.alt
	.endif
	swapgs
	.popsection
	wbinvd
	.code32
	.if	A
	nop
	.else
	cli
	.endif
	.code64
	.macro	alt_cli
	.if	B
	nop
	.else
	.pushsection .altinstr_replacement,"ax",@progbits
	cli
	.popsection
	.endif
	.endm
	alt_cli
	cli
/* unknown section after this .if; a .macro defined there pads as usual
 * (it runs where it is expanded), and .text makes the section known */
	.if	A
	.data
	.endif
	.macro	irq_off
	cli
	.endm
	.text
	irq_off
/* different code sections that afterburn treats alike (code, not copied,
 * no group): the site is padded, and its record fits either */
	.ifdef	A
	.section .text.x,"ax",@progbits
	.else
	.text
	.endif
	cli
	.previous
	.text
/* .previous and .subsection inside branches */
	.if	A
	.previous
	.previous
	.endif
	hlt
	.if	B
	.section .text.z,"ax",@progbits
	.previous
	.endif
	swapgs
	.previous
	cli
	.text
	.ifdef	A
	.subsection 1
	.endif
	wbinvd
	.text 0
	ret
