/*
 * entry.S - the guest's ring transitions: interrupt/exception stubs, the
 * common trap path, and the small helpers self-tests use to enter ring 3
 * (iretq, sysretq, sysexitq) and come back (int $0x80, syscall).
 *
 * Every sensitive instruction here (iretq, sysretq, swapgs-free syscall
 * entry, mov from %cs in the user stubs ...) is a site in guest.elf; the
 * stubs are written so that the trace back end's slot, which writes 8 bytes
 * below %rsp, never clobbers live data.
 *
 * The trap frame layout is struct guest_frame in guest.h (asserted there).
 */
#include "guest_asm.h"

/* Stubs for vectors without a CPU error code push a 0 in its place. */
.macro TRAP_STUB vec, has_err
	.balign 16
guest_trap_stub_\vec:
	.if \has_err == 0
	pushq	$0
	.endif
	pushq	$\vec
	jmp	guest_trap_common
.endm

	.text
	.globl	guest_trap_common
guest_trap_common:
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rbp
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, %rdi
	cld
	call	guest_trap		/* returns the frame to resume */
	movq	%rax, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rbp
	popq	%rdx
	popq	%rcx
	popq	%rbx
	popq	%rax
	addq	$16, %rsp		/* vector, error code */
	iretq

/* Exceptions: the CPU pushes an error code for 8, 10-14, 17, 21, 29, 30. */
	TRAP_STUB 0, 0
	TRAP_STUB 1, 0
	TRAP_STUB 2, 0
	TRAP_STUB 3, 0
	TRAP_STUB 4, 0
	TRAP_STUB 5, 0
	TRAP_STUB 6, 0
	TRAP_STUB 7, 0
	TRAP_STUB 8, 1
	TRAP_STUB 9, 0
	TRAP_STUB 10, 1
	TRAP_STUB 11, 1
	TRAP_STUB 12, 1
	TRAP_STUB 13, 1
	TRAP_STUB 14, 1
	TRAP_STUB 15, 0
	TRAP_STUB 16, 0
	TRAP_STUB 17, 1
	TRAP_STUB 18, 0
	TRAP_STUB 19, 0
	TRAP_STUB 20, 0
	TRAP_STUB 21, 1
	TRAP_STUB 22, 0
	TRAP_STUB 23, 0
	TRAP_STUB 24, 0
	TRAP_STUB 25, 0
	TRAP_STUB 26, 0
	TRAP_STUB 27, 0
	TRAP_STUB 28, 0
	TRAP_STUB 29, 1
	TRAP_STUB 30, 1
	TRAP_STUB 31, 0
/* PIC IRQs 0-15 at vectors 0x20-0x2f. */
	.irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	TRAP_STUB \v, 0
	.endr
/* int $0x80: system calls from ring 3. */
	TRAP_STUB 128, 0
/* int $0x82: self-test vector (ring 0). */
	TRAP_STUB 130, 0

/* Table of stub addresses for vectors 0-47 (guest_idt_init installs them). */
	.section .rodata, "a", @progbits
	.balign 8
	.globl	guest_trap_stubs
guest_trap_stubs:
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	.quad	guest_trap_stub_\v
	.endr
	.globl	guest_trap_stub_syscall, guest_trap_stub_int82
	.set	guest_trap_stub_syscall, guest_trap_stub_128
	.set	guest_trap_stub_int82, guest_trap_stub_130

/*
 * Self-test ring-3 round trips.  Each saves the callee-saved registers and
 * %rsp in guest_user_ret_rsp, drops to ring 3 at rip (first argument) with
 * stack rsp (second) and %rdi = arg (third), and returns the %rdi the user
 * stub hands back through int $0x80 with %rax = GUEST_SYS_TEST_RETURN
 * (guest_syscall resumes guest_user_return in ring 0) or syscall
 * (guest_syscall_entry).  Interrupts stay off in ring 3 (RFLAGS = 0x2).
 */
	.text
.macro SAVE_KERNEL_CONTEXT
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, guest_user_ret_rsp(%rip)
.endm

	/* uint64_t guest_user_call_iret(rip, rsp, arg) */
	.globl	guest_user_call_iret
guest_user_call_iret:
	SAVE_KERNEL_CONTEXT
	pushq	$GUEST_UDATA_SEL
	pushq	%rsi
	pushq	$GUEST_RFLAGS_USER_TEST
	pushq	$GUEST_UCODE_SEL
	pushq	%rdi
	movq	%rdx, %rdi
	iretq

	/* uint64_t guest_user_call_sysret(rip, rsp, arg): needs EFER.SCE, STAR */
	.globl	guest_user_call_sysret
