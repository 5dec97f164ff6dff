/*
 * prof_entry.S - the profile back end's post handler for CR3 loads: the
 * slot of a `mov %reg, %cr3` site is `<original>; call wedge_prof_cr_post;
 * jmp back` (rewriter.h, struct ab_handlers.post).  Every register and flag
 * is kept: the caller-saved ones and the flags are saved here, the stack
 * is aligned for the C call (the site may be reached at any alignment).
 */
	.text
	.globl	wedge_prof_cr_post
wedge_prof_cr_post:
	pushfq
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rbx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	movq	%rsp, %rbx
	andq	$-16, %rsp
	cld
	call	wedge_prof_cr3_loaded
	movq	%rbx, %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rbx
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	ret

	.section .note.GNU-stack, "", @progbits
