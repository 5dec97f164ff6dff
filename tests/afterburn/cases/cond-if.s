# cond-if.s - sensitive instructions in every kind of gas conditional, live
# and dead (issue 7).  afterburn cannot evaluate the conditions, so each
# site's labels and record sit in its instruction's branch: the output must
# assemble, and every live instruction must be padded, whichever branch gas
# takes (tests/suites/21 assembles every as-variant and runs
# afterburn-sites verify/check on the result).
# as-variant: --defsym A=1
# as-variant: --defsym B=1
# as-variant: --defsym A=1 --defsym B=1
# as-variant: --defsym C=1
# as-variant: --defsym A=1 --defsym C=1
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
	cli
	.else
	sti
	.endif
	.if	A
	hlt
	.elseif	B
	rdmsr
	.elseif	A + B == 0
	wrmsr
	.else
	invd
	.endif
	.ifdef	C
	cpuid
	.endif
	.ifndef	C
	swapgs
	.endif
	.ifnotdef C
	pushfq
	popq	%rax
	.endif
	.ifc	abc,abd
	lgdt	(%rax)
	.else
	lidt	(%rax)
	.endif
	.ifnc	a,a
	ltr	%ax
	.endif
	.ifeq	A
	movq	%cr3, %rax
	.endif
	.ifne	B
	movq	%rax, %cr3
	.endif
	.ifgt	A - B
	clts
	.endif
	.ifge	A - B
	wbinvd
	.endif
	.iflt	A - B
	rdpmc
	.endif
	.ifle	A - B
	invlpg	(%rdi)
	.endif
	.ifb
	outb	%al, $0x80
	.endif
	.ifnb	x
	inb	$0x60, %al
	.endif
	.ifeqs	"a", "b"
	smsw	%ax
	.endif
	.ifnes	"a", "b"
	str	%ax
	.endif
/* nested, the outer one dead or live; pairs and prefixes in branches */
	.if	A
	.if	B
	sti
	hlt
	.else
	sti; ret
	.endif
	rep; insb
	.else
	rep
	outsw
	.endif
/* numeric labels in branches; one-line conditionals */
	.if	0
1:	cli
	.endif
	.if	1
1:	cli
	.endif
	jmp	1b
	.if A; cli; .else; sti; .endif
	.if B; .if A; hlt; .endif; .endif
	.if	A
	.code32
	cli
	.code64
	.endif
	cli
/* an sti pair does not span a conditional directive: two sites */
	.if	A
	sti
	.endif
	hlt
/* labelled memory writes (--ids) in a dead or live branch */
	.if	A
	movq	%rax, (%rdi)
	.else
	movl	$0, 8(%rdi)
	.endif
	ret
