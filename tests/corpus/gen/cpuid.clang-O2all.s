	.text
	.file	"cpuid.c"
	.file	0 "." "cpuid.c" md5 0x480a6c20c7748674030ab910c9b01e7d
	.section	.text.detect,"ax",@progbits
	.globl	detect                          # -- Begin function detect
	.p2align	4, 0x90
	.type	detect,@function
detect:                                 # @detect
.Lfunc_begin0:
	.loc	0 26 0                          # cpuid.c:26:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: cpuid:leaf <- 0
	#DEBUG_VALUE: cpuid:sub <- 0
	#DEBUG_VALUE: cpuid:r <- undef
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
.Ltmp0:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 0 32] undef
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] undef
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 96 32] undef
	.loc	0 29 26 prologue_end            # cpuid.c:29:26
	movq	vendor@GOTPCREL(%rip), %rsi
.Ltmp1:
	.loc	0 6 2                           # cpuid.c:6:2
	xorl	%eax, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp2:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 96 32] $edx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 64 32] $ecx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] $ebx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 0 32] $eax
	.loc	0 29 26                         # cpuid.c:29:26
	movl	%ebx, (%rsi)
	.loc	0 30 26                         # cpuid.c:30:26
	movl	%edx, 4(%rsi)
	.loc	0 31 26                         # cpuid.c:31:26
	movl	%ecx, 8(%rsi)
	.loc	0 32 13                         # cpuid.c:32:13
	movb	$0, 12(%rsi)
.Ltmp3:
	.loc	0 33 10                         # cpuid.c:33:10
	cmpl	$7, %eax
.Ltmp4:
	.loc	0 33 6 is_stmt 0                # cpuid.c:33:6
	jb	.LBB0_2
.Ltmp5:
# %bb.1:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 0 32] $eax
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] $ebx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 64 32] $ecx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 96 32] $edx
	#DEBUG_VALUE: cpuid:leaf <- 7
	#DEBUG_VALUE: cpuid:sub <- 0
	#DEBUG_VALUE: cpuid:r <- undef
	.loc	0 6 2 is_stmt 1                 # cpuid.c:6:2
	movl	$7, %eax
.Ltmp6:
	xorl	%ecx, %ecx
.Ltmp7:
	#APP
	cpuid
	#NO_APP
.Ltmp8:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] $ebx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 0 32] undef
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 96 32] undef
	.loc	0 35 15                         # cpuid.c:35:15
	movq	features@GOTPCREL(%rip), %rax
	movl	%ebx, 8(%rax)
.Ltmp9:
.LBB0_2:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] $ebx
	#DEBUG_VALUE: cpuid:leaf <- 1
	#DEBUG_VALUE: cpuid:sub <- 0
	#DEBUG_VALUE: cpuid:r <- undef
	.loc	0 6 2                           # cpuid.c:6:2
	movl	$1, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp10:
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 0 32] $eax
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 64 32] $ecx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 96 32] $edx
	#DEBUG_VALUE: detect:r <- [DW_OP_LLVM_fragment 32 32] undef
	.loc	0 38 14                         # cpuid.c:38:14
	movq	features@GOTPCREL(%rip), %rsi
	movl	%ecx, (%rsi)
	.loc	0 39 14                         # cpuid.c:39:14
	movl	%edx, 4(%rsi)
	.loc	0 40 13                         # cpuid.c:40:13
	shrl	$8, %eax
.Ltmp11:
	.loc	0 40 18 is_stmt 0               # cpuid.c:40:18
	andl	$15, %eax
	.loc	0 40 2                          # cpuid.c:40:2
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Ltmp12:
.Lfunc_end0:
	.size	detect, .Lfunc_end0-detect
	.cfi_endproc
                                        # -- End function
	.section	.text.enable_avx,"ax",@progbits
	.globl	enable_avx                      # -- Begin function enable_avx
	.p2align	4, 0x90
	.type	enable_avx,@function
enable_avx:                             # @enable_avx
.Lfunc_begin1:
	.loc	0 44 0 is_stmt 1                # cpuid.c:44:0
	.cfi_startproc
# %bb.0:
	.loc	0 45 8 prologue_end             # cpuid.c:45:8
	movq	features@GOTPCREL(%rip), %rax
	movl	$-1, %esi
	.loc	0 45 20 is_stmt 0               # cpuid.c:45:20
	testb	$8, 3(%rax)
.Ltmp13:
	.loc	0 45 6                          # cpuid.c:45:6
	je	.LBB1_2
