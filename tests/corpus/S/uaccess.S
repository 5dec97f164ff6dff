/* uaccess.S - user copies with stac/clac, exception-table entries and a
 * .fixup section (.previous), plus an ALTERNATIVE-like construct whose
 * replacement lives in .altinstr_replacement (copied, not padded). */
#define _ASM_EXTABLE(from, to) \
	.pushsection __ex_table, "a"; .balign 4; .long (from) - ., (to) - .; .popsection

	.macro	ALTERNATIVE old, new
140:	\old
141:	.pushsection .altinstr_replacement, "ax"
142:	\new
143:	.popsection
	.pushsection .altinstructions, "a"
	.long	140b - ., 142b - .
	.popsection
	.endm

	.text
	.globl	copy_user
copy_user:
	stac
	movq	%rdx, %rcx
1:	rep movsb
2:	clac
	xorl	%eax, %eax
	ret
	.section .fixup, "ax"
3:	clac
	movq	%rcx, %rax
	jmp	2b
	.previous
	_ASM_EXTABLE(1b, 3b)

	.globl	get_user_8
get_user_8:
	stac
4:	movq	(%rdi), %rax
	clac
	ret
	_ASM_EXTABLE(4b, 5f)
5:	clac
	movq	$-14, %rax
	ret

	.globl	barrier_nospec
barrier_nospec:
	ALTERNATIVE "nop", "lfence"
	ALTERNATIVE "cli", "sti"
	ret
