	.text
	.file	"msr.c"
	.file	0 "." "msr.c" md5 0x3b8345c875f2b526e7cffc426e25e393
	.section	.text.efer_set_nx,"ax",@progbits
	.globl	efer_set_nx                     # -- Begin function efer_set_nx
	.p2align	4, 0x90
	.type	efer_set_nx,@function
efer_set_nx:                            # @efer_set_nx
.Lfunc_begin0:
	.loc	0 43 0                          # msr.c:43:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: rdmsr:msr <- -1073741696
	.loc	0 8 2 prologue_end              # msr.c:8:2
	movl	$-1073741696, %ecx              # imm = 0xC0000080
	#APP
	rdmsr
	#NO_APP
.Ltmp0:
	#DEBUG_VALUE: efer_set_nx:e <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_stack_value] undef, undef
	#DEBUG_VALUE: rdmsr:hi <- undef
	#DEBUG_VALUE: rdmsr:lo <- $eax
	.loc	0 45 10                         # msr.c:45:10
	testl	$2048, %eax                     # imm = 0x800
.Ltmp1:
	.loc	0 45 6 is_stmt 0                # msr.c:45:6
	jne	.LBB0_2
.Ltmp2:
# %bb.1:
	#DEBUG_VALUE: rdmsr:msr <- -1073741696
	#DEBUG_VALUE: rdmsr:lo <- $eax
	#DEBUG_VALUE: efer_set_nx:e <- [DW_OP_LLVM_arg 0, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_stack_value] 0, $eax
	#DEBUG_VALUE: rdmsr:hi <- undef
	.loc	0 46 21 is_stmt 1               # msr.c:46:21
	orl	$2048, %eax                     # imm = 0x800
.Ltmp3:
	#DEBUG_VALUE: wrmsr:v <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_constu 2048, DW_OP_or, DW_OP_stack_value] undef, undef
	#DEBUG_VALUE: wrmsr:msr <- -1073741696
	.loc	0 14 2                          # msr.c:14:2
	movl	$-1073741696, %ecx              # imm = 0xC0000080
	#APP
	wrmsr
	#NO_APP
.Ltmp4:
.LBB0_2:
	.loc	0 47 1                          # msr.c:47:1
	retq
.Ltmp5:
.Lfunc_end0:
	.size	efer_set_nx, .Lfunc_end0-efer_set_nx
	.cfi_endproc
                                        # -- End function
	.section	.text.set_gs_base,"ax",@progbits
	.globl	set_gs_base                     # -- Begin function set_gs_base
	.p2align	4, 0x90
	.type	set_gs_base,@function
set_gs_base:                            # @set_gs_base
.Lfunc_begin1:
	.loc	0 50 0                          # msr.c:50:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: set_gs_base:base <- $rdi
	#DEBUG_VALUE: wrmsr:v <- $rdi
	movq	%rdi, %rax
.Ltmp6:
	#DEBUG_VALUE: wrmsr:msr <- -1073741567
	.loc	0 14 62 prologue_end            # msr.c:14:62
	movq	%rdi, %rdx
	shrq	$32, %rdx
                                        # kill: def $eax killed $eax killed $rax
	.loc	0 14 2 is_stmt 0                # msr.c:14:2
	movl	$-1073741567, %ecx              # imm = 0xC0000101
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	wrmsr
	#NO_APP
.Ltmp7:
	.loc	0 52 1 is_stmt 1                # msr.c:52:1
	retq
.Ltmp8:
.Lfunc_end1:
	.size	set_gs_base, .Lfunc_end1-set_gs_base
	.cfi_endproc
                                        # -- End function
	.section	.text.arm_deadline,"ax",@progbits
	.globl	arm_deadline                    # -- Begin function arm_deadline
	.p2align	4, 0x90
	.type	arm_deadline,@function
arm_deadline:                           # @arm_deadline
.Lfunc_begin2:
	.loc	0 55 0                          # msr.c:55:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: arm_deadline:delta <- $rdi
	.loc	0 20 2 prologue_end             # msr.c:20:2
	#APP
	rdtsc
	#NO_APP
	movl	%edx, %ecx
