	.text
	.file	"desc.c"
	.file	0 "." "desc.c" md5 0xd11bf9bbca102add6467d7c9521d4cda
	.section	.text.load_gdt,"ax",@progbits
	.globl	load_gdt                        # -- Begin function load_gdt
	.p2align	4, 0x90
	.type	load_gdt,@function
load_gdt:                               # @load_gdt
.Lfunc_begin0:
	.loc	0 9 0                           # desc.c:9:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 10 13 prologue_end            # desc.c:10:13
	movzwl	.L__const.load_gdt.d+8(%rip), %eax
	movw	%ax, -8(%rsp)
	movq	.L__const.load_gdt.d(%rip), %rax
	movq	%rax, -16(%rsp)
	.loc	0 11 2                          # desc.c:11:2
	#APP
	lgdt -16(%rsp)
	#NO_APP
	movl	$16, %eax
	.loc	0 12 2                          # desc.c:12:2
	#APP
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
	#NO_APP
	.loc	0 13 1                          # desc.c:13:1
	retq
.Ltmp0:
.Lfunc_end0:
	.size	load_gdt, .Lfunc_end0-load_gdt
	.cfi_endproc
                                        # -- End function
	.section	.text.load_idt,"ax",@progbits
	.globl	load_idt                        # -- Begin function load_idt
	.p2align	4, 0x90
	.type	load_idt,@function
load_idt:                               # @load_idt
.Lfunc_begin1:
	.loc	0 16 0                          # desc.c:16:0
	.cfi_startproc
# %bb.0:
	.loc	0 17 13 prologue_end            # desc.c:17:13
	movzwl	.L__const.load_idt.d+8(%rip), %eax
	movw	%ax, -8(%rsp)
	movq	.L__const.load_idt.d(%rip), %rax
	movq	%rax, -16(%rsp)
	.loc	0 18 2                          # desc.c:18:2
	#APP
	lidt -16(%rsp)
	#NO_APP
	.loc	0 19 1                          # desc.c:19:1
	retq
.Ltmp1:
.Lfunc_end1:
	.size	load_idt, .Lfunc_end1-load_idt
	.cfi_endproc
                                        # -- End function
	.section	.text.save_tables,"ax",@progbits
	.globl	save_tables                     # -- Begin function save_tables
	.p2align	4, 0x90
	.type	save_tables,@function
save_tables:                            # @save_tables
.Lfunc_begin2:
	.loc	0 22 0                          # desc.c:22:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: save_tables:g <- $rdi
	.loc	0 23 2 prologue_end             # desc.c:23:2
	#APP
	sgdt (%rdi)
	#NO_APP
	.loc	0 24 2                          # desc.c:24:2
	#APP
	sidt saved(%rip)
	#NO_APP
	.loc	0 25 1                          # desc.c:25:1
	retq
.Ltmp2:
.Lfunc_end2:
	.size	save_tables, .Lfunc_end2-save_tables
	.cfi_endproc
                                        # -- End function
	.section	.text.load_tr,"ax",@progbits
	.globl	load_tr                         # -- Begin function load_tr
	.p2align	4, 0x90
	.type	load_tr,@function
load_tr:                                # @load_tr
.Lfunc_begin3:
	.loc	0 28 0                          # desc.c:28:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: load_tr:sel <- $edi
	.loc	0 29 2 prologue_end             # desc.c:29:2
	movw	%di, -2(%rsp)
	#APP
	ltr -2(%rsp)
	#NO_APP
	xorl	%eax, %eax
	.loc	0 30 2                          # desc.c:30:2
	#APP
	lldt %ax
	#NO_APP
	.loc	0 31 1                          # desc.c:31:1
	retq
.Ltmp3:
.Lfunc_end3:
	.size	load_tr, .Lfunc_end3-load_tr
	.cfi_endproc
                                        # -- End function
	.section	.text.cur_tr,"ax",@progbits
	.globl	cur_tr                          # -- Begin function cur_tr
	.p2align	4, 0x90
	.type	cur_tr,@function
cur_tr:                                 # @cur_tr
.Lfunc_begin4:
	.loc	0 34 0                          # desc.c:34:0
	.cfi_startproc
# %bb.0:
	.loc	0 36 2 prologue_end             # desc.c:36:2
	#APP
	str %ax
	#NO_APP
.Ltmp4:
	#DEBUG_VALUE: cur_tr:t <- $ax
	.loc	0 37 2                          # desc.c:37:2
	retq
.Ltmp5:
.Lfunc_end4:
	.size	cur_tr, .Lfunc_end4-cur_tr
	.cfi_endproc
                                        # -- End function
	.section	.text.read_fs,"ax",@progbits
	.globl	read_fs                         # -- Begin function read_fs
	.p2align	4, 0x90
	.type	read_fs,@function
