	.file	"msr.c"
	.text
.Ltext0:
	.file 0 "." "msr.c"
	.p2align 4
	.globl	efer_set_nx
	.type	efer_set_nx, @function
efer_set_nx:
.LFB5:
	.file 1 "msr.c"
	.loc 1 43 1 view -0
	.cfi_startproc
	.loc 1 44 2 view .LVU1
.LVL0:
.LBB22:
.LBI22:
	.loc 1 5 19 view .LVU2
.LBB23:
	.loc 1 7 2 view .LVU3
	.loc 1 8 2 view .LVU4
	movl	$-1073741696, %ecx
#APP
# 8 "msr.c" 1
	rdmsr
# 0 "" 2
.LVL1:
	.loc 1 9 2 view .LVU5
	.loc 1 9 17 is_stmt 0 view .LVU6
#NO_APP
	salq	$32, %rdx
.LVL2:
	.loc 1 9 23 view .LVU7
	movl	%eax, %eax
	.loc 1 9 23 view .LVU8
	orq	%rax, %rdx
.LVL3:
	.loc 1 9 23 view .LVU9
.LBE23:
.LBE22:
	.loc 1 45 2 is_stmt 1 view .LVU10
	.loc 1 45 5 is_stmt 0 view .LVU11
	testb	$8, %ah
	jne	.L1
	.loc 1 46 3 is_stmt 1 view .LVU12
	movq	%rdx, %rax
.LBB24:
.LBB25:
	.loc 1 14 62 is_stmt 0 view .LVU13
	shrq	$32, %rdx
.LVL4:
	.loc 1 14 62 view .LVU14
.LBE25:
.LBE24:
	.loc 1 46 3 view .LVU15
	orb	$8, %ah
.LVL5:
.LBB27:
.LBI24:
	.loc 1 12 20 is_stmt 1 view .LVU16
.LBB26:
	.loc 1 14 2 view .LVU17
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
.LVL6:
#NO_APP
.L1:
	.loc 1 14 2 is_stmt 0 view .LVU18
.LBE26:
.LBE27:
	.loc 1 47 1 view .LVU19
	ret
	.cfi_endproc
.LFE5:
	.size	efer_set_nx, .-efer_set_nx
	.p2align 4
	.globl	set_gs_base
	.type	set_gs_base, @function
set_gs_base:
.LVL7:
.LFB6:
	.loc 1 50 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 51 2 view .LVU21
.LBB28:
.LBI28:
	.loc 1 12 20 view .LVU22
.LBB29:
	.loc 1 14 2 view .LVU23
	.loc 1 14 62 is_stmt 0 view .LVU24
	movq	%rdi, %rdx
.LBE29:
.LBE28:
	.loc 1 50 1 view .LVU25
	movq	%rdi, %rax
.LBB31:
.LBB30:
	.loc 1 14 2 view .LVU26
	movl	$-1073741567, %ecx
	.loc 1 14 62 view .LVU27
	shrq	$32, %rdx
	.loc 1 14 2 view .LVU28
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
.LVL8:
	.loc 1 14 2 view .LVU29
#NO_APP
.LBE30:
.LBE31:
	.loc 1 52 1 view .LVU30
	ret
	.cfi_endproc
.LFE6:
	.size	set_gs_base, .-set_gs_base
	.p2align 4
	.globl	arm_deadline
	.type	arm_deadline, @function
arm_deadline:
.LVL9:
.LFB7:
	.loc 1 55 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 56 2 view .LVU32
.LBB32:
.LBI32:
	.loc 1 17 19 view .LVU33
.LBB33:
	.loc 1 19 2 view .LVU34
	.loc 1 20 2 view .LVU35
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
.LVL10:
	.loc 1 21 2 view .LVU36
	.loc 1 21 17 is_stmt 0 view .LVU37
#NO_APP
	salq	$32, %rdx
	.loc 1 21 23 view .LVU38
	movl	%eax, %eax
.LBE33:
.LBE32:
.LBB35:
.LBB36:
	.loc 1 14 2 view .LVU39
	movl	$1760, %ecx
.LBE36:
.LBE35:
.LBB38:
.LBB34:
	.loc 1 21 23 view .LVU40
	orq	%rax, %rdx
