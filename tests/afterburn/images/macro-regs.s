# macro-regs.s - registers chosen by macro and .irp arguments, in macros
# shaped like a kernel's entry code (page-table switch through a scratch
# register, GS base save/restore, segment pushes, control registers by
# number).  Every expansion must get the record of its own register.
	.macro	SWITCH_TO_KERNEL_PT scratch_reg:req
	mov	%cr3, \scratch_reg
	andq	$(~0x1000), \scratch_reg
	mov	\scratch_reg, %cr3
	.endm

	.macro	SAVE_AND_SWITCH_PT scratch_reg:req save_reg:req
	movq	%cr3, \scratch_reg
	movq	\scratch_reg, \save_reg
	orq	$0x1000, \scratch_reg
	movq	\scratch_reg, %cr3
	.endm

	.macro	RESTORE_PT save_reg:req
	movq	\save_reg, %cr3
	.endm

	.macro	GS_BASE_SAVE save_reg
	rdgsbase \save_reg
	.endm

	.macro	GS_BASE_RESTORE save_reg
	wrgsbase \save_reg
	.endm

	.macro	SEG_SAVE
	.irp	seg, fs, gs
	push	%\seg
	.endr
	.endm

	.macro	SEG_RESTORE
	.irp	seg, gs, fs
	pop	%\seg
	.endr
	.endm

	.macro	SET_CR num, reg
	mov	%\reg, %cr\num
	.endm

	.macro	GET_DR num, reg
	movq	%db\num, \reg
	.endm

	.macro	LOAD_SEL seg, src
	movw	\src, %\seg
	.endm

	.macro	PUSH_ANY what
	pushq	\what
	.endm

	.text
	.globl	entry
entry:
	SWITCH_TO_KERNEL_PT %rdi
	SWITCH_TO_KERNEL_PT %r11
	SAVE_AND_SWITCH_PT scratch_reg=%rax save_reg=%r14
	SAVE_AND_SWITCH_PT %rcx, %r15
	RESTORE_PT %r14
	RESTORE_PT %R15
	GS_BASE_SAVE %rbx
	GS_BASE_SAVE %r13
	GS_BASE_SAVE %eax
	GS_BASE_RESTORE %rbx
	GS_BASE_RESTORE %R13
	SEG_SAVE
	SEG_RESTORE
	SET_CR 0, rax
	SET_CR 4, r10
	SET_CR 8, rdx
	GET_DR 7, %rsi
	GET_DR 6, %r9
	LOAD_SEL ds, %ax
	LOAD_SEL fs, %cx
	PUSH_ANY %rax
	PUSH_ANY $1
	PUSH_ANY 8(%rsp)
	PUSH_ANY %gs
	PUSH_ANY %FS
	.irp	r, %rdi, %r8
	movq	\r, %cr3
	movq	%cr2, \r
	.endr
	.irpc	n, 034
	movq	%cr\n, %rax
	.endr
	ret