read_fs:                                # @read_fs
.Lfunc_begin5:
	.loc	0 41 0                          # desc.c:41:0
	.cfi_startproc
# %bb.0:
	.loc	0 43 2 prologue_end             # desc.c:43:2
	#APP
	mov %fs, %ax
	#NO_APP
.Ltmp6:
	#DEBUG_VALUE: read_fs:s <- $ax
	.loc	0 44 2                          # desc.c:44:2
	retq
.Ltmp7:
.Lfunc_end5:
	.size	read_fs, .Lfunc_end5-read_fs
	.cfi_endproc
                                        # -- End function
	.section	.text.fs_roundtrip,"ax",@progbits
	.globl	fs_roundtrip                    # -- Begin function fs_roundtrip
	.p2align	4, 0x90
	.type	fs_roundtrip,@function
fs_roundtrip:                           # @fs_roundtrip
.Lfunc_begin6:
	.loc	0 48 0                          # desc.c:48:0
	.cfi_startproc
# %bb.0:
	.loc	0 49 2 prologue_end             # desc.c:49:2
	#APP
	push %fs; pop %fs
	#NO_APP
	.loc	0 50 2                          # desc.c:50:2
	#APP
	pushq %gs
	popq %gs
	#NO_APP
	.loc	0 51 1                          # desc.c:51:1
	retq
.Ltmp8:
.Lfunc_end6:
	.size	fs_roundtrip, .Lfunc_end6-fs_roundtrip
	.cfi_endproc
                                        # -- End function
	.section	.text.seg_ok,"ax",@progbits
	.globl	seg_ok                          # -- Begin function seg_ok
	.p2align	4, 0x90
	.type	seg_ok,@function
seg_ok:                                 # @seg_ok
.Lfunc_begin7:
	.loc	0 54 0                          # desc.c:54:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: seg_ok:sel <- $edi
	movw	%di, -6(%rsp)
.Ltmp9:
	#DEBUG_VALUE: seg_ok:lim <- 0
	#DEBUG_VALUE: seg_ok:ar <- 0
	.loc	0 57 2 prologue_end             # desc.c:57:2
	movl	%edi, -4(%rsp)
	#APP
	lsl -4(%rsp), %ecx
	#NO_APP
.Ltmp10:
	#DEBUG_VALUE: seg_ok:lim <- $ecx
	#DEBUG_VALUE: seg_ok:sel <- $di
	.loc	0 58 45                         # desc.c:58:45
	movl	%edi, %eax
	.loc	0 58 2 is_stmt 0                # desc.c:58:2
	#APP
	lar %rax, %rdx
	#NO_APP
.Ltmp11:
	#DEBUG_VALUE: seg_ok:ar <- $rdx
	.loc	0 0 2                           # desc.c:0:2
	movl	$-1, %eax
	.loc	0 59 2 is_stmt 1                # desc.c:59:2
	#APP
	verr -6(%rsp); jz .Ltmp12
	#NO_APP
.Ltmp13:
# %bb.1:
	#DEBUG_VALUE: seg_ok:sel <- $di
	#DEBUG_VALUE: seg_ok:lim <- $ecx
	#DEBUG_VALUE: seg_ok:ar <- $rdx
	.loc	0 60 18                         # desc.c:60:18
	addl	%edx, %ecx
.Ltmp14:
	.loc	0 0 18 is_stmt 0                # desc.c:0:18
	movl	%ecx, %eax
.Ltmp15:
.Ltmp12:                                # Block address taken
.LBB7_2:
	#DEBUG_VALUE: seg_ok:sel <- $di
	#DEBUG_VALUE: seg_ok:ar <- $rdx
	.loc	0 63 1 is_stmt 1                # desc.c:63:1
	retq
.Ltmp16:
.Lfunc_end7:
	.size	seg_ok, .Lfunc_end7-seg_ok
	.cfi_endproc
                                        # -- End function
	.type	gdt,@object                     # @gdt
	.bss
	.globl	gdt
	.p2align	4
gdt:
	.zero	64
	.size	gdt, 64

	.type	.L__const.load_gdt.d,@object    # @__const.load_gdt.d
	.section	.data.rel.ro,"aw",@progbits
.L__const.load_gdt.d:
	.short	63                              # 0x3f
	.quad	gdt
	.size	.L__const.load_gdt.d, 10

	.type	idt,@object                     # @idt
	.bss
	.globl	idt
	.p2align	4
idt:
	.zero	4096
	.size	idt, 4096

	.type	.L__const.load_idt.d,@object    # @__const.load_idt.d
	.section	.data.rel.ro,"aw",@progbits
