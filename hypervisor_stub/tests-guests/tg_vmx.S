/*
 * tg_vmx.S - hostile guest: executes VMX instructions and hypercalls with
 * bad numbers and arguments.
 * Expected: VMXON and VMLAUNCH raise #UD in the guest (the hypervisor
 * reports each), hypercalls return -ENOSYS / -EFAULT / -EINVAL with a report
 * line, and the guest carries on to its verdict.
 */
#include "tg_common.inc"

	.macro CHECK cond, name
	j\cond	1f
	movl	$\name, %esi
	call	tg_notok
	jmp	2f
1:	movl	$\name, %esi
	call	tg_ok
2:
	.endm

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
	movl	$0x01fffff0, %edi	/* straddles the end of guest memory */
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
	jmp	tg_verdict

	.section .rodata
s_vmxon:	.asciz "vmxon raises #UD (VMX hidden)"
s_vmlaunch:	.asciz "vmlaunch raises #UD"
s_enosys:	.asciz "unknown hypercall 0x7777 returns -ENOSYS"
s_efault:	.asciz "console write from outside memory returns -EFAULT"
s_efault2:	.asciz "console write straddling end of memory returns -EFAULT"
s_einval:	.asciz "timer on exception vector 3 returns -EINVAL"
s_shared:	.asciz "unaligned shared page returns -EFAULT"
s_halt:		.asciz "halt hypercall with no timer returns -EINVAL"

	.bss
	.balign 4096
vmxon_region:	.skip 4096
