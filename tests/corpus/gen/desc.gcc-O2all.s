	.file	"desc.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "desc.c"
	.section	.text.load_gdt,"ax",@progbits
	.p2align 4
	.globl	load_gdt
	.type	load_gdt, @function
load_gdt:
.LFB0:
	.file 1 "desc.c"
	.loc 1 9 1 view -0
	.cfi_startproc
	.loc 1 10 2 view .LVU1
	.loc 1 10 13 is_stmt 0 view .LVU2
	movl	$63, %eax
	movw	%ax, -10(%rsp)
	movq	gdt@GOTPCREL(%rip), %rax
	movq	%rax, -8(%rsp)
	.loc 1 11 2 is_stmt 1 view .LVU3
#APP
# 11 "desc.c" 1
	lgdt -10(%rsp)
# 0 "" 2
	.loc 1 12 2 view .LVU4
#NO_APP
	movl	$16, %eax
#APP
# 12 "desc.c" 1
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
# 0 "" 2
	.loc 1 13 1 is_stmt 0 view .LVU5
#NO_APP
	ret
	.cfi_endproc
.LFE0:
	.size	load_gdt, .-load_gdt
	.section	.text.load_idt,"ax",@progbits
	.p2align 4
	.globl	load_idt
	.type	load_idt, @function
load_idt:
.LFB1:
	.loc 1 16 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 17 2 view .LVU7
	.loc 1 17 13 is_stmt 0 view .LVU8
	movl	$4095, %eax
	movw	%ax, -10(%rsp)
	movq	idt@GOTPCREL(%rip), %rax
	movq	%rax, -8(%rsp)
	.loc 1 18 2 is_stmt 1 view .LVU9
#APP
# 18 "desc.c" 1
	lidt -10(%rsp)
# 0 "" 2
	.loc 1 19 1 is_stmt 0 view .LVU10
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	load_idt, .-load_idt
	.section	.text.save_tables,"ax",@progbits
	.p2align 4
	.globl	save_tables
	.type	save_tables, @function
save_tables:
.LVL0:
.LFB2:
	.loc 1 22 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 23 2 view .LVU12
#APP
# 23 "desc.c" 1
	sgdt (%rdi)
# 0 "" 2
	.loc 1 24 2 view .LVU13
# 24 "desc.c" 1
	sidt saved(%rip)
# 0 "" 2
	.loc 1 25 1 is_stmt 0 view .LVU14
#NO_APP
	ret
	.cfi_endproc
.LFE2:
	.size	save_tables, .-save_tables
	.section	.text.load_tr,"ax",@progbits
	.p2align 4
	.globl	load_tr
	.type	load_tr, @function
load_tr:
.LVL1:
.LFB3:
	.loc 1 28 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 2 view .LVU16
#APP
# 29 "desc.c" 1
	ltr %di
# 0 "" 2
	.loc 1 30 2 view .LVU17
#NO_APP
	xorl	%eax, %eax
#APP
# 30 "desc.c" 1
	lldt %ax
# 0 "" 2
	.loc 1 31 1 is_stmt 0 view .LVU18
#NO_APP
	ret
	.cfi_endproc
.LFE3:
	.size	load_tr, .-load_tr
	.section	.text.cur_tr,"ax",@progbits
	.p2align 4
	.globl	cur_tr
	.type	cur_tr, @function
cur_tr:
.LFB4:
	.loc 1 34 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 35 2 view .LVU20
	.loc 1 36 2 view .LVU21
#APP
# 36 "desc.c" 1
	str %ax
# 0 "" 2
.LVL2:
	.loc 1 37 2 view .LVU22
	.loc 1 38 1 is_stmt 0 view .LVU23
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	cur_tr, .-cur_tr
	.section	.text.read_fs,"ax",@progbits
	.p2align 4
	.globl	read_fs
	.type	read_fs, @function
read_fs:
.LFB5:
	.loc 1 41 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 42 2 view .LVU25
	.loc 1 43 2 view .LVU26
#APP
# 43 "desc.c" 1
	mov %fs, %ax
# 0 "" 2
.LVL3:
	.loc 1 44 2 view .LVU27
	.loc 1 45 1 is_stmt 0 view .LVU28
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	read_fs, .-read_fs
	.section	.text.fs_roundtrip,"ax",@progbits
	.p2align 4
	.globl	fs_roundtrip
	.type	fs_roundtrip, @function
