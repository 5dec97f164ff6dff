/* macro-args-cr.S - control-register moves whose general register is a
 * macro argument (kernels write `movq \reg, %cr3` in their macros). */
	.macro	load_cr3 reg
	movq	\reg, %cr3
	.endm
	.macro	read_cr4 into=%rax
	movq	%cr4, \into
	.endm
	.text
	.globl	mac
mac:	load_cr3 %rdi
	load_cr3 %r12
	read_cr4
	read_cr4 %rbx
	ret
