	.text
	.file	"irqflags.c"
	.section	.text.safe_halt,"ax",@progbits
	.globl	safe_halt                       # -- Begin function safe_halt
	.p2align	4, 0x90
	.type	safe_halt,@function
safe_halt:                              # @safe_halt
# %bb.0:
	#APP
	sti; hlt
	#NO_APP
	retq
.Lfunc_end0:
	.size	safe_halt, .Lfunc_end0-safe_halt
                                        # -- End function
	.section	.text.irqs_disabled,"ax",@progbits
	.globl	irqs_disabled                   # -- Begin function irqs_disabled
	.p2align	4, 0x90
	.type	irqs_disabled,@function
irqs_disabled:                          # @irqs_disabled
# %bb.0:
	#APP
	pushfq ; popq -8(%rsp)
	#NO_APP
	xorl	%eax, %eax
	testl	$512, -8(%rsp)                  # imm = 0x200
	sete	%al
	retq
.Lfunc_end1:
	.size	irqs_disabled, .Lfunc_end1-irqs_disabled
                                        # -- End function
	.section	.text.bump,"ax",@progbits
	.globl	bump                            # -- Begin function bump
	.p2align	4, 0x90
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	#APP
	pushfq ; popq -8(%rsp)
	#NO_APP
	movq	-8(%rsp), %rax
	#APP
	cli
	#NO_APP
	testl	%edi, %edi
	jle	.LBB2_2
# %bb.1:
	movl	counter(%rip), %ecx
	addl	%edi, %ecx
	leal	-1(%rdi), %edx
	addl	$-2, %edi
	imulq	%rdx, %rdi
	shrq	%rdi
	addl	%edi, %ecx
	addl	$-1, %ecx
	movl	%ecx, counter(%rip)
.LBB2_2:
	movq	%rax, -16(%rsp)
	#APP
	pushq -16(%rsp) ; popfq
	#NO_APP
	retq
.Lfunc_end2:
	.size	bump, .Lfunc_end2-bump
                                        # -- End function
	.section	.text.idle_loop,"ax",@progbits
	.globl	idle_loop                       # -- Begin function idle_loop
	.p2align	4, 0x90
	.type	idle_loop,@function
idle_loop:                              # @idle_loop
# %bb.0:
	jmp	.LBB3_1
	.p2align	4, 0x90
.LBB3_2:                                #   in Loop: Header=BB3_1 Depth=1
	#APP
	sti
	#NO_APP
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	cli
	#NO_APP
	cmpl	$0, pending(%rip)
	jne	.LBB3_2
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	#APP
	sti; hlt
	#NO_APP
	jmp	.LBB3_1
.Lfunc_end3:
	.size	idle_loop, .Lfunc_end3-idle_loop
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	pending,@object                 # @pending
	.globl	pending
	.p2align	2
pending:
	.long	0                               # 0x0
	.size	pending, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
