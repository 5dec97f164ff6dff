/*
 * hv_entry.S - where assembly meets C: the VM-exit entry, the first VM
 * launch, and the stubs of the host's own exception vectors.
 *
 * The register frame is struct hv_regs (hv.h): rax at the lowest address,
 * pushed last; a pad quadword first keeps %rsp 16-byte aligned for C.
 * VMCS_HOST_RSP = hv_exit_stack_top, so after an exit the frame sits at
 * hv_exit_stack_top - 128, the same place vmx_launch pops it from.
 */
	.macro HV_PUSH_REGS
	pushq	$0
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%r11
	pushq	%r10
	pushq	%r9
	pushq	%r8
	pushq	%rbp
	pushq	%rdi
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%rbx
	pushq	%rax
	.endm

	.macro HV_POP_REGS
	popq	%rax
	popq	%rbx
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
	popq	%rbp
	popq	%r8
	popq	%r9
	popq	%r10
	popq	%r11
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	addq	$8, %rsp
	.endm

	.text
	.code64

/* VMCS_HOST_RIP: every VM exit lands here with %rsp = hv_exit_stack_top. */
	.globl vmx_exit_entry
vmx_exit_entry:
	HV_PUSH_REGS
	movq	%rsp, %rdi
	call	hv_exit_handle		/* returns only to resume the guest */
	HV_POP_REGS
	vmresume
	/* fall through: VMRESUME failed (CF or ZF set) */
	pushfq
	popq	%rdi
	call	vmx_resume_failed	/* noreturn */
1:	hlt
	jmp	1b

/* void vmx_launch(struct hv_regs *frame): frame == hv_exit_stack_top - 128 */
	.globl vmx_launch
vmx_launch:
	movq	%rdi, %rsp
	HV_POP_REGS
	vmlaunch
	pushfq
	popq	%rdi
	call	vmx_launch_failed	/* noreturn */
2:	hlt
	jmp	2b

/*
 * Host exception stubs: push a zero error code where the CPU pushes none,
 * then the vector, then the registers; hv_idt_fatal() dumps and stops.
 */
	.macro HV_EXC vec, has_err
hv_exc_\vec:
	.if \has_err == 0
	pushq	$0
	.endif
	pushq	$\vec
	jmp	hv_exc_common
	.endm

	HV_EXC 0,0
	HV_EXC 1,0
	HV_EXC 2,0
	HV_EXC 3,0
	HV_EXC 4,0
	HV_EXC 5,0
	HV_EXC 6,0
	HV_EXC 7,0
	HV_EXC 8,1
	HV_EXC 9,0
	HV_EXC 10,1
	HV_EXC 11,1
	HV_EXC 12,1
	HV_EXC 13,1
	HV_EXC 14,1
	HV_EXC 15,0
	HV_EXC 16,0
	HV_EXC 17,1
	HV_EXC 18,0
	HV_EXC 19,0
	HV_EXC 20,0
	HV_EXC 21,1
	HV_EXC 22,0
	HV_EXC 23,0
	HV_EXC 24,0
	HV_EXC 25,0
	HV_EXC 26,0
	HV_EXC 27,0
	HV_EXC 28,0
	HV_EXC 29,1
	HV_EXC 30,1
	HV_EXC 31,0
	/* any other vector (a stray interrupt): vector 255 */
hv_exc_other:
	pushq	$0
	pushq	$255
	jmp	hv_exc_common

hv_exc_common:
	HV_PUSH_REGS
	movq	%rsp, %rdi
	call	hv_idt_fatal
3:	cli
	hlt
	jmp	3b

	.section .rodata
	.balign 8
	.globl hv_exc_stubs
hv_exc_stubs:
	.irp v,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.quad hv_exc_\v
	.endr
	.globl hv_exc_stub_other
hv_exc_stub_other:
	.quad hv_exc_other

	.section .bss
	.balign 16
	.skip 16384
	.globl hv_exit_stack_top
hv_exit_stack_top:

	.section .note.GNU-stack,"",@progbits
