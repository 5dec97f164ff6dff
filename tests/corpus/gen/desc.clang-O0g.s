	.text
	.file	"desc.c"
	.file	0 "." "desc.c" md5 0xd11bf9bbca102add6467d7c9521d4cda
	.globl	load_gdt                        # -- Begin function load_gdt
	.p2align	4, 0x90
	.type	load_gdt,@function
load_gdt:                               # @load_gdt
.Lfunc_begin0:
	.loc	0 9 0                           # desc.c:9:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp0:
	.loc	0 10 13 prologue_end            # desc.c:10:13
	movq	.L__const.load_gdt.d(%rip), %rax
	movq	%rax, -16(%rbp)
	movw	.L__const.load_gdt.d+8(%rip), %ax
	movw	%ax, -8(%rbp)
	.loc	0 11 2                          # desc.c:11:2
	#APP
	lgdt -16(%rbp)
	#NO_APP
	movl	$16, %eax
	.loc	0 12 2                          # desc.c:12:2
	#APP
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
	#NO_APP
	.loc	0 13 1                          # desc.c:13:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	load_gdt, .Lfunc_end0-load_gdt
	.cfi_endproc
                                        # -- End function
	.globl	load_idt                        # -- Begin function load_idt
	.p2align	4, 0x90
	.type	load_idt,@function
load_idt:                               # @load_idt
.Lfunc_begin1:
	.loc	0 16 0                          # desc.c:16:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp2:
	.loc	0 17 13 prologue_end            # desc.c:17:13
	movq	.L__const.load_idt.d(%rip), %rax
	movq	%rax, -16(%rbp)
	movw	.L__const.load_idt.d+8(%rip), %ax
	movw	%ax, -8(%rbp)
	.loc	0 18 2                          # desc.c:18:2
	#APP
	lidt -16(%rbp)
	#NO_APP
	.loc	0 19 1                          # desc.c:19:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	load_idt, .Lfunc_end1-load_idt
	.cfi_endproc
                                        # -- End function
	.globl	save_tables                     # -- Begin function save_tables
	.p2align	4, 0x90
	.type	save_tables,@function
save_tables:                            # @save_tables
.Lfunc_begin2:
	.loc	0 22 0                          # desc.c:22:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp4:
	.loc	0 23 33 prologue_end            # desc.c:23:33
	movq	-8(%rbp), %rax
	.loc	0 23 2 is_stmt 0                # desc.c:23:2
	#APP
	sgdt (%rax)
	#NO_APP
	.loc	0 24 2 is_stmt 1                # desc.c:24:2
	#APP
	sidt saved(%rip)
	#NO_APP
	.loc	0 25 1                          # desc.c:25:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	save_tables, .Lfunc_end2-save_tables
	.cfi_endproc
                                        # -- End function
	.globl	load_tr                         # -- Begin function load_tr
	.p2align	4, 0x90
	.type	load_tr,@function
load_tr:                                # @load_tr
.Lfunc_begin3:
	.loc	0 28 0                          # desc.c:28:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
.Ltmp6:
	.loc	0 29 33 prologue_end            # desc.c:29:33
	movw	-2(%rbp), %ax
	.loc	0 29 2 is_stmt 0                # desc.c:29:2
	movw	%ax, -4(%rbp)
	#APP
	ltr -4(%rbp)
	#NO_APP
	xorl	%eax, %eax
	.loc	0 30 2 is_stmt 1                # desc.c:30:2
	#APP
	lldt %ax
	#NO_APP
	.loc	0 31 1                          # desc.c:31:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end3:
	.size	load_tr, .Lfunc_end3-load_tr
	.cfi_endproc
                                        # -- End function
	.globl	cur_tr                          # -- Begin function cur_tr
	.p2align	4, 0x90
	.type	cur_tr,@function
cur_tr:                                 # @cur_tr
.Lfunc_begin4:
	.loc	0 34 0                          # desc.c:34:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp8:
	.loc	0 36 2 prologue_end             # desc.c:36:2
	#APP
	str %ax
	#NO_APP
	movw	%ax, -2(%rbp)
	.loc	0 37 2                          # desc.c:37:2
	movzwl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp9:
.Lfunc_end4:
	.size	cur_tr, .Lfunc_end4-cur_tr
	.cfi_endproc
                                        # -- End function
	.globl	read_fs                         # -- Begin function read_fs
	.p2align	4, 0x90
	.type	read_fs,@function
