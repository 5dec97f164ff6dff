	.text
	.file	"spinlock.c"
	.file	0 "." "spinlock.c" md5 0xad609569c02bacba43c2c0eab0058508
	.section	.text.spin_lock_irqsave,"ax",@progbits
	.globl	spin_lock_irqsave               # -- Begin function spin_lock_irqsave
	.p2align	4, 0x90
	.type	spin_lock_irqsave,@function
spin_lock_irqsave:                      # @spin_lock_irqsave
.Lfunc_begin0:
	.loc	0 33 0                          # spinlock.c:33:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rdi
	#DEBUG_VALUE: irq_save:f <- [DW_OP_constu 8, DW_OP_minus, DW_OP_deref] $rsp
	.loc	0 8 2 prologue_end              # spinlock.c:8:2
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	.loc	0 9 9                           # spinlock.c:9:9
	movq	-8(%rsp), %rax
.Ltmp0:
	#DEBUG_VALUE: irq_save:f <- $rax
	.p2align	4, 0x90
.LBB0_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_3 Depth 2
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rdi
	.loc	0 0 9 is_stmt 0                 # spinlock.c:0:9
	movl	$1, %ecx
.Ltmp1:
	#DEBUG_VALUE: spin_lock_irqsave:f <- $rax
	#DEBUG_VALUE: spin_lock:l <- $rdi
	.loc	0 19 9 is_stmt 1                # spinlock.c:19:9
	xchgl	%ecx, (%rdi)
	.loc	0 19 2 is_stmt 0                # spinlock.c:19:2
	testl	%ecx, %ecx
	je	.LBB0_4
.Ltmp2:
	.p2align	4, 0x90
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rdi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $rax
	#DEBUG_VALUE: spin_lock:l <- $rdi
	.loc	0 20 3 is_stmt 1                # spinlock.c:20:3
	cmpl	$0, (%rdi)
	je	.LBB0_1
.Ltmp3:
.LBB0_3:                                #   Parent Loop BB0_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rdi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $rax
	#DEBUG_VALUE: spin_lock:l <- $rdi
	.loc	0 21 4                          # spinlock.c:21:4
	#APP
	pause
	#NO_APP
	.loc	0 20 3                          # spinlock.c:20:3
	cmpl	$0, (%rdi)
	jne	.LBB0_3
	jmp	.LBB0_1
.Ltmp4:
.LBB0_4:
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rdi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $rax
	.loc	0 36 2                          # spinlock.c:36:2
	retq
.Ltmp5:
.Lfunc_end0:
	.size	spin_lock_irqsave, .Lfunc_end0-spin_lock_irqsave
	.cfi_endproc
                                        # -- End function
	.section	.text.spin_unlock_irqrestore,"ax",@progbits
	.globl	spin_unlock_irqrestore          # -- Begin function spin_unlock_irqrestore
	.p2align	4, 0x90
	.type	spin_unlock_irqrestore,@function
spin_unlock_irqrestore:                 # @spin_unlock_irqrestore
.Lfunc_begin1:
	.loc	0 40 0                          # spinlock.c:40:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: spin_unlock_irqrestore:l <- $rdi
	#DEBUG_VALUE: spin_unlock_irqrestore:f <- $rsi
	#DEBUG_VALUE: spin_unlock:l <- $rdi
	.loc	0 26 2 prologue_end             # spinlock.c:26:2
	movl	$0, (%rdi)
.Ltmp6:
	#DEBUG_VALUE: irq_restore:f <- $rsi
	.loc	0 14 2                          # spinlock.c:14:2
	movq	%rsi, -8(%rsp)
	#APP
	push -8(%rsp)
	popf
	#NO_APP
.Ltmp7:
	.loc	0 43 1                          # spinlock.c:43:1
	retq
.Ltmp8:
.Lfunc_end1:
	.size	spin_unlock_irqrestore, .Lfunc_end1-spin_unlock_irqrestore
	.cfi_endproc
                                        # -- End function
	.section	.text.add_all,"ax",@progbits
	.globl	add_all                         # -- Begin function add_all
	.p2align	4, 0x90
	.type	add_all,@function
add_all:                                # @add_all
.Lfunc_begin2:
	.loc	0 46 0                          # spinlock.c:46:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