# %bb.1:
.Ltmp14:
	#DEBUG_VALUE: xgetbv:idx <- 0
	.loc	0 0 6                           # cpuid.c:0:6
	xorl	%esi, %esi
.Ltmp15:
	.loc	0 13 2 is_stmt 1                # cpuid.c:13:2
	xorl	%ecx, %ecx
	#APP
	xgetbv
	#NO_APP
.Ltmp16:
	#DEBUG_VALUE: xsetbv:v <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_constu 7, DW_OP_or, DW_OP_stack_value] 0, $eax
	#DEBUG_VALUE: xgetbv:lo <- $eax
	#DEBUG_VALUE: xgetbv:hi <- undef
	.loc	0 47 22                         # cpuid.c:47:22
	orl	$7, %eax
.Ltmp17:
	#DEBUG_VALUE: xsetbv:idx <- 0
	.loc	0 19 2                          # cpuid.c:19:2
	xorl	%ecx, %ecx
	#APP
	xsetbv
	#NO_APP
.Ltmp18:
.LBB1_2:
	.loc	0 49 1                          # cpuid.c:49:1
	movl	%esi, %eax
	retq
.Ltmp19:
.Lfunc_end1:
	.size	enable_avx, .Lfunc_end1-enable_avx
	.cfi_endproc
                                        # -- End function
	.section	.text.max_leaf,"ax",@progbits
	.globl	max_leaf                        # -- Begin function max_leaf
	.p2align	4, 0x90
	.type	max_leaf,@function
max_leaf:                               # @max_leaf
.Lfunc_begin2:
	.loc	0 52 0                          # cpuid.c:52:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: max_leaf:base <- $edi
	#DEBUG_VALUE: l <- $edi
                                        # kill: def $edi killed $edi def $rdi
	#DEBUG_VALUE: max_leaf:n <- 0
	#DEBUG_VALUE: max_leaf:n <- 0
	xorl	%esi, %esi
.Ltmp20:
	.loc	0 55 28 prologue_end            # cpuid.c:55:28
	cmpl	$-5, %edi
.Ltmp21:
	.loc	0 55 2 is_stmt 0                # cpuid.c:55:2
	ja	.LBB2_2
.Ltmp22:
# %bb.1:
	#DEBUG_VALUE: max_leaf:base <- $edi
	#DEBUG_VALUE: l <- $edi
	#DEBUG_VALUE: max_leaf:n <- 0
	#DEBUG_VALUE: cpuid:sub <- 0
	#DEBUG_VALUE: cpuid:r <- undef
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	#DEBUG_VALUE: l <- $edi
	#DEBUG_VALUE: max_leaf:n <- 0
.Ltmp23:
	#DEBUG_VALUE: cpuid:leaf <- $edi
	.loc	0 6 2 is_stmt 1                 # cpuid.c:6:2
	movl	%edi, %eax
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp24:
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 0 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 32 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 96 32] undef
	#DEBUG_VALUE: max_leaf:n <- [DW_OP_LLVM_convert 1 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] undef
	#DEBUG_VALUE: l <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $edi
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 0 32] $eax
	.loc	0 57 12                         # cpuid.c:57:12
	xorl	%esi, %esi
	testl	%eax, %eax
	setne	%sil
.Ltmp25:
	#DEBUG_VALUE: max_leaf:n <- [DW_OP_LLVM_convert 1 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $sil
	#DEBUG_VALUE: max_leaf:n <- undef
	.loc	0 55 41                         # cpuid.c:55:41
	leal	1(%rdi), %eax
.Ltmp26:
	#DEBUG_VALUE: l <- $eax
	#DEBUG_VALUE: l <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $edi
	#DEBUG_VALUE: cpuid:leaf <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $edi
	#DEBUG_VALUE: cpuid:sub <- 0
	.loc	0 6 2                           # cpuid.c:6:2
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp27:
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 0 32] $eax
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 32 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 96 32] undef
	.loc	0 57 5                          # cpuid.c:57:5
	cmpl	$1, %eax
	sbbl	$-1, %esi
.Ltmp28:
	#DEBUG_VALUE: max_leaf:n <- $esi
	.loc	0 55 41                         # cpuid.c:55:41
	leal	2(%rdi), %eax
.Ltmp29:
	#DEBUG_VALUE: l <- $eax
	#DEBUG_VALUE: cpuid:leaf <- $eax
	.loc	0 6 2                           # cpuid.c:6:2
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp30:
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 0 32] $eax
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 32 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 96 32] undef
	.loc	0 57 5                          # cpuid.c:57:5
	cmpl	$1, %eax
	sbbl	$-1, %esi