read_fs:                                # @read_fs
.Lfunc_begin5:
	.loc	0 41 0                          # desc.c:41:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp10:
	.loc	0 43 2 prologue_end             # desc.c:43:2
	#APP
	mov %fs, %ax
	#NO_APP
	movw	%ax, -2(%rbp)
	.loc	0 44 2                          # desc.c:44:2
	movzwl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp11:
.Lfunc_end5:
	.size	read_fs, .Lfunc_end5-read_fs
	.cfi_endproc
                                        # -- End function
	.globl	fs_roundtrip                    # -- Begin function fs_roundtrip
	.p2align	4, 0x90
	.type	fs_roundtrip,@function
fs_roundtrip:                           # @fs_roundtrip
.Lfunc_begin6:
	.loc	0 48 0                          # desc.c:48:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp12:
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
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp13:
.Lfunc_end6:
	.size	fs_roundtrip, .Lfunc_end6-fs_roundtrip
	.cfi_endproc
                                        # -- End function
	.globl	seg_ok                          # -- Begin function seg_ok
	.p2align	4, 0x90
	.type	seg_ok,@function
seg_ok:                                 # @seg_ok
.Lfunc_begin7:
	.loc	0 54 0                          # desc.c:54:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -6(%rbp)
.Ltmp14:
	.loc	0 55 15 prologue_end            # desc.c:55:15
	movl	$0, -12(%rbp)
	.loc	0 56 16                         # desc.c:56:16
	movq	$0, -24(%rbp)
	.loc	0 57 61                         # desc.c:57:61
	movzwl	-6(%rbp), %eax
	.loc	0 57 2 is_stmt 0                # desc.c:57:2
	movl	%eax, -28(%rbp)
	#APP
	lsl -28(%rbp), %eax
	#NO_APP
	movl	%eax, -12(%rbp)
	.loc	0 58 60 is_stmt 1               # desc.c:58:60
	movzwl	-6(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 58 2 is_stmt 0                # desc.c:58:2
	#APP
	lar %rax, %rax
	#NO_APP
	movq	%rax, -24(%rbp)
	.loc	0 59 2 is_stmt 1                # desc.c:59:2
	#APP
	verr -6(%rbp); jz .Ltmp15
	#NO_APP
	jmp	.LBB7_1
.LBB7_1:
	.loc	0 60 14                         # desc.c:60:14
	movl	-12(%rbp), %eax
	.loc	0 60 25 is_stmt 0               # desc.c:60:25
	movq	-24(%rbp), %rcx
                                        # kill: def $ecx killed $ecx killed $rcx
	.loc	0 60 18                         # desc.c:60:18
	addl	%ecx, %eax
	.loc	0 60 2                          # desc.c:60:2
	movl	%eax, -4(%rbp)
	jmp	.LBB7_3
.Ltmp15:                                # Block address taken
.LBB7_2:
.Ltmp16:
	#DEBUG_LABEL: seg_ok:bad
	.loc	0 62 2 is_stmt 1                # desc.c:62:2
	movl	$-1, -4(%rbp)
.LBB7_3:
	.loc	0 63 1                          # desc.c:63:1
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp17:
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
	.byte	16                              # Abbreviation Code
	.byte	10                              # DW_TAG_label
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x156 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3e:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x42:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	3                               # Abbrev [3] 0x4d:0xd DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x52:0x7 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.short	512                             # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x5a:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	9                               # Abbrev [9] 0x65:0x18 DW_TAG_structure_type
	.byte	11                              # DW_AT_name
	.byte	10                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x6a:0x9 DW_TAG_member
	.byte	8                               # DW_AT_name
	.long	125                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	10                              # Abbrev [10] 0x73:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	58                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x7d:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x81:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x85:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x89:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x94:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xa0:0x17 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xab:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xb7:0x17 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xc2:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	348                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xce:0x17 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xd9:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	125                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xe5:0x1b DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	125                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xf4:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	35                              # DW_AT_decl_line
	.long	125                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x100:0x1b DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	125                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x10f:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	126
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	125                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x11b:0xb DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x126:0x36 DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	133                             # DW_AT_type
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x135:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	122
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	125                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x140:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	129                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x14b:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.long	58                              # DW_AT_type
	.byte	16                              # Abbrev [16] 0x156:0x5 DW_TAG_label
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.byte	11                              # DW_AT_low_pc
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x15c:0x5 DW_TAG_pointer_type
	.long	101                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
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
	.quad	.Ltmp16
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
