	.text
	.file	"idle.c"
	.file	0 "." "idle.c" md5 0x3bcc97b1156b36300d323617d376cd37
	.globl	enter_idle                      # -- Begin function enter_idle
	.p2align	4, 0x90
	.type	enter_idle,@function
enter_idle:                             # @enter_idle
.Lfunc_begin0:
	.loc	0 16 0                          # idle.c:16:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movl	%edi, -8(%rbp)
.Ltmp0:
	.loc	0 17 13 prologue_end            # idle.c:17:13
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
                                        # kill: def $eax killed $eax killed $rax
	.loc	0 17 2 is_stmt 0                # idle.c:17:2
	andl	$7, %eax
	movl	%eax, %ecx
	leaq	idle_calls(%rip), %rax
	.loc	0 17 23                         # idle.c:17:23
	movl	(%rax,%rcx,4), %edx
	addl	$1, %edx
	movl	%edx, (%rax,%rcx,4)
	.loc	0 18 10 is_stmt 1               # idle.c:18:10
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
	movq	%rax, -16(%rbp)                 # 8-byte Spill
	subq	$6, %rax
	.loc	0 18 2 is_stmt 0                # idle.c:18:2
	ja	.LBB0_10
# %bb.12:
	.loc	0 0 2                           # idle.c:0:2
	movq	-16(%rbp), %rax                 # 8-byte Reload
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB0_1:
.Ltmp1:
	.loc	0 20 3 is_stmt 1                # idle.c:20:3
	#APP
	pause
	#NO_APP
	.loc	0 21 3                          # idle.c:21:3
	movl	$0, -4(%rbp)
	jmp	.LBB0_11
.LBB0_2:
	.loc	0 23 3                          # idle.c:23:3
	#APP
	hlt
	#NO_APP
	.loc	0 24 3                          # idle.c:24:3
	movl	$1, -4(%rbp)
	jmp	.LBB0_11
.LBB0_3:
	.loc	0 26 3                          # idle.c:26:3
	leaq	wake_flag(%rip), %rdi
	callq	monitor
.Ltmp2:
	.loc	0 27 8                          # idle.c:27:8
	movq	wake_flag(%rip), %rax
	cmpq	$0, %rax
.Ltmp3:
	.loc	0 27 7 is_stmt 0                # idle.c:27:7
	jne	.LBB0_5
# %bb.4:
.Ltmp4:
	.loc	0 28 4 is_stmt 1                # idle.c:28:4
	movl	$16, %edi
	callq	mwait
.Ltmp5:
.LBB0_5:
	.loc	0 29 3                          # idle.c:29:3
	movl	$2, -4(%rbp)
	jmp	.LBB0_11
.LBB0_6:
	.loc	0 31 3                          # idle.c:31:3
	#APP
	sti; hlt; cli
	#NO_APP
	.loc	0 32 3                          # idle.c:32:3
	movl	$3, -4(%rbp)
	jmp	.LBB0_11
.LBB0_7:
	.loc	0 34 3                          # idle.c:34:3
	leaq	wake_flag(%rip), %rdi
	callq	monitor
	.loc	0 35 3                          # idle.c:35:3
	movl	$32, %edi
	callq	mwait
	.loc	0 36 3                          # idle.c:36:3
	movl	$4, -4(%rbp)
	jmp	.LBB0_11
.LBB0_8:
	.loc	0 38 3                          # idle.c:38:3
	#APP
	sti
	nop
	cli
	#NO_APP
	.loc	0 39 3                          # idle.c:39:3
	movl	$5, -4(%rbp)
	jmp	.LBB0_11
.LBB0_9:
	.loc	0 41 3                          # idle.c:41:3
	#APP
	wbinvd; hlt
	#NO_APP
	.loc	0 42 3                          # idle.c:42:3
	movl	$6, -4(%rbp)
	jmp	.LBB0_11
.LBB0_10:
	.loc	0 44 3                          # idle.c:44:3
	movl	$-1, -4(%rbp)
.Ltmp6:
.LBB0_11:
	.loc	0 46 1                          # idle.c:46:1
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end0:
	.size	enter_idle, .Lfunc_end0-enter_idle
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_1-.LJTI0_0
	.long	.LBB0_2-.LJTI0_0
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_6-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_8-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
                                        # -- End function
	.text
	.p2align	4, 0x90                         # -- Begin function monitor
	.type	monitor,@function
