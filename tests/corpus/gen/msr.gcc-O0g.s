	.file	"msr.c"
	.text
.Ltext0:
	.file 0 "." "msr.c"
	.type	rdmsr, @function
rdmsr:
.LFB0:
	.file 1 "msr.c"
	.loc 1 6 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	.loc 1 8 2
	movl	-20(%rbp), %eax
	movl	%eax, %ecx
#APP
# 8 "msr.c" 1
	rdmsr
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 9 9
	movl	-8(%rbp), %eax
	.loc 1 9 17
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 9 23
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 10 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	rdmsr, .-rdmsr
	.type	wrmsr, @function
wrmsr:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 14 41
	movq	-16(%rbp), %rax
	movl	%eax, %esi
	.loc 1 14 62
	movq	-16(%rbp), %rax
	shrq	$32, %rax
	.loc 1 14 54
	movl	%eax, %edx
	.loc 1 14 2
	movl	-4(%rbp), %ecx
	movl	%esi, %eax
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
	.loc 1 15 1
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
	.loc 1 18 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 20 2
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 21 9
	movl	-8(%rbp), %eax
	.loc 1 21 17
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 21 23
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 22 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	rdtsc, .-rdtsc
	.type	rdtscp, @function
rdtscp:
.LFB3:
	.loc 1 25 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	.loc 1 27 2
#APP
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	movq	-24(%rbp), %rax
	movl	%ecx, (%rax)
	.loc 1 28 9
	movl	-8(%rbp), %eax
	.loc 1 28 17
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 28 23
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 29 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	rdtscp, .-rdtscp
	.type	rdpmc, @function
rdpmc:
.LFB4:
	.loc 1 32 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	.loc 1 34 2
	movl	-20(%rbp), %eax
	movl	%eax, %ecx
#APP
# 34 "msr.c" 1
	rdpmc
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 35 9
	movl	-8(%rbp), %eax
	.loc 1 35 17
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 35 23
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 36 1
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
	.loc 1 43 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 44 10
	movl	$-1073741696, %edi
	call	rdmsr
	movq	%rax, -8(%rbp)
	.loc 1 45 10
	movq	-8(%rbp), %rax
	andl	$2048, %eax
	.loc 1 45 5
	testq	%rax, %rax
	jne	.L12
	.loc 1 46 3
	movq	-8(%rbp), %rax
	orb	$8, %ah
	movq	%rax, %rsi
	movl	$-1073741696, %edi
	call	wrmsr
.L12:
	.loc 1 47 1
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
	.loc 1 50 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	.loc 1 51 2
	movq	-8(%rbp), %rax
	movq	%rax, %rsi
	movl	$-1073741567, %edi
	call	wrmsr
	.loc 1 52 1
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
	.loc 1 55 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	.loc 1 56 26
	call	rdtsc
	.loc 1 56 2
	movq	-8(%rbp), %rdx
	addq	%rdx, %rax
	movq	%rax, %rsi
	movl	$1760, %edi
	call	wrmsr
	.loc 1 57 1
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
	.loc 1 60 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	.loc 1 62 11
	leaq	-12(%rbp), %rax
	movq	%rax, %rdi
	call	rdtscp
	movq	%rax, -8(%rbp)
	.loc 1 63 8
	nop
.L16:
	.loc 1 63 10 discriminator 1
	movq	-24(%rbp), %rax
	movl	(%rax), %eax
	.loc 1 63 9 discriminator 1
	testl	%eax, %eax
	je	.L16
	.loc 1 65 29
	movl	$0, %edi
	call	rdpmc
	.loc 1 65 9
	leaq	-12(%rbp), %rax
	movq	%rax, %rdi
	call	rdtscp
	.loc 1 65 27
	subq	-8(%rbp), %rax
	.loc 1 66 1
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
	.loc 1 69 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	.loc 1 70 12
	call	rdtsc
	.loc 1 70 6
	movq	-24(%rbp), %rdx
	addq	%rdx, %rax
	movq	%rax, -8(%rbp)
	.loc 1 71 8
	jmp	.L19
.L20:
	.loc 1 72 3
#APP
# 72 "msr.c" 1
	pause
