	.text
	.file	"msr.c"
	.globl	efer_set_nx                     # -- Begin function efer_set_nx
	.p2align	4, 0x90
	.type	efer_set_nx,@function
efer_set_nx:                            # @efer_set_nx
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	$3221225600, %edi               # imm = 0xC0000080
	callq	rdmsr
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	andq	$2048, %rax                     # imm = 0x800
	cmpq	$0, %rax
	jne	.LBB0_2
# %bb.1:
	movq	-8(%rbp), %rsi
	orq	$2048, %rsi                     # imm = 0x800
	movl	$3221225600, %edi               # imm = 0xC0000080
	callq	wrmsr
.LBB0_2:
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end0:
	.size	efer_set_nx, .Lfunc_end0-efer_set_nx
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdmsr
	.type	rdmsr,@function
rdmsr:                                  # @rdmsr
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %ecx
	#APP
	rdmsr
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	rdmsr, .Lfunc_end1-rdmsr
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function wrmsr
	.type	wrmsr,@function
wrmsr:                                  # @wrmsr
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movl	-4(%rbp), %ecx
	movq	-16(%rbp), %rax
                                        # kill: def $eax killed $eax killed $rax
	movq	-16(%rbp), %rdx
	shrq	$32, %rdx
                                        # kill: def $edx killed $edx killed $rdx
	#APP
	wrmsr
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end2:
	.size	wrmsr, .Lfunc_end2-wrmsr
                                        # -- End function
	.globl	set_gs_base                     # -- Begin function set_gs_base
	.p2align	4, 0x90
	.type	set_gs_base,@function
set_gs_base:                            # @set_gs_base
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rsi
	movl	$3221225729, %edi               # imm = 0xC0000101
	callq	wrmsr
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end3:
	.size	set_gs_base, .Lfunc_end3-set_gs_base
                                        # -- End function
	.globl	arm_deadline                    # -- Begin function arm_deadline
	.p2align	4, 0x90
	.type	arm_deadline,@function
arm_deadline:                           # @arm_deadline
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	callq	rdtsc
	movq	%rax, %rsi
	addq	-8(%rbp), %rsi
	movl	$1760, %edi                     # imm = 0x6E0
	callq	wrmsr
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end4:
	.size	arm_deadline, .Lfunc_end4-arm_deadline
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdtsc
	.type	rdtsc,@function
rdtsc:                                  # @rdtsc
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	rdtsc
	#NO_APP
	movl	%eax, -4(%rbp)
	movl	%edx, -8(%rbp)
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-4(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end5:
	.size	rdtsc, .Lfunc_end5-rdtsc
                                        # -- End function
	.globl	cycles_between                  # -- Begin function cycles_between
	.p2align	4, 0x90
	.type	cycles_between,@function
cycles_between:                         # @cycles_between
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	leaq	-12(%rbp), %rdi
	callq	rdtscp
	movq	%rax, -24(%rbp)
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	cmpl	$0, %eax
	setne	%al
	xorb	$-1, %al
	testb	$1, %al
	jne	.LBB6_2
	jmp	.LBB6_3
.LBB6_2:                                #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_1
.LBB6_3:
	leaq	-12(%rbp), %rdi
	callq	rdtscp
	subq	-24(%rbp), %rax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	xorl	%edi, %edi
	callq	rdpmc
	movq	%rax, %rcx
	movq	-32(%rbp), %rax                 # 8-byte Reload
	imulq	$0, %rcx, %rcx
	addq	%rcx, %rax
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end6:
	.size	cycles_between, .Lfunc_end6-cycles_between
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdtscp
	.type	rdtscp,@function
rdtscp:                                 # @rdtscp
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -24(%rbp)                 # 8-byte Spill
	#APP
	rdtscp
	#NO_APP
	movl	%eax, %esi
	movq	-24(%rbp), %rax                 # 8-byte Reload
	movl	%esi, -12(%rbp)
	movl	%edx, -16(%rbp)
	movl	%ecx, (%rax)
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end7:
	.size	rdtscp, .Lfunc_end7-rdtscp
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdpmc
	.type	rdpmc,@function
rdpmc:                                  # @rdpmc
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %ecx
	#APP
	rdpmc
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-8(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end8:
	.size	rdpmc, .Lfunc_end8-rdpmc
                                        # -- End function
	.globl	delay                           # -- Begin function delay
	.p2align	4, 0x90
	.type	delay,@function
delay:                                  # @delay
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	callq	rdtsc
	addq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	callq	rdtsc
	cmpq	-16(%rbp), %rax
	jae	.LBB9_3
# %bb.2:                                #   in Loop: Header=BB9_1 Depth=1
	#APP
	pause
	#NO_APP
	jmp	.LBB9_1
.LBB9_3:
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end9:
	.size	delay, .Lfunc_end9-delay
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
