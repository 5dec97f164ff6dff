	.file	"spinlock.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "spinlock.c"
	.section	.text.spin_lock_irqsave,"ax",@progbits
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
.LBB16:
.LBI16:
	.loc 1 5 21 view .LVU2
.LBB17:
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
.LBE17:
.LBE16:
	.loc 1 35 2 is_stmt 1 view .LVU7
.LBB18:
.LBI18:
	.loc 1 17 20 view .LVU8
.LBB19:
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
.LBE19:
.LBE18:
	.loc 1 37 1 is_stmt 0 view .LVU16
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE4:
	.size	spin_lock_irqsave, .-spin_lock_irqsave
	.section	.text.spin_unlock_irqrestore,"ax",@progbits
	.p2align 4
	.globl	spin_unlock_irqrestore
	.type	spin_unlock_irqrestore, @function
spin_unlock_irqrestore:
.LVL2:
.LFB5:
	.loc 1 40 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 41 2 view .LVU18
.LBB20:
.LBI20:
	.loc 1 24 20 view .LVU19
.LBB21:
	.loc 1 26 2 view .LVU20
	movl	$0, (%rdi)
.LVL3:
	.loc 1 26 2 is_stmt 0 view .LVU21
.LBE21:
.LBE20:
	.loc 1 42 2 is_stmt 1 view .LVU22
.LBB22:
.LBI22:
	.loc 1 12 20 view .LVU23
.LBB23:
	.loc 1 14 2 view .LVU24
#APP
# 14 "spinlock.c" 1
	push %rsi
	popf
# 0 "" 2
.LVL4:
	.loc 1 14 2 is_stmt 0 view .LVU25
#NO_APP
.LBE23:
.LBE22:
	.loc 1 43 1 view .LVU26
	ret
	.cfi_endproc
.LFE5:
	.size	spin_unlock_irqrestore, .-spin_unlock_irqrestore
	.section	.text.add_all,"ax",@progbits
	.p2align 4
	.globl	add_all
	.type	add_all, @function
add_all:
.LVL5:
.LFB6:
	.loc 1 46 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 47 2 view .LVU28
	.loc 1 46 1 is_stmt 0 view .LVU29
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	%esi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	.loc 1 47 12 view .LVU30
	movq	big_lock@GOTPCREL(%rip), %rbx
	movq	%rbx, %rdi
.LVL6:
	.loc 1 47 12 view .LVU31
	call	spin_lock_irqsave@PLT
.LVL7:
	.loc 1 47 12 view .LVU32
	movq	%rax, %rsi
.LVL8:
	.loc 1 48 2 is_stmt 1 view .LVU33
.LBB24:
	.loc 1 48 7 view .LVU34
	.loc 1 48 20 view .LVU35
	testl	%ebp, %ebp
	jle	.L13
	movq	shared@GOTPCREL(%rip), %rdi
	movslq	%ebp, %r9
	xorl	%edx, %edx
.LVL9:
	.p2align 4,,10
	.p2align 3
.L14:
	.loc 1 49 3 discriminator 3 view .LVU36
	.loc 1 49 18 is_stmt 0 discriminator 3 view .LVU37
	movq	%rdx, %rcx
	movq	(%r12,%rdx,8), %r8
	.loc 1 48 20 discriminator 3 view .LVU38
	addq	$1, %rdx
.LVL10:
	.loc 1 49 18 discriminator 3 view .LVU39
	andl	$15, %ecx
	addq	%r8, (%rdi,%rcx,8)
	.loc 1 48 26 is_stmt 1 discriminator 3 view .LVU40
.LVL11:
	.loc 1 48 20 discriminator 3 view .LVU41
	cmpq	%rdx, %r9
	jne	.L14
.L13:
	.loc 1 48 20 is_stmt 0 discriminator 3 view .LVU42
.LBE24:
	.loc 1 50 2 is_stmt 1 view .LVU43
	movq	%rbx, %rdi
	.loc 1 51 1 is_stmt 0 view .LVU44
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
.LVL12:
	.loc 1 51 1 view .LVU45
	popq	%r12
	.cfi_def_cfa_offset 8
