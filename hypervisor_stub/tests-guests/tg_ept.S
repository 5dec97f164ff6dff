/*
 * tg_ept.S - hostile guest: writes outside its memory (guest-physical
 * 64 MiB, past the 32 MiB the hypervisor gives it; host-physical 64 MiB is
 * where its own RAM lives, so an unconfined guest would corrupt itself).
 * Expected: "hv: EPT violation: guest write to guest-physical 0x4000000",
 * the guest stopped, statistics printed, power-off.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	$s_msg, %esi
	call	tg_puts
	movl	$0xbad0bad0, 0x04000000
	movl	$s_survived, %esi	/* must never be reached */
	call	tg_notok
	jmp	tg_verdict

	.section .rodata
s_msg:		.asciz "tg_ept: writing 0xbad0bad0 to guest-physical 0x4000000\n"
s_survived:	.asciz "write outside guest memory was not stopped"
