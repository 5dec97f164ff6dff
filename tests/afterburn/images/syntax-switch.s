# syntax-switch.s - Intel syntax blocks without sensitive instructions, and
# the switches back to AT&T with and without prefix: the AT&T code after
# each switch gets its sites
	.text
	.globl	sw_all
sw_all:
	.intel_syntax noprefix
	mov	rax, QWORD PTR [rbx+8]
	add	rax, 1
	.att_syntax prefix
	mov	%cr3, %rax
	.intel_syntax prefix
	mov	%rax, %rbx
	.att_syntax noprefix
	mov	rax, cr3
	push	fs
	.intel_syntax noprefix
	lea	rax, [rip+sw_all]
	.att_syntax
	pushq	%gs
	swapgs
	ret
