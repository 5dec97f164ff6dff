# noprefix-macros.s - .att_syntax noprefix with registers from macro arguments:
# bare (fs) and prefixed (%gs) arguments are both registers there
	.att_syntax noprefix
	.macro PS r
	push \r
	.endm
	.macro SC reg
	mov \reg, cr3
	rdgsbase \reg
	.endm
	.macro PR r
	push %\r
	.endm
	.text
	PS fs
	PS %gs
	PS rax
	SC rdi
	SC %r9
	PR fs
	ret
