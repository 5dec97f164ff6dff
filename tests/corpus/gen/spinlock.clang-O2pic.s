	.text
	.file	"spinlock.c"
	.globl	spin_lock_irqsave               # -- Begin function spin_lock_irqsave
	.p2align	4, 0x90
	.type	spin_lock_irqsave,@function
spin_lock_irqsave:                      # @spin_lock_irqsave
# %bb.0:
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	movq	-8(%rsp), %rax
	.p2align	4, 0x90
.LBB0_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_3 Depth 2
	movl	$1, %ecx
	xchgl	%ecx, (%rdi)
	testl	%ecx, %ecx
	je	.LBB0_4
	.p2align	4, 0x90
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	cmpl	$0, (%rdi)
	je	.LBB0_1
.LBB0_3:                                #   Parent Loop BB0_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#APP
	pause
	#NO_APP
	cmpl	$0, (%rdi)
	jne	.LBB0_3
	jmp	.LBB0_1
.LBB0_4:
	retq
.Lfunc_end0:
	.size	spin_lock_irqsave, .Lfunc_end0-spin_lock_irqsave
                                        # -- End function
	.globl	spin_unlock_irqrestore          # -- Begin function spin_unlock_irqrestore
	.p2align	4, 0x90
	.type	spin_unlock_irqrestore,@function
spin_unlock_irqrestore:                 # @spin_unlock_irqrestore
# %bb.0:
	movl	$0, (%rdi)
	movq	%rsi, -8(%rsp)
	#APP
	push -8(%rsp)
	popf
	#NO_APP
	retq
.Lfunc_end1:
	.size	spin_unlock_irqrestore, .Lfunc_end1-spin_unlock_irqrestore
                                        # -- End function
	.globl	add_all                         # -- Begin function add_all
	.p2align	4, 0x90
	.type	add_all,@function
add_all:                                # @add_all
# %bb.0:
	pushq	%r14
	pushq	%rbx
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	movq	-8(%rsp), %r8
	movq	big_lock@GOTPCREL(%rip), %rcx
	.p2align	4, 0x90
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_9 Depth 2
	movl	$1, %eax
	xchgl	%eax, (%rcx)
	testl	%eax, %eax
	je	.LBB2_2
	.p2align	4, 0x90
# %bb.8:                                #   in Loop: Header=BB2_1 Depth=1
	cmpl	$0, (%rcx)
	je	.LBB2_1
.LBB2_9:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#APP
	pause
	#NO_APP
	cmpl	$0, (%rcx)
	jne	.LBB2_9
	jmp	.LBB2_1
.LBB2_2:
	testl	%esi, %esi
	jle	.LBB2_23
# %bb.3:
	movl	%esi, %r10d
	xorl	%r14d, %r14d
	cmpl	$4, %esi
	jb	.LBB2_18
# %bb.4:
	leaq	-17(%r10), %rax
	cmpq	$-16, %rax
	jb	.LBB2_18
# %bb.5:
	leaq	(,%r10,8), %rax
	addq	shared@GOTPCREL(%rip), %rax
	cmpq	%rdi, %rax
	jbe	.LBB2_10
# %bb.6:
	leaq	(%rdi,%r10,8), %rax
	cmpq	shared@GOTPCREL(%rip), %rax
	jbe	.LBB2_10
# %bb.7:
	xorl	%r14d, %r14d
	jmp	.LBB2_18
.LBB2_10:
	movl	%r10d, %r14d
	andl	$-4, %r14d
	leaq	-4(%r14), %rax
	movq	%rax, %r9
	shrq	$2, %r9
	addq	$1, %r9
	testq	%rax, %rax
	je	.LBB2_11
# %bb.12:
	movq	%r9, %rax
	andq	$-2, %rax
	movl	$4, %esi
	movq	shared@GOTPCREL(%rip), %r11
	.p2align	4, 0x90
