	.text
	.file	"idle.c"
	.globl	enter_idle                      # -- Begin function enter_idle
	.p2align	4, 0x90
	.type	enter_idle,@function
enter_idle:                             # @enter_idle
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	%edi, -8(%rbp)
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
                                        # kill: def $eax killed $eax killed $rax
	andl	$7, %eax
	movl	%eax, %ecx
	leaq	idle_calls(%rip), %rax
	movl	(%rax,%rcx,4), %edx
	addl	$1, %edx
	movl	%edx, (%rax,%rcx,4)
	movl	-8(%rbp), %eax
                                        # kill: def $rax killed $eax
	movq	%rax, -16(%rbp)                 # 8-byte Spill
	subq	$6, %rax
	ja	.LBB0_10
# %bb.12:
	movq	-16(%rbp), %rax                 # 8-byte Reload
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB0_1:
	#APP
	pause
	#NO_APP
	movl	$0, -4(%rbp)
	jmp	.LBB0_11
.LBB0_2:
	#APP
	hlt
	#NO_APP
	movl	$1, -4(%rbp)
	jmp	.LBB0_11
.LBB0_3:
	leaq	wake_flag(%rip), %rdi
	callq	monitor
	movq	wake_flag(%rip), %rax
	cmpq	$0, %rax
	jne	.LBB0_5
# %bb.4:
	movl	$16, %edi
	callq	mwait
.LBB0_5:
	movl	$2, -4(%rbp)
	jmp	.LBB0_11
.LBB0_6:
	#APP
	sti; hlt; cli
	#NO_APP
	movl	$3, -4(%rbp)
	jmp	.LBB0_11
.LBB0_7:
	leaq	wake_flag(%rip), %rdi
	callq	monitor
	movl	$32, %edi
	callq	mwait
	movl	$4, -4(%rbp)
	jmp	.LBB0_11
.LBB0_8:
	#APP
	sti
	nop
	cli
	#NO_APP
	movl	$5, -4(%rbp)
	jmp	.LBB0_11
.LBB0_9:
	#APP
	wbinvd; hlt
	#NO_APP
	movl	$6, -4(%rbp)
	jmp	.LBB0_11
.LBB0_10:
	movl	$-1, -4(%rbp)
.LBB0_11:
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end0:
	.size	enter_idle, .Lfunc_end0-enter_idle
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_1-.LJTI0_0
	.long	.LBB0_2-.LJTI0_0
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_6-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_8-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
                                        # -- End function
	.text
	.p2align	4, 0x90                         # -- Begin function monitor
	.type	monitor,@function
monitor:                                # @monitor
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	xorl	%edx, %edx
	movl	%edx, %ecx
	#APP
	monitor
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end1:
	.size	monitor, .Lfunc_end1-monitor
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function mwait
	.type	mwait,@function
mwait:                                  # @mwait
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	xorl	%ecx, %ecx
	#APP
	mwait
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end2:
	.size	mwait, .Lfunc_end2-mwait
                                        # -- End function
	.globl	poll_idle                       # -- Begin function poll_idle
	.p2align	4, 0x90
	.type	poll_idle,@function
poll_idle:                              # @poll_idle
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	jmp	.LBB3_1
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	movq	wake_flag(%rip), %rax
	cmpq	$0, %rax
	setne	%al
	xorb	$-1, %al
	testb	$1, %al
	jne	.LBB3_2
	jmp	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_1 Depth=1
	#APP
	rep; nop
	#NO_APP
	jmp	.LBB3_1
.LBB3_3:
	popq	%rbp
	retq
.Lfunc_end3:
	.size	poll_idle, .Lfunc_end3-poll_idle
                                        # -- End function
	.type	idle_calls,@object              # @idle_calls
	.bss
	.globl	idle_calls
	.p2align	4
idle_calls:
	.zero	32
	.size	idle_calls, 32

	.type	wake_flag,@object               # @wake_flag
	.globl	wake_flag
	.p2align	3
wake_flag:
	.quad	0                               # 0x0
	.size	wake_flag, 8

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
