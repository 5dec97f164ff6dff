	.file	"cpuid.c"
	.text
.Ltext0:
	.file 0 "." "cpuid.c"
	.p2align 4
	.globl	detect
	.type	detect, @function
detect:
.LFB3:
	.file 1 "cpuid.c"
	.loc 1 26 1 view -0
	.cfi_startproc
	.loc 1 27 2 view .LVU1
	.loc 1 28 2 view .LVU2
.LVL0:
.LBB15:
.LBI15:
	.loc 1 4 20 view .LVU3
.LBB16:
	.loc 1 6 2 view .LVU4
	xorl	%esi, %esi
.LBE16:
.LBE15:
	.loc 1 26 1 is_stmt 0 view .LVU5
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB18:
.LBB17:
	.loc 1 6 2 view .LVU6
	movl	%esi, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
.LVL1:
	.loc 1 6 2 view .LVU7
#NO_APP
.LBE17:
.LBE18:
	.loc 1 29 2 is_stmt 1 view .LVU8
	.loc 1 32 13 is_stmt 0 view .LVU9
	movb	$0, 12+vendor(%rip)
	.loc 1 29 26 view .LVU10
	movl	%ebx, vendor(%rip)
	.loc 1 30 2 is_stmt 1 view .LVU11
	.loc 1 30 26 is_stmt 0 view .LVU12
	movl	%edx, 4+vendor(%rip)
	.loc 1 31 2 is_stmt 1 view .LVU13
	.loc 1 31 26 is_stmt 0 view .LVU14
	movl	%ecx, 8+vendor(%rip)
	.loc 1 32 2 is_stmt 1 view .LVU15
	.loc 1 33 2 view .LVU16
	.loc 1 33 5 is_stmt 0 view .LVU17
	cmpl	$6, %eax
	jbe	.L2
	.loc 1 34 3 is_stmt 1 view .LVU18
.LVL2:
.LBB19:
.LBI19:
	.loc 1 4 20 view .LVU19
.LBB20:
	.loc 1 6 2 view .LVU20
	movl	$7, %eax
.LVL3:
	.loc 1 6 2 is_stmt 0 view .LVU21
	movl	%esi, %ecx
.LVL4:
	.loc 1 6 2 view .LVU22
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
.LVL5:
	.loc 1 6 2 view .LVU23
#NO_APP
.LBE20:
.LBE19:
	.loc 1 35 3 is_stmt 1 view .LVU24
	.loc 1 35 15 is_stmt 0 view .LVU25
	movl	%ebx, 8+features(%rip)
.LVL6:
.L2:
	.loc 1 37 2 is_stmt 1 view .LVU26
.LBB21:
.LBI21:
	.loc 1 4 20 view .LVU27
.LBB22:
	.loc 1 6 2 view .LVU28
	movl	$1, %eax
	xorl	%ecx, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
.LVL7:
	.loc 1 6 2 is_stmt 0 view .LVU29
#NO_APP
.LBE22:
.LBE21:
	.loc 1 38 2 is_stmt 1 view .LVU30
	.loc 1 40 13 is_stmt 0 view .LVU31
	shrl	$8, %eax
.LVL8:
	.loc 1 38 14 view .LVU32
	movl	%ecx, features(%rip)
	.loc 1 39 2 is_stmt 1 view .LVU33
	.loc 1 41 1 is_stmt 0 view .LVU34
	popq	%rbx
	.cfi_def_cfa_offset 8
	.loc 1 40 18 view .LVU35
	andl	$15, %eax
	.loc 1 39 14 view .LVU36
	movl	%edx, 4+features(%rip)
	.loc 1 40 2 is_stmt 1 view .LVU37
	.loc 1 41 1 is_stmt 0 view .LVU38
	ret
	.cfi_endproc
.LFE3:
	.size	detect, .-detect
	.p2align 4
	.globl	enable_avx
	.type	enable_avx, @function
enable_avx:
.LFB4:
	.loc 1 44 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 2 view .LVU40
	.loc 1 45 5 is_stmt 0 view .LVU41
	testb	$8, 3+features(%rip)
	je	.L7
	.loc 1 47 2 is_stmt 1 view .LVU42
.LVL9:
.LBB23:
.LBI23:
	.loc 1 10 34 view .LVU43
.LBB24:
	.loc 1 12 2 view .LVU44
	.loc 1 13 2 view .LVU45
	xorl	%ecx, %ecx
