	.file	"sysctl.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "sysctl.c"
	.section	.text.op_cr0,"ax",@progbits
	.p2align 4
	.type	op_cr0, @function
op_cr0:
.LVL0:
.LFB0:
	.file 1 "sysctl.c"
	.loc 1 4 30 view -0
	.cfi_startproc
	.loc 1 4 32 view .LVU1
	.loc 1 4 41 view .LVU2
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
.LVL1:
	.loc 1 4 82 view .LVU3
	.loc 1 4 91 is_stmt 0 view .LVU4
#NO_APP
	addq	%rdi, %rax
.LVL2:
	.loc 1 4 96 view .LVU5
	ret
	.cfi_endproc
.LFE0:
	.size	op_cr0, .-op_cr0
	.section	.text.op_tsc,"ax",@progbits
	.p2align 4
	.type	op_tsc, @function
op_tsc:
.LVL3:
.LFB1:
	.loc 1 5 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 5 32 view .LVU7
	.loc 1 5 49 view .LVU8
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
.LVL4:
	.loc 1 5 93 view .LVU9
	.loc 1 5 111 is_stmt 0 view .LVU10
#NO_APP
	salq	$32, %rdx
.LVL5:
	.loc 1 5 117 view .LVU11
	movl	%eax, %eax
	.loc 1 5 117 view .LVU12
	orq	%rax, %rdx
	.loc 1 5 123 view .LVU13
	leaq	(%rdx,%rdi), %rax
.LVL6:
	.loc 1 5 128 view .LVU14
	ret
	.cfi_endproc
.LFE1:
	.size	op_tsc, .-op_tsc
	.section	.text.op_msr,"ax",@progbits
	.p2align 4
	.type	op_msr, @function
op_msr:
.LVL7:
.LFB2:
	.loc 1 6 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 6 32 view .LVU16
	.loc 1 6 49 view .LVU17
	movl	%edi, %ecx
#APP
# 6 "sysctl.c" 1
	rdmsr
# 0 "" 2
.LVL8:
	.loc 1 6 112 view .LVU18
	.loc 1 6 129 is_stmt 0 view .LVU19
#NO_APP
	salq	$32, %rdx
.LVL9:
	.loc 1 6 135 view .LVU20
	movl	%eax, %eax
	.loc 1 6 135 view .LVU21
	orq	%rdx, %rax
.LVL10:
	.loc 1 6 141 view .LVU22
	ret
	.cfi_endproc
.LFE2:
	.size	op_msr, .-op_msr
	.section	.text.op_in,"ax",@progbits
	.p2align 4
	.type	op_in, @function
op_in:
.LVL11:
.LFB3:
	.loc 1 7 29 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 7 31 view .LVU24
	.loc 1 7 48 view .LVU25
	movq	%rdi, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
.LVL12:
	.loc 1 7 97 view .LVU26
	.loc 1 7 104 is_stmt 0 view .LVU27
#NO_APP
	movzbl	%al, %eax
	.loc 1 7 107 view .LVU28
	ret
	.cfi_endproc
.LFE3:
	.size	op_in, .-op_in
	.section	.text.op_halt,"ax",@progbits
	.p2align 4
	.type	op_halt, @function
op_halt:
.LVL13:
.LFB4:
	.loc 1 8 31 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 8 33 view .LVU30
	.loc 1 8 31 is_stmt 0 view .LVU31
	movq	%rdi, %rax
	.loc 1 8 33 view .LVU32
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
	.loc 1 8 54 is_stmt 1 view .LVU33
	.loc 1 8 64 is_stmt 0 view .LVU34
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	op_halt, .-op_halt
	.section	.text.run_op,"ax",@progbits
	.p2align 4
	.globl	run_op
	.type	run_op, @function
run_op:
.LVL14:
.LFB5:
	.loc 1 16 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 17 2 view .LVU36
.LBB12:
	.loc 1 17 7 view .LVU37
	.loc 1 17 25 view .LVU38
.LBE12:
	.loc 1 16 1 is_stmt 0 view .LVU39
	movq	%rdi, %r11
	movq	ops@GOTPCREL(%rip), %rdi
.LVL15:
.LBB17:
.LBB13:
	.loc 1 21 13 view .LVU40
	movl	$99, %eax