.LBB2_13:                               # =>This Inner Loop Header: Depth=1
	leal	-4(%rsi), %ebx
	movdqu	-32(%rdi,%rsi,8), %xmm0
	andl	$8, %ebx
	paddq	(%r11,%rbx,8), %xmm0
	movdqu	-16(%rdi,%rsi,8), %xmm1
	paddq	16(%r11,%rbx,8), %xmm1
	movdqa	%xmm0, (%r11,%rbx,8)
	movdqa	%xmm1, 16(%r11,%rbx,8)
	movdqu	(%rdi,%rsi,8), %xmm0
	movdqu	16(%rdi,%rsi,8), %xmm1
	movl	%esi, %ebx
	andl	$12, %ebx
	paddq	(%r11,%rbx,8), %xmm0
	paddq	16(%r11,%rbx,8), %xmm1
	movdqa	%xmm0, (%r11,%rbx,8)
	movdqa	%xmm1, 16(%r11,%rbx,8)
	addq	$8, %rsi
	addq	$-2, %rax
	jne	.LBB2_13
# %bb.14:
	addq	$-4, %rsi
	testb	$1, %r9b
	je	.LBB2_17
.LBB2_16:
	movdqu	(%rdi,%rsi,8), %xmm0
	movdqu	16(%rdi,%rsi,8), %xmm1
	andl	$12, %esi
	movq	shared@GOTPCREL(%rip), %rax
	paddq	(%rax,%rsi,8), %xmm0
	paddq	16(%rax,%rsi,8), %xmm1
	movdqa	%xmm0, (%rax,%rsi,8)
	movdqa	%xmm1, 16(%rax,%rsi,8)
.LBB2_17:
	cmpq	%r10, %r14
	je	.LBB2_23
.LBB2_18:
	movq	%r14, %rax
	notq	%rax
	testb	$1, %r10b
	je	.LBB2_20
# %bb.19:
	movq	(%rdi,%r14,8), %r9
	movl	%r14d, %ebx
	andl	$12, %ebx
	movq	shared@GOTPCREL(%rip), %rsi
	addq	%r9, (%rsi,%rbx,8)
	orq	$1, %r14
.LBB2_20:
	addq	%r10, %rax
	je	.LBB2_23
# %bb.21:
	movq	shared@GOTPCREL(%rip), %rax
	.p2align	4, 0x90
.LBB2_22:                               # =>This Inner Loop Header: Depth=1
	movq	(%rdi,%r14,8), %rsi
	movl	%r14d, %edx
	andl	$15, %edx
	addq	%rsi, (%rax,%rdx,8)
	leal	1(%r14), %edx
	movq	8(%rdi,%r14,8), %rsi
	andl	$15, %edx
	addq	%rsi, (%rax,%rdx,8)
	addq	$2, %r14
	cmpq	%r14, %r10
	jne	.LBB2_22
.LBB2_23:
	movl	$0, (%rcx)
	movq	%r8, -16(%rsp)
	#APP
	push -16(%rsp)
	popf
	#NO_APP
	popq	%rbx
	popq	%r14
	retq
.LBB2_11:
	xorl	%esi, %esi
	testb	$1, %r9b
	jne	.LBB2_16
	jmp	.LBB2_17
.Lfunc_end2:
	.size	add_all, .Lfunc_end2-add_all
                                        # -- End function
	.globl	maybe                           # -- Begin function maybe
	.p2align	4, 0x90
	.type	maybe,@function
maybe:                                  # @maybe
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	cmpl	$101, %edi
	jge	.LBB3_1
# %bb.2:
	movslq	%edi, %rax
	retq
.LBB3_1:
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	movq	-8(%rsp), %rcx
	andl	$15, %edi
	movq	shared@GOTPCREL(%rip), %rdx
	movq	(%rdx,%rdi,8), %rax
	leaq	1(%rax), %rsi
	movq	%rsi, (%rdx,%rdi,8)
	movq	%rcx, -16(%rsp)
	#APP
	push -16(%rsp)
	popf
	#NO_APP
	retq
.Lfunc_end3:
	.size	maybe, .Lfunc_end3-maybe
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
