	.file	"crregs.c"
	.text
.Ltext0:
	.file 0 "." "crregs.c"
	.p2align 4
	.globl	flush_tlb
	.type	flush_tlb, @function
flush_tlb:
.LFB8:
	.file 1 "crregs.c"
	.loc 1 20 1 view -0
	.cfi_startproc
	.loc 1 21 2 view .LVU1
.LBB27:
.LBI27:
	.loc 1 7 21 view .LVU2
.LBB28:
	.loc 1 7 38 view .LVU3
	.loc 1 7 47 view .LVU4
#APP
# 7 "crregs.c" 1
	mov %cr3, %rax
# 0 "" 2
.LVL0:
	.loc 1 7 88 view .LVU5
	.loc 1 7 88 is_stmt 0 view .LVU6
#NO_APP
.LBE28:
.LBE27:
.LBB29:
.LBI29:
	.loc 1 8 20 is_stmt 1 view .LVU7
.LBB30:
	.loc 1 8 41 view .LVU8
#APP
# 8 "crregs.c" 1
	mov %rax, %cr3
# 0 "" 2
.LVL1:
	.loc 1 8 41 is_stmt 0 view .LVU9
#NO_APP
.LBE30:
.LBE29:
	.loc 1 22 1 view .LVU10
	ret
	.cfi_endproc
.LFE8:
	.size	flush_tlb, .-flush_tlb
	.p2align 4
	.globl	flush_range
	.type	flush_range, @function
flush_range:
.LVL2:
.LFB9:
	.loc 1 25 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 26 2 view .LVU12
.LBB31:
	.loc 1 26 7 view .LVU13
	.loc 1 26 26 view .LVU14
	testq	%rsi, %rsi
	je	.L3
	.loc 1 26 13 is_stmt 0 view .LVU15
	xorl	%eax, %eax
.LVL3:
	.p2align 4,,10
	.p2align 3
.L5:
	.loc 1 27 3 is_stmt 1 discriminator 3 view .LVU16
.LBB32:
.LBI32:
	.loc 1 12 20 discriminator 3 view .LVU17
.LBB33:
	.loc 1 14 2 discriminator 3 view .LVU18
.LBE33:
.LBE32:
	.loc 1 27 16 is_stmt 0 discriminator 3 view .LVU19
	leaq	(%rdi,%rax), %rdx
.LVL4:
.LBB35:
.LBB34:
	.loc 1 14 2 discriminator 3 view .LVU20
#APP
# 14 "crregs.c" 1
	invlpg (%rdx)
# 0 "" 2
.LVL5:
	.loc 1 14 2 discriminator 3 view .LVU21
#NO_APP
.LBE34:
.LBE35:
	.loc 1 26 37 is_stmt 1 discriminator 3 view .LVU22
	addq	$4096, %rax
.LVL6:
	.loc 1 26 26 discriminator 3 view .LVU23
	cmpq	%rsi, %rax
	jb	.L5
.LVL7:
.L3:
	.loc 1 26 26 is_stmt 0 discriminator 3 view .LVU24
.LBE31:
	.loc 1 28 1 view .LVU25
	ret
	.cfi_endproc
.LFE9:
	.size	flush_range, .-flush_range
	.p2align 4
	.globl	flush_global
	.type	flush_global, @function
flush_global:
.LFB10:
	.loc 1 31 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 32 2 view .LVU27
.LBB36:
.LBI36:
	.loc 1 9 21 view .LVU28
.LBB37:
	.loc 1 9 38 view .LVU29
	.loc 1 9 47 view .LVU30
#APP
# 9 "crregs.c" 1
	movq %cr4, %rax
# 0 "" 2
.LVL8:
	.loc 1 9 89 view .LVU31
	.loc 1 9 89 is_stmt 0 view .LVU32
#NO_APP
.LBE37:
.LBE36:
	.loc 1 33 2 is_stmt 1 view .LVU33
.LBB38:
.LBI38:
	.loc 1 10 20 view .LVU34
.LBB39:
	.loc 1 10 41 view .LVU35
.LBE39:
.LBE38:
	.loc 1 33 2 is_stmt 0 view .LVU36
	movq	%rax, %rdx
	andb	$127, %dl
.LBB41:
.LBB40:
	.loc 1 10 41 view .LVU37
#APP
# 10 "crregs.c" 1
	movq %rdx, %cr4
# 0 "" 2
.LVL9:
	.loc 1 10 41 view .LVU38
#NO_APP
.LBE40:
.LBE41:
	.loc 1 34 2 is_stmt 1 view .LVU39
