	.text
	.file	"swapgs.c"
	.globl	this_cpu                        # -- Begin function this_cpu
	.p2align	4, 0x90
	.type	this_cpu,@function
this_cpu:                               # @this_cpu
# %bb.0:
	#APP
	movl %gs:8, %eax
	#NO_APP
	retq
.Lfunc_end0:
	.size	this_cpu, .Lfunc_end0-this_cpu
                                        # -- End function
	.globl	user_gs                         # -- Begin function user_gs
	.p2align	4, 0x90
	.type	user_gs,@function
user_gs:                                # @user_gs
# %bb.0:
	#APP
	swapgs
	#NO_APP
	#APP
	rdgsbase %rax
	#NO_APP
	#APP
	swapgs
	#NO_APP
	retq
.Lfunc_end1:
	.size	user_gs, .Lfunc_end1-user_gs
                                        # -- End function
	.globl	set_tls                         # -- Begin function set_tls
	.p2align	4, 0x90
	.type	set_tls,@function
set_tls:                                # @set_tls
# %bb.0:
	#APP
	rdfsbase %rax
	#NO_APP
	cmpq	%rdi, %rax
	je	.LBB2_2
# %bb.1:
	#APP
	wrfsbase %rdi
	#NO_APP
.LBB2_2:
	#APP
	wrgsbase %rsi
	#NO_APP
	retq
.Lfunc_end2:
	.size	set_tls, .Lfunc_end2-set_tls
                                        # -- End function
	.globl	copy_from_user                  # -- Begin function copy_from_user
	.p2align	4, 0x90
	.type	copy_from_user,@function
copy_from_user:                         # @copy_from_user
# %bb.0:
	movq	%rdx, %rcx
	#APP
	stac
	#NO_APP
	#APP
	rep movsb
	#NO_APP
	movq	%rcx, %rax
	#APP
	clac
	#NO_APP
	retq
.Lfunc_end3:
	.size	copy_from_user, .Lfunc_end3-copy_from_user
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
