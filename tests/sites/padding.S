/*
 * padding.S - int3/nop padding the way a Linux vmlinux has it, for
 * `afterburn-sites check` (suite 35): int3 fill between sized functions,
 * an int3 after every ret/jmp (straight-line speculation), fill after a
 * function that ends in a call, and 2000 small functions each followed by
 * int3 fill.  None of that is listed.  Listed: an int3 in a function body
 * after an ordinary instruction, a function that starts with int3, and the
 * one uncovered cli (so check exits 1).
 */
	.text
	.globl _start
	.type _start, @function
_start:
	xor %eax, %eax
	int3				/* in a body: listed */
	call f_sls
	call f_noret
	ret
	int3				/* after ret: padding */
	.size _start, . - _start
	.p2align 4, 0xcc		/* fill between functions: padding */

	.type f_sls, @function
f_sls:
	test %eax, %eax
	jz 1f
	ret
	int3				/* after a mid-function ret: padding */
1:	jmp *%rax
	int3				/* after jmp: padding */
	.size f_sls, . - f_sls
	.p2align 5, 0xcc

	.type f_noret, @function
f_noret:
	call f_sls			/* ends in a call: the fill is still between functions */
	.size f_noret, . - f_noret
	int3
	int3
	.p2align 4, 0x90		/* nop fill mixed in */
	int3

	.type f_uncov, @function
f_uncov:
	nop
	cli				/* uncovered: listed, exit 1 */
	ret
	.size f_uncov, . - f_uncov

	.type f_int3, @function
f_int3:
	int3				/* a function starting with int3: an entry, listed */
	ret
	.size f_int3, . - f_int3

	.macro FN
	.p2align 4, 0xcc
	.type fn\@, @function
fn\@:
	mov $1, %eax
	ret
	.size fn\@, . - fn\@
	.endm
	.rept 2000
	FN
	.endr
	.p2align 4, 0xcc
