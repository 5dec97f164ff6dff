	.file	"portio.c"
	.text
.Ltext0:
	.file 0 "." "portio.c"
	.p2align 4
	.globl	serial_putc
	.type	serial_putc, @function
serial_putc:
.LVL0:
.LFB6:
	.file 1 "portio.c"
	.loc 1 39 1 view -0
	.cfi_startproc
	.loc 1 40 2 view .LVU1
.LBB38:
.LBB39:
	.loc 1 5 2 is_stmt 0 view .LVU2
	movl	$1021, %edx
	.p2align 4,,10
	.p2align 3
.L2:
.LBE39:
.LBE38:
	.loc 1 40 9 is_stmt 1 discriminator 1 view .LVU3
.LVL1:
.LBB41:
.LBI38:
	.loc 1 2 29 discriminator 1 view .LVU4
.LBB40:
	.loc 1 4 2 discriminator 1 view .LVU5
	.loc 1 5 2 discriminator 1 view .LVU6
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
.LVL2:
	.loc 1 6 2 discriminator 1 view .LVU7
	.loc 1 6 2 is_stmt 0 discriminator 1 view .LVU8
#NO_APP
.LBE40:
.LBE41:
	.loc 1 40 9 discriminator 1 view .LVU9
	testb	$32, %al
	je	.L2
	.loc 1 42 2 is_stmt 1 view .LVU10
.LVL3:
.LBB42:
.LBI42:
	.loc 1 9 20 view .LVU11
.LBB43:
	.loc 1 11 2 view .LVU12
	movl	$1016, %edx
	movl	%edi, %eax
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
.LVL4:
	.loc 1 11 2 is_stmt 0 view .LVU13
#NO_APP
.LBE43:
.LBE42:
	.loc 1 43 1 view .LVU14
	ret
	.cfi_endproc
.LFE6:
	.size	serial_putc, .-serial_putc
	.p2align 4
	.globl	serial_puts
	.type	serial_puts, @function
serial_puts:
.LVL5:
.LFB7:
	.loc 1 46 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 47 2 view .LVU16
	.loc 1 47 9 view .LVU17
	movzbl	(%rdi), %esi
	testb	%sil, %sil
	je	.L6
.LBB44:
.LBB45:
.LBB46:
.LBB47:
	.loc 1 5 2 is_stmt 0 view .LVU18
	movl	$1021, %ecx
.LBE47:
.LBE46:
.LBB49:
.LBB50:
	.loc 1 11 2 view .LVU19
	movl	$13, %r9d
	movl	$1016, %r8d
	.p2align 4,,10
	.p2align 3
.L11:
	.loc 1 11 2 view .LVU20
.LBE50:
.LBE49:
.LBE45:
.LBE44:
	.loc 1 48 3 is_stmt 1 view .LVU21
	.loc 1 48 6 is_stmt 0 view .LVU22
	cmpb	$10, %sil
	je	.L9
.L8:
	.loc 1 50 3 is_stmt 1 view .LVU23
	.loc 1 50 17 is_stmt 0 view .LVU24
	addq	$1, %rdi
.LVL6:
.LBB55:
.LBI55:
	.loc 1 38 6 is_stmt 1 view .LVU25
.LBB56:
	.loc 1 40 2 view .LVU26
	.p2align 4,,10
	.p2align 3
.L10:
	.loc 1 40 9 view .LVU27
.LBB57:
.LBI57:
	.loc 1 2 29 view .LVU28
.LBB58:
	.loc 1 4 2 view .LVU29
	.loc 1 5 2 view .LVU30
	movl	%ecx, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
.LVL7:
	.loc 1 6 2 view .LVU31
	.loc 1 6 2 is_stmt 0 view .LVU32
#NO_APP
.LBE58:
.LBE57:
	.loc 1 40 9 view .LVU33
	testb	$32, %al
	je	.L10
	.loc 1 42 2 is_stmt 1 view .LVU34
.LVL8:
.LBB59:
.LBI59:
	.loc 1 9 20 view .LVU35
.LBB60:
	.loc 1 11 2 view .LVU36
	movl	%esi, %eax
	movl	%r8d, %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
