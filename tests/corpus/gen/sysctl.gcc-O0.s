	.file	"sysctl.c"
	.text
	.type	op_cr0, @function
op_cr0:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	op_cr0, .-op_cr0
	.type	op_tsc, @function
op_tsc:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	movl	-8(%rbp), %eax
	salq	$32, %rax
	movq	%rax, %rdx
	movl	-4(%rbp), %eax
	orq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	op_tsc, .-op_tsc
	.type	op_msr, @function
op_msr:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movl	%eax, %ecx
#APP
# 6 "sysctl.c" 1
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
.LFE2:
	.size	op_msr, .-op_msr
	.type	op_in, @function
op_in:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movb	%al, -1(%rbp)
	movzbl	-1(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	op_in, .-op_in
	.type	op_halt, @function
op_halt:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
#NO_APP
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	op_halt, .-op_halt
	.globl	ops
	.section	.rodata
.LC0:
	.string	"cr0"
.LC1:
	.string	"tsc"
.LC2:
	.string	"msr"
.LC3:
	.string	"in"
.LC4:
	.string	"halt"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	ops, @object
	.size	ops, 80
ops:
	.quad	.LC0
	.quad	op_cr0
	.quad	.LC1
	.quad	op_tsc
	.quad	.LC2
	.quad	op_msr
	.quad	.LC3
	.quad	op_in
	.quad	.LC4
	.quad	op_halt
	.text
	.globl	run_op
	.type	run_op, @function
run_op:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L12
.L18:
	movl	-4(%rbp), %eax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	ops(%rip), %rax
	movq	(%rdx,%rax), %rax
	movq	%rax, -16(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -24(%rbp)
	jmp	.L13
.L15:
	addq	$1, -16(%rbp)
	addq	$1, -24(%rbp)
.L13:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L14
	movq	-16(%rbp), %rax
	movzbl	(%rax), %edx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	je	.L15
.L14:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %edx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	jne	.L16
	movl	-4(%rbp), %eax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	8+ops(%rip), %rax
	movq	(%rdx,%rax), %rdx
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	*%rdx
	jmp	.L17
.L16:
	addl	$1, -4(%rbp)
.L12:
	cmpl	$4, -4(%rbp)
	jbe	.L18
	movq	$-1, %rax
.L17:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	run_op, .-run_op
	.globl	by_index
	.type	by_index, @function
by_index:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	cmpl	$6, -4(%rbp)
	ja	.L20
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L22(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L22(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L22:
	.long	.L28-.L22
	.long	.L27-.L22
	.long	.L26-.L22
	.long	.L25-.L22
	.long	.L24-.L22
	.long	.L23-.L22
	.long	.L21-.L22
	.text
.L28:
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_cr0
	jmp	.L29
.L27:
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_tsc
	xorq	$1, %rax
	jmp	.L29
.L26:
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_msr
	addq	$7, %rax
	jmp	.L29
.L25:
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_in
	salq	$3, %rax
	jmp	.L29
.L24:
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_halt
	subq	$2, %rax
	jmp	.L29
.L23:
	movq	-16(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	jmp	.L29
.L21:
	movq	-16(%rbp), %rax
	movabsq	$-3689348814741910323, %rdx
	mulq	%rdx
	movq	%rdx, %rax
	shrq	$2, %rax
	jmp	.L29
.L20:
	movl	$0, %eax
.L29:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	by_index, .-by_index
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
