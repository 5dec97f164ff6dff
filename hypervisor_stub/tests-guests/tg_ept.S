/*
 * tg_ept.S - hostile guest: writes the first byte past its RAM, the end its
 * multiboot info gives (1 MiB + mem_upper KiB; hv.mem=).  Host-physical
 * memory follows the backing store of its RAM, so an unconfined guest would
 * write somewhere real.
 * Expected: "hv: EPT violation: guest write to guest-physical <end>", the
 * guest stopped, statistics printed, power-off.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	tg_boot_mbi, %ebx
	movl	8(%ebx), %edi		/* mem_upper, KiB above 1 MiB */
	shll	$10, %edi
	addl	$0x100000, %edi
	movl	$s_msg, %esi
	call	tg_puts
	movl	%edi, %eax
	call	tg_hex
	movb	$'\n', %al
	call	tg_putc
	movl	$0xbad0bad0, (%edi)
	movl	$s_survived, %esi	/* must never be reached */
	call	tg_notok
	jmp	tg_verdict

	.section .rodata
s_msg:		.asciz "tg_ept: writing 0xbad0bad0 past the end of its RAM, guest-physical "
s_survived:	.asciz "write outside guest memory was not stopped"
