	.text
	.file	"sysctl.c"
	.p2align	4, 0x90                         # -- Begin function op_cr0
	.type	op_cr0,@function
op_cr0:                                 # @op_cr0
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	#APP
	mov %cr0, %rax
	#NO_APP
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	addq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end0:
	.size	op_cr0, .Lfunc_end0-op_cr0
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_tsc
	.type	op_tsc,@function
op_tsc:                                 # @op_tsc
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	#APP
	rdtsc
	#NO_APP
	movl	%eax, -12(%rbp)
	movl	%edx, -16(%rbp)
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	addq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	op_tsc, .Lfunc_end1-op_tsc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_msr
	.type	op_msr,@function
op_msr:                                 # @op_msr
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	%eax, %ecx
	#APP
	rdmsr
	#NO_APP
	movl	%eax, -12(%rbp)
	movl	%edx, -16(%rbp)
	movl	-16(%rbp), %eax
                                        # kill: def $rax killed $eax
	shlq	$32, %rax
	movl	-12(%rbp), %ecx
                                        # kill: def $rcx killed $ecx
	orq	%rcx, %rax
	popq	%rbp
	retq
.Lfunc_end2:
	.size	op_msr, .Lfunc_end2-op_msr
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_in
	.type	op_in,@function
op_in:                                  # @op_in
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdx
	#APP
	inb %dx, %al
	#NO_APP
	movb	%al, -9(%rbp)
	movzbl	-9(%rbp), %eax
                                        # kill: def $rax killed $eax
	popq	%rbp
	retq
.Lfunc_end3:
	.size	op_in, .Lfunc_end3-op_in
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_halt
	.type	op_halt,@function
op_halt:                                # @op_halt
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	#APP
	hlt
	#NO_APP
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end4:
	.size	op_halt, .Lfunc_end4-op_halt
                                        # -- End function
	.globl	run_op                          # -- Begin function run_op
	.p2align	4, 0x90
	.type	run_op,@function
run_op:                                 # @run_op
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$64, %rsp
	movq	%rdi, -16(%rbp)
	movq	%rsi, -24(%rbp)
	movl	$0, -28(%rbp)
.LBB5_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB5_3 Depth 2
	movl	-28(%rbp), %eax
                                        # kill: def $rax killed $eax
	cmpq	$5, %rax
	jae	.LBB5_11
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	movl	-28(%rbp), %eax
	movl	%eax, %ecx
	leaq	ops(%rip), %rax
	shlq	$4, %rcx
	addq	%rcx, %rax
	movq	(%rax), %rax
	movq	%rax, -40(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -48(%rbp)
.LBB5_3:                                #   Parent Loop BB5_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movq	-40(%rbp), %rax
	movsbl	(%rax), %ecx
	xorl	%eax, %eax
                                        # kill: def $al killed $al killed $eax
	cmpl	$0, %ecx
	movb	%al, -49(%rbp)                  # 1-byte Spill
	je	.LBB5_5
# %bb.4:                                #   in Loop: Header=BB5_3 Depth=2
	movq	-40(%rbp), %rax
	movsbl	(%rax), %eax
	movq	-48(%rbp), %rcx
	movsbl	(%rcx), %ecx
	cmpl	%ecx, %eax
	sete	%al
	movb	%al, -49(%rbp)                  # 1-byte Spill
.LBB5_5:                                #   in Loop: Header=BB5_3 Depth=2
	movb	-49(%rbp), %al                  # 1-byte Reload
	testb	$1, %al
	jne	.LBB5_6
	jmp	.LBB5_7
.LBB5_6:                                #   in Loop: Header=BB5_3 Depth=2
	movq	-40(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -40(%rbp)
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -48(%rbp)
	jmp	.LBB5_3
.LBB5_7:                                #   in Loop: Header=BB5_1 Depth=1
	movq	-40(%rbp), %rax
	movsbl	(%rax), %eax
	movq	-48(%rbp), %rcx
	movsbl	(%rcx), %ecx
	cmpl	%ecx, %eax
	jne	.LBB5_9
# %bb.8:
	movl	-28(%rbp), %eax
	movl	%eax, %ecx
	leaq	ops(%rip), %rax
	shlq	$4, %rcx
	addq	%rcx, %rax
	movq	8(%rax), %rax
	movq	-24(%rbp), %rdi
	callq	*%rax
	movq	%rax, -8(%rbp)
	jmp	.LBB5_12
.LBB5_9:                                #   in Loop: Header=BB5_1 Depth=1
	jmp	.LBB5_10
.LBB5_10:                               #   in Loop: Header=BB5_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	.LBB5_1
.LBB5_11:
	movq	$-1, -8(%rbp)
.LBB5_12:
	movq	-8(%rbp), %rax
	addq	$64, %rsp
	popq	%rbp
	retq
.Lfunc_end5:
	.size	run_op, .Lfunc_end5-run_op
                                        # -- End function
	.globl	by_index                        # -- Begin function by_index
	.p2align	4, 0x90
	.type	by_index,@function
by_index:                               # @by_index
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movl	%edi, -12(%rbp)
	movq	%rsi, -24(%rbp)
	movl	-12(%rbp), %eax
                                        # kill: def $rax killed $eax
	movq	%rax, -32(%rbp)                 # 8-byte Spill
	subq	$6, %rax
	ja	.LBB6_8
# %bb.10:
	movq	-32(%rbp), %rax                 # 8-byte Reload
	leaq	.LJTI6_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB6_1:
	movq	-24(%rbp), %rdi
	callq	op_cr0
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_2:
	movq	-24(%rbp), %rdi
	callq	op_tsc
	xorq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_3:
	movq	-24(%rbp), %rdi
	callq	op_msr
	addq	$7, %rax
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_4:
	movq	-24(%rbp), %rdi
	callq	op_in
	shlq	$3, %rax
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_5:
	movq	-24(%rbp), %rdi
	callq	op_halt
	subq	$2, %rax
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_6:
	imulq	$3, -24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_7:
	movq	-24(%rbp), %rax
	movl	$5, %ecx
	xorl	%edx, %edx
                                        # kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, -8(%rbp)
	jmp	.LBB6_9
.LBB6_8:
	movq	$0, -8(%rbp)
.LBB6_9:
	movq	-8(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end6:
	.size	by_index, .Lfunc_end6-by_index
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_1-.LJTI6_0
	.long	.LBB6_2-.LJTI6_0
	.long	.LBB6_3-.LJTI6_0
	.long	.LBB6_4-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"cr0"
	.size	.L.str, 4

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"tsc"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"msr"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"in"
	.size	.L.str.3, 3

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"halt"
	.size	.L.str.4, 5

	.type	ops,@object                     # @ops
	.section	.data.rel.ro,"aw",@progbits
	.globl	ops
	.p2align	4
ops:
	.quad	.L.str
	.quad	op_cr0
	.quad	.L.str.1
	.quad	op_tsc
	.quad	.L.str.2
	.quad	op_msr
	.quad	.L.str.3
	.quad	op_in
	.quad	.L.str.4
	.quad	op_halt
	.size	ops, 80

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
