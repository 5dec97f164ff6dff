	.file	"portio.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "portio.c"
	.section	.text.serial_putc,"ax",@progbits
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
.LBB26:
.LBB27:
	.loc 1 5 2 is_stmt 0 view .LVU2
	movl	$1021, %edx
	.p2align 4,,10
	.p2align 3
.L2:
.LBE27:
.LBE26:
	.loc 1 40 9 is_stmt 1 discriminator 1 view .LVU3
.LVL1:
.LBB29:
.LBI26:
	.loc 1 2 29 discriminator 1 view .LVU4
.LBB28:
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
.LBE28:
.LBE29:
	.loc 1 40 9 discriminator 1 view .LVU9
	testb	$32, %al
	je	.L2
	.loc 1 42 2 is_stmt 1 view .LVU10
.LVL3:
.LBB30:
.LBI30:
	.loc 1 9 20 view .LVU11
.LBB31:
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
.LBE31:
.LBE30:
	.loc 1 43 1 view .LVU14
	ret
	.cfi_endproc
.LFE6:
	.size	serial_putc, .-serial_putc
	.section	.text.serial_puts,"ax",@progbits
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
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L15
	.loc 1 46 1 is_stmt 0 view .LVU18
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx
	jmp	.L9
.LVL6:
	.p2align 4,,10
	.p2align 3
.L8:
	.loc 1 50 3 is_stmt 1 view .LVU19
	movsbl	(%rbx), %edi
	.loc 1 50 17 is_stmt 0 view .LVU20
	addq	$1, %rbx
.LVL7:
	.loc 1 50 3 view .LVU21
	call	serial_putc@PLT
.LVL8:
	.loc 1 47 9 is_stmt 1 view .LVU22
	movzbl	(%rbx), %eax
	testb	%al, %al
	je	.L18
.LVL9:
.L9:
	.loc 1 48 3 view .LVU23
	.loc 1 48 6 is_stmt 0 view .LVU24
	cmpb	$10, %al
	jne	.L8
	.loc 1 49 4 is_stmt 1 view .LVU25
	movl	$13, %edi
	call	serial_putc@PLT
.LVL10:
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L18:
	.loc 1 52 1 is_stmt 0 view .LVU26
	popq	%rbx
	.cfi_def_cfa_offset 8
.LVL11:
	.loc 1 52 1 view .LVU27
	ret
.LVL12:
	.p2align 4,,10
	.p2align 3
.L15:
	.cfi_restore 3
	.loc 1 52 1 view .LVU28
	ret
	.cfi_endproc
.LFE7:
	.size	serial_puts, .-serial_puts
	.section	.text.pic_remap,"ax",@progbits
	.p2align 4
	.globl	pic_remap
	.type	pic_remap, @function
pic_remap:
.LVL13:
.LFB8:
	.loc 1 55 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 56 2 view .LVU30
.LBB32:
.LBI32:
	.loc 1 9 20 view .LVU31
.LBB33:
	.loc 1 11 2 view .LVU32
	movl	$17, %edx
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $32
# 0 "" 2
.LVL14:
	.loc 1 11 2 is_stmt 0 view .LVU33
#NO_APP
.LBE33:
.LBE32:
	.loc 1 57 2 is_stmt 1 view .LVU34
.LBB34:
.LBI34:
	.loc 1 9 20 view .LVU35
.LBB35:
	.loc 1 11 2 view .LVU36
	movl	$-128, %eax
#APP
# 11 "portio.c" 1
	outb %al, $128
# 0 "" 2
.LVL15:
	.loc 1 11 2 is_stmt 0 view .LVU37
#NO_APP
.LBE35:
.LBE34:
	.loc 1 58 2 is_stmt 1 view .LVU38
.LBB36:
.LBI36:
	.loc 1 9 20 view .LVU39
.LBB37:
	.loc 1 11 2 view .LVU40
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $160
# 0 "" 2
.LVL16:
	.loc 1 11 2 is_stmt 0 view .LVU41
#NO_APP
.LBE37:
.LBE36:
	.loc 1 59 2 is_stmt 1 view .LVU42
.LBB38:
.LBI38:
	.loc 1 9 20 view .LVU43
.LBB39:
	.loc 1 11 2 view .LVU44
	movl	%edi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
.LVL17:
	.loc 1 11 2 is_stmt 0 view .LVU45
#NO_APP
.LBE39:
.LBE38:
	.loc 1 60 2 is_stmt 1 view .LVU46
