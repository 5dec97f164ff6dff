	.file	"farret.c"
	.text
	.globl	reload_cs
	.type	reload_cs, @function
reload_cs:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	movzwl	-4(%rbp), %edx
#APP
# 6 "farret.c" 1
	pushq %rdx
	leaq 1f(%rip), %rax
	pushq %rax
	lretq
1:
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	reload_cs, .-reload_cs
	.globl	reload_cs_alt
	.type	reload_cs_alt, @function
reload_cs_alt:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	movzwl	-4(%rbp), %eax
#APP
# 16 "farret.c" 1
	pushq %rax
	pushq $2f
	retfq
2:
	
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	reload_cs_alt, .-reload_cs_alt
	.globl	to_user
	.type	to_user, @function
to_user:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rdx
#APP
# 29 "farret.c" 1
	pushq $0x23
	pushq %rdx
	pushq $0x202
	pushq $0x2b
	pushq %rax
	swapgs
	iretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE2:
	.size	to_user, .-to_user
	.globl	sysret_to
	.type	sysret_to, @function
sysret_to:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
#APP
# 42 "farret.c" 1
	movq %rax, %rcx
	movq $0x202, %r11
	swapgs
	sysretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE3:
	.size	sysret_to, .-sysret_to
	.globl	far_jump
	.type	far_jump, @function
far_jump:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 49 "farret.c" 1
	ljmp *target.0(%rip)
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	far_jump, .-far_jump
	.data
	.type	target.0, @object
	.size	target.0, 6
target.0:
	.long	0
	.value	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