.LBB42:
.LBI42:
	.loc 1 10 20 view .LVU40
.LBB43:
	.loc 1 10 41 view .LVU41
#APP
# 10 "crregs.c" 1
	movq %rax, %cr4
# 0 "" 2
.LVL10:
	.loc 1 10 41 is_stmt 0 view .LVU42
#NO_APP
.LBE43:
.LBE42:
	.loc 1 35 1 view .LVU43
	ret
	.cfi_endproc
.LFE10:
	.size	flush_global, .-flush_global
	.p2align 4
	.globl	cache_disable
	.type	cache_disable, @function
cache_disable:
.LFB11:
	.loc 1 38 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 39 2 view .LVU45
.LBB44:
.LBI44:
	.loc 1 4 21 view .LVU46
.LBB45:
	.loc 1 4 38 view .LVU47
	.loc 1 4 47 view .LVU48
#APP
# 4 "crregs.c" 1
	mov %cr0, %rax
# 0 "" 2
.LVL11:
	.loc 1 4 88 view .LVU49
	.loc 1 4 88 is_stmt 0 view .LVU50
#NO_APP
.LBE45:
.LBE44:
.LBB46:
.LBI46:
	.loc 1 5 20 is_stmt 1 view .LVU51
.LBB47:
	.loc 1 5 41 view .LVU52
.LBE47:
.LBE46:
	.loc 1 39 2 is_stmt 0 view .LVU53
	orq	$1073741824, %rax
.LVL12:
.LBB49:
.LBB48:
	.loc 1 5 41 view .LVU54
#APP
# 5 "crregs.c" 1
	mov %rax, %cr0
# 0 "" 2
.LVL13:
	.loc 1 5 41 view .LVU55
#NO_APP
.LBE48:
.LBE49:
	.loc 1 40 2 is_stmt 1 view .LVU56
#APP
# 40 "crregs.c" 1
	wbinvd
# 0 "" 2
	.loc 1 41 1 is_stmt 0 view .LVU57
#NO_APP
	ret
	.cfi_endproc
.LFE11:
	.size	cache_disable, .-cache_disable
	.p2align 4
	.globl	fpu_enable
	.type	fpu_enable, @function
fpu_enable:
.LFB12:
	.loc 1 44 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 2 view .LVU59
#APP
# 45 "crregs.c" 1
	clts
# 0 "" 2
	.loc 1 46 2 view .LVU60
#NO_APP
.LBB50:
.LBI50:
	.loc 1 4 21 view .LVU61
.LBB51:
	.loc 1 4 38 view .LVU62
	.loc 1 4 47 view .LVU63
#APP
# 4 "crregs.c" 1
	mov %cr0, %rax
# 0 "" 2
.LVL14:
	.loc 1 4 88 view .LVU64
	.loc 1 4 88 is_stmt 0 view .LVU65
#NO_APP
.LBE51:
.LBE50:
.LBB52:
.LBI52:
	.loc 1 5 20 is_stmt 1 view .LVU66
.LBB53:
	.loc 1 5 41 view .LVU67
.LBE53:
.LBE52:
	.loc 1 46 2 is_stmt 0 view .LVU68
	andq	$-13, %rax
.LVL15:
.LBB55:
.LBB54:
	.loc 1 5 41 view .LVU69
#APP
# 5 "crregs.c" 1
	mov %rax, %cr0
# 0 "" 2
.LVL16:
	.loc 1 5 41 view .LVU70
#NO_APP
.LBE54:
.LBE55:
	.loc 1 47 1 view .LVU71
	ret
	.cfi_endproc
.LFE12:
	.size	fpu_enable, .-fpu_enable
	.p2align 4
	.globl	page_fault
	.type	page_fault, @function
page_fault:
.LFB13:
	.loc 1 50 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 51 2 view .LVU73
.LBB56:
.LBI56:
	.loc 1 6 21 view .LVU74
.LBB57:
	.loc 1 6 38 view .LVU75
	.loc 1 6 47 view .LVU76
#APP
# 6 "crregs.c" 1
	mov %cr2, %rax
# 0 "" 2
.LVL17:
	.loc 1 6 88 view .LVU77
	.loc 1 6 88 is_stmt 0 view .LVU78
#NO_APP
.LBE57:
.LBE56:
	.loc 1 51 13 view .LVU79
	movq	%rax, fault_addr(%rip)
	.loc 1 52 1 view .LVU80
	ret
	.cfi_endproc
.LFE13:
	.size	page_fault, .-page_fault
	.p2align 4
	.globl	touch
	.type	touch, @function
