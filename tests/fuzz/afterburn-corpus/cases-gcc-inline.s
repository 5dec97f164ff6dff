	.file	"inline.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "inline.c"
	.p2align 4
	.globl	work
	.type	work, @function
work:
.LFB7:
	.file 1 "inline.c"
	.loc 1 25 1
	.cfi_startproc
	.loc 1 25 1
	movl	%esi, %edx
.LBB18:
.LBB19:
	.loc 1 7 2
#APP
# 7 "inline.c" 1
	pushfq; popq %rcx
# 0 "" 2
#NO_APP
.LBE19:
.LBE18:
.LBB20:
.LBB21:
	.loc 1 2 40
#APP
# 2 "inline.c" 1
	cli
# 0 "" 2
#NO_APP
.LBE21:
.LBE20:
.LBB22:
.LBB23:
	.loc 1 12 2
	movl	$1, %eax
#APP
# 12 "inline.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
.LBE23:
.LBE22:
.LBB24:
.LBB25:
	movl	$2, %eax
#APP
# 12 "inline.c" 1
	outb %al, $128
# 0 "" 2
#NO_APP
.LBE25:
.LBE24:
.LBB26:
.LBB27:
	.loc 1 17 2
#APP
# 17 "inline.c" 1
	mov %cr3, %rax
# 0 "" 2
#NO_APP
.LBE27:
.LBE26:
.LBB28:
.LBB29:
	.loc 1 20 49
#APP
# 20 "inline.c" 1
	mov %rax, %cr3
# 0 "" 2
#NO_APP
.LBE29:
.LBE28:
.LBB30:
.LBB31:
	.loc 1 21 38
#APP
# 21 "inline.c" 1
	invlpg (%rdi)
# 0 "" 2
#NO_APP
.LBE31:
.LBE30:
	.loc 1 32 2
#APP
# 32 "inline.c" 1
	lgdt gdtr(%rip)
# 0 "" 2
#NO_APP
.LBB32:
.LBB33:
	.loc 1 3 43
#APP
# 3 "inline.c" 1
	sti; hlt
# 0 "" 2
#NO_APP
.LBE33:
.LBE32:
	.loc 1 35 1
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE7:
	.size	work, .-work
	.local	gdtr
	.comm	gdtr,10,8
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x133
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x3
	.long	.LASF9
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x4
	.long	.LASF10
	.byte	0x1
	.byte	0x18
	.byte	0xf
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x105
	.uleb128 0x1
	.long	0x121
	.quad	.LBB18
	.quad	.LBE18-.LBB18
	.byte	0x1a
	.byte	0x14
	.uleb128 0x1
	.long	0x12f
	.quad	.LBB20
	.quad	.LBE20-.LBB20
	.byte	0x1b
	.byte	0x2
	.uleb128 0x1
	.long	0x11a
	.quad	.LBB22
	.quad	.LBE22-.LBB22
	.byte	0x1c
	.byte	0x2
	.uleb128 0x1
	.long	0x11a
	.quad	.LBB24
	.quad	.LBE24-.LBB24
	.byte	0x1d
	.byte	0x2
	.uleb128 0x1
	.long	0x113
	.quad	.LBB26
	.quad	.LBE26-.LBB26
	.byte	0x1e
	.byte	0x2
	.uleb128 0x1
	.long	0x10c
	.quad	.LBB28
	.quad	.LBE28-.LBB28
	.byte	0x1e
	.byte	0x2
	.uleb128 0x1
	.long	0x105
	.quad	.LBB30
	.quad	.LBE30-.LBB30
	.byte	0x1f
	.byte	0x2
	.uleb128 0x1
	.long	0x128
	.quad	.LBB32
	.quad	.LBE32-.LBB32
	.byte	0x21
	.byte	0x2
	.byte	0
	.uleb128 0x2
	.long	.LASF2
	.byte	0x15
	.byte	0x14
	.uleb128 0x2
	.long	.LASF3
	.byte	0x14
	.byte	0x14
	.uleb128 0x2
	.long	.LASF4
	.byte	0xe
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF5
	.byte	0xa
	.byte	0x14
	.uleb128 0x2
	.long	.LASF6
	.byte	0x4
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF7
	.byte	0x3
	.byte	0x14
	.uleb128 0x2
	.long	.LASF8
	.byte	0x2
	.byte	0x14
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x1d
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
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
	.uleb128 0xb
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 3
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
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
	.byte	0
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
.LASF5:
	.string	"outb"
.LASF4:
	.string	"read_cr3"
.LASF9:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g1 -O2 -fno-asynchronous-unwind-tables"
.LASF2:
	.string	"invlpg"
.LASF6:
	.string	"save_flags"
.LASF7:
	.string	"irq_enable_hlt"
.LASF8:
	.string	"irq_disable"
.LASF10:
	.string	"work"
.LASF3:
	.string	"write_cr3"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"inline.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