.LBE34:
.LBE38:
	.loc 1 56 2 view .LVU41
	leaq	(%rdx,%rdi), %rax
.LVL11:
.LBB39:
.LBI35:
	.loc 1 12 20 is_stmt 1 view .LVU42
.LBB37:
	.loc 1 14 2 view .LVU43
	.loc 1 14 62 is_stmt 0 view .LVU44
	movq	%rax, %rdx
	shrq	$32, %rdx
	.loc 1 14 2 view .LVU45
#APP
# 14 "msr.c" 1
	wrmsr
# 0 "" 2
.LVL12:
	.loc 1 14 2 view .LVU46
#NO_APP
.LBE37:
.LBE39:
	.loc 1 57 1 view .LVU47
	ret
	.cfi_endproc
.LFE7:
	.size	arm_deadline, .-arm_deadline
	.p2align 4
	.globl	cycles_between
	.type	cycles_between, @function
cycles_between:
.LVL13:
.LFB8:
	.loc 1 60 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 61 2 view .LVU49
	.loc 1 62 2 view .LVU50
.LBB40:
.LBI40:
	.loc 1 24 19 view .LVU51
.LBB41:
	.loc 1 26 2 view .LVU52
	.loc 1 27 2 view .LVU53
#APP
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
.LVL14:
	.loc 1 28 2 view .LVU54
	.loc 1 28 17 is_stmt 0 view .LVU55
#NO_APP
	salq	$32, %rdx
.LVL15:
	.loc 1 28 23 view .LVU56
	movl	%eax, %eax
	.loc 1 28 23 view .LVU57
	movq	%rdx, %rsi
	orq	%rax, %rsi
.LVL16:
	.loc 1 28 23 view .LVU58
.LBE41:
.LBE40:
	.loc 1 63 2 is_stmt 1 view .LVU59
	.p2align 4,,10
	.p2align 3
.L7:
	.loc 1 63 9 discriminator 1 view .LVU60
	.loc 1 63 10 is_stmt 0 discriminator 1 view .LVU61
	movl	(%rdi), %eax
	.loc 1 63 9 discriminator 1 view .LVU62
	testl	%eax, %eax
	je	.L7
	.loc 1 65 2 is_stmt 1 view .LVU63
.LVL17:
.LBB42:
.LBI42:
	.loc 1 31 19 view .LVU64
.LBB43:
	.loc 1 33 2 view .LVU65
	.loc 1 34 2 view .LVU66
	xorl	%ecx, %ecx
#APP
# 34 "msr.c" 1
	rdpmc
# 0 "" 2
.LVL18:
	.loc 1 35 2 view .LVU67
	.loc 1 35 2 is_stmt 0 view .LVU68
#NO_APP
.LBE43:
.LBE42:
.LBB44:
.LBI44:
	.loc 1 24 19 is_stmt 1 view .LVU69
.LBB45:
	.loc 1 26 2 view .LVU70
	.loc 1 27 2 view .LVU71
#APP
# 27 "msr.c" 1
	rdtscp
# 0 "" 2
.LVL19:
	.loc 1 28 2 view .LVU72
	.loc 1 28 17 is_stmt 0 view .LVU73
#NO_APP
	salq	$32, %rdx
	.loc 1 28 23 view .LVU74
	movl	%eax, %eax
	orq	%rax, %rdx
.LBE45:
.LBE44:
	.loc 1 65 27 view .LVU75
	movq	%rdx, %rax
	subq	%rsi, %rax
	.loc 1 66 1 view .LVU76
	ret
	.cfi_endproc
.LFE8:
	.size	cycles_between, .-cycles_between
	.p2align 4
	.globl	delay
	.type	delay, @function
delay:
.LVL20:
.LFB9:
	.loc 1 69 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 70 2 view .LVU78
.LBB46:
.LBI46:
	.loc 1 17 19 view .LVU79
.LBB47:
	.loc 1 19 2 view .LVU80
	.loc 1 20 2 view .LVU81
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
.LVL21:
	.loc 1 21 2 view .LVU82
	.loc 1 21 17 is_stmt 0 view .LVU83
