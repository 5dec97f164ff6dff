/*
 * tg_taskstop.S - hostile guest: task switches the hypervisor refuses or
 * that end the machine, each of which must end in a report naming it and
 * the guest stopped, never a hang.  The command line picks one:
 *   (default)  JMP to a 16-bit TSS: not emulated (hv_task.c), reported
 *   triple     a #DF through a task gate to a TSS whose SS is no stack
 *              segment: the #TS comes while the #DF is delivered, so the
 *              CPU would shut down (triple fault)
 * Bare Bochs runs the 16-bit switch and shuts down on the triple fault
 * itself, so this guest is not in the bare-vs-hypervisor comparison.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	lgdt	gdtr			/* ours: room for the TSS descriptors below */
	movl	$tss_main, %eax
	movl	$0x18, %ecx
	movl	$0x8900, %edx		/* available 32-bit TSS */
	call	set_desc
	movw	$0x18, %ax
	ltr	%ax
	movl	tg_boot_mbi, %ebx
	movl	16(%ebx), %esi		/* command line */
	cmpb	$'t', (%esi)
	je	triple

	movl	$s_16, %esi
	call	tg_puts
	movl	$tss16, %eax
	movl	$0x20, %ecx
	movl	$0x8100, %edx		/* available 16-bit TSS */
	call	set_desc
	ljmp	$0x20, $0
	movl	$s_ran, %esi
	call	tg_notok
	jmp	tg_verdict

triple:
	movl	$s_triple, %esi
	call	tg_puts
	movl	$tss_df, %eax
	movl	$0x28, %ecx
	movl	$0x8900, %edx
	call	set_desc
	movl	$0x08, tss_df+0x4c	/* cs */
	movl	$0x08, tss_df+0x50	/* ss: a code segment, #TS */
	movl	$0x10, tss_df+0x54
	movl	$0x10, tss_df+0x48
	movl	$2, tss_df+0x24
	movl	$(0x28 << 16), tg_idt+8*8	/* #DF: task gate */
	movl	$0x8500, tg_idt+8*8+4
	movl	$0, tg_idt+13*8+4	/* #GP gate not present: #GP -> #NP -> #DF */
	movw	$0x1230, %ax
	movw	%ax, %fs
	movl	$s_ran, %esi
	call	tg_notok
	jmp	tg_verdict

/* %eax = base, %ecx = GDT offset, %edx = type/present bits; limit 0x67 */
set_desc:
	pushl	%ebx
	movl	%eax, %ebx
	shll	$16, %ebx
	orl	$0x67, %ebx
	movl	%ebx, gdt(%ecx)
	movl	%eax, %ebx
	shrl	$16, %ebx
	andl	$0xff, %ebx
	andl	$0xff000000, %eax
	orl	%eax, %ebx
	orl	%edx, %ebx
	movl	%ebx, gdt+4(%ecx)
	popl	%ebx
	ret

	.section .rodata
s_16:		.asciz "tg_taskstop: jmp to a 16-bit tss\n"
s_triple:	.asciz "tg_taskstop: #DF through a task gate to a tss with a bad ss\n"
s_ran:		.asciz "the guest went on"

	.bss
	.balign 64
tss_main:	.skip 104
tss16:		.skip 104
tss_df:		.skip 104

	.data
	.balign 8
gdt:	.quad 0
	.quad 0x00cf9b000000ffff	/* 0x08 flat 32-bit code, as tg_common's */
	.quad 0x00cf93000000ffff	/* 0x10 flat data */
	.fill 13, 8, 0			/* TSS descriptors and gates, filled in */
gdtr:	.word 16 * 8 - 1
	.long gdt