.LVL9:
	.loc 1 11 2 is_stmt 0 view .LVU37
#NO_APP
.LBE60:
.LBE59:
.LBE56:
.LBE55:
	.loc 1 47 9 is_stmt 1 view .LVU38
	movzbl	(%rdi), %esi
	testb	%sil, %sil
	jne	.L11
.L6:
	.loc 1 52 1 is_stmt 0 view .LVU39
	ret
	.p2align 4,,10
	.p2align 3
.L9:
.LBB61:
.LBB54:
	.loc 1 40 9 is_stmt 1 view .LVU40
.LVL10:
.LBB52:
.LBI46:
	.loc 1 2 29 view .LVU41
.LBB48:
	.loc 1 4 2 view .LVU42
	.loc 1 5 2 view .LVU43
	movl	%ecx, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
.LVL11:
	.loc 1 6 2 view .LVU44
	.loc 1 6 2 is_stmt 0 view .LVU45
#NO_APP
.LBE48:
.LBE52:
	.loc 1 40 9 view .LVU46
	testb	$32, %al
	je	.L9
	.loc 1 42 2 is_stmt 1 view .LVU47
.LVL12:
.LBB53:
.LBI49:
	.loc 1 9 20 view .LVU48
.LBB51:
	.loc 1 11 2 view .LVU49
	movl	%r9d, %eax
	movl	%r8d, %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
.LVL13:
	.loc 1 11 2 is_stmt 0 view .LVU50
#NO_APP
.LBE51:
.LBE53:
	.loc 1 43 1 view .LVU51
	jmp	.L8
.LBE54:
.LBE61:
	.cfi_endproc
.LFE7:
	.size	serial_puts, .-serial_puts
	.p2align 4
	.globl	pic_remap
	.type	pic_remap, @function
pic_remap:
.LVL14:
.LFB8:
	.loc 1 55 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 56 2 view .LVU53
.LBB62:
.LBI62:
	.loc 1 9 20 view .LVU54
.LBB63:
	.loc 1 11 2 view .LVU55
	movl	$17, %edx
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $32
# 0 "" 2
.LVL15:
	.loc 1 11 2 is_stmt 0 view .LVU56
#NO_APP
.LBE63:
.LBE62:
	.loc 1 57 2 is_stmt 1 view .LVU57
.LBB64:
.LBI64:
	.loc 1 9 20 view .LVU58
.LBB65:
	.loc 1 11 2 view .LVU59
	movl	$-128, %eax
#APP
# 11 "portio.c" 1
	outb %al, $128
# 0 "" 2
.LVL16:
	.loc 1 11 2 is_stmt 0 view .LVU60
#NO_APP
.LBE65:
.LBE64:
	.loc 1 58 2 is_stmt 1 view .LVU61
.LBB66:
.LBI66:
	.loc 1 9 20 view .LVU62
.LBB67:
	.loc 1 11 2 view .LVU63
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $160
# 0 "" 2
.LVL17:
	.loc 1 11 2 is_stmt 0 view .LVU64
#NO_APP
.LBE67:
.LBE66:
	.loc 1 59 2 is_stmt 1 view .LVU65
.LBB68:
.LBI68:
	.loc 1 9 20 view .LVU66
.LBB69:
	.loc 1 11 2 view .LVU67
	movl	%edi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
.LVL18:
	.loc 1 11 2 is_stmt 0 view .LVU68
#NO_APP
.LBE69:
.LBE68:
	.loc 1 60 2 is_stmt 1 view .LVU69
.LBB70:
.LBI70:
	.loc 1 9 20 view .LVU70
.LBB71:
	.loc 1 11 2 view .LVU71
	movl	%esi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $161
# 0 "" 2
.LVL19:
	.loc 1 11 2 is_stmt 0 view .LVU72
#NO_APP
.LBE71:
.LBE70:
	.loc 1 61 2 is_stmt 1 view .LVU73
.LBB72:
.LBI72:
	.loc 1 9 20 view .LVU74
.LBB73:
	.loc 1 11 2 view .LVU75
	movl	$-1, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
