	.file	"irqflags.c"
	.text
	.type	arch_local_save_flags, @function
arch_local_save_flags:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 7 "irqflags.c" 1
	pushfq ; popq %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	arch_local_save_flags, .-arch_local_save_flags
	.type	arch_local_irq_disable, @function
arch_local_irq_disable:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 11 "irqflags.c" 1
	cli
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	arch_local_irq_disable, .-arch_local_irq_disable
	.type	arch_local_irq_enable, @function
arch_local_irq_enable:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 12 "irqflags.c" 1
	sti
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	arch_local_irq_enable, .-arch_local_irq_enable
	.type	arch_local_irq_save, @function
arch_local_irq_save:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	call	arch_local_save_flags
	movq	%rax, -8(%rbp)
	call	arch_local_irq_disable
	movq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	arch_local_irq_save, .-arch_local_irq_save
	.type	arch_local_irq_restore, @function
arch_local_irq_restore:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
#APP
# 23 "irqflags.c" 1
	pushq -8(%rbp) ; popfq
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	arch_local_irq_restore, .-arch_local_irq_restore
	.globl	pending
	.bss
	.align 4
	.type	pending, @object
	.size	pending, 4
pending:
	.zero	4
	.globl	counter
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.text
	.globl	safe_halt
	.type	safe_halt, @function
safe_halt:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 31 "irqflags.c" 1
	sti; hlt
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	safe_halt, .-safe_halt
	.globl	irqs_disabled
	.type	irqs_disabled, @function
irqs_disabled:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	call	arch_local_save_flags
	andl	$512, %eax
	testq	%rax, %rax
	sete	%al
	movzbl	%al, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	irqs_disabled, .-irqs_disabled
	.globl	bump
	.type	bump, @function
bump:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$24, %rsp
	movl	%edi, -20(%rbp)
	call	arch_local_irq_save
	movq	%rax, -16(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L12
.L13:
	movl	counter(%rip), %edx
	movl	-4(%rbp), %eax
	addl	%edx, %eax
	movl	%eax, counter(%rip)
	addl	$1, -4(%rbp)
.L12:
	movl	-4(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L13
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	arch_local_irq_restore
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	bump, .-bump
	.globl	idle_loop
	.type	idle_loop, @function
idle_loop:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
.L17:
	call	arch_local_irq_disable
	movl	pending(%rip), %eax
	testl	%eax, %eax
	je	.L15
	call	arch_local_irq_enable
	jmp	.L16
.L15:
	call	safe_halt
.L16:
	jmp	.L17
	.cfi_endproc
.LFE8:
	.size	idle_loop, .-idle_loop
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