touch:
.LFB14:
	.loc 1 57 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 58 2 view .LVU82
.LVL18:
.LBB58:
.LBI58:
	.loc 1 12 20 view .LVU83
.LBB59:
	.loc 1 14 2 view .LVU84
	leaq	page(%rip), %rax
#APP
# 14 "crregs.c" 1
	invlpg (%rax)
# 0 "" 2
.LVL19:
	.loc 1 14 2 is_stmt 0 view .LVU85
#NO_APP
.LBE59:
.LBE58:
	.loc 1 59 2 is_stmt 1 view .LVU86
#APP
# 59 "crregs.c" 1
	invlpg 64(%rax)
# 0 "" 2
	.loc 1 60 1 is_stmt 0 view .LVU87
#NO_APP
	ret
	.cfi_endproc
.LFE14:
	.size	touch, .-touch
	.local	page
	.comm	page,4096,4096
	.globl	fault_addr
	.bss
	.align 8
	.type	fault_addr, @object
	.size	fault_addr, 8
fault_addr:
	.zero	8
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x467
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xe
	.long	.LASF22
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL18
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0xf
	.long	.LASF23
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x36
	.uleb128 0xb
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x10
	.long	.LASF4
	.byte	0x1
	.byte	0x11
	.byte	0x7
	.long	0x2a
	.uleb128 0x9
	.byte	0x3
	.quad	fault_addr
	.uleb128 0x11
	.long	0x64
	.long	0x64
	.uleb128 0x12
	.long	0x36
	.value	0xfff
	.byte	0
	.uleb128 0xb
	.byte	0x1
	.byte	0x6
	.long	.LASF3
	.uleb128 0x13
	.long	0x64
	.uleb128 0x14
	.long	.LASF5
	.byte	0x1
	.byte	0x36
	.byte	0xd
	.long	0x53
	.value	0x1000
	.uleb128 0x9
	.byte	0x3
	.quad	page
	.uleb128 0x1
	.long	.LASF6
	.byte	0x38
	.quad	.LFB14
	.quad	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.long	0xd3
	.uleb128 0x4
	.long	0x3b9
	.quad	.LBI58
	.byte	.LVU83
	.quad	.LBB58
	.quad	.LBE58-.LBB58
	.byte	0x3a
	.byte	0x2
	.uleb128 0x2
	.long	0x3c3
	.long	.LLST17
	.long	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF7
	.byte	0x31
	.quad	.LFB13
	.quad	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.long	0x11e
	.uleb128 0x4
	.long	0x429
	.quad	.LBI56
	.byte	.LVU74
	.quad	.LBB56
	.quad	.LBE56-.LBB56
	.byte	0x33
	.byte	0xf
	.uleb128 0x3
	.long	0x437
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF8
	.byte	0x2b
	.quad	.LFB12
	.quad	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.long	0x18f
	.uleb128 0x5
	.long	0x454
	.quad	.LBI50
	.byte	.LVU61
	.quad	.LBB50
	.quad	.LBE50-.LBB50
	.byte	0x2e
	.byte	0xc
	.long	0x16c
	.uleb128 0x3
	.long	0x461
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0x9
	.long	0x440
	.quad	.LBI52
	.byte	.LVU66
	.long	.LLRL14
	.byte	0x2e
	.byte	0x2
	.uleb128 0x2
	.long	0x44a
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF9
	.byte	0x25
	.quad	.LFB11
	.quad	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.long	0x200
	.uleb128 0x5
	.long	0x454
	.quad	.LBI44
	.byte	.LVU46
	.quad	.LBB44
	.quad	.LBE44-.LBB44
	.byte	0x27
	.byte	0xc
	.long	0x1dd
	.uleb128 0x3
	.long	0x461
	.long	.LLST10
	.long	.LVUS10
	.byte	0
	.uleb128 0x9
	.long	0x440
	.quad	.LBI46
	.byte	.LVU51
	.long	.LLRL11
	.byte	0x27
	.byte	0x2
	.uleb128 0x2
	.long	0x44a
	.long	.LLST12
	.long	.LVUS12
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF10
	.byte	0x1e
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x2b7
	.uleb128 0xc
	.string	"cr4"
	.byte	0x20
	.byte	0x8
	.long	0x2a
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.long	0x3e7
	.quad	.LBI36
	.byte	.LVU28
	.quad	.LBB36
	.quad	.LBE36-.LBB36
	.byte	0x20
	.byte	0xe
	.long	0x261
	.uleb128 0x3
	.long	0x3f5
	.long	.LLST6
	.long	.LVUS6
	.byte	0
	.uleb128 0x15
	.long	0x3d3
	.quad	.LBI38
	.byte	.LVU34
	.long	.LLRL7
	.byte	0x1
	.byte	0x21
	.byte	0x2
	.long	0x288
	.uleb128 0x2
	.long	0x3dd
	.long	.LLST8
	.long	.LVUS8
	.byte	0
	.uleb128 0x4
	.long	0x3d3
	.quad	.LBI42
	.byte	.LVU40
	.quad	.LBB42
	.quad	.LBE42-.LBB42
	.byte	0x22
	.byte	0x2
	.uleb128 0x2
	.long	0x3dd
	.long	.LLST9
	.long	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0x1
	.long	.LASF11
	.byte	0x18
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x337
	.uleb128 0x16
	.long	.LASF12
	.byte	0x1
	.byte	0x18
	.byte	0x1e
	.long	0x337
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x17
	.string	"len"
	.byte	0x1
	.byte	0x18
	.byte	0x2b
	.long	0x2a
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x18
	.quad	.LBB31
	.quad	.LBE31-.LBB31
	.uleb128 0xc
	.string	"off"
	.byte	0x1a
	.byte	0xd
	.long	0x2a
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x9
	.long	0x3b9
	.quad	.LBI32
	.byte	.LVU17
	.long	.LLRL3
	.byte	0x1b
	.byte	0x3
	.uleb128 0x2
	.long	0x3c3
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	0x6b
	.uleb128 0x1
	.long	.LASF13
	.byte	0x13
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x3b9
	.uleb128 0x5
	.long	0x412
	.quad	.LBI27
	.byte	.LVU2
	.quad	.LBB27
	.quad	.LBE27-.LBB27
	.byte	0x15
	.byte	0x2
	.long	0x38a
	.uleb128 0x3
	.long	0x420
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x4
	.long	0x3fe
	.quad	.LBI29
	.byte	.LVU7
	.quad	.LBB29
	.quad	.LBE29-.LBB29
	.byte	0x15
	.byte	0x2
	.uleb128 0x2
	.long	0x408
	.long	.LLST1
	.long	.LVUS1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LASF14
	.byte	0xc
	.long	0x3cd
	.uleb128 0x7
	.string	"p"
	.byte	0xc
	.byte	0x27
	.long	0x3cd
	.byte	0
	.uleb128 0xd
	.long	0x3d2
	.uleb128 0x19
	.uleb128 0x6
	.long	.LASF15
	.byte	0xa
	.long	0x3e7
	.uleb128 0x7
	.string	"v"
	.byte	0xa
	.byte	0x24
	.long	0x2a
	.byte	0
	.uleb128 0xa
	.long	.LASF17
	.byte	0x9
	.long	0x2a
	.long	0x3fe
	.uleb128 0x8
	.string	"v"
	.byte	0x9
	.long	0x2a
	.byte	0
	.uleb128 0x6
	.long	.LASF16
	.byte	0x8
	.long	0x412
	.uleb128 0x7
	.string	"v"
	.byte	0x8
	.byte	0x24
	.long	0x2a
	.byte	0
	.uleb128 0xa
	.long	.LASF18
	.byte	0x7
	.long	0x2a
	.long	0x429
	.uleb128 0x8
	.string	"v"
	.byte	0x7
	.long	0x2a
	.byte	0
	.uleb128 0xa
	.long	.LASF19
	.byte	0x6
	.long	0x2a
	.long	0x440
	.uleb128 0x8
	.string	"v"
	.byte	0x6
	.long	0x2a
	.byte	0
	.uleb128 0x6
	.long	.LASF20
	.byte	0x5
	.long	0x454
	.uleb128 0x7
	.string	"v"
	.byte	0x5
	.byte	0x24
	.long	0x2a
	.byte	0
	.uleb128 0x1a
	.long	.LASF21
	.byte	0x1
	.byte	0x4
	.byte	0x15
	.long	0x2a
	.byte	0x3
	.uleb128 0x8
	.string	"v"
	.byte	0x4
	.long	0x2a
	.byte	0
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.sleb128 44
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x88
	.uleb128 0x5
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x26
	.byte	0
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
.LVUS17:
	.uleb128 .LVU83
	.uleb128 .LVU85
