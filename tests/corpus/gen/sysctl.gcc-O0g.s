	.file	"sysctl.c"
	.text
.Ltext0:
	.file 0 "." "sysctl.c"
	.type	op_cr0, @function
op_cr0:
.LFB0:
	.file 1 "sysctl.c"
	.loc 1 4 30
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	.loc 1 4 41
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 4 91
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	.loc 1 4 96
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	op_cr0, .-op_cr0
	.type	op_tsc, @function
op_tsc:
.LFB1:
	.loc 1 5 30
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	.loc 1 5 49
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 5 101
	movl	-8(%rbp), %eax
	.loc 1 5 111
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 5 117
	movl	-4(%rbp), %eax
	orq	%rax, %rdx
	.loc 1 5 123
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	.loc 1 5 128
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	op_tsc, .-op_tsc
	.type	op_msr, @function
op_msr:
.LFB2:
	.loc 1 6 30
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	.loc 1 6 97
	movq	-24(%rbp), %rax
	.loc 1 6 49
	movl	%eax, %ecx
#APP
# 6 "sysctl.c" 1
	rdmsr
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 6 119
	movl	-8(%rbp), %eax
	.loc 1 6 129
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 6 135
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 6 141
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	op_msr, .-op_msr
	.type	op_in, @function
op_in:
.LFB3:
	.loc 1 7 29
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	.loc 1 7 48
	movq	-24(%rbp), %rax
	movq	%rax, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movb	%al, -1(%rbp)
	.loc 1 7 104
	movzbl	-1(%rbp), %eax
	.loc 1 7 107
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	op_in, .-op_in
	.type	op_halt, @function
op_halt:
.LFB4:
	.loc 1 8 31
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 8 33
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
	.loc 1 8 61
#NO_APP
	movq	-8(%rbp), %rax
	.loc 1 8 64
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
	.loc 1 16 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
.LBB2:
	.loc 1 17 16
	movl	$0, -4(%rbp)
	.loc 1 17 2
	jmp	.L12
.L18:
.LBB3:
	.loc 1 18 15
	movl	-4(%rbp), %eax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	ops(%rip), %rax
	movq	(%rdx,%rax), %rax
	movq	%rax, -16(%rbp)
	.loc 1 18 33
	movq	-40(%rbp), %rax
	movq	%rax, -24(%rbp)
	.loc 1 19 9
	jmp	.L13
.L15:
	.loc 1 20 5
	addq	$1, -16(%rbp)
	.loc 1 20 10
	addq	$1, -24(%rbp)
.L13:
	.loc 1 19 10
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	.loc 1 19 13
	testb	%al, %al
	je	.L14
	.loc 1 19 16 discriminator 1
	movq	-16(%rbp), %rax
	movzbl	(%rax), %edx
	.loc 1 19 22 discriminator 1
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	.loc 1 19 13 discriminator 1
	cmpb	%al, %dl
	je	.L15
.L14:
	.loc 1 21 7
	movq	-16(%rbp), %rax
	movzbl	(%rax), %edx
	.loc 1 21 13
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	.loc 1 21 6
	cmpb	%al, %dl
	jne	.L16
	.loc 1 22 17
	movl	-4(%rbp), %eax
	salq	$4, %rax
	movq	%rax, %rdx
	leaq	8+ops(%rip), %rax
	movq	(%rdx,%rax), %rdx
	.loc 1 22 11
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	*%rdx
.LVL0:
	jmp	.L17
.L16:
.LBE3:
	.loc 1 17 58 discriminator 2
	addl	$1, -4(%rbp)
.L12:
	.loc 1 17 25 discriminator 1
	cmpl	$4, -4(%rbp)
	jbe	.L18
.LBE2:
	.loc 1 24 9
	movq	$-1, %rax
.L17:
	.loc 1 25 1
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
	.loc 1 28 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 29 2
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
	.loc 1 30 17
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_cr0
	jmp	.L29
.L27:
	.loc 1 31 17
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_tsc
	.loc 1 31 27
	xorq	$1, %rax
	jmp	.L29
.L26:
	.loc 1 32 17
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_msr
	.loc 1 32 27
	addq	$7, %rax
	jmp	.L29
.L25:
	.loc 1 33 17
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_in
	.loc 1 33 26
	salq	$3, %rax
	jmp	.L29
.L24:
	.loc 1 34 17
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	op_halt
	.loc 1 34 28
	subq	$2, %rax
	jmp	.L29
