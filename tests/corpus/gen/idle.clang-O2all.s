	.text
	.file	"idle.c"
	.file	0 "." "idle.c" md5 0x3bcc97b1156b36300d323617d376cd37
	.section	.text.enter_idle,"ax",@progbits
	.globl	enter_idle                      # -- Begin function enter_idle
	.p2align	4, 0x90
	.type	enter_idle,@function
enter_idle:                             # @enter_idle
.Lfunc_begin0:
	.loc	0 16 0                          # idle.c:16:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 17 19 prologue_end            # idle.c:17:19
	movl	%edi, %eax
	andl	$7, %eax
	.loc	0 17 2 is_stmt 0                # idle.c:17:2
	movq	idle_calls@GOTPCREL(%rip), %rcx
	.loc	0 17 23                         # idle.c:17:23
	addl	$1, (%rcx,%rax,4)
	.loc	0 18 2 is_stmt 1                # idle.c:18:2
	cmpl	$6, %edi
	ja	.LBB0_1
.Ltmp0:
# %bb.2:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 0 2 is_stmt 0                 # idle.c:0:2
	movl	%edi, %eax
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.Ltmp1:
.LBB0_3:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 20 3 is_stmt 1                # idle.c:20:3
	#APP
	pause
	#NO_APP
	xorl	%eax, %eax
.Ltmp2:
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp3:
.LBB0_1:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 0 1 is_stmt 0                 # idle.c:0:1
	movl	$-1, %eax
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp4:
.LBB0_4:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 23 3 is_stmt 1                # idle.c:23:3
	#APP
	hlt
	#NO_APP
	movl	$1, %eax
.Ltmp5:
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp6:
.LBB0_5:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 7 2                           # idle.c:7:2
	movq	wake_flag@GOTPCREL(%rip), %rax
.Ltmp7:
	#DEBUG_VALUE: monitor:p <- $rax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	#APP
	monitor
	#NO_APP
	movl	$2, %edx
.Ltmp8:
	.loc	0 27 8                          # idle.c:27:8
	cmpq	$0, (%rax)
.Ltmp9:
	.loc	0 27 7 is_stmt 0                # idle.c:27:7
	je	.LBB0_6
.Ltmp10:
# %bb.11:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 46 1 is_stmt 1                # idle.c:46:1
	movl	%edx, %eax
	retq
.Ltmp11:
.LBB0_7:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 31 3                          # idle.c:31:3
	#APP
	sti; hlt; cli
	#NO_APP
	movl	$3, %eax
.Ltmp12:
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp13:
.LBB0_8:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 7 2                           # idle.c:7:2
	movq	wake_flag@GOTPCREL(%rip), %rax
.Ltmp14:
	#DEBUG_VALUE: monitor:p <- $rax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	#APP
	monitor
	#NO_APP
.Ltmp15:
	#DEBUG_VALUE: mwait:hint <- 32
	.loc	0 12 2                          # idle.c:12:2
	movl	$32, %eax
.Ltmp16:
	xorl	%ecx, %ecx
	#APP
	mwait
	#NO_APP
	movl	$4, %eax
.Ltmp17:
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp18:
.LBB0_9:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 38 3                          # idle.c:38:3
	#APP
	sti
	nop
	cli
	#NO_APP
	movl	$5, %eax
.Ltmp19:
	.loc	0 46 1                          # idle.c:46:1
	retq
.Ltmp20:
.LBB0_10:
	#DEBUG_VALUE: enter_idle:state <- $edi
	.loc	0 41 3                          # idle.c:41:3
	#APP
	wbinvd; hlt
	#NO_APP
	movl	$6, %edx
.Ltmp21:
	.loc	0 46 1                          # idle.c:46:1
	movl	%edx, %eax
	retq
.Ltmp22:
.LBB0_6:
	#DEBUG_VALUE: enter_idle:state <- $edi
	#DEBUG_VALUE: mwait:hint <- 16
	.loc	0 12 2                          # idle.c:12:2
	movl	$16, %eax
	xorl	%ecx, %ecx
	#APP
	mwait
	#NO_APP
.Ltmp23:
	.loc	0 46 1                          # idle.c:46:1
	movl	%edx, %eax
	retq
