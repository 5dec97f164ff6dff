	.text
	.file	"debugreg.c"
	.file	0 "." "debugreg.c" md5 0x7d925e66fa2d46e9ea496c80b77cb45d
	.globl	set_breakpoint                  # -- Begin function set_breakpoint
	.p2align	4, 0x90
	.type	set_breakpoint,@function
set_breakpoint:                         # @set_breakpoint
.Lfunc_begin0:
	.loc	0 10 0                          # debugreg.c:10:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp0:
	.loc	0 11 10 prologue_end            # debugreg.c:11:10
	movl	-4(%rbp), %eax
	movl	%eax, -44(%rbp)                 # 4-byte Spill
	.loc	0 11 2 is_stmt 0                # debugreg.c:11:2
	testl	%eax, %eax
	je	.LBB0_1
	jmp	.LBB0_6
.LBB0_6:
	.loc	0 0 2                           # debugreg.c:0:2
	movl	-44(%rbp), %eax                 # 4-byte Reload
	.loc	0 11 2                          # debugreg.c:11:2
	subl	$1, %eax
	je	.LBB0_2
	jmp	.LBB0_7
.LBB0_7:
	.loc	0 0 2                           # debugreg.c:0:2
	movl	-44(%rbp), %eax                 # 4-byte Reload
	.loc	0 11 2                          # debugreg.c:11:2
	subl	$2, %eax
	je	.LBB0_3
	jmp	.LBB0_4
.LBB0_1:
.Ltmp1:
	.loc	0 12 10 is_stmt 1               # debugreg.c:12:10
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db0
	#NO_APP
	.loc	0 12 27 is_stmt 0               # debugreg.c:12:27
	jmp	.LBB0_5
.LBB0_2:
	.loc	0 13 10 is_stmt 1               # debugreg.c:13:10
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db1
	#NO_APP
	.loc	0 13 27 is_stmt 0               # debugreg.c:13:27
	jmp	.LBB0_5
.LBB0_3:
	.loc	0 14 10 is_stmt 1               # debugreg.c:14:10
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db2
	#NO_APP
	.loc	0 14 27 is_stmt 0               # debugreg.c:14:27
	jmp	.LBB0_5
.LBB0_4:
	.loc	0 15 11 is_stmt 1               # debugreg.c:15:11
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db3
	#NO_APP
.Ltmp2:
.LBB0_5:
	.loc	0 17 14                         # debugreg.c:17:14
	#APP
	mov %db7, %rax
	#NO_APP
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
.Ltmp3:
	.loc	0 17 8 is_stmt 0                # debugreg.c:17:8
	movq	%rax, -24(%rbp)
	.loc	0 18 17 is_stmt 1               # debugreg.c:18:17
	movl	-4(%rbp), %eax
	.loc	0 18 22 is_stmt 0               # debugreg.c:18:22
	shll	$1, %eax
	.loc	0 18 13                         # debugreg.c:18:13
	movl	%eax, %eax
	movl	%eax, %ecx
	movl	$1, %eax
                                        # kill: def $cl killed $rcx
	shlq	%cl, %rax
	.loc	0 18 6                          # debugreg.c:18:6
	orq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	.loc	0 19 2 is_stmt 1                # debugreg.c:19:2
	movq	-24(%rbp), %rax
	#APP
	mov %rax, %db7
	#NO_APP
	.loc	0 20 1                          # debugreg.c:20:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp4:
.Lfunc_end0:
	.size	set_breakpoint, .Lfunc_end0-set_breakpoint
	.cfi_endproc
                                        # -- End function
	.globl	debug_status                    # -- Begin function debug_status
	.p2align	4, 0x90
	.type	debug_status,@function
debug_status:                           # @debug_status
.Lfunc_begin1:
	.loc	0 23 0                          # debugreg.c:23:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp5:
	.loc	0 24 12 prologue_end            # debugreg.c:24:12
	#APP
	mov %db6, %rax
	#NO_APP
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-24(%rbp), %rax
.Ltmp6:
	.loc	0 24 8 is_stmt 0                # debugreg.c:24:8
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
                                        # kill: def $rax killed $eax
	.loc	0 25 2 is_stmt 1                # debugreg.c:25:2
	#APP
	mov %rax, %db6
	#NO_APP
	.loc	0 26 9                          # debugreg.c:26:9
	movq	-8(%rbp), %rax
	.loc	0 26 2 is_stmt 0                # debugreg.c:26:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end1:
	.size	debug_status, .Lfunc_end1-debug_status
	.cfi_endproc
                                        # -- End function
	.globl	save_debug                      # -- Begin function save_debug
	.p2align	4, 0x90
	.type	save_debug,@function
save_debug:                             # @save_debug
.Lfunc_begin2:
	.loc	0 30 0 is_stmt 1                # debugreg.c:30:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp8:
	.loc	0 31 14 prologue_end            # debugreg.c:31:14
	#APP
	mov %db7, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
.Ltmp9:
	.loc	0 31 12 is_stmt 0               # debugreg.c:31:12
	movq	%rax, saved_dr7(%rip)
	xorl	%eax, %eax
                                        # kill: def $rax killed $eax
	.loc	0 32 2 is_stmt 1                # debugreg.c:32:2
	#APP
	mov %rax, %db7
	#NO_APP
	.loc	0 33 1                          # debugreg.c:33:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp10:
