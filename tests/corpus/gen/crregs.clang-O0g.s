	.text
	.file	"crregs.c"
	.file	0 "." "crregs.c" md5 0xb2b184788c85f0dc2d6052495f34c7cd
	.globl	flush_tlb                       # -- Begin function flush_tlb
	.p2align	4, 0x90
	.type	flush_tlb,@function
flush_tlb:                              # @flush_tlb
.Lfunc_begin0:
	.loc	0 20 0                          # crregs.c:20:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp0:
	.loc	0 21 12 prologue_end            # crregs.c:21:12
	callq	read_cr3
	movq	%rax, %rdi
	.loc	0 21 2 is_stmt 0                # crregs.c:21:2
	callq	write_cr3
	.loc	0 22 1 is_stmt 1                # crregs.c:22:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp1:
.Lfunc_end0:
	.size	flush_tlb, .Lfunc_end0-flush_tlb
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr3
	.type	write_cr3,@function
write_cr3:                              # @write_cr3
.Lfunc_begin1:
	.loc	0 8 0                           # crregs.c:8:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp2:
	.loc	0 8 78 prologue_end             # crregs.c:8:78
	movq	-8(%rbp), %rax
	.loc	0 8 41 is_stmt 0                # crregs.c:8:41
	#APP
	mov %rax, %cr3
	#NO_APP
	.loc	0 8 94                          # crregs.c:8:94
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp3:
.Lfunc_end1:
	.size	write_cr3, .Lfunc_end1-write_cr3
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr3
	.type	read_cr3,@function
read_cr3:                               # @read_cr3
.Lfunc_begin2:
	.loc	0 7 0 is_stmt 1                 # crregs.c:7:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp4:
	.loc	0 7 47 prologue_end             # crregs.c:7:47
	#APP
	mov %cr3, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	.loc	0 7 95 is_stmt 0                # crregs.c:7:95
	movq	-8(%rbp), %rax
	.loc	0 7 88                          # crregs.c:7:88
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp5:
.Lfunc_end2:
	.size	read_cr3, .Lfunc_end2-read_cr3
	.cfi_endproc
                                        # -- End function
	.globl	flush_range                     # -- Begin function flush_range
	.p2align	4, 0x90
	.type	flush_range,@function
flush_range:                            # @flush_range
.Lfunc_begin3:
	.loc	0 25 0 is_stmt 1                # crregs.c:25:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