.Ltmp9:
	#DEBUG_VALUE: irq_save:f <- [DW_OP_constu 8, DW_OP_minus, DW_OP_deref] $rsp
	.loc	0 8 2 prologue_end              # spinlock.c:8:2
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	.loc	0 9 9                           # spinlock.c:9:9
	movq	-8(%rsp), %r8
.Ltmp10:
	#DEBUG_VALUE: irq_save:f <- $r8
	#DEBUG_VALUE: spin_lock_irqsave:f <- $r8
	.loc	0 19 9                          # spinlock.c:19:9
	movq	big_lock@GOTPCREL(%rip), %rcx
.Ltmp11:
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rcx
	#DEBUG_VALUE: spin_lock:l <- $rcx
	.p2align	4, 0x90
.LBB2_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_9 Depth 2
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $r8
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rcx
	#DEBUG_VALUE: spin_lock:l <- $rcx
	.loc	0 0 9 is_stmt 0                 # spinlock.c:0:9
	movl	$1, %eax
	.loc	0 19 9                          # spinlock.c:19:9
	xchgl	%eax, (%rcx)
	.loc	0 19 2                          # spinlock.c:19:2
	testl	%eax, %eax
	je	.LBB2_2
.Ltmp12:
	.p2align	4, 0x90
# %bb.8:                                #   in Loop: Header=BB2_1 Depth=1
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $r8
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rcx
	#DEBUG_VALUE: spin_lock:l <- $rcx
	.loc	0 20 3 is_stmt 1                # spinlock.c:20:3
	cmpl	$0, (%rcx)
	je	.LBB2_1
.Ltmp13:
.LBB2_9:                                #   Parent Loop BB2_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: spin_lock_irqsave:f <- $r8
	#DEBUG_VALUE: spin_lock_irqsave:l <- $rcx
	#DEBUG_VALUE: spin_lock:l <- $rcx
	.loc	0 21 4                          # spinlock.c:21:4
	#APP
	pause
	#NO_APP
	.loc	0 20 3                          # spinlock.c:20:3
	cmpl	$0, (%rcx)
	jne	.LBB2_9
	jmp	.LBB2_1
.Ltmp14:
.LBB2_2:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 48 20                         # spinlock.c:48:20
	testl	%esi, %esi
.Ltmp15:
	.loc	0 48 2 is_stmt 0                # spinlock.c:48:2
	jle	.LBB2_23
.Ltmp16:
# %bb.3:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 48 20                         # spinlock.c:48:20
	movl	%esi, %r10d
	xorl	%r14d, %r14d
.Ltmp17:
	.loc	0 48 2                          # spinlock.c:48:2
	cmpl	$4, %esi
	jb	.LBB2_18
.Ltmp18:
# %bb.4:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	leaq	-17(%r10), %rax
	cmpq	$-16, %rax
	jb	.LBB2_18
.Ltmp19:
# %bb.5:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	leaq	(,%r10,8), %rax
	addq	shared@GOTPCREL(%rip), %rax
	cmpq	%rdi, %rax
	jbe	.LBB2_10
.Ltmp20:
# %bb.6:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 0 2                           # spinlock.c:0:2
	leaq	(%rdi,%r10,8), %rax
	cmpq	shared@GOTPCREL(%rip), %rax
	jbe	.LBB2_10
.Ltmp21:
# %bb.7:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	xorl	%r14d, %r14d
	jmp	.LBB2_18
.Ltmp22:
.LBB2_10:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 48 2                          # spinlock.c:48:2
	movl	%r10d, %r14d
	andl	$-4, %r14d
	leaq	-4(%r14), %rax
	movq	%rax, %r9
	shrq	$2, %r9
	addq	$1, %r9
	testq	%rax, %rax
	je	.LBB2_11
.Ltmp23:
# %bb.12:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	movq	%r9, %rax
	andq	$-2, %rax
	movl	$4, %esi
.Ltmp24:
	#DEBUG_VALUE: add_all:n <- $r10d
	.loc	0 0 2                           # spinlock.c:0:2
	movq	shared@GOTPCREL(%rip), %r11
.Ltmp25:
	.p2align	4, 0x90