.LLST17:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0xa
	.byte	0x3
	.quad	page
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 .LVU77
	.uleb128 .LVU78
.LLST16:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LVL17-.LVL17
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS13:
	.uleb128 .LVU64
	.uleb128 .LVU65
.LLST13:
	.byte	0x8
	.quad	.LVL14
	.uleb128 .LVL14-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 .LVU65
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
.LLST15:
	.byte	0x6
	.quad	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x6
	.byte	0x70
	.sleb128 0
	.byte	0x9
	.byte	0xf3
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.LVL14
	.uleb128 .LVL16-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS10:
	.uleb128 .LVU49
	.uleb128 .LVU50
.LLST10:
	.byte	0x8
	.quad	.LVL11
	.uleb128 .LVL11-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS12:
	.uleb128 .LVU50
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU55
.LLST12:
	.byte	0x6
	.quad	.LVL11
	.byte	0x4
	.uleb128 .LVL11-.LVL11
	.uleb128 .LVL12-.LVL11
	.uleb128 0x7
	.byte	0x70
	.sleb128 0
	.byte	0x40
	.byte	0x4a
	.byte	0x24
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.LVL11
	.uleb128 .LVL13-.LVL11
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS5:
	.uleb128 .LVU32
	.uleb128 0
.LLST5:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LFE10-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU31
	.uleb128 .LVU32