.LBB40:
.LBI40:
	.loc 1 9 20 view .LVU47
.LBB41:
	.loc 1 11 2 view .LVU48
	movl	%esi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $161
# 0 "" 2
.LVL18:
	.loc 1 11 2 is_stmt 0 view .LVU49
#NO_APP
.LBE41:
.LBE40:
	.loc 1 61 2 is_stmt 1 view .LVU50
.LBB42:
.LBI42:
	.loc 1 9 20 view .LVU51
.LBB43:
	.loc 1 11 2 view .LVU52
	movl	$-1, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
.LVL19:
	.loc 1 11 2 is_stmt 0 view .LVU53
#NO_APP
.LBE43:
.LBE42:
	.loc 1 62 1 view .LVU54
	ret
	.cfi_endproc
.LFE8:
	.size	pic_remap, .-pic_remap
	.section	.text.pci_read,"ax",@progbits
	.p2align 4
	.globl	pci_read
	.type	pci_read, @function
pci_read:
.LVL20:
.LFB9:
	.loc 1 65 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 66 2 view .LVU56
	.loc 1 67 2 view .LVU57
	.loc 1 66 40 is_stmt 0 view .LVU58
	sall	$16, %edi
.LVL21:
	.loc 1 66 75 view .LVU59
	andl	$252, %ecx
.LVL22:
	.loc 1 66 63 view .LVU60
	sall	$8, %edx
.LVL23:
	.loc 1 66 68 view .LVU61
	orl	%ecx, %edi
.LVL24:
	.loc 1 66 52 view .LVU62
	sall	$11, %esi
.LVL25:
	.loc 1 66 68 view .LVU63
	orl	%edx, %edi
	.loc 1 67 2 view .LVU64
	movl	$3320, %edx
	.loc 1 66 68 view .LVU65
	orl	%esi, %edi
	.loc 1 66 15 view .LVU66
	movl	%edi, %eax
	orl	$-2147483648, %eax
	.loc 1 67 2 view .LVU67
#APP
# 67 "portio.c" 1
	outl %eax, %dx
# 0 "" 2
	.loc 1 68 2 is_stmt 1 view .LVU68
.LVL26:
#NO_APP
.LBB44:
.LBI44:
	.loc 1 14 28 view .LVU69
.LBB45:
	.loc 1 16 2 view .LVU70
	.loc 1 17 2 view .LVU71
	movl	$3324, %edx
#APP
# 17 "portio.c" 1
	inl %dx, %eax
# 0 "" 2
.LVL27:
	.loc 1 18 2 view .LVU72
	.loc 1 18 2 is_stmt 0 view .LVU73
#NO_APP
.LBE45:
.LBE44:
	.loc 1 69 1 view .LVU74
	ret
	.cfi_endproc
.LFE9:
	.size	pci_read, .-pci_read
	.section	.text.ide_read,"ax",@progbits
	.p2align 4
	.globl	ide_read
	.type	ide_read, @function
ide_read:
.LVL28:
.LFB10:
	.loc 1 72 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 73 2 view .LVU76
.LBB46:
.LBI46:
	.loc 1 26 20 view .LVU77
.LBB47:
	.loc 1 28 2 view .LVU78
	movl	$496, %edx
	movl	$512, %ecx
#APP
# 28 "portio.c" 1
	rep insb
# 0 "" 2
.LVL29:
	.loc 1 28 2 is_stmt 0 view .LVU79
#NO_APP
.LBE47:
.LBE46:
	.loc 1 74 2 is_stmt 1 view .LVU80
.LBB48:
.LBI48:
	.loc 1 31 20 view .LVU81
.LBB49:
	.loc 1 33 2 view .LVU82
	movl	$256, %ecx
#APP
# 33 "portio.c" 1
	rep outsw
# 0 "" 2
.LVL30:
	.loc 1 33 2 is_stmt 0 view .LVU83
#NO_APP
.LBE49:
.LBE48:
	.loc 1 75 2 is_stmt 1 view .LVU84
.LBB50:
.LBI50:
	.loc 1 21 20 view .LVU85
.LBB51:
	.loc 1 23 2 view .LVU86
	xorl	%eax, %eax
	movl	$502, %edx
#APP
# 23 "portio.c" 1
	outw %ax, %dx
# 0 "" 2
.LVL31:
	.loc 1 23 2 is_stmt 0 view .LVU87
#NO_APP
.LBE51:
.LBE50:
	.loc 1 76 1 view .LVU88
	ret
	.cfi_endproc
