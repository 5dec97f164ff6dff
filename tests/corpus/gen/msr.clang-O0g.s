	.text
	.file	"msr.c"
	.file	0 "." "msr.c" md5 0x3b8345c875f2b526e7cffc426e25e393
	.globl	efer_set_nx                     # -- Begin function efer_set_nx
	.p2align	4, 0x90
	.type	efer_set_nx,@function
efer_set_nx:                            # @efer_set_nx
.Lfunc_begin0:
	.loc	0 43 0                          # msr.c:43:0
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
	.loc	0 44 10 prologue_end            # msr.c:44:10
	movl	$3221225600, %edi               # imm = 0xC0000080
	callq	rdmsr
	.loc	0 44 6 is_stmt 0                # msr.c:44:6
	movq	%rax, -8(%rbp)
.Ltmp1:
	.loc	0 45 8 is_stmt 1                # msr.c:45:8
	movq	-8(%rbp), %rax
	.loc	0 45 10 is_stmt 0               # msr.c:45:10
	andq	$2048, %rax                     # imm = 0x800
	cmpq	$0, %rax
.Ltmp2:
	.loc	0 45 6                          # msr.c:45:6
	jne	.LBB0_2
# %bb.1:
.Ltmp3:
	.loc	0 46 19 is_stmt 1               # msr.c:46:19
	movq	-8(%rbp), %rsi
	.loc	0 46 21 is_stmt 0               # msr.c:46:21
	orq	$2048, %rsi                     # imm = 0x800
	.loc	0 46 3                          # msr.c:46:3
	movl	$3221225600, %edi               # imm = 0xC0000080
	callq	wrmsr
.Ltmp4:
.LBB0_2:
	.loc	0 47 1 is_stmt 1                # msr.c:47:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end0:
	.size	efer_set_nx, .Lfunc_end0-efer_set_nx
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdmsr
	.type	rdmsr,@function
rdmsr:                                  # @rdmsr
.Lfunc_begin1:
	.loc	0 6 0                           # msr.c:6:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
.Ltmp6:
	.loc	0 8 50 prologue_end             # msr.c:8:50
	movl	-4(%rbp), %ecx
	.loc	0 8 2 is_stmt 0                 # msr.c:8:2
	#APP
	rdmsr
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	.loc	0 9 9 is_stmt 1                 # msr.c:9:9
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 9 17 is_stmt 0                # msr.c:9:17
	shlq	$32, %rax
	.loc	0 9 25                          # msr.c:9:25
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 9 23                          # msr.c:9:23
	orq	%rcx, %rax
	.loc	0 9 2                           # msr.c:9:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end1:
	.size	rdmsr, .Lfunc_end1-rdmsr
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function wrmsr
	.type	wrmsr,@function
wrmsr:                                  # @wrmsr
.Lfunc_begin2:
	.loc	0 13 0 is_stmt 1                # msr.c:13:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp8:
	.loc	0 14 31 prologue_end            # msr.c:14:31
	movl	-4(%rbp), %ecx
	.loc	0 14 46 is_stmt 0               # msr.c:14:46
	movq	-16(%rbp), %rax
                                        # kill: def $eax killed $eax killed $rax
	.loc	0 14 60                         # msr.c:14:60
	movq	-16(%rbp), %rdx
	.loc	0 14 62                         # msr.c:14:62
	shrq	$32, %rdx
                                        # kill: def $edx killed $edx killed $rdx
	.loc	0 14 2                          # msr.c:14:2
	#APP
	wrmsr
	#NO_APP
	.loc	0 15 1 is_stmt 1                # msr.c:15:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp9:
.Lfunc_end2:
	.size	wrmsr, .Lfunc_end2-wrmsr
	.cfi_endproc
                                        # -- End function
	.globl	set_gs_base                     # -- Begin function set_gs_base
	.p2align	4, 0x90
	.type	set_gs_base,@function
set_gs_base:                            # @set_gs_base
.Lfunc_begin3:
	.loc	0 50 0                          # msr.c:50:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.Ltmp10:
	.loc	0 51 21 prologue_end            # msr.c:51:21
	movq	-8(%rbp), %rsi
	.loc	0 51 2 is_stmt 0                # msr.c:51:2
	movl	$3221225729, %edi               # imm = 0xC0000101
	callq	wrmsr
	.loc	0 52 1 is_stmt 1                # msr.c:52:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp11:
.Lfunc_end3:
	.size	set_gs_base, .Lfunc_end3-set_gs_base
	.cfi_endproc
                                        # -- End function
	.globl	arm_deadline                    # -- Begin function arm_deadline
	.p2align	4, 0x90
	.type	arm_deadline,@function
arm_deadline:                           # @arm_deadline
.Lfunc_begin4:
	.loc	0 55 0                          # msr.c:55:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.Ltmp12:
	.loc	0 56 26 prologue_end            # msr.c:56:26
	callq	rdtsc
	movq	%rax, %rsi
	.loc	0 56 34 is_stmt 0               # msr.c:56:34
	addq	-8(%rbp), %rsi
	.loc	0 56 2                          # msr.c:56:2
	movl	$1760, %edi                     # imm = 0x6E0
	callq	wrmsr
	.loc	0 57 1 is_stmt 1                # msr.c:57:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp13:
