	.text
	.file	"crregs.c"
	.file	0 "." "crregs.c" md5 0xb2b184788c85f0dc2d6052495f34c7cd
	.section	.text.flush_tlb,"ax",@progbits
	.globl	flush_tlb                       # -- Begin function flush_tlb
	.p2align	4, 0x90
	.type	flush_tlb,@function
flush_tlb:                              # @flush_tlb
.Lfunc_begin0:
	.loc	0 20 0                          # crregs.c:20:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 7 47 prologue_end             # crregs.c:7:47
	#APP
	mov %cr3, %rax
	#NO_APP
.Ltmp0:
	#DEBUG_VALUE: read_cr3:v <- $rax
	#DEBUG_VALUE: write_cr3:v <- $rax
	.loc	0 8 41                          # crregs.c:8:41
	#APP
	mov %rax, %cr3
	#NO_APP
.Ltmp1:
	.loc	0 22 1                          # crregs.c:22:1
	retq
.Ltmp2:
.Lfunc_end0:
	.size	flush_tlb, .Lfunc_end0-flush_tlb
	.cfi_endproc
                                        # -- End function
	.section	.text.flush_range,"ax",@progbits
	.globl	flush_range                     # -- Begin function flush_range
	.p2align	4, 0x90
	.type	flush_range,@function
flush_range:                            # @flush_range
.Lfunc_begin1:
	.loc	0 25 0                          # crregs.c:25:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: flush_range:start <- $rdi
	#DEBUG_VALUE: flush_range:len <- $rsi
	#DEBUG_VALUE: off <- 0
	.loc	0 26 26 prologue_end            # crregs.c:26:26
	testq	%rsi, %rsi
.Ltmp3:
	.loc	0 26 2 is_stmt 0                # crregs.c:26:2
	je	.LBB1_3
.Ltmp4:
# %bb.1:
	#DEBUG_VALUE: flush_range:start <- $rdi
	#DEBUG_VALUE: flush_range:len <- $rsi
	#DEBUG_VALUE: off <- 0
	.loc	0 0 2                           # crregs.c:0:2
	xorl	%eax, %eax
.Ltmp5:
	.p2align	4, 0x90
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: flush_range:start <- $rdi
	#DEBUG_VALUE: flush_range:len <- $rsi
	#DEBUG_VALUE: invlpg:p <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 1, DW_OP_constu 1, DW_OP_mul, DW_OP_plus, DW_OP_stack_value] $rdi, $rax
	#DEBUG_VALUE: off <- $rax
	.loc	0 14 2 is_stmt 1                # crregs.c:14:2
	leaq	(%rdi,%rax), %rcx
	#APP
	invlpg (%rcx)
	#NO_APP
.Ltmp6:
	.loc	0 26 37                         # crregs.c:26:37
	addq	$4096, %rax                     # imm = 0x1000
.Ltmp7:
	#DEBUG_VALUE: off <- $rax
	.loc	0 26 26 is_stmt 0               # crregs.c:26:26
	cmpq	%rsi, %rax
.Ltmp8:
	.loc	0 26 2                          # crregs.c:26:2
	jb	.LBB1_2
.Ltmp9:
.LBB1_3:
	#DEBUG_VALUE: flush_range:start <- $rdi
	#DEBUG_VALUE: flush_range:len <- $rsi
	.loc	0 28 1 is_stmt 1                # crregs.c:28:1
	retq
.Ltmp10:
.Lfunc_end1:
	.size	flush_range, .Lfunc_end1-flush_range
	.cfi_endproc
                                        # -- End function
	.section	.text.flush_global,"ax",@progbits
	.globl	flush_global                    # -- Begin function flush_global
	.p2align	4, 0x90
	.type	flush_global,@function
flush_global:                           # @flush_global
.Lfunc_begin2:
	.loc	0 31 0                          # crregs.c:31:0
	.cfi_startproc
# %bb.0:
	.loc	0 9 47 prologue_end             # crregs.c:9:47
	#APP
	movq %cr4, %rax
	#NO_APP
.Ltmp11:
	#DEBUG_VALUE: read_cr4:v <- $rax
	#DEBUG_VALUE: flush_global:cr4 <- $rax
	#DEBUG_VALUE: write_cr4:v <- $rax
	.loc	0 33 16                         # crregs.c:33:16
	movq	%rax, %rcx
	andq	$-129, %rcx
.Ltmp12:
	#DEBUG_VALUE: write_cr4:v <- $rcx
	.loc	0 10 41                         # crregs.c:10:41
	#APP
	movq %rcx, %cr4
	#NO_APP
