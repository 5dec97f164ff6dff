	.text
	.file	"spinlock.c"
	.file	0 "." "spinlock.c" md5 0xad609569c02bacba43c2c0eab0058508
	.globl	spin_lock_irqsave               # -- Begin function spin_lock_irqsave
	.p2align	4, 0x90
	.type	spin_lock_irqsave,@function
spin_lock_irqsave:                      # @spin_lock_irqsave
.Lfunc_begin0:
	.loc	0 33 0                          # spinlock.c:33:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.Ltmp0:
	.loc	0 34 12 prologue_end            # spinlock.c:34:12
	callq	irq_save
	.loc	0 34 8 is_stmt 0                # spinlock.c:34:8
	movq	%rax, -16(%rbp)
	.loc	0 35 12 is_stmt 1               # spinlock.c:35:12
	movq	-8(%rbp), %rdi
	.loc	0 35 2 is_stmt 0                # spinlock.c:35:2
	callq	spin_lock
	.loc	0 36 9 is_stmt 1                # spinlock.c:36:9
	movq	-16(%rbp), %rax
	.loc	0 36 2 is_stmt 0                # spinlock.c:36:2
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	spin_lock_irqsave, .Lfunc_end0-spin_lock_irqsave
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function irq_save
	.type	irq_save,@function
irq_save:                               # @irq_save
.Lfunc_begin1:
	.loc	0 6 0 is_stmt 1                 # spinlock.c:6:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp2:
	.loc	0 8 2 prologue_end              # spinlock.c:8:2
	#APP
	pushf
	pop -8(%rbp)
	cli
	#NO_APP
	.loc	0 9 9                           # spinlock.c:9:9
	movq	-8(%rbp), %rax
	.loc	0 9 2 is_stmt 0                 # spinlock.c:9:2
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	irq_save, .Lfunc_end1-irq_save
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function spin_lock
	.type	spin_lock,@function
spin_lock:                              # @spin_lock
.Lfunc_begin2:
	.loc	0 18 0 is_stmt 1                # spinlock.c:18:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_3 Depth 2
.Ltmp4:
	.loc	0 19 30 prologue_end            # spinlock.c:19:30
	movq	-8(%rbp), %rcx
	.loc	0 19 9 is_stmt 0                # spinlock.c:19:9
	movl	$1, -12(%rbp)
	movl	-12(%rbp), %eax
	xchgl	%eax, (%rcx)
	movl	%eax, -16(%rbp)
	.loc	0 19 2                          # spinlock.c:19:2
	cmpl	$0, -16(%rbp)
	je	.LBB2_6
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	.loc	0 20 3 is_stmt 1                # spinlock.c:20:3
	jmp	.LBB2_3
.LBB2_3:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	.loc	0 20 10 is_stmt 0               # spinlock.c:20:10
	movq	-8(%rbp), %rax
	.loc	0 20 13                         # spinlock.c:20:13
	movl	(%rax), %eax
	.loc	0 20 3                          # spinlock.c:20:3
	cmpl	$0, %eax
	je	.LBB2_5
# %bb.4:                                #   in Loop: Header=BB2_3 Depth=2
	.loc	0 21 4 is_stmt 1                # spinlock.c:21:4
	#APP
	pause
	#NO_APP
	.loc	0 20 3                          # spinlock.c:20:3
	jmp	.LBB2_3
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	.loc	0 19 2                          # spinlock.c:19:2
	jmp	.LBB2_1
.LBB2_6:
	.loc	0 22 1                          # spinlock.c:22:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	spin_lock, .Lfunc_end2-spin_lock
	.cfi_endproc
                                        # -- End function
	.globl	spin_unlock_irqrestore          # -- Begin function spin_unlock_irqrestore
	.p2align	4, 0x90
	.type	spin_unlock_irqrestore,@function
