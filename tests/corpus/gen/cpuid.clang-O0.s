	.text
	.file	"cpuid.c"
	.globl	detect                          # -- Begin function detect
	.p2align	4, 0x90
	.type	detect,@function
detect:                                 # @detect
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	movl	%esi, %edi
	callq	cpuid
	movl	-12(%rbp), %eax
	movl	%eax, vendor(%rip)
	movl	-4(%rbp), %eax
	movl	%eax, vendor+4(%rip)
	movl	-8(%rbp), %eax
	movl	%eax, vendor+8(%rip)
	movb	$0, vendor+12(%rip)
	cmpl	$7, -16(%rbp)
	jb	.LBB0_2
# %bb.1:
	movl	$7, %edi
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	callq	cpuid
	movl	-12(%rbp), %eax
	movl	%eax, features+8(%rip)
.LBB0_2:
	movl	$1, %edi
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	callq	cpuid
	movl	-8(%rbp), %eax
	movl	%eax, features(%rip)
	movl	-4(%rbp), %eax
	movl	%eax, features+4(%rip)
	movl	-16(%rbp), %eax
	shrl	$8, %eax
	andl	$15, %eax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end0:
	.size	detect, .Lfunc_end0-detect
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function cpuid
	.type	cpuid,@function
cpuid:                                  # @cpuid
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	movl	%edi, -12(%rbp)
	movl	%esi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-24(%rbp), %r8
	movq	-24(%rbp), %rdi
	movq	-24(%rbp), %rax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	movq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)                 # 8-byte Spill
	movl	-12(%rbp), %eax
	movl	-16(%rbp), %ecx
	#APP
	cpuid
	#NO_APP
	movl	%eax, %r9d
	movq	-40(%rbp), %rax                 # 8-byte Reload
	movl	%ecx, %esi
	movq	-32(%rbp), %rcx                 # 8-byte Reload
	movl	%r9d, (%r8)
	movl	%ebx, 4(%rdi)
	movl	%esi, 8(%rcx)
	movl	%edx, 12(%rax)
	popq	%rbx
	popq	%rbp
	retq
.Lfunc_end1:
	.size	cpuid, .Lfunc_end1-cpuid
                                        # -- End function
	.globl	enable_avx                      # -- Begin function enable_avx
	.p2align	4, 0x90
	.type	enable_avx,@function
enable_avx:                             # @enable_avx
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	features(%rip), %eax
	andl	$134217728, %eax                # imm = 0x8000000
	cmpl	$0, %eax
	jne	.LBB2_2
# %bb.1:
	movl	$-1, -4(%rbp)
	jmp	.LBB2_3
.LBB2_2:
	xorl	%edi, %edi
	callq	xgetbv
	movq	%rax, %rsi
	orq	$7, %rsi
	xorl	%edi, %edi
	callq	xsetbv
	movl	$0, -4(%rbp)
.LBB2_3:
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end2:
	.size	enable_avx, .Lfunc_end2-enable_avx
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function xsetbv
	.type	xsetbv,@function
xsetbv:                                 # @xsetbv
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movl	-4(%rbp), %ecx
	movq	-16(%rbp), %rax
                                        # kill: def $eax killed $eax killed $rax
	movq	-16(%rbp), %rdx
	shrq	$32, %rdx
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	xsetbv
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end3:
	.size	xsetbv, .Lfunc_end3-xsetbv
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function xgetbv
	.type	xgetbv,@function
xgetbv:                                 # @xgetbv
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %ecx
	#APP
	xgetbv
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end4:
	.size	xgetbv, .Lfunc_end4-xgetbv
                                        # -- End function
	.globl	max_leaf                        # -- Begin function max_leaf
	.p2align	4, 0x90
	.type	max_leaf,@function
max_leaf:                               # @max_leaf
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	movl	$0, -28(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -32(%rbp)
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	movl	-32(%rbp), %eax
	movl	-4(%rbp), %ecx
	addl	$4, %ecx
	cmpl	%ecx, %eax
	jae	.LBB5_4
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	movl	-32(%rbp), %edi
	xorl	%esi, %esi
	leaq	-24(%rbp), %rdx
	callq	cpuid
	cmpl	$0, -24(%rbp)
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-28(%rbp), %eax
	movl	%eax, -28(%rbp)
# %bb.3:                                #   in Loop: Header=BB5_1 Depth=1
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	.LBB5_1
.LBB5_4:
	movl	-28(%rbp), %eax
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end5:
	.size	max_leaf, .Lfunc_end5-max_leaf
                                        # -- End function
	.type	vendor,@object                  # @vendor
	.bss
	.globl	vendor
vendor:
	.zero	13
	.size	vendor, 13

	.type	features,@object                # @features
	.globl	features
	.p2align	4
features:
	.zero	16
	.size	features, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
