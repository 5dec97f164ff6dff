	.file	"swapgs.c"
	.text
.Ltext0:
	.file 0 "." "swapgs.c"
	.p2align 4
	.globl	this_cpu
	.type	this_cpu, @function
this_cpu:
.LFB7:
	.file 1 "swapgs.c"
	.loc 1 15 1 view -0
	.cfi_startproc
	.loc 1 16 2 view .LVU1
	.loc 1 17 2 view .LVU2
#APP
# 17 "swapgs.c" 1
	movl %gs:8, %eax
# 0 "" 2
.LVL0:
	.loc 1 18 2 view .LVU3
	.loc 1 19 1 is_stmt 0 view .LVU4
#NO_APP
	ret
	.cfi_endproc
.LFE7:
	.size	this_cpu, .-this_cpu
	.p2align 4
	.globl	user_gs
	.type	user_gs, @function
user_gs:
.LFB8:
	.loc 1 22 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 23 2 view .LVU6
.LBB18:
.LBI18:
	.loc 1 4 20 view .LVU7
.LBB19:
	.loc 1 4 35 view .LVU8
#APP
# 4 "swapgs.c" 1
	swapgs
# 0 "" 2
#NO_APP
.LBE19:
.LBE18:
	.loc 1 24 2 view .LVU9
.LBB20:
.LBI20:
	.loc 1 5 21 view .LVU10
.LBB21:
	.loc 1 5 38 view .LVU11
	.loc 1 5 47 view .LVU12
#APP
# 5 "swapgs.c" 1
	rdgsbase %rax
# 0 "" 2
.LVL1:
	.loc 1 5 86 view .LVU13
	.loc 1 5 86 is_stmt 0 view .LVU14
#NO_APP
.LBE21:
.LBE20:
	.loc 1 25 2 is_stmt 1 view .LVU15
.LBB22:
.LBI22:
	.loc 1 4 20 view .LVU16
.LBB23:
	.loc 1 4 35 view .LVU17
#APP
# 4 "swapgs.c" 1
	swapgs
# 0 "" 2
#NO_APP
.LBE23:
.LBE22:
	.loc 1 26 2 view .LVU18
	.loc 1 27 1 is_stmt 0 view .LVU19
	ret
	.cfi_endproc
.LFE8:
	.size	user_gs, .-user_gs
	.p2align 4
	.globl	set_tls
	.type	set_tls, @function
set_tls:
.LVL2:
.LFB9:
	.loc 1 30 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 31 2 view .LVU21
.LBB24:
.LBI24:
	.loc 1 7 21 view .LVU22
.LBB25:
	.loc 1 7 38 view .LVU23
	.loc 1 7 47 view .LVU24
#APP
# 7 "swapgs.c" 1
	rdfsbase %rax
# 0 "" 2
.LVL3:
	.loc 1 7 86 view .LVU25
	.loc 1 7 86 is_stmt 0 view .LVU26
#NO_APP
.LBE25:
.LBE24:
	.loc 1 31 5 view .LVU27
	cmpq	%rax, %rdi
	je	.L5
	.loc 1 32 3 is_stmt 1 view .LVU28
.LVL4:
.LBB26:
.LBI26:
	.loc 1 8 20 view .LVU29
.LBB27:
	.loc 1 8 40 view .LVU30
#APP
# 8 "swapgs.c" 1
	wrfsbase %rdi
# 0 "" 2
.LVL5:
#NO_APP
.L5:
	.loc 1 8 40 is_stmt 0 view .LVU31
.LBE27:
.LBE26:
	.loc 1 33 2 is_stmt 1 view .LVU32
.LBB28:
.LBI28:
	.loc 1 6 20 view .LVU33
.LBB29:
	.loc 1 6 40 view .LVU34
#APP
# 6 "swapgs.c" 1
	wrgsbase %rsi
# 0 "" 2
.LVL6:
	.loc 1 6 40 is_stmt 0 view .LVU35
#NO_APP
.LBE29:
.LBE28:
	.loc 1 34 1 view .LVU36
	ret
	.cfi_endproc
.LFE9:
	.size	set_tls, .-set_tls
	.p2align 4
	.globl	copy_from_user
	.type	copy_from_user, @function
copy_from_user:
.LVL7:
.LFB10:
	.loc 1 37 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 38 2 view .LVU38
.LBB30:
.LBI30:
	.loc 1 9 20 view .LVU39
.LBB31:
	.loc 1 9 33 view .LVU40
.LBE31:
.LBE30:
	.loc 1 37 1 is_stmt 0 view .LVU41
	movq	%rdx, %rcx
.LBB33:
.LBB32:
	.loc 1 9 33 view .LVU42
#APP
# 9 "swapgs.c" 1
	stac
# 0 "" 2
#NO_APP
.LBE32:
.LBE33:
	.loc 1 39 2 is_stmt 1 view .LVU43
#APP
# 39 "swapgs.c" 1
	rep movsb
# 0 "" 2
.LVL8:
	.loc 1 40 2 view .LVU44
#NO_APP
.LBB34:
.LBI34:
	.loc 1 10 20 view .LVU45
.LBB35:
	.loc 1 10 33 view .LVU46
#APP
# 10 "swapgs.c" 1
	clac
