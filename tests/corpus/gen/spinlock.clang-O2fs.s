	.text
	.file	"spinlock.c"
	.section	.text.spin_lock_irqsave,"ax",@progbits
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
	.section	.text.spin_unlock_irqrestore,"ax",@progbits
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
	.section	.text.add_all,"ax",@progbits
	.globl	add_all                         # -- Begin function add_all
	.p2align	4, 0x90
	.type	add_all,@function
add_all:                                # @add_all
# %bb.0:
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	movq	-8(%rsp), %r8
	.p2align	4, 0x90
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_9 Depth 2
	movl	$1, %eax
	xchgl	%eax, big_lock(%rip)
	testl	%eax, %eax
	je	.LBB2_2
	.p2align	4, 0x90
# %bb.8:                                #   in Loop: Header=BB2_1 Depth=1
	cmpl	$0, big_lock(%rip)
	je	.LBB2_1
.LBB2_9:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#APP
	pause
	#NO_APP
	cmpl	$0, big_lock(%rip)
	jne	.LBB2_9
	jmp	.LBB2_1
.LBB2_2:
	testl	%esi, %esi
	jle	.LBB2_23
# %bb.3:
	movl	%esi, %r10d
	xorl	%edx, %edx
	cmpl	$4, %esi
	jb	.LBB2_18
# %bb.4:
	leaq	-17(%r10), %rax
	cmpq	$-16, %rax
	jb	.LBB2_18
# %bb.5:
	leaq	shared(%rip), %r11
	leaq	(%r11,%r10,8), %rax
	cmpq	%rdi, %rax
	jbe	.LBB2_10
# %bb.6:
	leaq	(%rdi,%r10,8), %rax
	cmpq	%r11, %rax
	jbe	.LBB2_10
# %bb.7:
	xorl	%edx, %edx
	jmp	.LBB2_18
.LBB2_10:
	movl	%r10d, %edx
	andl	$-4, %edx
	leaq	-4(%rdx), %rax
	movq	%rax, %r9
	shrq	$2, %r9
	addq	$1, %r9
	testq	%rax, %rax
	je	.LBB2_11
# %bb.12:
	movq	%r9, %rcx
	andq	$-2, %rcx
	movl	$4, %eax
	.p2align	4, 0x90
.LBB2_13:                               # =>This Inner Loop Header: Depth=1
	leal	-4(%rax), %esi
	movdqu	-32(%rdi,%rax,8), %xmm0
	andl	$8, %esi
	paddq	(%r11,%rsi,8), %xmm0
	movdqu	-16(%rdi,%rax,8), %xmm1
	paddq	16(%r11,%rsi,8), %xmm1
	movdqa	%xmm0, (%r11,%rsi,8)
	movdqa	%xmm1, 16(%r11,%rsi,8)
	movdqu	(%rdi,%rax,8), %xmm0
	movdqu	16(%rdi,%rax,8), %xmm1
	movl	%eax, %esi
	andl	$12, %esi
	paddq	(%r11,%rsi,8), %xmm0
	paddq	16(%r11,%rsi,8), %xmm1
	movdqa	%xmm0, (%r11,%rsi,8)
	movdqa	%xmm1, 16(%r11,%rsi,8)
	addq	$8, %rax
	addq	$-2, %rcx
	jne	.LBB2_13
# %bb.14:
	addq	$-4, %rax
	testb	$1, %r9b
	je	.LBB2_17
.LBB2_16:
	movdqu	(%rdi,%rax,8), %xmm0
	movdqu	16(%rdi,%rax,8), %xmm1
	andl	$12, %eax
	paddq	(%r11,%rax,8), %xmm0
	paddq	16(%r11,%rax,8), %xmm1
	movdqa	%xmm0, (%r11,%rax,8)
	movdqa	%xmm1, 16(%r11,%rax,8)
.LBB2_17:
	cmpq	%r10, %rdx
	je	.LBB2_23
.LBB2_18:
	movq	%rdx, %rax
	notq	%rax
	testb	$1, %r10b
	je	.LBB2_20
# %bb.19:
	movq	(%rdi,%rdx,8), %r9
	movl	%edx, %esi
	andl	$12, %esi
	leaq	shared(%rip), %rcx
	addq	%r9, (%rcx,%rsi,8)
	orq	$1, %rdx
.LBB2_20:
	addq	%r10, %rax
	je	.LBB2_23
# %bb.21:
	leaq	shared(%rip), %rax
	.p2align	4, 0x90
.LBB2_22:                               # =>This Inner Loop Header: Depth=1
	movq	(%rdi,%rdx,8), %rcx
	movl	%edx, %esi
	andl	$15, %esi
	addq	%rcx, (%rax,%rsi,8)
	leal	1(%rdx), %ecx
	movq	8(%rdi,%rdx,8), %rsi
	andl	$15, %ecx
	addq	%rsi, (%rax,%rcx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB2_22
.LBB2_23:
	movl	$0, big_lock(%rip)
	movq	%r8, -16(%rsp)
	#APP
	push -16(%rsp)
	popf
	#NO_APP
	retq
.LBB2_11:
	xorl	%eax, %eax
	testb	$1, %r9b
	jne	.LBB2_16
	jmp	.LBB2_17
.Lfunc_end2:
	.size	add_all, .Lfunc_end2-add_all
                                        # -- End function
	.section	.text.maybe,"ax",@progbits
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
	leaq	shared(%rip), %rdx
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
