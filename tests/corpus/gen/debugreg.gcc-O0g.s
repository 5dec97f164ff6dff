	.file	"debugreg.c"
	.text
.Ltext0:
	.file 0 "." "debugreg.c"
	.globl	saved_dr7
	.bss
	.align 8
	.type	saved_dr7, @object
	.size	saved_dr7, 8
saved_dr7:
	.zero	8
	.text
	.globl	set_breakpoint
	.type	set_breakpoint, @function
set_breakpoint:
.LFB0:
	.file 1 "debugreg.c"
	.loc 1 10 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movq	%rsi, -32(%rbp)
	.loc 1 11 2
	cmpl	$2, -20(%rbp)
	je	.L2
	cmpl	$2, -20(%rbp)
	jg	.L3
	cmpl	$0, -20(%rbp)
	je	.L4
	cmpl	$1, -20(%rbp)
	je	.L5
	jmp	.L3
.L4:
	.loc 1 12 10
	movq	-32(%rbp), %rax
#APP
# 12 "debugreg.c" 1
	mov %rax, %db0
# 0 "" 2
	.loc 1 12 27
#NO_APP
	jmp	.L6
.L5:
	.loc 1 13 10
	movq	-32(%rbp), %rax
#APP
# 13 "debugreg.c" 1
	mov %rax, %db1
# 0 "" 2
	.loc 1 13 27
#NO_APP
	jmp	.L6
.L2:
	.loc 1 14 10
	movq	-32(%rbp), %rax
#APP
# 14 "debugreg.c" 1
	mov %rax, %db2
# 0 "" 2
	.loc 1 14 27
#NO_APP
	jmp	.L6
.L3:
	.loc 1 15 11
	movq	-32(%rbp), %rax
#APP
# 15 "debugreg.c" 1
	mov %rax, %db3
# 0 "" 2
	.loc 1 15 28
#NO_APP
	nop
.L6:
.LBB2:
	.loc 1 17 14
#APP
# 17 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
.LBE2:
	.loc 1 17 8
	movq	%rax, -16(%rbp)
	.loc 1 18 22
	movl	-20(%rbp), %eax
	addl	%eax, %eax
	.loc 1 18 13
	movl	$1, %edx
	movl	%eax, %ecx
	salq	%cl, %rdx
	movq	%rdx, %rax
	.loc 1 18 6
	orq	%rax, -16(%rbp)
	.loc 1 19 2
	movq	-16(%rbp), %rax
#APP
# 19 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
	.loc 1 20 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	set_breakpoint, .-set_breakpoint
	.globl	debug_status
	.type	debug_status, @function
debug_status:
.LFB1:
	.loc 1 23 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
.LBB3:
	.loc 1 24 12
#APP
# 24 "debugreg.c" 1
	mov %db6, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
.LBE3:
	.loc 1 24 8
	movq	%rax, -16(%rbp)
	.loc 1 25 2
	movl	$0, %eax
#APP
# 25 "debugreg.c" 1
	mov %rax, %db6
# 0 "" 2
	.loc 1 26 9
#NO_APP
	movq	-16(%rbp), %rax
	.loc 1 27 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	debug_status, .-debug_status
	.globl	save_debug
	.type	save_debug, @function
save_debug:
.LFB2:
	.loc 1 30 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
.LBB4:
	.loc 1 31 14
#APP
# 31 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
.LBE4:
	.loc 1 31 12
	movq	%rax, saved_dr7(%rip)
	.loc 1 32 2
	movl	$0, %eax
#APP
# 32 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
	.loc 1 33 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	save_debug, .-save_debug
	.globl	breakpoint
	.type	breakpoint, @function
breakpoint:
.LFB3:
	.loc 1 36 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 37 2
#APP
# 37 "debugreg.c" 1
	int3
# 0 "" 2
	.loc 1 38 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	breakpoint, .-breakpoint
	.globl	breakpoint2
	.type	breakpoint2, @function
breakpoint2:
.LFB4:
	.loc 1 41 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 42 2
#APP
# 42 "debugreg.c" 1
	int $3
# 0 "" 2
	.loc 1 43 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	breakpoint2, .-breakpoint2
	.globl	trap
	.type	trap, @function
trap:
.LFB5:
	.loc 1 46 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	.loc 1 47 5
	cmpl	$0, -4(%rbp)
	je	.L13
	.loc 1 48 3
#APP
# 48 "debugreg.c" 1
	int $0x80
# 0 "" 2
	.loc 1 51 1
#NO_APP
	jmp	.L15
.L13:
	.loc 1 50 3
#APP
# 50 "debugreg.c" 1
	ud2
# 0 "" 2
#NO_APP
.L15:
	.loc 1 51 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	trap, .-trap
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x1a7
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x6
	.long	.LASF10
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF11
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0x8
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x9
	.long	.LASF12
	.byte	0x1
	.byte	0x7
	.byte	0x7
	.long	0x2e
	.uleb128 0x9
	.byte	0x3
	.quad	saved_dr7
	.uleb128 0x2
	.long	.LASF5
	.byte	0x2d
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x81
	.uleb128 0xa
	.string	"v"
	.byte	0x1
	.byte	0x2d
	.byte	0xf
	.long	0x81
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x4
	.long	.LASF3
	.byte	0x28
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.long	.LASF4
	.byte	0x23
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF6
	.byte	0x1d
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xf3
	.uleb128 0x3
	.quad	.LBB4
	.quad	.LBE4-.LBB4
	.uleb128 0x1
	.string	"v"
	.byte	0x1f
	.byte	0xe
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0xc
	.long	.LASF13
	.byte	0x1
	.byte	0x16
	.byte	0x7
	.long	0x2e
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x140
	.uleb128 0x1
	.string	"s"
	.byte	0x18
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x3
	.quad	.LBB3
	.quad	.LBE3-.LBB3
	.uleb128 0x1
	.string	"v"
	.byte	0x18
	.byte	0xc
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	.LASF7
	.byte	0x9
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x1a3
	.uleb128 0x5
	.long	.LASF8
	.byte	0x19
	.long	0x81
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x5
	.long	.LASF9
	.byte	0x2b
	.long	0x1a3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x1
	.string	"dr7"
	.byte	0x11
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x3
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x1
	.string	"v"
	.byte	0x11
	.byte	0xe
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0xd
	.byte	0x8
	.long	0x1a9
	.uleb128 0xe
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.uleb128 0x3
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x2e
	.byte	0
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
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 9
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
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
.LASF6:
	.string	"save_debug"
.LASF11:
	.string	"ulong"
.LASF2:
	.string	"long unsigned int"
.LASF9:
	.string	"addr"
.LASF12:
	.string	"saved_dr7"
.LASF5:
	.string	"trap"
.LASF13:
	.string	"debug_status"
.LASF10:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF7:
	.string	"set_breakpoint"
.LASF8:
	.string	"slot"
.LASF4:
	.string	"breakpoint"
.LASF3:
	.string	"breakpoint2"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"debugreg.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