# 0 "" 2
#NO_APP
.LBE35:
.LBE34:
	.loc 1 41 2 view .LVU47
	.loc 1 42 1 is_stmt 0 view .LVU48
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE10:
	.size	copy_from_user, .-copy_from_user
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2e1
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xf
	.long	.LASF14
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x10
	.long	.LASF15
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0x6
	.byte	0x7
	.long	.LASF2
	.uleb128 0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.long	.LASF4
	.byte	0x24
	.byte	0x6
	.long	0xd1
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0xd1
	.uleb128 0x2
	.string	"dst"
	.byte	0x1b
	.long	0xd7
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x2
	.string	"src"
	.byte	0x2c
	.long	0xd9
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x2
	.string	"n"
	.byte	0x37
	.long	0x2e
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x12
	.long	0x284
	.quad	.LBI30
	.byte	.LVU39
	.long	.LLRL9
	.byte	0x1
	.byte	0x26
	.byte	0x2
	.uleb128 0x3
	.long	0x27e
	.quad	.LBI34
	.byte	.LVU45
	.quad	.LBB34
	.quad	.LBE34-.LBB34
	.byte	0x28
	.byte	0
	.uleb128 0x6
	.byte	0x5
	.long	.LASF3
	.uleb128 0x13
	.byte	0x8
	.uleb128 0x14
	.byte	0x8
	.long	0xdf
	.uleb128 0x15
	.uleb128 0x16
	.long	.LASF16
	.byte	0x1
	.byte	0x1d
	.byte	0x6
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x1a8
	.uleb128 0x7
	.string	"fs"
	.byte	0x14
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x7
	.string	"gs"
	.byte	0x1e
	.long	0x2e
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.long	0x29d
	.quad	.LBI24
	.byte	.LVU22
	.quad	.LBB24
	.quad	.LBE24-.LBB24
	.byte	0x1f
	.byte	0x6
	.long	0x146
	.uleb128 0x8
	.long	0x2ab
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x4
	.long	0x28a
	.quad	.LBI26
	.byte	.LVU29
	.quad	.LBB26
	.quad	.LBE26-.LBB26
	.byte	0x20
	.byte	0x3
	.long	0x178
	.uleb128 0x9
	.long	0x294
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.uleb128 0x17
	.long	0x2b4
	.quad	.LBI28
	.byte	.LVU33
	.quad	.LBB28
	.quad	.LBE28-.LBB28
	.byte	0x1
	.byte	0x21
	.byte	0x2
	.uleb128 0x9
	.long	0x2be
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF5
	.byte	0x15
	.byte	0x7
	.long	0x2e
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x24b
	.uleb128 0xa
	.string	"v"
	.byte	0x18
	.byte	0x8
	.long	0x2e
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x3
	.long	0x2de
	.quad	.LBI18
	.byte	.LVU7
	.quad	.LBB18
	.quad	.LBE18-.LBB18
	.byte	0x17
	.uleb128 0x4
	.long	0x2c7
	.quad	.LBI20
	.byte	.LVU10
	.quad	.LBB20
	.quad	.LBE20-.LBB20
	.byte	0x18
	.byte	0xc
	.long	0x22b
	.uleb128 0x8
	.long	0x2d5
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.uleb128 0x3
	.long	0x2de
	.quad	.LBI22
	.byte	.LVU16
	.quad	.LBB22
	.quad	.LBE22-.LBB22
	.byte	0x19
	.byte	0
	.uleb128 0x1
	.long	.LASF6
	.byte	0xe
	.byte	0x5
	.long	0x40
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x27e
	.uleb128 0xa
	.string	"c"
	.byte	0x10
	.byte	0x6
	.long	0x40
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x5
	.long	.LASF7
	.byte	0xa
	.uleb128 0x5
	.long	.LASF8
	.byte	0x9
	.uleb128 0xb
	.long	.LASF9
	.byte	0x8
	.long	0x29d
	.uleb128 0xc
	.string	"v"
	.byte	0x8
	.long	0x2e
	.byte	0
	.uleb128 0xd
	.long	.LASF11
	.byte	0x7
	.long	0x2e
	.long	0x2b4
	.uleb128 0xe
	.string	"v"
	.byte	0x7
	.long	0x2e
	.byte	0
	.uleb128 0xb
	.long	.LASF10
	.byte	0x6
	.long	0x2c7
	.uleb128 0xc
	.string	"v"
	.byte	0x6
	.long	0x2e
	.byte	0
	.uleb128 0xd
	.long	.LASF12
	.byte	0x5
	.long	0x2e
	.long	0x2de
	.uleb128 0xe
	.string	"v"
	.byte	0x5
	.long	0x2e
	.byte	0
	.uleb128 0x5
	.long	.LASF13
	.byte	0x4
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 36
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
	.uleb128 0x3
	.uleb128 0x1d
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 2
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 3
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 29
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 35
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
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 21
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.sleb128 44
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x1d
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
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
.LVUS6:
	.uleb128 0
	.uleb128 .LVU44
.LLST6:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU44
.LLST7:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE10-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS3:
	.uleb128 .LVU25
	.uleb128 .LVU26
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU29
	.uleb128 .LVU31
.LLST4:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS5:
	.uleb128 .LVU33
	.uleb128 .LVU35
.LLST5:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS1:
	.uleb128 .LVU14
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE8-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS2:
	.uleb128 .LVU13
	.uleb128 .LVU14
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 .LVU3
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LFE7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.Ldebug_loc3:
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF11:
	.string	"rdfsbase"
.LASF14:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF12:
	.string	"rdgsbase"
.LASF2:
	.string	"long unsigned int"
.LASF5:
	.string	"user_gs"
.LASF6:
	.string	"this_cpu"
.LASF13:
	.string	"swapgs"
.LASF4:
	.string	"copy_from_user"
.LASF8:
	.string	"stac"
.LASF3:
	.string	"long int"
.LASF9:
	.string	"wrfsbase"
.LASF7:
	.string	"clac"
.LASF15:
	.string	"ulong"
.LASF10:
	.string	"wrgsbase"
.LASF16:
	.string	"set_tls"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"swapgs.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
