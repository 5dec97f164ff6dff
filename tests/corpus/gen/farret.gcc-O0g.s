	.file	"farret.c"
	.text
.Ltext0:
	.file 0 "." "farret.c"
	.globl	reload_cs
	.type	reload_cs, @function
reload_cs:
.LFB0:
	.file 1 "farret.c"
	.loc 1 5 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	.loc 1 11 16
	movzwl	-4(%rbp), %edx
	.loc 1 6 2
#APP
# 6 "farret.c" 1
	pushq %rdx
	leaq 1f(%rip), %rax
	pushq %rax
	lretq
1:
# 0 "" 2
	.loc 1 12 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	reload_cs, .-reload_cs
	.globl	reload_cs_alt
	.type	reload_cs_alt, @function
reload_cs_alt:
.LFB1:
	.loc 1 15 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	.loc 1 24 16
	movzwl	-4(%rbp), %eax
	.loc 1 16 2
#APP
# 16 "farret.c" 1
	pushq %rax
	pushq $2f
	retfq
2:
	
# 0 "" 2
	.loc 1 25 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	reload_cs_alt, .-reload_cs_alt
	.globl	to_user
	.type	to_user, @function
to_user:
.LFB2:
	.loc 1 28 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 29 2
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rdx
#APP
# 29 "farret.c" 1
	pushq $0x23
	pushq %rdx
	pushq $0x202
	pushq $0x2b
	pushq %rax
	swapgs
	iretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE2:
	.size	to_user, .-to_user
	.globl	sysret_to
	.type	sysret_to, @function
sysret_to:
.LFB3:
	.loc 1 41 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 42 2
	movq	-8(%rbp), %rax
#APP
# 42 "farret.c" 1
	movq %rax, %rcx
	movq $0x202, %r11
	swapgs
	sysretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE3:
	.size	sysret_to, .-sysret_to
	.globl	far_jump
	.type	far_jump, @function
far_jump:
.LFB4:
	.loc 1 47 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 49 2
#APP
# 49 "farret.c" 1
	ljmp *target.0(%rip)
# 0 "" 2
	.loc 1 50 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	far_jump, .-far_jump
	.data
	.type	target.0, @object
	.size	target.0, 6
target.0:
	.long	0
	.value	8
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x154
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x6
	.long	.LASF9
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF10
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0x2
	.byte	0x8
	.long	.LASF2
	.uleb128 0x3
	.long	.LASF7
	.byte	0x2e
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x93
	.uleb128 0x8
	.byte	0x6
	.byte	0x1
	.byte	0x30
	.byte	0x9
	.long	0x7c
	.uleb128 0x4
	.string	"off"
	.byte	0x1f
	.long	0x93
	.byte	0
	.uleb128 0x4
	.string	"sel"
	.byte	0x33
	.long	0x99
	.byte	0x4
	.byte	0
	.uleb128 0x9
	.long	.LASF11
	.byte	0x1
	.byte	0x30
	.byte	0x52
	.long	0x5c
	.uleb128 0x9
	.byte	0x3
	.quad	target.0
	.byte	0
	.uleb128 0x2
	.byte	0x4
	.long	.LASF3
	.uleb128 0x2
	.byte	0x2
	.long	.LASF4
	.uleb128 0x5
	.long	.LASF5
	.byte	0x28
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0xca
	.uleb128 0x1
	.string	"rip"
	.byte	0x28
	.byte	0x30
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF6
	.byte	0x1b
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x103
	.uleb128 0x1
	.string	"rip"
	.byte	0x1b
	.byte	0x2e
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"rsp"
	.byte	0x1b
	.byte	0x39
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x3
	.long	.LASF8
	.byte	0xe
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x12e
	.uleb128 0x1
	.string	"sel"
	.byte	0xe
	.byte	0x23
	.long	0x99
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0xa
	.long	.LASF12
	.byte	0x1
	.byte	0x4
	.byte	0x6
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.string	"sel"
	.byte	0x4
	.byte	0x1f
	.long	0x99
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x2
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 48
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.sleb128 32
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x87
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0x18
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
.LASF8:
	.string	"reload_cs_alt"
.LASF3:
	.string	"unsigned int"
.LASF10:
	.string	"ulong"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"far_jump"
.LASF6:
	.string	"to_user"
.LASF5:
	.string	"sysret_to"
.LASF9:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF12:
	.string	"reload_cs"
.LASF11:
	.string	"target"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"farret.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