.Ltmp31:
	#DEBUG_VALUE: max_leaf:n <- $esi
	.loc	0 55 41                         # cpuid.c:55:41
	addl	$3, %edi
.Ltmp32:
	#DEBUG_VALUE: max_leaf:base <- [DW_OP_LLVM_entry_value 1] $edi
	#DEBUG_VALUE: l <- $edi
	#DEBUG_VALUE: cpuid:leaf <- $edi
	.loc	0 6 2                           # cpuid.c:6:2
	movl	%edi, %eax
.Ltmp33:
	xorl	%ecx, %ecx
	#APP
	cpuid
	#NO_APP
.Ltmp34:
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 0 32] $eax
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 32 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 64 32] undef
	#DEBUG_VALUE: max_leaf:r <- [DW_OP_LLVM_fragment 96 32] undef
	.loc	0 57 5                          # cpuid.c:57:5
	cmpl	$1, %eax
	sbbl	$-1, %esi
.Ltmp35:
	#DEBUG_VALUE: max_leaf:n <- $esi
	#DEBUG_VALUE: l <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $edi
	.loc	0 0 5 is_stmt 0                 # cpuid.c:0:5
	popq	%rbx
.Ltmp36:
	.cfi_def_cfa_offset 8
	.cfi_restore %rbx
.LBB2_2:
	#DEBUG_VALUE: max_leaf:base <- [DW_OP_LLVM_entry_value 1] $edi
	.loc	0 59 2 is_stmt 1                # cpuid.c:59:2
	movl	%esi, %eax
	retq
.Ltmp37:
.Lfunc_end2:
	.size	max_leaf, .Lfunc_end2-max_leaf
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

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	6                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin0           #   ending offset
	.byte	12                              # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	83                              # super-register DW_OP_reg3
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	82                              # super-register DW_OP_reg2
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	81                              # super-register DW_OP_reg1
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp7-.Lfunc_begin0           #   ending offset
	.byte	11                              # Loc expr size
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	83                              # super-register DW_OP_reg3
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	82                              # super-register DW_OP_reg2
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	81                              # super-register DW_OP_reg1
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp8-.Lfunc_begin0           #   ending offset
	.byte	10                              # Loc expr size
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	83                              # super-register DW_OP_reg3
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	81                              # super-register DW_OP_reg1
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          #   ending offset
	.byte	5                               # Loc expr size
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	83                              # super-register DW_OP_reg3
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp11-.Lfunc_begin0          #   ending offset
	.byte	11                              # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	82                              # super-register DW_OP_reg2
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	81                              # super-register DW_OP_reg1
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	8                               # Loc expr size
	.byte	147                             # DW_OP_piece
	.byte	8                               # 8
	.byte	82                              # super-register DW_OP_reg2
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	81                              # super-register DW_OP_reg1
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin2    #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin2          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # super-register DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin2    #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp24-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin2          #   ending offset
	.byte	10                              # Loc expr size
	.byte	117                             # DW_OP_breg5
	.byte	1                               # 1
	.byte	16                              # DW_OP_constu
	.byte	255                             # 4294967295
	.byte	255                             # 
	.byte	255                             # 
	.byte	255                             # 
	.byte	15                              # 
	.byte	26                              # DW_OP_and
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp35-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp35-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin2          #   ending offset
	.byte	10                              # Loc expr size
	.byte	117                             # DW_OP_breg5
	.byte	1                               # 1
	.byte	16                              # DW_OP_constu
	.byte	255                             # 4294967295
	.byte	255                             # 
	.byte	255                             # 
	.byte	255                             # 
	.byte	15                              # 
	.byte	26                              # DW_OP_and
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin2    #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin2          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp28-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # super-register DW_OP_reg4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin2          #   ending offset
	.byte	10                              # Loc expr size
	.byte	117                             # DW_OP_breg5
	.byte	1                               # 1
	.byte	16                              # DW_OP_constu
	.byte	255                             # 4294967295
	.byte	255                             # 
	.byte	255                             # 
	.byte	255                             # 
	.byte	15                              # 
	.byte	26                              # DW_OP_and
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp24-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp27-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp30-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp33-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp34-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
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
	.byte	1                               # Abbrev [1] 0xc:0x1dd DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	1                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	13                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x4e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	89                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	3                               # Abbrev [3] 0x59:0xc DW_TAG_array_type
	.long	101                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x5e:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x65:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x69:0x5 DW_TAG_pointer_type
	.long	101                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x6e:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x72:0x1d DW_TAG_subprogram
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	9                               # Abbrev [9] 0x76:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x7e:0x8 DW_TAG_formal_parameter
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x86:0x8 DW_TAG_formal_parameter
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	143                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x8f:0x5 DW_TAG_pointer_type
	.long	148                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x94:0x2a DW_TAG_structure_type
	.byte	17                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x99:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0xa2:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0xab:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0xb4:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	101                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xbe:0x67 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	484                             # DW_AT_type
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xcd:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	148                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xd6:0x1a DW_TAG_inlined_subroutine
	.long	114                             # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp2-.Ltmp1                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	28                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0xe3:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	118                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0xe9:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xf0:0x1a DW_TAG_inlined_subroutine
	.long	114                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp8-.Ltmp5                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0xfd:0x6 DW_TAG_formal_parameter
	.byte	7                               # DW_AT_const_value
	.long	118                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x103:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x10a:0x1a DW_TAG_inlined_subroutine
	.long	114                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp10-.Ltmp9                  # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	37                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x117:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_const_value
	.long	118                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x11d:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x125:0x21 DW_TAG_subprogram
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	110                             # DW_AT_type
                                        # DW_AT_inline
	.byte	9                               # Abbrev [9] 0x12d:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x135:0x8 DW_TAG_variable
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x13d:0x8 DW_TAG_variable
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x146:0x15 DW_TAG_subprogram
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	9                               # Abbrev [9] 0x14a:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x152:0x8 DW_TAG_formal_parameter
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	110                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x15b:0x38 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	484                             # DW_AT_type
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x16a:0x14 DW_TAG_inlined_subroutine
	.long	293                             # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp16-.Ltmp15                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	47                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x177:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	301                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x17e:0x14 DW_TAG_inlined_subroutine
	.long	326                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp18-.Ltmp17                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	47                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x18b:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	330                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x193:0x51 DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	101                             # DW_AT_type
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0x1a2:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x1ab:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x1b4:0x9 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	148                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1bd:0x26 DW_TAG_lexical_block
	.byte	10                              # DW_AT_low_pc
	.long	.Ltmp36-.Ltmp20                 # DW_AT_high_pc
	.byte	13                              # Abbrev [13] 0x1c3:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	101                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1cc:0x16 DW_TAG_inlined_subroutine
	.long	114                             # DW_AT_abstract_origin
	.byte	0                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	56                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	21                              # Abbrev [21] 0x1d5:0x6 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.long	118                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x1db:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	126                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x1e4:0x4 DW_TAG_base_type
	.byte	25                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	2                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
	.long	.Ldebug_ranges1-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	1                               # DW_RLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp22-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin2          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp27-.Lfunc_begin2          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin2          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp34-.Lfunc_begin2          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges1:
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	9                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
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
	.asciz	"cpuid"                         # string offset=111
