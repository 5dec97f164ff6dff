	.file	"idle.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "idle.c"
	.section	.text.unlikely.enter_idle,"ax",@progbits
.LCOLDB0:
	.section	.text.enter_idle,"ax",@progbits
.LHOTB0:
	.p2align 4
	.section	.text.unlikely.enter_idle
.Ltext_cold0:
	.section	.text.enter_idle
	.globl	enter_idle
	.type	enter_idle, @function
enter_idle:
.LVL0:
.LFB2:
	.file 1 "idle.c"
	.loc 1 16 1 view -0
	.cfi_startproc
	.loc 1 17 2 view .LVU1
	.loc 1 17 23 is_stmt 0 view .LVU2
	movq	idle_calls@GOTPCREL(%rip), %rax
	movl	%edi, %edx
	.loc 1 16 1 view .LVU3
	movl	%edi, %esi
	.loc 1 17 23 view .LVU4
	andl	$7, %edx
	addl	$1, (%rax,%rdx,4)
	.loc 1 18 2 is_stmt 1 view .LVU5
	cmpl	$6, %edi
	ja	.L11
	leaq	.L4(%rip), %rdx
	movl	%edi, %eax
	movslq	(%rdx,%rax,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L4:
	.long	.L10-.L4
	.long	.L9-.L4
	.long	.L8-.L4
	.long	.L7-.L4
	.long	.L6-.L4
	.long	.L5-.L4
	.long	.L3-.L4
	.section	.text.enter_idle
	.p2align 4,,10
	.p2align 3
.L5:
	.loc 1 38 3 view .LVU6
#APP
# 38 "idle.c" 1
	sti
	nop
	cli
# 0 "" 2
	.loc 1 39 3 view .LVU7
#NO_APP
.L1:
	.loc 1 46 1 is_stmt 0 view .LVU8
	movl	%esi, %eax
	ret
.LVL1:
	.p2align 4,,10
	.p2align 3
.L3:
	.loc 1 41 3 is_stmt 1 view .LVU9
#APP
# 41 "idle.c" 1
	wbinvd; hlt
# 0 "" 2
	.loc 1 42 3 view .LVU10
	.loc 1 46 1 is_stmt 0 view .LVU11
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	.loc 1 20 3 is_stmt 1 view .LVU12
#APP
# 20 "idle.c" 1
	pause
# 0 "" 2
	.loc 1 21 3 view .LVU13
	.loc 1 46 1 is_stmt 0 view .LVU14
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	.loc 1 23 3 is_stmt 1 view .LVU15
#APP
# 23 "idle.c" 1
	hlt
# 0 "" 2
	.loc 1 24 3 view .LVU16
	.loc 1 46 1 is_stmt 0 view .LVU17
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	.loc 1 26 3 is_stmt 1 view .LVU18
.LVL2:
.LBB10:
.LBI10:
	.loc 1 5 20 view .LVU19
.LBB11:
	.loc 1 7 2 view .LVU20
	xorl	%ecx, %ecx
	movq	wake_flag@GOTPCREL(%rip), %rax
	movl	%ecx, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
.LVL3:
	.loc 1 7 2 is_stmt 0 view .LVU21
#NO_APP
.LBE11:
.LBE10:
	.loc 1 27 3 is_stmt 1 view .LVU22
	.loc 1 27 7 is_stmt 0 view .LVU23
	movq	(%rax), %rax
	.loc 1 27 6 view .LVU24
	testq	%rax, %rax
	jne	.L1
	.loc 1 28 4 is_stmt 1 view .LVU25
.LVL4:
.LBB12:
.LBI12:
	.loc 1 10 20 view .LVU26
.LBB13:
	.loc 1 12 2 view .LVU27
	movl	$16, %eax
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
	.loc 1 13 1 is_stmt 0 view .LVU28
#NO_APP
	jmp	.L1
.LVL5:
	.p2align 4,,10
	.p2align 3
.L7:
	.loc 1 13 1 view .LVU29
.LBE13:
.LBE12:
	.loc 1 31 3 is_stmt 1 view .LVU30
#APP
# 31 "idle.c" 1
	sti; hlt; cli
# 0 "" 2
	.loc 1 32 3 view .LVU31
	.loc 1 46 1 is_stmt 0 view .LVU32
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.loc 1 34 3 is_stmt 1 view .LVU33
.LVL6:
.LBB14:
.LBI14:
	.loc 1 5 20 view .LVU34
.LBB15:
	.loc 1 7 2 view .LVU35
	xorl	%ecx, %ecx
	movq	wake_flag@GOTPCREL(%rip), %rax
	movl	%ecx, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
.LVL7:
	.loc 1 7 2 is_stmt 0 view .LVU36
#NO_APP
.LBE15:
.LBE14:
	.loc 1 35 3 is_stmt 1 view .LVU37
.LBB16:
.LBI16:
	.loc 1 10 20 view .LVU38
.LBB17:
	.loc 1 12 2 view .LVU39
	movl	$32, %eax
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
.LVL8:
	.loc 1 12 2 is_stmt 0 view .LVU40
#NO_APP
.LBE17:
.LBE16:
	.loc 1 36 3 is_stmt 1 view .LVU41
	.loc 1 46 1 is_stmt 0 view .LVU42
	movl	%esi, %eax
	ret
	.loc 1 46 1 view .LVU43
	.cfi_endproc
	.section	.text.unlikely.enter_idle
	.cfi_startproc
	.type	enter_idle.cold, @function
enter_idle.cold:
.LFSB2:
.L11:
	.loc 1 18 2 view -0
	orl	$-1, %esi
.LVL9:
	.loc 1 18 2 view .LVU45
	jmp	.L1
	.cfi_endproc
.LFE2:
	.section	.text.enter_idle
	.size	enter_idle, .-enter_idle
	.section	.text.unlikely.enter_idle
	.size	enter_idle.cold, .-enter_idle.cold
.LCOLDE0:
	.section	.text.enter_idle
.LHOTE0:
	.section	.text.poll_idle,"ax",@progbits
	.p2align 4
	.globl	poll_idle
	.type	poll_idle, @function
poll_idle:
.LFB3:
	.loc 1 49 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 50 2 view .LVU47
	.loc 1 50 9 view .LVU48
	movq	wake_flag@GOTPCREL(%rip), %rdx
	movq	(%rdx), %rax
	testq	%rax, %rax
	jne	.L14
	.p2align 4,,10
	.p2align 3
.L16:
	.loc 1 51 3 view .LVU49
#APP
# 51 "idle.c" 1
	rep; nop
# 0 "" 2
	.loc 1 50 9 view .LVU50
#NO_APP
	movq	(%rdx), %rax
	testq	%rax, %rax
	je	.L16
.L14:
	.loc 1 52 1 is_stmt 0 view .LVU51
	ret
	.cfi_endproc
.LFE3:
	.size	poll_idle, .-poll_idle
	.globl	idle_calls
	.bss
	.align 32
	.type	idle_calls, @object
	.size	idle_calls, 32
idle_calls:
	.zero	32
	.globl	wake_flag
	.align 8
	.type	wake_flag, @object
	.size	wake_flag, 8
wake_flag:
	.zero	8
	.text
.Letext0:
	.section	.text.unlikely.enter_idle
.Letext_cold0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x1bb
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x7
	.long	.LASF9
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL6
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x3
	.long	.LASF3
	.byte	0x2
	.byte	0x18
	.long	0x45
	.uleb128 0x9
	.byte	0x3
	.quad	wake_flag
	.uleb128 0x4
	.byte	0x8
	.long	.LASF2
	.uleb128 0x5
	.long	0x3f
	.uleb128 0x8
	.long	0x5a
	.long	0x5a
	.uleb128 0x9
	.long	0x3f
	.byte	0x7
	.byte	0
	.uleb128 0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.long	.LASF4
	.byte	0x3
	.byte	0x5
	.long	0x4a
	.uleb128 0x9
	.byte	0x3
	.quad	idle_calls
	.uleb128 0xb
	.long	.LASF10
	.byte	0x1
	.byte	0x30
	.byte	0x6
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xc
	.long	.LASF11
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.long	0x5a
	.long	.LLRL0
	.uleb128 0x1
	.byte	0x9c
	.long	0x180
	.uleb128 0xd
	.long	.LASF12
	.byte	0x1
	.byte	0xf
	.byte	0x14
	.long	0x5a
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x2
	.long	0x19d
	.quad	.LBI10
	.byte	.LVU19
	.quad	.LBB10
	.quad	.LBE10-.LBB10
	.byte	0x1a
	.byte	0x3
	.long	0xec
	.uleb128 0x1
	.long	0x1a7
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.uleb128 0x2
	.long	0x180
	.quad	.LBI12
	.byte	.LVU26
	.quad	.LBB12
	.quad	.LBE12-.LBB12
	.byte	0x1c
	.byte	0x4
	.long	0x11e
	.uleb128 0x1
	.long	0x18a
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x2
	.long	0x19d
	.quad	.LBI14
	.byte	.LVU34
	.quad	.LBB14
	.quad	.LBE14-.LBB14
	.byte	0x22
	.byte	0x3
	.long	0x150
	.uleb128 0x1
	.long	0x1a7
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.uleb128 0xe
	.long	0x180
	.quad	.LBI16
	.byte	.LVU38
	.quad	.LBB16
	.quad	.LBE16-.LBB16
	.byte	0x1
	.byte	0x23
	.byte	0x3
	.uleb128 0x1
	.long	0x18a
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LASF6
	.byte	0xa
	.long	0x197
	.uleb128 0xf
	.long	.LASF8
	.byte	0x1
	.byte	0xa
	.byte	0x23
	.long	0x197
	.byte	0
	.uleb128 0x4
	.byte	0x4
	.long	.LASF5
	.uleb128 0x6
	.long	.LASF7
	.byte	0x5
	.long	0x1b2
	.uleb128 0x10
	.string	"p"
	.byte	0x1
	.byte	0x5
	.byte	0x31
	.long	0x1b2
	.byte	0
	.uleb128 0x11
	.byte	0x8
	.long	0x1b9
	.uleb128 0x12
	.uleb128 0x5
	.long	0x1b8
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
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
	.uleb128 0x3
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
	.uleb128 0x4
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
	.uleb128 0x5
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x26
	.byte	0
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
.LVUS1:
	.uleb128 0
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 0
	.uleb128 0
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 0
.LLST1:
	.byte	0x6
	.quad	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LHOTE0-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0x6
	.quad	.LFSB2
	.byte	0x4
	.uleb128 .LFSB2-.LFSB2
	.uleb128 .LVL9-.LFSB2
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL9-.LFSB2
	.uleb128 .LFE2-.LFSB2
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS2:
	.uleb128 .LVU19
	.uleb128 .LVU21
.LLST2:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0xa
	.byte	0x3
	.quad	wake_flag
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU26
	.uleb128 .LVU29
.LLST3:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x2
	.byte	0x40
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU34
	.uleb128 .LVU36
.LLST4:
	.byte	0x8
	.quad	.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0xa
	.byte	0x3
	.quad	wake_flag
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU38
	.uleb128 .LVU40
.LLST5:
	.byte	0x8
	.quad	.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x4c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext_cold0
	.quad	.Letext_cold0-.Ltext_cold0
	.quad	.LFB2
	.quad	.LHOTE0-.LFB2
	.quad	.LFB3
	.quad	.LFE3-.LFB3
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
.LLRL0:
	.byte	0x7
	.quad	.LFB2
	.uleb128 .LHOTE0-.LFB2
	.byte	0x7
	.quad	.LFSB2
	.uleb128 .LCOLDE0-.LFSB2
	.byte	0
.LLRL6:
	.byte	0x7
	.quad	.Ltext_cold0
	.uleb128 .Letext_cold0-.Ltext_cold0
	.byte	0x7
	.quad	.LFB2
	.uleb128 .LHOTE0-.LFB2
	.byte	0x7
	.quad	.LFB3
	.uleb128 .LFE3-.LFB3
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF8:
	.string	"hint"
.LASF5:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF3:
	.string	"wake_flag"
.LASF12:
	.string	"state"
.LASF4:
	.string	"idle_calls"
.LASF6:
	.string	"mwait"
.LASF10:
	.string	"poll_idle"
.LASF7:
	.string	"monitor"
.LASF11:
	.string	"enter_idle"
.LASF9:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"idle.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
