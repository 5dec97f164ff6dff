	.file	"spinlock.c"
	.text
.Ltext0:
	.file 0 "." "spinlock.c"
	.type	irq_save, @function
irq_save:
.LFB0:
	.file 1 "spinlock.c"
	.loc 1 6 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 8 2
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rax
	cli
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 9 9
	movq	-8(%rbp), %rax
	.loc 1 10 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	irq_save, .-irq_save
	.type	irq_restore, @function
irq_restore:
.LFB1:
	.loc 1 13 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 14 2
#APP
# 14 "spinlock.c" 1
	push -8(%rbp)
	popf
# 0 "" 2
	.loc 1 15 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	irq_restore, .-irq_restore
	.type	spin_lock, @function
spin_lock:
.LFB2:
	.loc 1 18 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 19 8
	jmp	.L5
.L7:
	.loc 1 21 4
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
.L6:
	.loc 1 20 11
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	.loc 1 20 10
	testl	%eax, %eax
	jne	.L7
.L5:
	.loc 1 19 29
	movq	-8(%rbp), %rdx
	.loc 1 19 9
	movl	$1, %eax
	xchgl	(%rdx), %eax
	testl	%eax, %eax
	jne	.L6
	.loc 1 22 1
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	spin_lock, .-spin_lock
	.type	spin_unlock, @function
spin_unlock:
.LFB3:
	.loc 1 25 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 26 19
	movq	-8(%rbp), %rax
	.loc 1 26 2
	movl	$0, %edx
	movl	%edx, (%rax)
	.loc 1 27 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	spin_unlock, .-spin_unlock
	.globl	big_lock
	.bss
	.align 4
	.type	big_lock, @object
	.size	big_lock, 4
big_lock:
	.zero	4
	.globl	shared
	.align 32
	.type	shared, @object
	.size	shared, 128
shared:
	.zero	128
	.text
	.globl	spin_lock_irqsave
	.type	spin_lock_irqsave, @function
spin_lock_irqsave:
.LFB4:
	.loc 1 33 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	.loc 1 34 12
	call	irq_save
	movq	%rax, -8(%rbp)
	.loc 1 35 2
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	spin_lock
	.loc 1 36 9
	movq	-8(%rbp), %rax
	.loc 1 37 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	spin_lock_irqsave, .-spin_lock_irqsave
	.globl	spin_unlock_irqrestore
	.type	spin_unlock_irqrestore, @function
spin_unlock_irqrestore:
.LFB5:
	.loc 1 40 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	.loc 1 41 2
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	spin_unlock
	.loc 1 42 2
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	irq_restore
	.loc 1 43 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	spin_unlock_irqrestore, .-spin_unlock_irqrestore
	.globl	add_all
	.type	add_all, @function
add_all:
.LFB6:
	.loc 1 46 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	.loc 1 47 12
	leaq	big_lock(%rip), %rax
	movq	%rax, %rdi
	call	spin_lock_irqsave
	movq	%rax, -16(%rbp)
.LBB2:
	.loc 1 48 11
	movl	$0, -4(%rbp)
	.loc 1 48 2
	jmp	.L14
.L15:
	.loc 1 49 9 discriminator 3
	movl	-4(%rbp), %eax
	andl	$15, %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	shared(%rip), %rax
	movq	(%rdx,%rax), %rdx
	.loc 1 49 22 discriminator 3
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rcx
	movq	-24(%rbp), %rax
	addq	%rcx, %rax
	movq	(%rax), %rax
	.loc 1 49 9 discriminator 3
	movl	-4(%rbp), %ecx
	movl	%ecx, %esi
	andl	$15, %esi
	.loc 1 49 18 discriminator 3
	leaq	(%rdx,%rax), %rcx
	movslq	%esi, %rax
	leaq	0(,%rax,8), %rdx
	leaq	shared(%rip), %rax
	movq	%rcx, (%rdx,%rax)
	.loc 1 48 26 discriminator 3
	addl	$1, -4(%rbp)
.L14:
	.loc 1 48 20 discriminator 1
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L15
.LBE2:
	.loc 1 50 2
	movq	-16(%rbp), %rax
	movq	%rax, %rsi
	leaq	big_lock(%rip), %rax
	movq	%rax, %rdi
	call	spin_unlock_irqrestore
	.loc 1 51 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	add_all, .-add_all
	.type	slow_path, @function
slow_path:
.LFB7:
	.loc 1 54 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movl	%edi, -20(%rbp)
	.loc 1 55 12
	call	irq_save
	movq	%rax, -8(%rbp)
	.loc 1 56 20
	movl	-20(%rbp), %eax
	andl	$15, %eax
	movl	%eax, %edx
	.loc 1 56 17
	movslq	%edx, %rax
	leaq	0(,%rax,8), %rcx
	leaq	shared(%rip), %rax
	movq	(%rcx,%rax), %rax
	.loc 1 56 25
	leaq	1(%rax), %rcx
	movslq	%edx, %rdx
	leaq	0(,%rdx,8), %rsi
	leaq	shared(%rip), %rdx
	movq	%rcx, (%rsi,%rdx)
	.loc 1 56 7
	movq	%rax, -16(%rbp)
	.loc 1 57 2
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	irq_restore
	.loc 1 58 9
	movq	-16(%rbp), %rax
	.loc 1 59 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	slow_path, .-slow_path
	.globl	maybe
	.type	maybe, @function
