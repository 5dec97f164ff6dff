	.text
	.file	"farret.c"
	.globl	reload_cs                       # -- Begin function reload_cs
	.p2align	4, 0x90
	.type	reload_cs,@function
reload_cs:                              # @reload_cs
# %bb.0:
	movl	%edi, %ecx
	#APP
	pushq %rcx
	leaq 1f(%rip), %rax
	pushq %rax
	lretq
1:
	#NO_APP
	retq
.Lfunc_end0:
	.size	reload_cs, .Lfunc_end0-reload_cs
                                        # -- End function
	.globl	reload_cs_alt                   # -- Begin function reload_cs_alt
	.p2align	4, 0x90
	.type	reload_cs_alt,@function
reload_cs_alt:                          # @reload_cs_alt
# %bb.0:
	movl	%edi, %eax
	#APP
	pushq %rax
	pushq $2f
	lretq
2:
	
	#NO_APP
	retq
.Lfunc_end1:
	.size	reload_cs_alt, .Lfunc_end1-reload_cs_alt
                                        # -- End function
	.globl	to_user                         # -- Begin function to_user
	.p2align	4, 0x90
	.type	to_user,@function
to_user:                                # @to_user
# %bb.0:
	#APP
	pushq $0x23
	pushq %rsi
	pushq $0x202
	pushq $0x2b
	pushq %rdi
	swapgs
	iretq
	#NO_APP
.Lfunc_end2:
	.size	to_user, .Lfunc_end2-to_user
                                        # -- End function
	.globl	sysret_to                       # -- Begin function sysret_to
	.p2align	4, 0x90
	.type	sysret_to,@function
sysret_to:                              # @sysret_to
# %bb.0:
	#APP
	movq %rdi, %rcx
	movq $0x202, %r11
	swapgs
	sysretq
	#NO_APP
.Lfunc_end3:
	.size	sysret_to, .Lfunc_end3-sysret_to
                                        # -- End function
	.globl	far_jump                        # -- Begin function far_jump
	.p2align	4, 0x90
	.type	far_jump,@function
far_jump:                               # @far_jump
# %bb.0:
	#APP
	ljmp *far_jump.target(%rip)
	#NO_APP
	retq
.Lfunc_end4:
	.size	far_jump, .Lfunc_end4-far_jump
                                        # -- End function
	.type	far_jump.target,@object         # @far_jump.target
	.data
far_jump.target:
	.long	0                               # 0x0
	.short	8                               # 0x8
	.size	far_jump.target, 6

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
