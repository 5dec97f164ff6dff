/*
 * tg_low.S - a guest linked at 0x8000 (tg_base in build.mk), where the
 * hypervisor used to put its boot page: it must load and run there, and
 * the multiboot information, memory map and command line it is handed must
 * lie outside its image.  It prints its memory map ("tg_low: mmap BASE LEN
 * TYPE", low 32 bits; the lines differ between Bochs' BIOS and the
 * hypervisor) and checks that the map calls the RAM it runs in RAM.
 * The ok/not ok lines and the verdict are the same bare and under the
 * hypervisor.
 */
#include "tg_common.inc"

#ifndef TG_LOW_BASE
#define TG_LOW_BASE 0x8000	/* build.mk links it there (tg_base) */
#endif

	.text
	.globl tg_main
tg_main:
	/* COM1 8N1 at 115200: bare Bochs leaves its LCR at 5-bit words */
	movw	$COM1+3, %dx
	movb	$0x80, %al
	outb	%al, %dx
	movw	$COM1, %dx
	movb	$1, %al
	outb	%al, %dx
	movw	$COM1+1, %dx
	xorb	%al, %al
	outb	%al, %dx
	movw	$COM1+3, %dx
	movb	$3, %al
	outb	%al, %dx

	/* 1. it runs at its link address */
	call	1f
1:	popl	%eax
	cmpl	$1b, %eax
	CHECK e, s_here
	movl	$__tg_load_start, %eax
	cmpl	$TG_LOW_BASE, %eax
	CHECK e, s_at8000

	/* 2. the multiboot info has a memory map and a command line */
	cmpl	$0x2badb002, tg_boot_magic
	CHECK e, s_magic
	movl	tg_boot_mbi, %ebx
	movl	(%ebx), %eax
	andl	$0x44, %eax
	cmpl	$0x44, %eax
	CHECK e, s_flags

	/* 3. what the loader handed over lies outside [load start, bss end) */
	movl	tg_boot_mbi, %eax
	call	outside
	CHECK e, s_mbi_out
	movl	48(%ebx), %eax		/* mmap_addr */
	call	outside
	CHECK e, s_mmap_out
	movl	16(%ebx), %eax		/* cmdline */
	call	outside
	CHECK e, s_cmd_out

	/* 4. print the map; the entry holding TG_LOW_BASE must be RAM (type 1) */
	movl	48(%ebx), %esi		/* mmap_addr */
	movl	44(%ebx), %ecx		/* mmap_length */
	addl	%esi, %ecx
	movl	$0, found
2:	cmpl	%ecx, %esi
	jae	4f
	pushl	%esi
	movl	$s_mmap, %esi
	call	tg_puts
	popl	%esi
	movl	4(%esi), %eax		/* base, low 32 bits */
	call	tg_hex
	movb	$' ', %al
	call	tg_putc
	movl	12(%esi), %eax		/* length, low 32 bits */
	call	tg_hex
	movb	$' ', %al
	call	tg_putc
	movl	20(%esi), %eax		/* type */
	call	tg_num
	movb	$'\n', %al
	call	tg_putc
	/* base <= TG_LOW_BASE < base + len, base high 0, type 1 */
	cmpl	$0, 8(%esi)
	jne	3f
	cmpl	$TG_LOW_BASE, 4(%esi)
	ja	3f
	movl	4(%esi), %eax
	addl	12(%esi), %eax
	cmpl	$TG_LOW_BASE, %eax
	jbe	3f
	cmpl	$1, 20(%esi)
	jne	3f
	movl	$1, found
3:	addl	(%esi), %esi		/* size excludes itself */
	addl	$4, %esi
	jmp	2b
4:	cmpl	$1, found
	CHECK e, s_ram
	jmp	tg_verdict

/* ZF = 1 if %eax lies outside this image. */
outside:
	cmpl	$__tg_load_start, %eax
	jb	1f
	cmpl	$__tg_bss_end, %eax
	jae	1f
	cmpl	$1, %eax		/* inside: ZF = 0 */
	ret
1:	cmpl	%eax, %eax		/* ZF = 1 */
	ret

	.section .rodata
s_here:		.asciz "runs at its link address"
s_at8000:	.asciz "linked where build.mk says"
s_magic:	.asciz "multiboot magic"
s_flags:	.asciz "multiboot info has a memory map and a command line"
s_mbi_out:	.asciz "multiboot info outside the image"
s_mmap_out:	.asciz "memory map outside the image"
s_cmd_out:	.asciz "command line outside the image"
s_ram:		.asciz "the map calls the RAM it runs in RAM"
s_mmap:		.asciz "tg_low: mmap "
	.bss
found:	.long 0
