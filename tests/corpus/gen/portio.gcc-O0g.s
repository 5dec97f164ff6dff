	.file	"portio.c"
	.text
.Ltext0:
	.file 0 "." "portio.c"
	.type	inb, @function
inb:
.LFB0:
	.file 1 "portio.c"
	.loc 1 3 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	.loc 1 5 2
	movzwl	-20(%rbp), %eax
	movl	%eax, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movb	%al, -1(%rbp)
	.loc 1 6 9
	movzbl	-1(%rbp), %eax
	.loc 1 7 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	inb, .-inb
	.type	outb, @function
outb:
.LFB1:
	.loc 1 10 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movb	%dl, -4(%rbp)
	movw	%ax, -8(%rbp)
	.loc 1 11 2
	movzbl	-4(%rbp), %eax
	movzwl	-8(%rbp), %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
	.loc 1 12 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	outb, .-outb
	.type	inl, @function
inl:
.LFB2:
	.loc 1 15 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	.loc 1 17 2
	movzwl	-20(%rbp), %eax
	movl	%eax, %edx
#APP
# 17 "portio.c" 1
	inl %dx, %eax
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	.loc 1 18 9
	movl	-4(%rbp), %eax
	.loc 1 19 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	inl, .-inl
	.type	outw, @function
outw:
.LFB3:
	.loc 1 22 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movw	%dx, -4(%rbp)
	movw	%ax, -8(%rbp)
	.loc 1 23 2
	movzwl	-4(%rbp), %eax
	movzwl	-8(%rbp), %edx
#APP
# 23 "portio.c" 1
	outw %ax, %dx
# 0 "" 2
	.loc 1 24 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	outw, .-outw
	.type	insb, @function
