	.file	"cpuid.c"
	.text
	.p2align 4
	.globl	detect
	.type	detect, @function
detect:
.LFB3:
	.cfi_startproc
	xorl	%esi, %esi
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl	%esi, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movq	vendor@GOTPCREL(%rip), %rdi
	movl	%ebx, (%rdi)
	movl	%edx, 4(%rdi)
	movl	%ecx, 8(%rdi)
	movb	$0, 12(%rdi)
	cmpl	$6, %eax
	ja	.L4
	movq	features@GOTPCREL(%rip), %rsi
.L2:
	movl	$1, %eax
	xorl	%ecx, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	shrl	$8, %eax
	movl	%ecx, (%rsi)
	movl	%edx, 4(%rsi)
	andl	$15, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	.cfi_restore_state
	movl	$7, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movq	features@GOTPCREL(%rip), %rsi
	movl	%ebx, 8(%rsi)
	jmp	.L2
	.cfi_endproc
.LFE3:
	.size	detect, .-detect
	.p2align 4
	.globl	enable_avx
	.type	enable_avx, @function
enable_avx:
.LFB4:
	.cfi_startproc
	movq	features@GOTPCREL(%rip), %rax
	movl	(%rax), %eax
	testl	$134217728, %eax
	je	.L9
	xorl	%ecx, %ecx
#APP
# 13 "cpuid.c" 1
	xgetbv
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	movq	%rdx, %rax
	shrq	$32, %rdx
	orq	$7, %rax
#APP
# 19 "cpuid.c" 1
	xsetbv
# 0 "" 2
#NO_APP
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	movl	$-1, %eax
	ret
	.cfi_endproc
.LFE4:
	.size	enable_avx, .-enable_avx
	.p2align 4
	.globl	max_leaf
	.type	max_leaf, @function
max_leaf:
.LFB5:
	.cfi_startproc
	cmpl	$-5, %edi
	ja	.L13
	leal	1(%rdi), %eax
	leal	4(%rdi), %edx
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	cmpl	%eax, %edx
	sbbl	%eax, %eax
	xorl	%r8d, %r8d
	xorl	%esi, %esi
	andl	$-3, %eax
	leal	4(%rdi,%rax), %r9d
.L12:
	movl	%edi, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	cmpl	$1, %eax
	sbbl	$-1, %r8d
	addl	$1, %edi
	cmpl	%r9d, %edi
	jne	.L12
	movl	%r8d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	.cfi_restore 3
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE5:
	.size	max_leaf, .-max_leaf
	.globl	features
	.bss
	.align 16
	.type	features, @object
	.size	features, 16
features:
	.zero	16
	.globl	vendor
	.align 8
	.type	vendor, @object
	.size	vendor, 13
vendor:
	.zero	13
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
