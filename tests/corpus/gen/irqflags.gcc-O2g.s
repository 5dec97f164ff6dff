	.file	"irqflags.c"
	.text
.Ltext0:
	.file 0 "." "irqflags.c"
	.p2align 4
	.globl	safe_halt
	.type	safe_halt, @function
safe_halt:
.LFB5:
	.file 1 "irqflags.c"
	.loc 1 30 1 view -0
	.cfi_startproc
	.loc 1 31 2 view .LVU1
#APP
# 31 "irqflags.c" 1
	sti; hlt
# 0 "" 2
	.loc 1 32 1 is_stmt 0 view .LVU2
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	safe_halt, .-safe_halt
	.p2align 4
	.globl	irqs_disabled
	.type	irqs_disabled, @function
irqs_disabled:
.LFB6:
	.loc 1 35 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 36 2 view .LVU4
.LBB23:
.LBI23:
	.loc 1 4 21 view .LVU5
.LBB24:
	.loc 1 6 2 view .LVU6
	.loc 1 7 2 view .LVU7
#APP
# 7 "irqflags.c" 1
	pushfq ; popq %rax
# 0 "" 2
.LVL0:
	.loc 1 8 2 view .LVU8
	.loc 1 8 2 is_stmt 0 view .LVU9
#NO_APP
.LBE24:
.LBE23:
	.loc 1 36 9 view .LVU10
	shrq	$9, %rax
	xorq	$1, %rax
	andl	$1, %eax
	.loc 1 37 1 view .LVU11
	ret
	.cfi_endproc
.LFE6:
	.size	irqs_disabled, .-irqs_disabled
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LVL1:
.LFB7:
	.loc 1 40 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 41 2 view .LVU13
.LBB25:
.LBI25:
	.loc 1 14 21 view .LVU14
.LBB26:
	.loc 1 16 2 view .LVU15
.LBB27:
.LBI27:
	.loc 1 4 21 view .LVU16
.LBB28:
	.loc 1 6 2 view .LVU17
	.loc 1 7 2 view .LVU18
#APP
# 7 "irqflags.c" 1
	pushfq ; popq %rcx
# 0 "" 2
.LVL2:
	.loc 1 8 2 view .LVU19
	.loc 1 8 2 is_stmt 0 view .LVU20
#NO_APP
.LBE28:
.LBE27:
	.loc 1 17 2 is_stmt 1 view .LVU21
.LBB29:
.LBI29:
	.loc 1 11 20 view .LVU22
.LBB30:
	.loc 1 11 51 view .LVU23
#APP
# 11 "irqflags.c" 1
	cli
# 0 "" 2
#NO_APP
.LBE30:
.LBE29:
	.loc 1 18 2 view .LVU24
.LVL3:
	.loc 1 18 2 is_stmt 0 view .LVU25
.LBE26:
.LBE25:
	.loc 1 42 2 is_stmt 1 view .LVU26
.LBB31:
	.loc 1 42 7 view .LVU27
	.loc 1 42 20 view .LVU28
	testl	%edi, %edi
	jle	.L5
	movl	counter(%rip), %edx
	.loc 1 42 11 is_stmt 0 view .LVU29
	xorl	%eax, %eax
.LVL4:
	.p2align 4,,10
	.p2align 3
.L6:
	.loc 1 43 3 is_stmt 1 discriminator 3 view .LVU30
	.loc 1 43 11 is_stmt 0 discriminator 3 view .LVU31
	addl	%eax, %edx
	.loc 1 42 26 is_stmt 1 discriminator 3 view .LVU32
	addl	$1, %eax
.LVL5:
	.loc 1 42 20 discriminator 3 view .LVU33
	cmpl	%eax, %edi
	jne	.L6
	movl	%edx, counter(%rip)
.LVL6:
.L5:
	.loc 1 42 20 is_stmt 0 discriminator 3 view .LVU34
.LBE31:
	.loc 1 44 2 is_stmt 1 view .LVU35
.LBB32:
.LBI32:
	.loc 1 21 20 view .LVU36
