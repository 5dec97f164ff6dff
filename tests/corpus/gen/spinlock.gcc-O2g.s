	.file	"spinlock.c"
	.text
.Ltext0:
	.file 0 "." "spinlock.c"
	.p2align 4
	.globl	spin_lock_irqsave
	.type	spin_lock_irqsave, @function
spin_lock_irqsave:
.LVL0:
.LFB4:
	.file 1 "spinlock.c"
	.loc 1 33 1 view -0
	.cfi_startproc
	.loc 1 34 2 view .LVU1
.LBB27:
.LBI27:
	.loc 1 5 21 view .LVU2
.LBB28:
	.loc 1 7 2 view .LVU3
	.loc 1 8 2 view .LVU4
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rcx
	cli
# 0 "" 2
.LVL1:
	.loc 1 9 2 view .LVU5
	.loc 1 9 2 is_stmt 0 view .LVU6
#NO_APP
.LBE28:
.LBE27:
	.loc 1 35 2 is_stmt 1 view .LVU7
.LBB29:
.LBI29:
	.loc 1 17 20 view .LVU8
.LBB30:
	.loc 1 19 2 view .LVU9
	.loc 1 19 9 is_stmt 0 view .LVU10
	movl	$1, %edx
	.p2align 4,,10
	.p2align 3
.L2:
	.loc 1 19 9 is_stmt 1 view .LVU11
	movl	%edx, %eax
	xchgl	(%rdi), %eax
	testl	%eax, %eax
	je	.L1
	.p2align 4,,10
	.p2align 3
.L9:
	.loc 1 20 10 view .LVU12
	.loc 1 20 11 is_stmt 0 view .LVU13
	movl	(%rdi), %eax
	.loc 1 20 10 view .LVU14
	testl	%eax, %eax
	je	.L2
	.loc 1 21 4 is_stmt 1 view .LVU15
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L1:
.LBE30:
.LBE29:
	.loc 1 37 1 is_stmt 0 view .LVU16
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE4:
	.size	spin_lock_irqsave, .-spin_lock_irqsave
	.p2align 4
	.globl	spin_unlock_irqrestore
	.type	spin_unlock_irqrestore, @function
spin_unlock_irqrestore:
.LVL2:
.LFB5:
	.loc 1 40 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 41 2 view .LVU18
.LBB31:
.LBI31:
	.loc 1 24 20 view .LVU19
.LBB32:
	.loc 1 26 2 view .LVU20
	movl	$0, (%rdi)
.LVL3:
	.loc 1 26 2 is_stmt 0 view .LVU21
.LBE32:
.LBE31:
	.loc 1 42 2 is_stmt 1 view .LVU22
.LBB33:
.LBI33:
	.loc 1 12 20 view .LVU23
.LBB34:
	.loc 1 14 2 view .LVU24
#APP
# 14 "spinlock.c" 1
	push %rsi
	popf
# 0 "" 2
.LVL4:
	.loc 1 14 2 is_stmt 0 view .LVU25
#NO_APP
.LBE34:
.LBE33:
	.loc 1 43 1 view .LVU26
	ret
	.cfi_endproc
.LFE5:
	.size	spin_unlock_irqrestore, .-spin_unlock_irqrestore
	.p2align 4
	.globl	add_all
	.type	add_all, @function
add_all:
.LVL5:
.LFB6:
	.loc 1 46 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 47 2 view .LVU28
.LBB47:
.LBI47:
	.loc 1 32 7 view .LVU29
.LBB48:
	.loc 1 34 2 view .LVU30
.LBB49:
.LBI49:
	.loc 1 5 21 view .LVU31
.LBB50:
	.loc 1 7 2 view .LVU32
	.loc 1 8 2 view .LVU33
#APP
# 8 "spinlock.c" 1
	pushf
	pop %r9
	cli
# 0 "" 2
.LVL6:
	.loc 1 9 2 view .LVU34
	.loc 1 9 2 is_stmt 0 view .LVU35
#NO_APP
.LBE50:
.LBE49:
	.loc 1 35 2 is_stmt 1 view .LVU36
.LBB51:
.LBI51:
	.loc 1 17 20 view .LVU37
.LBB52:
	.loc 1 19 2 view .LVU38
	.loc 1 19 9 is_stmt 0 view .LVU39
	movl	$1, %edx
	.p2align 4,,10
	.p2align 3
.L13:
	.loc 1 19 9 is_stmt 1 view .LVU40
	movl	%edx, %eax
	xchgl	big_lock(%rip), %eax
	testl	%eax, %eax
	je	.L15
	.p2align 4,,10
	.p2align 3
