	.text
	.file	"debugreg.c"
	.globl	set_breakpoint                  # -- Begin function set_breakpoint
	.p2align	4, 0x90
	.type	set_breakpoint,@function
set_breakpoint:                         # @set_breakpoint
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	cmpl	$2, %edi
	je	.LBB0_5
# %bb.1:
	cmpl	$1, %edi
	je	.LBB0_4
# %bb.2:
	testl	%edi, %edi
	jne	.LBB0_6
# %bb.3:
	#APP
	mov %rsi, %db0
	#NO_APP
	jmp	.LBB0_7
.LBB0_5:
	#APP
	mov %rsi, %db2
	#NO_APP
	jmp	.LBB0_7
.LBB0_4:
	#APP
	mov %rsi, %db1
	#NO_APP
	jmp	.LBB0_7
.LBB0_6:
	#APP
	mov %rsi, %db3
	#NO_APP
.LBB0_7:
	#APP
	mov %db7, %rax
	#NO_APP
	addl	%edi, %edi
	btsq	%rdi, %rax
	#APP
	mov %rax, %db7
	#NO_APP
	retq
.Lfunc_end0:
	.size	set_breakpoint, .Lfunc_end0-set_breakpoint
                                        # -- End function
	.globl	debug_status                    # -- Begin function debug_status
	.p2align	4, 0x90
	.type	debug_status,@function
debug_status:                           # @debug_status
# %bb.0:
	#APP
	mov %db6, %rax
	#NO_APP
	xorl	%ecx, %ecx
	#APP
	mov %rcx, %db6
	#NO_APP
	retq
.Lfunc_end1:
	.size	debug_status, .Lfunc_end1-debug_status
                                        # -- End function
	.globl	save_debug                      # -- Begin function save_debug
	.p2align	4, 0x90
	.type	save_debug,@function
save_debug:                             # @save_debug
# %bb.0:
	#APP
	mov %db7, %rax
	#NO_APP
	movq	%rax, saved_dr7(%rip)
	xorl	%eax, %eax
	#APP
	mov %rax, %db7
	#NO_APP
	retq
.Lfunc_end2:
	.size	save_debug, .Lfunc_end2-save_debug
                                        # -- End function
	.globl	breakpoint                      # -- Begin function breakpoint
	.p2align	4, 0x90
	.type	breakpoint,@function
breakpoint:                             # @breakpoint
# %bb.0:
	#APP
	int3
	#NO_APP
	retq
.Lfunc_end3:
	.size	breakpoint, .Lfunc_end3-breakpoint
                                        # -- End function
	.globl	breakpoint2                     # -- Begin function breakpoint2
	.p2align	4, 0x90
	.type	breakpoint2,@function
breakpoint2:                            # @breakpoint2
# %bb.0:
	#APP
	int $3
	#NO_APP
	retq
.Lfunc_end4:
	.size	breakpoint2, .Lfunc_end4-breakpoint2
                                        # -- End function
	.globl	trap                            # -- Begin function trap
	.p2align	4, 0x90
	.type	trap,@function
trap:                                   # @trap
# %bb.0:
	testl	%edi, %edi
	je	.LBB5_2
# %bb.1:
	#APP
	int $0x80
	#NO_APP
	retq
.LBB5_2:
	#APP
	ud2
	#NO_APP
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