.Linfo_string10:
	.asciz	"leaf"                          # string offset=117
.Linfo_string11:
	.asciz	"sub"                           # string offset=122
.Linfo_string12:
	.asciz	"r"                             # string offset=126
.Linfo_string13:
	.asciz	"a"                             # string offset=128
.Linfo_string14:
	.asciz	"b"                             # string offset=130
.Linfo_string15:
	.asciz	"c"                             # string offset=132
.Linfo_string16:
	.asciz	"d"                             # string offset=134
.Linfo_string17:
	.asciz	"regs"                          # string offset=136
.Linfo_string18:
	.asciz	"xgetbv"                        # string offset=141
.Linfo_string19:
	.asciz	"idx"                           # string offset=148
.Linfo_string20:
	.asciz	"lo"                            # string offset=152
.Linfo_string21:
	.asciz	"hi"                            # string offset=155
.Linfo_string22:
	.asciz	"xsetbv"                        # string offset=158
.Linfo_string23:
	.asciz	"v"                             # string offset=165
.Linfo_string24:
	.asciz	"detect"                        # string offset=167
.Linfo_string25:
	.asciz	"int"                           # string offset=174
.Linfo_string26:
	.asciz	"enable_avx"                    # string offset=178
.Linfo_string27:
	.asciz	"max_leaf"                      # string offset=189
.Linfo_string28:
	.asciz	"base"                          # string offset=198
.Linfo_string29:
	.asciz	"l"                             # string offset=203
.Linfo_string30:
	.asciz	"n"                             # string offset=205
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
	.quad	.Ltmp1
	.quad	.Ltmp5
	.quad	.Ltmp9
	.quad	.Lfunc_begin1
	.quad	.Ltmp15
	.quad	.Ltmp17
	.quad	.Lfunc_begin2
	.quad	.Ltmp20
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