#APP
# 13 "cpuid.c" 1
	xgetbv
# 0 "" 2
.LVL10:
	.loc 1 14 2 view .LVU46
	.loc 1 14 32 is_stmt 0 view .LVU47
#NO_APP
	salq	$32, %rdx
	.loc 1 14 38 view .LVU48
	movl	%eax, %eax
	orq	%rax, %rdx
.LBE24:
.LBE23:
	.loc 1 47 2 view .LVU49
	movq	%rdx, %rax
.LBB25:
.LBB26:
	.loc 1 19 73 view .LVU50
	shrq	$32, %rdx
.LBE26:
.LBE25:
	.loc 1 47 2 view .LVU51
	orq	$7, %rax
.LVL11:
.LBB28:
.LBI25:
	.loc 1 17 20 is_stmt 1 view .LVU52
.LBB27:
	.loc 1 19 2 view .LVU53
#APP
# 19 "cpuid.c" 1
	xsetbv
# 0 "" 2
.LVL12:
	.loc 1 19 2 is_stmt 0 view .LVU54
#NO_APP
.LBE27:
.LBE28:
	.loc 1 48 2 is_stmt 1 view .LVU55
	.loc 1 48 9 is_stmt 0 view .LVU56
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	.loc 1 46 10 view .LVU57
	movl	$-1, %eax
	.loc 1 49 1 view .LVU58
	ret
	.cfi_endproc
.LFE4:
	.size	enable_avx, .-enable_avx
	.p2align 4
	.globl	max_leaf
	.type	max_leaf, @function
max_leaf:
.LVL13:
.LFB5:
	.loc 1 52 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 53 2 view .LVU60
	.loc 1 54 2 view .LVU61
	.loc 1 55 2 view .LVU62
.LBB29:
	.loc 1 55 7 view .LVU63
	.loc 1 55 28 view .LVU64
	cmpl	$-5, %edi
	ja	.L11
	leal	1(%rdi), %eax
	leal	4(%rdi), %edx
.LBE29:
	.loc 1 52 1 is_stmt 0 view .LVU65
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	cmpl	%eax, %edx
	sbbl	%eax, %eax
	.loc 1 54 11 view .LVU66
	xorl	%r8d, %r8d
.LBB34:
.LBB30:
.LBB31:
	.loc 1 6 2 view .LVU67
	xorl	%esi, %esi
	andl	$-3, %eax
	leal	4(%rdi,%rax), %r9d
.LVL14:
.L10:
	.loc 1 6 2 view .LVU68
.LBE31:
.LBE30:
	.loc 1 56 3 is_stmt 1 view .LVU69
.LBB33:
.LBI30:
	.loc 1 4 20 view .LVU70
.LBB32:
	.loc 1 6 2 view .LVU71
	movl	%edi, %eax
	movl	%esi, %ecx
#APP
# 6 "cpuid.c" 1
	cpuid
# 0 "" 2
.LVL15:
	.loc 1 6 2 is_stmt 0 view .LVU72
#NO_APP
.LBE32:
.LBE33:
	.loc 1 57 3 is_stmt 1 view .LVU73
	.loc 1 57 5 is_stmt 0 view .LVU74
	cmpl	$1, %eax
	sbbl	$-1, %r8d
.LVL16:
	.loc 1 55 41 is_stmt 1 view .LVU75
	addl	$1, %edi
.LVL17:
	.loc 1 55 28 view .LVU76
	cmpl	%r9d, %edi
	jne	.L10
.LBE34:
	.loc 1 59 2 view .LVU77
	.loc 1 60 1 is_stmt 0 view .LVU78
	movl	%r8d, %eax
.LVL18:
	.loc 1 60 1 view .LVU79
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.LVL19:
	.p2align 4,,10
	.p2align 3
.L11:
	.cfi_restore 3
	.loc 1 60 1 view .LVU80
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE5:
	.size	max_leaf, .-max_leaf
	.globl	features
	.bss
	.align 16
	.type	features, @object
	.size	features, 16
features:
	.zero	16
	.globl	vendor
	.align 8
	.type	vendor, @object
	.size	vendor, 13