maybe:
.LFB8:
	.loc 1 62 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, -4(%rbp)
	.loc 1 63 25
	cmpl	$100, -4(%rbp)
	setg	%al
	.loc 1 63 6
	movzbl	%al, %eax
	.loc 1 63 5
	testq	%rax, %rax
	je	.L19
	.loc 1 64 10
	movl	-4(%rbp), %eax
	movl	%eax, %edi
	call	slow_path
	jmp	.L20
.L19:
	.loc 1 65 9
	movl	-4(%rbp), %eax
	cltq
.L20:
	.loc 1 66 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	maybe, .-maybe
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2a0
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0xa
	.long	.LASF16
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x4
	.long	.LASF3
	.byte	0x2
	.byte	0x17
	.long	0x39
	.uleb128 0x5
	.byte	0x7
	.long	.LASF2
	.uleb128 0xb
	.byte	0x4
	.byte	0x1
	.byte	0x3
	.byte	0x9
	.long	0x54
	.uleb128 0xc
	.string	"v"
	.byte	0x1
	.byte	0x3
	.byte	0x1f
	.long	0x5b
	.byte	0
	.byte	0
	.uleb128 0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xe
	.long	0x54
	.uleb128 0x4
	.long	.LASF4
	.byte	0x3
	.byte	0x24
	.long	0x3f
	.uleb128 0x6
	.long	.LASF6
	.byte	0x1d
	.byte	0xc
	.long	0x60
	.uleb128 0x9
	.byte	0x3
	.quad	big_lock
	.uleb128 0xf
	.long	0x90
	.long	0x90
	.uleb128 0x10
	.long	0x39
	.byte	0xf
	.byte	0
	.uleb128 0x5
	.byte	0x5
	.long	.LASF5
	.uleb128 0x11
	.long	0x90
	.uleb128 0x6
	.long	.LASF7
	.byte	0x1e
	.byte	0x6
	.long	0x80
	.uleb128 0x9
	.byte	0x3
	.quad	shared
	.uleb128 0x7
	.long	.LASF10
	.byte	0x3d
	.byte	0x6
	.long	0x90
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.long	0xde
	.uleb128 0x1
	.string	"x"
	.byte	0x3d
	.byte	0x10
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.uleb128 0x12
	.long	.LASF17
	.byte	0x1
	.byte	0x35
	.byte	0xd
	.long	0x90
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x125
	.uleb128 0x1
	.string	"x"
	.byte	0x35
	.byte	0x1b
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -36
	.uleb128 0x2
	.string	"f"
	.byte	0x37
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x2
	.string	"r"
	.byte	0x38
	.byte	0x7
	.long	0x90
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x8
	.long	.LASF8
	.byte	0x2d
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x184
	.uleb128 0x1
	.string	"v"
	.byte	0x2d
	.byte	0x1a
	.long	0x184
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x1
	.string	"n"
	.byte	0x2d
	.byte	0x21
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -44
	.uleb128 0x2
	.string	"f"
	.byte	0x2f
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.uleb128 0x13
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x2
	.string	"i"
	.byte	0x30
	.byte	0xb
	.long	0x54
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.byte	0
	.uleb128 0x9
	.long	0x96
	.uleb128 0x8
	.long	.LASF9
	.byte	0x27
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x1be
	.uleb128 0x1
	.string	"l"
	.byte	0x27
	.byte	0x29
	.long	0x1be
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x1
	.string	"f"
	.byte	0x27
	.byte	0x32
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -32
	.byte	0
	.uleb128 0x9
	.long	0x60
	.uleb128 0x7
	.long	.LASF11
	.byte	0x20
	.byte	0x7
	.long	0x2e
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x1fd
	.uleb128 0x1
	.string	"l"
	.byte	0x20
	.byte	0x25
	.long	0x1be
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.string	"f"
	.byte	0x22
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.long	.LASF12
	.byte	0x18
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x226
	.uleb128 0x1
	.string	"l"
	.byte	0x18
	.byte	0x2c
	.long	0x1be
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.long	.LASF13
	.byte	0x11
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x24f
	.uleb128 0x1
	.string	"l"
	.byte	0x11
	.byte	0x2a
	.long	0x1be
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x3
	.long	.LASF14
	.byte	0xc
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x278
	.uleb128 0x1
	.string	"f"
	.byte	0xc
	.byte	0x26
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x14
	.long	.LASF15
	.byte	0x1
	.byte	0x5
	.byte	0x15
	.long	0x2e
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.string	"f"
	.byte	0x7
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
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
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0x16
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
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x8
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x14
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
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"shared"
.LASF11:
	.string	"spin_lock_irqsave"
.LASF10:
	.string	"maybe"
.LASF16:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF4:
	.string	"spinlock_t"
.LASF13:
	.string	"spin_lock"
.LASF5:
	.string	"long int"
.LASF15:
	.string	"irq_save"
.LASF3:
	.string	"ulong"
.LASF14:
	.string	"irq_restore"
.LASF17:
	.string	"slow_path"
.LASF12:
	.string	"spin_unlock"
.LASF8:
	.string	"add_all"
.LASF9:
	.string	"spin_unlock_irqrestore"
.LASF6:
	.string	"big_lock"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"spinlock.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