.LBB33:
	.loc 1 23 2 view .LVU37
#APP
# 23 "irqflags.c" 1
	pushq %rcx ; popfq
# 0 "" 2
.LVL7:
	.loc 1 23 2 is_stmt 0 view .LVU38
#NO_APP
.LBE33:
.LBE32:
	.loc 1 45 1 view .LVU39
	ret
	.cfi_endproc
.LFE7:
	.size	bump, .-bump
	.p2align 4
	.globl	idle_loop
	.type	idle_loop, @function
idle_loop:
.LFB8:
	.loc 1 48 1 is_stmt 1 view -0
	.cfi_startproc
	.p2align 4,,10
	.p2align 3
.L9:
	.loc 1 49 2 view .LVU41
	.loc 1 50 3 view .LVU42
.LBB34:
.LBI34:
	.loc 1 11 20 view .LVU43
.LBB35:
	.loc 1 11 51 view .LVU44
#APP
# 11 "irqflags.c" 1
	cli
# 0 "" 2
#NO_APP
.LBE35:
.LBE34:
	.loc 1 51 3 view .LVU45
	.loc 1 51 7 is_stmt 0 view .LVU46
	movl	pending(%rip), %eax
	.loc 1 51 6 view .LVU47
	testl	%eax, %eax
	je	.L10
	.loc 1 52 4 is_stmt 1 view .LVU48
.LBB36:
.LBI36:
	.loc 1 12 20 view .LVU49
.LBB37:
	.loc 1 12 50 view .LVU50
#APP
# 12 "irqflags.c" 1
	sti
# 0 "" 2
#NO_APP
.LBE37:
.LBE36:
	.loc 1 53 4 view .LVU51
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L10:
	.loc 1 55 3 view .LVU52
.LBB38:
.LBI38:
	.loc 1 29 6 view .LVU53
.LBB39:
	.loc 1 31 2 view .LVU54
#APP
# 31 "irqflags.c" 1
	sti; hlt
# 0 "" 2
	.loc 1 32 1 is_stmt 0 view .LVU55
#NO_APP
	jmp	.L9
.LBE39:
.LBE38:
	.cfi_endproc
.LFE8:
	.size	idle_loop, .-idle_loop
	.globl	counter
	.bss
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.globl	pending
	.align 4
	.type	pending, @object
	.size	pending, 4