.LLST6:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LVL8-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS8:
	.uleb128 .LVU34
	.uleb128 .LVU38
.LLST8:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x7
	.byte	0x70
	.sleb128 0
	.byte	0xb
	.value	0xff7f
	.byte	0x1a
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU40
	.uleb128 .LVU42
.LLST9:
	.byte	0x8
	.quad	.LVL9
	.uleb128 .LVL10-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS2:
	.uleb128 .LVU14
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU24
.LLST2:
	.byte	0x6
	.quad	.LVL2
	.byte	0x4
	.uleb128 .LVL2-.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL2
	.uleb128 .LVL7-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU17
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 .LVU21
.LLST4:
	.byte	0x6
	.quad	.LVL3
	.byte	0x4
	.uleb128 .LVL3-.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x6
	.byte	0x75
	.sleb128 0
	.byte	0x70
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.LVL3
	.uleb128 .LVL5-.LVL3
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS0:
	.uleb128 .LVU5
	.uleb128 .LVU6
.LLST0:
	.byte	0x8
	.quad	.LVL0
	.uleb128 .LVL0-.LVL0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU6
	.uleb128 .LVU9
.LLST1:
	.byte	0x8
	.quad	.LVL0
	.uleb128 .LVL1-.LVL0
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
.LLRL3:
	.byte	0x5
	.quad	.LBB32
	.byte	0x4
	.uleb128 .LBB32-.LBB32
	.uleb128 .LBE32-.LBB32
	.byte	0x4
	.uleb128 .LBB35-.LBB32
	.uleb128 .LBE35-.LBB32
	.byte	0
.LLRL7:
	.byte	0x5
	.quad	.LBB38
	.byte	0x4
	.uleb128 .LBB38-.LBB38
	.uleb128 .LBE38-.LBB38
	.byte	0x4
	.uleb128 .LBB41-.LBB38
	.uleb128 .LBE41-.LBB38
	.byte	0
.LLRL11:
	.byte	0x5
	.quad	.LBB46
	.byte	0x4
	.uleb128 .LBB46-.LBB46
	.uleb128 .LBE46-.LBB46
	.byte	0x4
	.uleb128 .LBB49-.LBB46
	.uleb128 .LBE49-.LBB46
	.byte	0
.LLRL14:
	.byte	0x5
	.quad	.LBB52
	.byte	0x4
	.uleb128 .LBB52-.LBB52
	.uleb128 .LBE52-.LBB52
	.byte	0x4
	.uleb128 .LBB55-.LBB52
	.uleb128 .LBE55-.LBB52
	.byte	0
.LLRL18:
	.byte	0x7
	.quad	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF16:
	.string	"write_cr3"
.LASF20:
	.string	"write_cr0"
.LASF22:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF15:
	.string	"write_cr4"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"fault_addr"
.LASF19:
	.string	"read_cr2"
.LASF8:
	.string	"fpu_enable"
.LASF18:
	.string	"read_cr3"
.LASF7:
	.string	"page_fault"
.LASF17:
	.string	"read_cr4"
.LASF10:
	.string	"flush_global"
.LASF3:
	.string	"char"
.LASF13:
	.string	"flush_tlb"
.LASF14:
	.string	"invlpg"
.LASF23:
	.string	"ulong"
.LASF6:
	.string	"touch"
.LASF21:
	.string	"read_cr0"
.LASF5:
	.string	"page"
.LASF9:
	.string	"cache_disable"
.LASF12:
	.string	"start"
.LASF11:
	.string	"flush_range"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"crregs.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