.Ltmp13:
	.loc	0 10 41 is_stmt 0               # crregs.c:10:41
	#APP
	movq %rax, %cr4
	#NO_APP
.Ltmp14:
	.loc	0 35 1 is_stmt 1                # crregs.c:35:1
	retq
.Ltmp15:
.Lfunc_end2:
	.size	flush_global, .Lfunc_end2-flush_global
	.cfi_endproc
                                        # -- End function
	.section	.text.cache_disable,"ax",@progbits
	.globl	cache_disable                   # -- Begin function cache_disable
	.p2align	4, 0x90
	.type	cache_disable,@function
cache_disable:                          # @cache_disable
.Lfunc_begin3:
	.loc	0 38 0                          # crregs.c:38:0
	.cfi_startproc
# %bb.0:
	.loc	0 4 47 prologue_end             # crregs.c:4:47
	#APP
	mov %cr0, %rax
	#NO_APP
.Ltmp16:
	#DEBUG_VALUE: read_cr0:v <- $rax
	.loc	0 39 23                         # crregs.c:39:23
	orq	$1073741824, %rax               # imm = 0x40000000
.Ltmp17:
	#DEBUG_VALUE: write_cr0:v <- $rax
	.loc	0 5 41                          # crregs.c:5:41
	#APP
	mov %rax, %cr0
	#NO_APP
.Ltmp18:
	.loc	0 40 2                          # crregs.c:40:2
	#APP
	wbinvd
	#NO_APP
	.loc	0 41 1                          # crregs.c:41:1
	retq
.Ltmp19:
.Lfunc_end3:
	.size	cache_disable, .Lfunc_end3-cache_disable
	.cfi_endproc
                                        # -- End function
	.section	.text.fpu_enable,"ax",@progbits
	.globl	fpu_enable                      # -- Begin function fpu_enable
	.p2align	4, 0x90
	.type	fpu_enable,@function
fpu_enable:                             # @fpu_enable
.Lfunc_begin4:
	.loc	0 44 0                          # crregs.c:44:0
	.cfi_startproc
# %bb.0:
	.loc	0 45 2 prologue_end             # crregs.c:45:2
	#APP
	clts
	#NO_APP
.Ltmp20:
	.loc	0 4 47                          # crregs.c:4:47
	#APP
	mov %cr0, %rax
	#NO_APP
.Ltmp21:
	#DEBUG_VALUE: read_cr0:v <- $rax
	.loc	0 46 23                         # crregs.c:46:23
	andq	$-13, %rax
.Ltmp22:
	#DEBUG_VALUE: write_cr0:v <- $rax
	.loc	0 5 41                          # crregs.c:5:41
	#APP
	mov %rax, %cr0
	#NO_APP
.Ltmp23:
	.loc	0 47 1                          # crregs.c:47:1
	retq
.Ltmp24:
.Lfunc_end4:
	.size	fpu_enable, .Lfunc_end4-fpu_enable
	.cfi_endproc
                                        # -- End function
	.section	.text.page_fault,"ax",@progbits
	.globl	page_fault                      # -- Begin function page_fault
	.p2align	4, 0x90
	.type	page_fault,@function
page_fault:                             # @page_fault
.Lfunc_begin5:
	.loc	0 50 0                          # crregs.c:50:0
	.cfi_startproc
# %bb.0:
	.loc	0 6 47 prologue_end             # crregs.c:6:47
	#APP
	mov %cr2, %rax
	#NO_APP
.Ltmp25:
	#DEBUG_VALUE: read_cr2:v <- $rax
	.loc	0 51 13                         # crregs.c:51:13
	movq	fault_addr@GOTPCREL(%rip), %rcx
	movq	%rax, (%rcx)
	.loc	0 52 1                          # crregs.c:52:1
	retq
.Ltmp26:
.Lfunc_end5:
	.size	page_fault, .Lfunc_end5-page_fault
	.cfi_endproc
                                        # -- End function
	.section	.text.touch,"ax",@progbits
	.globl	touch                           # -- Begin function touch
	.p2align	4, 0x90
	.type	touch,@function
touch:                                  # @touch
.Lfunc_begin6:
	.loc	0 57 0                          # crregs.c:57:0
	.cfi_startproc
# %bb.0:
	.loc	0 14 2 prologue_end             # crregs.c:14:2
	leaq	page(%rip), %rax
.Ltmp27:
	#DEBUG_VALUE: invlpg:p <- $rax
	#APP
	invlpg (%rax)
	#NO_APP
.Ltmp28:
	.loc	0 59 2                          # crregs.c:59:2
	#APP
	invlpg page+64(%rip)
	#NO_APP
	.loc	0 60 1                          # crregs.c:60:1
	retq