.LVL13:
	.loc 1 50 2 view .LVU46
	jmp	spin_unlock_irqrestore@PLT
.LVL14:
	.loc 1 50 2 view .LVU47
	.cfi_endproc
.LFE6:
	.size	add_all, .-add_all
	.section	.text.maybe,"ax",@progbits
	.p2align 4
	.globl	maybe
	.type	maybe, @function
maybe:
.LVL15:
.LFB8:
	.loc 1 62 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 63 2 view .LVU49
	.loc 1 65 9 is_stmt 0 view .LVU50
	movslq	%edi, %rax
	.loc 1 63 5 view .LVU51
	cmpl	$100, %edi
	jg	.L20
	.loc 1 66 1 view .LVU52
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	.loc 1 64 3 is_stmt 1 view .LVU53
.LVL16:
.LBB31:
.LBI31:
	.loc 1 53 13 view .LVU54
.LBB32:
	.loc 1 55 2 view .LVU55
.LBB33:
.LBI33:
	.loc 1 5 21 view .LVU56
.LBB34:
	.loc 1 7 2 view .LVU57
	.loc 1 8 2 view .LVU58
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rcx
	cli
# 0 "" 2
.LVL17:
	.loc 1 9 2 view .LVU59
	.loc 1 9 2 is_stmt 0 view .LVU60
#NO_APP
.LBE34:
.LBE33:
	.loc 1 56 2 is_stmt 1 view .LVU61
	.loc 1 56 17 is_stmt 0 view .LVU62
	movq	shared@GOTPCREL(%rip), %rdx
	andl	$15, %edi
.LVL18:
	.loc 1 56 17 view .LVU63
	movq	(%rdx,%rdi,8), %rax
.LVL19:
	.loc 1 56 25 view .LVU64
	leaq	1(%rax), %rsi
	movq	%rsi, (%rdx,%rdi,8)
.LVL20:
	.loc 1 57 2 is_stmt 1 view .LVU65
.LBB35:
.LBI35:
	.loc 1 12 20 view .LVU66
.LBB36:
	.loc 1 14 2 view .LVU67
#APP
# 14 "spinlock.c" 1
	push %rcx
	popf
# 0 "" 2
.LVL21:
	.loc 1 14 2 is_stmt 0 view .LVU68
#NO_APP
.LBE36:
.LBE35:
	.loc 1 58 2 is_stmt 1 view .LVU69
	.loc 1 58 2 is_stmt 0 view .LVU70