monitor:                                # @monitor
.Lfunc_begin1:
	.loc	0 6 0                           # idle.c:6:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp8:
	.loc	0 7 33 prologue_end             # idle.c:7:33
	movq	-8(%rbp), %rax
	xorl	%edx, %edx
	.loc	0 7 2 is_stmt 0                 # idle.c:7:2
	movl	%edx, %ecx
	#APP
	monitor
	#NO_APP
	.loc	0 8 1 is_stmt 1                 # idle.c:8:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp9:
.Lfunc_end1:
	.size	monitor, .Lfunc_end1-monitor
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function mwait
	.type	mwait,@function
mwait:                                  # @mwait
.Lfunc_begin2:
	.loc	0 11 0                          # idle.c:11:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
.Ltmp10:
	.loc	0 12 31 prologue_end            # idle.c:12:31
	movl	-4(%rbp), %eax
	xorl	%ecx, %ecx
	.loc	0 12 2 is_stmt 0                # idle.c:12:2
	#APP
	mwait
	#NO_APP
	.loc	0 13 1 is_stmt 1                # idle.c:13:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp11:
.Lfunc_end2:
	.size	mwait, .Lfunc_end2-mwait
	.cfi_endproc
                                        # -- End function
	.globl	poll_idle                       # -- Begin function poll_idle
	.p2align	4, 0x90
	.type	poll_idle,@function
poll_idle:                              # @poll_idle
.Lfunc_begin3:
	.loc	0 49 0                          # idle.c:49:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp12:
	.loc	0 50 2 prologue_end             # idle.c:50:2
	jmp	.LBB3_1
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	.loc	0 50 10 is_stmt 0               # idle.c:50:10
	movq	wake_flag(%rip), %rax
	.loc	0 50 9                          # idle.c:50:9
	cmpq	$0, %rax
	setne	%al
	xorb	$-1, %al
	.loc	0 50 2                          # idle.c:50:2
	testb	$1, %al
	jne	.LBB3_2
	jmp	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_1 Depth=1
	.loc	0 51 3 is_stmt 1                # idle.c:51:3
	#APP
	rep; nop
	#NO_APP
	.loc	0 50 2                          # idle.c:50:2
	jmp	.LBB3_1
.LBB3_3:
	.loc	0 52 1                          # idle.c:52:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp13:
.Lfunc_end3:
	.size	poll_idle, .Lfunc_end3-poll_idle
	.cfi_endproc
                                        # -- End function
	.type	idle_calls,@object              # @idle_calls
	.bss
	.globl	idle_calls
	.p2align	4
idle_calls:
	.zero	32
	.size	idle_calls, 32

	.type	wake_flag,@object               # @wake_flag
	.globl	wake_flag
	.p2align	3
wake_flag:
	.quad	0                               # 0x0
	.size	wake_flag, 8

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
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
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
	.byte	5                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	0                               # DW_CHILDREN_no
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
	.byte	12                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
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
	.byte	1                               # Abbrev [1] 0xc:0xae DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0x5 DW_TAG_volatile_type
	.long	51                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x37:0xb DW_TAG_variable
	.byte	5                               # DW_AT_name
	.long	66                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	5                               # Abbrev [5] 0x42:0xc DW_TAG_array_type
	.long	78                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x47:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x4e:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x52:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	8                               # Abbrev [8] 0x56:0x1b DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	78                              # DW_AT_type
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x65:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	78                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x71:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	9                               # Abbrev [9] 0x7c:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	170                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x88:0x17 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	9                               # Abbrev [9] 0x93:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	181                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x9f:0xb DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xaa:0x5 DW_TAG_pointer_type
	.long	175                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xaf:0x5 DW_TAG_const_type
	.long	180                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xb4:0x1 DW_TAG_volatile_type
	.byte	4                               # Abbrev [4] 0xb5:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	68                              # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"idle.c"                        # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=35
.Linfo_string3:
	.asciz	"wake_flag"                     # string offset=37
.Linfo_string4:
	.asciz	"unsigned long"                 # string offset=47
.Linfo_string5:
	.asciz	"idle_calls"                    # string offset=61
.Linfo_string6:
	.asciz	"int"                           # string offset=72
.Linfo_string7:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=76
.Linfo_string8:
	.asciz	"enter_idle"                    # string offset=96
.Linfo_string9:
	.asciz	"monitor"                       # string offset=107
.Linfo_string10:
	.asciz	"mwait"                         # string offset=115
.Linfo_string11:
	.asciz	"poll_idle"                     # string offset=121
.Linfo_string12:
	.asciz	"state"                         # string offset=131
.Linfo_string13:
	.asciz	"p"                             # string offset=137
.Linfo_string14:
	.asciz	"hint"                          # string offset=139
.Linfo_string15:
	.asciz	"unsigned int"                  # string offset=144
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	wake_flag
	.quad	idle_calls
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