.L23:
	.loc 1 20 10 view .LVU41
	.loc 1 20 11 is_stmt 0 view .LVU42
	movl	big_lock(%rip), %eax
	.loc 1 20 10 view .LVU43
	testl	%eax, %eax
	je	.L13
	.loc 1 21 4 is_stmt 1 view .LVU44
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L15:
.LVL7:
	.loc 1 21 4 is_stmt 0 view .LVU45
.LBE52:
.LBE51:
.LBE48:
.LBE47:
.LBB53:
	.loc 1 48 20 is_stmt 1 view .LVU46
	testl	%esi, %esi
	jle	.L17
	movslq	%esi, %r8
	xorl	%eax, %eax
	leaq	shared(%rip), %rcx
.LVL8:
	.p2align 4,,10
	.p2align 3
.L18:
	.loc 1 49 3 discriminator 3 view .LVU47
	.loc 1 49 18 is_stmt 0 discriminator 3 view .LVU48
	movq	%rax, %rdx
	movq	(%rdi,%rax,8), %rsi
	.loc 1 48 20 discriminator 3 view .LVU49
	addq	$1, %rax
.LVL9:
	.loc 1 49 18 discriminator 3 view .LVU50
	andl	$15, %edx
	addq	%rsi, (%rcx,%rdx,8)
	.loc 1 48 26 is_stmt 1 discriminator 3 view .LVU51
.LVL10:
	.loc 1 48 20 discriminator 3 view .LVU52
	cmpq	%r8, %rax
	jne	.L18
.LVL11:
.L17:
	.loc 1 48 20 is_stmt 0 discriminator 3 view .LVU53
.LBE53:
	.loc 1 50 2 is_stmt 1 view .LVU54
.LBB54:
.LBI54:
	.loc 1 39 6 view .LVU55
	.loc 1 41 2 view .LVU56
.LBB55:
.LBI55:
	.loc 1 24 20 view .LVU57
.LBB56:
	.loc 1 26 2 view .LVU58
	movl	$0, big_lock(%rip)
.LVL12:
	.loc 1 26 2 is_stmt 0 view .LVU59
.LBE56:
.LBE55:
	.loc 1 42 2 is_stmt 1 view .LVU60
.LBB57:
.LBI57:
	.loc 1 12 20 view .LVU61
.LBB58:
	.loc 1 14 2 view .LVU62
#APP
# 14 "spinlock.c" 1
	push %r9
	popf
# 0 "" 2
.LVL13:
	.loc 1 14 2 is_stmt 0 view .LVU63
#NO_APP
.LBE58:
.LBE57:
.LBE54:
	.loc 1 51 1 view .LVU64
	ret
	.cfi_endproc
.LFE6:
	.size	add_all, .-add_all
	.p2align 4
	.globl	maybe
	.type	maybe, @function
maybe:
.LVL14:
.LFB8:
	.loc 1 62 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 63 2 view .LVU66
	.loc 1 65 9 is_stmt 0 view .LVU67
	movslq	%edi, %rax
	.loc 1 63 5 view .LVU68
	cmpl	$100, %edi
	jg	.L27
	.loc 1 66 1 view .LVU69
	ret
	.p2align 4,,10
	.p2align 3
.L27:
	.loc 1 64 3 is_stmt 1 view .LVU70
.LVL15:
.LBB65:
.LBI65:
	.loc 1 53 13 view .LVU71
.LBB66:
	.loc 1 55 2 view .LVU72
.LBB67:
.LBI67:
	.loc 1 5 21 view .LVU73
.LBB68:
	.loc 1 7 2 view .LVU74
	.loc 1 8 2 view .LVU75
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rcx
	cli
# 0 "" 2
.LVL16:
	.loc 1 9 2 view .LVU76
	.loc 1 9 2 is_stmt 0 view .LVU77
#NO_APP
.LBE68:
.LBE67:
	.loc 1 56 2 is_stmt 1 view .LVU78
	.loc 1 56 17 is_stmt 0 view .LVU79
	leaq	shared(%rip), %rdx
	andl	$15, %edi
.LVL17:
	.loc 1 56 17 view .LVU80
	movq	(%rdx,%rdi,8), %rax
.LVL18:
	.loc 1 56 25 view .LVU81
	leaq	1(%rax), %rsi
	movq	%rsi, (%rdx,%rdi,8)
.LVL19:
	.loc 1 57 2 is_stmt 1 view .LVU82
