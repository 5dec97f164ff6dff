	.text
	.file	"sysctl.c"
	.file	0 "." "sysctl.c" md5 0xe6e073b6a3ffb17a4d0212762795ac95
	.p2align	4, 0x90                         # -- Begin function op_cr0
	.type	op_cr0,@function
op_cr0:                                 # @op_cr0
.Lfunc_begin0:
	.loc	0 4 0                           # sysctl.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp0:
	.loc	0 4 41 prologue_end             # sysctl.c:4:41
	#APP
	mov %cr0, %rax
	#NO_APP
	movq	%rax, -16(%rbp)
	.loc	0 4 89 is_stmt 0                # sysctl.c:4:89
	movq	-16(%rbp), %rax
	.loc	0 4 91                          # sysctl.c:4:91
	addq	-8(%rbp), %rax
	.loc	0 4 82                          # sysctl.c:4:82
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	op_cr0, .Lfunc_end0-op_cr0
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_tsc
	.type	op_tsc,@function
op_tsc:                                 # @op_tsc
.Lfunc_begin1:
	.loc	0 5 0 is_stmt 1                 # sysctl.c:5:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp2:
	.loc	0 5 49 prologue_end             # sysctl.c:5:49
	#APP
	rdtsc
	#NO_APP
	movl	%eax, -12(%rbp)
	movl	%edx, -16(%rbp)
	.loc	0 5 101 is_stmt 0               # sysctl.c:5:101
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 5 111                         # sysctl.c:5:111
	shlq	$32, %rax
	.loc	0 5 119                         # sysctl.c:5:119
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 5 117                         # sysctl.c:5:117
	orq	%rcx, %rax
	.loc	0 5 123                         # sysctl.c:5:123
	addq	-8(%rbp), %rax
	.loc	0 5 93                          # sysctl.c:5:93
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	op_tsc, .Lfunc_end1-op_tsc
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_msr
	.type	op_msr,@function
op_msr:                                 # @op_msr
.Lfunc_begin2:
	.loc	0 6 0 is_stmt 1                 # sysctl.c:6:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp4:
	.loc	0 6 107 prologue_end            # sysctl.c:6:107
	movq	-8(%rbp), %rax
	.loc	0 6 97 is_stmt 0                # sysctl.c:6:97
	movl	%eax, %ecx
	.loc	0 6 49                          # sysctl.c:6:49
	#APP
	rdmsr
	#NO_APP
	movl	%eax, -12(%rbp)
	movl	%edx, -16(%rbp)
	.loc	0 6 119                         # sysctl.c:6:119
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 6 129                         # sysctl.c:6:129
	shlq	$32, %rax
	.loc	0 6 137                         # sysctl.c:6:137
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	.loc	0 6 135                         # sysctl.c:6:135
	orq	%rcx, %rax
	.loc	0 6 112                         # sysctl.c:6:112
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	op_msr, .Lfunc_end2-op_msr
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_in
	.type	op_in,@function
op_in:                                  # @op_in
.Lfunc_begin3:
	.loc	0 7 0 is_stmt 1                 # sysctl.c:7:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp6:
	.loc	0 7 92 prologue_end             # sysctl.c:7:92
	movq	-8(%rbp), %rdx
	.loc	0 7 48 is_stmt 0                # sysctl.c:7:48
	#APP
	inb %dx, %al
	#NO_APP
	movb	%al, -9(%rbp)
	.loc	0 7 104                         # sysctl.c:7:104
	movzbl	-9(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 7 97                          # sysctl.c:7:97
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end3:
	.size	op_in, .Lfunc_end3-op_in
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_halt
	.type	op_halt,@function
op_halt:                                # @op_halt
.Lfunc_begin4:
	.loc	0 8 0 is_stmt 1                 # sysctl.c:8:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp8:
	.loc	0 8 33 prologue_end             # sysctl.c:8:33
	#APP
	hlt
	#NO_APP
	.loc	0 8 61 is_stmt 0                # sysctl.c:8:61
	movq	-8(%rbp), %rax
	.loc	0 8 54                          # sysctl.c:8:54
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp9:
.Lfunc_end4:
	.size	op_halt, .Lfunc_end4-op_halt
	.cfi_endproc
                                        # -- End function
	.globl	run_op                          # -- Begin function run_op
	.p2align	4, 0x90
	.type	run_op,@function
run_op:                                 # @run_op
.Lfunc_begin5:
	.loc	0 16 0 is_stmt 1                # sysctl.c:16:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	movq	%rdi, -16(%rbp)
	movq	%rsi, -24(%rbp)
.Ltmp10:
	.loc	0 17 16 prologue_end            # sysctl.c:17:16
	movl	$0, -28(%rbp)
.LBB5_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB5_3 Depth 2
.Ltmp11:
	.loc	0 17 23 is_stmt 0               # sysctl.c:17:23
	movl	-28(%rbp), %eax
                                        # kill: def $rax killed $eax
	.loc	0 17 25                         # sysctl.c:17:25
	cmpq	$5, %rax
.Ltmp12:
	.loc	0 17 2                          # sysctl.c:17:2
	jae	.LBB5_11
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
.Ltmp13:
	.loc	0 18 19 is_stmt 1               # sysctl.c:18:19
	movl	-28(%rbp), %eax
	movl	%eax, %ecx
	leaq	ops(%rip), %rax
	shlq	$4, %rcx
	addq	%rcx, %rax
	.loc	0 18 26 is_stmt 0               # sysctl.c:18:26
	movq	(%rax), %rax
	.loc	0 18 15                         # sysctl.c:18:15
	movq	%rax, -40(%rbp)
	.loc	0 18 37                         # sysctl.c:18:37
	movq	-16(%rbp), %rax
	.loc	0 18 33                         # sysctl.c:18:33
	movq	%rax, -48(%rbp)
.LBB5_3:                                #   Parent Loop BB5_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	.loc	0 19 11 is_stmt 1               # sysctl.c:19:11
	movq	-40(%rbp), %rax
	.loc	0 19 10 is_stmt 0               # sysctl.c:19:10
	movsbl	(%rax), %ecx
	xorl	%eax, %eax
                                        # kill: def $al killed $al killed $eax
	cmpl	$0, %ecx
	movb	%al, -49(%rbp)                  # 1-byte Spill
	.loc	0 19 13                         # sysctl.c:19:13
	je	.LBB5_5
# %bb.4:                                #   in Loop: Header=BB5_3 Depth=2
	.loc	0 19 17                         # sysctl.c:19:17
	movq	-40(%rbp), %rax
	.loc	0 19 16                         # sysctl.c:19:16
	movsbl	(%rax), %eax
	.loc	0 19 23                         # sysctl.c:19:23
	movq	-48(%rbp), %rcx
	.loc	0 19 22                         # sysctl.c:19:22
	movsbl	(%rcx), %ecx
	.loc	0 19 19                         # sysctl.c:19:19
	cmpl	%ecx, %eax
	sete	%al
	movb	%al, -49(%rbp)                  # 1-byte Spill
.LBB5_5:                                #   in Loop: Header=BB5_3 Depth=2
	.loc	0 0 19                          # sysctl.c:0:19
	movb	-49(%rbp), %al                  # 1-byte Reload
	.loc	0 19 3                          # sysctl.c:19:3
	testb	$1, %al
	jne	.LBB5_6
	jmp	.LBB5_7
.LBB5_6:                                #   in Loop: Header=BB5_3 Depth=2
	.loc	0 20 5 is_stmt 1                # sysctl.c:20:5
	movq	-40(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -40(%rbp)
	.loc	0 20 10 is_stmt 0               # sysctl.c:20:10
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -48(%rbp)
	.loc	0 19 3 is_stmt 1                # sysctl.c:19:3
	jmp	.LBB5_3
.LBB5_7:                                #   in Loop: Header=BB5_1 Depth=1
.Ltmp14:
	.loc	0 21 8                          # sysctl.c:21:8
	movq	-40(%rbp), %rax
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	movsbl	(%rax), %eax
	.loc	0 21 14                         # sysctl.c:21:14
	movq	-48(%rbp), %rcx
	.loc	0 21 13                         # sysctl.c:21:13
	movsbl	(%rcx), %ecx
	.loc	0 21 10                         # sysctl.c:21:10
	cmpl	%ecx, %eax
.Ltmp15:
	.loc	0 21 7                          # sysctl.c:21:7
	jne	.LBB5_9
# %bb.8:
.Ltmp16:
	.loc	0 22 11 is_stmt 1               # sysctl.c:22:11
	movl	-28(%rbp), %eax
	movl	%eax, %ecx
	leaq	ops(%rip), %rax
	shlq	$4, %rcx
	addq	%rcx, %rax
	.loc	0 22 18 is_stmt 0               # sysctl.c:22:18
	movq	8(%rax), %rax
	.loc	0 22 21                         # sysctl.c:22:21
	movq	-24(%rbp), %rdi
	.loc	0 22 11                         # sysctl.c:22:11
	callq	*%rax
	.loc	0 22 4                          # sysctl.c:22:4
	movq	%rax, -8(%rbp)
	jmp	.LBB5_12
.Ltmp17:
.LBB5_9:                                #   in Loop: Header=BB5_1 Depth=1
	.loc	0 23 2 is_stmt 1                # sysctl.c:23:2
	jmp	.LBB5_10
.Ltmp18:
.LBB5_10:                               #   in Loop: Header=BB5_1 Depth=1
	.loc	0 17 58                         # sysctl.c:17:58
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	.loc	0 17 2 is_stmt 0                # sysctl.c:17:2
	jmp	.LBB5_1
.Ltmp19:
.LBB5_11:
	.loc	0 24 2 is_stmt 1                # sysctl.c:24:2
	movq	$-1, -8(%rbp)
.LBB5_12:
	.loc	0 25 1                          # sysctl.c:25:1
	movq	-8(%rbp), %rax
	addq	$64, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp20:
.Lfunc_end5:
	.size	run_op, .Lfunc_end5-run_op
	.cfi_endproc
                                        # -- End function
	.globl	by_index                        # -- Begin function by_index
	.p2align	4, 0x90
	.type	by_index,@function
by_index:                               # @by_index
.Lfunc_begin6:
	.loc	0 28 0                          # sysctl.c:28:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movl	%edi, -12(%rbp)
	movq	%rsi, -24(%rbp)
.Ltmp21:
	.loc	0 29 10 prologue_end            # sysctl.c:29:10
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	subq	$6, %rax
	.loc	0 29 2 is_stmt 0                # sysctl.c:29:2
	ja	.LBB6_8
# %bb.10:
	.loc	0 0 2                           # sysctl.c:0:2
	movq	-32(%rbp), %rax                 # 8-byte Reload
	leaq	.LJTI6_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB6_1:
.Ltmp22:
	.loc	0 30 24 is_stmt 1               # sysctl.c:30:24
	movq	-24(%rbp), %rdi
	.loc	0 30 17 is_stmt 0               # sysctl.c:30:17
	callq	op_cr0
	.loc	0 30 10                         # sysctl.c:30:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_2:
	.loc	0 31 24 is_stmt 1               # sysctl.c:31:24
	movq	-24(%rbp), %rdi
	.loc	0 31 17 is_stmt 0               # sysctl.c:31:17
	callq	op_tsc
	.loc	0 31 27                         # sysctl.c:31:27
	xorq	$1, %rax
	.loc	0 31 10                         # sysctl.c:31:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_3:
	.loc	0 32 24 is_stmt 1               # sysctl.c:32:24
	movq	-24(%rbp), %rdi
	.loc	0 32 17 is_stmt 0               # sysctl.c:32:17
	callq	op_msr
	.loc	0 32 27                         # sysctl.c:32:27
	addq	$7, %rax
	.loc	0 32 10                         # sysctl.c:32:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_4:
	.loc	0 33 23 is_stmt 1               # sysctl.c:33:23
	movq	-24(%rbp), %rdi
	.loc	0 33 17 is_stmt 0               # sysctl.c:33:17
	callq	op_in
	.loc	0 33 26                         # sysctl.c:33:26
	shlq	$3, %rax
	.loc	0 33 10                         # sysctl.c:33:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_5:
	.loc	0 34 25 is_stmt 1               # sysctl.c:34:25
	movq	-24(%rbp), %rdi
	.loc	0 34 17 is_stmt 0               # sysctl.c:34:17
	callq	op_halt
	.loc	0 34 28                         # sysctl.c:34:28
	subq	$2, %rax
	.loc	0 34 10                         # sysctl.c:34:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_6:
	.loc	0 35 19 is_stmt 1               # sysctl.c:35:19
	imulq	$3, -24(%rbp), %rax
	.loc	0 35 10 is_stmt 0               # sysctl.c:35:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_7:
	.loc	0 36 17 is_stmt 1               # sysctl.c:36:17
	movq	-24(%rbp), %rax
	.loc	0 36 19 is_stmt 0               # sysctl.c:36:19
	movl	$5, %ecx
	xorl	%edx, %edx
                                        # kill: def $rdx killed $edx
	divq	%rcx
	.loc	0 36 10                         # sysctl.c:36:10
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_8:
	.loc	0 37 11 is_stmt 1               # sysctl.c:37:11
	movq	$0, -8(%rbp)
.Ltmp23:
.LBB6_9:
	.loc	0 39 1                          # sysctl.c:39:1
	movq	-8(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp24:
.Lfunc_end6:
	.size	by_index, .Lfunc_end6-by_index
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_1-.LJTI6_0
	.long	.LBB6_2-.LJTI6_0
	.long	.LBB6_3-.LJTI6_0
	.long	.LBB6_4-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"cr0"
	.size	.L.str, 4

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"tsc"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"msr"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"in"
	.size	.L.str.3, 3

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"halt"
	.size	.L.str.4, 5

	.type	ops,@object                     # @ops
	.section	.data.rel.ro,"aw",@progbits
	.globl	ops
	.p2align	4
ops:
	.quad	.L.str
	.quad	op_cr0
	.quad	.L.str.1
	.quad	op_tsc
	.quad	.L.str.2
	.quad	op_msr
	.quad	.L.str.3
	.quad	op_in
	.quad	.L.str.4
	.quad	op_halt
	.size	ops, 80

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
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
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
	.byte	1                               # Abbrev [1] 0xc:0x1ca DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	129                             # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x5 DW_TAG_const_type
	.long	63                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x3f:0x18 DW_TAG_structure_type
	.byte	9                               # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	7                               # Abbrev [7] 0x44:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	87                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	7                               # Abbrev [7] 0x4d:0x9 DW_TAG_member
	.byte	6                               # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x57:0x5 DW_TAG_pointer_type
	.long	92                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x5c:0x5 DW_TAG_const_type
	.long	97                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x61:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x65:0x5 DW_TAG_pointer_type
	.long	106                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6a:0xb DW_TAG_subroutine_type
	.long	117                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x6f:0x5 DW_TAG_formal_parameter
	.long	117                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x75:0x8 DW_TAG_typedef
	.long	125                             # DW_AT_type
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x7d:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x81:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	9                               # Abbrev [9] 0x85:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0x89:0x26 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x98:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xa3:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xaf:0x31 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xbe:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xc9:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xd4:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xe0:0x31 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xef:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xfa:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x105:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x111:0x26 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x120:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x12b:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	119
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	461                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x137:0x1b DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x146:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x152:0x55 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x161:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	87                              # DW_AT_type
	.byte	15                              # Abbrev [15] 0x16c:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x177:0x2f DW_TAG_lexical_block
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp19-.Ltmp10                 # DW_AT_high_pc
	.byte	16                              # Abbrev [16] 0x17d:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	100
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x188:0x1d DW_TAG_lexical_block
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp18-.Ltmp13                 # DW_AT_high_pc
	.byte	16                              # Abbrev [16] 0x18e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	88
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	87                              # DW_AT_type
	.byte	16                              # Abbrev [16] 0x199:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	80
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	87                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x1a7:0x26 DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x1b6:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	465                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x1c1:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	117                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1cd:0x4 DW_TAG_base_type
	.byte	23                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x1d1:0x4 DW_TAG_base_type
	.byte	27                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	116                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"sysctl.c"                      # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=37
.Linfo_string3:
	.asciz	"ops"                           # string offset=39
.Linfo_string4:
	.asciz	"name"                          # string offset=43
.Linfo_string5:
	.asciz	"char"                          # string offset=48
.Linfo_string6:
	.asciz	"fn"                            # string offset=53
.Linfo_string7:
	.asciz	"unsigned long"                 # string offset=56
.Linfo_string8:
	.asciz	"ulong"                         # string offset=70
.Linfo_string9:
	.asciz	"op"                            # string offset=76
.Linfo_string10:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=99
.Linfo_string12:
	.asciz	"op_cr0"                        # string offset=112
.Linfo_string13:
	.asciz	"op_tsc"                        # string offset=119
.Linfo_string14:
	.asciz	"op_msr"                        # string offset=126
.Linfo_string15:
	.asciz	"op_in"                         # string offset=133
.Linfo_string16:
	.asciz	"op_halt"                       # string offset=139
.Linfo_string17:
	.asciz	"run_op"                        # string offset=147
.Linfo_string18:
	.asciz	"by_index"                      # string offset=154
.Linfo_string19:
	.asciz	"a"                             # string offset=163
.Linfo_string20:
	.asciz	"v"                             # string offset=165
.Linfo_string21:
	.asciz	"lo"                            # string offset=167
.Linfo_string22:
	.asciz	"hi"                            # string offset=170
.Linfo_string23:
	.asciz	"unsigned char"                 # string offset=173
.Linfo_string24:
	.asciz	"arg"                           # string offset=187
.Linfo_string25:
	.asciz	"i"                             # string offset=191
.Linfo_string26:
	.asciz	"b"                             # string offset=193
.Linfo_string27:
	.asciz	"int"                           # string offset=195
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	ops
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Ltmp10
	.quad	.Ltmp13
	.quad	.Lfunc_begin6
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
