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
#APP
# 8 "spinlock.c" 1
	pushf
	pop %r8
	cli
# 0 "" 2
#NO_APP
	movl	$1, %edx
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%edx, %eax
	xchgl	big_lock(%rip), %eax
	testl	%eax, %eax
	je	.L15
	.p2align 4,,10
	.p2align 3
.L23:
	movl	big_lock(%rip), %eax
	testl	%eax, %eax
	je	.L13
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L15:
	testl	%esi, %esi
	jle	.L17
	movslq	%esi, %rsi
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L18:
	movq	%rax, %rdx
	movq	(%rdi,%rax,8), %rcx
	addq	$1, %rax
	andl	$15, %edx
	addq	%rcx, shared(,%rdx,8)
	cmpq	%rsi, %rax
	jne	.L18
.L17:
	movl	$0, big_lock(%rip)
#APP
# 14 "spinlock.c" 1
	push %r8
	popf
# 0 "" 2
#NO_APP
	ret
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
	jg	.L27
	ret
	.p2align 4,,10
	.p2align 3
.L27:
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rdx
	cli
# 0 "" 2
#NO_APP
	andl	$15, %edi
	movq	shared(,%rdi,8), %rax
	leaq	1(%rax), %rcx
	movq	%rcx, shared(,%rdi,8)
#APP
# 14 "spinlock.c" 1
	push %rdx
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