fs_roundtrip:
.LFB6:
	.loc 1 48 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 49 2 view .LVU30
#APP
# 49 "desc.c" 1
	push %fs; pop %fs
# 0 "" 2
	.loc 1 50 2 view .LVU31
# 50 "desc.c" 1
	pushq %gs
	popq %gs
# 0 "" 2
	.loc 1 51 1 is_stmt 0 view .LVU32
#NO_APP
	ret
	.cfi_endproc
.LFE6:
	.size	fs_roundtrip, .-fs_roundtrip
	.section	.text.seg_ok,"ax",@progbits
	.p2align 4
	.globl	seg_ok
	.type	seg_ok, @function
seg_ok:
.LVL4:
.LFB7:
	.loc 1 54 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 55 2 view .LVU34
	.loc 1 56 2 view .LVU35
	.loc 1 57 2 view .LVU36
	.loc 1 54 1 is_stmt 0 view .LVU37
	movw	%di, -4(%rsp)
	.loc 1 57 47 view .LVU38
	movzwl	%di, %eax
	.loc 1 57 2 view .LVU39
#APP
# 57 "desc.c" 1
	lsl %eax, %eax
# 0 "" 2
.LVL5:
	.loc 1 58 2 is_stmt 1 view .LVU40
	.loc 1 58 45 is_stmt 0 view .LVU41
#NO_APP
	movzwl	%di, %edi
.LVL6:
	.loc 1 58 2 view .LVU42
#APP
# 58 "desc.c" 1
	lar %rdi, %rdi
# 0 "" 2
.LVL7:
	.loc 1 59 2 is_stmt 1 view .LVU43
# 59 "desc.c" 1
	verr -4(%rsp); jz .L11
# 0 "" 2
	.loc 1 60 2 view .LVU44
	.loc 1 60 18 is_stmt 0 view .LVU45
#NO_APP
	addl	%edi, %eax
.LVL8:
	.loc 1 60 18 view .LVU46
	ret
.LVL9:
	.p2align 4,,10
	.p2align 3
.L11:
.L10:
	.loc 1 62 9 view .LVU47
	movl	$-1, %eax
.LVL10:
	.loc 1 63 1 view .LVU48
	ret
	.cfi_endproc
.LFE7:
	.size	seg_ok, .-seg_ok
	.local	saved
	.comm	saved,10,8
	.globl	idt
	.bss
	.align 32
	.type	idt, @object
	.size	idt, 4096
idt:
	.zero	4096
	.globl	gdt
	.align 32
	.type	gdt, @object
	.size	gdt, 64
