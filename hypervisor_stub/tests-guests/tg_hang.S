/*
 * tg_hang.S - hostile guest: spins forever with interrupts off, never
 * exiting on its own.  Expected with the hypervisor's hv.watchdog=1: the
 * VMX-preemption timer still ends it ("hv: guest stopped: watchdog"), the
 * hypervisor prints its statistics and powers off.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	$s_msg, %esi
	call	tg_puts
	cli
1:	jmp	1b

	.section .rodata
s_msg:	.asciz "tg_hang: cli; jmp . forever\n"
