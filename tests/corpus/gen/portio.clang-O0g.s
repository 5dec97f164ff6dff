	.text
	.file	"portio.c"
	.file	0 "." "portio.c" md5 0x3c47ff572d301ac4845ec7ca59d9801a
	.globl	serial_putc                     # -- Begin function serial_putc
	.p2align	4, 0x90
	.type	serial_putc,@function
serial_putc:                            # @serial_putc
.Lfunc_begin0:
	.loc	0 39 0                          # portio.c:39:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movb	%dil, %al
	movb	%al, -1(%rbp)
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp0:
	.loc	0 40 11 prologue_end            # portio.c:40:11
	movl	$1021, %edi                     # imm = 0x3FD
	callq	inb
	movzbl	%al, %eax
	.loc	0 40 25 is_stmt 0               # portio.c:40:25
	andl	$32, %eax
	.loc	0 40 9                          # portio.c:40:9
	cmpl	$0, %eax
	setne	%al
	xorb	$-1, %al
	.loc	0 40 2                          # portio.c:40:2
	testb	$1, %al
	jne	.LBB0_2
	jmp	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_1 Depth=1
	jmp	.LBB0_1
.LBB0_3:
	.loc	0 42 2 is_stmt 1                # portio.c:42:2
	movl	$1016, %esi                     # imm = 0x3F8
	movzbl	-1(%rbp), %edi
	callq	outb
	.loc	0 43 1                          # portio.c:43:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	serial_putc, .Lfunc_end0-serial_putc
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function inb
	.type	inb,@function
inb:                                    # @inb
.Lfunc_begin1:
	.loc	0 3 0                           # portio.c:3:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
