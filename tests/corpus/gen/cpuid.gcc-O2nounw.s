	.file	"cpuid.c"
	.text
	.p2align 4
	.globl	detect
	.type	detect, @function
detect:
	xorl	%esi, %esi
	pushq	%rbx
	movl	%esi, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movb	$0, 12+vendor(%rip)
	movl	%ebx, vendor(%rip)
	movl	%edx, 4+vendor(%rip)
	movl	%ecx, 8+vendor(%rip)
	cmpl	$6, %eax
	jbe	.L2
	movl	$7, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movl	%ebx, 8+features(%rip)
.L2:
	movl	$1, %eax
	xorl	%ecx, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	shrl	$8, %eax
	movl	%ecx, features(%rip)
	popq	%rbx
	andl	$15, %eax
	movl	%edx, 4+features(%rip)
	ret
	.size	detect, .-detect
	.p2align 4
	.globl	enable_avx
	.type	enable_avx, @function
enable_avx:
	testb	$8, 3+features(%rip)
	je	.L7
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
.L7:
	movl	$-1, %eax
	ret
	.size	enable_avx, .-enable_avx
	.p2align 4
	.globl	max_leaf
	.type	max_leaf, @function
max_leaf:
	cmpl	$-5, %edi
	ja	.L11
	leal	1(%rdi), %eax
	leal	4(%rdi), %edx
	pushq	%rbx
	cmpl	%eax, %edx
	sbbl	%eax, %eax
	xorl	%r8d, %r8d
	xorl	%esi, %esi
	andl	$-3, %eax
	leal	4(%rdi,%rax), %r9d
.L10:
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
	jne	.L10
	movl	%r8d, %eax
	popq	%rbx
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	xorl	%eax, %eax
	ret
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