.LBB2_13:                               # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 48 26                         # spinlock.c:48:26
	leal	-4(%rsi), %ebx
	.loc	0 49 21 is_stmt 1               # spinlock.c:49:21
	movdqu	-32(%rdi,%rsi,8), %xmm0
	.loc	0 48 26                         # spinlock.c:48:26
	andl	$8, %ebx
	.loc	0 49 18                         # spinlock.c:49:18
	paddq	(%r11,%rbx,8), %xmm0
	.loc	0 49 21 is_stmt 0               # spinlock.c:49:21
	movdqu	-16(%rdi,%rsi,8), %xmm1
	.loc	0 49 18                         # spinlock.c:49:18
	paddq	16(%r11,%rbx,8), %xmm1
	movdqa	%xmm0, (%r11,%rbx,8)
	movdqa	%xmm1, 16(%r11,%rbx,8)
	.loc	0 49 21                         # spinlock.c:49:21
	movdqu	(%rdi,%rsi,8), %xmm0
	movdqu	16(%rdi,%rsi,8), %xmm1
	.loc	0 48 26 is_stmt 1               # spinlock.c:48:26
	movl	%esi, %ebx
	andl	$12, %ebx
	.loc	0 49 18                         # spinlock.c:49:18
	paddq	(%r11,%rbx,8), %xmm0
	paddq	16(%r11,%rbx,8), %xmm1
	movdqa	%xmm0, (%r11,%rbx,8)
	movdqa	%xmm1, 16(%r11,%rbx,8)
	.loc	0 48 26                         # spinlock.c:48:26
	addq	$8, %rsi
	addq	$-2, %rax
	jne	.LBB2_13
.Ltmp26:
# %bb.14:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	addq	$-4, %rsi
	testb	$1, %r9b
	je	.LBB2_17
.Ltmp27:
.LBB2_16:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 49 21                         # spinlock.c:49:21
	movdqu	(%rdi,%rsi,8), %xmm0
	movdqu	16(%rdi,%rsi,8), %xmm1
	.loc	0 48 26                         # spinlock.c:48:26
	andl	$12, %esi
	movq	shared@GOTPCREL(%rip), %rax
	.loc	0 49 18                         # spinlock.c:49:18
	paddq	(%rax,%rsi,8), %xmm0
	paddq	16(%rax,%rsi,8), %xmm1
	movdqa	%xmm0, (%rax,%rsi,8)
	movdqa	%xmm1, 16(%rax,%rsi,8)
.Ltmp28:
.LBB2_17:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 48 2                          # spinlock.c:48:2
	cmpq	%r10, %r14
	je	.LBB2_23
.Ltmp29:
.LBB2_18:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	movq	%r14, %rax
	notq	%rax
	testb	$1, %r10b
	je	.LBB2_20
.Ltmp30:
# %bb.19:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: i <- undef
	.loc	0 49 21                         # spinlock.c:49:21
	movq	(%rdi,%r14,8), %r9
	.loc	0 49 12 is_stmt 0               # spinlock.c:49:12
	movl	%r14d, %ebx
	andl	$12, %ebx
	.loc	0 49 3                          # spinlock.c:49:3
	movq	shared@GOTPCREL(%rip), %rsi
	.loc	0 49 18                         # spinlock.c:49:18
	addq	%r9, (%rsi,%rbx,8)
	.loc	0 48 26 is_stmt 1               # spinlock.c:48:26
	orq	$1, %r14
.Ltmp31:
	#DEBUG_VALUE: i <- $r14
.LBB2_20:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	.loc	0 48 2 is_stmt 0                # spinlock.c:48:2
	addq	%r10, %rax
	je	.LBB2_23
.Ltmp32:
# %bb.21:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	.loc	0 0 2                           # spinlock.c:0:2
	movq	shared@GOTPCREL(%rip), %rax
.Ltmp33:
	.p2align	4, 0x90
.LBB2_22:                               # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $r10d
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- $r14
	.loc	0 49 21 is_stmt 1               # spinlock.c:49:21
	movq	(%rdi,%r14,8), %rsi
	.loc	0 49 12 is_stmt 0               # spinlock.c:49:12
	movl	%r14d, %edx
	andl	$15, %edx
	.loc	0 49 18                         # spinlock.c:49:18
	addq	%rsi, (%rax,%rdx,8)