.LBE13:
.LBE17:
	.loc 1 16 1 view .LVU41
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB18:
	.loc 1 17 16 view .LVU42
	xorl	%r10d, %r10d
.LVL16:
.LBB14:
	.loc 1 18 3 is_stmt 1 view .LVU43
	.loc 1 21 13 is_stmt 0 view .LVU44
	movzbl	(%r11), %ebx
	.loc 1 18 33 view .LVU45
	movq	%r11, %rdx
	movq	%rdi, %r9
	.loc 1 18 15 view .LVU46
	movq	(%r9), %rcx
.LVL17:
	.loc 1 19 3 is_stmt 1 view .LVU47
	.loc 1 19 13 view .LVU48
	testb	%al, %al
	jne	.L8
	jmp	.L19
.LVL18:
	.p2align 4,,10
	.p2align 3
.L10:
	.loc 1 20 4 view .LVU49
	.loc 1 19 10 is_stmt 0 view .LVU50
	movzbl	1(%rcx), %eax
	.loc 1 20 5 view .LVU51
	addq	$1, %rcx
.LVL19:
	.loc 1 20 10 view .LVU52
	leaq	1(%rdx), %r8
.LVL20:
	.loc 1 19 13 is_stmt 1 view .LVU53
	testb	%al, %al
	je	.L20
	.loc 1 20 10 is_stmt 0 view .LVU54
	movq	%r8, %rdx
.LVL21:
.L8:
	.loc 1 19 13 discriminator 1 view .LVU55
	cmpb	%al, (%rdx)
	je	.L10
.LVL22:
.L11:
	.loc 1 19 13 discriminator 1 view .LVU56
.LBE14:
	.loc 1 17 58 is_stmt 1 discriminator 2 view .LVU57
	addl	$1, %r10d
.LVL23:
	.loc 1 17 25 discriminator 2 view .LVU58
	addq	$16, %r9
	cmpl	$5, %r10d
	je	.L12
.L22:
.LBB15:
	.loc 1 19 10 is_stmt 0 view .LVU59
	movq	(%r9), %rax
	.loc 1 18 15 view .LVU60
	movq	(%r9), %rcx
.LVL24:
	.loc 1 18 33 view .LVU61
	movq	%r11, %rdx
	.loc 1 19 10 view .LVU62
	movzbl	(%rax), %eax
	.loc 1 18 3 is_stmt 1 view .LVU63
.LVL25:
	.loc 1 19 3 view .LVU64
	.loc 1 19 13 view .LVU65
	testb	%al, %al
	jne	.L8
.LVL26:
.L19:
	.loc 1 19 13 is_stmt 0 view .LVU66
	movl	%ebx, %eax
	.loc 1 21 3 is_stmt 1 view .LVU67
	.loc 1 21 6 is_stmt 0 view .LVU68
	testb	%al, %al
	jne	.L11
.LVL27:
.L21:
	.loc 1 22 4 is_stmt 1 view .LVU69
	.loc 1 22 17 is_stmt 0 view .LVU70
	salq	$4, %r10
.LVL28:
	.loc 1 22 17 view .LVU71
.LBE15:
.LBE18:
	.loc 1 25 1 view .LVU72
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LBB19:
.LBB16:
	.loc 1 22 11 view .LVU73
	movq	8(%rdi,%r10), %rax
	movq	%rsi, %rdi
	jmp	*%rax
.LVL29:
	.p2align 4,,10
	.p2align 3
.L20:
	.cfi_restore_state
	.loc 1 21 13 view .LVU74
	movzbl	1(%rdx), %eax
	.loc 1 21 3 is_stmt 1 view .LVU75
	.loc 1 21 6 is_stmt 0 view .LVU76
	testb	%al, %al
	je	.L21
.LBE16:
	.loc 1 17 58 is_stmt 1 view .LVU77
	addl	$1, %r10d
.LVL30:
	.loc 1 17 25 view .LVU78
	addq	$16, %r9
	cmpl	$5, %r10d
	jne	.L22
.LVL31:
.L12:
	.loc 1 17 25 is_stmt 0 view .LVU79
.LBE19:
	.loc 1 25 1 view .LVU80
	movq	$-1, %rax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE5:
	.size	run_op, .-run_op
	.section	.text.unlikely.by_index,"ax",@progbits
.LCOLDB0:
	.section	.text.by_index,"ax",@progbits
.LHOTB0:
	.p2align 4
	.section	.text.unlikely.by_index