.Ltmp6:
	.loc	0 26 13 prologue_end            # crregs.c:26:13
	movq	$0, -24(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
.Ltmp7:
	.loc	0 26 22 is_stmt 0               # crregs.c:26:22
	movq	-24(%rbp), %rax
	.loc	0 26 26                         # crregs.c:26:26
	cmpq	-16(%rbp), %rax
.Ltmp8:
	.loc	0 26 2                          # crregs.c:26:2
	jae	.LBB3_4
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
.Ltmp9:
	.loc	0 27 10 is_stmt 1               # crregs.c:27:10
	movq	-8(%rbp), %rdi
	.loc	0 27 16 is_stmt 0               # crregs.c:27:16
	addq	-24(%rbp), %rdi
	.loc	0 27 3                          # crregs.c:27:3
	callq	invlpg
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	.loc	0 26 37 is_stmt 1               # crregs.c:26:37
	movq	-24(%rbp), %rax
	addq	$4096, %rax                     # imm = 0x1000
	movq	%rax, -24(%rbp)
	.loc	0 26 2 is_stmt 0                # crregs.c:26:2
	jmp	.LBB3_1
.Ltmp10:
.LBB3_4:
	.loc	0 28 1 is_stmt 1                # crregs.c:28:1
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp11:
.Lfunc_end3:
	.size	flush_range, .Lfunc_end3-flush_range
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function invlpg
	.type	invlpg,@function
invlpg:                                 # @invlpg
.Lfunc_begin4:
	.loc	0 13 0                          # crregs.c:13:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp12:
	.loc	0 14 37 prologue_end            # crregs.c:14:37
	movq	-8(%rbp), %rax
	.loc	0 14 2 is_stmt 0                # crregs.c:14:2
	#APP
	invlpg (%rax)
	#NO_APP
	.loc	0 15 1 is_stmt 1                # crregs.c:15:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp13:
.Lfunc_end4:
	.size	invlpg, .Lfunc_end4-invlpg
	.cfi_endproc
                                        # -- End function
	.globl	flush_global                    # -- Begin function flush_global
	.p2align	4, 0x90
	.type	flush_global,@function
flush_global:                           # @flush_global
.Lfunc_begin5:
	.loc	0 31 0                          # crregs.c:31:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
.Ltmp14:
	.loc	0 32 14 prologue_end            # crregs.c:32:14
	callq	read_cr4
	.loc	0 32 8 is_stmt 0                # crregs.c:32:8
	movq	%rax, -8(%rbp)
	.loc	0 33 12 is_stmt 1               # crregs.c:33:12
	movq	-8(%rbp), %rdi
	.loc	0 33 16 is_stmt 0               # crregs.c:33:16
	andq	$-129, %rdi
	.loc	0 33 2                          # crregs.c:33:2
	callq	write_cr4
	.loc	0 34 12 is_stmt 1               # crregs.c:34:12
	movq	-8(%rbp), %rdi
	.loc	0 34 2 is_stmt 0                # crregs.c:34:2
	callq	write_cr4
	.loc	0 35 1 is_stmt 1                # crregs.c:35:1
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp15:
.Lfunc_end5:
	.size	flush_global, .Lfunc_end5-flush_global
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr4
	.type	read_cr4,@function
read_cr4:                               # @read_cr4
.Lfunc_begin6:
	.loc	0 9 0                           # crregs.c:9:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp16:
	.loc	0 9 47 prologue_end             # crregs.c:9:47
	#APP
	movq %cr4, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	.loc	0 9 96 is_stmt 0                # crregs.c:9:96
	movq	-8(%rbp), %rax
	.loc	0 9 89                          # crregs.c:9:89
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp17:
.Lfunc_end6:
	.size	read_cr4, .Lfunc_end6-read_cr4
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr4
	.type	write_cr4,@function
write_cr4:                              # @write_cr4
.Lfunc_begin7:
	.loc	0 10 0 is_stmt 1                # crregs.c:10:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp18:
	.loc	0 10 79 prologue_end            # crregs.c:10:79
	movq	-8(%rbp), %rax
	.loc	0 10 41 is_stmt 0               # crregs.c:10:41
	#APP
	movq %rax, %cr4
	#NO_APP
	.loc	0 10 95                         # crregs.c:10:95
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp19:
.Lfunc_end7:
	.size	write_cr4, .Lfunc_end7-write_cr4
	.cfi_endproc
                                        # -- End function
	.globl	cache_disable                   # -- Begin function cache_disable
	.p2align	4, 0x90
	.type	cache_disable,@function
cache_disable:                          # @cache_disable
.Lfunc_begin8:
	.loc	0 38 0 is_stmt 1                # crregs.c:38:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp20:
	.loc	0 39 12 prologue_end            # crregs.c:39:12
	callq	read_cr0
	movq	%rax, %rdi
	.loc	0 39 23 is_stmt 0               # crregs.c:39:23
	orq	$1073741824, %rdi               # imm = 0x40000000
	.loc	0 39 2                          # crregs.c:39:2
	callq	write_cr0
	.loc	0 40 2 is_stmt 1                # crregs.c:40:2
	#APP
	wbinvd
	#NO_APP
	.loc	0 41 1                          # crregs.c:41:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp21:
.Lfunc_end8:
	.size	cache_disable, .Lfunc_end8-cache_disable
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr0
	.type	write_cr0,@function
write_cr0:                              # @write_cr0
.Lfunc_begin9:
	.loc	0 5 0                           # crregs.c:5:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
.Ltmp22:
	.loc	0 5 78 prologue_end             # crregs.c:5:78
	movq	-8(%rbp), %rax
	.loc	0 5 41 is_stmt 0                # crregs.c:5:41
	#APP
	mov %rax, %cr0
	#NO_APP
	.loc	0 5 94                          # crregs.c:5:94
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp23:
.Lfunc_end9:
	.size	write_cr0, .Lfunc_end9-write_cr0
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr0
	.type	read_cr0,@function
read_cr0:                               # @read_cr0
.Lfunc_begin10:
	.loc	0 4 0 is_stmt 1                 # crregs.c:4:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp24:
	.loc	0 4 47 prologue_end             # crregs.c:4:47
	#APP
	mov %cr0, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	.loc	0 4 95 is_stmt 0                # crregs.c:4:95
	movq	-8(%rbp), %rax
	.loc	0 4 88                          # crregs.c:4:88
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp25:
.Lfunc_end10:
	.size	read_cr0, .Lfunc_end10-read_cr0
	.cfi_endproc
                                        # -- End function
	.globl	fpu_enable                      # -- Begin function fpu_enable
	.p2align	4, 0x90
	.type	fpu_enable,@function
fpu_enable:                             # @fpu_enable
.Lfunc_begin11:
	.loc	0 44 0 is_stmt 1                # crregs.c:44:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp26:
	.loc	0 45 2 prologue_end             # crregs.c:45:2
	#APP
	clts
	#NO_APP
	.loc	0 46 12                         # crregs.c:46:12
	callq	read_cr0
	movq	%rax, %rdi
	.loc	0 46 23 is_stmt 0               # crregs.c:46:23
	andq	$-13, %rdi
	.loc	0 46 2                          # crregs.c:46:2
	callq	write_cr0
	.loc	0 47 1 is_stmt 1                # crregs.c:47:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp27:
.Lfunc_end11:
	.size	fpu_enable, .Lfunc_end11-fpu_enable
	.cfi_endproc
                                        # -- End function
	.globl	page_fault                      # -- Begin function page_fault
	.p2align	4, 0x90
	.type	page_fault,@function
page_fault:                             # @page_fault
.Lfunc_begin12:
	.loc	0 50 0                          # crregs.c:50:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp28:
	.loc	0 51 15 prologue_end            # crregs.c:51:15
	callq	read_cr2
	.loc	0 51 13 is_stmt 0               # crregs.c:51:13
	movq	%rax, fault_addr(%rip)
	.loc	0 52 1 is_stmt 1                # crregs.c:52:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp29:
.Lfunc_end12:
	.size	page_fault, .Lfunc_end12-page_fault
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr2
	.type	read_cr2,@function
read_cr2:                               # @read_cr2
.Lfunc_begin13:
	.loc	0 6 0                           # crregs.c:6:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp30:
	.loc	0 6 47 prologue_end             # crregs.c:6:47
	#APP
	mov %cr2, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	.loc	0 6 95 is_stmt 0                # crregs.c:6:95
	movq	-8(%rbp), %rax
	.loc	0 6 88                          # crregs.c:6:88
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp31:
.Lfunc_end13:
	.size	read_cr2, .Lfunc_end13-read_cr2
	.cfi_endproc
                                        # -- End function
	.globl	touch                           # -- Begin function touch
	.p2align	4, 0x90
	.type	touch,@function
touch:                                  # @touch
.Lfunc_begin14:
	.loc	0 57 0 is_stmt 1                # crregs.c:57:0
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
.Ltmp32:
	.loc	0 58 2 prologue_end             # crregs.c:58:2
	leaq	page(%rip), %rdi
	callq	invlpg
	.loc	0 59 2                          # crregs.c:59:2
	#APP
	invlpg page+64(%rip)
	#NO_APP
	.loc	0 60 1                          # crregs.c:60:1
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Ltmp33:
.Lfunc_end14:
	.size	touch, .Lfunc_end14-touch
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x1ab DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end14-.Lfunc_begin0      # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
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
	.byte	5                               # Abbrev [5] 0x3a:0xd DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	71                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.ascii	"\200 "                         # DW_AT_alignment
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	6                               # Abbrev [6] 0x47:0xd DW_TAG_array_type
	.long	84                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x4c:0x7 DW_TAG_subrange_type
	.long	88                              # DW_AT_type
	.short	4096                            # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x54:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x58:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	9                               # Abbrev [9] 0x5c:0xb DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x67:0x17 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x72:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x7e:0x1b DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	46                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x8d:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x99:0x34 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	11                              # Abbrev [11] 0xa4:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	422                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xaf:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	112
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	15                              # Abbrev [15] 0xba:0x12 DW_TAG_lexical_block
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp10-.Ltmp6                  # DW_AT_high_pc
	.byte	13                              # Abbrev [13] 0xc0:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	104
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0xcd:0x17 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0xd8:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	432                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xe4:0x17 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xef:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xfb:0x1b DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	46                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x10a:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x116:0x17 DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x121:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x12d:0xb DW_TAG_subprogram
	.byte	11                              # DW_AT_low_pc
	.long	.Lfunc_end8-.Lfunc_begin8       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x138:0x17 DW_TAG_subprogram
	.byte	12                              # DW_AT_low_pc
	.long	.Lfunc_end9-.Lfunc_begin9       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x143:0xb DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x14f:0x1b DW_TAG_subprogram
	.byte	13                              # DW_AT_low_pc
	.long	.Lfunc_end10-.Lfunc_begin10     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	46                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x15e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x16a:0xb DW_TAG_subprogram
	.byte	14                              # DW_AT_low_pc
	.long	.Lfunc_end11-.Lfunc_begin11     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x175:0xb DW_TAG_subprogram
	.byte	15                              # DW_AT_low_pc
	.long	.Lfunc_end12-.Lfunc_begin12     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x180:0x1b DW_TAG_subprogram
	.byte	16                              # DW_AT_low_pc
	.long	.Lfunc_end13-.Lfunc_begin13     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	46                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0x18f:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	46                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x19b:0xb DW_TAG_subprogram
	.byte	17                              # DW_AT_low_pc
	.long	.Lfunc_end14-.Lfunc_begin14     # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	86
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0x1a6:0x5 DW_TAG_pointer_type
	.long	427                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x1ab:0x5 DW_TAG_const_type
	.long	84                              # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1b0:0x5 DW_TAG_pointer_type
	.long	437                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1b5:0x1 DW_TAG_const_type
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
	.asciz	"flush_tlb"                     # string offset=100
.Linfo_string10:
	.asciz	"write_cr3"                     # string offset=110
.Linfo_string11:
	.asciz	"read_cr3"                      # string offset=120
.Linfo_string12:
	.asciz	"flush_range"                   # string offset=129
.Linfo_string13:
	.asciz	"invlpg"                        # string offset=141
.Linfo_string14:
	.asciz	"flush_global"                  # string offset=148
.Linfo_string15:
	.asciz	"read_cr4"                      # string offset=161
.Linfo_string16:
	.asciz	"write_cr4"                     # string offset=170
.Linfo_string17:
	.asciz	"cache_disable"                 # string offset=180
.Linfo_string18:
	.asciz	"write_cr0"                     # string offset=194
.Linfo_string19:
	.asciz	"read_cr0"                      # string offset=204
.Linfo_string20:
	.asciz	"fpu_enable"                    # string offset=213
.Linfo_string21:
	.asciz	"page_fault"                    # string offset=224
.Linfo_string22:
	.asciz	"read_cr2"                      # string offset=235
.Linfo_string23:
	.asciz	"touch"                         # string offset=244
.Linfo_string24:
	.asciz	"v"                             # string offset=250
.Linfo_string25:
	.asciz	"start"                         # string offset=252
.Linfo_string26:
	.asciz	"len"                           # string offset=258
.Linfo_string27:
	.asciz	"off"                           # string offset=262
.Linfo_string28:
	.asciz	"p"                             # string offset=266
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
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Ltmp6
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Lfunc_begin6
	.quad	.Lfunc_begin7
	.quad	.Lfunc_begin8
	.quad	.Lfunc_begin9
	.quad	.Lfunc_begin10
	.quad	.Lfunc_begin11
	.quad	.Lfunc_begin12
	.quad	.Lfunc_begin13
	.quad	.Lfunc_begin14
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
