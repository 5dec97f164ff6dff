/*
 * tg_elf.S - a guest whose multiboot header has no a.out-kludge addresses:
 * the hypervisor must load it from its ELF64 program headers and enter it at
 * e_entry.  It checks that its data and zeroed bss arrived.
 */
#define TG_NO_KLUDGE
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	cmpl	$0x600df00d, marker
	jne	1f
	cmpl	$0, zeroed
	jne	1f
	movl	$s_ok, %esi
	call	tg_ok
	jmp	tg_verdict
1:	movl	$s_ok, %esi
	call	tg_notok
	jmp	tg_verdict

	.section .rodata
s_ok:	.asciz "loaded from ELF program headers: data present, bss zero"
	.data
marker:	.long 0x600df00d
	.bss
zeroed:	.long 0
