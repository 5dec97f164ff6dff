/*
 * tg_hello.S - the friendly test guest: checks what the hypervisor promises
 * a plain multiboot guest (entry state, CPUID, hypercalls, emulated
 * PIC/PIT interrupts, MSR #GP, CR0/EFER switch to IA-32e mode) and prints
 * one ok/not ok line per check and the verdict line.
 */
#include "tg_common.inc"

/* hypercall.h's CPUID leaves carry C's u suffix, which gas reads as part of
 * the number and clang's integrated assembler refuses ("unexpected token"):
 * the same values without it, checked against the header by cpp (whose #if
 * takes the suffix). */
#if AB_HV_CPUID_BASE != 0x40000000 || AB_HV_CPUID_FEATURES != 0x40000001
#error "hypercall.h's CPUID leaves changed: update TG_CPUID_BASE/TG_CPUID_FEATURES"
#endif
#define TG_CPUID_BASE		0x40000000
#define TG_CPUID_FEATURES	0x40000001

	.text
	.globl tg_main
tg_main:
	/* 1. multiboot entry: magic and info with a memory map and command line */
	cmpl	$0x2badb002, tg_boot_magic
	CHECK e, s_magic
	movl	tg_boot_mbi, %ebx
	movl	(%ebx), %eax
	andl	$0x45, %eax		/* mem, cmdline, mmap */
	cmpl	$0x45, %eax
	CHECK e, s_mbi
	movl	16(%ebx), %esi		/* print the command line we were given */
	pushl	%esi
	movl	$s_cmdline, %esi
	call	tg_puts
	popl	%esi
	call	tg_puts
	movb	$'\n', %al
	call	tg_putc

	/* 2. CPUID: hypervisor bit on, VMX hidden */
	movl	$1, %eax
	cpuid
	btl	$31, %ecx
	CHECK c, s_hvbit
	movl	$1, %eax
	cpuid
	btl	$5, %ecx
	CHECK nc, s_novmx

	/* 3. leaf 0x40000000: signature, 0x40000001: ABI version + trap */
	movl	$TG_CPUID_BASE, %eax
	cpuid
	cmpl	$0x65746641, %ebx	/* "Afte" */
	jne	3f
	cmpl	$0x72756272, %ecx	/* "rbur" */
	jne	3f
	cmpl	$0x4d4d566e, %edx	/* "nVMM" */
3:	CHECK e, s_sig
	movl	$TG_CPUID_FEATURES, %eax
	cpuid
	cmpl	$AB_HV_ABI_VERSION, %eax
	jne	3f
	cmpl	$AB_HV_TRAP_VMCALL, %ebx
3:	CHECK e, s_feat

	/* 4. hypercalls: version, console write */
	movl	$AB_HC_VERSION, %eax
	vmcall
	cmpl	$AB_HV_ABI_VERSION, %eax
	CHECK e, s_hcver
	movl	$AB_HC_CONSOLE_WRITE, %eax
	movl	$s_hcmsg, %edi
	movl	$s_hcmsg_len, %esi
	vmcall
	cmpl	$s_hcmsg_len, %eax
	CHECK e, s_hccons

	/* 5. unknown MSR -> #GP delivered to us */
	movl	$0, tg_last_vec
	movl	$5f, tg_recover
	movl	$0x12345, %ecx
	rdmsr
5:	cmpl	$13, tg_last_vec
	CHECK e, s_msrgp

	/* 5b. invd is emulated (as wbinvd) and execution continues */
	invd
	movl	$1, %eax
	testl	%eax, %eax
	CHECK nz, s_invd

	/* 6. timer: PIC remapped to 0x20, PIT channel 0 at ~1 kHz, IRQ0 ticks under hlt */
	movl	$tg_timer_isr, %eax
	movw	%ax, tg_idt+0x20*8
	movw	$0x08, tg_idt+0x20*8+2
	movw	$0x8e00, tg_idt+0x20*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+0x20*8+6
	movb	$0x11, %al		/* ICW1: edge, cascade, ICW4 */
	outb	%al, $0x20
	movb	$0x20, %al		/* ICW2: vector base 0x20 */
	outb	%al, $0x21
	movb	$0x04, %al		/* ICW3 */
	outb	%al, $0x21
	movb	$0x01, %al		/* ICW4: 8086 mode */
	outb	%al, $0x21
	movb	$0xfe, %al		/* only IRQ0 */
	outb	%al, $0x21
	movb	$0x34, %al		/* channel 0, lo/hi, mode 2 */
	outb	%al, $0x43
	movb	$0xa9, %al		/* 1193 = ~1 kHz */
	outb	%al, $0x40
	movb	$0x04, %al
	outb	%al, $0x40
	sti