.LVL20:
	.loc 1 11 2 is_stmt 0 view .LVU76
#NO_APP
.LBE73:
.LBE72:
	.loc 1 62 1 view .LVU77
	ret
	.cfi_endproc
.LFE8:
	.size	pic_remap, .-pic_remap
	.p2align 4
	.globl	pci_read
	.type	pci_read, @function
pci_read:
.LVL21:
.LFB9:
	.loc 1 65 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 66 2 view .LVU79
	.loc 1 67 2 view .LVU80
	.loc 1 66 40 is_stmt 0 view .LVU81
	sall	$16, %edi
.LVL22:
	.loc 1 66 75 view .LVU82
	andl	$252, %ecx
.LVL23:
	.loc 1 66 63 view .LVU83
	sall	$8, %edx
.LVL24:
	.loc 1 66 68 view .LVU84
	orl	%ecx, %edi
.LVL25:
	.loc 1 66 52 view .LVU85
	sall	$11, %esi
.LVL26:
	.loc 1 66 68 view .LVU86
	orl	%edx, %edi
	.loc 1 67 2 view .LVU87
	movl	$3320, %edx
	.loc 1 66 68 view .LVU88
	orl	%esi, %edi
	.loc 1 66 15 view .LVU89
	movl	%edi, %eax
	orl	$-2147483648, %eax
	.loc 1 67 2 view .LVU90
#APP
# 67 "portio.c" 1
	outl %eax, %dx
# 0 "" 2
	.loc 1 68 2 is_stmt 1 view .LVU91
.LVL27:
#NO_APP
.LBB74:
.LBI74:
	.loc 1 14 28 view .LVU92
.LBB75:
	.loc 1 16 2 view .LVU93
	.loc 1 17 2 view .LVU94
	movl	$3324, %edx
#APP
# 17 "portio.c" 1
	inl %dx, %eax
# 0 "" 2
.LVL28:
	.loc 1 18 2 view .LVU95
	.loc 1 18 2 is_stmt 0 view .LVU96
#NO_APP
.LBE75:
.LBE74:
	.loc 1 69 1 view .LVU97
	ret
	.cfi_endproc
.LFE9:
	.size	pci_read, .-pci_read
	.p2align 4
	.globl	ide_read
	.type	ide_read, @function
ide_read:
.LVL29:
.LFB10:
	.loc 1 72 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 73 2 view .LVU99
.LBB76:
.LBI76:
	.loc 1 26 20 view .LVU100
.LBB77:
	.loc 1 28 2 view .LVU101
	movl	$496, %edx
	movl	$512, %ecx
#APP
# 28 "portio.c" 1
	rep insb
# 0 "" 2
.LVL30:
	.loc 1 28 2 is_stmt 0 view .LVU102
#NO_APP
.LBE77:
.LBE76:
	.loc 1 74 2 is_stmt 1 view .LVU103
.LBB78:
.LBI78:
	.loc 1 31 20 view .LVU104
.LBB79:
	.loc 1 33 2 view .LVU105
	movl	$256, %ecx
#APP
# 33 "portio.c" 1
	rep outsw
# 0 "" 2
.LVL31:
	.loc 1 33 2 is_stmt 0 view .LVU106
#NO_APP
.LBE79:
.LBE78:
	.loc 1 75 2 is_stmt 1 view .LVU107
.LBB80:
.LBI80:
	.loc 1 21 20 view .LVU108
.LBB81:
	.loc 1 23 2 view .LVU109
	xorl	%eax, %eax
	movl	$502, %edx
#APP
# 23 "portio.c" 1
	outw %ax, %dx
# 0 "" 2
.LVL32:
	.loc 1 23 2 is_stmt 0 view .LVU110
#NO_APP
.LBE81:
.LBE80:
	.loc 1 76 1 view .LVU111
	ret
	.cfi_endproc
