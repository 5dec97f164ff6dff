	.file	"irqflags.c"
	.text
	.p2align 4
	.globl	safe_halt
	.type	safe_halt, @function
safe_halt:
#APP
# 31 "irqflags.c" 1
	sti; hlt
# 0 "" 2
#NO_APP
	ret
	.size	safe_halt, .-safe_halt
	.p2align 4
	.globl	irqs_disabled
	.type	irqs_disabled, @function
irqs_disabled:
#APP
# 7 "irqflags.c" 1
	pushfq ; popq %rax
# 0 "" 2
#NO_APP
	shrq	$9, %rax
	xorq	$1, %rax
	andl	$1, %eax
	ret
	.size	irqs_disabled, .-irqs_disabled
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
#APP
# 7 "irqflags.c" 1
	pushfq ; popq %rcx
# 0 "" 2
# 11 "irqflags.c" 1
	cli
# 0 "" 2
#NO_APP
	testl	%edi, %edi
	jle	.L5
	movl	counter(%rip), %edx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L6:
	addl	%eax, %edx
	addl	$1, %eax
	cmpl	%eax, %edi
	jne	.L6
	movl	%edx, counter(%rip)
.L5:
#APP
# 23 "irqflags.c" 1
	pushq %rcx ; popfq
# 0 "" 2
#NO_APP
	ret
	.size	bump, .-bump
	.p2align 4
	.globl	idle_loop
	.type	idle_loop, @function
idle_loop:
	.p2align 4,,10
	.p2align 3
.L9:
#APP
# 11 "irqflags.c" 1
	cli
# 0 "" 2
#NO_APP
	movl	pending(%rip), %eax
	testl	%eax, %eax
	je	.L10
#APP
# 12 "irqflags.c" 1
	sti
# 0 "" 2
#NO_APP
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L10:
#APP
# 31 "irqflags.c" 1
	sti; hlt
# 0 "" 2
#NO_APP
	jmp	.L9
	.size	idle_loop, .-idle_loop
	.globl	counter
	.bss
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.globl	pending
	.align 4
	.type	pending, @object
	.size	pending, 4
pending:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