.Ltmp29:
.Lfunc_end6:
	.size	touch, .Lfunc_end6-touch
	.cfi_endproc
                                        # -- End function
	.type	fault_addr,@object              # @fault_addr
	.bss
	.globl	fault_addr
	.p2align	3
fault_addr:
	.quad	0                               # 0x0
	.size	fault_addr, 8

	.type	page,@object                    # @page
	.local	page
	.comm	page,4096,4096
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	3                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp5-.Lfunc_begin1           #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5-.Lfunc_begin1           #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin1           #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin2          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	15                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp27-.Lfunc_begin6          #   starting offset
	.uleb128 .Lfunc_end6-.Lfunc_begin6      #   ending offset
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
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.ascii	"\210\001"                      # DW_AT_alignment
	.byte	15                              # DW_FORM_udata
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	0                               # DW_CHILDREN_no
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
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
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
	.byte	22                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	1                               # Abbrev [1] 0xc:0x240 DW_TAG_compile_unit
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
	.byte	17                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0x8 DW_TAG_typedef
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x42:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x46:0xd DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	83                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.ascii	"\200 "                         # DW_AT_alignment
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	6                               # Abbrev [6] 0x53:0xd DW_TAG_array_type
	.long	96                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x58:0x7 DW_TAG_subrange_type
	.long	100                             # DW_AT_type
	.short	4096                            # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x60:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x64:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	9                               # Abbrev [9] 0x68:0x11 DW_TAG_subprogram
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	58                              # DW_AT_type
                                        # DW_AT_inline
	.byte	10                              # Abbrev [10] 0x70:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x79:0xd DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	12                              # Abbrev [12] 0x7d:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x86:0x2e DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x91:0xd DW_TAG_inlined_subroutine
	.long	104                             # DW_AT_abstract_origin
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp0-.Lfunc_begin0            # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	21                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x9e:0x15 DW_TAG_inlined_subroutine
	.long	121                             # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp1-.Ltmp0                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	21                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0xab:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	80
	.long	125                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xb4:0xd DW_TAG_subprogram
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	12                              # Abbrev [12] 0xb8:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	193                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0xc1:0x5 DW_TAG_pointer_type
	.long	198                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xc6:0x1 DW_TAG_const_type
	.byte	13                              # Abbrev [13] 0xc7:0x4c DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0xd2:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	577                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0xdc:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	20                              # Abbrev [20] 0xe6:0x2c DW_TAG_lexical_block
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp9-.Lfunc_begin1            # DW_AT_high_pc
	.byte	21                              # Abbrev [21] 0xec:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	15                              # Abbrev [15] 0xf5:0x1c DW_TAG_inlined_subroutine
	.long	180                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp6-.Ltmp5                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	27                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0x102:0xe DW_TAG_formal_parameter
	.byte	8                               # DW_AT_location
	.byte	117
	.byte	0
	.byte	112
	.byte	0
	.byte	49
	.byte	30
	.byte	34
	.byte	159
	.long	184                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x113:0x11 DW_TAG_subprogram
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	58                              # DW_AT_type
                                        # DW_AT_inline
	.byte	10                              # Abbrev [10] 0x11b:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x124:0xd DW_TAG_subprogram
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	12                              # Abbrev [12] 0x128:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x131:0x4c DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	21                              # Abbrev [21] 0x13c:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	14                              # Abbrev [14] 0x145:0xd DW_TAG_inlined_subroutine
	.long	275                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp11-.Lfunc_begin2           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	32                              # DW_AT_call_line
	.byte	14                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x152:0x15 DW_TAG_inlined_subroutine
	.long	292                             # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp13-.Ltmp12                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	33                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0x15f:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	82
	.long	296                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x167:0x15 DW_TAG_inlined_subroutine
	.long	292                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp14-.Ltmp13                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0x174:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	80
	.long	296                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x17d:0x11 DW_TAG_subprogram
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	58                              # DW_AT_type
                                        # DW_AT_inline
	.byte	10                              # Abbrev [10] 0x185:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x18e:0xd DW_TAG_subprogram
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	12                              # Abbrev [12] 0x192:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x19b:0x2e DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x1a6:0xd DW_TAG_inlined_subroutine
	.long	381                             # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp16-.Lfunc_begin3           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	39                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x1b3:0x15 DW_TAG_inlined_subroutine
	.long	398                             # DW_AT_abstract_origin
	.byte	10                              # DW_AT_low_pc
	.long	.Ltmp18-.Ltmp17                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	39                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0x1c0:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	80
	.long	402                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x1c9:0x2e DW_TAG_subprogram
	.byte	11                              # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x1d4:0xd DW_TAG_inlined_subroutine
	.long	381                             # DW_AT_abstract_origin
	.byte	12                              # DW_AT_low_pc
	.long	.Ltmp21-.Ltmp20                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	46                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x1e1:0x15 DW_TAG_inlined_subroutine
	.long	398                             # DW_AT_abstract_origin
	.byte	13                              # DW_AT_low_pc
	.long	.Ltmp23-.Ltmp22                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	46                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	16                              # Abbrev [16] 0x1ee:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	80
	.long	402                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1f7:0x11 DW_TAG_subprogram
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	58                              # DW_AT_type
                                        # DW_AT_inline
	.byte	10                              # Abbrev [10] 0x1ff:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x208:0x19 DW_TAG_subprogram
	.byte	14                              # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x213:0xd DW_TAG_inlined_subroutine
	.long	503                             # DW_AT_abstract_origin
	.byte	14                              # DW_AT_low_pc
	.long	.Ltmp25-.Lfunc_begin5           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	51                              # DW_AT_call_line
	.byte	15                              # DW_AT_call_column
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x221:0x20 DW_TAG_subprogram
	.byte	15                              # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x22c:0x14 DW_TAG_inlined_subroutine
	.long	180                             # DW_AT_abstract_origin
	.byte	15                              # DW_AT_low_pc
	.long	.Ltmp28-.Lfunc_begin6           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	58                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	22                              # Abbrev [22] 0x239:0x6 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.long	184                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x241:0x5 DW_TAG_pointer_type
	.long	582                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x246:0x5 DW_TAG_const_type
	.long	96                              # DW_AT_type
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
	.byte	4                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	9                               #   start index
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	11                              #   start index
	.uleb128 .Lfunc_end4-.Lfunc_begin4      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	14                              #   start index
	.uleb128 .Lfunc_end5-.Lfunc_begin5      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	15                              #   start index
	.uleb128 .Lfunc_end6-.Lfunc_begin6      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	124                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"crregs.c"                      # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=37