.LFE10:
	.size	ide_read, .-ide_read
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x6af
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x11
	.long	.LASF15
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.long	.LASF2
	.byte	0x47
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x144
	.uleb128 0x3
	.string	"buf"
	.byte	0x47
	.byte	0x15
	.long	0x144
	.long	.LLST37
	.long	.LVUS37
	.uleb128 0x3
	.string	"out"
	.byte	0x47
	.byte	0x20
	.long	0x144
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x2
	.long	0x571
	.quad	.LBI76
	.byte	.LVU100
	.quad	.LBB76
	.quad	.LBE76-.LBB76
	.byte	0x49
	.byte	0x2
	.long	0xbc
	.uleb128 0x1
	.long	0x591
	.long	.LLST39
	.long	.LVUS39
	.uleb128 0x1
	.long	0x586
	.long	.LLST40
	.long	.LVUS40
	.uleb128 0x1
	.long	0x57b
	.long	.LLST41
	.long	.LVUS41
	.byte	0
	.uleb128 0x2
	.long	0x533
	.quad	.LBI78
	.byte	.LVU104
	.quad	.LBB78
	.quad	.LBE78-.LBB78
	.byte	0x4a
	.byte	0x2
	.long	0x108
	.uleb128 0x1
	.long	0x553
	.long	.LLST42
	.long	.LVUS42
	.uleb128 0x1
	.long	0x548
	.long	.LLST43
	.long	.LVUS43
	.uleb128 0x1
	.long	0x53d
	.long	.LLST44
	.long	.LVUS44
	.byte	0
	.uleb128 0x5
	.long	0x59b
	.quad	.LBI80
	.byte	.LVU108
	.quad	.LBB80
	.quad	.LBE80-.LBB80
	.byte	0x4b
	.byte	0x2
	.uleb128 0x1
	.long	0x5ae
	.long	.LLST45
	.long	.LVUS45
	.uleb128 0x1
	.long	0x5a5
	.long	.LLST46
	.long	.LVUS46
	.byte	0
	.byte	0
	.uleb128 0x12
	.byte	0x8
	.uleb128 0x13
	.long	.LASF16
	.byte	0x1
	.byte	0x40
	.byte	0xe
	.long	0x203
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x203
	.uleb128 0x3
	.string	"bus"
	.byte	0x40
	.byte	0x20
	.long	0x203
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x3
	.string	"dev"
	.byte	0x40
	.byte	0x2e
	.long	0x203
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x3
	.string	"fn"
	.byte	0x40
	.byte	0x3c
	.long	0x203
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x3
	.string	"off"
	.byte	0x40
	.byte	0x49
	.long	0x203
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x14
	.long	.LASF17
	.byte	0x1
	.byte	0x42
	.byte	0xf
	.long	0x203
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x5
	.long	0x5ba
	.quad	.LBI74
	.byte	.LVU92
	.quad	.LBB74
	.quad	.LBE74-.LBB74
	.byte	0x44
	.byte	0x9
	.uleb128 0x1
	.long	0x5c9
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0x8
	.long	0x5d4
	.long	.LLST36
	.long	.LVUS36
	.byte	0
	.byte	0
	.uleb128 0x7
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0xa
	.long	.LASF3
	.byte	0x36
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x3b1
	.uleb128 0xb
	.string	"a"
	.byte	0x1e
	.long	0x3b1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xb
	.string	"b"
	.byte	0x2f
	.long	0x3b1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.long	0x5de
	.quad	.LBI62
	.byte	.LVU54
	.quad	.LBB62
	.quad	.LBE62-.LBB62
	.byte	0x38
	.byte	0x2
	.long	0x279
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST19
	.long	.LVUS19
	.byte	0
	.uleb128 0x2
	.long	0x5de
	.quad	.LBI64
	.byte	.LVU58
	.quad	.LBB64
	.quad	.LBE64-.LBB64
	.byte	0x39
	.byte	0x2
	.long	0x2b8
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST21
	.long	.LVUS21
	.byte	0
	.uleb128 0x2
	.long	0x5de
	.quad	.LBI66
	.byte	.LVU62
	.quad	.LBB66
	.quad	.LBE66-.LBB66
	.byte	0x3a
	.byte	0x2
	.long	0x2f7
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.uleb128 0x2
	.long	0x5de
	.quad	.LBI68
	.byte	.LVU66
	.quad	.LBB68
	.quad	.LBE68-.LBB68
	.byte	0x3b
	.byte	0x2
	.long	0x336
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST25
	.long	.LVUS25
	.byte	0
	.uleb128 0x2
	.long	0x5de
	.quad	.LBI70
	.byte	.LVU70
	.quad	.LBB70
	.quad	.LBE70-.LBB70
	.byte	0x3c
	.byte	0x2
	.long	0x375
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST27
	.long	.LVUS27
	.byte	0
	.uleb128 0x5
	.long	0x5de
	.quad	.LBI72
	.byte	.LVU74
	.quad	.LBB72
	.quad	.LBE72-.LBB72
	.byte	0x3d
	.byte	0x2
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST29
	.long	.LVUS29
	.byte	0
	.byte	0
	.uleb128 0x7
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0xa
	.long	.LASF6
	.byte	0x2d
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x50b
	.uleb128 0x3
	.string	"s"
	.byte	0x2d
	.byte	0x1e
	.long	0x50b
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x15
	.long	0x51c
	.long	.LLRL6
	.byte	0x1
	.byte	0x31
	.byte	0x4
	.long	0x462
	.uleb128 0x16
	.long	0x529
	.uleb128 0xc
	.long	0x5fd
	.quad	.LBI46
	.byte	.LVU41
	.long	.LLRL7
	.long	0x431
	.uleb128 0x1
	.long	0x60c
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0xd
	.long	.LLRL7
	.uleb128 0x8
	.long	0x617
	.long	.LLST9
	.long	.LVUS9
	.byte	0
	.byte	0
	.uleb128 0x17
	.long	0x5de
	.quad	.LBI49
	.byte	.LVU48
	.long	.LLRL10
	.byte	0x1
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST12
	.long	.LVUS12
	.byte	0
	.byte	0
	.uleb128 0x5
	.long	0x51c
	.quad	.LBI55
	.byte	.LVU25
	.quad	.LBB55
	.quad	.LBE55-.LBB55
	.byte	0x32
	.byte	0x3
	.uleb128 0x1
	.long	0x529
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x2
	.long	0x5fd
	.quad	.LBI57
	.byte	.LVU28
	.quad	.LBB57
	.quad	.LBE57-.LBB57
	.byte	0x28
	.byte	0xb
	.long	0x4ce
	.uleb128 0x1
	.long	0x60c
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x8
	.long	0x617
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x5
	.long	0x5de
	.quad	.LBI59
	.byte	.LVU35
	.quad	.LBB59
	.quad	.LBE59-.LBB59
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x1
	.long	0x5e8
	.long	.LLST17
	.long	.LVUS17
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	0x517
	.uleb128 0x7
	.byte	0x1
	.byte	0x6
	.long	.LASF7
	.uleb128 0x18
	.long	0x510
	.uleb128 0x19
	.long	.LASF18
	.byte	0x1
	.byte	0x26
	.byte	0x6
	.byte	0x1
	.long	0x533
	.uleb128 0x4
	.string	"c"
	.byte	0x26
	.byte	0x17
	.long	0x510
	.byte	0
	.uleb128 0x9
	.long	.LASF11
	.byte	0x1f
	.long	0x55d
	.uleb128 0x6
	.long	.LASF8
	.byte	0x1f
	.byte	0x29
	.long	0x55d
	.uleb128 0x4
	.string	"buf"
	.byte	0x1f
	.byte	0x3b
	.long	0x564
	.uleb128 0x4
	.string	"n"
	.byte	0x1f
	.byte	0x4e
	.long	0x56a
	.byte	0
	.uleb128 0x7
	.byte	0x2
	.byte	0x7
	.long	.LASF9
	.uleb128 0xe
	.long	0x569
	.uleb128 0x1a
	.uleb128 0x7
	.byte	0x8
	.byte	0x7
	.long	.LASF10
	.uleb128 0x9
	.long	.LASF12
	.byte	0x1a
	.long	0x59b
	.uleb128 0x6
	.long	.LASF8
	.byte	0x1a
	.byte	0x28
	.long	0x55d
	.uleb128 0x4
	.string	"buf"
	.byte	0x1a
	.byte	0x34
	.long	0x144
	.uleb128 0x4
	.string	"n"
	.byte	0x1a
	.byte	0x47
	.long	0x56a
	.byte	0
	.uleb128 0x9
	.long	.LASF13
	.byte	0x15
	.long	0x5ba
	.uleb128 0x4
	.string	"v"
	.byte	0x15
	.byte	0x28
	.long	0x55d
	.uleb128 0x6
	.long	.LASF8
	.byte	0x15
	.byte	0x3a
	.long	0x55d
	.byte	0
	.uleb128 0xf
	.string	"inl"
	.byte	0xe
	.byte	0x1c
	.long	0x203
	.long	0x5de
	.uleb128 0x6
	.long	.LASF8
	.byte	0xe
	.byte	0x2f
	.long	0x55d
	.uleb128 0x10
	.string	"v"
	.byte	0x10
	.byte	0xf
	.long	0x203
	.byte	0
	.uleb128 0x9
	.long	.LASF14
	.byte	0x9
	.long	0x5fd
	.uleb128 0x4
	.string	"v"
	.byte	0x9
	.byte	0x27
	.long	0x3b1
	.uleb128 0x6
	.long	.LASF8
	.byte	0x9
	.byte	0x39
	.long	0x55d
	.byte	0
	.uleb128 0xf
	.string	"inb"
	.byte	0x2
	.byte	0x1d
	.long	0x3b1
	.long	0x621
	.uleb128 0x6
	.long	.LASF8
	.byte	0x2
	.byte	0x30
	.long	0x55d
	.uleb128 0x10
	.string	"v"
	.byte	0x4
	.byte	0x10
	.long	0x3b1
	.byte	0
	.uleb128 0x1b
	.long	0x51c
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1c
	.long	0x529
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xc
	.long	0x5fd
	.quad	.LBI38
	.byte	.LVU4
	.long	.LLRL0
	.long	0x676
	.uleb128 0x1
	.long	0x60c
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0xd
	.long	.LLRL0
	.uleb128 0x8
	.long	0x617
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.byte	0
	.uleb128 0x5
	.long	0x5de
	.quad	.LBI42
	.byte	.LVU11
	.quad	.LBB42
	.quad	.LBE42-.LBB42
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x5f1
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.long	0x5e8
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
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 54
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x21
	.sleb128 40
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 11
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0x31
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
.LVUS37:
	.uleb128 0
	.uleb128 .LVU102
	.uleb128 .LVU102
	.uleb128 0