pending:
	.zero	4
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2cd
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xb
	.long	.LASF12
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xc
	.long	.LASF13
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0xd
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x3
	.long	.LASF3
	.byte	0x1a
	.byte	0xe
	.long	0x5d
	.uleb128 0x9
	.byte	0x3
	.quad	pending
	.uleb128 0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xf
	.long	0x56
	.uleb128 0x3
	.long	.LASF4
	.byte	0x1b
	.byte	0x5
	.long	0x56
	.uleb128 0x9
	.byte	0x3
	.quad	counter
	.uleb128 0x4
	.long	.LASF5
	.byte	0x2f
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0xf4
	.uleb128 0x1
	.long	0x29a
	.quad	.LBI34
	.byte	.LVU43
	.quad	.LBB34
	.quad	.LBE34-.LBB34
	.byte	0x32
	.byte	0x3
	.uleb128 0x1
	.long	0x294
	.quad	.LBI36
	.byte	.LVU49
	.quad	.LBB36
	.quad	.LBE36-.LBB36
	.byte	0x34
	.byte	0x4
	.uleb128 0x1
	.long	0x258
	.quad	.LBI38
	.byte	.LVU53
	.quad	.LBB38
	.quad	.LBE38-.LBB38
	.byte	0x37
	.byte	0x3
	.byte	0
	.uleb128 0x4
	.long	.LASF6
	.byte	0x27
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x207
	.uleb128 0x10
	.string	"n"
	.byte	0x1
	.byte	0x27
	.byte	0xf
	.long	0x56
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.string	"f"
	.byte	0x29
	.byte	0x8
	.long	0x2e
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x11
	.quad	.LBB31
	.quad	.LBE31-.LBB31
	.long	0x154
	.uleb128 0x5
	.string	"i"
	.byte	0x2a
	.byte	0xb
	.long	0x56
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.uleb128 0x6
	.long	0x27b
	.quad	.LBI25
	.byte	.LVU14
	.quad	.LBB25
	.quad	.LBE25-.LBB25
	.byte	0x29
	.byte	0xc
	.long	0x1d8
	.uleb128 0x2
	.long	0x289
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x6
	.long	0x2a0
	.quad	.LBI27
	.byte	.LVU16
	.quad	.LBB27
	.quad	.LBE27-.LBB27
	.byte	0x10
	.byte	0x10
	.long	0x1b7
	.uleb128 0x2
	.long	0x2ae
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x1
	.long	0x29a
	.quad	.LBI29
	.byte	.LVU22
	.quad	.LBB29
	.quad	.LBE29-.LBB29
	.byte	0x11
	.byte	0x2
	.byte	0
	.uleb128 0x7
	.long	0x261
	.quad	.LBI32
	.byte	.LVU36
	.quad	.LBB32
	.quad	.LBE32-.LBB32
	.byte	0x2c
	.byte	0x2
	.uleb128 0x12
	.long	0x26e
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.byte	0
	.uleb128 0x13
	.long	.LASF14
	.byte	0x1
	.byte	0x22
	.byte	0x5
	.long	0x56
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x258
	.uleb128 0x7
	.long	0x2a0
	.quad	.LBI23
	.byte	.LVU5
	.quad	.LBB23
	.quad	.LBE23-.LBB23
	.byte	0x24
	.byte	0xb
	.uleb128 0x2
	.long	0x2ae
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF15
	.byte	0x1
	.byte	0x1d
	.byte	0x6
	.byte	0x1
	.uleb128 0x15
	.long	.LASF16
	.byte	0x1
	.byte	0x15
	.byte	0x14
	.byte	0x3
	.long	0x27b
	.uleb128 0x16
	.long	.LASF11
	.byte	0x1
	.byte	0x15
	.byte	0x31
	.long	0x2e
	.byte	0
	.uleb128 0x8
	.long	.LASF9
	.byte	0xe
	.long	0x2e
	.long	0x294
	.uleb128 0x9
	.long	.LASF11
	.byte	0x10
	.long	0x2e
	.byte	0
	.uleb128 0xa
	.long	.LASF7
	.byte	0xc
	.uleb128 0xa
	.long	.LASF8
	.byte	0xb
	.uleb128 0x8
	.long	.LASF10
	.byte	0x4
	.long	0x2e
	.long	0x2b9
	.uleb128 0x9
	.long	.LASF11
	.byte	0x6
	.long	0x2e
	.byte	0
	.uleb128 0x17
	.long	0x258
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.uleb128 0x6
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
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x35
	.byte	0
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x20
	.uleb128 0xb
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0x2e
	.byte	0
	.uleb128 0x31
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
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS1:
	.uleb128 .LVU25
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS4:
	.uleb128 .LVU28
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU34
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS2:
	.uleb128 .LVU20
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS3:
	.uleb128 .LVU19
	.uleb128 .LVU20
.LLST3:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS5:
	.uleb128 .LVU36
	.uleb128 .LVU38
.LLST5:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS0:
	.uleb128 .LVU8
	.uleb128 .LVU9
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL0-.Ltext0
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
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF14:
	.string	"irqs_disabled"
.LASF13:
	.string	"ulong"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"counter"
.LASF15:
	.string	"safe_halt"
.LASF10:
	.string	"arch_local_save_flags"
.LASF3:
	.string	"pending"
.LASF7:
	.string	"arch_local_irq_enable"
.LASF9:
	.string	"arch_local_irq_save"
.LASF5:
	.string	"idle_loop"
.LASF8:
	.string	"arch_local_irq_disable"
.LASF16:
	.string	"arch_local_irq_restore"
.LASF11:
	.string	"flags"
.LASF12:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF6:
	.string	"bump"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"irqflags.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