spin_unlock_irqrestore:                 # @spin_unlock_irqrestore
.Lfunc_begin3:
	.loc	0 40 0                          # spinlock.c:40:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp6:
	.loc	0 41 14 prologue_end            # spinlock.c:41:14
	movq	-8(%rbp), %rdi
	.loc	0 41 2 is_stmt 0                # spinlock.c:41:2
	callq	spin_unlock
	.loc	0 42 14 is_stmt 1               # spinlock.c:42:14
	movq	-16(%rbp), %rdi
	.loc	0 42 2 is_stmt 0                # spinlock.c:42:2
	callq	irq_restore
	.loc	0 43 1 is_stmt 1                # spinlock.c:43:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp7:
.Lfunc_end3:
	.size	spin_unlock_irqrestore, .Lfunc_end3-spin_unlock_irqrestore
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function spin_unlock
	.type	spin_unlock,@function
spin_unlock:                            # @spin_unlock
.Lfunc_begin4:
	.loc	0 25 0                          # spinlock.c:25:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp8:
	.loc	0 26 20 prologue_end            # spinlock.c:26:20
	movq	-8(%rbp), %rax
	.loc	0 26 2 is_stmt 0                # spinlock.c:26:2
	movl	$0, -12(%rbp)
	movl	-12(%rbp), %ecx
	movl	%ecx, (%rax)
	.loc	0 27 1 is_stmt 1                # spinlock.c:27:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp9:
.Lfunc_end4:
	.size	spin_unlock, .Lfunc_end4-spin_unlock
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function irq_restore
	.type	irq_restore,@function
irq_restore:                            # @irq_restore
.Lfunc_begin5:
	.loc	0 13 0                          # spinlock.c:13:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp10:
	.loc	0 14 41 prologue_end            # spinlock.c:14:41
	movq	-8(%rbp), %rax
	.loc	0 14 2 is_stmt 0                # spinlock.c:14:2
	movq	%rax, -16(%rbp)
	#APP
	push -16(%rbp)
	popf
	#NO_APP
	.loc	0 15 1 is_stmt 1                # spinlock.c:15:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp11:
.Lfunc_end5:
	.size	irq_restore, .Lfunc_end5-irq_restore
	.cfi_endproc
                                        # -- End function
	.globl	add_all                         # -- Begin function add_all
	.p2align	4, 0x90
	.type	add_all,@function
add_all:                                # @add_all
.Lfunc_begin6:
	.loc	0 46 0                          # spinlock.c:46:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
.Ltmp12:
	.loc	0 47 12 prologue_end            # spinlock.c:47:12
	leaq	big_lock(%rip), %rdi
	callq	spin_lock_irqsave
	.loc	0 47 8 is_stmt 0                # spinlock.c:47:8
	movq	%rax, -24(%rbp)
.Ltmp13:
	.loc	0 48 11 is_stmt 1               # spinlock.c:48:11
	movl	$0, -28(%rbp)
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp14:
	.loc	0 48 18 is_stmt 0               # spinlock.c:48:18
	movl	-28(%rbp), %eax
	.loc	0 48 20                         # spinlock.c:48:20
	cmpl	-12(%rbp), %eax
.Ltmp15:
	.loc	0 48 2                          # spinlock.c:48:2
	jge	.LBB6_4
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
.Ltmp16:
	.loc	0 49 21 is_stmt 1               # spinlock.c:49:21
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdx
	.loc	0 49 10 is_stmt 0               # spinlock.c:49:10
	movl	-28(%rbp), %eax
	.loc	0 49 12                         # spinlock.c:49:12
	andl	$15, %eax
	.loc	0 49 3                          # spinlock.c:49:3
	movslq	%eax, %rcx
	.loc	0 49 18                         # spinlock.c:49:18
	leaq	shared(%rip), %rax
	addq	(%rax,%rcx,8), %rdx
	leaq	shared(%rip), %rax
	movq	%rdx, (%rax,%rcx,8)
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	.loc	0 48 26 is_stmt 1               # spinlock.c:48:26
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	.loc	0 48 2 is_stmt 0                # spinlock.c:48:2
	jmp	.LBB6_1