.Ltmp34:
	#DEBUG_VALUE: i <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $r14
	#DEBUG_VALUE: i <- [DW_OP_plus_uconst 1, DW_OP_stack_value] $r14
	.loc	0 49 21                         # spinlock.c:49:21
	leal	1(%r14), %edx
	movq	8(%rdi,%r14,8), %rsi
	.loc	0 49 12                         # spinlock.c:49:12
	andl	$15, %edx
	.loc	0 49 18                         # spinlock.c:49:18
	addq	%rsi, (%rax,%rdx,8)
	.loc	0 48 26 is_stmt 1               # spinlock.c:48:26
	addq	$2, %r14
.Ltmp35:
	#DEBUG_VALUE: i <- $r14
	.loc	0 48 20 is_stmt 0               # spinlock.c:48:20
	cmpq	%r14, %r10
.Ltmp36:
	.loc	0 48 2                          # spinlock.c:48:2
	jne	.LBB2_22
.Ltmp37:
.LBB2_23:
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- [DW_OP_LLVM_entry_value 1] $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: spin_unlock_irqrestore:f <- $r8
	#DEBUG_VALUE: spin_unlock_irqrestore:l <- undef
	#DEBUG_VALUE: spin_unlock:l <- undef
	.loc	0 26 2 is_stmt 1                # spinlock.c:26:2
	movl	$0, (%rcx)
.Ltmp38:
	#DEBUG_VALUE: irq_restore:f <- $r8
	.loc	0 14 2                          # spinlock.c:14:2
	movq	%r8, -16(%rsp)
	#APP
	push -16(%rsp)
	popf
	#NO_APP
.Ltmp39:
	.loc	0 51 1                          # spinlock.c:51:1
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.Ltmp40:
.LBB2_11:
	.cfi_def_cfa_offset 24
	#DEBUG_VALUE: add_all:v <- $rdi
	#DEBUG_VALUE: add_all:n <- $esi
	#DEBUG_VALUE: add_all:f <- $r8
	#DEBUG_VALUE: i <- 0
	.loc	0 0 1 is_stmt 0                 # spinlock.c:0:1
	xorl	%esi, %esi
.Ltmp41:
	#DEBUG_VALUE: add_all:n <- $r10d
	.loc	0 48 26 is_stmt 1               # spinlock.c:48:26
	testb	$1, %r9b
	jne	.LBB2_16
	jmp	.LBB2_17
.Ltmp42:
.Lfunc_end2:
	.size	add_all, .Lfunc_end2-add_all
	.cfi_endproc
                                        # -- End function
	.section	.text.maybe,"ax",@progbits
	.globl	maybe                           # -- Begin function maybe
	.p2align	4, 0x90
	.type	maybe,@function
maybe:                                  # @maybe
.Lfunc_begin3:
	.loc	0 62 0                          # spinlock.c:62:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: maybe:x <- $edi
                                        # kill: def $edi killed $edi def $rdi
	.loc	0 63 25 prologue_end            # spinlock.c:63:25
	cmpl	$101, %edi
.Ltmp43:
	.loc	0 63 6 is_stmt 0                # spinlock.c:63:6
	jge	.LBB3_1
.Ltmp44:
# %bb.2:
	#DEBUG_VALUE: maybe:x <- $edi
	.loc	0 65 9 is_stmt 1                # spinlock.c:65:9
	movslq	%edi, %rax
	.loc	0 66 1                          # spinlock.c:66:1
	retq
.Ltmp45:
.LBB3_1:
	#DEBUG_VALUE: maybe:x <- $edi
	#DEBUG_VALUE: slow_path:x <- $edi
	#DEBUG_VALUE: irq_save:f <- [DW_OP_constu 8, DW_OP_minus, DW_OP_deref] $rsp
	.loc	0 8 2                           # spinlock.c:8:2
	#APP
	pushf
	pop -8(%rsp)
	cli
	#NO_APP
	.loc	0 9 9                           # spinlock.c:9:9
	movq	-8(%rsp), %rcx
.Ltmp46:
	#DEBUG_VALUE: irq_save:f <- $rcx
	#DEBUG_VALUE: slow_path:f <- $rcx
	.loc	0 56 20                         # spinlock.c:56:20
	andl	$15, %edi
