	.file	"desc.c"
	.text
.Ltext0:
	.file 0 "." "desc.c"
	.globl	gdt
	.bss
	.align 32
	.type	gdt, @object
	.size	gdt, 64
gdt:
	.zero	64
	.globl	idt
	.align 32
	.type	idt, @object
	.size	idt, 4096
idt:
	.zero	4096
	.local	saved
	.comm	saved,10,8
	.text
	.globl	load_gdt
	.type	load_gdt, @function
load_gdt:
.LFB0:
	.file 1 "desc.c"
	.loc 1 9 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 10 13
	movw	$63, -10(%rbp)
	.loc 1 10 36
	leaq	gdt(%rip), %rax
	.loc 1 10 13
	movq	%rax, -8(%rbp)
	.loc 1 11 2
#APP
# 11 "desc.c" 1
	lgdt -10(%rbp)
# 0 "" 2
	.loc 1 12 2
#NO_APP
	movl	$16, %eax
#APP
# 12 "desc.c" 1
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
# 0 "" 2
	.loc 1 13 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	load_gdt, .-load_gdt
	.globl	load_idt
	.type	load_idt, @function
load_idt:
.LFB1:
	.loc 1 16 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 17 13
	movw	$4095, -10(%rbp)
	.loc 1 17 36
	leaq	idt(%rip), %rax
	.loc 1 17 13
	movq	%rax, -8(%rbp)
	.loc 1 18 2
#APP
# 18 "desc.c" 1
	lidt -10(%rbp)
# 0 "" 2
	.loc 1 19 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	load_idt, .-load_idt
	.globl	save_tables
	.type	save_tables, @function
save_tables:
.LFB2:
	.loc 1 22 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 23 2
	movq	-8(%rbp), %rax
#APP
# 23 "desc.c" 1
	sgdt (%rax)
# 0 "" 2
	.loc 1 24 2
# 24 "desc.c" 1
	sidt saved(%rip)
# 0 "" 2
	.loc 1 25 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	save_tables, .-save_tables
	.globl	load_tr
	.type	load_tr, @function
load_tr:
.LFB3:
	.loc 1 28 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	.loc 1 29 2
#APP
# 29 "desc.c" 1
	ltr -4(%rbp)
# 0 "" 2
	.loc 1 30 2
#NO_APP
	movl	$0, %eax
#APP
# 30 "desc.c" 1
	lldt %ax
# 0 "" 2
	.loc 1 31 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	load_tr, .-load_tr
	.globl	cur_tr
	.type	cur_tr, @function
cur_tr:
.LFB4:
	.loc 1 34 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 36 2
#APP
# 36 "desc.c" 1
	str %ax
# 0 "" 2
#NO_APP
	movw	%ax, -2(%rbp)
	.loc 1 37 9
	movzwl	-2(%rbp), %eax
	.loc 1 38 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	cur_tr, .-cur_tr
	.globl	read_fs
	.type	read_fs, @function
read_fs:
.LFB5:
	.loc 1 41 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 43 2
#APP
# 43 "desc.c" 1
	mov %fs, %ax
# 0 "" 2
#NO_APP
	movw	%ax, -2(%rbp)
	.loc 1 44 9
	movzwl	-2(%rbp), %eax
	.loc 1 45 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	read_fs, .-read_fs
	.globl	fs_roundtrip
	.type	fs_roundtrip, @function
fs_roundtrip:
.LFB6:
	.loc 1 48 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 49 2
#APP
# 49 "desc.c" 1
	push %fs; pop %fs
# 0 "" 2
	.loc 1 50 2
# 50 "desc.c" 1
	pushq %gs
	popq %gs
# 0 "" 2
	.loc 1 51 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	fs_roundtrip, .-fs_roundtrip
	.globl	seg_ok
	.type	seg_ok, @function
seg_ok:
.LFB7:
	.loc 1 54 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	.loc 1 55 15
	movl	$0, -4(%rbp)
	.loc 1 56 16
	movq	$0, -16(%rbp)
	.loc 1 57 47
	movzwl	-20(%rbp), %eax
	movzwl	%ax, %eax
	.loc 1 57 2
#APP
# 57 "desc.c" 1
	lsl %eax, %eax
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	.loc 1 58 45
	movzwl	-20(%rbp), %eax
	movzwl	%ax, %eax
	.loc 1 58 2
#APP
# 58 "desc.c" 1
	lar %rax, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -16(%rbp)
	.loc 1 59 2
#APP
# 59 "desc.c" 1
	verr -20(%rbp); jz .L11
# 0 "" 2
	.loc 1 60 20