.Ltmp17:
.LBB6_4:
	.loc	0 50 36 is_stmt 1               # spinlock.c:50:36
	movq	-24(%rbp), %rsi
	.loc	0 50 2 is_stmt 0                # spinlock.c:50:2
	leaq	big_lock(%rip), %rdi
	callq	spin_unlock_irqrestore
	.loc	0 51 1 is_stmt 1                # spinlock.c:51:1
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp18:
.Lfunc_end6:
	.size	add_all, .Lfunc_end6-add_all
	.cfi_endproc
                                        # -- End function
	.globl	maybe                           # -- Begin function maybe
	.p2align	4, 0x90
	.type	maybe,@function
maybe:                                  # @maybe
.Lfunc_begin7:
	.loc	0 62 0                          # spinlock.c:62:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movl	%edi, -12(%rbp)
.Ltmp19:
	.loc	0 63 25 prologue_end            # spinlock.c:63:25
	cmpl	$100, -12(%rbp)
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	.loc	0 63 23 is_stmt 0               # spinlock.c:63:23
	cltq
	.loc	0 63 6                          # spinlock.c:63:6
	cmpq	$0, %rax
.Ltmp20:
	.loc	0 63 6                          # spinlock.c:63:6
	je	.LBB7_2
# %bb.1:
.Ltmp21:
	.loc	0 64 20 is_stmt 1               # spinlock.c:64:20
	movl	-12(%rbp), %edi
	.loc	0 64 10 is_stmt 0               # spinlock.c:64:10
	callq	slow_path
	.loc	0 64 3                          # spinlock.c:64:3
	movq	%rax, -8(%rbp)
	jmp	.LBB7_3
.Ltmp22:
.LBB7_2:
	.loc	0 65 9 is_stmt 1                # spinlock.c:65:9
	movslq	-12(%rbp), %rax
	.loc	0 65 2 is_stmt 0                # spinlock.c:65:2
	movq	%rax, -8(%rbp)
.LBB7_3:
	.loc	0 66 1 is_stmt 1                # spinlock.c:66:1
	movq	-8(%rbp), %rax
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp23:
.Lfunc_end7:
	.size	maybe, .Lfunc_end7-maybe
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function slow_path
	.type	slow_path,@function
slow_path:                              # @slow_path
.Lfunc_begin8:
	.loc	0 54 0                          # spinlock.c:54:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
.Ltmp24:
	.loc	0 55 12 prologue_end            # spinlock.c:55:12
	callq	irq_save
	.loc	0 55 8 is_stmt 0                # spinlock.c:55:8
	movq	%rax, -16(%rbp)
	.loc	0 56 18 is_stmt 1               # spinlock.c:56:18
	movl	-4(%rbp), %eax
	.loc	0 56 20 is_stmt 0               # spinlock.c:56:20
	andl	$15, %eax
	.loc	0 56 11                         # spinlock.c:56:11
	movslq	%eax, %rdx
	.loc	0 56 25                         # spinlock.c:56:25
	leaq	shared(%rip), %rax
	movq	(%rax,%rdx,8), %rax
	movq	%rax, %rsi
	addq	$1, %rsi
	leaq	shared(%rip), %rcx
	movq	%rsi, (%rcx,%rdx,8)
	.loc	0 56 7                          # spinlock.c:56:7
	movq	%rax, -24(%rbp)
	.loc	0 57 14 is_stmt 1               # spinlock.c:57:14
	movq	-16(%rbp), %rdi
	.loc	0 57 2 is_stmt 0                # spinlock.c:57:2
	callq	irq_restore
	.loc	0 58 9 is_stmt 1                # spinlock.c:58:9
	movq	-24(%rbp), %rax
	.loc	0 58 2 is_stmt 0                # spinlock.c:58:2
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp25:
.Lfunc_end8:
	.size	slow_path, .Lfunc_end8-slow_path
	.cfi_endproc
                                        # -- End function
	.type	big_lock,@object                # @big_lock
	.bss
	.globl	big_lock
	.p2align	2
big_lock:
	.zero	4
	.size	big_lock, 4

	.type	shared,@object                  # @shared
	.globl	shared
	.p2align	4