.L__const.load_idt.d:
	.short	4095                            # 0xfff
	.quad	idt
	.size	.L__const.load_idt.d, 10

	.type	saved,@object                   # @saved
	.local	saved
	.comm	saved,10,1
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	5                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	7                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4-.Lfunc_begin4           #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin4      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin5           #   starting offset
	.uleb128 .Lfunc_end5-.Lfunc_begin5      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin7-.Lfunc_begin7    #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin7          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin7          #   starting offset
	.uleb128 .Lfunc_end7-.Lfunc_begin7      #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin7           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin7          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin7          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin7          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # super-register DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin7           #   starting offset
	.uleb128 .Ltmp11-.Lfunc_begin7          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin7          #   starting offset
	.uleb128 .Lfunc_end7-.Lfunc_begin7      #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
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
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
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
	.byte	6                               # Abbreviation Code
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
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	18                              # Abbreviation Code
	.byte	10                              # DW_TAG_label
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
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
	.byte	1                               # Abbrev [1] 0xc:0x155 DW_TAG_compile_unit
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
	.byte	4                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x4e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	89                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	3                               # Abbrev [3] 0x59:0xd DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x5e:0x7 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.short	512                             # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x66:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	113                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	9                               # Abbrev [9] 0x71:0x18 DW_TAG_structure_type
	.byte	11                              # DW_AT_name
	.byte	10                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x76:0x9 DW_TAG_member
	.byte	8                               # DW_AT_name
	.long	137                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	10                              # Abbrev [10] 0x7f:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	70                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x89:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x8d:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x91:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x95:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xa0:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	113                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xac:0x17 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xb7:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	113                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xc3:0x16 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xce:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	347                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xd9:0x16 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xe4:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xef:0x19 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xfe:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	35                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x108:0x19 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x117:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x121:0xb DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x12c:0x2f DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	145                             # DW_AT_type
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0x13b:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x144:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	141                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x14d:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.long	70                              # DW_AT_type
	.byte	18                              # Abbrev [18] 0x156:0x4 DW_TAG_label
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x15b:0x5 DW_TAG_pointer_type
	.long	113                             # DW_AT_type
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
	.byte	3                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	4                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	5                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	7                               #   start index
	.uleb128 .Lfunc_end4-.Lfunc_begin4      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	8                               #   start index
	.uleb128 .Lfunc_end5-.Lfunc_begin5      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	9                               #   start index
	.uleb128 .Lfunc_end6-.Lfunc_begin6      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	10                              #   start index
	.uleb128 .Lfunc_end7-.Lfunc_begin7      #   length
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
	.asciz	"desc.c"                        # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=35
.Linfo_string3:
	.asciz	"gdt"                           # string offset=37
.Linfo_string4:
	.asciz	"unsigned long"                 # string offset=41
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=55
.Linfo_string6:
	.asciz	"idt"                           # string offset=75
.Linfo_string7:
	.asciz	"saved"                         # string offset=79
.Linfo_string8:
	.asciz	"limit"                         # string offset=85
.Linfo_string9:
	.asciz	"unsigned short"                # string offset=91
.Linfo_string10:
	.asciz	"base"                          # string offset=106
.Linfo_string11:
	.asciz	"dtr"                           # string offset=111
.Linfo_string12:
	.asciz	"unsigned int"                  # string offset=115
.Linfo_string13:
	.asciz	"int"                           # string offset=128
.Linfo_string14:
	.asciz	"load_gdt"                      # string offset=132
.Linfo_string15:
	.asciz	"load_idt"                      # string offset=141
.Linfo_string16:
	.asciz	"save_tables"                   # string offset=150
.Linfo_string17:
	.asciz	"load_tr"                       # string offset=162
.Linfo_string18:
	.asciz	"cur_tr"                        # string offset=170
.Linfo_string19:
	.asciz	"read_fs"                       # string offset=177
.Linfo_string20:
	.asciz	"fs_roundtrip"                  # string offset=185
.Linfo_string21:
	.asciz	"seg_ok"                        # string offset=198
.Linfo_string22:
	.asciz	"d"                             # string offset=205
.Linfo_string23:
	.asciz	"g"                             # string offset=207
.Linfo_string24:
	.asciz	"sel"                           # string offset=209
.Linfo_string25:
	.asciz	"t"                             # string offset=213
.Linfo_string26:
	.asciz	"s"                             # string offset=215
.Linfo_string27:
	.asciz	"lim"                           # string offset=217
.Linfo_string28:
	.asciz	"ar"                            # string offset=221
.Linfo_string29:
	.asciz	"bad"                           # string offset=224
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
	.quad	gdt
	.quad	idt
	.quad	saved
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
	.quad	.Lfunc_begin7
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