.Ltmp2:
	.loc	0 5 45 prologue_end             # portio.c:5:45
	movw	-2(%rbp), %dx
	.loc	0 5 2 is_stmt 0                 # portio.c:5:2
	#APP
	inb %dx, %al
	#NO_APP
	movb	%al, -3(%rbp)
	.loc	0 6 2 is_stmt 1                 # portio.c:6:2
	movzbl	-3(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	inb, .Lfunc_end1-inb
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outb
	.type	outb,@function
outb:                                   # @outb
.Lfunc_begin2:
	.loc	0 10 0                          # portio.c:10:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%si, %ax
	movb	%dil, %cl
	movb	%cl, -1(%rbp)
	movw	%ax, -4(%rbp)
.Ltmp4:
	.loc	0 11 37 prologue_end            # portio.c:11:37
	movb	-1(%rbp), %al
	.loc	0 11 46 is_stmt 0               # portio.c:11:46
	movw	-4(%rbp), %dx
	.loc	0 11 2                          # portio.c:11:2
	#APP
	outb %al, %dx
	#NO_APP
	.loc	0 12 1 is_stmt 1                # portio.c:12:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	outb, .Lfunc_end2-outb
	.cfi_endproc
                                        # -- End function
	.globl	serial_puts                     # -- Begin function serial_puts
	.p2align	4, 0x90
	.type	serial_puts,@function
serial_puts:                            # @serial_puts
.Lfunc_begin3:
	.loc	0 46 0                          # portio.c:46:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp6:
	.loc	0 47 10 prologue_end            # portio.c:47:10
	movq	-8(%rbp), %rax
	.loc	0 47 2 is_stmt 0                # portio.c:47:2
	cmpb	$0, (%rax)
	je	.LBB3_5
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
.Ltmp7:
	.loc	0 48 8 is_stmt 1                # portio.c:48:8
	movq	-8(%rbp), %rax
	.loc	0 48 7 is_stmt 0                # portio.c:48:7
	movsbl	(%rax), %eax
	.loc	0 48 10                         # portio.c:48:10
	cmpl	$10, %eax
.Ltmp8:
	.loc	0 48 7                          # portio.c:48:7
	jne	.LBB3_4
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
.Ltmp9:
	.loc	0 49 4 is_stmt 1                # portio.c:49:4
	movl	$13, %edi
	callq	serial_putc
.Ltmp10:
.LBB3_4:                                #   in Loop: Header=BB3_1 Depth=1
	.loc	0 50 17                         # portio.c:50:17
	movq	-8(%rbp), %rax
	movq	%rax, %rcx
	addq	$1, %rcx
	movq	%rcx, -8(%rbp)
	.loc	0 50 3 is_stmt 0                # portio.c:50:3
	movsbl	(%rax), %edi
	callq	serial_putc
.Ltmp11:
	.loc	0 47 2 is_stmt 1                # portio.c:47:2
	jmp	.LBB3_1
.LBB3_5:
	.loc	0 52 1                          # portio.c:52:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp12:
.Lfunc_end3:
	.size	serial_puts, .Lfunc_end3-serial_puts
	.cfi_endproc
                                        # -- End function
	.globl	pic_remap                       # -- Begin function pic_remap
	.p2align	4, 0x90
	.type	pic_remap,@function
pic_remap:                              # @pic_remap
.Lfunc_begin4:
	.loc	0 55 0                          # portio.c:55:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movb	%sil, %al
	movb	%dil, %cl
	movb	%cl, -1(%rbp)
	movb	%al, -2(%rbp)
.Ltmp13:
	.loc	0 56 2 prologue_end             # portio.c:56:2
	movl	$17, %edi
	movl	$32, %esi
	callq	outb
	.loc	0 57 2                          # portio.c:57:2
	movl	$128, %esi
	movl	%esi, %edi
	callq	outb
	.loc	0 58 2                          # portio.c:58:2
	movl	$17, %edi
	movl	$160, %esi
	callq	outb
	.loc	0 59 2                          # portio.c:59:2
	movl	$33, %esi
	movzbl	-1(%rbp), %edi
	callq	outb
	.loc	0 60 2                          # portio.c:60:2
	movl	$161, %esi
	movzbl	-2(%rbp), %edi
	callq	outb
	.loc	0 61 2                          # portio.c:61:2
	movl	$255, %edi
	movl	$33, %esi
	callq	outb
	.loc	0 62 1                          # portio.c:62:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp14:
.Lfunc_end4:
	.size	pic_remap, .Lfunc_end4-pic_remap
	.cfi_endproc
                                        # -- End function
	.globl	pci_read                        # -- Begin function pci_read
	.p2align	4, 0x90
	.type	pci_read,@function
pci_read:                               # @pci_read
.Lfunc_begin5:
	.loc	0 65 0                          # portio.c:65:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
.Ltmp15:
	.loc	0 66 36 prologue_end            # portio.c:66:36
	movl	-4(%rbp), %eax
	.loc	0 66 40 is_stmt 0               # portio.c:66:40
	shll	$16, %eax
	.loc	0 66 34                         # portio.c:66:34
	orl	$2147483648, %eax               # imm = 0x80000000
	.loc	0 66 48                         # portio.c:66:48
	movl	-8(%rbp), %ecx
	.loc	0 66 52                         # portio.c:66:52
	shll	$11, %ecx
	.loc	0 66 46                         # portio.c:66:46
	orl	%ecx, %eax
	.loc	0 66 60                         # portio.c:66:60
	movl	-12(%rbp), %ecx
	.loc	0 66 63                         # portio.c:66:63
	shll	$8, %ecx
	.loc	0 66 58                         # portio.c:66:58
	orl	%ecx, %eax
	.loc	0 66 71                         # portio.c:66:71
	movl	-16(%rbp), %ecx
	.loc	0 66 75                         # portio.c:66:75
	andl	$252, %ecx
	.loc	0 66 68                         # portio.c:66:68
	orl	%ecx, %eax
	.loc	0 66 15                         # portio.c:66:15
	movl	%eax, -20(%rbp)
	.loc	0 67 38 is_stmt 1               # portio.c:67:38
	movl	-20(%rbp), %eax
	movl	$3320, %edx                     # imm = 0xCF8
	.loc	0 67 2 is_stmt 0                # portio.c:67:2
	#APP
	outl %eax, %dx
	#NO_APP
	.loc	0 68 9 is_stmt 1                # portio.c:68:9
	movl	$3324, %edi                     # imm = 0xCFC
	callq	inl
	.loc	0 68 2 is_stmt 0                # portio.c:68:2
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp16:
.Lfunc_end5:
	.size	pci_read, .Lfunc_end5-pci_read
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function inl
	.type	inl,@function
inl:                                    # @inl
.Lfunc_begin6:
	.loc	0 15 0 is_stmt 1                # portio.c:15:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
.Ltmp17:
	.loc	0 17 46 prologue_end            # portio.c:17:46
	movw	-2(%rbp), %dx
	.loc	0 17 2 is_stmt 0                # portio.c:17:2
	#APP
	inl %dx, %eax
	#NO_APP
	movl	%eax, -8(%rbp)
	.loc	0 18 9 is_stmt 1                # portio.c:18:9
	movl	-8(%rbp), %eax
	.loc	0 18 2 is_stmt 0                # portio.c:18:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp18:
.Lfunc_end6:
	.size	inl, .Lfunc_end6-inl
	.cfi_endproc
                                        # -- End function
	.globl	ide_read                        # -- Begin function ide_read
	.p2align	4, 0x90
	.type	ide_read,@function
ide_read:                               # @ide_read
.Lfunc_begin7:
	.loc	0 72 0 is_stmt 1                # portio.c:72:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp19:
	.loc	0 73 14 prologue_end            # portio.c:73:14
	movq	-8(%rbp), %rsi
	.loc	0 73 2 is_stmt 0                # portio.c:73:2
	movl	$496, %edi                      # imm = 0x1F0
	movl	$512, %edx                      # imm = 0x200
	callq	insb
	.loc	0 74 15 is_stmt 1               # portio.c:74:15
	movq	-16(%rbp), %rsi
	.loc	0 74 2 is_stmt 0                # portio.c:74:2
	movl	$496, %edi                      # imm = 0x1F0
	movl	$256, %edx                      # imm = 0x100
	callq	outsw
	.loc	0 75 2 is_stmt 1                # portio.c:75:2
	xorl	%edi, %edi
	movl	$502, %esi                      # imm = 0x1F6
	callq	outw
	.loc	0 76 1                          # portio.c:76:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp20:
.Lfunc_end7:
	.size	ide_read, .Lfunc_end7-ide_read
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function insb
	.type	insb,@function
insb:                                   # @insb
.Lfunc_begin8:
	.loc	0 27 0                          # portio.c:27:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
.Ltmp21:
	.loc	0 28 2 prologue_end             # portio.c:28:2
	movq	-16(%rbp), %rdi
	movq	-24(%rbp), %rcx
	.loc	0 28 53 is_stmt 0               # portio.c:28:53
	movw	-2(%rbp), %dx
	.loc	0 28 2                          # portio.c:28:2
	#APP
	rep insb
	#NO_APP
	movq	%rdi, -16(%rbp)
	movq	%rcx, -24(%rbp)
	.loc	0 29 1 is_stmt 1                # portio.c:29:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp22:
.Lfunc_end8:
	.size	insb, .Lfunc_end8-insb
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outsw
	.type	outsw,@function
outsw:                                  # @outsw
.Lfunc_begin9:
	.loc	0 32 0                          # portio.c:32:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
.Ltmp23:
	.loc	0 33 2 prologue_end             # portio.c:33:2
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rcx
	.loc	0 33 54 is_stmt 0               # portio.c:33:54
	movw	-2(%rbp), %dx
	.loc	0 33 2                          # portio.c:33:2
	#APP
	rep outsw
	#NO_APP
	movq	%rsi, -16(%rbp)
	movq	%rcx, -24(%rbp)
	.loc	0 34 1 is_stmt 1                # portio.c:34:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp24:
.Lfunc_end9:
	.size	outsw, .Lfunc_end9-outsw
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outw
	.type	outw,@function
outw:                                   # @outw
.Lfunc_begin10:
	.loc	0 22 0                          # portio.c:22:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%si, %ax
	movw	%di, %cx
	movw	%cx, -2(%rbp)
	movw	%ax, -4(%rbp)
.Ltmp25:
	.loc	0 23 38 prologue_end            # portio.c:23:38
	movw	-2(%rbp), %ax
	.loc	0 23 47 is_stmt 0               # portio.c:23:47
	movw	-4(%rbp), %dx
	.loc	0 23 2                          # portio.c:23:2
	#APP
	outw %ax, %dx
	#NO_APP
	.loc	0 24 1 is_stmt 1                # portio.c:24:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp26:
.Lfunc_end10:
	.size	outw, .Lfunc_end10-outw
	.cfi_endproc
                                        # -- End function
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x1e0 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end10-.Lfunc_begin0      # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0x4 DW_TAG_base_type
	.byte	3                               # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x27:0x17 DW_TAG_subprogram
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	4                               # Abbrev [4] 0x32:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	127
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.long	462                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3e:0x26 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x4d:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x58:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	125
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x64:0x22 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	4                               # Abbrev [4] 0x6f:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	127
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x7a:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x86:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	4                               # Abbrev [4] 0x91:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	470                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x9d:0x22 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	4                               # Abbrev [4] 0xa8:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	127
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0xb3:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xbf:0x47 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	458                             # DW_AT_type
                                        # DW_AT_external
	.byte	4                               # Abbrev [4] 0xce:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xd9:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xe4:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xef:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0xfa:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	108
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	66                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x106:0x26 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	458                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x115:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x120:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x12c:0x22 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	4                               # Abbrev [4] 0x137:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
	.long	480                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x142:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	71                              # DW_AT_decl_line
	.long	480                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x14e:0x2d DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin8       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	4                               # Abbrev [4] 0x159:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x164:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	480                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x16f:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	481                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x17b:0x2d DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end9-.Lfunc_begin9       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	4                               # Abbrev [4] 0x186:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x191:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	485                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x19c:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	481                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x1a8:0x22 DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end10-.Lfunc_begin10     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	4                               # Abbrev [4] 0x1b3:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x1be:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	466                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x1ca:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x1ce:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x1d2:0x4 DW_TAG_base_type
	.byte	19                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x1d6:0x5 DW_TAG_pointer_type
	.long	475                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x1db:0x5 DW_TAG_const_type
	.long	462                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x1e0:0x1 DW_TAG_pointer_type
	.byte	2                               # Abbrev [2] 0x1e1:0x4 DW_TAG_base_type
	.byte	32                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x1e5:0x5 DW_TAG_pointer_type
	.long	490                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x1ea:0x1 DW_TAG_const_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	136                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"portio.c"                      # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=37
.Linfo_string3:
	.asciz	"unsigned char"                 # string offset=39
.Linfo_string4:
	.asciz	"serial_putc"                   # string offset=53
.Linfo_string5:
	.asciz	"inb"                           # string offset=65
.Linfo_string6:
	.asciz	"outb"                          # string offset=69
.Linfo_string7:
	.asciz	"serial_puts"                   # string offset=74
.Linfo_string8:
	.asciz	"pic_remap"                     # string offset=86
.Linfo_string9:
	.asciz	"pci_read"                      # string offset=96
.Linfo_string10:
	.asciz	"unsigned int"                  # string offset=105
.Linfo_string11:
	.asciz	"inl"                           # string offset=118
.Linfo_string12:
	.asciz	"ide_read"                      # string offset=122
.Linfo_string13:
	.asciz	"insb"                          # string offset=131
.Linfo_string14:
	.asciz	"outsw"                         # string offset=136
.Linfo_string15:
	.asciz	"outw"                          # string offset=142
.Linfo_string16:
	.asciz	"c"                             # string offset=147
.Linfo_string17:
	.asciz	"char"                          # string offset=149
.Linfo_string18:
	.asciz	"port"                          # string offset=154
.Linfo_string19:
	.asciz	"unsigned short"                # string offset=159
.Linfo_string20:
	.asciz	"v"                             # string offset=174
.Linfo_string21:
	.asciz	"s"                             # string offset=176
.Linfo_string22:
	.asciz	"a"                             # string offset=178
.Linfo_string23:
	.asciz	"b"                             # string offset=180
.Linfo_string24:
	.asciz	"bus"                           # string offset=182
.Linfo_string25:
	.asciz	"dev"                           # string offset=186
.Linfo_string26:
	.asciz	"fn"                            # string offset=190
.Linfo_string27:
	.asciz	"off"                           # string offset=193
.Linfo_string28:
	.asciz	"addr"                          # string offset=197
.Linfo_string29:
	.asciz	"buf"                           # string offset=202
.Linfo_string30:
	.asciz	"out"                           # string offset=206
.Linfo_string31:
	.asciz	"n"                             # string offset=210
.Linfo_string32:
	.asciz	"unsigned long"                 # string offset=212
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
	.quad	.Lfunc_begin7
	.quad	.Lfunc_begin8
	.quad	.Lfunc_begin9
	.quad	.Lfunc_begin10
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
