/* head.S - boot: 32-bit entry, page tables on, far jump to 64-bit code.
 * The 32-bit part is recorded in afterburn_modes, not padded. */
#define CR0_PG		0x80000000
#define CR4_PAE		0x20
#define MSR_EFER	0xc0000080
#define EFER_LME	0x100
#define KERNEL_CS	0x08

	.section .text.head, "ax", @progbits
	.code32
	.globl	start32
start32:
	cli
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
	orl	$CR0_PG, %eax
	movl	%eax, %cr0
	lgdt	gdt_ptr
	ljmp	$KERNEL_CS, $start64

	.code64
start64:
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	lgdt	gdt_ptr(%rip)
	lidt	idt_ptr(%rip)
	movq	%cr4, %rax
	orq	$0x80, %rax		/* PGE */
	movq	%rax, %cr4
	pushq	$0
	popfq
	call	kmain
1:	hlt
	jmp	1b

	.section .rodata, "a"
	.p2align 3
gdt:	.quad	0, 0x00af9a000000ffff, 0x00cf92000000ffff
gdt_ptr:
	.word	gdt_ptr - gdt - 1
	.quad	gdt
idt_ptr:
	.word	0
	.quad	0
	.section .bss
	.p2align 12
boot_pml4:
	.skip	4096