.LBE32:
.LBE31:
	.loc 1 66 1 view .LVU71
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
	.long	0x3e9
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x12
	.long	.LASF16
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL15
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0xb
	.long	.LASF3
	.byte	0x2
	.byte	0x17
	.long	0x35
	.uleb128 0xc
	.byte	0x7
	.long	.LASF2
	.uleb128 0x13
	.byte	0x4
	.byte	0x1
	.byte	0x3
	.byte	0x9
	.long	0x50
	.uleb128 0x14
	.string	"v"
	.byte	0x1
	.byte	0x3
	.byte	0x1f
	.long	0x57
	.byte	0
	.byte	0
	.uleb128 0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x16
	.long	0x50
	.uleb128 0xb
	.long	.LASF4
	.byte	0x3
	.byte	0x24
	.long	0x3b
	.uleb128 0xd
	.long	.LASF6
	.byte	0x1d
	.byte	0xc
	.long	0x5c
	.uleb128 0x9
	.byte	0x3
	.quad	big_lock
	.uleb128 0x17
	.long	0x8c
	.long	0x8c
	.uleb128 0x18
	.long	0x35
	.byte	0xf
	.byte	0
	.uleb128 0xc
	.byte	0x5
	.long	.LASF5
	.uleb128 0x19
	.long	0x8c
	.uleb128 0xd
	.long	.LASF7
	.byte	0x1e
	.byte	0x6
	.long	0x7c
	.uleb128 0x9
	.byte	0x3
	.quad	shared
	.uleb128 0xe
	.long	.LASF10
	.byte	0x3d
	.byte	0x6
	.long	0x8c
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x187
	.uleb128 0x5
	.string	"x"
	.byte	0x3d
	.byte	0x10
	.long	0x50
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x2
	.long	0x187
	.quad	.LBI31
	.byte	.LVU54
	.quad	.LBB31
	.quad	.LBE31-.LBB31
	.byte	0x40
	.byte	0xa
	.uleb128 0x1
	.long	0x198
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x3
	.long	0x1a1
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x3
	.long	0x1aa
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x6
	.long	0x3d5
	.quad	.LBI33
	.byte	.LVU56
	.quad	.LBB33
	.quad	.LBE33-.LBB33
	.byte	0x37
	.byte	0xc
	.long	0x157
	.uleb128 0x3
	.long	0x3e2
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0x2
	.long	0x3c1
	.quad	.LBI35
	.byte	.LVU66
	.quad	.LBB35
	.quad	.LBE35-.LBB35
	.byte	0x39
	.byte	0x2
	.uleb128 0x1
	.long	0x3cb
	.long	.LLST14
	.long	.LVUS14
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1a
	.long	.LASF17
	.byte	0x1
	.byte	0x35
	.byte	0xd
	.long	0x8c
	.byte	0x1
	.long	0x1b4
	.uleb128 0x4
	.string	"x"
	.byte	0x35
	.byte	0x1b
	.long	0x50
	.uleb128 0x7
	.string	"f"
	.byte	0x37
	.byte	0x8
	.long	0x2a
	.uleb128 0x7
	.string	"r"
	.byte	0x38
	.byte	0x7
	.long	0x8c
	.byte	0
	.uleb128 0xf
	.long	.LASF8
	.byte	0x2d
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x25e
	.uleb128 0x5
	.string	"v"
	.byte	0x2d
	.byte	0x1a
	.long	0x25e
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.string	"n"
	.byte	0x2d
	.byte	0x21
	.long	0x50
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x8
	.string	"f"
	.byte	0x2f
	.byte	0x8
	.long	0x2a
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x1b
	.quad	.LBB24
	.quad	.LBE24-.LBB24
	.long	0x22a
	.uleb128 0x8
	.string	"i"
	.byte	0x30
	.byte	0xb
	.long	0x50
	.long	.LLST8
	.long	.LVUS8
	.byte	0
	.uleb128 0x1c
	.quad	.LVL7
	.long	0x2fb
	.long	0x242
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x1d
	.quad	.LVL14
	.long	0x263
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	big_lock
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	0x92
	.uleb128 0xf
	.long	.LASF9
	.byte	0x27
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x2f6
	.uleb128 0x9
	.string	"l"
	.byte	0x27
	.byte	0x29
	.long	0x2f6
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.string	"f"
	.byte	0x27
	.byte	0x32
	.long	0x2a
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.long	0x399
	.quad	.LBI20
	.byte	.LVU19
	.quad	.LBB20
	.quad	.LBE20-.LBB20
	.byte	0x29
	.byte	0x2
	.long	0x2c7
	.uleb128 0x1
	.long	0x3a3
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0x2
	.long	0x3c1
	.quad	.LBI22
	.byte	.LVU23
	.quad	.LBB22
	.quad	.LBE22-.LBB22
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x3cb
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	0x5c
	.uleb128 0xe
	.long	.LASF11
	.byte	0x20
	.byte	0x7
	.long	0x2a
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x399
	.uleb128 0x9
	.string	"l"
	.byte	0x20
	.byte	0x25
	.long	0x2f6
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x8
	.string	"f"
	.byte	0x22
	.byte	0x8
	.long	0x2a
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x6
	.long	0x3d5
	.quad	.LBI16
	.byte	.LVU2
	.quad	.LBB16
	.quad	.LBE16-.LBB16
	.byte	0x22
	.byte	0xc
	.long	0x36a
	.uleb128 0x3
	.long	0x3e2
	.long	.LLST1
	.long	.LVUS1
	.byte	0
	.uleb128 0x2
	.long	0x3ad
	.quad	.LBI18
	.byte	.LVU8
	.quad	.LBB18
	.quad	.LBE18-.LBB18
	.byte	0x23
	.byte	0x2
	.uleb128 0x1
	.long	0x3b7
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.byte	0
	.uleb128 0xa
	.long	.LASF12
	.byte	0x18
	.long	0x3ad
	.uleb128 0x4
	.string	"l"
	.byte	0x18
	.byte	0x2c
	.long	0x2f6
	.byte	0
	.uleb128 0xa
	.long	.LASF13
	.byte	0x11
	.long	0x3c1
	.uleb128 0x4
	.string	"l"
	.byte	0x11
	.byte	0x2a
	.long	0x2f6
	.byte	0
	.uleb128 0xa
	.long	.LASF14
	.byte	0xc
	.long	0x3d5
	.uleb128 0x4
	.string	"f"
	.byte	0xc
	.byte	0x26
	.long	0x2a
	.byte	0
	.uleb128 0x1e
	.long	.LASF15
	.byte	0x1
	.byte	0x5
	.byte	0x15
	.long	0x2a
	.byte	0x3
	.uleb128 0x7
	.string	"f"
	.byte	0x7
	.byte	0x8
	.long	0x2a
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
	.uleb128 0xb
	.uleb128 0x49
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
.LVUS9:
	.uleb128 0
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 0
.LLST9:
	.byte	0x6
	.quad	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL18-.LVL15
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL18-.LVL15
	.uleb128 .LVL19-.LVL15
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.LVL15
	.uleb128 .LFE8-.LVL15
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU54
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU70
.LLST10:
	.byte	0x6
	.quad	.LVL16
	.byte	0x4
	.uleb128 .LVL16-.LVL16
	.uleb128 .LVL18-.LVL16
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL18-.LVL16
	.uleb128 .LVL19-.LVL16
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL19-.LVL16
	.uleb128 .LVL21-.LVL16
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU60
	.uleb128 0