insb:
.LFB4:
	.loc 1 27 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movw	%ax, -4(%rbp)
	.loc 1 28 2
	movzwl	-4(%rbp), %edx
	movq	-16(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rsi, %rdi
	movq	%rax, %rcx
#APP
# 28 "portio.c" 1
	rep insb
# 0 "" 2
#NO_APP
	movq	%rcx, %rax
	movq	%rdi, %rsi
	movq	%rsi, -16(%rbp)
	movq	%rax, -24(%rbp)
	.loc 1 29 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	insb, .-insb
	.type	outsw, @function
outsw:
.LFB5:
	.loc 1 32 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movw	%ax, -4(%rbp)
	.loc 1 33 2
	movzwl	-4(%rbp), %edx
	movq	-16(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rcx
#APP
# 33 "portio.c" 1
	rep outsw
# 0 "" 2
#NO_APP
	movq	%rcx, %rax
	movq	%rsi, -16(%rbp)
	movq	%rax, -24(%rbp)
	.loc 1 34 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	outsw, .-outsw
	.globl	serial_putc
	.type	serial_putc, @function
serial_putc:
.LFB6:
	.loc 1 39 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	.loc 1 40 8
	nop
.L10:
	.loc 1 40 11 discriminator 1
	movl	$1021, %edi
	call	inb
	.loc 1 40 25 discriminator 1
	movzbl	%al, %eax
	andl	$32, %eax
	.loc 1 40 9 discriminator 1
	testl	%eax, %eax
	je	.L10
	.loc 1 42 7
	movzbl	-4(%rbp), %eax
	.loc 1 42 2
	movzbl	%al, %eax
	movl	$1016, %esi
	movl	%eax, %edi
	call	outb
	.loc 1 43 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	serial_putc, .-serial_putc
	.globl	serial_puts
	.type	serial_puts, @function
serial_puts:
.LFB7:
	.loc 1 46 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	.loc 1 47 8
	jmp	.L12
.L14:
	.loc 1 48 7
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	.loc 1 48 6
	cmpb	$10, %al
	jne	.L13
	.loc 1 49 4
	movl	$13, %edi
	call	serial_putc
.L13:
	.loc 1 50 17
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	.loc 1 50 15
	movzbl	(%rax), %eax
	.loc 1 50 3
	movsbl	%al, %eax
	movl	%eax, %edi
	call	serial_putc
.L12:
	.loc 1 47 9
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L14
	.loc 1 52 1
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	serial_puts, .-serial_puts
	.globl	pic_remap
	.type	pic_remap, @function
pic_remap:
.LFB8:
	.loc 1 55 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, %edx
	movl	%esi, %eax
	movb	%dl, -4(%rbp)
	movb	%al, -8(%rbp)
	.loc 1 56 2
	movl	$32, %esi
	movl	$17, %edi
	call	outb
	.loc 1 57 2
	movl	$128, %esi
	movl	$128, %edi
	call	outb
	.loc 1 58 2
	movl	$160, %esi
	movl	$17, %edi
	call	outb
	.loc 1 59 2
	movzbl	-4(%rbp), %eax
	movl	$33, %esi
	movl	%eax, %edi
	call	outb
	.loc 1 60 2
	movzbl	-8(%rbp), %eax
	movl	$161, %esi
	movl	%eax, %edi
	call	outb
	.loc 1 61 2
	movl	$33, %esi
	movl	$255, %edi
	call	outb
	.loc 1 62 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	pic_remap, .-pic_remap
	.globl	pci_read
	.type	pci_read, @function
pci_read:
.LFB9:
	.loc 1 65 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movl	%edx, -28(%rbp)
	movl	%ecx, -32(%rbp)
	.loc 1 66 40
	movl	-20(%rbp), %eax
	sall	$16, %eax
	movl	%eax, %edx
	.loc 1 66 52
	movl	-24(%rbp), %eax
	sall	$11, %eax
	.loc 1 66 46
	orl	%eax, %edx
	.loc 1 66 63
	movl	-28(%rbp), %eax
	sall	$8, %eax
	.loc 1 66 58
	orl	%eax, %edx
	.loc 1 66 75
	movl	-32(%rbp), %eax
	andl	$252, %eax
	.loc 1 66 68
	orl	%edx, %eax
	.loc 1 66 15
	orl	$-2147483648, %eax
	movl	%eax, -4(%rbp)
	.loc 1 67 2
	movl	-4(%rbp), %eax
	movl	$3320, %edx
#APP
# 67 "portio.c" 1
	outl %eax, %dx
# 0 "" 2
	.loc 1 68 9
#NO_APP
	movl	$3324, %edi
	call	inl
	.loc 1 69 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	pci_read, .-pci_read
	.globl	ide_read
	.type	ide_read, @function
ide_read:
.LFB10:
	.loc 1 72 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 73 2
	movq	-8(%rbp), %rax
	movl	$512, %edx
	movq	%rax, %rsi
	movl	$496, %edi
	call	insb
	.loc 1 74 2
	movq	-16(%rbp), %rax
	movl	$256, %edx
	movq	%rax, %rsi
	movl	$496, %edi
	call	outsw
	.loc 1 75 2
	movl	$502, %esi
	movl	$0, %edi
	call	outw
	.loc 1 76 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	ide_read, .-ide_read
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2f7
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x8
	.long	.LASF17
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x4
	.long	.LASF2
	.byte	0x47
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x67
	.uleb128 0x1
	.string	"buf"
	.byte	0x47
	.byte	0x15
	.long	0x67
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"out"
	.byte	0x47
	.byte	0x20
	.long	0x67
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x9
	.byte	0x8
	.uleb128 0xa
	.long	.LASF18
	.byte	0x1
	.byte	0x40
	.byte	0xe
	.long	0xd2
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0xd2
	.uleb128 0x1
	.string	"bus"
	.byte	0x40
	.byte	0x20
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"dev"
	.byte	0x40
	.byte	0x2e
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"fn"
	.byte	0x40
	.byte	0x3c
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x1
	.string	"off"
	.byte	0x40
	.byte	0x49
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0xb
	.long	.LASF15
	.byte	0x1
	.byte	0x42
	.byte	0xf
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x4
	.long	.LASF3
	.byte	0x36
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x10e
	.uleb128 0x1
	.string	"a"
	.byte	0x36
	.byte	0x1e
	.long	0x10e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"b"
	.byte	0x36
	.byte	0x2f
	.long	0x10e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0x4
	.long	.LASF6
	.byte	0x2d
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x13e
	.uleb128 0x1
	.string	"s"
	.byte	0x2d
	.byte	0x1e
	.long	0x13e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x6
	.long	0x14a
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.long	.LASF7
	.uleb128 0xc
	.long	0x143
	.uleb128 0x4
	.long	.LASF8
	.byte	0x26
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x178
	.uleb128 0x1
	.string	"c"
	.byte	0x26
	.byte	0x17
	.long	0x143
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x5
	.long	.LASF12
	.byte	0x1f
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x1bd
	.uleb128 0x2
	.long	.LASF9
	.byte	0x1f
	.byte	0x29
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"buf"
	.byte	0x1f
	.byte	0x3b
	.long	0x1c4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"n"
	.byte	0x1f
	.byte	0x4e
	.long	0x1ca
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.long	.LASF10
	.uleb128 0x6
	.long	0x1c9
	.uleb128 0xd
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.long	.LASF11
	.uleb128 0x5
	.long	.LASF13
	.byte	0x1a
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x216
	.uleb128 0x2
	.long	.LASF9
	.byte	0x1a
	.byte	0x28
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"buf"
	.byte	0x1a
	.byte	0x34
	.long	0x67
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x1
	.string	"n"
	.byte	0x1a
	.byte	0x47
	.long	0x1ca
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.byte	0
	.uleb128 0x5
	.long	.LASF14
	.byte	0x15
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x24d
	.uleb128 0x1
	.string	"v"
	.byte	0x15
	.byte	0x28
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.long	.LASF9
	.byte	0x15
	.byte	0x3a
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xe
	.string	"inl"
	.byte	0x1
	.byte	0xe
	.byte	0x1c
	.long	0xd2
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x28a
	.uleb128 0x2
	.long	.LASF9
	.byte	0xe
	.byte	0x2f
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x7
	.string	"v"
	.byte	0x10
	.byte	0xf
	.long	0xd2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x5
	.long	.LASF16
	.byte	0x9
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x2c1
	.uleb128 0x1
	.string	"v"
	.byte	0x9
	.byte	0x27
	.long	0x10e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x2
	.long	.LASF9
	.byte	0x9
	.byte	0x39
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xf
	.string	"inb"
	.byte	0x1
	.byte	0x2
	.byte	0x1d
	.long	0x10e
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF9
	.byte	0x2
	.byte	0x30
	.long	0x1bd
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x7
	.string	"v"
	.byte	0x4
	.byte	0x10
	.long	0x10e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -17
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x34
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0xf
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.string	"serial_puts"
.LASF10:
	.string	"short unsigned int"
.LASF3:
	.string	"pic_remap"
.LASF2:
	.string	"ide_read"
.LASF11:
	.string	"long unsigned int"
.LASF16:
	.string	"outb"
.LASF18:
	.string	"pci_read"
.LASF15:
	.string	"addr"
.LASF9:
	.string	"port"
.LASF17:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF5:
	.string	"unsigned char"
.LASF14:
	.string	"outw"
.LASF8:
	.string	"serial_putc"
.LASF12:
	.string	"outsw"
.LASF13:
	.string	"insb"
.LASF4:
	.string	"unsigned int"
.LASF7:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"portio.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
