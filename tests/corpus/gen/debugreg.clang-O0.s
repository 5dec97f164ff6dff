	.text
	.file	"debugreg.c"
	.globl	set_breakpoint                  # -- Begin function set_breakpoint
	.p2align	4, 0x90
	.type	set_breakpoint,@function
set_breakpoint:                         # @set_breakpoint
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -44(%rbp)                 # 4-byte Spill
	testl	%eax, %eax
	je	.LBB0_1
	jmp	.LBB0_6
.LBB0_6:
	movl	-44(%rbp), %eax                 # 4-byte Reload
	subl	$1, %eax
	je	.LBB0_2
	jmp	.LBB0_7
.LBB0_7:
	movl	-44(%rbp), %eax                 # 4-byte Reload
	subl	$2, %eax
	je	.LBB0_3
	jmp	.LBB0_4
.LBB0_1:
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db0
	#NO_APP
	jmp	.LBB0_5
.LBB0_2:
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db1
	#NO_APP
	jmp	.LBB0_5
.LBB0_3:
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db2
	#NO_APP
	jmp	.LBB0_5
.LBB0_4:
	movq	-16(%rbp), %rax
	#APP
	mov %rax, %db3
	#NO_APP
.LBB0_5:
	#APP
	mov %db7, %rax
	#NO_APP
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -24(%rbp)
	movl	-4(%rbp), %eax
	shll	$1, %eax
	movl	%eax, %eax
	movl	%eax, %ecx
	movl	$1, %eax
                                        # kill: def $cl killed $rcx
	shlq	%cl, %rax
	orq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-24(%rbp), %rax
	#APP
	mov %rax, %db7
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end0:
	.size	set_breakpoint, .Lfunc_end0-set_breakpoint
                                        # -- End function
	.globl	debug_status                    # -- Begin function debug_status
	.p2align	4, 0x90
	.type	debug_status,@function
debug_status:                           # @debug_status
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	mov %db6, %rax
	#NO_APP
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
                                        # kill: def $rax killed $eax
	#APP
	mov %rax, %db6
	#NO_APP
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	debug_status, .Lfunc_end1-debug_status
                                        # -- End function
	.globl	save_debug                      # -- Begin function save_debug
	.p2align	4, 0x90
	.type	save_debug,@function
save_debug:                             # @save_debug
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	mov %db7, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, saved_dr7(%rip)
	xorl	%eax, %eax
                                        # kill: def $rax killed $eax
	#APP
	mov %rax, %db7
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end2:
	.size	save_debug, .Lfunc_end2-save_debug
                                        # -- End function
	.globl	breakpoint                      # -- Begin function breakpoint
	.p2align	4, 0x90
	.type	breakpoint,@function
breakpoint:                             # @breakpoint
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	int3
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end3:
	.size	breakpoint, .Lfunc_end3-breakpoint
                                        # -- End function
	.globl	breakpoint2                     # -- Begin function breakpoint2
	.p2align	4, 0x90
	.type	breakpoint2,@function
breakpoint2:                            # @breakpoint2
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	int $3
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end4:
	.size	breakpoint2, .Lfunc_end4-breakpoint2
                                        # -- End function
	.globl	trap                            # -- Begin function trap
	.p2align	4, 0x90
	.type	trap,@function
trap:                                   # @trap
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	je	.LBB5_2
# %bb.1:
	#APP
	int $0x80
	#NO_APP
	jmp	.LBB5_3
.LBB5_2:
	#APP
	ud2
	#NO_APP
.LBB5_3:
	popq	%rbp
	retq
.Lfunc_end5:
	.size	trap, .Lfunc_end5-trap
                                        # -- End function
	.type	saved_dr7,@object               # @saved_dr7
	.bss
	.globl	saved_dr7
	.p2align	3
saved_dr7:
	.quad	0                               # 0x0
	.size	saved_dr7, 8

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
