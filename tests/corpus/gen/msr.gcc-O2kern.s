	.file	"msr.c"
	.text
	.p2align 4
	.globl	efer_set_nx
	.type	efer_set_nx, @function
efer_set_nx:
.LFB5:
	.cfi_startproc
	movl	$-1073741696, %ecx
#APP
# 8 "msr.c" 1
	rdmsr
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	testb	$8, %ah
	jne	.L1
	movq	%rdx, %rax
	shrq	$32, %rdx
	orb	$8, %ah
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
#NO_APP
.L1:
	ret
	.cfi_endproc
.LFE5:
	.size	efer_set_nx, .-efer_set_nx
	.p2align 4
	.globl	set_gs_base
	.type	set_gs_base, @function
set_gs_base:
.LFB6:
	.cfi_startproc
	movq	%rdi, %rdx
	movq	%rdi, %rax
	movl	$-1073741567, %ecx
	shrq	$32, %rdx
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE6:
	.size	set_gs_base, .-set_gs_base
	.p2align 4
	.globl	arm_deadline
	.type	arm_deadline, @function
arm_deadline:
.LFB7:
	.cfi_startproc
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	movl	$1760, %ecx
	orq	%rax, %rdx
	leaq	(%rdx,%rdi), %rax
	movq	%rax, %rdx
	shrq	$32, %rdx
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE7:
	.size	arm_deadline, .-arm_deadline
	.p2align 4
	.globl	cycles_between
	.type	cycles_between, @function
cycles_between:
.LFB8:
	.cfi_startproc
#APP
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	movq	%rdx, %rsi
	orq	%rax, %rsi
	.p2align 4,,10
	.p2align 3
.L7:
	movl	(%rdi), %eax
	testl	%eax, %eax
	je	.L7
	xorl	%ecx, %ecx
#APP
# 34 "msr.c" 1
	rdpmc
# 0 "" 2
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	movq	%rdx, %rax
	subq	%rsi, %rax
	ret
	.cfi_endproc
.LFE8:
	.size	cycles_between, .-cycles_between
	.p2align 4
	.globl	delay
	.type	delay, @function
delay:
.LFB9:
	.cfi_startproc
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	leaq	(%rdx,%rdi), %rcx
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L15:
#APP
# 72 "msr.c" 1
	pause
# 0 "" 2
#NO_APP
.L14:
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	cmpq	%rcx, %rdx
	jb	.L15
	ret
	.cfi_endproc
.LFE9:
	.size	delay, .-delay
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