.Ltext_cold0:
	.section	.text.by_index
	.globl	by_index
	.type	by_index, @function
by_index:
.LVL32:
.LFB6:
	.loc 1 28 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 2 view .LVU82
	cmpl	$6, %edi
	ja	.L33
	leaq	.L26(%rip), %rdx
	movl	%edi, %edi
	.loc 1 29 2 is_stmt 0 view .LVU83
	movslq	(%rdx,%rdi,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L26:
	.long	.L32-.L26
	.long	.L31-.L26
	.long	.L30-.L26
	.long	.L29-.L26
	.long	.L28-.L26
	.long	.L27-.L26
	.long	.L25-.L26
	.section	.text.by_index
	.p2align 4,,10
	.p2align 3
.L27:
	.loc 1 35 10 is_stmt 1 view .LVU84
	.loc 1 35 19 is_stmt 0 view .LVU85
	leaq	(%rsi,%rsi,2), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	.loc 1 36 10 is_stmt 1 view .LVU86
	.loc 1 36 19 is_stmt 0 view .LVU87
	movabsq	$-3689348814741910323, %rax
	mulq	%rsi
.LVL33:
	.loc 1 36 19 view .LVU88
	movq	%rdx, %rax
	shrq	$2, %rax
	ret
.LVL34:
	.p2align 4,,10
	.p2align 3
.L32:
	.loc 1 30 10 is_stmt 1 view .LVU89
.LBB20:
.LBI20:
	.loc 1 4 14 view .LVU90
.LBB21:
	.loc 1 4 32 view .LVU91
	.loc 1 4 41 view .LVU92
#APP
# 4 "sysctl.c" 1
	mov %cr0, %rax
# 0 "" 2
.LVL35:
	.loc 1 4 82 view .LVU93
	.loc 1 4 91 is_stmt 0 view .LVU94
#NO_APP
	addq	%rsi, %rax
.LVL36:
	.loc 1 4 91 view .LVU95
.LBE21:
.LBE20:
	.loc 1 30 17 view .LVU96
	ret
	.p2align 4,,10
	.p2align 3
.L31:
	.loc 1 31 10 is_stmt 1 view .LVU97
.LVL37:
.LBB22:
.LBI22:
	.loc 1 5 14 view .LVU98
.LBB23:
	.loc 1 5 32 view .LVU99
	.loc 1 5 49 view .LVU100
#APP
# 5 "sysctl.c" 1
	rdtsc
# 0 "" 2
.LVL38:
	.loc 1 5 93 view .LVU101
	.loc 1 5 111 is_stmt 0 view .LVU102
#NO_APP
	salq	$32, %rdx
	.loc 1 5 117 view .LVU103
	movl	%eax, %eax
	orq	%rax, %rdx
	.loc 1 5 123 view .LVU104
	addq	%rdx, %rsi
.LVL39:
	.loc 1 5 123 view .LVU105
.LBE23:
.LBE22:
	.loc 1 31 27 view .LVU106
	movq	%rsi, %rax
	xorq	$1, %rax
	ret
.LVL40:
	.p2align 4,,10
	.p2align 3
.L30:
	.loc 1 32 10 is_stmt 1 view .LVU107
.LBB24:
.LBI24:
	.loc 1 6 14 view .LVU108
.LBB25:
	.loc 1 6 32 view .LVU109
	.loc 1 6 49 view .LVU110
	movl	%esi, %ecx
#APP
# 6 "sysctl.c" 1
	rdmsr
# 0 "" 2
.LVL41:
	.loc 1 6 112 view .LVU111
	.loc 1 6 129 is_stmt 0 view .LVU112
#NO_APP
	salq	$32, %rdx
	.loc 1 6 135 view .LVU113
	movl	%eax, %eax
	orq	%rax, %rdx
.LBE25:
.LBE24:
	.loc 1 32 27 view .LVU114
	leaq	7(%rdx), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L29:
	.loc 1 33 10 is_stmt 1 view .LVU115
.LVL42:
.LBB26:
.LBI26:
	.loc 1 7 14 view .LVU116
.LBB27:
	.loc 1 7 31 view .LVU117
	.loc 1 7 48 view .LVU118
	movq	%rsi, %rdx
#APP
# 7 "sysctl.c" 1
	inb %dx, %al
# 0 "" 2
.LVL43:
	.loc 1 7 97 view .LVU119
	.loc 1 7 104 is_stmt 0 view .LVU120
#NO_APP
	movzbl	%al, %eax
.LBE27:
.LBE26:
	.loc 1 33 26 view .LVU121
	salq	$3, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L28:
	.loc 1 34 10 is_stmt 1 view .LVU122
.LVL44:
.LBB28:
.LBI28:
	.loc 1 8 14 view .LVU123
.LBB29:
	.loc 1 8 33 view .LVU124
#APP
# 8 "sysctl.c" 1
	hlt
# 0 "" 2
	.loc 1 8 54 view .LVU125
.LVL45:
	.loc 1 8 54 is_stmt 0 view .LVU126
#NO_APP
.LBE29:
.LBE28:
	.loc 1 34 28 view .LVU127
	leaq	-2(%rsi), %rax
	ret
	.loc 1 34 28 view .LVU128
	.cfi_endproc
	.section	.text.unlikely.by_index
	.cfi_startproc
	.type	by_index.cold, @function
by_index.cold:
.LFSB6:
.L33:
	.loc 1 29 2 view -0
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE6:
	.section	.text.by_index
	.size	by_index, .-by_index
	.section	.text.unlikely.by_index
	.size	by_index.cold, .-by_index.cold
.LCOLDE0:
	.section	.text.by_index
.LHOTE0:
	.globl	ops
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"cr0"
.LC2:
	.string	"tsc"
.LC3:
	.string	"msr"
.LC4:
	.string	"in"
.LC5:
	.string	"halt"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	ops, @object
	.size	ops, 80
ops:
	.quad	.LC1
	.quad	op_cr0
	.quad	.LC2
	.quad	op_tsc
	.quad	.LC3
	.quad	op_msr
	.quad	.LC4
	.quad	op_in
	.quad	.LC5
	.quad	op_halt
	.text
.Letext0:
	.section	.text.unlikely.by_index
.Letext_cold0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x484
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xf
	.long	.LASF12
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL26
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x10
	.long	.LASF13
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x36
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.long	.LASF3
	.uleb128 0x11
	.string	"op"
	.byte	0x10
	.byte	0x1
	.byte	0xa
	.byte	0x8
	.long	0x63
	.uleb128 0x12
	.long	.LASF2
	.byte	0x1
	.byte	0xa
	.byte	0x19
	.long	0x68
	.byte	0
	.uleb128 0x13
	.string	"fn"
	.byte	0x1
	.byte	0xa
	.byte	0x27
	.long	0x88
	.byte	0x8
	.byte	0
	.uleb128 0xa
	.long	0x3d
	.uleb128 0xc
	.long	0x74
	.uleb128 0x7
	.byte	0x1
	.byte	0x6
	.long	.LASF4
	.uleb128 0xa
	.long	0x6d
	.uleb128 0x14
	.long	0x2a
	.long	0x88
	.uleb128 0x15
	.long	0x2a
	.byte	0
	.uleb128 0xc
	.long	0x79
	.uleb128 0x16
	.long	0x63
	.long	0x9d
	.uleb128 0x17
	.long	0x36
	.byte	0x4
	.byte	0
	.uleb128 0xa
	.long	0x8d
	.uleb128 0x18
	.string	"ops"
	.byte	0x1
	.byte	0xb
	.byte	0x11
	.long	0x9d
	.uleb128 0x9
	.byte	0x3
	.quad	ops
	.uleb128 0x19
	.long	.LASF14
	.byte	0x1
	.byte	0x1b
	.byte	0x7
	.long	0x2a
	.long	.LLRL13
	.uleb128 0x1
	.byte	0x9c
	.long	0x22d
	.uleb128 0x1a
	.string	"i"
	.byte	0x1
	.byte	0x1b
	.byte	0x14
	.long	0x22d
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"a"
	.byte	0x1b
	.byte	0x1d
	.long	0x2a
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x8
	.long	0x36d
	.quad	.LBI20
	.byte	.LVU90
	.quad	.LBB20
	.quad	.LBE20-.LBB20
	.byte	0x1e
	.long	0x129
	.uleb128 0x3
	.long	0x37b
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x1
	.long	0x384
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.uleb128 0x8
	.long	0x341
	.quad	.LBI22
	.byte	.LVU98
	.quad	.LBB22
	.quad	.LBE22-.LBB22
	.byte	0x1f
	.long	0x174
	.uleb128 0x3
	.long	0x34f
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x1
	.long	0x358
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x1
	.long	0x362
	.long	.LLST19
	.long	.LVUS19
	.byte	0
	.uleb128 0x8
	.long	0x315
	.quad	.LBI24
	.byte	.LVU108
	.quad	.LBB24
	.quad	.LBE24-.LBB24
	.byte	0x20
	.long	0x1bf
	.uleb128 0x3
	.long	0x323
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x1
	.long	0x32c
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0x1
	.long	0x336
	.long	.LLST22
	.long	.LVUS22
	.byte	0
	.uleb128 0x8
	.long	0x2ed
	.quad	.LBI26
	.byte	.LVU116
	.quad	.LBB26
	.quad	.LBE26-.LBB26
	.byte	0x21
	.long	0x1fd
	.uleb128 0x3
	.long	0x2fb
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0x1
	.long	0x304
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.uleb128 0x1b
	.long	0x2d5
	.quad	.LBI28
	.byte	.LVU123
	.quad	.LBB28
	.quad	.LBE28-.LBB28
	.byte	0x1
	.byte	0x22
	.byte	0x11
	.uleb128 0x3
	.long	0x2e3
	.long	.LLST25
	.long	.LVUS25
	.byte	0
	.byte	0
	.uleb128 0x1c
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1d
	.long	.LASF15
	.byte	0x1
	.byte	0xf
	.byte	0x7
	.long	0x2a
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x2ce
	.uleb128 0x1e
	.long	.LASF2
	.byte	0x1
	.byte	0xf
	.byte	0x1a
	.long	0x68
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0xd
	.string	"arg"
	.byte	0xf
	.byte	0x26
	.long	0x2a
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0xe
	.long	.LLRL8
	.uleb128 0xb
	.string	"i"
	.byte	0x11
	.byte	0x10
	.long	0x2ce
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0xe
	.long	.LLRL10
	.uleb128 0xb
	.string	"a"
	.byte	0x12
	.byte	0xf
	.long	0x68
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0xb
	.string	"b"
	.byte	0x12
	.byte	0x21
	.long	0x68
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1f
	.quad	.LVL29
	.uleb128 0x20
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.byte	0x4
	.byte	0x7
	.long	.LASF5
	.uleb128 0x4
	.long	.LASF6
	.byte	0x8
	.long	0x2a
	.long	0x2ed
	.uleb128 0x5
	.string	"a"
	.byte	0x8
	.byte	0x1c
	.long	0x2a
	.byte	0
	.uleb128 0x4
	.long	.LASF7
	.byte	0x7
	.long	0x2a
	.long	0x30e
	.uleb128 0x5
	.string	"a"
	.byte	0x7
	.byte	0x1a
	.long	0x2a
	.uleb128 0x2
	.string	"v"
	.byte	0x7
	.byte	0x2d
	.long	0x30e
	.byte	0
	.uleb128 0x7
	.byte	0x1
	.byte	0x8
	.long	.LASF8
	.uleb128 0x4
	.long	.LASF9
	.byte	0x6
	.long	0x2a
	.long	0x341
	.uleb128 0x5
	.string	"a"
	.byte	0x6
	.byte	0x1b
	.long	0x2a
	.uleb128 0x2
	.string	"lo"
	.byte	0x6
	.byte	0x29
	.long	0x2ce
	.uleb128 0x2
	.string	"hi"
	.byte	0x6
	.byte	0x2d
	.long	0x2ce
	.byte	0
	.uleb128 0x4
	.long	.LASF10
	.byte	0x5
	.long	0x2a
	.long	0x36d
	.uleb128 0x5
	.string	"a"
	.byte	0x5
	.byte	0x1b
	.long	0x2a
	.uleb128 0x2
	.string	"lo"
	.byte	0x5
	.byte	0x29
	.long	0x2ce
	.uleb128 0x2
	.string	"hi"
	.byte	0x5
	.byte	0x2d
	.long	0x2ce
	.byte	0
	.uleb128 0x4
	.long	.LASF11
	.byte	0x4
	.long	0x2a
	.long	0x38e
	.uleb128 0x5
	.string	"a"
	.byte	0x4
	.byte	0x1b
	.long	0x2a
	.uleb128 0x2
	.string	"v"
	.byte	0x4
	.byte	0x26
	.long	0x2a
	.byte	0
	.uleb128 0x9
	.long	0x36d
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x3be
	.uleb128 0x6
	.long	0x37b
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	0x384
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x9
	.long	0x341
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x3fb
	.uleb128 0x6
	.long	0x34f
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	0x358
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.long	0x362
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.uleb128 0x9
	.long	0x315
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x438
	.uleb128 0x6
	.long	0x323
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	0x32c
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.long	0x336
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.uleb128 0x9
	.long	0x2ed
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x468
	.uleb128 0x6
	.long	0x2fb
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.long	0x304
	.long	.LLST5
	.long	.LVUS5
	.byte	0
	.uleb128 0x21
	.long	0x2d5
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x6
	.long	0x2e3
	.uleb128 0x1
	.byte	0x55
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
	.uleb128 0x3
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
	.uleb128 0x4
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
	.sleb128 14
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
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
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0x12
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x5
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
.LVUS14:
	.uleb128 0
	.uleb128 .LVU88
	.uleb128 .LVU89
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU107
	.uleb128 .LVU107
	.uleb128 0
	.uleb128 0
	.uleb128 0
.LLST14:
	.byte	0x6
	.quad	.LVL32
	.byte	0x4
	.uleb128 .LVL32-.LVL32
	.uleb128 .LVL33-.LVL32
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL34-.LVL32
	.uleb128 .LVL39-.LVL32
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL39-.LVL32
	.uleb128 .LVL40-.LVL32
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.LVL32
	.uleb128 .LHOTE0-.LVL32
	.uleb128 0x1
	.byte	0x54
	.byte	0x8
	.quad	.LFSB6
	.uleb128 .LCOLDE0-.LFSB6
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS15:
	.uleb128 .LVU90
	.uleb128 .LVU95
.LLST15:
	.byte	0x8
	.quad	.LVL34
	.uleb128 .LVL36-.LVL34
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS16:
	.uleb128 .LVU93
	.uleb128 .LVU95
.LLST16:
	.byte	0x8
	.quad	.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS17:
	.uleb128 .LVU98
	.uleb128 .LVU102
.LLST17:
	.byte	0x8
	.quad	.LVL37
	.uleb128 .LVL38-.LVL37
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS18:
	.uleb128 .LVU101
	.uleb128 .LVU102
.LLST18:
	.byte	0x8
	.quad	.LVL38
	.uleb128 .LVL38-.LVL38
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS19:
	.uleb128 .LVU101
	.uleb128 .LVU102
.LLST19:
	.byte	0x8
	.quad	.LVL38
	.uleb128 .LVL38-.LVL38
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS20:
	.uleb128 .LVU108
	.uleb128 .LVU112
.LLST20:
	.byte	0x8
	.quad	.LVL40
	.uleb128 .LVL41-.LVL40
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS21:
	.uleb128 .LVU111
	.uleb128 .LVU112
.LLST21:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LVL41-.LVL41
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS22:
	.uleb128 .LVU111
	.uleb128 .LVU112
.LLST22:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LVL41-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS23:
	.uleb128 .LVU116
	.uleb128 .LVU120
.LLST23:
	.byte	0x8
	.quad	.LVL42
	.uleb128 .LVL43-.LVL42
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS24:
	.uleb128 .LVU119
	.uleb128 .LVU120
.LLST24:
	.byte	0x8
	.quad	.LVL43
	.uleb128 .LVL43-.LVL43
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS25:
	.uleb128 .LVU123
	.uleb128 .LVU126
.LLST25:
	.byte	0x8
	.quad	.LVL44
	.uleb128 .LVL45-.LVL44
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 0
.LLST6:
	.byte	0x6
	.quad	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL15-.LVL14
	.uleb128 .LVL26-.LVL14
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL26-.LVL14
	.uleb128 .LVL27-.LVL14
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.LVL14
	.uleb128 .LVL29-1-.LVL14
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL29-1-.LVL14
	.uleb128 .LVL29-.LVL14
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL14
	.uleb128 .LFE5-.LVL14
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 0
.LLST7:
	.byte	0x6
	.quad	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL29-1-.LVL14
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL29-1-.LVL14
	.uleb128 .LVL29-.LVL14
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.LVL14
	.uleb128 .LFE5-.LVL14
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS9:
	.uleb128 .LVU38
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU71
	.uleb128 .LVU74
	.uleb128 0
.LLST9:
	.byte	0x6
	.quad	.LVL14
	.byte	0x4
	.uleb128 .LVL14-.LVL14
	.uleb128 .LVL16-.LVL14
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL14
	.uleb128 .LVL28-.LVL14
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL29-.LVL14
	.uleb128 .LFE5-.LVL14
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS11:
	.uleb128 .LVU47
	.uleb128 .LVU61
	.uleb128 .LVU64
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 0
.LLST11:
	.byte	0x6
	.quad	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL24-.LVL17
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL29-1-.LVL17
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL29-.LVL17
	.uleb128 .LFE5-.LVL17
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 .LVU47
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU53
	.uleb128 .LVU53
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU56
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU69
	.uleb128 .LVU74
	.uleb128 .LVU79
.LLST12:
	.byte	0x6
	.quad	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL20-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL20-.LVL17
	.uleb128 .LVL21-.LVL17
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL21-.LVL17
	.uleb128 .LVL22-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL26-.LVL17
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL26-.LVL17
	.uleb128 .LVL27-.LVL17
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL29-.LVL17
	.uleb128 .LVL31-.LVL17
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS0:
	.uleb128 .LVU3
	.uleb128 .LVU5
.LLST0:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 .LVU9
	.uleb128 .LVU14
.LLST1:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS2:
	.uleb128 .LVU9
	.uleb128 .LVU11
.LLST2:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS3:
	.uleb128 .LVU18
	.uleb128 .LVU22
.LLST3:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LVL10-.LVL8
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU18
	.uleb128 .LVU20
.LLST4:
	.byte	0x8
	.quad	.LVL8
	.uleb128 .LVL9-.LVL8
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS5:
	.uleb128 .LVU26
	.uleb128 0
.LLST5:
	.byte	0x8
	.quad	.LVL12
	.uleb128 .LFE3-.LVL12
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
	.quad	.Ltext_cold0
	.quad	.Letext_cold0-.Ltext_cold0
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
	.quad	.LHOTE0-.LFB6
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
.LLRL8:
	.byte	0x5
	.quad	.LBB12
	.byte	0x4
	.uleb128 .LBB12-.LBB12
	.uleb128 .LBE12-.LBB12
	.byte	0x4
	.uleb128 .LBB17-.LBB12
	.uleb128 .LBE17-.LBB12
	.byte	0x4
	.uleb128 .LBB18-.LBB12
	.uleb128 .LBE18-.LBB12
	.byte	0x4
	.uleb128 .LBB19-.LBB12
	.uleb128 .LBE19-.LBB12
	.byte	0
.LLRL10:
	.byte	0x5
	.quad	.LBB13
	.byte	0x4
	.uleb128 .LBB13-.LBB13
	.uleb128 .LBE13-.LBB13
	.byte	0x4
	.uleb128 .LBB14-.LBB13
	.uleb128 .LBE14-.LBB13
	.byte	0x4
	.uleb128 .LBB15-.LBB13
	.uleb128 .LBE15-.LBB13
	.byte	0x4
	.uleb128 .LBB16-.LBB13
	.uleb128 .LBE16-.LBB13
	.byte	0
.LLRL13:
	.byte	0x7
	.quad	.LFB6
	.uleb128 .LHOTE0-.LFB6
	.byte	0x7
	.quad	.LFSB6
	.uleb128 .LCOLDE0-.LFSB6
	.byte	0
.LLRL26:
	.byte	0x7
	.quad	.Ltext_cold0
	.uleb128 .Letext_cold0-.Ltext_cold0
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
	.uleb128 .LHOTE0-.LFB6
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF15:
	.string	"run_op"
.LASF5:
	.string	"unsigned int"
.LASF3:
	.string	"long unsigned int"
.LASF2:
	.string	"name"
.LASF7:
	.string	"op_in"
.LASF8:
	.string	"unsigned char"
.LASF4:
	.string	"char"
.LASF13:
	.string	"ulong"
.LASF10:
	.string	"op_tsc"
.LASF11:
	.string	"op_cr0"
.LASF6:
	.string	"op_halt"
.LASF9:
	.string	"op_msr"
.LASF14:
	.string	"by_index"
.LASF12:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"sysctl.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
