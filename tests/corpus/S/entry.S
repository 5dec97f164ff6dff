/* entry.S - a syscall/interrupt entry in the style of a small x86-64 kernel:
 * cpp macros that expand to ';'-joined statements, SWAPGS around the
 * kernel part, CFI, iretq/sysretq exits. */
#define PER_CPU_KSTACK	8
#define PER_CPU_USTACK	16
#define SWAPGS		swapgs
#define ENTRY(x)	.globl x; .type x, @function; .p2align 4; x:
#define END(x)		.size x, .-x
#define SAVE_REGS	pushq %rdi; pushq %rsi; pushq %rdx; pushq %rcx; pushq %rax
#define RESTORE_REGS	popq %rax; popq %rcx; popq %rdx; popq %rsi; popq %rdi

	.text
ENTRY(syscall_entry)
	.cfi_startproc simple
	.cfi_def_cfa rsp, 8
	SWAPGS
	movq	%rsp, %gs:PER_CPU_USTACK
	movq	%gs:PER_CPU_KSTACK, %rsp
	SAVE_REGS
	.cfi_adjust_cfa_offset 40
	call	do_syscall
	RESTORE_REGS
	movq	%gs:PER_CPU_USTACK, %rsp
	SWAPGS
	sysretq
	.cfi_endproc
END(syscall_entry)

ENTRY(irq_entry)
	testb	$3, 8(%rsp)		/* from user mode? */
	jz	1f
	SWAPGS
1:	SAVE_REGS
	movq	%cr2, %rdi
	call	do_irq
	RESTORE_REGS
	testb	$3, 8(%rsp)
	jz	2f
	SWAPGS
2:	iretq
END(irq_entry)

ENTRY(ret_from_fork)
	cli
	pushq	$0x2b; pushq %rsi; pushq $0x202; pushq $0x33; pushq %rdi
	SWAPGS ; iretq
END(ret_from_fork)
