	.text
	.file	"cpuid.c"
	.file	0 "." "cpuid.c" md5 0x480a6c20c7748674030ab910c9b01e7d
	.globl	detect                          # -- Begin function detect
	.p2align	4, 0x90
	.type	detect,@function
detect:                                 # @detect
.Lfunc_begin0:
	.loc	0 26 0                          # cpuid.c:26:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
.Ltmp0:
	.loc	0 28 2 prologue_end             # cpuid.c:28:2
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	movl	%esi, %edi
	callq	cpuid
	.loc	0 29 30                         # cpuid.c:29:30
	movl	-12(%rbp), %eax
	.loc	0 29 26 is_stmt 0               # cpuid.c:29:26
	movl	%eax, vendor(%rip)
	.loc	0 30 30 is_stmt 1               # cpuid.c:30:30
	movl	-4(%rbp), %eax
	.loc	0 30 26 is_stmt 0               # cpuid.c:30:26
	movl	%eax, vendor+4(%rip)
	.loc	0 31 30 is_stmt 1               # cpuid.c:31:30
	movl	-8(%rbp), %eax
	.loc	0 31 26 is_stmt 0               # cpuid.c:31:26
	movl	%eax, vendor+8(%rip)
	.loc	0 32 13 is_stmt 1               # cpuid.c:32:13
	movb	$0, vendor+12(%rip)
.Ltmp1:
	.loc	0 33 10                         # cpuid.c:33:10
	cmpl	$7, -16(%rbp)
.Ltmp2:
	.loc	0 33 6 is_stmt 0                # cpuid.c:33:6
	jb	.LBB0_2
# %bb.1:
.Ltmp3:
	.loc	0 34 3 is_stmt 1                # cpuid.c:34:3
	movl	$7, %edi
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	callq	cpuid
	.loc	0 35 19                         # cpuid.c:35:19
	movl	-12(%rbp), %eax
	.loc	0 35 15 is_stmt 0               # cpuid.c:35:15
	movl	%eax, features+8(%rip)
.Ltmp4:
.LBB0_2:
	.loc	0 37 2 is_stmt 1                # cpuid.c:37:2
	movl	$1, %edi
	xorl	%esi, %esi
	leaq	-16(%rbp), %rdx
	callq	cpuid
	.loc	0 38 18                         # cpuid.c:38:18
	movl	-8(%rbp), %eax
	.loc	0 38 14 is_stmt 0               # cpuid.c:38:14
	movl	%eax, features(%rip)
	.loc	0 39 18 is_stmt 1               # cpuid.c:39:18
	movl	-4(%rbp), %eax
	.loc	0 39 14 is_stmt 0               # cpuid.c:39:14
	movl	%eax, features+4(%rip)
	.loc	0 40 11 is_stmt 1               # cpuid.c:40:11
	movl	-16(%rbp), %eax
	.loc	0 40 13 is_stmt 0               # cpuid.c:40:13
	shrl	$8, %eax
	.loc	0 40 18                         # cpuid.c:40:18
	andl	$15, %eax
	.loc	0 40 2                          # cpuid.c:40:2
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end0:
	.size	detect, .Lfunc_end0-detect
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function cpuid
	.type	cpuid,@function
cpuid:                                  # @cpuid
.Lfunc_begin1:
	.loc	0 5 0 is_stmt 1                 # cpuid.c:5:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movl	%edi, -12(%rbp)
	movl	%esi, -16(%rbp)
	movq	%rdx, -24(%rbp)
.Ltmp6:
	.loc	0 6 30 prologue_end             # cpuid.c:6:30
	movq	-24(%rbp), %r8
	.loc	0 6 42 is_stmt 0                # cpuid.c:6:42
	movq	-24(%rbp), %rdi
	.loc	0 6 54                          # cpuid.c:6:54
	movq	-24(%rbp), %rax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	.loc	0 6 66                          # cpuid.c:6:66
	movq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)                 # 8-byte Spill
	.loc	0 7 14 is_stmt 1                # cpuid.c:7:14
	movl	-12(%rbp), %eax
	.loc	0 7 25 is_stmt 0                # cpuid.c:7:25
	movl	-16(%rbp), %ecx
	.loc	0 6 2 is_stmt 1                 # cpuid.c:6:2
	#APP
	cpuid
	#NO_APP
	movl	%eax, %r9d
	movq	-40(%rbp), %rax                 # 8-byte Reload
	movl	%ecx, %esi
	movq	-32(%rbp), %rcx                 # 8-byte Reload
	movl	%r9d, (%r8)
	movl	%ebx, 4(%rdi)
	movl	%esi, 8(%rcx)
	movl	%edx, 12(%rax)
	.loc	0 8 1                           # cpuid.c:8:1
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end1:
	.size	cpuid, .Lfunc_end1-cpuid
	.cfi_endproc
                                        # -- End function
	.globl	enable_avx                      # -- Begin function enable_avx
	.p2align	4, 0x90
	.type	enable_avx,@function