.LLST37:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LFE10-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS38:
	.uleb128 0
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 0
.LLST38:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LFE10-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS39:
	.uleb128 .LVU100
	.uleb128 .LVU102
.LLST39:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x200
	.byte	0x9f
	.byte	0
.LVUS40:
	.uleb128 .LVU100
	.uleb128 .LVU102
.LLST40:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS41:
	.uleb128 .LVU100
	.uleb128 .LVU102
.LLST41:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1f0
	.byte	0x9f
	.byte	0
.LVUS42:
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST42:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x100
	.byte	0x9f
	.byte	0
.LVUS43:
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST43:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS44:
	.uleb128 .LVU104
	.uleb128 .LVU106
.LLST44:
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1f0
	.byte	0x9f
	.byte	0
.LVUS45:
	.uleb128 .LVU108
	.uleb128 .LVU110
.LLST45:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1f6
	.byte	0x9f
	.byte	0
.LVUS46:
	.uleb128 .LVU108
	.uleb128 .LVU110
.LLST46:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS30:
	.uleb128 0
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 0
.LLST30:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 0
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 0
.LLST31:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS32:
	.uleb128 0
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 0
.LLST32:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS33:
	.uleb128 0
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST33:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS34:
	.uleb128 .LVU80
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 0
.LLST34:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1a
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0xfc
	.byte	0x1a
	.byte	0x71
	.sleb128 0
	.byte	0x38
	.byte	0x24
	.byte	0x21
	.byte	0x74
	.sleb128 0
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0x75
	.sleb128 0
	.byte	0x40
	.byte	0x24
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x18
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0xfc
	.byte	0x1a
	.byte	0x71
	.sleb128 0
	.byte	0x38
	.byte	0x24
	.byte	0x21
	.byte	0x74
	.sleb128 0
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0x75
	.sleb128 0
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x15
	.byte	0x71
	.sleb128 0
	.byte	0x38
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0x72
	.sleb128 0
	.byte	0x21
	.byte	0x75
	.sleb128 0
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x16
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0x72
	.sleb128 0
	.byte	0x21
	.byte	0x75
	.sleb128 0
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x19
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x24
	.byte	0x74
	.sleb128 0
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x40
	.byte	0x24
	.byte	0x21
	.byte	0x72
	.sleb128 0
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE9-.Ltext0
	.uleb128 0x1a
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x3b
	.byte	0x24
	.byte	0x21
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x40
	.byte	0x24
	.byte	0x21
	.byte	0x72
	.sleb128 0
	.byte	0x21
	.byte	0x40
	.byte	0x4b
	.byte	0x24
	.byte	0x1f
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS35:
	.uleb128 .LVU92
	.uleb128 .LVU96