.Ltmp9:
	#DEBUG_VALUE: rdtsc:lo <- $eax
	#DEBUG_VALUE: rdtsc:hi <- $edx
	.loc	0 21 17                         # msr.c:21:17
	shlq	$32, %rcx
	.loc	0 21 25 is_stmt 0               # msr.c:21:25
	movl	%eax, %eax
.Ltmp10:
	.loc	0 21 23                         # msr.c:21:23
	addq	%rdi, %rax
.Ltmp11:
	.loc	0 56 34 is_stmt 1               # msr.c:56:34
	addq	%rax, %rcx
.Ltmp12:
	#DEBUG_VALUE: wrmsr:v <- $rcx
	#DEBUG_VALUE: wrmsr:msr <- 1760
	.loc	0 14 62                         # msr.c:14:62
	movq	%rcx, %rdx
.Ltmp13:
	shrq	$32, %rdx
	.loc	0 14 2 is_stmt 0                # msr.c:14:2
	movl	%ecx, %eax
	movl	$1760, %ecx                     # imm = 0x6E0
.Ltmp14:
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	wrmsr
	#NO_APP
.Ltmp15:
	.loc	0 57 1 is_stmt 1                # msr.c:57:1
	retq
.Ltmp16:
.Lfunc_end2:
	.size	arm_deadline, .Lfunc_end2-arm_deadline
	.cfi_endproc
                                        # -- End function
	.section	.text.cycles_between,"ax",@progbits
	.globl	cycles_between                  # -- Begin function cycles_between
	.p2align	4, 0x90
	.type	cycles_between,@function
cycles_between:                         # @cycles_between
.Lfunc_begin3:
	.loc	0 60 0                          # msr.c:60:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: cycles_between:flag <- $rdi
	#DEBUG_VALUE: rdtscp:aux <- undef
	.loc	0 27 2 prologue_end             # msr.c:27:2
	#APP
	rdtscp
	#NO_APP
	movl	%edx, %r8d
.Ltmp17:
	#DEBUG_VALUE: cycles_between:t0 <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 0, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_stack_value] undef
	#DEBUG_VALUE: rdtscp:lo <- undef
	#DEBUG_VALUE: rdtscp:hi <- undef
	.p2align	4, 0x90
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: cycles_between:flag <- $rdi
	.loc	0 63 9                          # msr.c:63:9
	cmpl	$0, (%rdi)
	.loc	0 63 2 is_stmt 0                # msr.c:63:2
	je	.LBB3_1
.Ltmp18:
# %bb.2:
	#DEBUG_VALUE: cycles_between:flag <- $rdi
	#DEBUG_VALUE: cycles_between:t0 <- [DW_OP_LLVM_arg 0, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_stack_value] undef, undef
	#DEBUG_VALUE: rdtscp:hi <- $edx
	.loc	0 28 17 is_stmt 1               # msr.c:28:17
	shlq	$32, %r8
.Ltmp19:
	#DEBUG_VALUE: cycles_between:t0 <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 1, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_or, DW_OP_stack_value] undef, undef
	#DEBUG_VALUE: rdtscp:lo <- $eax
	.loc	0 28 25 is_stmt 0               # msr.c:28:25
	movl	%eax, %esi
.Ltmp20:
	#DEBUG_VALUE: cycles_between:t0 <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_convert 32 7, DW_OP_LLVM_convert 64 7, DW_OP_constu 32, DW_OP_shl, DW_OP_LLVM_arg 1, DW_OP_or, DW_OP_stack_value] undef, undef
	#DEBUG_VALUE: rdtscp:aux <- undef
	.loc	0 27 2 is_stmt 1                # msr.c:27:2
	#APP
	rdtscp
	#NO_APP