.LFE10:
	.size	ide_read, .-ide_read
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x596
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xe
	.long	.LASF16
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL35
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF2
	.byte	0x47
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x13e
	.uleb128 0x2
	.string	"buf"
	.byte	0x47
	.byte	0x15
	.long	0x13e
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x2
	.string	"out"
	.byte	0x47
	.byte	0x20
	.long	0x13e
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x3
	.long	0x4e9
	.quad	.LBI46
	.byte	.LVU77
	.quad	.LBB46
	.quad	.LBE46-.LBB46
	.byte	0x49
	.long	0xb7
	.uleb128 0x1
	.long	0x509
	.long	.LLST27
	.long	.LVUS27
	.uleb128 0x1
	.long	0x4fe
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x1
	.long	0x4f3
	.long	.LLST29
	.long	.LVUS29
	.byte	0
	.uleb128 0x3
	.long	0x4ab
	.quad	.LBI48
	.byte	.LVU81
	.quad	.LBB48
	.quad	.LBE48-.LBB48
	.byte	0x4a
	.long	0x102
	.uleb128 0x1
	.long	0x4cb
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x1
	.long	0x4c0
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x1
	.long	0x4b5
	.long	.LLST32
	.long	.LVUS32
	.byte	0
	.uleb128 0x8
	.long	0x513
	.quad	.LBI50
	.byte	.LVU85
	.quad	.LBB50
	.quad	.LBE50-.LBB50
	.byte	0x4b
	.byte	0x2
	.uleb128 0x1
	.long	0x526
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x1
	.long	0x51d
	.long	.LLST34
	.long	.LVUS34
	.byte	0
	.byte	0
	.uleb128 0xf
	.byte	0x8
	.uleb128 0x10
	.long	.LASF17
	.byte	0x1
	.byte	0x40
	.byte	0xe
	.long	0x1fd
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x1fd
	.uleb128 0x2
	.string	"bus"
	.byte	0x40
	.byte	0x20
	.long	0x1fd
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x2
	.string	"dev"
	.byte	0x40
	.byte	0x2e
	.long	0x1fd
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x2
	.string	"fn"
	.byte	0x40
	.byte	0x3c
	.long	0x1fd
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x2
	.string	"off"
	.byte	0x40
	.byte	0x49
	.long	0x1fd
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0x11
	.long	.LASF18
	.byte	0x1
	.byte	0x42
	.byte	0xf
	.long	0x1fd
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x8
	.long	0x532
	.quad	.LBI44
	.byte	.LVU69
	.quad	.LBB44
	.quad	.LBE44-.LBB44
	.byte	0x44
	.byte	0x9
	.uleb128 0x1
	.long	0x543
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0xb
	.long	0x54e
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.byte	0
	.uleb128 0x6
	.byte	0x4
	.byte	0x7
	.long	.LASF4
	.uleb128 0x7
	.long	.LASF3
	.byte	0x36
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0x3a8
	.uleb128 0xa
	.string	"a"
	.byte	0x36
	.byte	0x1e
	.long	0x3a8
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xa
	.string	"b"
	.byte	0x36
	.byte	0x2f
	.long	0x3a8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.long	0x558
	.quad	.LBI32
	.byte	.LVU31
	.quad	.LBB32
	.quad	.LBE32-.LBB32
	.byte	0x38
	.long	0x274
	.uleb128 0x1
	.long	0x56b
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x1
	.long	0x562
	.long	.LLST7
	.long	.LVUS7
	.byte	0
	.uleb128 0x3
	.long	0x558
	.quad	.LBI34
	.byte	.LVU35
	.quad	.LBB34
	.quad	.LBE34-.LBB34
	.byte	0x39
	.long	0x2b2
	.uleb128 0x1
	.long	0x56b
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x1
	.long	0x562
	.long	.LLST9
	.long	.LVUS9
	.byte	0
	.uleb128 0x3
	.long	0x558
	.quad	.LBI36
	.byte	.LVU39
	.quad	.LBB36
	.quad	.LBE36-.LBB36
	.byte	0x3a
	.long	0x2f0
	.uleb128 0x1
	.long	0x56b
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x1
	.long	0x562
	.long	.LLST11
	.long	.LVUS11
	.byte	0
	.uleb128 0x3
	.long	0x558
	.quad	.LBI38
	.byte	.LVU43
	.quad	.LBB38
	.quad	.LBE38-.LBB38
	.byte	0x3b
	.long	0x32e
	.uleb128 0x1
	.long	0x56b
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1
	.long	0x562
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0x3
	.long	0x558
	.quad	.LBI40
	.byte	.LVU47
	.quad	.LBB40
	.quad	.LBE40-.LBB40
	.byte	0x3c
	.long	0x36c
	.uleb128 0x1
	.long	0x56b
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x1
	.long	0x562
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x8
	.long	0x558
	.quad	.LBI42
	.byte	.LVU51
	.quad	.LBB42
	.quad	.LBE42-.LBB42
	.byte	0x3d
	.byte	0x2
	.uleb128 0x1
	.long	0x56b
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x1
	.long	0x562
	.long	.LLST17
	.long	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0x6
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0x7
	.long	.LASF6
	.byte	0x2d
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x3fd
	.uleb128 0x2
	.string	"s"
	.byte	0x2d
	.byte	0x1e
	.long	0x3fd
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x12
	.quad	.LVL8
	.long	0x40e
	.uleb128 0x13
	.quad	.LVL10
	.long	0x40e
	.uleb128 0x14
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x3d
	.byte	0
	.byte	0
	.uleb128 0xc
	.long	0x409
	.uleb128 0x6
	.byte	0x1
	.byte	0x6
	.long	.LASF7
	.uleb128 0x15
	.long	0x402
	.uleb128 0x7
	.long	.LASF8
	.byte	0x26
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x4ab
	.uleb128 0xa
	.string	"c"
	.byte	0x26
	.byte	0x17
	.long	0x402
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x16
	.long	0x577
	.quad	.LBI26
	.byte	.LVU4
	.long	.LLRL0
	.byte	0x1
	.byte	0x28
	.byte	0xb
	.long	0x46f
	.uleb128 0x1
	.long	0x584
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x17
	.long	.LLRL0
	.uleb128 0xb
	.long	0x58f
	.long	.LLST2
	.long	.LVUS2
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0x558
	.quad	.LBI30
	.byte	.LVU11
	.quad	.LBB30
	.quad	.LBE30-.LBB30
	.byte	0x2a
	.byte	0x2
	.uleb128 0x1
	.long	0x56b
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1
	.long	0x562
	.long	.LLST4
	.long	.LVUS4
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	.LASF12
	.byte	0x1f
	.long	0x4d5
	.uleb128 0x4
	.long	.LASF9
	.byte	0x1f
	.byte	0x29
	.long	0x4d5
	.uleb128 0x5
	.string	"buf"
	.byte	0x1f
	.byte	0x3b
	.long	0x4dc
	.uleb128 0x5
	.string	"n"
	.byte	0x1f
	.byte	0x4e
	.long	0x4e2
	.byte	0
	.uleb128 0x6
	.byte	0x2
	.byte	0x7
	.long	.LASF10
	.uleb128 0xc
	.long	0x4e1
	.uleb128 0x18
	.uleb128 0x6
	.byte	0x8
	.byte	0x7
	.long	.LASF11
	.uleb128 0x9
	.long	.LASF13
	.byte	0x1a
	.long	0x513
	.uleb128 0x4
	.long	.LASF9
	.byte	0x1a
	.byte	0x28
	.long	0x4d5
	.uleb128 0x5
	.string	"buf"
	.byte	0x1a
	.byte	0x34
	.long	0x13e
	.uleb128 0x5
	.string	"n"
	.byte	0x1a
	.byte	0x47
	.long	0x4e2
	.byte	0
	.uleb128 0x9
	.long	.LASF14
	.byte	0x15
	.long	0x532
	.uleb128 0x5
	.string	"v"
	.byte	0x15
	.byte	0x28
	.long	0x4d5
	.uleb128 0x4
	.long	.LASF9
	.byte	0x15
	.byte	0x3a
	.long	0x4d5
	.byte	0
	.uleb128 0x19
	.string	"inl"
	.byte	0x1
	.byte	0xe
	.byte	0x1c
	.long	0x1fd
	.byte	0x3
	.long	0x558
	.uleb128 0x4
	.long	.LASF9
	.byte	0xe
	.byte	0x2f
	.long	0x4d5
	.uleb128 0xd
	.string	"v"
	.byte	0x10
	.byte	0xf
	.long	0x1fd
	.byte	0
	.uleb128 0x9
	.long	.LASF15
	.byte	0x9
	.long	0x577
	.uleb128 0x5
	.string	"v"
	.byte	0x9
	.byte	0x27
	.long	0x3a8
	.uleb128 0x4
	.long	.LASF9
	.byte	0x9
	.byte	0x39
	.long	0x4d5
	.byte	0
	.uleb128 0x1a
	.string	"inb"
	.byte	0x1
	.byte	0x2
	.byte	0x1d
	.long	0x3a8
	.byte	0x3
	.uleb128 0x4
	.long	.LASF9
	.byte	0x2
	.byte	0x30
	.long	0x4d5
	.uleb128 0xd
	.string	"v"
	.byte	0x4
	.byte	0x10
	.long	0x3a8
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
	.uleb128 0x3
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
	.sleb128 2
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x7
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
	.uleb128 0xb
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
	.uleb128 0xb
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x1a
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
.LVUS25:
	.uleb128 0
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 0
.LLST25:
	.byte	0x6
	.quad	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL29-.LVL28
	.uleb128 .LFE10-.LVL28
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 0
	.uleb128 .LVU83
	.uleb128 .LVU83
	.uleb128 0