vendor:
	.zero	13
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x39a
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
	.byte	0x10
	.byte	0x1
	.byte	0x2
	.byte	0x8
	.long	0x60
	.uleb128 0x3
	.string	"a"
	.byte	0x18
	.long	0x60
	.byte	0
	.uleb128 0x3
	.string	"b"
	.byte	0x1b
	.long	0x60
	.byte	0x4
	.uleb128 0x3
	.string	"c"
	.byte	0x1e
	.long	0x60
	.byte	0x8
	.uleb128 0x3
	.string	"d"
	.byte	0x21
	.long	0x60
	.byte	0xc
	.byte	0
	.uleb128 0x4
	.byte	0x4
	.byte	0x7
	.long	.LASF2
	.uleb128 0x7
	.long	0x7e
	.long	0x77
	.uleb128 0x8
	.long	0x77
	.byte	0xc
	.byte	0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.long	.LASF3
	.uleb128 0x4
	.byte	0x1
	.byte	0x6
	.long	.LASF4
	.uleb128 0x9
	.long	.LASF5
	.byte	0x16
	.byte	0x6
	.long	0x67
	.uleb128 0x9
	.byte	0x3
	.quad	vendor
	.uleb128 0x7
	.long	0x60
	.long	0xaa
	.uleb128 0x8
	.long	0x77
	.byte	0x3
	.byte	0
	.uleb128 0x9
	.long	.LASF6
	.byte	0x17
	.byte	0xa
	.long	0x9a
	.uleb128 0x9
	.byte	0x3
	.quad	features
	.uleb128 0x6
	.long	.LASF7
	.byte	0x33
	.byte	0xa
	.long	0x60
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x16a
	.uleb128 0x11
	.long	.LASF16
	.byte	0x1
	.byte	0x33
	.byte	0x1c
	.long	0x60
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x5
	.string	"r"
	.byte	0x35
	.byte	0xe
	.long	0x2e
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x5
	.string	"n"
	.byte	0x36
	.byte	0xb
	.long	0x60
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x12
	.long	.LLRL20
	.uleb128 0x5
	.string	"l"
	.byte	0x37
	.byte	0x10
	.long	0x60
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0xa
	.long	0x36c
	.quad	.LBI30
	.byte	.LVU70
	.long	.LLRL22
	.byte	0x38
	.byte	0x3
	.uleb128 0x1
	.long	0x38d
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0x1
	.long	0x382
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x1
	.long	0x376
	.long	.LLST25
	.long	.LVUS25
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LASF8
	.byte	0x2b
	.byte	0x5
	.long	0x207
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x207
	.uleb128 0xb
	.long	0x33d
	.quad	.LBI23
	.byte	.LVU43
	.quad	.LBB23
	.quad	.LBE23-.LBB23
	.byte	0x2f
	.byte	0xc
	.long	0x1d7
	.uleb128 0x1
	.long	0x34e
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0xc
	.long	0x359
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0xc
	.long	0x362
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0xa
	.long	0x317
	.quad	.LBI25
	.byte	.LVU52
	.long	.LLRL14
	.byte	0x2f
	.byte	0x2
	.uleb128 0x1
	.long	0x32c
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x1
	.long	0x321
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.byte	0
	.uleb128 0x13
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x6
	.long	.LASF9
	.byte	0x19
	.byte	0x5
	.long	0x207
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x317
	.uleb128 0x5
	.string	"r"
	.byte	0x1b
	.byte	0xe
	.long	0x2e
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x14
	.long	0x36c
	.quad	.LBI15
	.byte	.LVU3
	.long	.LLRL1
	.byte	0x1
	.byte	0x1c
	.byte	0x2
	.long	0x281
	.uleb128 0x1
	.long	0x38d
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x1
	.long	0x382
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.long	0x376
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.uleb128 0xb
	.long	0x36c
	.quad	.LBI19
	.byte	.LVU19
	.quad	.LBB19
	.quad	.LBE19-.LBB19
	.byte	0x22
	.byte	0x3
	.long	0x2cd
	.uleb128 0x1
	.long	0x38d
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x1
	.long	0x382
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x1
	.long	0x376
	.long	.LLST7
	.long	.LVUS7
	.byte	0
	.uleb128 0x15
	.long	0x36c
	.quad	.LBI21
	.byte	.LVU27
	.quad	.LBB21
	.quad	.LBE21-.LBB21
	.byte	0x1
	.byte	0x25
	.byte	0x2
	.uleb128 0x1
	.long	0x38d
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x1
	.long	0x382
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x1
	.long	0x376
	.long	.LLST10
	.long	.LVUS10
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF11
	.byte	0x11
	.long	0x336
	.uleb128 0x2
	.string	"idx"
	.byte	0x11
	.byte	0x24
	.long	0x60
	.uleb128 0x2
	.string	"v"
	.byte	0x11
	.byte	0x3c
	.long	0x336
	.byte	0
	.uleb128 0x4
	.byte	0x8
	.byte	0x7
	.long	.LASF10
	.uleb128 0x16
	.long	.LASF17
	.byte	0x1
	.byte	0xa
	.byte	0x22
	.long	0x336
	.byte	0x3
	.long	0x36c
	.uleb128 0x2
	.string	"idx"
	.byte	0xa
	.byte	0x32
	.long	0x60
	.uleb128 0xe
	.string	"lo"
	.byte	0xb
	.long	0x60
	.uleb128 0xe
	.string	"hi"
	.byte	0xf
	.long	0x60
	.byte	0
	.uleb128 0xd
	.long	.LASF12
	.byte	0x4
	.long	0x397
	.uleb128 0x17
	.long	.LASF13
	.byte	0x1
	.byte	0x4
	.byte	0x23
	.long	0x60
	.uleb128 0x2
	.string	"sub"
	.byte	0x4
	.byte	0x32
	.long	0x60
	.uleb128 0x2
	.string	"r"
	.byte	0x4
	.byte	0x44
	.long	0x397
	.byte	0
	.uleb128 0x18
	.byte	0x8
	.long	0x2e
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
	.uleb128 0x3
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x4
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xe
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x39
	.uleb128 0xb
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
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x15
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 0
.LLST17:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LFE5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS18:
	.uleb128 .LVU72
	.uleb128 .LVU79