.Ltmp21:
	#DEBUG_VALUE: rdtscp:lo <- $esi
                                        # kill: def $edx killed $edx def $rdx
	#DEBUG_VALUE: rdtscp:lo <- $eax
	#DEBUG_VALUE: rdtscp:hi <- $edx
	.loc	0 28 17                         # msr.c:28:17
	shlq	$32, %rdx
.Ltmp22:
	.loc	0 28 25 is_stmt 0               # msr.c:28:25
	movl	%eax, %edi
.Ltmp23:
	#DEBUG_VALUE: cycles_between:flag <- [DW_OP_LLVM_entry_value 1] $rdi
	.loc	0 28 23                         # msr.c:28:23
	orq	%r8, %rsi
.Ltmp24:
	#DEBUG_VALUE: cycles_between:t0 <- undef
	.loc	0 28 23                         # msr.c:28:23
	subq	%rsi, %rdi
.Ltmp25:
	.loc	0 65 22 is_stmt 1               # msr.c:65:22
	addq	%rdx, %rdi
.Ltmp26:
	#DEBUG_VALUE: rdpmc:c <- 0
	.loc	0 34 2                          # msr.c:34:2
	xorl	%ecx, %ecx
	#APP
	rdpmc
	#NO_APP
.Ltmp27:
	#DEBUG_VALUE: rdpmc:lo <- undef
	#DEBUG_VALUE: rdpmc:hi <- undef
	.loc	0 65 2                          # msr.c:65:2
	movq	%rdi, %rax
	retq
.Ltmp28:
.Lfunc_end3:
	.size	cycles_between, .Lfunc_end3-cycles_between
	.cfi_endproc
                                        # -- End function
	.section	.text.delay,"ax",@progbits
	.globl	delay                           # -- Begin function delay
	.p2align	4, 0x90
	.type	delay,@function
delay:                                  # @delay
.Lfunc_begin4:
	.loc	0 69 0                          # msr.c:69:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: delay:cycles <- $rdi
	.loc	0 20 2 prologue_end             # msr.c:20:2
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
.Ltmp29:
	#DEBUG_VALUE: rdtsc:lo <- $eax
	#DEBUG_VALUE: rdtsc:hi <- $edx
	.loc	0 21 17                         # msr.c:21:17
	shlq	$32, %rdx
.Ltmp30:
	.loc	0 21 25 is_stmt 0               # msr.c:21:25
	movl	%eax, %ecx
	.loc	0 21 23                         # msr.c:21:23
	addq	%rdi, %rcx
.Ltmp31:
	.loc	0 70 20 is_stmt 1               # msr.c:70:20
	addq	%rdx, %rcx
.Ltmp32:
	#DEBUG_VALUE: delay:end <- $rcx
	.loc	0 20 2                          # msr.c:20:2
	#APP
	rdtsc
	#NO_APP
.Ltmp33:
	.p2align	4, 0x90
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: delay:cycles <- $rdi
	#DEBUG_VALUE: delay:end <- $rcx
                                        # kill: def $edx killed $edx def $rdx
	#DEBUG_VALUE: rdtsc:lo <- undef
	#DEBUG_VALUE: rdtsc:hi <- undef
	.loc	0 21 17                         # msr.c:21:17
	shlq	$32, %rdx
	.loc	0 21 25 is_stmt 0               # msr.c:21:25
	movl	%eax, %eax
	.loc	0 21 23                         # msr.c:21:23
	orq	%rdx, %rax
.Ltmp34:
	.loc	0 71 17 is_stmt 1               # msr.c:71:17
	cmpq	%rcx, %rax
	.loc	0 71 2 is_stmt 0                # msr.c:71:2
	jae	.LBB4_3
.Ltmp35:
# %bb.1:                                #   in Loop: Header=BB4_2 Depth=1
	#DEBUG_VALUE: delay:cycles <- $rdi
	#DEBUG_VALUE: delay:end <- $rcx
	.loc	0 72 3 is_stmt 1                # msr.c:72:3
	#APP
	pause
	#NO_APP
