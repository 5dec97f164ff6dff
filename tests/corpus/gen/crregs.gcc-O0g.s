	.file	"crregs.c"
	.text
.Ltext0:
	.file 0 "." "crregs.c"
	.type	read_cr0, @function
read_cr0:
.LFB0:
	.file 1 "crregs.c"
	.loc 1 4 36
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 4 47
#APP
# 4 "crregs.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 4 95
	movq	-8(%rbp), %rax
	.loc 1 4 98
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	read_cr0, .-read_cr0
	.type	write_cr0, @function
write_cr0:
.LFB1:
	.loc 1 5 39
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 5 41
	movq	-8(%rbp), %rax
#APP
# 5 "crregs.c" 1
	mov %rax, %cr0
# 0 "" 2
	.loc 1 5 94
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	write_cr0, .-write_cr0
	.type	read_cr2, @function
read_cr2:
.LFB2:
	.loc 1 6 36
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 6 47
#APP
# 6 "crregs.c" 1
	mov %cr2, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 6 95
	movq	-8(%rbp), %rax
	.loc 1 6 98
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	read_cr2, .-read_cr2
	.type	read_cr3, @function
read_cr3:
.LFB3:
	.loc 1 7 36
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 7 47
#APP
# 7 "crregs.c" 1
	mov %cr3, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 7 95
	movq	-8(%rbp), %rax
	.loc 1 7 98
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	read_cr3, .-read_cr3
	.type	write_cr3, @function
write_cr3:
.LFB4:
	.loc 1 8 39
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 8 41
	movq	-8(%rbp), %rax
#APP
# 8 "crregs.c" 1
	mov %rax, %cr3
# 0 "" 2
	.loc 1 8 94
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	write_cr3, .-write_cr3
	.type	read_cr4, @function
read_cr4:
.LFB5:
	.loc 1 9 36
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 9 47
#APP
# 9 "crregs.c" 1
	movq %cr4, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	.loc 1 9 96
	movq	-8(%rbp), %rax
	.loc 1 9 99
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	read_cr4, .-read_cr4
	.type	write_cr4, @function
write_cr4:
.LFB6:
	.loc 1 10 39
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 10 41
	movq	-8(%rbp), %rax
#APP
# 10 "crregs.c" 1
	movq %rax, %cr4
# 0 "" 2
	.loc 1 10 95
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	write_cr4, .-write_cr4
	.type	invlpg, @function
invlpg:
.LFB7:
	.loc 1 13 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	.loc 1 14 2
	movq	-8(%rbp), %rax
#APP
# 14 "crregs.c" 1
	invlpg (%rax)
# 0 "" 2
	.loc 1 15 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	invlpg, .-invlpg
	.globl	fault_addr
	.bss
	.align 8
	.type	fault_addr, @object
	.size	fault_addr, 8
fault_addr:
	.zero	8
	.text
	.globl	flush_tlb
	.type	flush_tlb, @function
flush_tlb:
.LFB8:
	.loc 1 20 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 21 2
	call	read_cr3
	movq	%rax, %rdi
	call	write_cr3
	.loc 1 22 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	flush_tlb, .-flush_tlb
	.globl	flush_range
	.type	flush_range, @function
flush_range:
.LFB9:
	.loc 1 25 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
.LBB2:
	.loc 1 26 13
	movq	$0, -8(%rbp)
	.loc 1 26 2
	jmp	.L15