.Ltmp47:
	#DEBUG_VALUE: maybe:x <- [DW_OP_LLVM_entry_value 1] $edi
	.loc	0 56 11 is_stmt 0               # spinlock.c:56:11
	movq	shared@GOTPCREL(%rip), %rdx
	.loc	0 56 25                         # spinlock.c:56:25
	movq	(%rdx,%rdi,8), %rax
	leaq	1(%rax), %rsi
	movq	%rsi, (%rdx,%rdi,8)
.Ltmp48:
	#DEBUG_VALUE: irq_restore:f <- $rcx
	#DEBUG_VALUE: slow_path:r <- $rax
	.loc	0 14 2 is_stmt 1                # spinlock.c:14:2
	movq	%rcx, -16(%rsp)
	#APP
	push -16(%rsp)
	popf
	#NO_APP
.Ltmp49:
	.loc	0 66 1                          # spinlock.c:66:1
	retq
.Ltmp50:
.Lfunc_end3:
	.size	maybe, .Lfunc_end3-maybe
	.cfi_endproc
                                        # -- End function
	.type	big_lock,@object                # @big_lock
	.bss
	.globl	big_lock
	.p2align	2
big_lock:
	.zero	4
	.size	big_lock, 4

	.type	shared,@object                  # @shared
	.globl	shared
	.p2align	4
