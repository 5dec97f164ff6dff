/*
 * hv_boot.S - multiboot v1 entry of the hypervisor: GRUB jumps here in 32-bit
 * protected mode with paging off.  We build identity page tables for the
 * first 4 GiB (2 MiB pages: the guest's RAM, hv.mem= bytes, lies above the
 * hypervisor and its modules wherever the machine has RAM below 4 GiB),
 * switch to long mode and call hv_main(magic, mbi).
 *
 * The image is ELF64 but uses the multiboot a.out kludge (flag 16) so that
 * GRUB loads it from the header's addresses whatever the ELF class.
 */
#define MB_MAGIC	0x1badb002
#define MB_FLAGS	0x00010003	/* page-align modules, memory info, address fields */

#define X86_CR0_PE	0x00000001
#define X86_CR0_NE	0x00000020
#define X86_CR0_PG	0x80000000
#define X86_CR4_PAE	0x00000020
#define MSR_EFER	0xc0000080
#define EFER_LME	0x00000100
#define PTE_P_W		0x003
#define PTE_P_W_PS	0x083		/* present, writable, 2 MiB page */

	.section .text.boot, "ax"
	.code32
	.balign 4
hv_mb_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long hv_mb_header		/* header_addr */
	.long __hv_load_start		/* load_addr */
	.long __hv_load_end		/* load_end_addr */
	.long __hv_bss_end		/* bss_end_addr */
	.long hv_start32		/* entry_addr */

	.globl hv_start32
hv_start32:
	cli
	cld
	movl	$hv_boot_stack_top, %esp
	movl	%eax, %edi		/* multiboot magic, 1st argument of hv_main */
	movl	%ebx, %esi		/* multiboot info, 2nd argument */

	/* PML4[0] -> PDPT, PDPT[j] -> PD j (4 of them, contiguous),
	 * PD entry i (of 2048) = i * 2 MiB (identity, 0-4 GiB). */
	movl	$hv_pdpt, %eax
	orl	$PTE_P_W, %eax
	movl	%eax, hv_pml4
	xorl	%ecx, %ecx
1:	movl	%ecx, %eax
	shll	$12, %eax
	addl	$hv_pd, %eax
	orl	$PTE_P_W, %eax
	movl	%eax, hv_pdpt(,%ecx,8)
	incl	%ecx
	cmpl	$4, %ecx
	jb	1b
	xorl	%ecx, %ecx
1:	movl	%ecx, %eax
	shll	$21, %eax
	orl	$PTE_P_W_PS, %eax
	movl	%eax, hv_pd(,%ecx,8)
	movl	$0, hv_pd+4(,%ecx,8)
	incl	%ecx
	cmpl	$2048, %ecx
	jb	1b

	movl	%cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$hv_pml4, %eax
	movl	%eax, %cr3
	movl	$MSR_EFER, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr
	/* NE on: VMX requires it (IA32_VMX_CR0_FIXED0) and we want native #MF. */
	movl	%cr0, %eax
	orl	$(X86_CR0_PG | X86_CR0_PE | X86_CR0_NE), %eax
	movl	%eax, %cr0
	lgdt	hv_gdt_ptr32
	ljmp	$0x08, $hv_start64

	.code64
hv_start64:
	movl	$0x10, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	xorl	%eax, %eax
	movl	%eax, %fs
	movl	%eax, %gs
	movq	$hv_boot_stack_top, %rsp
	call	hv_main
2:	cli
	hlt
	jmp	2b

	.section .data
	.balign 16
	.globl hv_gdt
hv_gdt:
	.quad 0				/* 0x00 null */
	.quad 0x00af9a000000ffff	/* 0x08 64-bit code, DPL 0 */
	.quad 0x00cf92000000ffff	/* 0x10 data, DPL 0 */
	.quad 0, 0			/* 0x18 64-bit TSS, filled by hv_cpu_init */
hv_gdt_end:
	.globl hv_gdt_ptr32
hv_gdt_ptr32:
	.word hv_gdt_end - hv_gdt - 1
	.quad hv_gdt

	.section .bss
	.balign 4096
hv_pml4:	.skip 4096
hv_pdpt:	.skip 4096
hv_pd:		.skip 4 * 4096
	.balign 16
	.skip 16384
	.globl hv_boot_stack_top
hv_boot_stack_top:

	.section .note.GNU-stack,"",@progbits