.LLST35:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0xcfc
	.byte	0x9f
	.byte	0
.LVUS36:
	.uleb128 .LVU95
	.uleb128 .LVU96
.LLST36:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS18:
	.uleb128 .LVU54
	.uleb128 .LVU56
.LLST18:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU54
	.uleb128 .LVU56
.LLST19:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x41
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU58
	.uleb128 .LVU60
.LLST20:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x80
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU58
	.uleb128 .LVU60
.LLST21:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0x80
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU62
	.uleb128 .LVU64
.LLST22:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0xa0
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU62
	.uleb128 .LVU64
.LLST23:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x41
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU66
	.uleb128 .LVU68
.LLST24:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS25:
	.uleb128 .LVU66
	.uleb128 .LVU68
.LLST25:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS26:
	.uleb128 .LVU70
	.uleb128 .LVU72
.LLST26:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0xa1
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU70
	.uleb128 .LVU72
.LLST27:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS28:
	.uleb128 .LVU74
	.uleb128 .LVU76
.LLST28:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS29:
	.uleb128 .LVU74
	.uleb128 .LVU76
.LLST29:
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE7-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS8:
	.uleb128 .LVU41
	.uleb128 .LVU45
.LLST8:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3fd
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU44
	.uleb128 .LVU45
.LLST9:
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS11:
	.uleb128 .LVU48
	.uleb128 .LVU50
