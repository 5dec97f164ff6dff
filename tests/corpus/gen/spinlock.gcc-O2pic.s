	.file	"spinlock.c"
	.text
	.p2align 4
	.globl	spin_lock_irqsave
	.type	spin_lock_irqsave, @function
spin_lock_irqsave:
.LFB4:
	.cfi_startproc
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rcx
	cli
# 0 "" 2
#NO_APP
	movl	$1, %edx
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%edx, %eax
	xchgl	(%rdi), %eax
	testl	%eax, %eax
	je	.L1
	.p2align 4,,10
	.p2align 3
.L9:
	movl	(%rdi), %eax
	testl	%eax, %eax
	je	.L2
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L1:
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE4:
	.size	spin_lock_irqsave, .-spin_lock_irqsave
	.p2align 4
	.globl	spin_unlock_irqrestore
	.type	spin_unlock_irqrestore, @function
spin_unlock_irqrestore:
.LFB5:
	.cfi_startproc
	movl	$0, (%rdi)
#APP
# 14 "spinlock.c" 1
	push %rsi
	popf
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	spin_unlock_irqrestore, .-spin_unlock_irqrestore
	.p2align 4
	.globl	add_all
	.type	add_all, @function
add_all:
.LFB6:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	%esi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	big_lock@GOTPCREL(%rip), %rbx
	movq	%rbx, %rdi
	call	spin_lock_irqsave@PLT
	movq	%rax, %rsi
	testl	%ebp, %ebp
	jle	.L13
	movq	shared@GOTPCREL(%rip), %rdi
	movslq	%ebp, %r9
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L14:
	movq	%rdx, %rcx
	movq	(%r12,%rdx,8), %r8
	addq	$1, %rdx
	andl	$15, %ecx
	addq	%r8, (%rdi,%rcx,8)
	cmpq	%rdx, %r9
	jne	.L14
.L13:
	movq	%rbx, %rdi
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	spin_unlock_irqrestore@PLT
	.cfi_endproc
.LFE6:
	.size	add_all, .-add_all
	.p2align 4
	.globl	maybe
	.type	maybe, @function
maybe:
.LFB8:
	.cfi_startproc
	movslq	%edi, %rax
	cmpl	$100, %edi
	jg	.L20
	ret
	.p2align 4,,10
	.p2align 3
.L20:
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rcx
	cli
# 0 "" 2
#NO_APP
	movq	shared@GOTPCREL(%rip), %rdx
	andl	$15, %edi
	movq	(%rdx,%rdi,8), %rax
	leaq	1(%rax), %rsi
	movq	%rsi, (%rdx,%rdi,8)
#APP
# 14 "spinlock.c" 1
	push %rcx
	popf
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE8:
	.size	maybe, .-maybe
	.globl	shared
	.bss
	.align 32
	.type	shared, @object
	.size	shared, 128
shared:
	.zero	128
	.globl	big_lock
	.align 4
	.type	big_lock, @object
	.size	big_lock, 4
big_lock:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
