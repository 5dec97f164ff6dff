	.text
	.file	"cpuid.c"
	.globl	detect                          # -- Begin function detect
	.p2align	4, 0x90
	.type	detect,@function
detect:                                 # @detect
# %bb.0:
	pushq	%rbx
	xorl	%eax, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	movl	%ebx, vendor(%rip)
	movl	%edx, vendor+4(%rip)
	movl	%ecx, vendor+8(%rip)
	movb	$0, vendor+12(%rip)
	cmpl	$7, %eax
	jb	.LBB0_2
# %bb.1:
	movl	$7, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	movl	%ebx, features+8(%rip)
.LBB0_2:
	movl	$1, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	movl	%ecx, features(%rip)
	movl	%edx, features+4(%rip)
	shrl	$8, %eax
	andl	$15, %eax
	popq	%rbx
	retq
.Lfunc_end0:
	.size	detect, .Lfunc_end0-detect
                                        # -- End function
	.globl	enable_avx                      # -- Begin function enable_avx
	.p2align	4, 0x90
	.type	enable_avx,@function
enable_avx:                             # @enable_avx
# %bb.0:
	movl	$-1, %esi
	testb	$8, features+3(%rip)
	je	.LBB1_2
# %bb.1:
	xorl	%esi, %esi
	xorl	%ecx, %ecx
	#APP
	xgetbv
	#NO_APP
	orl	$7, %eax
	xorl	%ecx, %ecx
	#APP
	xsetbv
	#NO_APP
.LBB1_2:
	movl	%esi, %eax
	retq
.Lfunc_end1:
	.size	enable_avx, .Lfunc_end1-enable_avx
                                        # -- End function
	.globl	max_leaf                        # -- Begin function max_leaf
	.p2align	4, 0x90
	.type	max_leaf,@function
max_leaf:                               # @max_leaf
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	xorl	%esi, %esi
	cmpl	$-5, %edi
	ja	.LBB2_2
# %bb.1:
	pushq	%rbx
	movl	%edi, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	xorl	%esi, %esi
	testl	%eax, %eax
	setne	%sil
	leal	1(%rdi), %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	cmpl	$1, %eax
	sbbl	$-1, %esi
	leal	2(%rdi), %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	cmpl	$1, %eax
	sbbl	$-1, %esi
	addl	$3, %edi
	movl	%edi, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
	cmpl	$1, %eax
	sbbl	$-1, %esi
	popq	%rbx
.LBB2_2:
	movl	%esi, %eax
	retq
.Lfunc_end2:
	.size	max_leaf, .Lfunc_end2-max_leaf
                                        # -- End function
	.type	vendor,@object                  # @vendor
	.bss
	.globl	vendor
	.p2align	2
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