# 0 "" 2
#NO_APP
.L19:
	.loc 1 71 9
	call	rdtsc
	.loc 1 71 17
	cmpq	-8(%rbp), %rax
	jb	.L20
	.loc 1 73 1
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	delay, .-delay
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2b2
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x9
	.long	.LASF17
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x6
	.string	"u64"
	.byte	0x2
	.byte	0x1c
	.long	0x39
	.uleb128 0x7
	.byte	0x8
	.long	.LASF2
	.uleb128 0x6
	.string	"u32"
	.byte	0x3
	.byte	0x16
	.long	0x4a
	.uleb128 0x7
	.byte	0x4
	.long	.LASF3
	.uleb128 0x3
	.long	.LASF6
	.byte	0x44
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x89
	.uleb128 0x4
	.long	.LASF4
	.byte	0x44
	.byte	0x10
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"end"
	.byte	0x46
	.byte	0x6
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xa
	.long	.LASF18
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.long	0x2e
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0xd5
	.uleb128 0x4
	.long	.LASF5
	.byte	0x3b
	.byte	0x22
	.long	0xd5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"cpu"
	.byte	0x3d
	.byte	0x6
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x1
	.string	"t0"
	.byte	0x3e
	.byte	0x6
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x8
	.long	0xe1
	.uleb128 0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xc
	.long	0xda
	.uleb128 0x3
	.long	.LASF7
	.byte	0x36
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x111
	.uleb128 0x4
	.long	.LASF8
	.byte	0x36
	.byte	0x17
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.long	.LASF9
	.byte	0x31
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x13c
	.uleb128 0x4
	.long	.LASF10
	.byte	0x31
	.byte	0x16
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.long	.LASF11
	.byte	0x2a
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x165
	.uleb128 0x1
	.string	"e"
	.byte	0x2c
	.byte	0x6
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF12
	.byte	0x1f
	.long	0x2e
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x1ac
	.uleb128 0x2
	.string	"c"
	.byte	0x1f
	.byte	0x1d
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"lo"
	.byte	0x21
	.byte	0x6
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x21
	.byte	0xa
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF13
	.byte	0x18
	.long	0x2e
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x1f5
	.uleb128 0x2
	.string	"aux"
	.byte	0x18
	.byte	0x1f
	.long	0x1f5
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"lo"
	.byte	0x1a
	.byte	0x6
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x1a
	.byte	0xa
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x8
	.long	0x3f
	.uleb128 0x5
	.long	.LASF14
	.byte	0x11
	.long	0x2e
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x235
	.uleb128 0x1
	.string	"lo"
	.byte	0x13
	.byte	0x6
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x13
	.byte	0xa
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xd
	.long	.LASF15
	.byte	0x1
	.byte	0xc
	.byte	0x14
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x26e
	.uleb128 0x2
	.string	"msr"
	.byte	0xc
	.byte	0x1e
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"v"
	.byte	0xc
	.byte	0x27
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0xe
	.long	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0x13
	.long	0x2e
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"msr"
	.byte	0x5
	.byte	0x1d
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"lo"
	.byte	0x7
	.byte	0x6
	.long	0x3f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0x7
	.byte	0xa
	.long	0x3f
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
	.sleb128 6
	.uleb128 0x27
	.uleb128 0x19
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
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x5
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
	.sleb128 19
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
	.uleb128 0x6
	.uleb128 0x16
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
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
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
.LASF12:
	.string	"rdpmc"
.LASF3:
	.string	"unsigned int"
.LASF16:
	.string	"rdmsr"
.LASF18:
	.string	"cycles_between"
.LASF11:
	.string	"efer_set_nx"
.LASF2:
	.string	"long long unsigned int"
.LASF4:
	.string	"cycles"
.LASF8:
	.string	"delta"
.LASF10:
	.string	"base"
.LASF17:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF15:
	.string	"wrmsr"
.LASF9:
	.string	"set_gs_base"
.LASF7:
	.string	"arm_deadline"
.LASF14:
	.string	"rdtsc"
.LASF6:
	.string	"delay"
.LASF13:
	.string	"rdtscp"
.LASF5:
	.string	"flag"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"msr.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