.L23:
	.loc 1 35 19
	movq	-16(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	jmp	.L29
.L21:
	.loc 1 36 19
	movq	-16(%rbp), %rax
	movabsq	$-3689348814741910323, %rdx
	mulq	%rdx
	movq	%rdx, %rax
	shrq	$2, %rax
	jmp	.L29
.L20:
	.loc 1 37 18
	movl	$0, %eax
.L29:
	.loc 1 39 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	by_index, .-by_index
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2b8
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x9
	.long	.LASF13
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.long	.LASF14
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.long	.LASF3
	.uleb128 0xb
	.string	"op"
	.byte	0x10
	.byte	0x1
	.byte	0xa
	.byte	0x8
	.long	0x67
	.uleb128 0xc
	.long	.LASF2
	.byte	0x1
	.byte	0xa
	.byte	0x19
	.long	0x6c
	.byte	0
	.uleb128 0xd
	.string	"fn"
	.byte	0x1
	.byte	0xa
	.byte	0x27
	.long	0x8c
	.byte	0x8
	.byte	0
	.uleb128 0x5
	.long	0x41
	.uleb128 0x6
	.long	0x78
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.long	.LASF4
	.uleb128 0x5
	.long	0x71
	.uleb128 0xe
	.long	0x2e
	.long	0x8c
	.uleb128 0xf
	.long	0x2e
	.byte	0
	.uleb128 0x6
	.long	0x7d
	.uleb128 0x10
	.long	0x67
	.long	0xa1
	.uleb128 0x11
	.long	0x3a
	.byte	0x4
	.byte	0
	.uleb128 0x5
	.long	0x91
	.uleb128 0x12
	.string	"ops"
	.byte	0x1
	.byte	0xb
	.byte	0x11
	.long	0xa1
	.uleb128 0x9
	.byte	0x3
	.quad	ops
	.uleb128 0x7
	.long	.LASF5
	.byte	0x1b
	.long	0x2e
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0xf5
	.uleb128 0x2
	.string	"i"
	.byte	0x1b
	.byte	0x14
	.long	0xf5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"a"
	.byte	0x1b
	.byte	0x1d
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x7
	.long	.LASF6
	.byte	0xf
	.long	0x2e
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x182
	.uleb128 0x14
	.long	.LASF2
	.byte	0x1
	.byte	0xf
	.byte	0x1a
	.long	0x6c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.uleb128 0x2
	.string	"arg"
	.byte	0xf
	.byte	0x26
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x8
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x1
	.string	"i"
	.byte	0x11
	.byte	0x10
	.long	0x182
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x8
	.quad	.LBB3
	.quad	.LBE3-.LBB3
	.uleb128 0x1
	.string	"a"
	.byte	0x12
	.byte	0xf
	.long	0x6c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"b"
	.byte	0x12
	.byte	0x21
	.long	0x6c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.long	.LASF7
	.uleb128 0x4
	.long	.LASF8
	.byte	0x8
	.long	0x2e
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b6
	.uleb128 0x2
	.string	"a"
	.byte	0x8
	.byte	0x1c
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x4
	.long	.LASF9
	.byte	0x7
	.long	0x2e
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x1ef
	.uleb128 0x2
	.string	"a"
	.byte	0x7
	.byte	0x1a
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"v"
	.byte	0x7
	.byte	0x2d
	.long	0x1ef
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.byte	0
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.long	.LASF10
	.uleb128 0x4
	.long	.LASF11
	.byte	0x6
	.long	0x2e
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x23d
	.uleb128 0x2
	.string	"a"
	.byte	0x6
	.byte	0x1b
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"lo"
	.byte	0x6
	.byte	0x29
	.long	0x182
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x6
	.byte	0x2d
	.long	0x182
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x4
	.long	.LASF12
	.byte	0x5
	.long	0x2e
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x284
	.uleb128 0x2
	.string	"a"
	.byte	0x5
	.byte	0x1b
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"lo"
	.byte	0x5
	.byte	0x29
	.long	0x182
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x5
	.byte	0x2d
	.long	0x182
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x15
	.long	.LASF15
	.byte	0x1
	.byte	0x4
	.byte	0xe
	.long	0x2e
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"a"
	.byte	0x4
	.byte	0x1b
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"v"
	.byte	0x4
	.byte	0x26
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.long	0x2c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	0
	.quad	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"run_op"
.LASF7:
	.string	"unsigned int"
.LASF3:
	.string	"long unsigned int"
.LASF2:
	.string	"name"
.LASF13:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF9:
	.string	"op_in"
.LASF10:
	.string	"unsigned char"
.LASF4:
	.string	"char"
.LASF14:
	.string	"ulong"
.LASF12:
	.string	"op_tsc"
.LASF15:
	.string	"op_cr0"
.LASF8:
	.string	"op_halt"
.LASF11:
	.string	"op_msr"
.LASF5:
	.string	"by_index"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"sysctl.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