.Lfunc_end4:
	.size	arm_deadline, .Lfunc_end4-arm_deadline
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdtsc
	.type	rdtsc,@function
rdtsc:                                  # @rdtsc
.Lfunc_begin5:
	.loc	0 18 0                          # msr.c:18:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp14:
	.loc	0 20 2 prologue_end             # msr.c:20:2
	#APP
	rdtsc
	#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	.loc	0 21 9                          # msr.c:21:9
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 21 17 is_stmt 0               # msr.c:21:17
	shlq	$32, %rax
	.loc	0 21 25                         # msr.c:21:25
	movl	-4(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 21 23                         # msr.c:21:23
	orq	%rcx, %rax
	.loc	0 21 2                          # msr.c:21:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp15:
.Lfunc_end5:
	.size	rdtsc, .Lfunc_end5-rdtsc
	.cfi_endproc
                                        # -- End function
	.globl	cycles_between                  # -- Begin function cycles_between
	.p2align	4, 0x90
	.type	cycles_between,@function
cycles_between:                         # @cycles_between
.Lfunc_begin6:
	.loc	0 60 0 is_stmt 1                # msr.c:60:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
.Ltmp16:
	.loc	0 62 11 prologue_end            # msr.c:62:11
	leaq	-12(%rbp), %rdi
	callq	rdtscp
	.loc	0 62 6 is_stmt 0                # msr.c:62:6
	movq	%rax, -24(%rbp)
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	.loc	0 63 11 is_stmt 1               # msr.c:63:11
	movq	-8(%rbp), %rax
	.loc	0 63 10 is_stmt 0               # msr.c:63:10
	movl	(%rax), %eax
	.loc	0 63 9                          # msr.c:63:9
	cmpl	$0, %eax
	setne	%al
	xorb	$-1, %al
	.loc	0 63 2                          # msr.c:63:2
	testb	$1, %al
	jne	.LBB6_2
	jmp	.LBB6_3
.LBB6_2:                                #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_1
.LBB6_3:
	.loc	0 65 9 is_stmt 1                # msr.c:65:9
	leaq	-12(%rbp), %rdi
	callq	rdtscp
	.loc	0 65 22 is_stmt 0               # msr.c:65:22
	subq	-24(%rbp), %rax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	.loc	0 65 29                         # msr.c:65:29
	xorl	%edi, %edi
	callq	rdpmc
	movq	%rax, %rcx
	movq	-32(%rbp), %rax                 # 8-byte Reload
	.loc	0 65 38                         # msr.c:65:38
	imulq	$0, %rcx, %rcx
	.loc	0 65 27                         # msr.c:65:27
	addq	%rcx, %rax
	.loc	0 65 2                          # msr.c:65:2
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp17:
.Lfunc_end6:
	.size	cycles_between, .Lfunc_end6-cycles_between
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdtscp
	.type	rdtscp,@function
rdtscp:                                 # @rdtscp
.Lfunc_begin7:
	.loc	0 25 0 is_stmt 1                # msr.c:25:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp18:
	.loc	0 27 52 prologue_end            # msr.c:27:52
	movq	-8(%rbp), %rax
	movq	%rax, -24(%rbp)                 # 8-byte Spill
	.loc	0 27 2 is_stmt 0                # msr.c:27:2
	#APP
	rdtscp
	#NO_APP
	movl	%eax, %esi
	movq	-24(%rbp), %rax                 # 8-byte Reload
	movl	%esi, -12(%rbp)
	movl	%edx, -16(%rbp)
	movl	%ecx, (%rax)
	.loc	0 28 9 is_stmt 1                # msr.c:28:9
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 28 17 is_stmt 0               # msr.c:28:17
	shlq	$32, %rax
	.loc	0 28 25                         # msr.c:28:25
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 28 23                         # msr.c:28:23
	orq	%rcx, %rax
	.loc	0 28 2                          # msr.c:28:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp19:
.Lfunc_end7:
	.size	rdtscp, .Lfunc_end7-rdtscp
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdpmc
	.type	rdpmc,@function
rdpmc:                                  # @rdpmc
.Lfunc_begin8:
	.loc	0 32 0 is_stmt 1                # msr.c:32:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
.Ltmp20:
	.loc	0 34 50 prologue_end            # msr.c:34:50
	movl	-4(%rbp), %ecx
	.loc	0 34 2 is_stmt 0                # msr.c:34:2
	#APP
	rdpmc
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	.loc	0 35 9 is_stmt 1                # msr.c:35:9
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 35 17 is_stmt 0               # msr.c:35:17
	shlq	$32, %rax
	.loc	0 35 25                         # msr.c:35:25
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 35 23                         # msr.c:35:23
	orq	%rcx, %rax
	.loc	0 35 2                          # msr.c:35:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp21:
.Lfunc_end8:
	.size	rdpmc, .Lfunc_end8-rdpmc
	.cfi_endproc
                                        # -- End function
	.globl	delay                           # -- Begin function delay
	.p2align	4, 0x90
	.type	delay,@function
delay:                                  # @delay
.Lfunc_begin9:
	.loc	0 69 0 is_stmt 1                # msr.c:69:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.Ltmp22:
	.loc	0 70 12 prologue_end            # msr.c:70:12
	callq	rdtsc
	.loc	0 70 20 is_stmt 0               # msr.c:70:20
	addq	-8(%rbp), %rax
	.loc	0 70 6                          # msr.c:70:6
	movq	%rax, -16(%rbp)
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	.loc	0 71 9 is_stmt 1                # msr.c:71:9
	callq	rdtsc
	.loc	0 71 17 is_stmt 0               # msr.c:71:17
	cmpq	-16(%rbp), %rax
	.loc	0 71 2                          # msr.c:71:2
	jae	.LBB9_3
# %bb.2:                                #   in Loop: Header=BB9_1 Depth=1
	.loc	0 72 3 is_stmt 1                # msr.c:72:3
	#APP
	pause
	#NO_APP
	.loc	0 71 2                          # msr.c:71:2
	jmp	.LBB9_1
.LBB9_3:
	.loc	0 73 1                          # msr.c:73:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp23:
.Lfunc_end9:
	.size	delay, .Lfunc_end9-delay
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
	.byte	3                               # Abbreviation Code
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
	.byte	4                               # Abbreviation Code
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
	.byte	5                               # Abbreviation Code
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
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
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
	.byte	1                               # Abbrev [1] 0xc:0x1b6 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end9-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0x8 DW_TAG_typedef
	.long	43                              # DW_AT_type
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x2b:0x4 DW_TAG_base_type
	.byte	3                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x2f:0x8 DW_TAG_typedef
	.long	55                              # DW_AT_type
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x37:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	4                               # Abbrev [4] 0x3b:0x17 DW_TAG_subprogram
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0x46:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	44                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x52:0x31 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x61:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x6c:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x77:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x83:0x22 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	7                               # Abbrev [7] 0x8e:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x99:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0xa5:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0xb0:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0xbc:0x17 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0xc7:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0xd3:0x26 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0xe2:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0xed:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xf9:0x31 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	59                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0x108:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	59                              # DW_AT_decl_line
	.long	430                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x113:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x11e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	62                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x12a:0x31 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x139:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	444                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x144:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x14f:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x15b:0x31 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin8       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	35                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x16a:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x175:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x180:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	47                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x18c:0x22 DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end9-.Lfunc_begin9       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	68                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0x197:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	68                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x1a2:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	70                              # DW_AT_decl_line
	.long	35                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x1ae:0x5 DW_TAG_pointer_type
	.long	435                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x1b3:0x5 DW_TAG_volatile_type
	.long	440                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x1b8:0x4 DW_TAG_base_type
	.byte	25                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x1bc:0x5 DW_TAG_pointer_type
	.long	47                              # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	132                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"msr.c"                         # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=34
.Linfo_string3:
	.asciz	"unsigned long long"            # string offset=36
.Linfo_string4:
	.asciz	"u64"                           # string offset=55
.Linfo_string5:
	.asciz	"unsigned int"                  # string offset=59
.Linfo_string6:
	.asciz	"u32"                           # string offset=72
.Linfo_string7:
	.asciz	"efer_set_nx"                   # string offset=76
.Linfo_string8:
	.asciz	"rdmsr"                         # string offset=88
.Linfo_string9:
	.asciz	"wrmsr"                         # string offset=94
.Linfo_string10:
	.asciz	"set_gs_base"                   # string offset=100
.Linfo_string11:
	.asciz	"arm_deadline"                  # string offset=112
.Linfo_string12:
	.asciz	"rdtsc"                         # string offset=125
.Linfo_string13:
	.asciz	"cycles_between"                # string offset=131
.Linfo_string14:
	.asciz	"rdtscp"                        # string offset=146
.Linfo_string15:
	.asciz	"rdpmc"                         # string offset=153
.Linfo_string16:
	.asciz	"delay"                         # string offset=159
.Linfo_string17:
	.asciz	"e"                             # string offset=165
.Linfo_string18:
	.asciz	"msr"                           # string offset=167
.Linfo_string19:
	.asciz	"lo"                            # string offset=171
.Linfo_string20:
	.asciz	"hi"                            # string offset=174
.Linfo_string21:
	.asciz	"v"                             # string offset=177
.Linfo_string22:
	.asciz	"base"                          # string offset=179
.Linfo_string23:
	.asciz	"delta"                         # string offset=184
.Linfo_string24:
	.asciz	"flag"                          # string offset=190
.Linfo_string25:
	.asciz	"int"                           # string offset=195
.Linfo_string26:
	.asciz	"cpu"                           # string offset=199
.Linfo_string27:
	.asciz	"t0"                            # string offset=203
.Linfo_string28:
	.asciz	"aux"                           # string offset=206
.Linfo_string29:
	.asciz	"c"                             # string offset=210
.Linfo_string30:
	.asciz	"cycles"                        # string offset=212
.Linfo_string31:
	.asciz	"end"                           # string offset=219
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
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