.Linfo_string3:
	.asciz	"fault_addr"                    # string offset=39
.Linfo_string4:
	.asciz	"unsigned long"                 # string offset=50
.Linfo_string5:
	.asciz	"ulong"                         # string offset=64
.Linfo_string6:
	.asciz	"page"                          # string offset=70
.Linfo_string7:
	.asciz	"char"                          # string offset=75
.Linfo_string8:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=80
.Linfo_string9:
	.asciz	"read_cr3"                      # string offset=100
.Linfo_string10:
	.asciz	"v"                             # string offset=109
.Linfo_string11:
	.asciz	"write_cr3"                     # string offset=111
.Linfo_string12:
	.asciz	"invlpg"                        # string offset=121
.Linfo_string13:
	.asciz	"p"                             # string offset=128
.Linfo_string14:
	.asciz	"read_cr4"                      # string offset=130
.Linfo_string15:
	.asciz	"write_cr4"                     # string offset=139
.Linfo_string16:
	.asciz	"read_cr0"                      # string offset=149
.Linfo_string17:
	.asciz	"write_cr0"                     # string offset=158
.Linfo_string18:
	.asciz	"read_cr2"                      # string offset=168
.Linfo_string19:
	.asciz	"flush_tlb"                     # string offset=177
.Linfo_string20:
	.asciz	"flush_range"                   # string offset=187
.Linfo_string21:
	.asciz	"flush_global"                  # string offset=199
.Linfo_string22:
	.asciz	"cache_disable"                 # string offset=212
.Linfo_string23:
	.asciz	"fpu_enable"                    # string offset=226
.Linfo_string24:
	.asciz	"page_fault"                    # string offset=237
.Linfo_string25:
	.asciz	"touch"                         # string offset=248
.Linfo_string26:
	.asciz	"start"                         # string offset=254
.Linfo_string27:
	.asciz	"len"                           # string offset=260
.Linfo_string28:
	.asciz	"off"                           # string offset=264
.Linfo_string29:
	.asciz	"cr4"                           # string offset=268
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	fault_addr
	.quad	page
	.quad	.Lfunc_begin0
	.quad	.Ltmp0
	.quad	.Lfunc_begin1
	.quad	.Ltmp5
	.quad	.Lfunc_begin2
	.quad	.Ltmp12
	.quad	.Ltmp13
	.quad	.Lfunc_begin3
	.quad	.Ltmp17
	.quad	.Lfunc_begin4
	.quad	.Ltmp20
	.quad	.Ltmp22
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