.Ltmp24:
.Lfunc_end0:
	.size	enter_idle, .Lfunc_end0-enter_idle
	.cfi_endproc
	.section	.rodata.enter_idle,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_4-.LJTI0_0
	.long	.LBB0_5-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_8-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
	.long	.LBB0_10-.LJTI0_0
                                        # -- End function
	.section	.text.poll_idle,"ax",@progbits
	.globl	poll_idle                       # -- Begin function poll_idle
	.p2align	4, 0x90
	.type	poll_idle,@function
poll_idle:                              # @poll_idle
.Lfunc_begin1:
	.loc	0 49 0                          # idle.c:49:0
	.cfi_startproc
# %bb.0:
	.loc	0 50 10 prologue_end            # idle.c:50:10
	movq	wake_flag@GOTPCREL(%rip), %rax
	.loc	0 50 9 is_stmt 0                # idle.c:50:9
	cmpq	$0, (%rax)
	.loc	0 50 2                          # idle.c:50:2
	jne	.LBB1_3
	.p2align	4, 0x90
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	.loc	0 51 3 is_stmt 1                # idle.c:51:3
	#APP
	rep; nop
	#NO_APP
	.loc	0 50 9                          # idle.c:50:9
	cmpq	$0, (%rax)
	.loc	0 50 2 is_stmt 0                # idle.c:50:2
	je	.LBB1_1
.LBB1_3:
	.loc	0 52 1 is_stmt 1                # idle.c:52:1
	retq
.Ltmp25:
.Lfunc_end1:
	.size	poll_idle, .Lfunc_end1-poll_idle
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

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	2                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp16-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
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
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
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
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	0                               # DW_CHILDREN_no
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0xf5 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0x5 DW_TAG_volatile_type
	.long	63                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x43:0xb DW_TAG_variable
	.byte	5                               # DW_AT_name
	.long	78                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	5                               # Abbrev [5] 0x4e:0xc DW_TAG_array_type
	.long	90                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x53:0x6 DW_TAG_subrange_type
	.long	94                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x5a:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x5e:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	8                               # Abbrev [8] 0x62:0xd DW_TAG_subprogram
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	9                               # Abbrev [9] 0x66:0x8 DW_TAG_formal_parameter
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	111                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x6f:0x5 DW_TAG_pointer_type
	.long	116                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x74:0x5 DW_TAG_const_type
	.long	121                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x79:0x1 DW_TAG_volatile_type
	.byte	8                               # Abbrev [8] 0x7a:0xd DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	9                               # Abbrev [9] 0x7e:0x8 DW_TAG_formal_parameter
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	135                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x87:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x8b:0x6a DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	90                              # DW_AT_type
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x9a:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	90                              # DW_AT_type
	.byte	15                              # Abbrev [15] 0xa4:0x14 DW_TAG_inlined_subroutine
	.long	98                              # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp8-.Ltmp6                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	26                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0xb1:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.long	102                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xb8:0x14 DW_TAG_inlined_subroutine
	.long	122                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp23-.Ltmp22                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	28                              # DW_AT_call_line
	.byte	4                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0xc5:0x6 DW_TAG_formal_parameter
	.byte	16                              # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xcc:0x14 DW_TAG_inlined_subroutine
	.long	98                              # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp15-.Ltmp13                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0xd9:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.long	102                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xe0:0x14 DW_TAG_inlined_subroutine
	.long	122                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp17-.Ltmp15                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	35                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0xed:0x6 DW_TAG_formal_parameter
	.byte	32                              # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xf5:0xb DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	7                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
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
	.asciz	"monitor"                       # string offset=96
.Linfo_string9:
	.asciz	"p"                             # string offset=104
.Linfo_string10:
	.asciz	"mwait"                         # string offset=106
.Linfo_string11:
	.asciz	"hint"                          # string offset=112
.Linfo_string12:
	.asciz	"unsigned int"                  # string offset=117
.Linfo_string13:
	.asciz	"enter_idle"                    # string offset=130
.Linfo_string14:
	.asciz	"poll_idle"                     # string offset=141
.Linfo_string15:
	.asciz	"state"                         # string offset=151
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
	.quad	.Ltmp6
	.quad	.Ltmp22
	.quad	.Ltmp13
	.quad	.Ltmp15
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