.LBB69:
.LBI69:
	.loc 1 12 20 view .LVU83
.LBB70:
	.loc 1 14 2 view .LVU84
#APP
# 14 "spinlock.c" 1
	push %rcx
	popf
# 0 "" 2
.LVL20:
	.loc 1 14 2 is_stmt 0 view .LVU85
#NO_APP
.LBE70:
.LBE69:
	.loc 1 58 2 is_stmt 1 view .LVU86
	.loc 1 58 2 is_stmt 0 view .LVU87
.LBE66:
.LBE65:
	.loc 1 66 1 view .LVU88
	ret
	.cfi_endproc
.LFE8:
	.size	maybe, .-maybe
	.globl	shared
	.bss
	.align 32
	.type	shared, @object
	.size	shared, 128
shared:
	.zero	128
	.globl	big_lock
	.align 4
	.type	big_lock, @object
	.size	big_lock, 4
big_lock:
	.zero	4
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x4f2
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x11
	.long	.LASF13
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL17
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x9
	.long	.LASF3
	.byte	0x2
	.byte	0x17
	.long	0x35
	.uleb128 0xa
	.byte	0x7
	.long	.LASF2
	.uleb128 0x12
	.byte	0x4
	.byte	0x1
	.byte	0x3
	.byte	0x9
	.long	0x50
	.uleb128 0x13
	.string	"v"
	.byte	0x1
	.byte	0x3
	.byte	0x1f
	.long	0x57
	.byte	0
	.byte	0
	.uleb128 0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x15
	.long	0x50
	.uleb128 0x9
	.long	.LASF4
	.byte	0x3
	.byte	0x24
	.long	0x3b
	.uleb128 0xb
	.long	.LASF6
	.byte	0x1d
	.byte	0xc
	.long	0x5c
	.uleb128 0x9
	.byte	0x3
	.quad	big_lock
	.uleb128 0x16
	.long	0x8c
	.long	0x8c
	.uleb128 0x17
	.long	0x35
	.byte	0xf
	.byte	0
	.uleb128 0xa
	.byte	0x5
	.long	.LASF5
	.uleb128 0x18
	.long	0x8c
	.uleb128 0xb
	.long	.LASF7
	.byte	0x1e
	.byte	0x6
	.long	0x7c
	.uleb128 0x9
	.byte	0x3
	.quad	shared
	.uleb128 0x19
	.long	.LASF14
	.byte	0x1
	.byte	0x3d
	.byte	0x6
	.long	0x8c
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x188
	.uleb128 0xc
	.string	"x"
	.byte	0x3d
	.byte	0x10
	.long	0x50
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x2
	.long	0x188
	.quad	.LBI65
	.byte	.LVU71
	.quad	.LBB65
	.quad	.LBE65-.LBB65
	.byte	0x40
	.byte	0xa
	.uleb128 0x1
	.long	0x198
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x5
	.long	0x1a1
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x5
	.long	0x1aa
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x4
	.long	0x3c5
	.quad	.LBI67
	.byte	.LVU73
	.quad	.LBB67
	.quad	.LBE67-.LBB67
	.byte	0x37
	.byte	0xc
	.long	0x158
	.uleb128 0x5
	.long	0x3d5
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x2
	.long	0x3b1
	.quad	.LBI69
	.byte	.LVU83
	.quad	.LBB69
	.quad	.LBE69-.LBB69
	.byte	0x39
	.byte	0x2
	.uleb128 0x1
	.long	0x3bb
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF11
	.byte	0x35
	.byte	0xd
	.long	0x8c
	.byte	0x1
	.long	0x1b4
	.uleb128 0x3
	.string	"x"
	.byte	0x35
	.byte	0x1b
	.long	0x50
	.uleb128 0x6
	.string	"f"
	.byte	0x37
	.byte	0x8
	.long	0x2a
	.uleb128 0x6
	.string	"r"
	.byte	0x38
	.byte	0x7
	.long	0x8c
	.byte	0
	.uleb128 0x1a
	.long	.LASF15
	.byte	0x1
	.byte	0x2d
	.byte	0x6
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x33b
	.uleb128 0x1b
	.string	"v"
	.byte	0x1
	.byte	0x2d
	.byte	0x1a
	.long	0x33b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xc
	.string	"n"
	.byte	0x2d
	.byte	0x21
	.long	0x50
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x6
	.string	"f"
	.byte	0x2f
	.byte	0x8
	.long	0x2a
	.uleb128 0x1c
	.quad	.LBB53
	.quad	.LBE53-.LBB53
	.long	0x220
	.uleb128 0x1d
	.string	"i"
	.byte	0x1
	.byte	0x30
	.byte	0xb
	.long	0x50
	.long	.LLST8
	.long	.LVUS8
	.byte	0
	.uleb128 0x4
	.long	0x365
	.quad	.LBI47
	.byte	.LVU29
	.quad	.LBB47
	.quad	.LBE47-.LBB47
	.byte	0x2f
	.byte	0xc
	.long	0x2af
	.uleb128 0x1
	.long	0x376
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0xe
	.long	0x37f
	.uleb128 0x4
	.long	0x3c5
	.quad	.LBI49
	.byte	.LVU31
	.quad	.LBB49
	.quad	.LBE49-.LBB49
	.byte	0x22
	.byte	0xc
	.long	0x280
	.uleb128 0xe
	.long	0x3d5
	.byte	0
	.uleb128 0x2
	.long	0x39d
	.quad	.LBI51
	.byte	.LVU37
	.quad	.LBB51
	.quad	.LBE51-.LBB51
	.byte	0x23
	.byte	0x2
	.uleb128 0x1
	.long	0x3a7
	.long	.LLST7
	.long	.LVUS7
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	0x340
	.quad	.LBI54
	.byte	.LVU55
	.quad	.LBB54
	.quad	.LBE54-.LBB54
	.byte	0x32
	.byte	0x2
	.uleb128 0xf
	.long	0x356
	.uleb128 0x1
	.long	0x34d
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x4
	.long	0x389
	.quad	.LBI55
	.byte	.LVU57
	.quad	.LBB55
	.quad	.LBE55-.LBB55
	.byte	0x29
	.byte	0x2
	.long	0x313
	.uleb128 0x1
	.long	0x393
	.long	.LLST10
	.long	.LVUS10
	.byte	0
	.uleb128 0x2
	.long	0x3b1
	.quad	.LBI57
	.byte	.LVU61
	.quad	.LBB57
	.quad	.LBE57-.LBB57
	.byte	0x2a
	.byte	0x2
	.uleb128 0xf
	.long	0x3bb
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x10
	.long	0x92
	.uleb128 0x1e
	.long	.LASF16
	.byte	0x1
	.byte	0x27
	.byte	0x6
	.byte	0x1
	.long	0x360
	.uleb128 0x3
	.string	"l"
	.byte	0x27
	.byte	0x29
	.long	0x360
	.uleb128 0x3
	.string	"f"
	.byte	0x27
	.byte	0x32
	.long	0x2a
	.byte	0
	.uleb128 0x10
	.long	0x5c
	.uleb128 0x1f
	.long	.LASF17
	.byte	0x1
	.byte	0x20
	.byte	0x7
	.long	0x2a
	.byte	0x1
	.long	0x389
	.uleb128 0x3
	.string	"l"
	.byte	0x20
	.byte	0x25
	.long	0x360
	.uleb128 0x6
	.string	"f"
	.byte	0x22
	.byte	0x8
	.long	0x2a
	.byte	0
	.uleb128 0x7
	.long	.LASF8
	.byte	0x18
	.long	0x39d
	.uleb128 0x3
	.string	"l"
	.byte	0x18
	.byte	0x2c
	.long	0x360
	.byte	0
	.uleb128 0x7
	.long	.LASF9
	.byte	0x11
	.long	0x3b1
	.uleb128 0x3
	.string	"l"
	.byte	0x11
	.byte	0x2a
	.long	0x360
	.byte	0
	.uleb128 0x7
	.long	.LASF10
	.byte	0xc
	.long	0x3c5
	.uleb128 0x3
	.string	"f"
	.byte	0xc
	.byte	0x26
	.long	0x2a
	.byte	0
	.uleb128 0xd
	.long	.LASF12
	.byte	0x5
	.byte	0x15
	.long	0x2a
	.byte	0x3
	.long	0x3df
	.uleb128 0x6
	.string	"f"
	.byte	0x7
	.byte	0x8
	.long	0x2a
	.byte	0
	.uleb128 0x20
	.long	0x365
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x46f
	.uleb128 0x8
	.long	0x376
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.long	0x37f
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x4
	.long	0x3c5
	.quad	.LBI27
	.byte	.LVU2
	.quad	.LBB27
	.quad	.LBE27-.LBB27
	.byte	0x22
	.byte	0xc
	.long	0x440
	.uleb128 0x5
	.long	0x3d5
	.long	.LLST1
	.long	.LVUS1
	.byte	0
	.uleb128 0x2
	.long	0x39d
	.quad	.LBI29
	.byte	.LVU8
	.quad	.LBB29
	.quad	.LBE29-.LBB29
	.byte	0x23
	.byte	0x2
	.uleb128 0x1
	.long	0x3a7
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.byte	0
	.uleb128 0x21
	.long	0x340
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x8
	.long	0x34d
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x8
	.long	0x356
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.long	0x389
	.quad	.LBI31
	.byte	.LVU19
	.quad	.LBB31
	.quad	.LBE31-.LBB31
	.byte	0x29
	.byte	0x2
	.long	0x4c6
	.uleb128 0x1
	.long	0x393
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x2
	.long	0x3b1
	.quad	.LBI33
	.byte	.LVU23
	.quad	.LBB33
	.quad	.LBE33-.LBB33
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x3bb
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x16
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
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x13
	.byte	0x1
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
	.uleb128 0x13
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
	.uleb128 0x34
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
	.uleb128 0x1e
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x2e
	.byte	0x1
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x2e
	.byte	0x1
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
.LVUS11:
	.uleb128 0
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 0
.LLST11:
	.byte	0x6
	.quad	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL17-.LVL14
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL17-.LVL14
	.uleb128 .LVL18-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL14
	.uleb128 .LFE8-.LVL14
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU71
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU87
.LLST12:
	.byte	0x6
	.quad	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL17-.LVL15
	.uleb128 .LVL18-.LVL15
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.LVL15
	.uleb128 .LVL20-.LVL15
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU77
	.uleb128 0
