	.text
	.file	"sysctl.c"
	.p2align	4, 0x90                         # -- Begin function op_cr0
	.type	op_cr0,@function
op_cr0:                                 # @op_cr0
# %bb.0:
	#APP
	mov %cr0, %rax
	#NO_APP
	addq	%rdi, %rax
	retq
.Lfunc_end0:
	.size	op_cr0, .Lfunc_end0-op_cr0
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_tsc
	.type	op_tsc,@function
op_tsc:                                 # @op_tsc
# %bb.0:
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	addq	%rdi, %rax
	addq	%rdx, %rax
	retq
.Lfunc_end1:
	.size	op_tsc, .Lfunc_end1-op_tsc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_msr
	.type	op_msr,@function
op_msr:                                 # @op_msr
# %bb.0:
	movq	%rdi, %rcx
                                        # kill: def $ecx killed $ecx killed $rcx
	#APP
	rdmsr
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	retq
.Lfunc_end2:
	.size	op_msr, .Lfunc_end2-op_msr
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_in
	.type	op_in,@function
op_in:                                  # @op_in
# %bb.0:
	movq	%rdi, %rdx
	#APP
	inb %dx, %al
	#NO_APP
	movzbl	%al, %eax
	retq
.Lfunc_end3:
	.size	op_in, .Lfunc_end3-op_in
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_halt
	.type	op_halt,@function
op_halt:                                # @op_halt
# %bb.0:
	movq	%rdi, %rax
	#APP
	hlt
	#NO_APP
	retq
.Lfunc_end4:
	.size	op_halt, .Lfunc_end4-op_halt
                                        # -- End function
	.globl	run_op                          # -- Begin function run_op
	.p2align	4, 0x90
	.type	run_op,@function
run_op:                                 # @run_op
# %bb.0:
	leaq	3(%rdi), %r8
	movb	$99, %al
	cmpb	$99, (%rdi)
	movq	%rdi, %rcx
	jne	.LBB5_4
# %bb.1:
	cmpb	$114, 1(%rdi)
	jne	.LBB5_2
# %bb.3:
	leaq	2(%rdi), %rcx
	xorl	%edx, %edx
	cmpb	$48, 2(%rdi)
	cmoveq	%r8, %rcx
	movl	$48, %eax
	cmovel	%edx, %eax
.LBB5_4:
	cmpb	(%rcx), %al
	jne	.LBB5_7
.LBB5_5:
	xorl	%ecx, %ecx
	jmp	.LBB5_6
.LBB5_2:
	leaq	1(%rdi), %rcx
	movb	$114, %al
	cmpb	(%rcx), %al
	je	.LBB5_5
.LBB5_7:
	movb	$116, %al
	cmpb	$116, (%rdi)
	movq	%rdi, %rdx
	jne	.LBB5_11
# %bb.8:
	cmpb	$115, 1(%rdi)
	jne	.LBB5_9
# %bb.10:
	leaq	2(%rdi), %rdx
	xorl	%ecx, %ecx
	cmpb	$99, 2(%rdi)
	cmoveq	%r8, %rdx
	movl	$99, %eax
	cmovel	%ecx, %eax
	jmp	.LBB5_11
.LBB5_9:
	leaq	1(%rdi), %rdx
	movb	$115, %al
.LBB5_11:
	movl	$1, %ecx
	cmpb	(%rdx), %al
	je	.LBB5_6
# %bb.12:
	movb	$109, %al
	cmpb	$109, (%rdi)
	movq	%rdi, %rdx
	jne	.LBB5_16
# %bb.13:
	cmpb	$115, 1(%rdi)
	jne	.LBB5_14
# %bb.15:
	leaq	2(%rdi), %rdx
	xorl	%ecx, %ecx
	cmpb	$114, 2(%rdi)
	cmoveq	%r8, %rdx
	movl	$114, %eax
	cmovel	%ecx, %eax
	jmp	.LBB5_16
.LBB5_14:
	leaq	1(%rdi), %rdx
	movb	$115, %al
.LBB5_16:
	movl	$2, %ecx
	cmpb	(%rdx), %al
	je	.LBB5_6
# %bb.17:
	movb	$105, %dl
	cmpb	$105, (%rdi)
	movq	%rdi, %rax
	jne	.LBB5_19
# %bb.18:
	leaq	2(%rdi), %rcx
	leaq	1(%rdi), %rax
	xorl	%r9d, %r9d
	cmpb	$110, 1(%rdi)
	cmoveq	%rcx, %rax
	movl	$110, %edx
	cmovel	%r9d, %edx
.LBB5_19:
	movl	$3, %ecx
	cmpb	(%rax), %dl
	je	.LBB5_6
# %bb.20:
	movb	$104, %dl
	cmpb	$104, (%rdi)
	jne	.LBB5_26
# %bb.21:
	cmpb	$97, 1(%rdi)
	jne	.LBB5_22
# %bb.23:
	cmpb	$108, 2(%rdi)
	jne	.LBB5_24
# %bb.25:
	leaq	4(%rdi), %rax
	xorl	%ecx, %ecx
	cmpb	$116, 3(%rdi)
	cmoveq	%rax, %r8
	movl	$116, %edx
	cmovel	%ecx, %edx
	movq	%r8, %rdi
	jmp	.LBB5_26
.LBB5_22:
	addq	$1, %rdi
	movb	$97, %dl
	jmp	.LBB5_26
.LBB5_24:
	addq	$2, %rdi
	movb	$108, %dl
.LBB5_26:
	movl	$4, %ecx
	cmpb	(%rdi), %dl
	jne	.LBB5_27
.LBB5_6:
	shlq	$4, %rcx
	movq	ops@GOTPCREL(%rip), %rax
	movq	%rsi, %rdi
	jmpq	*8(%rax,%rcx)                   # TAILCALL
.LBB5_27:
	movq	$-1, %rax
	retq
.Lfunc_end5:
	.size	run_op, .Lfunc_end5-run_op
                                        # -- End function
	.globl	by_index                        # -- Begin function by_index
	.p2align	4, 0x90
	.type	by_index,@function
by_index:                               # @by_index
# %bb.0:
	cmpl	$6, %edi
	ja	.LBB6_1
# %bb.2:
	movl	%edi, %eax
	leaq	.LJTI6_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB6_3:
	#APP
	mov %cr0, %rax
	#NO_APP
	addq	%rsi, %rax
	retq
.LBB6_1:
	xorl	%eax, %eax
	retq
.LBB6_4:
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	addq	%rsi, %rax
	addq	%rdx, %rax
	xorq	$1, %rax
	retq
.LBB6_5:
	movl	%esi, %ecx
	#APP
	rdmsr
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	addq	%rdx, %rax
	addq	$7, %rax
	retq
.LBB6_6:
	movq	%rsi, %rdx
	#APP
	inb %dx, %al
	#NO_APP
	movzbl	%al, %eax
	shlq	$3, %rax
	retq
.LBB6_7:
	#APP
	hlt
	#NO_APP
	addq	$-2, %rsi
	movq	%rsi, %rax
	retq
.LBB6_8:
	leaq	(%rsi,%rsi,2), %rax
	retq
.LBB6_9:
	movabsq	$-3689348814741910323, %rcx     # imm = 0xCCCCCCCCCCCCCCCD
	movq	%rsi, %rax
	mulq	%rcx
	movq	%rdx, %rax
	shrq	$2, %rax
	retq
.Lfunc_end6:
	.size	by_index, .Lfunc_end6-by_index
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_3-.LJTI6_0
	.long	.LBB6_4-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_8-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
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