.Ltmp36:
	.loc	0 20 2                          # msr.c:20:2
	#APP
	rdtsc
	#NO_APP
.Ltmp37:
	#DEBUG_VALUE: rdtsc:hi <- $edx
	#DEBUG_VALUE: rdtsc:lo <- $eax
	.loc	0 0 2 is_stmt 0                 # msr.c:0:2
	jmp	.LBB4_2
.Ltmp38:
.LBB4_3:
	#DEBUG_VALUE: delay:cycles <- $rdi
	#DEBUG_VALUE: delay:end <- $rcx
	.loc	0 73 1 is_stmt 1                # msr.c:73:1
	retq
.Ltmp39:
.Lfunc_end4:
	.size	delay, .Lfunc_end4-delay
	.cfi_endproc
                                        # -- End function
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	14                              # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
	.long	.Ldebug_loc9-.Lloclists_table_base0
	.long	.Ldebug_loc10-.Lloclists_table_base0
	.long	.Ldebug_loc11-.Lloclists_table_base0
	.long	.Ldebug_loc12-.Lloclists_table_base0
	.long	.Ldebug_loc13-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	0                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp3-.Lfunc_begin0           #   ending offset
	.byte	25                              # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	16                              # DW_OP_constu
	.byte	32                              # 32
	.byte	36                              # DW_OP_shl
	.byte	112                             # DW_OP_breg0
	.byte	0                               # 0
	.byte	16                              # DW_OP_constu
	.byte	255                             # 4294967295
	.byte	255                             # 
	.byte	255                             # 
	.byte	255                             # 
	.byte	15                              # 
	.byte	26                              # DW_OP_and
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	33                              # DW_OP_or
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin2           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin2           #   starting offset
	.uleb128 .Ltmp13-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin3    #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin3          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp19-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp21-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # super-register DW_OP_reg4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp21-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp27-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp21-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp22-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc9:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp33-.Lfunc_begin4          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc10:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin4          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc11:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin4          #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin4      #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc12:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp37-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin4          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc13:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp37-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin4          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
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
	.byte	5                               # Abbreviation Code
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
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	49                              # DW_AT_abstract_origin
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
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
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
	.byte	19                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x279 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	3                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0x4 DW_TAG_base_type
	.byte	19                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x33:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x37:0x8 DW_TAG_typedef
	.long	63                              # DW_AT_type
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x3f:0x4 DW_TAG_base_type
	.byte	3                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x43:0x8 DW_TAG_typedef
	.long	75                              # DW_AT_type
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x4b:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	4                               # Abbrev [4] 0x4f:0x21 DW_TAG_subprogram
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	55                              # DW_AT_type
                                        # DW_AT_inline
	.byte	5                               # Abbrev [5] 0x57:0x8 DW_TAG_formal_parameter
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x5f:0x8 DW_TAG_variable
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x67:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x70:0x15 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	5                               # Abbrev [5] 0x74:0x8 DW_TAG_formal_parameter
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x7c:0x8 DW_TAG_formal_parameter
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x85:0x54 DW_TAG_subprogram
	.byte	0                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x90:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	44                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0x99:0x1d DW_TAG_inlined_subroutine
	.long	79                              # DW_AT_abstract_origin
	.byte	0                               # DW_AT_low_pc
	.long	.Ltmp0-.Lfunc_begin0            # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	44                              # DW_AT_call_line
	.byte	10                              # DW_AT_call_column
	.byte	11                              # Abbrev [11] 0xa6:0xf DW_TAG_formal_parameter
	.ascii	"\200\201\200\200\374\377\377\377\377\001" # DW_AT_const_value
	.long	87                              # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0xb6:0x22 DW_TAG_inlined_subroutine
	.long	112                             # DW_AT_abstract_origin
	.byte	1                               # DW_AT_low_pc
	.long	.Ltmp4-.Ltmp3                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	46                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	11                              # Abbrev [11] 0xc3:0xf DW_TAG_formal_parameter
	.ascii	"\200\201\200\200\374\377\377\377\377\001" # DW_AT_const_value
	.long	116                             # DW_AT_abstract_origin
	.byte	12                              # Abbrev [12] 0xd2:0x5 DW_TAG_formal_parameter
	.long	124                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xd9:0x3a DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xe4:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0xee:0x24 DW_TAG_inlined_subroutine
	.long	112                             # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp7-.Ltmp6                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	51                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	11                              # Abbrev [11] 0xfb:0xf DW_TAG_formal_parameter
	.ascii	"\201\202\200\200\374\377\377\377\377\001" # DW_AT_const_value
	.long	116                             # DW_AT_abstract_origin
	.byte	14                              # Abbrev [14] 0x10a:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	124                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x113:0x19 DW_TAG_subprogram
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	55                              # DW_AT_type
                                        # DW_AT_inline
	.byte	6                               # Abbrev [6] 0x11b:0x8 DW_TAG_variable
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x123:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x12c:0x4b DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x137:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0x141:0x1a DW_TAG_inlined_subroutine
	.long	275                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp11-.Lfunc_begin2           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	56                              # DW_AT_call_line
	.byte	26                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x14e:0x6 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.long	283                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x154:0x6 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.long	291                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x15b:0x1b DW_TAG_inlined_subroutine
	.long	112                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp15-.Ltmp12                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	56                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	11                              # Abbrev [11] 0x168:0x7 DW_TAG_formal_parameter
	.ascii	"\340\r"                        # DW_AT_const_value
	.long	116                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x16f:0x6 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.long	124                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x177:0x21 DW_TAG_subprogram
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	55                              # DW_AT_type
                                        # DW_AT_inline
	.byte	5                               # Abbrev [5] 0x17f:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	408                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x187:0x8 DW_TAG_variable
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x18f:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x198:0x5 DW_TAG_pointer_type
	.long	67                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x19d:0x21 DW_TAG_subprogram
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	55                              # DW_AT_type
                                        # DW_AT_inline
	.byte	5                               # Abbrev [5] 0x1a5:0x8 DW_TAG_formal_parameter
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x1ad:0x8 DW_TAG_variable
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x1b5:0x8 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x1be:0x69 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	59                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	55                              # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x1cd:0x9 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	59                              # DW_AT_decl_line
	.long	630                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x1d6:0x8 DW_TAG_variable
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	62                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x1de:0x8 DW_TAG_variable
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.long	67                              # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1e6:0x16 DW_TAG_inlined_subroutine
	.long	375                             # DW_AT_abstract_origin
	.byte	0                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	62                              # DW_AT_call_line
	.byte	11                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x1ef:0x6 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.long	391                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x1f5:0x6 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.long	399                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1fc:0x16 DW_TAG_inlined_subroutine
	.long	375                             # DW_AT_abstract_origin
	.byte	1                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	65                              # DW_AT_call_line
	.byte	9                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x205:0x6 DW_TAG_variable
	.byte	7                               # DW_AT_location
	.long	391                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x20b:0x6 DW_TAG_variable
	.byte	8                               # DW_AT_location
	.long	399                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x212:0x14 DW_TAG_inlined_subroutine
	.long	413                             # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp27-.Ltmp26                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	65                              # DW_AT_call_line
	.byte	29                              # DW_AT_call_column
	.byte	11                              # Abbrev [11] 0x21f:0x6 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_const_value
	.long	421                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x227:0x4f DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	68                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x232:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	68                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x23c:0x9 DW_TAG_variable
	.byte	11                              # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	70                              # DW_AT_decl_line
	.long	55                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0x245:0x1a DW_TAG_inlined_subroutine
	.long	275                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp31-.Lfunc_begin4           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	70                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x252:0x6 DW_TAG_variable
	.byte	9                               # DW_AT_location
	.long	283                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x258:0x6 DW_TAG_variable
	.byte	10                              # DW_AT_location
	.long	291                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x25f:0x16 DW_TAG_inlined_subroutine
	.long	275                             # DW_AT_abstract_origin
	.byte	2                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	71                              # DW_AT_call_line
	.byte	9                               # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x268:0x6 DW_TAG_variable
	.byte	12                              # DW_AT_location
	.long	283                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x26e:0x6 DW_TAG_variable
	.byte	13                              # DW_AT_location
	.long	291                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x276:0x5 DW_TAG_pointer_type
	.long	635                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x27b:0x5 DW_TAG_volatile_type
	.long	640                             # DW_AT_type
	.byte	2                               # Abbrev [2] 0x280:0x4 DW_TAG_base_type
	.byte	29                              # DW_AT_name
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
	.long	4                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
	.long	.Ldebug_ranges1-.Lrnglists_table_base0
	.long	.Ldebug_ranges2-.Lrnglists_table_base0
	.long	.Ldebug_ranges3-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	1                               # DW_RLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin3    #   starting offset
	.uleb128 .Ltmp17-.Lfunc_begin3          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp20-.Lfunc_begin3          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin3          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges1:
	.byte	1                               # DW_RLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin3          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp24-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp25-.Lfunc_begin3          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges2:
	.byte	1                               # DW_RLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp34-.Lfunc_begin4          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp36-.Lfunc_begin4          #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin4          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges3:
	.byte	3                               # DW_RLE_startx_length
	.byte	0                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	4                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	8                               #   start index
	.uleb128 .Lfunc_end4-.Lfunc_begin4      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	140                             # Length of String Offsets Set
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
	.asciz	"rdmsr"                         # string offset=76