.LLST26:
	.byte	0x6
	.quad	.LVL28
	.byte	0x4
	.uleb128 .LVL28-.LVL28
	.uleb128 .LVL30-.LVL28
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL30-.LVL28
	.uleb128 .LFE10-.LVL28
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU77
	.uleb128 .LVU79
.LLST27:
	.byte	0x8
	.quad	.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x4
	.byte	0xa
	.value	0x200
	.byte	0x9f
	.byte	0
.LVUS28:
	.uleb128 .LVU77
	.uleb128 .LVU79
.LLST28:
	.byte	0x8
	.quad	.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS29:
	.uleb128 .LVU77
	.uleb128 .LVU79
.LLST29:
	.byte	0x8
	.quad	.LVL28
	.uleb128 .LVL29-.LVL28
	.uleb128 0x4
	.byte	0xa
	.value	0x1f0
	.byte	0x9f
	.byte	0
.LVUS30:
	.uleb128 .LVU81
	.uleb128 .LVU83
.LLST30:
	.byte	0x8
	.quad	.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x4
	.byte	0xa
	.value	0x100
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 .LVU81
	.uleb128 .LVU83
.LLST31:
	.byte	0x8
	.quad	.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS32:
	.uleb128 .LVU81
	.uleb128 .LVU83
.LLST32:
	.byte	0x8
	.quad	.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x4
	.byte	0xa
	.value	0x1f0
	.byte	0x9f
	.byte	0
