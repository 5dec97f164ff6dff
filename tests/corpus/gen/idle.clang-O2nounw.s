	.text
	.file	"idle.c"
	.globl	enter_idle                      # -- Begin function enter_idle
	.p2align	4, 0x90
	.type	enter_idle,@function
enter_idle:                             # @enter_idle
# %bb.0:
	movl	%edi, %eax
	andl	$7, %eax
	leaq	idle_calls(%rip), %rcx
	addl	$1, (%rcx,%rax,4)
	cmpl	$6, %edi
	ja	.LBB0_1
# %bb.2:
	movl	%edi, %eax
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB0_3:
	#APP
	pause
	#NO_APP
	xorl	%eax, %eax
	retq
.LBB0_1:
	movl	$-1, %eax
	retq
.LBB0_4:
	#APP
	hlt
	#NO_APP
	movl	$1, %eax
	retq
.LBB0_5:
	leaq	wake_flag(%rip), %rax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	#APP
	monitor
	#NO_APP
	movl	$2, %edx
	cmpq	$0, wake_flag(%rip)
	je	.LBB0_6
# %bb.11:
	movl	%edx, %eax
	retq
.LBB0_7:
	#APP
	sti; hlt; cli
	#NO_APP
	movl	$3, %eax
	retq
.LBB0_8:
	leaq	wake_flag(%rip), %rax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	#APP
	monitor
	#NO_APP
	movl	$32, %eax
	xorl	%ecx, %ecx
	#APP
	mwait
	#NO_APP
	movl	$4, %eax
	retq
.LBB0_9:
	#APP
	sti
	nop
	cli
	#NO_APP
	movl	$5, %eax
	retq
.LBB0_10:
	#APP
	wbinvd; hlt
	#NO_APP
	movl	$6, %edx
	movl	%edx, %eax
	retq
.LBB0_6:
	movl	$16, %eax
	xorl	%ecx, %ecx
	#APP
	mwait
	#NO_APP
	movl	%edx, %eax
	retq
.Lfunc_end0:
	.size	enter_idle, .Lfunc_end0-enter_idle
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_4-.LJTI0_0
	.long	.LBB0_5-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_8-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
	.long	.LBB0_10-.LJTI0_0
                                        # -- End function
	.text
	.globl	poll_idle                       # -- Begin function poll_idle
	.p2align	4, 0x90
	.type	poll_idle,@function
poll_idle:                              # @poll_idle
# %bb.0:
	cmpq	$0, wake_flag(%rip)
	jne	.LBB1_3
	.p2align	4, 0x90
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	rep; nop
	#NO_APP
	cmpq	$0, wake_flag(%rip)
	je	.LBB1_1
.LBB1_3:
	retq
.Lfunc_end1:
	.size	poll_idle, .Lfunc_end1-poll_idle
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