.Linfo_string8:
	.asciz	"msr"                           # string offset=82
.Linfo_string9:
	.asciz	"lo"                            # string offset=86
.Linfo_string10:
	.asciz	"hi"                            # string offset=89
.Linfo_string11:
	.asciz	"wrmsr"                         # string offset=92
.Linfo_string12:
	.asciz	"v"                             # string offset=98
.Linfo_string13:
	.asciz	"rdtsc"                         # string offset=100
.Linfo_string14:
	.asciz	"rdtscp"                        # string offset=106
.Linfo_string15:
	.asciz	"aux"                           # string offset=113
.Linfo_string16:
	.asciz	"rdpmc"                         # string offset=117
.Linfo_string17:
	.asciz	"c"                             # string offset=123
.Linfo_string18:
	.asciz	"DW_ATE_unsigned_64"            # string offset=125
.Linfo_string19:
	.asciz	"DW_ATE_unsigned_32"            # string offset=144
.Linfo_string20:
	.asciz	"efer_set_nx"                   # string offset=163
.Linfo_string21:
	.asciz	"set_gs_base"                   # string offset=175
.Linfo_string22:
	.asciz	"arm_deadline"                  # string offset=187
.Linfo_string23:
	.asciz	"cycles_between"                # string offset=200
.Linfo_string24:
	.asciz	"delay"                         # string offset=215
.Linfo_string25:
	.asciz	"e"                             # string offset=221
.Linfo_string26:
	.asciz	"base"                          # string offset=223
.Linfo_string27:
	.asciz	"delta"                         # string offset=228
.Linfo_string28:
	.asciz	"flag"                          # string offset=234
.Linfo_string29:
	.asciz	"int"                           # string offset=239
.Linfo_string30:
	.asciz	"t0"                            # string offset=243
.Linfo_string31:
	.asciz	"cpu"                           # string offset=246
.Linfo_string32:
	.asciz	"cycles"                        # string offset=250
.Linfo_string33:
	.asciz	"end"                           # string offset=257
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
	.long	.Linfo_string32
	.long	.Linfo_string33
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	.Lfunc_begin0
	.quad	.Ltmp3
	.quad	.Lfunc_begin1
	.quad	.Ltmp6
	.quad	.Lfunc_begin2
	.quad	.Ltmp12
	.quad	.Lfunc_begin3
	.quad	.Ltmp26
	.quad	.Lfunc_begin4
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