guest_user_call_sysret:
	SAVE_KERNEL_CONTEXT
	movq	%rdi, %rcx
	movq	$GUEST_RFLAGS_USER_TEST, %r11
	movq	%rdx, %rdi
	movq	%rsi, %rsp
	sysretq

	/* uint64_t guest_user_call_sysexit(rip, rsp, arg): needs SYSENTER_CS */
	.globl	guest_user_call_sysexit
guest_user_call_sysexit:
	SAVE_KERNEL_CONTEXT
	movq	%rsi, %rcx
	movq	%rdi, %rax
	movq	%rdx, %rdi
	movq	%rax, %rdx
	sysexitq

/* Back to the saved kernel context, with the user's %rdi as the result. */
	.globl	guest_user_return
	.balign 16
guest_user_return:
	movq	guest_user_ret_rsp(%rip), %rsp
	/* iretq to ring 3 nulled %ds/%es (DPL 0 data): reload the kernel's */
	movl	$GUEST_KDATA_SEL, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movq	%rdi, %rax
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	ret

/*
 * void guest_kernel_syscall(uint64_t nr): a system call from ring 0 without
 * int $n (the KVM instruction emulator here cannot run int in kernel mode):
 * builds the frame an int $0x80 would, then takes the common trap path,
 * which may switch to another context and comes back here by iretq.
 */
	.globl	guest_kernel_syscall
guest_kernel_syscall:
	movq	%rsp, %r11
	pushq	$GUEST_KDATA_SEL	/* ss */
	pushq	%r11			/* rsp */
	pushfq				/* rflags */
	pushq	$GUEST_KCODE_SEL	/* cs */
	leaq	1f(%rip), %r11
	pushq	%r11			/* rip */
	pushq	$0			/* error code */
	pushq	$GUEST_VEC_SYSCALL	/* vector */
	movq	%rdi, %rax		/* system call number */
	jmp	guest_trap_common
1:	ret

/*
 * IA32_LSTAR target, used only by the syscall self-test: no swapgs, no
 * stack switch, straight back to the saved kernel context.
 */
	.globl	guest_syscall_entry
	.balign 16
guest_syscall_entry:
	jmp	guest_user_return

/*
 * Ring-3 stubs: hand the current %cs back through int $0x80 (system call
 * GUEST_SYS_TEST_RETURN, see guest_syscall) or through syscall.
 */
	.globl	guest_user_stub_int80
guest_user_stub_int80:
	movl	%cs, %edi
	movl	$GUEST_SYS_TEST_RETURN, %eax
	int	$0x80
	ud2

	.globl	guest_user_stub_syscall
guest_user_stub_syscall:
	movl	%cs, %edi
	movl	$GUEST_SYS_TEST_RETURN, %eax
	syscall
	ud2

/*
 * Far transfers through memory far pointers (m16:32: the image lives below
 * 4 GiB).  Each returns a value set at its target so the test sees that the
 * transfer landed.
 */
	/* uint64_t guest_far_jmp_test(void) */
	.globl	guest_far_jmp_test
guest_far_jmp_test:
	xorl	%eax, %eax
	ljmp	*guest_far_jmp_ptr(%rip)
	ud2
guest_far_jmp_target:
	movl	$0x4a4d50, %eax		/* "JMP" */
	ret

	/* uint64_t guest_far_call_test(void) */
	.globl	guest_far_call_test
guest_far_call_test:
	xorl	%eax, %eax
	lcall	*guest_far_call_ptr(%rip)
	ret
guest_far_call_target:
	movl	$0x43414c, %eax		/* "CAL" */
	lretl

	/* uint64_t guest_far_ret_test(void): lretq to reload %cs */
	.globl	guest_far_ret_test
guest_far_ret_test:
	xorl	%eax, %eax
	pushq	$GUEST_KCODE_SEL
	leaq	1f(%rip), %rdx
	pushq	%rdx
	lretq
1:	movl	$0x524554, %eax		/* "RET" */
	ret

	.section .rodata, "a", @progbits
	.balign 8
guest_far_jmp_ptr:
	.long	guest_far_jmp_target
	.word	GUEST_KCODE_SEL
	.balign 8
guest_far_call_ptr:
	.long	guest_far_call_target
	.word	GUEST_KCODE_SEL

	.bss
	.balign 8
	.globl	guest_user_ret_rsp
guest_user_ret_rsp:
	.quad	0