gdt:
	.zero	64
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x254
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xa
	.long	.LASF14
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL5
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0xb
	.string	"dtr"
	.byte	0xa
	.byte	0x1
	.byte	0x2
	.byte	0x8
	.long	0x4e
	.uleb128 0x5
	.long	.LASF2
	.byte	0x1d
	.long	0x4e
	.byte	0
	.uleb128 0x5
	.long	.LASF3
	.byte	0x32
	.long	0x54
	.byte	0x2
	.byte	0
	.uleb128 0x2
	.byte	0x2
	.long	.LASF4
	.uleb128 0x2
	.byte	0x8
	.long	.LASF5
	.uleb128 0x6
	.long	0x54
	.long	0x6a
	.uleb128 0xc
	.long	0x54
	.byte	0x7
	.byte	0
	.uleb128 0x7
	.string	"gdt"
	.byte	0x4
	.long	0x5a
	.uleb128 0x9
	.byte	0x3
	.quad	gdt
	.uleb128 0x6
	.long	0x54
	.long	0x8f
	.uleb128 0xd
	.long	0x54
	.value	0x1ff
	.byte	0
	.uleb128 0x7
	.string	"idt"
	.byte	0x5
	.long	0x7e
	.uleb128 0x9
	.byte	0x3
	.quad	idt
	.uleb128 0xe
	.long	.LASF13
	.byte	0x1
	.byte	0x6
	.byte	0x13
	.long	0x2a
	.uleb128 0x9
	.byte	0x3
	.quad	saved
	.uleb128 0x3
	.long	.LASF7
	.byte	0x35
	.byte	0x5
	.long	0x124
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x124
	.uleb128 0xf
	.string	"sel"
	.byte	0x1
	.byte	0x35
	.byte	0x1b
	.long	0x4e
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x1
	.string	"lim"
	.byte	0x37
	.byte	0xf
	.long	0x12b
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.string	"ar"
	.byte	0x38
	.byte	0x10
	.long	0x54
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x10
	.string	"bad"
	.byte	0x1
	.byte	0x3d
	.byte	0x1
	.quad	.L10
	.byte	0
	.uleb128 0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x2
	.byte	0x4
	.long	.LASF6
	.uleb128 0x12
	.long	.LASF15
	.byte	0x1
	.byte	0x2f
	.byte	0x6
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x3
	.long	.LASF8
	.byte	0x28
	.byte	0x10
	.long	0x4e
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x17e
	.uleb128 0x1
	.string	"s"
	.byte	0x2a
	.byte	0x11
	.long	0x4e
	.long	.LLST1
	.long	.LVUS1
	.byte	0
	.uleb128 0x3
	.long	.LASF9
	.byte	0x21
	.byte	0x10
	.long	0x4e
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b1
	.uleb128 0x1
	.string	"t"
	.byte	0x23
	.byte	0x11
	.long	0x4e
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x4
	.long	.LASF10
	.byte	0x1b
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x1db
	.uleb128 0x8
	.string	"sel"
	.byte	0x1b
	.byte	0x1d
	.long	0x4e
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x4
	.long	.LASF11
	.byte	0x15
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x203
	.uleb128 0x8
	.string	"g"
	.byte	0x15
	.byte	0x1e
	.long	0x203
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x13
	.byte	0x8
	.long	0x2a
	.uleb128 0x4
	.long	.LASF12
	.byte	0xf
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x231
	.uleb128 0x9
	.string	"d"
	.byte	0x11
	.long	0x2a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
	.byte	0
	.uleb128 0x14
	.long	.LASF16
	.byte	0x1
	.byte	0x8
	.byte	0x6
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x9
	.string	"d"
	.byte	0xa
	.long	0x2a
	.uleb128 0x2
	.byte	0x91
	.sleb128 -18
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x5
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
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.sleb128 13
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x5
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS2:
	.uleb128 0
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 0
.LLST2:
	.byte	0x6
	.quad	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.LVL4
	.uleb128 .LFE7-.LVL4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -12
	.byte	0
.LVUS3:
	.uleb128 .LVU35
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU46
	.uleb128 .LVU47
	.uleb128 .LVU48
.LLST3:
	.byte	0x6
	.quad	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL8-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL9-.LVL4
	.uleb128 .LVL10-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU36
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 0
.LLST4:
	.byte	0x6
	.quad	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL7-.LVL4
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.LVL4
	.uleb128 .LFE7-.LVL4
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS1:
	.uleb128 .LVU27
	.uleb128 0
.LLST1:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LFE5-.LVL3
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 .LVU22
	.uleb128 0
.LLST0:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LFE4-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x9c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.quad	0
	.quad	0
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL5:
	.byte	0x7
	.quad	.LFB0
	.uleb128 .LFE0-.LFB0
	.byte	0x7
	.quad	.LFB1
	.uleb128 .LFE1-.LFB1
	.byte	0x7
	.quad	.LFB2
	.uleb128 .LFE2-.LFB2
	.byte	0x7
	.quad	.LFB3
	.uleb128 .LFE3-.LFB3
	.byte	0x7
	.quad	.LFB4
	.uleb128 .LFE4-.LFB4
	.byte	0x7
	.quad	.LFB5
	.uleb128 .LFE5-.LFB5
	.byte	0x7
	.quad	.LFB6
	.uleb128 .LFE6-.LFB6
	.byte	0x7
	.quad	.LFB7
	.uleb128 .LFE7-.LFB7
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"unsigned int"
.LASF16:
	.string	"load_gdt"
.LASF15:
	.string	"fs_roundtrip"
.LASF9:
	.string	"cur_tr"
.LASF5:
	.string	"long unsigned int"
.LASF2:
	.string	"limit"
.LASF3:
	.string	"base"
.LASF13:
	.string	"saved"
.LASF12:
	.string	"load_idt"
.LASF10:
	.string	"load_tr"
.LASF8:
	.string	"read_fs"
.LASF7:
	.string	"seg_ok"
.LASF4:
	.string	"short unsigned int"
.LASF11:
	.string	"save_tables"
.LASF14:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"desc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