.Lfunc_end2:
	.size	save_debug, .Lfunc_end2-save_debug
	.cfi_endproc
                                        # -- End function
	.globl	breakpoint                      # -- Begin function breakpoint
	.p2align	4, 0x90
	.type	breakpoint,@function
breakpoint:                             # @breakpoint
.Lfunc_begin3:
	.loc	0 36 0                          # debugreg.c:36:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp11:
	.loc	0 37 2 prologue_end             # debugreg.c:37:2
	#APP
	int3
	#NO_APP
	.loc	0 38 1                          # debugreg.c:38:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp12:
.Lfunc_end3:
	.size	breakpoint, .Lfunc_end3-breakpoint
	.cfi_endproc
                                        # -- End function
	.globl	breakpoint2                     # -- Begin function breakpoint2
	.p2align	4, 0x90
	.type	breakpoint2,@function
breakpoint2:                            # @breakpoint2
.Lfunc_begin4:
	.loc	0 41 0                          # debugreg.c:41:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp13:
	.loc	0 42 2 prologue_end             # debugreg.c:42:2
	#APP
	int $3
	#NO_APP
	.loc	0 43 1                          # debugreg.c:43:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp14:
.Lfunc_end4:
	.size	breakpoint2, .Lfunc_end4-breakpoint2
	.cfi_endproc
                                        # -- End function
	.globl	trap                            # -- Begin function trap
	.p2align	4, 0x90
	.type	trap,@function
trap:                                   # @trap
.Lfunc_begin5:
	.loc	0 46 0                          # debugreg.c:46:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
.Ltmp15:
	.loc	0 47 6 prologue_end             # debugreg.c:47:6
	cmpl	$0, -4(%rbp)
.Ltmp16:
	.loc	0 47 6 is_stmt 0                # debugreg.c:47:6
	je	.LBB5_2
# %bb.1:
.Ltmp17:
	.loc	0 48 3 is_stmt 1                # debugreg.c:48:3
	#APP
	int $0x80
	#NO_APP
	jmp	.LBB5_3
.LBB5_2:
	.loc	0 50 3                          # debugreg.c:50:3
	#APP
	ud2
	#NO_APP
.Ltmp18:
.LBB5_3:
	.loc	0 51 1                          # debugreg.c:51:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp19:
.Lfunc_end5:
	.size	trap, .Lfunc_end5-trap
	.cfi_endproc
                                        # -- End function
	.type	saved_dr7,@object               # @saved_dr7
	.bss
	.globl	saved_dr7
	.p2align	3
saved_dr7:
	.quad	0                               # 0x0
	.size	saved_dr7, 8

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
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
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
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	1                               # Abbrev [1] 0xc:0xf0 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0x8 DW_TAG_typedef
	.long	54                              # DW_AT_type
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x36:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x3a:0x3f DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	6                               # Abbrev [6] 0x45:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	241                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x50:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	245                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x5b:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x66:0x12 DW_TAG_lexical_block
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp3-.Ltmp2                   # DW_AT_high_pc
	.byte	7                               # Abbrev [7] 0x6c:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	96
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x79:0x2d DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0x88:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x93:0x12 DW_TAG_lexical_block
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp6-.Ltmp5                   # DW_AT_high_pc
	.byte	7                               # Abbrev [7] 0x99:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xa6:0x1e DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	8                               # Abbrev [8] 0xb1:0x12 DW_TAG_lexical_block
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp9-.Ltmp8                   # DW_AT_high_pc
	.byte	7                               # Abbrev [7] 0xb7:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0xc4:0xb DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	35                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0xcf:0xb DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0xda:0x17 DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	6                               # Abbrev [6] 0xe5:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	241                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0xf1:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xf5:0x5 DW_TAG_pointer_type
	.long	250                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xfa:0x1 DW_TAG_const_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	76                              # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"debugreg.c"                    # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=39
.Linfo_string3:
	.asciz	"saved_dr7"                     # string offset=41
.Linfo_string4:
	.asciz	"unsigned long"                 # string offset=51
.Linfo_string5:
	.asciz	"ulong"                         # string offset=65
.Linfo_string6:
	.asciz	"set_breakpoint"                # string offset=71
.Linfo_string7:
	.asciz	"debug_status"                  # string offset=86
.Linfo_string8:
	.asciz	"save_debug"                    # string offset=99
.Linfo_string9:
	.asciz	"breakpoint"                    # string offset=110
.Linfo_string10:
	.asciz	"breakpoint2"                   # string offset=121
.Linfo_string11:
	.asciz	"trap"                          # string offset=133
.Linfo_string12:
	.asciz	"slot"                          # string offset=138
.Linfo_string13:
	.asciz	"int"                           # string offset=143
.Linfo_string14:
	.asciz	"addr"                          # string offset=147
.Linfo_string15:
	.asciz	"dr7"                           # string offset=152
.Linfo_string16:
	.asciz	"v"                             # string offset=156
.Linfo_string17:
	.asciz	"s"                             # string offset=158
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	saved_dr7
	.quad	.Lfunc_begin0
	.quad	.Ltmp2
	.quad	.Lfunc_begin1
	.quad	.Ltmp5
	.quad	.Lfunc_begin2
	.quad	.Ltmp8
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