enable_avx:                             # @enable_avx
.Lfunc_begin2:
	.loc	0 44 0                          # cpuid.c:44:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
.Ltmp8:
	.loc	0 45 8 prologue_end             # cpuid.c:45:8
	movl	features(%rip), %eax
	.loc	0 45 20 is_stmt 0               # cpuid.c:45:20
	andl	$134217728, %eax                # imm = 0x8000000
	cmpl	$0, %eax
.Ltmp9:
	.loc	0 45 6                          # cpuid.c:45:6
	jne	.LBB2_2
# %bb.1:
.Ltmp10:
	.loc	0 46 3 is_stmt 1                # cpuid.c:46:3
	movl	$-1, -4(%rbp)
	jmp	.LBB2_3
.Ltmp11:
.LBB2_2:
	.loc	0 47 12                         # cpuid.c:47:12
	xorl	%edi, %edi
	callq	xgetbv
	movq	%rax, %rsi
	.loc	0 47 22 is_stmt 0               # cpuid.c:47:22
	orq	$7, %rsi
	.loc	0 47 2                          # cpuid.c:47:2
	xorl	%edi, %edi
	callq	xsetbv
	.loc	0 48 2 is_stmt 1                # cpuid.c:48:2
	movl	$0, -4(%rbp)
.LBB2_3:
	.loc	0 49 1                          # cpuid.c:49:1
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp12:
.Lfunc_end2:
	.size	enable_avx, .Lfunc_end2-enable_avx
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function xsetbv
	.type	xsetbv,@function
xsetbv:                                 # @xsetbv
.Lfunc_begin3:
	.loc	0 18 0                          # cpuid.c:18:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp13:
	.loc	0 19 32 prologue_end            # cpuid.c:19:32
	movl	-4(%rbp), %ecx
	.loc	0 19 52 is_stmt 0               # cpuid.c:19:52
	movq	-16(%rbp), %rax
                                        # kill: def $eax killed $eax killed $rax
	.loc	0 19 71                         # cpuid.c:19:71
	movq	-16(%rbp), %rdx
	.loc	0 19 73                         # cpuid.c:19:73
	shrq	$32, %rdx
                                        # kill: def $edx killed $edx killed $rdx
	.loc	0 19 2                          # cpuid.c:19:2
	#APP
	xsetbv
	#NO_APP
	.loc	0 20 1 is_stmt 1                # cpuid.c:20:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp14:
.Lfunc_end3:
	.size	xsetbv, .Lfunc_end3-xsetbv
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function xgetbv
	.type	xgetbv,@function
xgetbv:                                 # @xgetbv
.Lfunc_begin4:
	.loc	0 11 0                          # cpuid.c:11:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
.Ltmp15:
	.loc	0 13 51 prologue_end            # cpuid.c:13:51
	movl	-4(%rbp), %ecx
	.loc	0 13 2 is_stmt 0                # cpuid.c:13:2
	#APP
	xgetbv
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	.loc	0 14 9 is_stmt 1                # cpuid.c:14:9
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 14 32 is_stmt 0               # cpuid.c:14:32
	shlq	$32, %rax
	.loc	0 14 40                         # cpuid.c:14:40
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 14 38                         # cpuid.c:14:38
	orq	%rcx, %rax
	.loc	0 14 2                          # cpuid.c:14:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp16:
.Lfunc_end4:
	.size	xgetbv, .Lfunc_end4-xgetbv
	.cfi_endproc
                                        # -- End function
	.globl	max_leaf                        # -- Begin function max_leaf
	.p2align	4, 0x90
	.type	max_leaf,@function
max_leaf:                               # @max_leaf
.Lfunc_begin5:
	.loc	0 52 0 is_stmt 1                # cpuid.c:52:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
.Ltmp17:
	.loc	0 54 11 prologue_end            # cpuid.c:54:11
	movl	$0, -28(%rbp)
.Ltmp18:
	.loc	0 55 20                         # cpuid.c:55:20
	movl	-4(%rbp), %eax
	.loc	0 55 16 is_stmt 0               # cpuid.c:55:16
	movl	%eax, -32(%rbp)
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp19:
	.loc	0 55 26                         # cpuid.c:55:26
	movl	-32(%rbp), %eax
	.loc	0 55 30                         # cpuid.c:55:30
	movl	-4(%rbp), %ecx
	.loc	0 55 35                         # cpuid.c:55:35
	addl	$4, %ecx
	.loc	0 55 28                         # cpuid.c:55:28
	cmpl	%ecx, %eax
