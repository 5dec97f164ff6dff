/*
 * boot.S - multiboot v1 header and the 32-bit entry of the sample guest.
 *
 * QEMU -kernel and GRUB load the ELF64 image through the a.out kludge
 * (flag bit 16): the header gives the load/bss/entry addresses, so neither
 * loader needs an ELF32 file.  The header sits in its own allocated,
 * non-executable section placed first, so checkers that linear-sweep
 * executable sections never decode it as code.
 *
 * The 32-bit entry builds a minimal identity map (first 1 GiB, 2 MiB pages),
 * enters long mode and calls guest_main(magic, mbi) on the boot stack.  Going
 * straight from 32-bit protected mode without paging into long mode matters
 * on the PVM-based KVM here, which cannot run 32-bit paging.  Everything up
 * to guest_main runs before the wedge: the 32-bit part is never padded, and
 * the few 64-bit sites here still hold their original bytes.
 */
#define MB_MAGIC		0x1badb002
#define MB_FLAG_MEMINFO		(1 << 1)
#define MB_FLAG_AOUT_KLUDGE	(1 << 16)
#define MB_FLAGS		(MB_FLAG_MEMINFO | MB_FLAG_AOUT_KLUDGE)

#define CR0_PE			(1 << 0)
#define CR0_PG			(1 << 31)
#define CR4_PAE			(1 << 5)
#define MSR_EFER		0xc0000080
#define EFER_LME		(1 << 8)
#define PTE_P			0x001
#define PTE_W			0x002
#define PTE_PS			0x080	/* 2 MiB page in a PD entry */
#define BOOT_CS			0x08
#define BOOT_DS			0x10

	.section .multiboot, "a", @progbits
	.balign 4
guest_mb_header:
	.long	MB_MAGIC
	.long	MB_FLAGS
	.long	-(MB_MAGIC + MB_FLAGS)
	.long	guest_mb_header		/* header_addr */
	.long	__guest_load_start	/* load_addr */
	.long	__guest_load_end	/* load_end_addr */
	.long	__guest_bss_end		/* bss_end_addr */
	.long	guest_start32		/* entry_addr */

	.section .text.boot, "ax", @progbits
	.code32
	.globl	guest_start32
guest_start32:
	cli
	cld
	movl	%eax, %edi		/* multiboot magic: first C argument */
	movl	%ebx, %esi		/* multiboot info: second */
	movl	$guest_boot_stack_top, %esp

	/* pml4[0] -> pdpt, pdpt[0] -> pd, pd[i] = 2 MiB page at i * 2 MiB */
	movl	$boot_pdpt + (PTE_P | PTE_W), boot_pml4
	movl	$boot_pd + (PTE_P | PTE_W), boot_pdpt
	movl	$boot_pd, %edx
	movl	$(PTE_P | PTE_W | PTE_PS), %eax
	movl	$512, %ecx
1:	movl	%eax, (%edx)
	movl	$0, 4(%edx)
	addl	$0x200000, %eax
	addl	$8, %edx
	loop	1b

	movl	$boot_pml4, %eax
	movl	%eax, %cr3
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$MSR_EFER, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$(CR0_PG | CR0_PE), %eax
	movl	%eax, %cr0
	lgdt	boot_gdt_ptr
	ljmp	$BOOT_CS, $guest_start64

	.code64
guest_start64:
	/* A stack first: on a pre-patched trace image the segment loads below
	 * already run through their slots, which push flags. */
	movq	$guest_boot_stack_top, %rsp
	movl	$BOOT_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	movl	%edi, %edi		/* upper halves are undefined after the switch */
	movl	%esi, %esi
	xorl	%ebp, %ebp
	call	guest_main
2:	hlt
	jmp	2b

	.section .rodata, "a", @progbits
	.balign 8
boot_gdt:
	.quad	0
	.quad	0x00af9a000000ffff	/* 0x08: 64-bit code, DPL 0 */
	.quad	0x00cf92000000ffff	/* 0x10: data, DPL 0 */
boot_gdt_end:
boot_gdt_ptr:
	.word	boot_gdt_end - boot_gdt - 1
	.long	boot_gdt

	.section .bss, "aw", @nobits
	.balign 4096
boot_pml4:	.skip 4096
boot_pdpt:	.skip 4096
boot_pd:	.skip 4096
	.globl	guest_boot_stack_top
	.balign 16
	.skip	16384
guest_boot_stack_top:
