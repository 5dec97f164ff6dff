	.text
	.file	"irqflags.c"
	.file	0 "." "irqflags.c" md5 0xd8d132f45dbc30bd6004d9fe81b07a49
	.globl	safe_halt                       # -- Begin function safe_halt
	.p2align	4, 0x90
	.type	safe_halt,@function
safe_halt:                              # @safe_halt
.Lfunc_begin0:
	.loc	0 30 0                          # irqflags.c:30:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp0:
	.loc	0 31 2 prologue_end             # irqflags.c:31:2
	#APP
	sti; hlt
	#NO_APP
	.loc	0 32 1                          # irqflags.c:32:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	safe_halt, .Lfunc_end0-safe_halt
	.cfi_endproc
                                        # -- End function
	.globl	irqs_disabled                   # -- Begin function irqs_disabled
	.p2align	4, 0x90
	.type	irqs_disabled,@function
irqs_disabled:                          # @irqs_disabled
.Lfunc_begin1:
	.loc	0 35 0                          # irqflags.c:35:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp2:
	.loc	0 36 11 prologue_end            # irqflags.c:36:11
	callq	arch_local_save_flags
	.loc	0 36 35 is_stmt 0               # irqflags.c:36:35
	andq	$512, %rax                      # imm = 0x200
	.loc	0 36 9                          # irqflags.c:36:9
	cmpq	$0, %rax
	setne	%al
	xorb	$-1, %al
	andb	$1, %al
	movzbl	%al, %eax
	.loc	0 36 2                          # irqflags.c:36:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	irqs_disabled, .Lfunc_end1-irqs_disabled
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_save_flags
	.type	arch_local_save_flags,@function
arch_local_save_flags:                  # @arch_local_save_flags
.Lfunc_begin2:
	.loc	0 5 0 is_stmt 1                 # irqflags.c:5:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp4:
	.loc	0 7 2 prologue_end              # irqflags.c:7:2
	#APP
	pushfq ; popq -8(%rbp)
	#NO_APP
	.loc	0 8 9                           # irqflags.c:8:9
	movq	-8(%rbp), %rax
	.loc	0 8 2 is_stmt 0                 # irqflags.c:8:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	arch_local_save_flags, .Lfunc_end2-arch_local_save_flags
	.cfi_endproc
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	4, 0x90
	.type	bump,@function
bump:                                   # @bump
.Lfunc_begin3:
	.loc	0 40 0 is_stmt 1                # irqflags.c:40:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
.Ltmp6:
	.loc	0 41 12 prologue_end            # irqflags.c:41:12
	callq	arch_local_irq_save
	.loc	0 41 8 is_stmt 0                # irqflags.c:41:8
	movq	%rax, -16(%rbp)
.Ltmp7:
	.loc	0 42 11 is_stmt 1               # irqflags.c:42:11
	movl	$0, -20(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp8:
	.loc	0 42 18 is_stmt 0               # irqflags.c:42:18
	movl	-20(%rbp), %eax
	.loc	0 42 20                         # irqflags.c:42:20
	cmpl	-4(%rbp), %eax
.Ltmp9:
	.loc	0 42 2                          # irqflags.c:42:2
	jge	.LBB3_4
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
.Ltmp10:
	.loc	0 43 14 is_stmt 1               # irqflags.c:43:14
	movl	-20(%rbp), %eax
	.loc	0 43 11 is_stmt 0               # irqflags.c:43:11
	addl	counter(%rip), %eax
	movl	%eax, counter(%rip)
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	.loc	0 42 26 is_stmt 1               # irqflags.c:42:26
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	.loc	0 42 2 is_stmt 0                # irqflags.c:42:2
	jmp	.LBB3_1
.Ltmp11:
.LBB3_4:
	.loc	0 44 25 is_stmt 1               # irqflags.c:44:25
	movq	-16(%rbp), %rdi
	.loc	0 44 2 is_stmt 0                # irqflags.c:44:2
	callq	arch_local_irq_restore
	.loc	0 45 1 is_stmt 1                # irqflags.c:45:1
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp12:
.Lfunc_end3:
	.size	bump, .Lfunc_end3-bump
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_save
	.type	arch_local_irq_save,@function
arch_local_irq_save:                    # @arch_local_irq_save
.Lfunc_begin4:
	.loc	0 15 0                          # irqflags.c:15:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
.Ltmp13:
	.loc	0 16 16 prologue_end            # irqflags.c:16:16
	callq	arch_local_save_flags
	.loc	0 16 8 is_stmt 0                # irqflags.c:16:8
	movq	%rax, -8(%rbp)
	.loc	0 17 2 is_stmt 1                # irqflags.c:17:2
	callq	arch_local_irq_disable
	.loc	0 18 9                          # irqflags.c:18:9
	movq	-8(%rbp), %rax
	.loc	0 18 2 is_stmt 0                # irqflags.c:18:2
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp14:
.Lfunc_end4:
	.size	arch_local_irq_save, .Lfunc_end4-arch_local_irq_save
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_restore
	.type	arch_local_irq_restore,@function
arch_local_irq_restore:                 # @arch_local_irq_restore
.Lfunc_begin5:
	.loc	0 22 0 is_stmt 1                # irqflags.c:22:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp15:
	.loc	0 23 42 prologue_end            # irqflags.c:23:42
	movq	-8(%rbp), %rax
	.loc	0 23 2 is_stmt 0                # irqflags.c:23:2
	movq	%rax, -16(%rbp)
	#APP
	pushq -16(%rbp) ; popfq
	#NO_APP
	.loc	0 24 1 is_stmt 1                # irqflags.c:24:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp16:
.Lfunc_end5:
	.size	arch_local_irq_restore, .Lfunc_end5-arch_local_irq_restore
	.cfi_endproc
                                        # -- End function
	.globl	idle_loop                       # -- Begin function idle_loop
	.p2align	4, 0x90
	.type	idle_loop,@function
idle_loop:                              # @idle_loop
.Lfunc_begin6:
	.loc	0 48 0                          # irqflags.c:48:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp17:
	.loc	0 49 2 prologue_end             # irqflags.c:49:2
	jmp	.LBB6_1
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp18:
	.loc	0 50 3                          # irqflags.c:50:3
	callq	arch_local_irq_disable
.Ltmp19:
	.loc	0 51 7                          # irqflags.c:51:7
	movl	pending(%rip), %eax
	cmpl	$0, %eax
.Ltmp20:
	.loc	0 51 7 is_stmt 0                # irqflags.c:51:7
	je	.LBB6_3
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
.Ltmp21:
	.loc	0 52 4 is_stmt 1                # irqflags.c:52:4
	callq	arch_local_irq_enable
	.loc	0 53 4                          # irqflags.c:53:4
	jmp	.LBB6_1
.Ltmp22:
.LBB6_3:                                #   in Loop: Header=BB6_1 Depth=1
	.loc	0 55 3                          # irqflags.c:55:3
	callq	safe_halt
.Ltmp23:
	.loc	0 49 2                          # irqflags.c:49:2
	jmp	.LBB6_1
.Ltmp24:
.Lfunc_end6:
	.size	idle_loop, .Lfunc_end6-idle_loop
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_disable
	.type	arch_local_irq_disable,@function
arch_local_irq_disable:                 # @arch_local_irq_disable
.Lfunc_begin7:
	.loc	0 11 0                          # irqflags.c:11:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp25:
	.loc	0 11 51 prologue_end            # irqflags.c:11:51
	#APP
	cli
	#NO_APP
	.loc	0 11 87 is_stmt 0               # irqflags.c:11:87
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp26:
.Lfunc_end7:
	.size	arch_local_irq_disable, .Lfunc_end7-arch_local_irq_disable
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function arch_local_irq_enable
	.type	arch_local_irq_enable,@function
arch_local_irq_enable:                  # @arch_local_irq_enable
.Lfunc_begin8:
	.loc	0 12 0 is_stmt 1                # irqflags.c:12:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp27:
	.loc	0 12 50 prologue_end            # irqflags.c:12:50
	#APP
	sti
	#NO_APP
	.loc	0 12 86 is_stmt 0               # irqflags.c:12:86
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp28:
.Lfunc_end8:
	.size	arch_local_irq_enable, .Lfunc_end8-arch_local_irq_enable
	.cfi_endproc
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	pending,@object                 # @pending
	.globl	pending
	.p2align	2
pending:
	.long	0                               # 0x0
	.size	pending, 4

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
	.byte	6                               # Abbreviation Code
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0xff DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0x5 DW_TAG_volatile_type
	.long	51                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x37:0xb DW_TAG_variable
	.byte	5                               # DW_AT_name
	.long	51                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	5                               # Abbrev [5] 0x42:0xb DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	6                               # Abbrev [6] 0x4d:0xf DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	51                              # DW_AT_type
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0x5c:0x1b DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	254                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x6b:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x77:0x34 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x82:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	51                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x8d:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	41                              # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x98:0x12 DW_TAG_lexical_block
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp11-.Ltmp7                  # DW_AT_high_pc
	.byte	8                               # Abbrev [8] 0x9e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	108
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	51                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0xab:0x1b DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	254                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0xba:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xc6:0x17 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0xd1:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xdd:0xb DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xe8:0xb DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xf3:0xb DW_TAG_subprogram
	.byte	11                              # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin8       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	14                              # Abbrev [14] 0xfe:0x8 DW_TAG_typedef
	.long	262                             # DW_AT_type
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x106:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	88                              # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"irqflags.c"                    # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=39
.Linfo_string3:
	.asciz	"pending"                       # string offset=41
.Linfo_string4:
	.asciz	"int"                           # string offset=49
.Linfo_string5:
	.asciz	"counter"                       # string offset=53
.Linfo_string6:
	.asciz	"safe_halt"                     # string offset=61
.Linfo_string7:
	.asciz	"irqs_disabled"                 # string offset=71
.Linfo_string8:
	.asciz	"arch_local_save_flags"         # string offset=85
.Linfo_string9:
	.asciz	"unsigned long"                 # string offset=107
.Linfo_string10:
	.asciz	"ulong"                         # string offset=121
.Linfo_string11:
	.asciz	"bump"                          # string offset=127
.Linfo_string12:
	.asciz	"arch_local_irq_save"           # string offset=132
.Linfo_string13:
	.asciz	"arch_local_irq_restore"        # string offset=152
.Linfo_string14:
	.asciz	"idle_loop"                     # string offset=175
.Linfo_string15:
	.asciz	"arch_local_irq_disable"        # string offset=185
.Linfo_string16:
	.asciz	"arch_local_irq_enable"         # string offset=208
.Linfo_string17:
	.asciz	"flags"                         # string offset=230
.Linfo_string18:
	.asciz	"n"                             # string offset=236
.Linfo_string19:
	.asciz	"f"                             # string offset=238
.Linfo_string20:
	.asciz	"i"                             # string offset=240
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	pending
	.quad	counter
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Ltmp7
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
	.quad	.Lfunc_begin7
	.quad	.Lfunc_begin8
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
