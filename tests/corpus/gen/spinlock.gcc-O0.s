	.file	"spinlock.c"
	.text
	.type	irq_save, @function
irq_save:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 8 "spinlock.c" 1
	pushf
	pop %rax
	cli
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	irq_save, .-irq_save
	.type	irq_restore, @function
irq_restore:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
#APP
# 14 "spinlock.c" 1
	push -8(%rbp)
	popf
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	irq_restore, .-irq_restore
	.type	spin_lock, @function
spin_lock:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	jmp	.L5
.L7:
#APP
# 21 "spinlock.c" 1
	pause
# 0 "" 2
#NO_APP
.L6:
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	testl	%eax, %eax
	jne	.L7
.L5:
	movq	-8(%rbp), %rdx
	movl	$1, %eax
	xchgl	(%rdx), %eax
	testl	%eax, %eax
	jne	.L6
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	spin_lock, .-spin_lock
	.type	spin_unlock, @function
spin_unlock:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	$0, %edx
	movl	%edx, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	spin_unlock, .-spin_unlock
	.globl	big_lock
	.bss
	.align 4
	.type	big_lock, @object
	.size	big_lock, 4
big_lock:
	.zero	4
	.globl	shared
	.align 32
	.type	shared, @object
	.size	shared, 128
shared:
	.zero	128
	.text
	.globl	spin_lock_irqsave
	.type	spin_lock_irqsave, @function
spin_lock_irqsave:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movq	%rdi, -24(%rbp)
	call	irq_save
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	spin_lock
	movq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	spin_lock_irqsave, .-spin_lock_irqsave
	.globl	spin_unlock_irqrestore
	.type	spin_unlock_irqrestore, @function
spin_unlock_irqrestore:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	spin_unlock
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	irq_restore
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	spin_unlock_irqrestore, .-spin_unlock_irqrestore
	.globl	add_all
	.type	add_all, @function
add_all:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	leaq	big_lock(%rip), %rax
	movq	%rax, %rdi
	call	spin_lock_irqsave
	movq	%rax, -16(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L14
.L15:
	movl	-4(%rbp), %eax
	andl	$15, %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	shared(%rip), %rax
	movq	(%rdx,%rax), %rdx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rcx
	movq	-24(%rbp), %rax
	addq	%rcx, %rax
	movq	(%rax), %rax
	movl	-4(%rbp), %ecx
	movl	%ecx, %esi
	andl	$15, %esi
	leaq	(%rdx,%rax), %rcx
	movslq	%esi, %rax
	leaq	0(,%rax,8), %rdx
	leaq	shared(%rip), %rax
	movq	%rcx, (%rdx,%rax)
	addl	$1, -4(%rbp)
.L14:
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L15
	movq	-16(%rbp), %rax
	movq	%rax, %rsi
	leaq	big_lock(%rip), %rax
	movq	%rax, %rdi
	call	spin_unlock_irqrestore
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	add_all, .-add_all
	.type	slow_path, @function
slow_path:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movl	%edi, -20(%rbp)
	call	irq_save
	movq	%rax, -8(%rbp)
	movl	-20(%rbp), %eax
	andl	$15, %eax
	movl	%eax, %edx
	movslq	%edx, %rax
	leaq	0(,%rax,8), %rcx
	leaq	shared(%rip), %rax
	movq	(%rcx,%rax), %rax
	leaq	1(%rax), %rcx
	movslq	%edx, %rdx
	leaq	0(,%rdx,8), %rsi
	leaq	shared(%rip), %rdx
	movq	%rcx, (%rsi,%rdx)
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	irq_restore
	movq	-16(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	slow_path, .-slow_path
	.globl	maybe
	.type	maybe, @function
maybe:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, -4(%rbp)
	cmpl	$100, -4(%rbp)
	setg	%al
	movzbl	%al, %eax
	testq	%rax, %rax
	je	.L19
	movl	-4(%rbp), %eax
	movl	%eax, %edi
	call	slow_path
	jmp	.L20
.L19:
	movl	-4(%rbp), %eax
	cltq
.L20:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	maybe, .-maybe
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
