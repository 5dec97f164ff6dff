/*
 * tg_big.S - a guest whose image (48 MiB of bss) is bigger than 32 MiB of
 * RAM: the hypervisor refuses it by name ("guest image refused: load range
 * ... lies outside guest memory"), afterburn-run refuses it before booting
 * (--mem too small); with --mem 64 it runs and passes.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	$0x5a5a5a5a, big + 48 * 1024 * 1024 - 4	/* the last word of its bss */
	cmpl	$0x5a5a5a5a, big + 48 * 1024 * 1024 - 4
	CHECK e, s_big
	jmp	tg_verdict

	.section .rodata
s_big:	.asciz "the last word of 48 MiB of bss is RAM"
	.bss
	.balign 4096
big:	.skip 48 * 1024 * 1024
