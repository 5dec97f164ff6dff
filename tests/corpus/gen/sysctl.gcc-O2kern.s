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
	movq	$ops, %r9
	movzbl	(%rdi), %edi
	xorl	%r10d, %r10d
	movl	$99, %eax
	movq	(%r9), %rcx
	movq	%r11, %rdx
	testb	%al, %al
	jne	.L8
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	leaq	1(%rdx), %r8
	testb	%al, %al
	je	.L19
	movq	%r8, %rdx
.L8:
	cmpb	%al, (%rdx)
	je	.L10
.L11:
	addl	$1, %r10d
	addq	$16, %r9
	cmpl	$5, %r10d
	je	.L12
.L21:
	movq	(%r9), %rax
	movq	(%r9), %rcx
	movq	%r11, %rdx
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L8
.L18:
	movl	%edi, %eax
	testb	%al, %al
	jne	.L11
.L20:
	salq	$4, %r10
	movq	%rsi, %rdi
	movq	ops+8(%r10), %rax
	jmp	*%rax
	.p2align 4,,10
	.p2align 3
.L19:
	movzbl	1(%rdx), %eax
	testb	%al, %al
	je	.L20
	addl	$1, %r10d
	addq	$16, %r9
	cmpl	$5, %r10d
	jne	.L21
.L12:
	movq	$-1, %rax
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
	ja	.L32
	movl	%edi, %edi
	jmp	*.L25(,%rdi,8)
	.section	.rodata
	.align 8
	.align 4
.L25:
	.quad	.L31
	.quad	.L30
	.quad	.L29
	.quad	.L28
	.quad	.L27
	.quad	.L26
	.quad	.L24
	.text
	.p2align 4,,10
	.p2align 3
.L26:
	leaq	(%rsi,%rsi,2), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L24:
	movabsq	$-3689348814741910323, %rax
	mulq	%rsi
	movq	%rdx, %rax
	shrq	$2, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L31:
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	addq	%rsi, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L30:
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
.L29:
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
.L28:
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
.L27:
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
.L32:
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
	.section	.rodata
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
