	.text
	.file	"swapgs.c"
	.globl	this_cpu                        # -- Begin function this_cpu
	.p2align	4, 0x90
	.type	this_cpu,@function
this_cpu:                               # @this_cpu
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	movl %gs:8, %eax
	#NO_APP
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
.Lfunc_end0:
	.size	this_cpu, .Lfunc_end0-this_cpu
                                        # -- End function
	.globl	user_gs                         # -- Begin function user_gs
	.p2align	4, 0x90
	.type	user_gs,@function
user_gs:                                # @user_gs
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	callq	swapgs
	callq	rdgsbase
	movq	%rax, -8(%rbp)
	callq	swapgs
	movq	-8(%rbp), %rax
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end1:
	.size	user_gs, .Lfunc_end1-user_gs
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function swapgs
	.type	swapgs,@function
swapgs:                                 # @swapgs
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	swapgs
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end2:
	.size	swapgs, .Lfunc_end2-swapgs
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdgsbase
	.type	rdgsbase,@function
rdgsbase:                               # @rdgsbase
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	rdgsbase %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end3:
	.size	rdgsbase, .Lfunc_end3-rdgsbase
                                        # -- End function
	.globl	set_tls                         # -- Begin function set_tls
	.p2align	4, 0x90
	.type	set_tls,@function
set_tls:                                # @set_tls
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	callq	rdfsbase
	cmpq	-8(%rbp), %rax
	je	.LBB4_2
# %bb.1:
	movq	-8(%rbp), %rdi
	callq	wrfsbase
.LBB4_2:
	movq	-16(%rbp), %rdi
	callq	wrgsbase
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end4:
	.size	set_tls, .Lfunc_end4-set_tls
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function rdfsbase
	.type	rdfsbase,@function
rdfsbase:                               # @rdfsbase
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	rdfsbase %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end5:
	.size	rdfsbase, .Lfunc_end5-rdfsbase
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function wrfsbase
	.type	wrfsbase,@function
wrfsbase:                               # @wrfsbase
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	wrfsbase %rax
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end6:
	.size	wrfsbase, .Lfunc_end6-wrfsbase
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function wrgsbase
	.type	wrgsbase,@function
wrgsbase:                               # @wrgsbase
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	wrgsbase %rax
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end7:
	.size	wrgsbase, .Lfunc_end7-wrgsbase
                                        # -- End function
	.globl	copy_from_user                  # -- Begin function copy_from_user
	.p2align	4, 0x90
	.type	copy_from_user,@function
copy_from_user:                         # @copy_from_user
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	callq	stac
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rcx
	#APP
	rep movsb
	#NO_APP
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rcx, -24(%rbp)
	callq	clac
	movq	-24(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end8:
	.size	copy_from_user, .Lfunc_end8-copy_from_user
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function stac
	.type	stac,@function
stac:                                   # @stac
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	stac
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end9:
	.size	stac, .Lfunc_end9-stac
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function clac
	.type	clac,@function
clac:                                   # @clac
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	clac
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end10:
	.size	clac, .Lfunc_end10-clac
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
