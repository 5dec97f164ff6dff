	.file	"idle.c"
	.text
.Ltext0:
	.file 0 "." "idle.c"
	.globl	wake_flag
	.bss
	.align 8
	.type	wake_flag, @object
	.size	wake_flag, 8
wake_flag:
	.zero	8
	.globl	idle_calls
	.align 32
	.type	idle_calls, @object
	.size	idle_calls, 32
idle_calls:
	.zero	32
	.text
	.type	monitor, @function
monitor:
.LFB0:
	.file 1 "idle.c"
	.loc 1 6 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 7 2
	movq	-8(%rbp), %rax
	movl	$0, %ecx
	movl	$0, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
	.loc 1 8 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	monitor, .-monitor
	.type	mwait, @function
mwait:
.LFB1:
	.loc 1 11 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	.loc 1 12 2
	movl	-4(%rbp), %eax
	movl	$0, %edx
	movl	%edx, %ecx
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
	.loc 1 13 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	mwait, .-mwait
	.globl	enter_idle
	.type	enter_idle, @function
enter_idle:
.LFB2:
	.loc 1 16 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, -4(%rbp)
	.loc 1 17 19
	movl	-4(%rbp), %eax
	andl	$7, %eax
	.loc 1 17 12
	movslq	%eax, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	idle_calls(%rip), %rdx
	movl	(%rcx,%rdx), %edx
	.loc 1 17 23
	leal	1(%rdx), %ecx
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	idle_calls(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	.loc 1 18 2
	cmpl	$6, -4(%rbp)
	ja	.L4
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L6(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L6(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L6:
	.long	.L12-.L6
	.long	.L11-.L6
	.long	.L10-.L6
	.long	.L9-.L6
	.long	.L8-.L6
	.long	.L7-.L6
	.long	.L5-.L6
	.text
.L12:
	.loc 1 20 3
#APP
# 20 "idle.c" 1
	pause
# 0 "" 2
	.loc 1 21 10
#NO_APP
	movl	$0, %eax
	jmp	.L13
.L11:
	.loc 1 23 3
#APP
# 23 "idle.c" 1
	hlt
# 0 "" 2
	.loc 1 24 10
#NO_APP
	movl	$1, %eax
	jmp	.L13
.L10:
	.loc 1 26 3
	leaq	wake_flag(%rip), %rax
	movq	%rax, %rdi
	call	monitor
	.loc 1 27 7
	movq	wake_flag(%rip), %rax
	.loc 1 27 6
	testq	%rax, %rax
	jne	.L14
	.loc 1 28 4
	movl	$16, %edi
	call	mwait
.L14:
	.loc 1 29 10
	movl	$2, %eax
	jmp	.L13
.L9:
	.loc 1 31 3
#APP
# 31 "idle.c" 1
	sti; hlt; cli
# 0 "" 2
	.loc 1 32 10
#NO_APP
	movl	$3, %eax
	jmp	.L13
.L8:
	.loc 1 34 3
	leaq	wake_flag(%rip), %rax
	movq	%rax, %rdi
	call	monitor
	.loc 1 35 3
	movl	$32, %edi
	call	mwait
	.loc 1 36 10
	movl	$4, %eax
	jmp	.L13
.L7:
	.loc 1 38 3
#APP
# 38 "idle.c" 1
	sti
	nop
	cli
# 0 "" 2
	.loc 1 39 10
#NO_APP
	movl	$5, %eax
	jmp	.L13
.L5:
	.loc 1 41 3
#APP
# 41 "idle.c" 1
	wbinvd; hlt
# 0 "" 2
	.loc 1 42 10
#NO_APP
	movl	$6, %eax
	jmp	.L13
.L4:
	.loc 1 44 10
	movl	$-1, %eax
.L13:
	.loc 1 46 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	enter_idle, .-enter_idle
	.globl	poll_idle
	.type	poll_idle, @function
poll_idle:
.LFB3:
	.loc 1 49 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 50 8
	jmp	.L16
.L17:
	.loc 1 51 3
#APP
# 51 "idle.c" 1
	rep; nop
# 0 "" 2
#NO_APP
.L16:
	.loc 1 50 9
	movq	wake_flag(%rip), %rax
	testq	%rax, %rax
	je	.L17
	.loc 1 52 1
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	poll_idle, .-poll_idle
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x129
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
	.uleb128 0x1
	.long	.LASF3
	.byte	0x2
	.byte	0x18
	.long	0x49
	.uleb128 0x9
	.byte	0x3
	.quad	wake_flag
	.uleb128 0x2
	.byte	0x8
	.long	.LASF2
	.uleb128 0x3
	.long	0x43
	.uleb128 0x7
	.long	0x5e
	.long	0x5e
	.uleb128 0x8
	.long	0x43
	.byte	0x7
	.byte	0
	.uleb128 0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.long	.LASF4
	.byte	0x3
	.byte	0x5
	.long	0x4e
	.uleb128 0x9
	.byte	0x3
	.quad	idle_calls
	.uleb128 0xa
	.long	.LASF11
	.byte	0x1
	.byte	0x30
	.byte	0x6
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xb
	.long	.LASF12
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.long	0x5e
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xc5
	.uleb128 0x4
	.long	.LASF5
	.byte	0xf
	.byte	0x14
	.long	0x5e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x5
	.long	.LASF8
	.byte	0xa
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0xf0
	.uleb128 0x4
	.long	.LASF6
	.byte	0xa
	.byte	0x23
	.long	0xf0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x2
	.byte	0x4
	.long	.LASF7
	.uleb128 0x5
	.long	.LASF9
	.byte	0x5
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0x120
	.uleb128 0xc
	.string	"p"
	.byte	0x1
	.byte	0x5
	.byte	0x31
	.long	0x120
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0xd
	.byte	0x8
	.long	0x127
	.uleb128 0xe
	.uleb128 0x3
	.long	0x126
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0xa
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0xb
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.string	"hint"
.LASF7:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF3:
	.string	"wake_flag"
.LASF5:
	.string	"state"
.LASF4:
	.string	"idle_calls"
.LASF8:
	.string	"mwait"
.LASF11:
	.string	"poll_idle"
.LASF10:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF9:
	.string	"monitor"
.LASF12:
	.string	"enter_idle"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"idle.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
