/*
 * tg_triple.S - hostile guest: loads an empty IDT and raises #BP, so the
 * #BP, the #GP for the missing gate and the #DF all fail: triple fault.
 * Expected: "hv: guest triple fault", the guest stopped, the hypervisor
 * prints its statistics and powers off (Bochs itself never resets).
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	$s_msg, %esi
	call	tg_puts
	lidt	empty_idtr
	int3
	movl	$s_survived, %esi
	call	tg_notok
	jmp	tg_verdict

	.section .rodata
s_msg:		.asciz "tg_triple: empty IDT, then int3\n"
s_survived:	.asciz "triple fault did not stop the guest"
	.balign 4
empty_idtr:	.word 0
		.long 0
