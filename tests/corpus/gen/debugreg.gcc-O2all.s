	.file	"debugreg.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "debugreg.c"
	.section	.text.set_breakpoint,"ax",@progbits
	.p2align 4
	.globl	set_breakpoint
	.type	set_breakpoint, @function
set_breakpoint:
.LVL0:
.LFB0:
	.file 1 "debugreg.c"
	.loc 1 10 1 view -0
	.cfi_startproc
	.loc 1 11 2 view .LVU1
	cmpl	$1, %edi
	je	.L2
	cmpl	$2, %edi
	je	.L3
	testl	%edi, %edi
	je	.L7
	.loc 1 15 11 view .LVU2
#APP
# 15 "debugreg.c" 1
	mov %rsi, %db3
# 0 "" 2
	.loc 1 15 28 view .LVU3
#NO_APP
.L5:
	.loc 1 17 2 view .LVU4
.LBB2:
	.loc 1 17 14 view .LVU5
	.loc 1 17 14 view .LVU6
#APP
# 17 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
.LVL1:
	.loc 1 17 14 view .LVU7
	.loc 1 17 14 is_stmt 0 view .LVU8
#NO_APP
.LBE2:
	.loc 1 18 2 is_stmt 1 view .LVU9
	.loc 1 19 2 view .LVU10
	.loc 1 18 22 is_stmt 0 view .LVU11
	addl	%edi, %edi
.LVL2:
	.loc 1 18 6 view .LVU12
	btsq	%rdi, %rax
.LVL3:
	.loc 1 19 2 view .LVU13
#APP
# 19 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
	.loc 1 20 1 view .LVU14
#NO_APP
	ret
.LVL4:
	.p2align 4,,10
	.p2align 3
.L2:
	.loc 1 13 10 is_stmt 1 view .LVU15
#APP
# 13 "debugreg.c" 1
	mov %rsi, %db1
# 0 "" 2
	.loc 1 13 27 view .LVU16
#NO_APP
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L7:
	.loc 1 12 10 view .LVU17
#APP
# 12 "debugreg.c" 1
	mov %rsi, %db0
# 0 "" 2
	.loc 1 12 27 view .LVU18
#NO_APP
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L3:
	.loc 1 14 10 view .LVU19
#APP
# 14 "debugreg.c" 1
	mov %rsi, %db2
# 0 "" 2
	.loc 1 14 27 view .LVU20
#NO_APP
	jmp	.L5
	.cfi_endproc
.LFE0:
	.size	set_breakpoint, .-set_breakpoint
	.section	.text.debug_status,"ax",@progbits
	.p2align 4
	.globl	debug_status
	.type	debug_status, @function
debug_status:
.LFB1:
	.loc 1 23 1 view -0
	.cfi_startproc
	.loc 1 24 2 view .LVU22
.LBB3:
	.loc 1 24 12 view .LVU23
	.loc 1 24 12 view .LVU24
#APP
# 24 "debugreg.c" 1
	mov %db6, %rax
# 0 "" 2
.LVL5:
	.loc 1 24 12 view .LVU25
	.loc 1 24 12 is_stmt 0 view .LVU26
#NO_APP
.LBE3:
	.loc 1 25 2 is_stmt 1 view .LVU27
	xorl	%edx, %edx
#APP
# 25 "debugreg.c" 1
	mov %rdx, %db6
# 0 "" 2
	.loc 1 26 2 view .LVU28
	.loc 1 27 1 is_stmt 0 view .LVU29
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	debug_status, .-debug_status
	.section	.text.save_debug,"ax",@progbits
	.p2align 4
	.globl	save_debug
	.type	save_debug, @function
save_debug:
.LFB2:
	.loc 1 30 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 31 2 view .LVU31
.LBB4:
	.loc 1 31 14 view .LVU32
	.loc 1 31 14 view .LVU33
#APP
# 31 "debugreg.c" 1
	mov %db7, %rdx
# 0 "" 2
.LVL6:
	.loc 1 31 14 view .LVU34
#NO_APP
.LBE4:
	.loc 1 31 12 is_stmt 0 view .LVU35
	movq	saved_dr7@GOTPCREL(%rip), %rax
	movq	%rdx, (%rax)
	.loc 1 32 2 is_stmt 1 view .LVU36
	xorl	%eax, %eax
#APP
# 32 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
	.loc 1 33 1 is_stmt 0 view .LVU37
#NO_APP
	ret
	.cfi_endproc
.LFE2:
	.size	save_debug, .-save_debug
	.section	.text.breakpoint,"ax",@progbits
	.p2align 4
	.globl	breakpoint
	.type	breakpoint, @function
breakpoint:
.LFB3:
	.loc 1 36 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 37 2 view .LVU39
#APP
# 37 "debugreg.c" 1
	int3
# 0 "" 2
	.loc 1 38 1 is_stmt 0 view .LVU40
