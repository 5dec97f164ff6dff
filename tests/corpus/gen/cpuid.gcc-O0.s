	.file	"cpuid.c"
	.text
	.type	cpuid, @function
cpuid:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movl	%edi, -12(%rbp)
	movl	%esi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movl	-12(%rbp), %eax
	movl	-16(%rbp), %edx
	movl	%edx, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
#NO_APP
	movl	%ebx, %esi
	movl	%eax, %edi
	movq	-24(%rbp), %rax
	movl	%edi, (%rax)
	movq	-24(%rbp), %rax
	movl	%esi, 4(%rax)
	movq	-24(%rbp), %rax
	movl	%ecx, 8(%rax)
	movq	-24(%rbp), %rax
	movl	%edx, 12(%rax)
	nop
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	cpuid, .-cpuid
	.type	xgetbv, @function
xgetbv:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, %ecx
#APP
# 13 "cpuid.c" 1
	xgetbv
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	movl	-8(%rbp), %eax
	salq	$32, %rax
	movq	%rax, %rdx
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	xgetbv, .-xgetbv
	.type	xsetbv, @function
xsetbv:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rax
	movl	%eax, %esi
	movq	-16(%rbp), %rax
	shrq	$32, %rax
	movl	%eax, %edx
	movl	-4(%rbp), %ecx
	movl	%esi, %eax
#APP
# 19 "cpuid.c" 1
	xsetbv
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	xsetbv, .-xsetbv
	.globl	vendor
	.bss
	.align 8
	.type	vendor, @object
	.size	vendor, 13
vendor:
	.zero	13
	.globl	features
	.align 16
	.type	features, @object
	.size	features, 16
features:
	.zero	16
	.text
	.globl	detect
	.type	detect, @function
detect:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$0, %edi
	call	cpuid
	leaq	vendor(%rip), %rdx
	movl	-12(%rbp), %eax
	movl	%eax, (%rdx)
	leaq	4+vendor(%rip), %rdx
	movl	-4(%rbp), %eax
	movl	%eax, (%rdx)
	leaq	8+vendor(%rip), %rdx
	movl	-8(%rbp), %eax
	movl	%eax, (%rdx)
	movb	$0, 12+vendor(%rip)
	movl	-16(%rbp), %eax
	cmpl	$6, %eax
	jbe	.L6
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$7, %edi
	call	cpuid
	movl	-12(%rbp), %eax
	movl	%eax, 8+features(%rip)
.L6:
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$1, %edi
	call	cpuid
	movl	-8(%rbp), %eax
	movl	%eax, features(%rip)
	movl	-4(%rbp), %eax
	movl	%eax, 4+features(%rip)
	movl	-16(%rbp), %eax
	shrl	$8, %eax
	andl	$15, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	detect, .-detect
	.globl	enable_avx
	.type	enable_avx, @function
enable_avx:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	features(%rip), %eax
	andl	$134217728, %eax
	testl	%eax, %eax
	jne	.L9
	movl	$-1, %eax
	jmp	.L10
.L9:
	movl	$0, %edi
	call	xgetbv
	orq	$7, %rax
	movq	%rax, %rsi
	movl	$0, %edi
	call	xsetbv
	movl	$0, %eax
.L10:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	enable_avx, .-enable_avx
	.globl	max_leaf
	.type	max_leaf, @function
max_leaf:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movl	%edi, -36(%rbp)
	movl	$0, -4(%rbp)
	movl	-36(%rbp), %eax
	movl	%eax, -8(%rbp)
	jmp	.L12
.L13:
	leaq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	movl	$0, %esi
	movl	%eax, %edi
	call	cpuid
	movl	-32(%rbp), %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L12:
	movl	-36(%rbp), %eax
	addl	$4, %eax
	cmpl	%eax, -8(%rbp)
	jb	.L13
	movl	-4(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	max_leaf, .-max_leaf
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