#NO_APP
	salq	$32, %rdx
	.loc 1 21 23 view .LVU84
	movl	%eax, %eax
	orq	%rax, %rdx
.LBE47:
.LBE46:
	.loc 1 70 6 view .LVU85
	leaq	(%rdx,%rdi), %rcx
	jmp	.L14
.LVL22:
	.p2align 4,,10
	.p2align 3
.L15:
	.loc 1 72 3 is_stmt 1 view .LVU86
#APP
# 72 "msr.c" 1
	pause
# 0 "" 2
	.loc 1 71 17 view .LVU87
#NO_APP
.LBB48:
.LBI48:
	.loc 1 17 19 view .LVU88
.LBB49:
	.loc 1 19 2 view .LVU89
	.loc 1 20 2 view .LVU90
.LVL23:
.L14:
	.loc 1 20 2 is_stmt 0 view .LVU91
.LBE49:
.LBE48:
	.loc 1 71 2 is_stmt 1 view .LVU92
	.loc 1 71 17 view .LVU93
.LBB51:
	.loc 1 17 19 view .LVU94
.LBB50:
	.loc 1 19 2 view .LVU95
	.loc 1 20 2 view .LVU96
#APP
# 20 "msr.c" 1
	rdtsc
# 0 "" 2
.LVL24:
	.loc 1 21 2 view .LVU97
	.loc 1 21 17 is_stmt 0 view .LVU98
#NO_APP
	salq	$32, %rdx
	.loc 1 21 23 view .LVU99
	movl	%eax, %eax
	orq	%rax, %rdx
.LBE50:
.LBE51:
	.loc 1 71 17 view .LVU100
	cmpq	%rcx, %rdx
	jb	.L15
	.loc 1 73 1 view .LVU101
	ret
	.cfi_endproc