#NO_APP
	ret
	.cfi_endproc
.LFE3:
	.size	breakpoint, .-breakpoint
	.section	.text.breakpoint2,"ax",@progbits
	.p2align 4
	.globl	breakpoint2
	.type	breakpoint2, @function
breakpoint2:
.LFB4:
	.loc 1 41 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 42 2 view .LVU42
#APP
# 42 "debugreg.c" 1
	int $3
# 0 "" 2
	.loc 1 43 1 is_stmt 0 view .LVU43
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	breakpoint2, .-breakpoint2
	.section	.text.trap,"ax",@progbits
	.p2align 4
	.globl	trap
	.type	trap, @function
trap:
.LVL7:
.LFB5:
	.loc 1 46 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 47 2 view .LVU45
	.loc 1 47 5 is_stmt 0 view .LVU46
	testl	%edi, %edi
	je	.L13
	.loc 1 48 3 is_stmt 1 view .LVU47
#APP
# 48 "debugreg.c" 1
	int $0x80
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	.loc 1 50 3 view .LVU48
#APP
# 50 "debugreg.c" 1
	ud2
# 0 "" 2
	.loc 1 51 1 is_stmt 0 view .LVU49
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	trap, .-trap
	.globl	saved_dr7
	.bss
	.align 8
	.type	saved_dr7, @object
	.size	saved_dr7, 8
saved_dr7:
	.zero	8
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x1c3
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x5
	.long	.LASF10
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL6
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x6
	.long	.LASF11
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x36
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x8
	.long	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0x7
	.long	0x2a
	.uleb128 0x9
	.byte	0x3
	.quad	saved_dr7
	.uleb128 0x2
	.long	.LASF5
	.byte	0x2d
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x7c
	.uleb128 0x9
	.string	"v"
	.byte	0x1
	.byte	0x2d
	.byte	0xf
	.long	0x7c
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.long	.LASF3
	.byte	0x28
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.long	.LASF4
	.byte	0x23
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF6
	.byte	0x1d
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xf3
	.uleb128 0x3
	.quad	.LBB4
	.quad	.LBE4-.LBB4
	.uleb128 0x1
	.string	"v"
	.byte	0x1f
	.byte	0xe
	.long	0x2a
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF12
	.byte	0x1
	.byte	0x16
	.byte	0x7
	.long	0x2a
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x14a
	.uleb128 0x1
	.string	"s"
	.byte	0x18
	.byte	0x8
	.long	0x2a
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x3
	.quad	.LBB3
	.quad	.LBE3-.LBB3
	.uleb128 0x1
	.string	"v"
	.byte	0x18
	.byte	0xc
	.long	0x2a
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	.LASF8
	.byte	0x9
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x1bf
	.uleb128 0xc
	.long	.LASF13
	.byte	0x1
	.byte	0x9
	.byte	0x19
	.long	0x7c
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0xd
	.long	.LASF9
	.byte	0x1
	.byte	0x9
	.byte	0x2b
	.long	0x1bf
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.string	"dr7"
	.byte	0x11
	.byte	0x8
	.long	0x2a
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x3
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x1
	.string	"v"
	.byte	0x11
	.byte	0xe
	.long	0x2a
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.byte	0
	.uleb128 0xe
	.byte	0x8
	.long	0x1c5
	.uleb128 0xf
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
	.uleb128 0x3
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0x18
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
	.uleb128 0xc
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
.LVUS5:
	.uleb128 .LVU34
	.uleb128 0
.LLST5:
	.byte	0x8
	.quad	.LVL6
	.uleb128 .LFE2-.LVL6
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS3:
	.uleb128 .LVU26
	.uleb128 0
.LLST3:
	.byte	0x8
	.quad	.LVL5
	.uleb128 .LFE1-.LVL5
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU25
	.uleb128 0
.LLST4:
	.byte	0x8
	.quad	.LVL5
	.uleb128 .LFE1-.LVL5
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 0
.LLST0:
	.byte	0x6
	.quad	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LFE0-.LVL0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS1:
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU13
.LLST1:
	.byte	0x6
	.quad	.LVL1
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL1-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1-.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x10
	.byte	0x31
	.byte	0x75
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x24
	.byte	0x70
	.sleb128 0
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x11
	.byte	0x31
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x31
	.byte	0x24
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x24
	.byte	0x70
	.sleb128 0
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU13
.LLST2:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LVL3-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x7c
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
.LLRL6:
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
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"save_debug"
.LASF11:
	.string	"ulong"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"addr"
.LASF7:
	.string	"saved_dr7"
.LASF5:
	.string	"trap"
.LASF12:
	.string	"debug_status"
.LASF8:
	.string	"set_breakpoint"
.LASF13:
	.string	"slot"
.LASF4:
	.string	"breakpoint"
.LASF3:
	.string	"breakpoint2"
.LASF10:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"debugreg.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