.LLST11:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LFE8-.LVL17
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 .LVU65
	.uleb128 0
.LLST12:
	.byte	0x8
	.quad	.LVL20
	.uleb128 .LFE8-.LVL20
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS13:
	.uleb128 .LVU59
	.uleb128 .LVU60
.LLST13:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LVL17-.LVL17
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS14:
	.uleb128 .LVU66
	.uleb128 .LVU68
.LLST14:
	.byte	0x8
	.quad	.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 0
.LLST5:
	.byte	0x6
	.quad	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL6-.LVL5
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.LVL5
	.uleb128 .LVL13-.LVL5
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL13-.LVL5
	.uleb128 .LFE6-.LVL5
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 0
.LLST6:
	.byte	0x6
	.quad	.LVL5
	.byte	0x4
	.uleb128 .LVL5-.LVL5
	.uleb128 .LVL7-1-.LVL5
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL7-1-.LVL5
	.uleb128 .LVL12-.LVL5
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL12-.LVL5
	.uleb128 .LFE6-.LVL5
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU33
	.uleb128 .LVU47
.LLST7:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LVL14-1-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS8:
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU36
	.uleb128 .LVU39
.LLST8:
	.byte	0x6
	.quad	.LVL8
	.byte	0x4
	.uleb128 .LVL8-.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL8
	.uleb128 .LVL10-.LVL8
	.uleb128 0x1
	.byte	0x51
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
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x5c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.quad	.LFB8
	.quad	.LFE8-.LFB8
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
.LLRL15:
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
	.quad	.LFB8
	.uleb128 .LFE8-.LFB8
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"shared"
.LASF11:
	.string	"spin_lock_irqsave"
.LASF10:
	.string	"maybe"
.LASF12:
	.string	"spin_unlock"
.LASF4:
	.string	"spinlock_t"
.LASF5:
	.string	"long int"
.LASF15:
	.string	"irq_save"
.LASF3:
	.string	"ulong"
.LASF14:
	.string	"irq_restore"
.LASF17:
	.string	"slow_path"
.LASF13:
	.string	"spin_lock"
.LASF8:
	.string	"add_all"
.LASF9:
	.string	"spin_unlock_irqrestore"
.LASF6:
	.string	"big_lock"
.LASF16:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"spinlock.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