.LFE9:
	.size	delay, .-delay
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x490
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x10
	.long	.LASF17
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xb
	.string	"u64"
	.byte	0x2
	.byte	0x1c
	.long	0x39
	.uleb128 0xc
	.byte	0x8
	.long	.LASF2
	.uleb128 0xb
	.string	"u32"
	.byte	0x3
	.byte	0x16
	.long	0x4a
	.uleb128 0xc
	.byte	0x4
	.long	.LASF3
	.uleb128 0x5
	.long	.LASF6
	.byte	0x44
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x100
	.uleb128 0x6
	.long	.LASF4
	.byte	0x44
	.byte	0x10
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.string	"end"
	.byte	0x46
	.long	0x2e
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x7
	.long	0x421
	.quad	.LBI46
	.byte	.LVU79
	.quad	.LBB46
	.quad	.LBE46-.LBB46
	.byte	0x46
	.byte	0xc
	.long	0xca
	.uleb128 0x1
	.long	0x42f
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x1
	.long	0x439
	.long	.LLST26
	.long	.LVUS26
	.byte	0
	.uleb128 0x8
	.long	0x421
	.quad	.LBI48
	.byte	.LVU88
	.long	.LLRL27
	.byte	0x47
	.byte	0x9
	.uleb128 0xd
	.long	.LLRL27
	.uleb128 0x1
	.long	0x42f
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x1
	.long	0x439
	.long	.LLST29
	.long	.LVUS29
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF18
	.byte	0x1
	.byte	0x3b
	.byte	0x5
	.long	0x2e
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x21d
	.uleb128 0x6
	.long	.LASF5
	.byte	0x3b
	.byte	0x22
	.long	0x21d
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.string	"cpu"
	.byte	0x3d
	.byte	0x6
	.long	0x3f
	.uleb128 0x9
	.string	"t0"
	.byte	0x3e
	.long	0x2e
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x7
	.long	0x3ee
	.quad	.LBI40
	.byte	.LVU51
	.quad	.LBB40
	.quad	.LBE40-.LBB40
	.byte	0x3e
	.byte	0xb
	.long	0x197
	.uleb128 0x2
	.long	0x3fc
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x1
	.long	0x407
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x1
	.long	0x411
	.long	.LLST19
	.long	.LVUS19
	.byte	0
	.uleb128 0x7
	.long	0x3c2
	.quad	.LBI42
	.byte	.LVU64
	.quad	.LBB42
	.quad	.LBE42-.LBB42
	.byte	0x41
	.byte	0x1d
	.long	0x1d3
	.uleb128 0x2
	.long	0x3d0
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0xe
	.long	0x3d9
	.uleb128 0xe
	.long	0x3e3
	.byte	0
	.uleb128 0x12
	.long	0x3ee
	.quad	.LBI44
	.byte	.LVU69
	.quad	.LBB44
	.quad	.LBE44-.LBB44
	.byte	0x1
	.byte	0x41
	.byte	0x9
	.uleb128 0x2
	.long	0x3fc
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0x1
	.long	0x407
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x1
	.long	0x411
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x229
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x14
	.long	0x222
	.uleb128 0x5
	.long	.LASF7
	.byte	0x36
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x2c1
	.uleb128 0x6
	.long	.LASF8
	.byte	0x36
	.byte	0x17
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x15
	.long	0x421
	.quad	.LBI32
	.byte	.LVU33
	.long	.LLRL10
	.byte	0x1
	.byte	0x38
	.byte	0x1a
	.long	0x291
	.uleb128 0xd
	.long	.LLRL10
	.uleb128 0x1
	.long	0x42f
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x1
	.long	0x439
	.long	.LLST12
	.long	.LVUS12
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0x444
	.quad	.LBI35
	.byte	.LVU42
	.long	.LLRL13
	.byte	0x38
	.byte	0x2
	.uleb128 0x2
	.long	0x45c
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x2
	.long	0x451
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.byte	0
	.uleb128 0x5
	.long	.LASF9
	.byte	0x31
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x31a
	.uleb128 0x6
	.long	.LASF10
	.byte	0x31
	.byte	0x16
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x8
	.long	0x444
	.quad	.LBI28
	.byte	.LVU22
	.long	.LLRL7
	.byte	0x33
	.byte	0x2
	.uleb128 0x2
	.long	0x45c
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x2
	.long	0x451
	.long	.LLST9
	.long	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0x5
	.long	.LASF11
	.byte	0x2a
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x3c2
	.uleb128 0x9
	.string	"e"
	.byte	0x2c
	.long	0x2e
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x7
	.long	0x466
	.quad	.LBI22
	.byte	.LVU2
	.quad	.LBB22
	.quad	.LBE22-.LBB22
	.byte	0x2c
	.byte	0xa
	.long	0x392
	.uleb128 0x2
	.long	0x473
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.long	0x47e
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x1
	.long	0x488
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x8
	.long	0x444
	.quad	.LBI24
	.byte	.LVU16
	.long	.LLRL4
	.byte	0x2e
	.byte	0x3
	.uleb128 0x2
	.long	0x45c
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x2
	.long	0x451
	.long	.LLST6
	.long	.LVUS6
	.byte	0
	.byte	0
	.uleb128 0xa
	.long	.LASF12
	.byte	0x1f
	.long	0x2e
	.long	0x3ee
	.uleb128 0x4
	.string	"c"
	.byte	0x1f
	.byte	0x1d
	.long	0x3f
	.uleb128 0x3
	.string	"lo"
	.byte	0x21
	.byte	0x6
	.long	0x3f
	.uleb128 0x3
	.string	"hi"
	.byte	0x21
	.byte	0xa
	.long	0x3f
	.byte	0
	.uleb128 0xa
	.long	.LASF13
	.byte	0x18
	.long	0x2e
	.long	0x41c
	.uleb128 0x4
	.string	"aux"
	.byte	0x18
	.byte	0x1f
	.long	0x41c
	.uleb128 0x3
	.string	"lo"
	.byte	0x1a
	.byte	0x6
	.long	0x3f
	.uleb128 0x3
	.string	"hi"
	.byte	0x1a
	.byte	0xa
	.long	0x3f
	.byte	0
	.uleb128 0xf
	.long	0x3f
	.uleb128 0xa
	.long	.LASF14
	.byte	0x11
	.long	0x2e
	.long	0x444
	.uleb128 0x3
	.string	"lo"
	.byte	0x13
	.byte	0x6
	.long	0x3f
	.uleb128 0x3
	.string	"hi"
	.byte	0x13
	.byte	0xa
	.long	0x3f
	.byte	0
	.uleb128 0x16
	.long	.LASF15
	.byte	0x1
	.byte	0xc
	.byte	0x14
	.byte	0x3
	.long	0x466
	.uleb128 0x4
	.string	"msr"
	.byte	0xc
	.byte	0x1e
	.long	0x3f
	.uleb128 0x4
	.string	"v"
	.byte	0xc
	.byte	0x27
	.long	0x2e
	.byte	0
	.uleb128 0x17
	.long	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0x13
	.long	0x2e
	.byte	0x3
	.uleb128 0x4
	.string	"msr"
	.byte	0x5
	.byte	0x1d
	.long	0x3f
	.uleb128 0x3
	.string	"lo"
	.byte	0x7
	.byte	0x6
	.long	0x3f
	.uleb128 0x3
	.string	"hi"
	.byte	0x7
	.byte	0xa
	.long	0x3f
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
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
	.uleb128 0x3
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
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
	.sleb128 6
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.sleb128 19
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x1d
	.byte	0x1
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x20
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
.LVUS24:
	.uleb128 .LVU86
	.uleb128 0