shared:
	.zero	128
	.size	shared, 128

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	13                              # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
	.long	.Ldebug_loc9-.Lloclists_table_base0
	.long	.Ldebug_loc10-.Lloclists_table_base0
	.long	.Ldebug_loc11-.Lloclists_table_base0
	.long	.Ldebug_loc12-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin2    #   starting offset
	.uleb128 .Ltmp24-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # super-register DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp24-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp37-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	90                              # super-register DW_OP_reg10
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp37-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp40-.Lfunc_begin2          #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	84                              # super-register DW_OP_reg4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp40-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # super-register DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp41-.Lfunc_begin2          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   ending offset
	.byte	1                               # Loc expr size
	.byte	90                              # super-register DW_OP_reg10
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin2           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin2          #   ending offset
	.byte	2                               # Loc expr size
	.byte	119                             # DW_OP_breg7
	.byte	120                             # -8
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp11-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin2          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp33-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp34-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	94                              # DW_OP_reg14
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp34-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp35-.Lfunc_begin2          #   ending offset
	.byte	3                               # Loc expr size
	.byte	126                             # DW_OP_breg14
	.byte	1                               # 1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp35-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp37-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	94                              # DW_OP_reg14
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp40-.Lfunc_begin2          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin3    #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp47-.Lfunc_begin3          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # super-register DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc9:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp45-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin3          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # super-register DW_OP_reg5
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc10:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp45-.Lfunc_begin3          #   starting offset
	.uleb128 .Ltmp46-.Lfunc_begin3          #   ending offset
	.byte	2                               # Loc expr size
	.byte	119                             # DW_OP_breg7
	.byte	120                             # -8
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp46-.Lfunc_begin3          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc11:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp46-.Lfunc_begin3          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc12:
	.byte	1                               # DW_LLE_base_addressx
	.byte	10                              #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp48-.Lfunc_begin3          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	25                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	26                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	27                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	28                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	29                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	0                               # DW_CHILDREN_no
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	30                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	31                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x2a8 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	1                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0x8 DW_TAG_typedef
	.long	66                              # DW_AT_type
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x42:0xe DW_TAG_structure_type
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x46:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	80                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x50:0x5 DW_TAG_volatile_type
	.long	85                              # DW_AT_type
	.byte	7                               # Abbrev [7] 0x55:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x59:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	100                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	8                               # Abbrev [8] 0x64:0xc DW_TAG_array_type
	.long	112                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x69:0x6 DW_TAG_subrange_type
	.long	116                             # DW_AT_type
	.byte	16                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x70:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x74:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	11                              # Abbrev [11] 0x78:0x11 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_inline
	.byte	12                              # Abbrev [12] 0x80:0x8 DW_TAG_variable
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x89:0x8 DW_TAG_typedef
	.long	145                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	7                               # Abbrev [7] 0x91:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x95:0xd DW_TAG_subprogram
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0x99:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	162                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xa2:0x5 DW_TAG_pointer_type
	.long	58                              # DW_AT_type
	.byte	16                              # Abbrev [16] 0xa7:0x45 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	331                             # DW_AT_abstract_origin
	.byte	17                              # Abbrev [17] 0xb3:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	339                             # DW_AT_abstract_origin
	.byte	18                              # Abbrev [18] 0xba:0x6 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.long	347                             # DW_AT_abstract_origin
	.byte	19                              # Abbrev [19] 0xc0:0x16 DW_TAG_inlined_subroutine
	.long	120                             # DW_AT_abstract_origin
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp0-.Lfunc_begin0            # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	20                              # Abbrev [20] 0xcd:0x8 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	120
	.long	128                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xd6:0x15 DW_TAG_inlined_subroutine
	.long	149                             # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp4-.Ltmp1                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	35                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0xe3:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	153                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0xec:0xd DW_TAG_subprogram
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0xf0:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.long	162                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0xf9:0xd DW_TAG_subprogram
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0xfd:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x106:0x45 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	356                             # DW_AT_abstract_origin
	.byte	17                              # Abbrev [17] 0x112:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	360                             # DW_AT_abstract_origin
	.byte	17                              # Abbrev [17] 0x119:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	368                             # DW_AT_abstract_origin
	.byte	19                              # Abbrev [19] 0x120:0x15 DW_TAG_inlined_subroutine
	.long	236                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp6-.Lfunc_begin1            # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	41                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0x12d:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	240                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x135:0x15 DW_TAG_inlined_subroutine
	.long	249                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp7-.Ltmp6                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0x142:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	253                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x14b:0x19 DW_TAG_subprogram
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0x153:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.long	162                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x15b:0x8 DW_TAG_variable
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x164:0x15 DW_TAG_subprogram
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0x168:0x8 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	162                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x170:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x179:0xad DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	24                              # Abbrev [24] 0x184:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	681                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x18e:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	85                              # DW_AT_type
	.byte	26                              # Abbrev [26] 0x197:0x9 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1a0:0x42 DW_TAG_inlined_subroutine
	.long	331                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp14-.Lfunc_begin2           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	47                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x1ad:0x6 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.long	339                             # DW_AT_abstract_origin
	.byte	18                              # Abbrev [18] 0x1b3:0x6 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.long	347                             # DW_AT_abstract_origin
	.byte	19                              # Abbrev [19] 0x1b9:0x14 DW_TAG_inlined_subroutine
	.long	120                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp10-.Lfunc_begin2           # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	18                              # Abbrev [18] 0x1c6:0x6 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.long	128                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x1cd:0x14 DW_TAG_inlined_subroutine
	.long	149                             # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp14-.Ltmp10                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	35                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x1da:0x6 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.long	153                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	28                              # Abbrev [28] 0x1e2:0xc DW_TAG_lexical_block
	.byte	0                               # DW_AT_ranges
	.byte	26                              # Abbrev [26] 0x1e4:0x9 DW_TAG_variable
	.byte	7                               # DW_AT_location
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
	.long	85                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x1ee:0x37 DW_TAG_inlined_subroutine
	.long	356                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp39-.Ltmp37                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	50                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0x1fb:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	88
	.long	368                             # DW_AT_abstract_origin
	.byte	29                              # Abbrev [29] 0x202:0xd DW_TAG_inlined_subroutine
	.long	236                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp38-.Ltmp37                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	41                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	19                              # Abbrev [19] 0x20f:0x15 DW_TAG_inlined_subroutine
	.long	249                             # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp39-.Ltmp38                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0x21c:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	88
	.long	253                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x226:0x21 DW_TAG_subprogram
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	112                             # DW_AT_type
                                        # DW_AT_inline
	.byte	14                              # Abbrev [14] 0x22e:0x8 DW_TAG_formal_parameter
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	85                              # DW_AT_type
	.byte	12                              # Abbrev [12] 0x236:0x8 DW_TAG_variable
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x23e:0x8 DW_TAG_variable
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.long	112                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	30                              # Abbrev [30] 0x247:0x62 DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	112                             # DW_AT_type
                                        # DW_AT_external
	.byte	25                              # Abbrev [25] 0x256:0x9 DW_TAG_formal_parameter
	.byte	8                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.long	85                              # DW_AT_type
	.byte	19                              # Abbrev [19] 0x25f:0x49 DW_TAG_inlined_subroutine
	.long	550                             # DW_AT_abstract_origin
	.byte	11                              # DW_AT_low_pc
	.long	.Ltmp49-.Ltmp45                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	64                              # DW_AT_call_line
	.byte	10                              # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x26c:0x6 DW_TAG_formal_parameter
	.byte	9                               # DW_AT_location
	.long	558                             # DW_AT_abstract_origin
	.byte	18                              # Abbrev [18] 0x272:0x6 DW_TAG_variable
	.byte	11                              # DW_AT_location
	.long	566                             # DW_AT_abstract_origin
	.byte	18                              # Abbrev [18] 0x278:0x6 DW_TAG_variable
	.byte	12                              # DW_AT_location
	.long	574                             # DW_AT_abstract_origin
	.byte	19                              # Abbrev [19] 0x27e:0x14 DW_TAG_inlined_subroutine
	.long	120                             # DW_AT_abstract_origin
	.byte	11                              # DW_AT_low_pc
	.long	.Ltmp46-.Ltmp45                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	55                              # DW_AT_call_line
	.byte	12                              # DW_AT_call_column
	.byte	18                              # Abbrev [18] 0x28b:0x6 DW_TAG_variable
	.byte	10                              # DW_AT_location
	.long	128                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x292:0x15 DW_TAG_inlined_subroutine
	.long	249                             # DW_AT_abstract_origin
	.byte	12                              # DW_AT_low_pc
	.long	.Ltmp49-.Ltmp48                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	57                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	17                              # Abbrev [17] 0x29f:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	82
	.long	253                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x2a9:0x5 DW_TAG_pointer_type
	.long	686                             # DW_AT_type
	.byte	31                              # Abbrev [31] 0x2ae:0x5 DW_TAG_const_type
	.long	112                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	2                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
	.long	.Ldebug_ranges1-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	1                               # DW_RLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp37-.Lfunc_begin2          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp41-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp42-.Lfunc_begin2          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges1:
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	4                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	10                              #   start index
	.uleb128 .Lfunc_end3-.Lfunc_begin3      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	112                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"spinlock.c"                    # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=39
