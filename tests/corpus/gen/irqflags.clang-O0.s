	.text
	.file	"irqflags.c"
	.globl	safe_halt                       # -- Begin function safe_halt
	.p2align	4, 0x90
	.type	safe_halt,@function
safe_halt:                              # @safe_halt
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	sti; hlt
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end0:
	.size	safe_halt, .Lfunc_end0-safe_halt
                                        # -- End function
	.globl	irqs_disabled                   # -- Begin function irqs_disabled
	.p2align	4, 0x90
	.type	irqs_disabled,@function
irqs_disabled:                          # @irqs_disabled
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	arch_local_save_flags
	andq	$512, %rax                      # imm = 0x200
	cmpq	$0, %rax
	setne	%al
	xorb	$-1, %al
	andb	$1, %al
	movzbl	%al, %eax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	irqs_disabled, .Lfunc_end1-irqs_disabled
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_save_flags
	.type	arch_local_save_flags,@function
arch_local_save_flags:                  # @arch_local_save_flags
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	pushfq ; popq -8(%rbp)
	#NO_APP
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end2:
	.size	arch_local_save_flags, .Lfunc_end2-arch_local_save_flags
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	4, 0x90
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	callq	arch_local_irq_save
	movq	%rax, -16(%rbp)
	movl	$0, -20(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	movl	-20(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jge	.LBB3_4
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	movl	-20(%rbp), %eax
	addl	counter(%rip), %eax
	movl	%eax, counter(%rip)
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	.LBB3_1
.LBB3_4:
	movq	-16(%rbp), %rdi
	callq	arch_local_irq_restore
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end3:
	.size	bump, .Lfunc_end3-bump
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_save
	.type	arch_local_irq_save,@function
arch_local_irq_save:                    # @arch_local_irq_save
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	callq	arch_local_save_flags
	movq	%rax, -8(%rbp)
	callq	arch_local_irq_disable
	movq	-8(%rbp), %rax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end4:
	.size	arch_local_irq_save, .Lfunc_end4-arch_local_irq_save
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_restore
	.type	arch_local_irq_restore,@function
arch_local_irq_restore:                 # @arch_local_irq_restore
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	#APP
	pushq -16(%rbp) ; popfq
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end5:
	.size	arch_local_irq_restore, .Lfunc_end5-arch_local_irq_restore
                                        # -- End function
	.globl	idle_loop                       # -- Begin function idle_loop
	.p2align	4, 0x90
	.type	idle_loop,@function
idle_loop:                              # @idle_loop
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	jmp	.LBB6_1
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	callq	arch_local_irq_disable
	movl	pending(%rip), %eax
	cmpl	$0, %eax
	je	.LBB6_3
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	callq	arch_local_irq_enable
	jmp	.LBB6_1
.LBB6_3:                                #   in Loop: Header=BB6_1 Depth=1
	callq	safe_halt
	jmp	.LBB6_1
.Lfunc_end6:
	.size	idle_loop, .Lfunc_end6-idle_loop
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_disable
	.type	arch_local_irq_disable,@function
arch_local_irq_disable:                 # @arch_local_irq_disable
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	cli
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end7:
	.size	arch_local_irq_disable, .Lfunc_end7-arch_local_irq_disable
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_enable
	.type	arch_local_irq_enable,@function
arch_local_irq_enable:                  # @arch_local_irq_enable
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	sti
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end8:
	.size	arch_local_irq_enable, .Lfunc_end8-arch_local_irq_enable
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	pending,@object                 # @pending
	.globl	pending
	.p2align	2
pending:
	.long	0                               # 0x0
	.size	pending, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