.L16:
	.loc 1 27 16 discriminator 3
	movq	-24(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	.loc 1 27 3 discriminator 3
	movq	%rax, %rdi
	call	invlpg
	.loc 1 26 37 discriminator 3
	addq	$4096, -8(%rbp)
.L15:
	.loc 1 26 26 discriminator 1
	movq	-8(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jb	.L16
.LBE2:
	.loc 1 28 1
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	flush_range, .-flush_range
	.globl	flush_global
	.type	flush_global, @function
flush_global:
.LFB10:
	.loc 1 31 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	.loc 1 32 14
	call	read_cr4
	movq	%rax, -8(%rbp)
	.loc 1 33 2
	movq	-8(%rbp), %rax
	andb	$127, %al
	movq	%rax, %rdi
	call	write_cr4
	.loc 1 34 2
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	write_cr4
	.loc 1 35 1
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	flush_global, .-flush_global
	.globl	cache_disable
	.type	cache_disable, @function
cache_disable:
.LFB11:
	.loc 1 38 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 39 12
	call	read_cr0
	.loc 1 39 2
	orq	$1073741824, %rax
	movq	%rax, %rdi
	call	write_cr0
	.loc 1 40 2
#APP
# 40 "crregs.c" 1
	wbinvd
# 0 "" 2
	.loc 1 41 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	cache_disable, .-cache_disable
	.globl	fpu_enable
	.type	fpu_enable, @function
fpu_enable:
.LFB12:
	.loc 1 44 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 45 2
#APP
# 45 "crregs.c" 1
	clts
# 0 "" 2
	.loc 1 46 12
#NO_APP
	call	read_cr0
	.loc 1 46 2
	andq	$-13, %rax
	movq	%rax, %rdi
	call	write_cr0
	.loc 1 47 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	fpu_enable, .-fpu_enable
	.globl	page_fault
	.type	page_fault, @function
page_fault:
.LFB13:
	.loc 1 50 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 51 15
	call	read_cr2
	.loc 1 51 13
	movq	%rax, fault_addr(%rip)
	.loc 1 52 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE13:
	.size	page_fault, .-page_fault
	.local	page
	.comm	page,4096,4096
	.globl	touch
	.type	touch, @function
touch:
.LFB14:
	.loc 1 57 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 58 2
	leaq	page(%rip), %rax
	movq	%rax, %rdi
	call	invlpg
	.loc 1 59 2
#APP
# 59 "crregs.c" 1
	invlpg 64+page(%rip)
# 0 "" 2
	.loc 1 60 1
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE14:
	.size	touch, .-touch
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2e7
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x9
	.long	.LASF22
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.long	.LASF23
	.byte	0x1
	.byte	0x2
	.byte	0x17
	.long	0x3a
	.uleb128 0x6
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0xb
	.long	.LASF4
	.byte	0x1
	.byte	0x11
	.byte	0x7
	.long	0x2e
	.uleb128 0x9
	.byte	0x3
	.quad	fault_addr
	.uleb128 0xc
	.long	0x68
	.long	0x68
	.uleb128 0xd
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0x6
	.byte	0x1
	.byte	0x6
	.long	.LASF3
	.uleb128 0xe
	.long	0x68
	.uleb128 0xf
	.long	.LASF5
	.byte	0x1
	.byte	0x36
	.byte	0xd
	.long	0x57
	.value	0x1000
	.uleb128 0x9
	.byte	0x3
	.quad	page
	.uleb128 0x2
	.long	.LASF6
	.byte	0x38
	.quad	.LFB14
	.quad	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF7
	.byte	0x31
	.quad	.LFB13
	.quad	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF8
	.byte	0x2b
	.quad	.LFB12
	.quad	.LFE12-.LFB12
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.long	.LASF9
	.byte	0x25
	.quad	.LFB11
	.quad	.LFE11-.LFB11
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.long	.LASF10
	.byte	0x1e
	.quad	.LFB10
	.quad	.LFE10-.LFB10
	.uleb128 0x1
	.byte	0x9c
	.long	0x117
	.uleb128 0x1
	.string	"cr4"
	.byte	0x20
	.byte	0x8
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x7
	.long	.LASF11
	.byte	0x18
	.quad	.LFB9
	.quad	.LFE9-.LFB9
	.uleb128 0x1
	.byte	0x9c
	.long	0x171
	.uleb128 0x10
	.long	.LASF12
	.byte	0x1
	.byte	0x18
	.byte	0x1e
	.long	0x171
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x3
	.string	"len"
	.byte	0x18
	.byte	0x2b
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x11
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x1
	.string	"off"
	.byte	0x1a
	.byte	0xd
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0x6f
	.uleb128 0x2
	.long	.LASF13
	.byte	0x13
	.quad	.LFB8
	.quad	.LFE8-.LFB8
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.long	.LASF14
	.byte	0xc
	.quad	.LFB7
	.quad	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b7
	.uleb128 0x3
	.string	"p"
	.byte	0xc
	.byte	0x27
	.long	0x1b7
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x8
	.long	0x1bc
	.uleb128 0x12
	.uleb128 0x4
	.long	.LASF15
	.byte	0xa
	.quad	.LFB6
	.quad	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.long	0x1e6
	.uleb128 0x3
	.string	"v"
	.byte	0xa
	.byte	0x24
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF17
	.byte	0x9
	.long	0x2e
	.quad	.LFB5
	.quad	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.long	0x213
	.uleb128 0x1
	.string	"v"
	.byte	0x9
	.byte	0x2c
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x4
	.long	.LASF16
	.byte	0x8
	.quad	.LFB4
	.quad	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.long	0x23c
	.uleb128 0x3
	.string	"v"
	.byte	0x8
	.byte	0x24
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF18
	.byte	0x7
	.long	0x2e
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0x269
	.uleb128 0x1
	.string	"v"
	.byte	0x7
	.byte	0x2c
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x5
	.long	.LASF19
	.byte	0x6
	.long	0x2e
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x296
	.uleb128 0x1
	.string	"v"
	.byte	0x6
	.byte	0x2c
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x4
	.long	.LASF20
	.byte	0x5
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x2bf
	.uleb128 0x3
	.string	"v"
	.byte	0x5
	.byte	0x24
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x13
	.long	.LASF21
	.byte	0x1
	.byte	0x4
	.byte	0x15
	.long	0x2e
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.string	"v"
	.byte	0x4
	.byte	0x2c
	.long	0x2e
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
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
	.uleb128 0x7c
	.uleb128 0x19
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
	.uleb128 0x18
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
	.sleb128 21
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
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x88
	.uleb128 0x5
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x13
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
.LASF20:
	.string	"write_cr0"
.LASF7:
	.string	"page_fault"
.LASF16:
	.string	"write_cr3"
.LASF15:
	.string	"write_cr4"
.LASF2:
	.string	"long unsigned int"
.LASF4:
	.string	"fault_addr"
.LASF19:
	.string	"read_cr2"
.LASF8:
	.string	"fpu_enable"
.LASF18:
	.string	"read_cr3"
.LASF22:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -ffreestanding -fno-stack-protector -fcf-protection=none -fasynchronous-unwind-tables"
.LASF17:
	.string	"read_cr4"
.LASF10:
	.string	"flush_global"
.LASF3:
	.string	"char"
.LASF13:
	.string	"flush_tlb"
.LASF14:
	.string	"invlpg"
.LASF23:
	.string	"ulong"
.LASF6:
	.string	"touch"
.LASF21:
	.string	"read_cr0"
.LASF5:
	.string	"page"
.LASF9:
	.string	"cache_disable"
.LASF12:
	.string	"start"
.LASF11:
	.string	"flush_range"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"crregs.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