.LLST13:
	.byte	0x8
	.quad	.LVL16
	.uleb128 .LFE8-.LVL16
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS14:
	.uleb128 .LVU82
	.uleb128 0
.LLST14:
	.byte	0x8
	.quad	.LVL19
	.uleb128 .LFE8-.LVL19
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 .LVU76
	.uleb128 .LVU77
.LLST15:
	.byte	0x8
	.quad	.LVL16
	.uleb128 .LVL16-.LVL16
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS16:
	.uleb128 .LVU83
	.uleb128 .LVU85
.LLST16:
	.byte	0x8
	.quad	.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 0
.LLST5:
	.byte	0x6
	.quad	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL8-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL8-.LVL5
	.uleb128 .LVL11-.LVL5
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL11-.LVL5
	.uleb128 .LFE6-.LVL5
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU45
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU50
.LLST8:
	.byte	0x6
	.quad	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU29
	.uleb128 .LVU45
.LLST6:
	.byte	0x8
	.quad	.LVL5
	.uleb128 .LVL7-.LVL5
	.uleb128 0xa
	.byte	0x3
	.quad	big_lock
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU37
	.uleb128 .LVU45
.LLST7:
	.byte	0x8
	.quad	.LVL6
	.uleb128 .LVL7-.LVL6
	.uleb128 0xa
	.byte	0x3
	.quad	big_lock
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU55
	.uleb128 .LVU63
