/*
 * tg_ports.S - hostile guest: touches ports no emulated device answers
 * (LPT2 0x278, COM2 0x2f8, an arbitrary 0x1234, a 32-bit read of 0xcf8; the
 * CMOS/RTC at 0x70/0x71 is a device now: devices/cmos.c).
 * Expected: one "hv: guest ... port 0xNNN ... has no device: refused" line
 * each, reads return all-ones, nothing reaches real hardware, and the
 * guest carries on to its verdict.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movw	$0x278, %dx
	movb	$0x0a, %al
	outb	%al, %dx		/* LPT2 data: no parallel port */
	xorl	%eax, %eax
	inb	%dx, %al
	cmpl	$0xff, %eax
	CHECK e, s_lpt
	movw	$0x2f8, %dx
	xorl	%eax, %eax
	inb	%dx, %al
	cmpl	$0xff, %eax
	CHECK e, s_com2
	movw	$0x1234, %dx
	movw	$0x5678, %ax
	outw	%ax, %dx
	xorl	%eax, %eax
	inw	%dx, %ax
	cmpl	$0xffff, %eax
	CHECK e, s_1234
	movw	$0xcf8, %dx
	xorl	%eax, %eax
	inl	%dx, %eax
	cmpl	$0xffffffff, %eax
	CHECK e, s_pci
	/* ... and the CMOS/RTC does answer: status D says its battery is good */
	movb	$0x0d, %al
	outb	%al, $0x70
	xorl	%eax, %eax
	inb	$0x71, %al
	cmpl	$0x80, %eax
	CHECK e, s_cmos
	jmp	tg_verdict

	.section .rodata
s_lpt:	.asciz "lpt2 port 0x278 reads all-ones (no device)"
s_com2:	.asciz "com2 port 0x2f8 reads all-ones (no device)"
s_1234:	.asciz "port 0x1234 write dropped, read all-ones"
s_cmos:	.asciz "cmos status register D reads 0x80 (devices/cmos.c)"
s_pci:	.asciz "pci config port 0xcf8 reads all-ones"
