	.file	"sysctl.c"
	.text
	.p2align 4
	.type	op_cr0, @function
op_cr0:
.LFB0:
	.cfi_startproc
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	addq	%rdi, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	op_cr0, .-op_cr0
	.p2align 4
	.type	op_tsc, @function
op_tsc:
.LFB1:
	.cfi_startproc
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	leaq	(%rdx,%rdi), %rax
	ret
	.cfi_endproc
.LFE1:
	.size	op_tsc, .-op_tsc
	.p2align 4
	.type	op_msr, @function
op_msr:
.LFB2:
	.cfi_startproc
	movl	%edi, %ecx
#APP
# 6 "sysctl.c" 1
	rdmsr
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	ret
	.cfi_endproc
.LFE2:
	.size	op_msr, .-op_msr
	.p2align 4
	.type	op_in, @function
op_in:
.LFB3:
	.cfi_startproc
	movq	%rdi, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movzbl	%al, %eax
	ret
	.cfi_endproc
.LFE3:
	.size	op_in, .-op_in
	.p2align 4
	.type	op_halt, @function
op_halt:
.LFB4:
	.cfi_startproc
	movq	%rdi, %rax
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	op_halt, .-op_halt
	.p2align 4
	.globl	run_op
	.type	run_op, @function
run_op:
.LFB5:
	.cfi_startproc
	movq	%rdi, %r11
	leaq	ops(%rip), %rdi
	movl	$99, %eax
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %r9
	movzbl	(%r11), %ebx
	xorl	%r10d, %r10d
	movq	%r11, %rdx
	movq	(%r9), %rcx
	testb	%al, %al
	jne	.L8
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	leaq	1(%rdx), %r8
	testb	%al, %al
	je	.L20
	movq	%r8, %rdx
.L8:
	cmpb	%al, (%rdx)
	je	.L10
.L11:
	addl	$1, %r10d
	addq	$16, %r9
	cmpl	$5, %r10d
	je	.L12
.L22:
	movq	(%r9), %rax
	movq	(%r9), %rcx
	movq	%r11, %rdx
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L8
.L19:
	movl	%ebx, %eax
	testb	%al, %al
	jne	.L11
.L21:
	salq	$4, %r10
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	movq	8(%rdi,%r10), %rax
	movq	%rsi, %rdi
	jmp	*%rax
	.p2align 4,,10
	.p2align 3
.L20:
	.cfi_restore_state
	movzbl	1(%rdx), %eax
	testb	%al, %al
	je	.L21
	addl	$1, %r10d
	addq	$16, %r9
	cmpl	$5, %r10d
	jne	.L22
.L12:
	movq	$-1, %rax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE5:
	.size	run_op, .-run_op
	.section	.text.unlikely,"ax",@progbits
.LCOLDB0:
	.text
.LHOTB0:
	.p2align 4
	.globl	by_index
	.type	by_index, @function
by_index:
.LFB6:
	.cfi_startproc
	cmpl	$6, %edi
	ja	.L33
	leaq	.L26(%rip), %rdx
	movl	%edi, %edi
	movslq	(%rdx,%rdi,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L26:
	.long	.L32-.L26
	.long	.L31-.L26
	.long	.L30-.L26
	.long	.L29-.L26
	.long	.L28-.L26
	.long	.L27-.L26
	.long	.L25-.L26
	.text
	.p2align 4,,10
	.p2align 3
.L27:
	leaq	(%rsi,%rsi,2), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	movabsq	$-3689348814741910323, %rax
	mulq	%rsi
	movq	%rdx, %rax
	shrq	$2, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L32:
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	addq	%rsi, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L31:
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	addq	%rdx, %rsi
	movq	%rsi, %rax
	xorq	$1, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L30:
	movl	%esi, %ecx
#APP
# 6 "sysctl.c" 1
	rdmsr
# 0 "" 2
#NO_APP
	salq	$32, %rdx
	movl	%eax, %eax
	orq	%rax, %rdx
	leaq	7(%rdx), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L29:
	movq	%rsi, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movzbl	%al, %eax
	salq	$3, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L28:
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
#NO_APP
	leaq	-2(%rsi), %rax
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	by_index.cold, @function
by_index.cold:
.LFSB6:
.L33:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE6:
	.text
	.size	by_index, .-by_index
	.section	.text.unlikely
	.size	by_index.cold, .-by_index.cold
.LCOLDE0:
	.text
.LHOTE0:
	.globl	ops
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"cr0"
.LC2:
	.string	"tsc"
.LC3:
	.string	"msr"
.LC4:
	.string	"in"
.LC5:
	.string	"halt"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	ops, @object
	.size	ops, 80
ops:
	.quad	.LC1
	.quad	op_cr0
	.quad	.LC2
	.quad	op_tsc
	.quad	.LC3
	.quad	op_msr
	.quad	.LC4
	.quad	op_in
	.quad	.LC5
	.quad	op_halt
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
