	.file	"farret.c"
	.text
.Ltext0:
	.file 0 "." "farret.c"
	.p2align 4
	.globl	reload_cs
	.type	reload_cs, @function
reload_cs:
.LVL0:
.LFB0:
	.file 1 "farret.c"
	.loc 1 5 1 view -0
	.cfi_startproc
	.loc 1 6 2 view .LVU1
	.loc 1 11 16 is_stmt 0 view .LVU2
	movzwl	%di, %edi
	.loc 1 6 2 view .LVU3
#APP
# 6 "farret.c" 1
	pushq %rdi
	leaq 1f(%rip), %rax
	pushq %rax
	lretq
1:
# 0 "" 2
	.loc 1 12 1 view .LVU4
#NO_APP
	ret
	.cfi_endproc
.LFE0:
	.size	reload_cs, .-reload_cs
	.p2align 4
	.globl	reload_cs_alt
	.type	reload_cs_alt, @function
reload_cs_alt:
.LVL1:
.LFB1:
	.loc 1 15 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 16 2 view .LVU6
	.loc 1 24 16 is_stmt 0 view .LVU7
	movzwl	%di, %edi
	.loc 1 16 2 view .LVU8
#APP
# 16 "farret.c" 1
	pushq %rdi
	pushq $2f
	retfq
2:
	
# 0 "" 2
	.loc 1 25 1 view .LVU9
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	reload_cs_alt, .-reload_cs_alt
	.p2align 4
	.globl	to_user
	.type	to_user, @function
to_user:
.LVL2:
.LFB2:
	.loc 1 28 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 2 view .LVU11
#APP
# 29 "farret.c" 1
	pushq $0x23
	pushq %rsi
	pushq $0x202
	pushq $0x2b
	pushq %rdi
	swapgs
	iretq
# 0 "" 2
	.loc 1 37 2 view .LVU12
#NO_APP
	.cfi_endproc
.LFE2:
	.size	to_user, .-to_user
	.p2align 4
	.globl	sysret_to
	.type	sysret_to, @function
sysret_to:
.LVL3:
.LFB3:
	.loc 1 41 1 view -0
	.cfi_startproc
	.loc 1 42 2 view .LVU14
#APP
# 42 "farret.c" 1
	movq %rdi, %rcx
	movq $0x202, %r11
	swapgs
	sysretq
# 0 "" 2
	.loc 1 43 2 view .LVU15
#NO_APP
	.cfi_endproc
.LFE3:
	.size	sysret_to, .-sysret_to
	.p2align 4
	.globl	far_jump
	.type	far_jump, @function
far_jump:
.LFB4:
	.loc 1 47 1 view -0
	.cfi_startproc
	.loc 1 48 2 view .LVU17
	.loc 1 49 2 view .LVU18
#APP
# 49 "farret.c" 1
	ljmp *target.0(%rip)
# 0 "" 2
	.loc 1 50 1 is_stmt 0 view .LVU19
#NO_APP
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
	.long	0x14f
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
	.long	0xc9
	.uleb128 0x1
	.string	"rip"
	.byte	0x28
	.byte	0x30
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x5
	.long	.LASF6
	.byte	0x1b
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x100
	.uleb128 0x1
	.string	"rip"
	.byte	0x1b
	.byte	0x2e
	.long	0x2e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.string	"rsp"
	.byte	0x1b
	.byte	0x39
	.long	0x2e
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x3
	.long	.LASF8
	.byte	0xe
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x12a
	.uleb128 0x1
	.string	"sel"
	.byte	0xe
	.byte	0x23
	.long	0x99
	.uleb128 0x1
	.byte	0x55
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
	.uleb128 0x1
	.byte	0x55
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
.LASF12:
	.string	"reload_cs"
.LASF4:
	.string	"short unsigned int"
.LASF7:
	.string	"far_jump"
.LASF6:
	.string	"to_user"
.LASF5:
	.string	"sysret_to"
.LASF9:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF11:
	.string	"target"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"farret.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
