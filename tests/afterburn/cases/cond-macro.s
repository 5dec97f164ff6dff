# cond-macro.s - conditionals inside .macro, .rept, .irp and .irpc bodies,
# nested and recursive macros: one text expands many times, with some
# branches live and others dead in each expansion (issue 7).  afterburn's
# labels are assigned (".Lafterburn_sN = ."), so every expansion redefines
# them and its record uses its own values.
# as-variant: --defsym A=1
# as-variant: --defsym C=1
	.ifndef	A
	A = 0
	.endif
	.macro	maybe_cli on
	.if	\on
	cli
	.else
	sti
	.endif
	.endm
	.macro	irqs_off_twice
	.rept	2
	.ifdef	C
	cli
	.endif
	hlt
	.endr
	.endm
	.macro	outer
	.macro	inner x
	.ifnb	\x
	pushfq
	.else
	popfq
	.endif
	.endm
	inner	1
	inner
	.endm
	.macro	rec n
	.if	\n
	hlt
	rec	"(\n-1)"
	.endif
	.endm
	.macro	uniq
.Lu\@:	.if	A
	cli
	jmp	.Lu\@
	.endif
	.endm
	.macro	early_exit
	cli
	.if	1
	.exitm
	.endif
	sti
	.endm
	.if	A
	.macro	pick
	swapgs
	.endm
	.else
	.macro	pick
	pushfq
	.endm
	.endif
	.text
	.globl	_start
_start:
	early_exit
	pick
	maybe_cli 0
	maybe_cli 1
	maybe_cli A
	irqs_off_twice
	outer
	rec	3
	uniq
	uniq
	.rept	3
	.if	A
	cli
	.else
	rdtsc
	.endif
	.endr
	.irp	r, 0, 1
	.if	\r
	wbinvd
	.endif
	.endr
	.irpc	c, 01
	.ifeq	\c
	cpuid
	.endif
	.endr
	ret