.LLST9:
	.byte	0x8
	.quad	.LVL11
	.uleb128 .LVL13-.LVL11
	.uleb128 0xa
	.byte	0x3
	.quad	big_lock
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU57
	.uleb128 .LVU59
.LLST10:
	.byte	0x8
	.quad	.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0xa
	.byte	0x3
	.quad	big_lock
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 .LVU6
	.uleb128 0
.LLST0:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LFE4-.LVL1
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS1:
	.uleb128 .LVU5
	.uleb128 .LVU6
.LLST1:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LVL1-.LVL1
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS2:
	.uleb128 .LVU8
	.uleb128 0
.LLST2:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LFE4-.LVL1
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS3:
	.uleb128 .LVU19
	.uleb128 .LVU21
.LLST3:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS4:
	.uleb128 .LVU23
	.uleb128 .LVU25
.LLST4:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x1
	.byte	0x54
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
.LLRL17:
	.byte	0x7
	.quad	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"shared"
.LASF17:
	.string	"spin_lock_irqsave"
.LASF14:
	.string	"maybe"
.LASF8:
	.string	"spin_unlock"
.LASF4:
	.string	"spinlock_t"
.LASF5:
	.string	"long int"
.LASF12:
	.string	"irq_save"
.LASF3:
	.string	"ulong"
.LASF10:
	.string	"irq_restore"
.LASF11:
	.string	"slow_path"
.LASF9:
	.string	"spin_lock"
.LASF15:
	.string	"add_all"
.LASF16:
	.string	"spin_unlock_irqrestore"
.LASF6:
	.string	"big_lock"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"spinlock.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
