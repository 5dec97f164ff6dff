/* macros.S - .macro features: defaults, varargs, \@, \(), nested macros,
 * .purgem, a macro named like an instruction, recursion through .if. */
	.macro	save_flags reg=%rax
	pushfq
	popq	\reg
	.endm
	.macro	restore_flags reg:req
	pushq	\reg
	popfq
	.endm
	.macro	call_each fn:vararg
	.irp	f, \fn
	call	\f
	.endr
	.endm
	.macro	label_pair base
\base\()_a\@:
	cli
\base\()_b\@:
	jmp	\base\()_a\@
	.endm
	.macro	countdown n
	.if	\n
	outb	%al, $(0x80 + \n)
	countdown "(\n-1)"
	.endif
	.endm

	.text
	.globl	m
m:	save_flags
	save_flags %rbx
	label_pair one
	label_pair two
	call_each f1, f2, f3
	countdown 3
	restore_flags %rbx
	.purgem	save_flags
	.macro	save_flags
	nop
	.endm
	save_flags
	ret