.LVUS33:
	.uleb128 .LVU85
	.uleb128 .LVU87
.LLST33:
	.byte	0x8
	.quad	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x4
	.byte	0xa
	.value	0x1f6
	.byte	0x9f
	.byte	0
.LVUS34:
	.uleb128 .LVU85
	.uleb128 .LVU87
.LLST34:
	.byte	0x8
	.quad	.LVL30
	.uleb128 .LVL31-.LVL30
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS18:
	.uleb128 0
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 0
.LLST18:
	.byte	0x6
	.quad	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL21-.LVL20
	.uleb128 .LFE9-.LVL20
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 0
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 0
.LLST19:
	.byte	0x6
	.quad	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL25-.LVL20
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL25-.LVL20
	.uleb128 .LFE9-.LVL20
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 0
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 0
.LLST20:
	.byte	0x6
	.quad	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL23-.LVL20
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-.LVL20
	.uleb128 .LFE9-.LVL20
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 0
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 0
.LLST21:
	.byte	0x6
	.quad	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL22-.LVL20
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL22-.LVL20
	.uleb128 .LFE9-.LVL20
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU57
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU60
	.uleb128 .LVU60
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 .LVU63
	.uleb128 .LVU63
	.uleb128 0
.LLST22:
	.byte	0x6
	.quad	.LVL20
	.byte	0x4
	.uleb128 .LVL20-.LVL20
	.uleb128 .LVL21-.LVL20
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
	.uleb128 .LVL21-.LVL20
	.uleb128 .LVL22-.LVL20
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
	.uleb128 .LVL22-.LVL20
	.uleb128 .LVL23-.LVL20
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
	.uleb128 .LVL23-.LVL20
	.uleb128 .LVL24-.LVL20
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
	.uleb128 .LVL24-.LVL20
	.uleb128 .LVL25-.LVL20
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
	.uleb128 .LVL25-.LVL20
	.uleb128 .LFE9-.LVL20
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
.LVUS23:
	.uleb128 .LVU69
	.uleb128 .LVU73
