	.file	"msr.c"
	.text
	.type	rdmsr, @function
rdmsr:
.LFB0:
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
# 8 "msr.c" 1
	rdmsr
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
.LFE0:
	.size	rdmsr, .-rdmsr
	.type	wrmsr, @function
wrmsr:
.LFB1:
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
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	wrmsr, .-wrmsr
	.type	rdtsc, @function
rdtsc:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 20 "msr.c" 1
	rdtsc
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
.LFE2:
	.size	rdtsc, .-rdtsc
	.type	rdtscp, @function
rdtscp:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
#APP
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	movq	-24(%rbp), %rax
	movl	%ecx, (%rax)
	movl	-8(%rbp), %eax
	salq	$32, %rax
	movq	%rax, %rdx
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	rdtscp, .-rdtscp
	.type	rdpmc, @function
rdpmc:
.LFB4:
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
# 34 "msr.c" 1
	rdpmc
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
.LFE4:
	.size	rdpmc, .-rdpmc
	.globl	efer_set_nx
	.type	efer_set_nx, @function
efer_set_nx:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	$-1073741696, %edi
	call	rdmsr
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	andl	$2048, %eax
	testq	%rax, %rax
	jne	.L12
	movq	-8(%rbp), %rax
	orb	$8, %ah
	movq	%rax, %rsi
	movl	$-1073741696, %edi
	call	wrmsr
.L12:
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	efer_set_nx, .-efer_set_nx
	.globl	set_gs_base
	.type	set_gs_base, @function
set_gs_base:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, %rsi
	movl	$-1073741567, %edi
	call	wrmsr
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	set_gs_base, .-set_gs_base
	.globl	arm_deadline
	.type	arm_deadline, @function
arm_deadline:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	call	rdtsc
	movq	-8(%rbp), %rdx
	addq	%rdx, %rax
	movq	%rax, %rsi
	movl	$1760, %edi
	call	wrmsr
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	arm_deadline, .-arm_deadline
	.globl	cycles_between
	.type	cycles_between, @function
cycles_between:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	leaq	-12(%rbp), %rax
	movq	%rax, %rdi
	call	rdtscp
	movq	%rax, -8(%rbp)
	nop
.L16:
	movq	-24(%rbp), %rax
	movl	(%rax), %eax
	testl	%eax, %eax
	je	.L16
	movl	$0, %edi
	call	rdpmc
	leaq	-12(%rbp), %rax
	movq	%rax, %rdi
	call	rdtscp
	subq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	cycles_between, .-cycles_between
	.globl	delay
	.type	delay, @function
delay:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	call	rdtsc
	movq	-24(%rbp), %rdx
	addq	%rdx, %rax
	movq	%rax, -8(%rbp)
	jmp	.L19
.L20:
#APP
# 72 "msr.c" 1
	pause
# 0 "" 2
#NO_APP
.L19:
	call	rdtsc
	cmpq	-8(%rbp), %rax
	jb	.L20
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	delay, .-delay
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
