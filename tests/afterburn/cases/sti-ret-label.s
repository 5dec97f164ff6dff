# sti-ret-label.s - gcc's tail of local_irq_restore: a branch target between
# sti and ret.  sti is a site of its own; the jnc must still land on the ret.
	.text
	.globl	irq_restore
	.type	irq_restore, @function
irq_restore:
	btl	$9, %edi
	jnc	.L43
#APP
# 45 "irqflags.h" 1
	sti
# 0 "" 2
#NO_APP
.L43:
	ret
	.size	irq_restore, .-irq_restore
	.globl	idle
	.type	idle, @function
idle:
	testq	%rdi, %rdi
	je	1f
	sti
	hlt
1:	sti
	ret
	.size	idle, .-idle