.Ltmp20:
	.loc	0 55 2                          # cpuid.c:55:2
	jae	.LBB5_4
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
.Ltmp21:
	.loc	0 56 9 is_stmt 1                # cpuid.c:56:9
	movl	-32(%rbp), %edi
	.loc	0 56 3 is_stmt 0                # cpuid.c:56:3
	xorl	%esi, %esi
	leaq	-24(%rbp), %rdx
	callq	cpuid
	.loc	0 57 12 is_stmt 1               # cpuid.c:57:12
	cmpl	$0, -24(%rbp)
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	.loc	0 57 5 is_stmt 0                # cpuid.c:57:5
	addl	-28(%rbp), %eax
	movl	%eax, -28(%rbp)
.Ltmp22:
# %bb.3:                                #   in Loop: Header=BB5_1 Depth=1
	.loc	0 55 41 is_stmt 1               # cpuid.c:55:41
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	.loc	0 55 2 is_stmt 0                # cpuid.c:55:2
	jmp	.LBB5_1
.Ltmp23:
.LBB5_4:
	.loc	0 59 9 is_stmt 1                # cpuid.c:59:9
	movl	-28(%rbp), %eax
	.loc	0 59 2 is_stmt 0                # cpuid.c:59:2
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp24:
.Lfunc_end5:
	.size	max_leaf, .Lfunc_end5-max_leaf
	.cfi_endproc
                                        # -- End function
	.type	vendor,@object                  # @vendor
	.bss
	.globl	vendor
vendor:
	.zero	13
	.size	vendor, 13

	.type	features,@object                # @features
	.globl	features
	.p2align	4
features:
	.zero	16
	.size	features, 16

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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	12                              # Abbreviation Code
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
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
	.byte	14                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x17b DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	13                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3e:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x42:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	3                               # Abbrev [3] 0x4d:0xc DW_TAG_array_type
	.long	89                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x52:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x59:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x5d:0x5 DW_TAG_pointer_type
	.long	89                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x62:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x66:0x1b DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	339                             # DW_AT_type
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x75:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	343                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x81:0x2d DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x8c:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0x97:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0xa2:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	385                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xae:0xf DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	339                             # DW_AT_type
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0xbd:0x22 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0xc8:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0xd3:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	98                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0xdf:0x31 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	98                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0xee:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0xf9:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x104:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x110:0x43 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	89                              # DW_AT_type
                                        # DW_AT_external
	.byte	11                              # Abbrev [11] 0x11f:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x12a:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	343                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x135:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	100
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	14                              # Abbrev [14] 0x140:0x12 DW_TAG_lexical_block
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp23-.Ltmp18                 # DW_AT_high_pc
	.byte	9                               # Abbrev [9] 0x146:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	96
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	89                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x153:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	15                              # Abbrev [15] 0x157:0x2a DW_TAG_structure_type
	.byte	21                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	16                              # Abbrev [16] 0x15c:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	89                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	16                              # Abbrev [16] 0x165:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	89                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	16                              # Abbrev [16] 0x16e:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	89                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	16                              # Abbrev [16] 0x177:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	89                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x181:0x5 DW_TAG_pointer_type
	.long	343                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	128                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"cpuid.c"                       # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=36
.Linfo_string3:
	.asciz	"vendor"                        # string offset=38
.Linfo_string4:
	.asciz	"char"                          # string offset=45
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=50
.Linfo_string6:
	.asciz	"features"                      # string offset=70
.Linfo_string7:
	.asciz	"unsigned int"                  # string offset=79
.Linfo_string8:
	.asciz	"unsigned long long"            # string offset=92
.Linfo_string9:
	.asciz	"detect"                        # string offset=111
.Linfo_string10:
	.asciz	"int"                           # string offset=118
.Linfo_string11:
	.asciz	"cpuid"                         # string offset=122
.Linfo_string12:
	.asciz	"enable_avx"                    # string offset=128
.Linfo_string13:
	.asciz	"xsetbv"                        # string offset=139
.Linfo_string14:
	.asciz	"xgetbv"                        # string offset=146
.Linfo_string15:
	.asciz	"max_leaf"                      # string offset=153
.Linfo_string16:
	.asciz	"r"                             # string offset=162
.Linfo_string17:
	.asciz	"a"                             # string offset=164
.Linfo_string18:
	.asciz	"b"                             # string offset=166
.Linfo_string19:
	.asciz	"c"                             # string offset=168
.Linfo_string20:
	.asciz	"d"                             # string offset=170
.Linfo_string21:
	.asciz	"regs"                          # string offset=172
.Linfo_string22:
	.asciz	"leaf"                          # string offset=177
.Linfo_string23:
	.asciz	"sub"                           # string offset=182
.Linfo_string24:
	.asciz	"idx"                           # string offset=186
.Linfo_string25:
	.asciz	"v"                             # string offset=190
.Linfo_string26:
	.asciz	"lo"                            # string offset=192
.Linfo_string27:
	.asciz	"hi"                            # string offset=195
.Linfo_string28:
	.asciz	"base"                          # string offset=198
.Linfo_string29:
	.asciz	"n"                             # string offset=203
.Linfo_string30:
	.asciz	"l"                             # string offset=205
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	vendor
	.quad	features
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Ltmp18
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