#NO_APP
	movq	-16(%rbp), %rax
	movl	%eax, %edx
	.loc 1 60 9
	movl	-4(%rbp), %eax
	.loc 1 60 18
	addl	%edx, %eax
	jmp	.L12
.L11:
	.loc 1 62 9
	movl	$-1, %eax
.L12:
	.loc 1 63 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	seg_ok, .-seg_ok
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x242
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x9
	.long	.LASF14
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.string	"dtr"
	.byte	0xa
	.byte	0x1
	.byte	0x2
	.byte	0x8
	.long	0x52
	.uleb128 0x6
	.long	.LASF2
	.byte	0x1d
	.long	0x52
	.byte	0
	.uleb128 0x6
	.long	.LASF3
	.byte	0x32
	.long	0x58
	.byte	0x2
	.byte	0
	.uleb128 0x2
	.byte	0x2
	.long	.LASF4
	.uleb128 0x2
	.byte	0x8
	.long	.LASF5
	.uleb128 0x7
	.long	0x58
	.long	0x6e
	.uleb128 0xb
	.long	0x58
	.byte	0x7
	.byte	0
	.uleb128 0x8
	.string	"gdt"
	.byte	0x4
	.long	0x5e
	.uleb128 0x9
	.byte	0x3
	.quad	gdt
	.uleb128 0x7
	.long	0x58
	.long	0x93
	.uleb128 0xc
	.long	0x58
	.value	0x1ff
	.byte	0
	.uleb128 0x8
	.string	"idt"
	.byte	0x5
	.long	0x82
	.uleb128 0x9
	.byte	0x3
	.quad	idt
	.uleb128 0xd
	.long	.LASF6
	.byte	0x1
	.byte	0x6
	.byte	0x13
	.long	0x2e
	.uleb128 0x9
	.byte	0x3
	.quad	saved
	.uleb128 0x3
	.long	.LASF8
	.byte	0x35
	.byte	0x5
	.long	0x118
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x118
	.uleb128 0x4
	.string	"sel"
	.byte	0x35
	.byte	0x1b
	.long	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x1
	.string	"lim"
	.byte	0x37
	.byte	0xf
	.long	0x11f
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0x1
	.string	"ar"
	.byte	0x38
	.byte	0x10
	.long	0x58
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0xe
	.string	"bad"
	.byte	0x1
	.byte	0x3d
	.byte	0x1
	.quad	.L11
	.byte	0
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x4
	.long	.LASF7
	.uleb128 0x10
	.long	.LASF15
	.byte	0x1
	.byte	0x2f
	.byte	0x6
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.long	.LASF9
	.byte	0x28
	.byte	0x10
	.long	0x52
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x16d
	.uleb128 0x1
	.string	"s"
	.byte	0x2a
	.byte	0x11
	.long	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
	.byte	0
	.uleb128 0x3
	.long	.LASF10
	.byte	0x21
	.byte	0x10
	.long	0x52
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x19b
	.uleb128 0x1
	.string	"t"
	.byte	0x23
	.byte	0x11
	.long	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
	.byte	0
	.uleb128 0x5
	.long	.LASF11
	.byte	0x1b
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x1c6
	.uleb128 0x4
	.string	"sel"
	.byte	0x1b
	.byte	0x1d
	.long	0x52
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x5
	.long	.LASF12
	.byte	0x15
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x1ef
	.uleb128 0x4
	.string	"g"
	.byte	0x15
	.byte	0x1e
	.long	0x1ef
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x11
	.byte	0x8
	.long	0x2e
	.uleb128 0x5
	.long	.LASF13
	.byte	0xf
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x21e
	.uleb128 0x1
	.string	"d"
	.byte	0x11
	.byte	0xd
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -26
	.byte	0
	.uleb128 0x12
	.long	.LASF16
	.byte	0x1
	.byte	0x8
	.byte	0x6
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.string	"d"
	.byte	0xa
	.byte	0xd
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -26
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
	.uleb128 0x4
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
	.uleb128 0x5
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x21
	.sleb128 15
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0xb
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0xa
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x11
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
.LASF7:
	.string	"unsigned int"
.LASF16:
	.string	"load_gdt"
.LASF15:
	.string	"fs_roundtrip"
.LASF10:
	.string	"cur_tr"
.LASF5:
	.string	"long unsigned int"
.LASF2:
	.string	"limit"
.LASF3:
	.string	"base"
.LASF14:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF13:
	.string	"load_idt"
.LASF11:
	.string	"load_tr"
.LASF9:
	.string	"read_fs"
.LASF8:
	.string	"seg_ok"
.LASF4:
	.string	"short unsigned int"
.LASF12:
	.string	"save_tables"
.LASF6:
	.string	"saved"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"desc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