.LLST24:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS25:
	.uleb128 .LVU82
	.uleb128 .LVU83
.LLST25:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS26:
	.uleb128 .LVU82
	.uleb128 .LVU83
.LLST26:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS28:
	.uleb128 .LVU97
	.uleb128 .LVU98
.LLST28:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS29:
	.uleb128 .LVU97
	.uleb128 .LVU98
.LLST29:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS16:
	.uleb128 .LVU58
	.uleb128 0
.LLST16:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE8-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS17:
	.uleb128 .LVU51
	.uleb128 .LVU58
.LLST17:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+303
	.sleb128 0
	.byte	0
.LVUS18:
	.uleb128 .LVU54
	.uleb128 .LVU58
.LLST18:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS19:
	.uleb128 .LVU54
	.uleb128 .LVU56
.LLST19:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS20:
	.uleb128 .LVU64
	.uleb128 .LVU68
.LLST20:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU68
	.uleb128 .LVU73
.LLST21:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+303
	.sleb128 0
	.byte	0
.LVUS22:
	.uleb128 .LVU72
	.uleb128 .LVU73
.LLST22:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS23:
	.uleb128 .LVU72
	.uleb128 .LVU73
.LLST23:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS11:
	.uleb128 .LVU36
	.uleb128 .LVU37
.LLST11:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS12:
	.uleb128 .LVU36
	.uleb128 .LVU37
.LLST12:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS14:
	.uleb128 .LVU42
	.uleb128 .LVU46
.LLST14:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 .LVU42
	.uleb128 .LVU46
.LLST15:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x6e0
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU22
	.uleb128 .LVU29
.LLST8:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS9:
	.uleb128 .LVU22
	.uleb128 .LVU29
.LLST9:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.long	0xc0000101
	.byte	0
.LVUS0:
	.uleb128 .LVU9
	.uleb128 .LVU14
	.uleb128 .LVU14
	.uleb128 .LVU16
.LLST0:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU9
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.long	0xc0000080
	.byte	0
.LVUS2:
	.uleb128 .LVU5
	.uleb128 .LVU9
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 .LVU5
	.uleb128 .LVU7
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS5:
	.uleb128 .LVU16
	.uleb128 .LVU18
.LLST5:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU16
	.uleb128 .LVU18
.LLST6:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x6
	.byte	0x9e
	.uleb128 0x4
	.long	0xc0000080
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
.LLRL4:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0
.Ldebug_ranges3:
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
.LASF17:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF2:
	.string	"long long unsigned int"
.LASF4:
	.string	"cycles"
.LASF8:
	.string	"delta"
.LASF10:
	.string	"base"
.LASF9:
	.string	"set_gs_base"
.LASF13:
	.string	"rdtscp"
.LASF7:
	.string	"arm_deadline"
.LASF14:
	.string	"rdtsc"
.LASF6:
	.string	"delay"
.LASF15:
	.string	"wrmsr"
.LASF11:
	.string	"efer_set_nx"
.LASF5:
	.string	"flag"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"msr.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