6:	hlt
	cmpl	$5, tg_ticks
	jb	6b
	cli
	cmpl	$5, tg_ticks
	CHECK ae, s_timer

	/* 7. IF=0 keeps the tick pending; sti delivers it (interrupt window) */
	movl	tg_ticks, %ebx
	movl	$200000, %ecx		/* spin well past one period with IF=0 */
7:	loop	7b
	cmpl	tg_ticks, %ebx
	jne	8f
	sti
	nop
	nop
	cli
	cmpl	tg_ticks, %ebx
	CHECK ne, s_window
	jmp	9f
8:	movl	$s_window, %esi
	call	tg_notok
9:	movb	$0xff, %al		/* mask the PIC again */
	outb	%al, $0x21

	/* 8. IA-32e mode: PAE + EFER.LME + CR0.PG -> EFER.LMA reads 1 */
	movl	$tg_pdpt, %eax
	orl	$3, %eax
	movl	%eax, tg_pml4
	movl	$tg_pd, %eax
	orl	$3, %eax
	movl	%eax, tg_pdpt
	movl	$0x83, tg_pd		/* 0-2 MiB */
	movl	$0x200083, tg_pd+8	/* 2-4 MiB */
	movl	%cr4, %eax
	orl	$0x20, %eax
	movl	%eax, %cr4
	movl	$tg_pml4, %eax
	movl	%eax, %cr3
	movl	$0xc0000080, %ecx
	rdmsr
	orl	$0x100, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0		/* compatibility mode: CS is still 32-bit */
	movl	$0xc0000080, %ecx
	rdmsr
	btl	$10, %eax
	CHECK c, s_lma
	movl	%cr0, %eax		/* guest must see its own CR0 (NE as it wrote it) */
	andl	$0x80000021, %eax
	cmpl	$0x80000001, %eax
	CHECK e, s_cr0

	jmp	tg_verdict

tg_timer_isr:
	incl	tg_ticks
	pushl	%eax
	movb	$0x20, %al		/* non-specific EOI */
	outb	%al, $0x20
	popl	%eax
	iret

	.section .rodata
s_magic:	.asciz "multiboot magic 0x2badb002 in eax"
s_mbi:		.asciz "multiboot info: memory, command line, memory map"
s_cmdline:	.asciz "tg_hello: cmdline="
s_hvbit:	.asciz "cpuid.1 hypervisor bit set"
s_novmx:	.asciz "cpuid.1 vmx bit hidden"
s_sig:		.asciz "cpuid 0x40000000 signature AfterburnVMM"
s_feat:		.asciz "cpuid 0x40000001 abi version and vmcall trap"
s_hcver:	.asciz "vmcall AB_HC_VERSION"
s_hcmsg:	.ascii "tg_hello: console write hypercall\n"
		.set s_hcmsg_len, . - s_hcmsg
		.byte 0
s_hccons:	.asciz "vmcall AB_HC_CONSOLE_WRITE returns length"
s_msrgp:	.asciz "rdmsr of unknown msr raises #GP"
s_invd:		.asciz "invd emulated, execution continues"
s_timer:	.asciz "pit irq0 via pic under hlt (5 ticks)"
s_window:	.asciz "pending irq held while IF=0, delivered after sti"
s_lma:		.asciz "efer.lma set after cr0.pg with efer.lme"
s_cr0:		.asciz "cr0 reads back as written (pg pe, ne clear)"

	.data
tg_ticks:	.long 0

	.bss
	.balign 4096
tg_pml4:	.skip 4096
tg_pdpt:	.skip 4096
tg_pd:		.skip 4096
