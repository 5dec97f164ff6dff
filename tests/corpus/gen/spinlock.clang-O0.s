	.text
	.file	"spinlock.c"
	.globl	spin_lock_irqsave               # -- Begin function spin_lock_irqsave
	.p2align	4, 0x90
	.type	spin_lock_irqsave,@function
spin_lock_irqsave:                      # @spin_lock_irqsave
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	callq	irq_save
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rdi
	callq	spin_lock
	movq	-16(%rbp), %rax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end0:
	.size	spin_lock_irqsave, .Lfunc_end0-spin_lock_irqsave
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function irq_save
	.type	irq_save,@function
irq_save:                               # @irq_save
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	pushf
	pop -8(%rbp)
	cli
	#NO_APP
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	irq_save, .Lfunc_end1-irq_save
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function spin_lock
	.type	spin_lock,@function
spin_lock:                              # @spin_lock
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_3 Depth 2
	movq	-8(%rbp), %rcx
	movl	$1, -12(%rbp)
	movl	-12(%rbp), %eax
	xchgl	%eax, (%rcx)
	movl	%eax, -16(%rbp)
	cmpl	$0, -16(%rbp)
	je	.LBB2_6
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_3
.LBB2_3:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	cmpl	$0, %eax
	je	.LBB2_5
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=2
	#APP
	pause
	#NO_APP
	jmp	.LBB2_3
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_1
.LBB2_6:
	popq	%rbp
	retq
.Lfunc_end2:
	.size	spin_lock, .Lfunc_end2-spin_lock
                                        # -- End function
	.globl	spin_unlock_irqrestore          # -- Begin function spin_unlock_irqrestore
	.p2align	4, 0x90
	.type	spin_unlock_irqrestore,@function
spin_unlock_irqrestore:                 # @spin_unlock_irqrestore
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rdi
	callq	spin_unlock
	movq	-16(%rbp), %rdi
	callq	irq_restore
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end3:
	.size	spin_unlock_irqrestore, .Lfunc_end3-spin_unlock_irqrestore
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function spin_unlock
	.type	spin_unlock,@function
spin_unlock:                            # @spin_unlock
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	$0, -12(%rbp)
	movl	-12(%rbp), %ecx
	movl	%ecx, (%rax)
	popq	%rbp
	retq
.Lfunc_end4:
	.size	spin_unlock, .Lfunc_end4-spin_unlock
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function irq_restore
	.type	irq_restore,@function
irq_restore:                            # @irq_restore
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	#APP
	push -16(%rbp)
	popf
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end5:
	.size	irq_restore, .Lfunc_end5-irq_restore
                                        # -- End function
	.globl	add_all                         # -- Begin function add_all
	.p2align	4, 0x90
	.type	add_all,@function
add_all:                                # @add_all
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	leaq	big_lock(%rip), %rdi
	callq	spin_lock_irqsave
	movq	%rax, -24(%rbp)
	movl	$0, -28(%rbp)
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	movl	-28(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	.LBB6_4
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdx
	movl	-28(%rbp), %eax
	andl	$15, %eax
	movslq	%eax, %rcx
	leaq	shared(%rip), %rax
	addq	(%rax,%rcx,8), %rdx
	leaq	shared(%rip), %rax
	movq	%rdx, (%rax,%rcx,8)
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	.LBB6_1
.LBB6_4:
	movq	-24(%rbp), %rsi
	leaq	big_lock(%rip), %rdi
	callq	spin_unlock_irqrestore
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end6:
	.size	add_all, .Lfunc_end6-add_all
                                        # -- End function
	.globl	maybe                           # -- Begin function maybe
	.p2align	4, 0x90
	.type	maybe,@function
maybe:                                  # @maybe
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	%edi, -12(%rbp)
	cmpl	$100, -12(%rbp)
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	cltq
	cmpq	$0, %rax
	je	.LBB7_2
# %bb.1:
	movl	-12(%rbp), %edi
	callq	slow_path
	movq	%rax, -8(%rbp)
	jmp	.LBB7_3
.LBB7_2:
	movslq	-12(%rbp), %rax
	movq	%rax, -8(%rbp)
.LBB7_3:
	movq	-8(%rbp), %rax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end7:
	.size	maybe, .Lfunc_end7-maybe
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function slow_path
	.type	slow_path,@function
slow_path:                              # @slow_path
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	callq	irq_save
	movq	%rax, -16(%rbp)
	movl	-4(%rbp), %eax
	andl	$15, %eax
	movslq	%eax, %rdx
	leaq	shared(%rip), %rax
	movq	(%rax,%rdx,8), %rax
	movq	%rax, %rsi
	addq	$1, %rsi
	leaq	shared(%rip), %rcx
	movq	%rsi, (%rcx,%rdx,8)
	movq	%rax, -24(%rbp)
	movq	-16(%rbp), %rdi
	callq	irq_restore
	movq	-24(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end8:
	.size	slow_path, .Lfunc_end8-slow_path
                                        # -- End function
	.type	big_lock,@object                # @big_lock
	.bss
	.globl	big_lock
	.p2align	2
big_lock:
	.zero	4
	.size	big_lock, 4

	.type	shared,@object                  # @shared
	.globl	shared
	.p2align	4
shared:
	.zero	128
	.size	shared, 128

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