.LLST23:
	.byte	0x8
	.quad	.LVL26
	.uleb128 .LVL27-.LVL26
	.uleb128 0x4
	.byte	0xa
	.value	0xcfc
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU72
	.uleb128 .LVU73
.LLST24:
	.byte	0x8
	.quad	.LVL27
	.uleb128 .LVL27-.LVL27
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS6:
	.uleb128 .LVU31
	.uleb128 .LVU33
.LLST6:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 .LVU31
	.uleb128 .LVU33
.LLST7:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x2
	.byte	0x41
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU35
	.uleb128 .LVU37
.LLST8:
	.byte	0x8
	.quad	.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x3
	.byte	0x8
	.byte	0x80
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU35
	.uleb128 .LVU37
.LLST9:
	.byte	0x8
	.quad	.LVL14
	.uleb128 .LVL15-.LVL14
	.uleb128 0x3
	.byte	0x9
	.byte	0x80
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU39
	.uleb128 .LVU41
.LLST10:
	.byte	0x8
	.quad	.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x3
	.byte	0x8
	.byte	0xa0
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU39
	.uleb128 .LVU41
.LLST11:
	.byte	0x8
	.quad	.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x2
	.byte	0x41
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU43
	.uleb128 .LVU45
.LLST12:
	.byte	0x8
	.quad	.LVL16
	.uleb128 .LVL17-.LVL16
	.uleb128 0x3
	.byte	0x8
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU43
	.uleb128 .LVU45
.LLST13:
	.byte	0x8
	.quad	.LVL16
	.uleb128 .LVL17-.LVL16
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS14:
	.uleb128 .LVU47
	.uleb128 .LVU49
.LLST14:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x3
	.byte	0x8
	.byte	0xa1
	.byte	0x9f
	.byte	0
.LVUS15:
	.uleb128 .LVU47
	.uleb128 .LVU49
.LLST15:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS16:
	.uleb128 .LVU51
	.uleb128 .LVU53
.LLST16:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0x3
	.byte	0x8
	.byte	0x21
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU51
	.uleb128 .LVU53
.LLST17:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL19-.LVL18
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU19
	.uleb128 .LVU19
	.uleb128 .LVU27
	.uleb128 .LVU28
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
	.uleb128 .LVL11-.LVL5
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.LVL5
	.uleb128 .LFE7-.LVL5
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS1:
	.uleb128 .LVU4
	.uleb128 .LVU8
.LLST1:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LVL2-.LVL1
	.uleb128 0x4
	.byte	0xa
	.value	0x3fd
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU8
.LLST2:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL2-.LVL2
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 .LVU11
	.uleb128 .LVU13
.LLST3:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x4
	.byte	0xa
	.value	0x3f8
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU11
	.uleb128 .LVU13
.LLST4:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LVL4-.LVL3
	.uleb128 0x1
	.byte	0x55
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x6c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.quad	.LFB10
	.quad	.LFE10-.LFB10
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
	.byte	0x5
	.quad	.LBB26
	.byte	0x4
	.uleb128 .LBB26-.LBB26
	.uleb128 .LBE26-.LBB26
	.byte	0x4
	.uleb128 .LBB29-.LBB26
	.uleb128 .LBE29-.LBB26
	.byte	0
.LLRL35:
	.byte	0x7
	.quad	.LFB6
	.uleb128 .LFE6-.LFB6
	.byte	0x7
	.quad	.LFB7
	.uleb128 .LFE7-.LFB7
	.byte	0x7
	.quad	.LFB8
	.uleb128 .LFE8-.LFB8
	.byte	0x7
	.quad	.LFB9
	.uleb128 .LFE9-.LFB9
	.byte	0x7
	.quad	.LFB10
	.uleb128 .LFE10-.LFB10
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF6:
	.string	"serial_puts"
.LASF10:
	.string	"short unsigned int"
.LASF3:
	.string	"pic_remap"
.LASF2:
	.string	"ide_read"
.LASF11:
	.string	"long unsigned int"
.LASF15:
	.string	"outb"
.LASF17:
	.string	"pci_read"
.LASF18:
	.string	"addr"
.LASF9:
	.string	"port"
.LASF12:
	.string	"outsw"
.LASF5:
	.string	"unsigned char"
.LASF14:
	.string	"outw"
.LASF8:
	.string	"serial_putc"
.LASF13:
	.string	"insb"
.LASF4:
	.string	"unsigned int"
.LASF7:
	.string	"char"
.LASF16:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fPIC -ffunction-sections -fno-asynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"portio.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
