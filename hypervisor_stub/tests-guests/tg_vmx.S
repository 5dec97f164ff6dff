/*
 * tg_vmx.S - hostile guest: executes VMX instructions and hypercalls with
 * bad numbers and arguments.
 * Expected: VMXON and VMLAUNCH raise #UD in the guest (the hypervisor
 * reports each), hypercalls return -ENOSYS / -EFAULT / -EINVAL with a report
 * line, a hypercall from ring 3 gets -EPERM, and the guest carries on to
 * its verdict.
 */
#include "tg_common.inc"

	.text
	.globl tg_main
tg_main:
	movl	$0, tg_last_vec
	movl	$1f, tg_recover
	movl	$vmxon_region, %eax
	vmxon	(%eax)
1:	cmpl	$6, tg_last_vec
	CHECK e, s_vmxon

	movl	$0, tg_last_vec
	movl	$1f, tg_recover
	vmlaunch
1:	cmpl	$6, tg_last_vec
	CHECK e, s_vmlaunch

	movl	$0x7777, %eax		/* no such hypercall */
	vmcall
	cmpl	$AB_HC_ENOSYS, %eax
	CHECK e, s_enosys

	movl	$AB_HC_CONSOLE_WRITE, %eax
	movl	$0x7ffff000, %edi	/* far outside guest memory */
	movl	$64, %esi
	vmcall
	cmpl	$AB_HC_EFAULT, %eax
	CHECK e, s_efault

	movl	$AB_HC_CONSOLE_WRITE, %eax
	movl	tg_boot_mbi, %edi	/* the end of guest memory: 1 MiB + mem_upper KiB */
	movl	8(%edi), %edi
	shll	$10, %edi
	addl	$0x100000 - 16, %edi	/* 16 bytes before it: straddles the end */
	movl	$0x100, %esi
	vmcall
	cmpl	$AB_HC_EFAULT, %eax
	CHECK e, s_efault2

	movl	$AB_HC_TIMER_SET, %eax
	movl	$1000, %edi
	movl	$3, %esi		/* exception vector: refused */
	vmcall
	cmpl	$AB_HC_EINVAL, %eax
	CHECK e, s_einval

	movl	$AB_HC_SHARED_PAGE, %eax
	movl	$0x1234, %edi		/* not page aligned */
	vmcall
	cmpl	$AB_HC_EFAULT, %eax
	CHECK e, s_shared

	movl	$AB_HC_HALT, %eax	/* no timer armed: would never wake */
	vmcall
	cmpl	$AB_HC_EINVAL, %eax
	CHECK e, s_halt

	/* a user process (CPL 3) tries AB_HC_EXIT: refused with -EPERM */
	call	ring3_setup
	movl	%esp, kern_esp
	pushl	$0x23			/* user ss */
	pushl	$user_stack_top
	pushfl
	pushl	$0x1b			/* user cs */
	pushl	$user_code
	iret
back_in_ring0:
	movl	kern_esp, %esp
	movl	$0x10, %eax
	movl	%eax, %ds
	movl	%eax, %es
	cmpl	$AB_HC_EPERM, user_result
	CHECK e, s_eperm
	jmp	tg_verdict

/* Our own GDT with user segments and a TSS (the boot GDT has neither). */
ring3_setup:
	movl	$tss, %eax
	movw	%ax, gdt+0x28+2
	shrl	$16, %eax
	movb	%al, gdt+0x28+4
	movb	%ah, gdt+0x28+7
	movl	$kern_stack_top, tss+4	/* esp0 */
	movl	$0x10, tss+8		/* ss0 */
	lgdt	gdtr
	ljmp	$0x08, $1f
1:	movl	$0x10, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	movl	$0x28, %eax
	ltr	%ax
	movl	$ring0_return, %eax	/* int $0x30 gate, callable from CPL 3 */
	movw	%ax, tg_idt+0x30*8
	movw	$0x08, tg_idt+0x30*8+2
	movw	$0xee00, tg_idt+0x30*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+0x30*8+6
	ret

user_code:
	movl	$0x23, %eax		/* iret to CPL 3 nulled the kernel's data segments */
	movl	%eax, %ds
	movl	%eax, %es
	movl	$AB_HC_EXIT, %eax
	movl	$0x77, %edi
	vmcall				/* must not end the guest */
	movl	%eax, user_result
	int	$0x30
ring0_return:
	jmp	back_in_ring0

	.data
kern_esp:	.long 0
user_result:	.long 0

	.section .rodata
s_vmxon:	.asciz "vmxon raises #UD (VMX hidden)"
s_vmlaunch:	.asciz "vmlaunch raises #UD"
s_enosys:	.asciz "unknown hypercall 0x7777 returns -ENOSYS"
s_efault:	.asciz "console write from outside memory returns -EFAULT"
s_efault2:	.asciz "console write straddling end of memory returns -EFAULT"
s_einval:	.asciz "timer on exception vector 3 returns -EINVAL"
s_shared:	.asciz "unaligned shared page returns -EFAULT"
s_halt:		.asciz "halt hypercall with no timer returns -EINVAL"
s_eperm:	.asciz "AB_HC_EXIT from ring 3 returns -EPERM, guest goes on"

	.data				/* written: TSS base, busy bit */
	.balign 8
gdt:	.quad 0
	.quad 0x00cf9a000000ffff	/* 0x08 kernel code */
	.quad 0x00cf92000000ffff	/* 0x10 kernel data */
	.quad 0x00cffa000000ffff	/* 0x18 user code (DPL 3) */
	.quad 0x00cff2000000ffff	/* 0x20 user data (DPL 3) */
	.quad 0x0000890000000067	/* 0x28 32-bit TSS, base patched in */
gdt_end:
gdtr:	.word gdt_end - gdt - 1
	.long gdt

	.bss
	.balign 4096
vmxon_region:	.skip 4096
tss:		.skip 104
	.balign 16
		.skip 4096
kern_stack_top:
		.skip 4096
user_stack_top:
