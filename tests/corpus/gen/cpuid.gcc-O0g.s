	.file	"cpuid.c"
	.text
.Ltext0:
	.file 0 "." "cpuid.c"
	.type	cpuid, @function
cpuid:
.LFB0:
	.file 1 "cpuid.c"
	.loc 1 5 1
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
	.loc 1 6 2
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
	.loc 1 8 1
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
	.loc 1 11 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	.loc 1 13 2
	movl	-20(%rbp), %eax
	movl	%eax, %ecx
#APP
# 13 "cpuid.c" 1
	xgetbv
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc 1 14 9
	movl	-8(%rbp), %eax
	.loc 1 14 32
	salq	$32, %rax
	movq	%rax, %rdx
	.loc 1 14 38
	movl	-4(%rbp), %eax
	orq	%rdx, %rax
	.loc 1 15 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	xgetbv, .-xgetbv
	.type	xsetbv, @function
xsetbv:
.LFB2:
	.loc 1 18 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 19 42
	movq	-16(%rbp), %rax
	movl	%eax, %esi
	.loc 1 19 73
	movq	-16(%rbp), %rax
	shrq	$32, %rax
	.loc 1 19 60
	movl	%eax, %edx
	.loc 1 19 2
	movl	-4(%rbp), %ecx
	movl	%esi, %eax
#APP
# 19 "cpuid.c" 1
	xsetbv
# 0 "" 2
	.loc 1 20 1
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
	.loc 1 26 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 28 2
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$0, %edi
	call	cpuid
	.loc 1 29 15
	leaq	vendor(%rip), %rdx
	.loc 1 29 29
	movl	-12(%rbp), %eax
	.loc 1 29 26
	movl	%eax, (%rdx)
	.loc 1 30 22
	leaq	4+vendor(%rip), %rdx
	.loc 1 30 29
	movl	-4(%rbp), %eax
	.loc 1 30 26
	movl	%eax, (%rdx)
	.loc 1 31 22
	leaq	8+vendor(%rip), %rdx
	.loc 1 31 29
	movl	-8(%rbp), %eax
	.loc 1 31 26
	movl	%eax, (%rdx)
	.loc 1 32 13
	movb	$0, 12+vendor(%rip)
	.loc 1 33 7
	movl	-16(%rbp), %eax
	.loc 1 33 5
	cmpl	$6, %eax
	jbe	.L6
	.loc 1 34 3
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$7, %edi
	call	cpuid
	.loc 1 35 18
	movl	-12(%rbp), %eax
	.loc 1 35 15
	movl	%eax, 8+features(%rip)
.L6:
	.loc 1 37 2
	leaq	-16(%rbp), %rax
	movq	%rax, %rdx
	movl	$0, %esi
	movl	$1, %edi
	call	cpuid
	.loc 1 38 17
	movl	-8(%rbp), %eax
	.loc 1 38 14
	movl	%eax, features(%rip)
	.loc 1 39 17
	movl	-4(%rbp), %eax
	.loc 1 39 14
	movl	%eax, 4+features(%rip)
	.loc 1 40 10
	movl	-16(%rbp), %eax
	.loc 1 40 13
	shrl	$8, %eax
	.loc 1 40 18
	andl	$15, %eax
	.loc 1 41 1
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
	.loc 1 44 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 45 16
	movl	features(%rip), %eax
	.loc 1 45 20
	andl	$134217728, %eax
	.loc 1 45 5
	testl	%eax, %eax
	jne	.L9
	.loc 1 46 10
	movl	$-1, %eax
	jmp	.L10
.L9:
	.loc 1 47 12
	movl	$0, %edi
	call	xgetbv
	.loc 1 47 2
	orq	$7, %rax
	movq	%rax, %rsi
	movl	$0, %edi
	call	xsetbv
	.loc 1 48 9
	movl	$0, %eax
.L10:
	.loc 1 49 1
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
	.loc 1 52 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movl	%edi, -36(%rbp)
	.loc 1 54 11
	movl	$0, -4(%rbp)
.LBB2:
	.loc 1 55 16
	movl	-36(%rbp), %eax
	movl	%eax, -8(%rbp)
	.loc 1 55 2
	jmp	.L12
.L13:
	.loc 1 56 3 discriminator 3
	leaq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	movl	$0, %esi
	movl	%eax, %edi
	call	cpuid
	.loc 1 57 9 discriminator 3
	movl	-32(%rbp), %eax
	.loc 1 57 12 discriminator 3
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	.loc 1 57 5 discriminator 3
	addl	%eax, -4(%rbp)
	.loc 1 55 41 discriminator 3
	addl	$1, -8(%rbp)
.L12:
	.loc 1 55 35 discriminator 1
	movl	-36(%rbp), %eax
	addl	$4, %eax
	.loc 1 55 28 discriminator 1
	cmpl	%eax, -8(%rbp)
	jb	.L13
.LBE2:
	.loc 1 59 9
	movl	-4(%rbp), %eax
	.loc 1 60 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	max_leaf, .-max_leaf
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x249
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xb
	.long	.LASF14
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xc
	.long	.LASF15
	.byte	0x10
	.byte	0x1
	.byte	0x2
	.byte	0x8
	.long	0x60
	.uleb128 0x3
	.string	"a"
	.byte	0x18
	.long	0x60
	.byte	0
	.uleb128 0x3
	.string	"b"
	.byte	0x1b
	.long	0x60
	.byte	0x4
	.uleb128 0x3
	.string	"c"
	.byte	0x1e
	.long	0x60
	.byte	0x8
	.uleb128 0x3
	.string	"d"
	.byte	0x21
	.long	0x60
	.byte	0xc
	.byte	0
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.long	.LASF2
	.uleb128 0x5
	.long	0x7e
	.long	0x77
	.uleb128 0x6
	.long	0x77
	.byte	0xc
	.byte	0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.long	.LASF3
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.long	.LASF4
	.uleb128 0x7
	.long	.LASF5
	.byte	0x16
	.byte	0x6
	.long	0x67
	.uleb128 0x9
	.byte	0x3
	.quad	vendor
	.uleb128 0x5
	.long	0x60
	.long	0xaa
	.uleb128 0x6
	.long	0x77
	.byte	0x3
	.byte	0
	.uleb128 0x7
	.long	.LASF6
	.byte	0x17
	.byte	0xa
	.long	0x9a
	.uleb128 0x9
	.byte	0x3
	.quad	features
	.uleb128 0x8
	.long	.LASF7
	.byte	0x33
	.byte	0xa
	.long	0x60
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x125
	.uleb128 0x9
	.long	.LASF9
	.byte	0x33
	.byte	0x1c
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -52
	.uleb128 0x1
	.string	"r"
	.byte	0x35
	.byte	0xe
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x1
	.string	"n"
	.byte	0x36
	.byte	0xb
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0xd
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x1
	.string	"l"
	.byte	0x37
	.byte	0x10
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	.LASF16
	.byte	0x1
	.byte	0x2b
	.byte	0x5
	.long	0x143
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x8
	.long	.LASF8
	.byte	0x19
	.byte	0x5
	.long	0x143
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x178
	.uleb128 0x1
	.string	"r"
	.byte	0x1b
	.byte	0xe
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0xa
	.long	.LASF11
	.byte	0x11
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x1af
	.uleb128 0x2
	.string	"idx"
	.byte	0x11
	.byte	0x24
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.string	"v"
	.byte	0x11
	.byte	0x3c
	.long	0x1af
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.long	.LASF10
	.uleb128 0x10
	.long	.LASF17
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.long	0x1af
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x201
	.uleb128 0x2
	.string	"idx"
	.byte	0xa
	.byte	0x32
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"lo"
	.byte	0xc
	.byte	0xb
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"hi"
	.byte	0xc
	.byte	0xf
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xa
	.long	.LASF12
	.byte	0x4
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x246
	.uleb128 0x9
	.long	.LASF13
	.byte	0x4
	.byte	0x23
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -28
	.uleb128 0x2
	.string	"sub"
	.byte	0x4
	.byte	0x32
	.long	0x60
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x2
	.string	"r"
	.byte	0x4
	.byte	0x44
	.long	0x246
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x11
	.byte	0x8
	.long	0x2e
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x34
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
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
	.sleb128 20
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
.LASF5:
	.string	"vendor"
.LASF2:
	.string	"unsigned int"
.LASF16:
	.string	"enable_avx"
.LASF7:
	.string	"max_leaf"
.LASF3:
	.string	"long unsigned int"
.LASF10:
	.string	"long long unsigned int"
.LASF12:
	.string	"cpuid"
.LASF9:
	.string	"base"
.LASF14:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF6:
	.string	"features"
.LASF4:
	.string	"char"
.LASF15:
	.string	"regs"
.LASF13:
	.string	"leaf"
.LASF8:
	.string	"detect"
.LASF17:
	.string	"xgetbv"
.LASF11:
	.string	"xsetbv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"cpuid.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