shared:
	.zero	128
	.size	shared, 128

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
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
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
	.byte	6                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x1af DW_TAG_compile_unit
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
	.byte	29                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0x8 DW_TAG_typedef
	.long	54                              # DW_AT_type
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x36:0xe DW_TAG_structure_type
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x3a:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x44:0x5 DW_TAG_volatile_type
	.long	73                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x49:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x4d:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	88                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	8                               # Abbrev [8] 0x58:0xc DW_TAG_array_type
	.long	100                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5d:0x6 DW_TAG_subrange_type
	.long	104                             # DW_AT_type
	.byte	16                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x64:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x68:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	11                              # Abbrev [11] 0x6c:0x26 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	415                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x7b:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.long	427                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x86:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x92:0x1b DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	415                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xa1:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xad:0x17 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	12                              # Abbrev [12] 0xb8:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	427                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0xc4:0x22 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xcf:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	427                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xda:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xe6:0x17 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	12                              # Abbrev [12] 0xf1:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	427                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xfd:0x17 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	12                              # Abbrev [12] 0x108:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x114:0x3f DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x11f:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	432                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x12a:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	73                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x135:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x140:0x12 DW_TAG_lexical_block
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp17-.Ltmp13                 # DW_AT_high_pc
	.byte	13                              # Abbrev [13] 0x146:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	100
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
	.long	73                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x153:0x1b DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	100                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x162:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	116
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.long	73                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x16e:0x31 DW_TAG_subprogram
	.byte	11                              # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin8       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	100                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x17d:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	124
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	73                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x188:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	415                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x193:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.long	100                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x19f:0x8 DW_TAG_typedef
	.long	423                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	7                               # Abbrev [7] 0x1a7:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	18                              # Abbrev [18] 0x1ab:0x5 DW_TAG_pointer_type
	.long	46                              # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1b0:0x5 DW_TAG_pointer_type
	.long	437                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1b5:0x5 DW_TAG_const_type
	.long	100                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	112                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"spinlock.c"                    # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=39
.Linfo_string3:
	.asciz	"big_lock"                      # string offset=41
.Linfo_string4:
	.asciz	"v"                             # string offset=50
.Linfo_string5:
	.asciz	"int"                           # string offset=52
.Linfo_string6:
	.asciz	"spinlock_t"                    # string offset=56
.Linfo_string7:
	.asciz	"shared"                        # string offset=67
.Linfo_string8:
	.asciz	"long"                          # string offset=74
.Linfo_string9:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string10:
	.asciz	"spin_lock_irqsave"             # string offset=99
.Linfo_string11:
	.asciz	"unsigned long"                 # string offset=117
.Linfo_string12:
	.asciz	"ulong"                         # string offset=131
.Linfo_string13:
	.asciz	"irq_save"                      # string offset=137
.Linfo_string14:
	.asciz	"spin_lock"                     # string offset=146
.Linfo_string15:
	.asciz	"spin_unlock_irqrestore"        # string offset=156
.Linfo_string16:
	.asciz	"spin_unlock"                   # string offset=179
.Linfo_string17:
	.asciz	"irq_restore"                   # string offset=191
.Linfo_string18:
	.asciz	"add_all"                       # string offset=203
.Linfo_string19:
	.asciz	"maybe"                         # string offset=211
.Linfo_string20:
	.asciz	"slow_path"                     # string offset=217
.Linfo_string21:
	.asciz	"l"                             # string offset=227
.Linfo_string22:
	.asciz	"f"                             # string offset=229
.Linfo_string23:
	.asciz	"n"                             # string offset=231
.Linfo_string24:
	.asciz	"i"                             # string offset=233
.Linfo_string25:
	.asciz	"x"                             # string offset=235
.Linfo_string26:
	.asciz	"r"                             # string offset=237
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	big_lock
	.quad	shared
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
	.quad	.Ltmp13
	.quad	.Lfunc_begin7
	.quad	.Lfunc_begin8
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