.LLST11:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3f8
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU48
	.uleb128 .LVU50
.LLST12:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x2
	.byte	0x3d
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU25
	.uleb128 .LVU37
.LLST13:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS14:
	.uleb128 .LVU28
	.uleb128 .LVU32
.LLST14:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3fd
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU31
	.uleb128 .LVU32
.LLST15:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS16:
	.uleb128 .LVU35
	.uleb128 .LVU37
.LLST16:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3f8
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU35
	.uleb128 .LVU37
.LLST17:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS1:
	.uleb128 .LVU4
	.uleb128 .LVU8
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3fd
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU8
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 .LVU11
	.uleb128 .LVU13
.LLST3:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x3f8
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU11
	.uleb128 .LVU13
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x55
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
.LLRL0:
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0
.LLRL6:
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0
.LLRL10:
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"serial_puts"
.LASF9:
	.string	"short unsigned int"
.LASF3:
	.string	"pic_remap"
.LASF2:
	.string	"ide_read"
.LASF15:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF10:
	.string	"long unsigned int"
.LASF14:
	.string	"outb"
.LASF16:
	.string	"pci_read"
.LASF17:
	.string	"addr"
.LASF8:
	.string	"port"
.LASF11:
	.string	"outsw"
.LASF5:
	.string	"unsigned char"
.LASF13:
	.string	"outw"
.LASF18:
	.string	"serial_putc"
.LASF12:
	.string	"insb"
.LASF4:
	.string	"unsigned int"
.LASF7:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"portio.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