.LLST18:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x5
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0xc
	.byte	0
.LVUS19:
	.uleb128 .LVU62
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 0
.LLST19:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LFE5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU64
	.uleb128 0
.LLST21:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS23:
	.uleb128 .LVU70
	.uleb128 .LVU72
.LLST23:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+244
	.sleb128 0
	.byte	0
.LVUS24:
	.uleb128 .LVU70
	.uleb128 .LVU72
.LLST24:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU70
	.uleb128 .LVU72
.LLST25:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS11:
	.uleb128 .LVU43
	.uleb128 .LVU47
.LLST11:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU46
	.uleb128 .LVU47
.LLST12:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS13:
	.uleb128 .LVU46
	.uleb128 .LVU47
.LLST13:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS15:
	.uleb128 .LVU52
	.uleb128 .LVU54
.LLST15:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS16:
	.uleb128 .LVU52
	.uleb128 .LVU54
.LLST16:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 .LVU7
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU29
	.uleb128 .LVU29
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0xc
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x52
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0xb
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x52
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x13
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x3
	.quad	vendor+8
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x7
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x7
	.byte	0x93
	.uleb128 0x4
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0xb
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x52
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x8
	.byte	0x93
	.uleb128 0x8
	.byte	0x52
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS2:
	.uleb128 .LVU3
	.uleb128 .LVU7
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+559
	.sleb128 0
	.byte	0
.LVUS3:
	.uleb128 .LVU3
	.uleb128 .LVU7
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU19
	.uleb128 .LVU23
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+559
	.sleb128 0
	.byte	0
.LVUS6:
	.uleb128 .LVU19
	.uleb128 .LVU23
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU19
	.uleb128 .LVU23
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU27
	.uleb128 .LVU29
.LLST8:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x6
	.byte	0xa0
	.long	.Ldebug_info0+559
	.sleb128 0
	.byte	0
.LVUS9:
	.uleb128 .LVU27
	.uleb128 .LVU29
.LLST9:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU27
	.uleb128 .LVU29
.LLST10:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
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
.LLRL1:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.LLRL20:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0
.LLRL22:
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
.LASF5:
	.string	"vendor"
.LASF2:
	.string	"unsigned int"
.LASF8:
	.string	"enable_avx"
.LASF7:
	.string	"max_leaf"
.LASF14:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF3:
	.string	"long unsigned int"
.LASF10:
	.string	"long long unsigned int"
.LASF12:
	.string	"cpuid"
.LASF16:
	.string	"base"
.LASF13:
	.string	"leaf"
.LASF6:
	.string	"features"
.LASF4:
	.string	"char"
.LASF15:
	.string	"regs"
.LASF9:
	.string	"detect"
.LASF17:
	.string	"xgetbv"
.LASF11:
	.string	"xsetbv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"cpuid.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