.Linfo_string3:
	.asciz	"big_lock"                      # string offset=41
.Linfo_string4:
	.asciz	"v"                             # string offset=50
.Linfo_string5:
	.asciz	"int"                           # string offset=52
.Linfo_string6:
	.asciz	"spinlock_t"                    # string offset=56
.Linfo_string7:
	.asciz	"shared"                        # string offset=67
.Linfo_string8:
	.asciz	"long"                          # string offset=74
.Linfo_string9:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string10:
	.asciz	"irq_save"                      # string offset=99
.Linfo_string11:
	.asciz	"unsigned long"                 # string offset=108
.Linfo_string12:
	.asciz	"ulong"                         # string offset=122
.Linfo_string13:
	.asciz	"f"                             # string offset=128
.Linfo_string14:
	.asciz	"spin_lock"                     # string offset=130
.Linfo_string15:
	.asciz	"l"                             # string offset=140
.Linfo_string16:
	.asciz	"spin_unlock"                   # string offset=142
.Linfo_string17:
	.asciz	"irq_restore"                   # string offset=154
.Linfo_string18:
	.asciz	"spin_lock_irqsave"             # string offset=166
.Linfo_string19:
	.asciz	"spin_unlock_irqrestore"        # string offset=184
.Linfo_string20:
	.asciz	"slow_path"                     # string offset=207
.Linfo_string21:
	.asciz	"x"                             # string offset=217
.Linfo_string22:
	.asciz	"r"                             # string offset=219
.Linfo_string23:
	.asciz	"add_all"                       # string offset=221
.Linfo_string24:
	.asciz	"maybe"                         # string offset=229
.Linfo_string25:
	.asciz	"n"                             # string offset=235
.Linfo_string26:
	.asciz	"i"                             # string offset=237
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	big_lock
	.quad	shared
	.quad	.Lfunc_begin0
	.quad	.Ltmp1
	.quad	.Lfunc_begin1
	.quad	.Ltmp6
	.quad	.Lfunc_begin2
	.quad	.Ltmp10
	.quad	.Ltmp37
	.quad	.Ltmp38
	.quad	.Lfunc_begin3
	.quad	.Ltmp45
	.quad	.Ltmp48
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
