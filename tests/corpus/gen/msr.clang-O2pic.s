	.text
	.file	"msr.c"
	.globl	efer_set_nx                     # -- Begin function efer_set_nx
	.p2align	4, 0x90
	.type	efer_set_nx,@function
efer_set_nx:                            # @efer_set_nx
# %bb.0:
	movl	$-1073741696, %ecx              # imm = 0xC0000080
	#APP
	rdmsr
	#NO_APP
	testl	$2048, %eax                     # imm = 0x800
	jne	.LBB0_2
# %bb.1:
	orl	$2048, %eax                     # imm = 0x800
	movl	$-1073741696, %ecx              # imm = 0xC0000080
	#APP
	wrmsr
	#NO_APP
.LBB0_2:
	retq
.Lfunc_end0:
	.size	efer_set_nx, .Lfunc_end0-efer_set_nx
                                        # -- End function
	.globl	set_gs_base                     # -- Begin function set_gs_base
	.p2align	4, 0x90
	.type	set_gs_base,@function
set_gs_base:                            # @set_gs_base
# %bb.0:
	movq	%rdi, %rax
	movq	%rdi, %rdx
	shrq	$32, %rdx
                                        # kill: def $eax killed $eax killed $rax
	movl	$-1073741567, %ecx              # imm = 0xC0000101
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	wrmsr
	#NO_APP
	retq
.Lfunc_end1:
	.size	set_gs_base, .Lfunc_end1-set_gs_base
                                        # -- End function
	.globl	arm_deadline                    # -- Begin function arm_deadline
	.p2align	4, 0x90
	.type	arm_deadline,@function
arm_deadline:                           # @arm_deadline
# %bb.0:
	#APP
	rdtsc
	#NO_APP
	movl	%edx, %ecx
	shlq	$32, %rcx
	movl	%eax, %eax
	addq	%rdi, %rax
	addq	%rax, %rcx
	movq	%rcx, %rdx
	shrq	$32, %rdx
	movl	%ecx, %eax
	movl	$1760, %ecx                     # imm = 0x6E0
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	wrmsr
	#NO_APP
	retq
.Lfunc_end2:
	.size	arm_deadline, .Lfunc_end2-arm_deadline
                                        # -- End function
	.globl	cycles_between                  # -- Begin function cycles_between
	.p2align	4, 0x90
	.type	cycles_between,@function
cycles_between:                         # @cycles_between
# %bb.0:
	#APP
	rdtscp
	#NO_APP
	movl	%edx, %r8d
	.p2align	4, 0x90
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	cmpl	$0, (%rdi)
	je	.LBB3_1
# %bb.2:
	shlq	$32, %r8
	movl	%eax, %esi
	#APP
	rdtscp
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %edi
	orq	%r8, %rsi
	subq	%rsi, %rdi
	addq	%rdx, %rdi
	xorl	%ecx, %ecx
	#APP
	rdpmc
	#NO_APP
	movq	%rdi, %rax
	retq
.Lfunc_end3:
	.size	cycles_between, .Lfunc_end3-cycles_between
                                        # -- End function
	.globl	delay                           # -- Begin function delay
	.p2align	4, 0x90
	.type	delay,@function
delay:                                  # @delay
# %bb.0:
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %ecx
	addq	%rdi, %rcx
	addq	%rdx, %rcx
	#APP
	rdtsc
	#NO_APP
	.p2align	4, 0x90
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	cmpq	%rcx, %rax
	jae	.LBB4_3
# %bb.1:                                #   in Loop: Header=BB4_2 Depth=1
	#APP
	pause
	#NO_APP
	#APP
	rdtsc
	#NO_APP
	jmp	.LBB4_2
.LBB4_3:
	retq
.Lfunc_end4:
	.size	delay, .Lfunc_end4-delay
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
