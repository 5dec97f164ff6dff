	.file	"debugreg.c"
	.text
	.globl	saved_dr7
	.bss
	.align 8
	.type	saved_dr7, @object
	.size	saved_dr7, 8
saved_dr7:
	.zero	8
	.text
	.globl	set_breakpoint
	.type	set_breakpoint, @function
set_breakpoint:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movq	%rsi, -32(%rbp)
	cmpl	$2, -20(%rbp)
	je	.L2
	cmpl	$2, -20(%rbp)
	jg	.L3
	cmpl	$0, -20(%rbp)
	je	.L4
	cmpl	$1, -20(%rbp)
	je	.L5
	jmp	.L3
.L4:
	movq	-32(%rbp), %rax
#APP
# 12 "debugreg.c" 1
	mov %rax, %db0
# 0 "" 2
#NO_APP
	jmp	.L6
.L5:
	movq	-32(%rbp), %rax
#APP
# 13 "debugreg.c" 1
	mov %rax, %db1
# 0 "" 2
#NO_APP
	jmp	.L6
.L2:
	movq	-32(%rbp), %rax
#APP
# 14 "debugreg.c" 1
	mov %rax, %db2
# 0 "" 2
#NO_APP
	jmp	.L6
.L3:
	movq	-32(%rbp), %rax
#APP
# 15 "debugreg.c" 1
	mov %rax, %db3
# 0 "" 2
#NO_APP
	nop
.L6:
#APP
# 17 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	-20(%rbp), %eax
	addl	%eax, %eax
	movl	$1, %edx
	movl	%eax, %ecx
	salq	%cl, %rdx
	movq	%rdx, %rax
	orq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
#APP
# 19 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	set_breakpoint, .-set_breakpoint
	.globl	debug_status
	.type	debug_status, @function
debug_status:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 24 "debugreg.c" 1
	mov %db6, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	$0, %eax
#APP
# 25 "debugreg.c" 1
	mov %rax, %db6
# 0 "" 2
#NO_APP
	movq	-16(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	debug_status, .-debug_status
	.globl	save_debug
	.type	save_debug, @function
save_debug:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 31 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, saved_dr7(%rip)
	movl	$0, %eax
#APP
# 32 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	save_debug, .-save_debug
	.globl	breakpoint
	.type	breakpoint, @function
breakpoint:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 37 "debugreg.c" 1
	int3
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	breakpoint, .-breakpoint
	.globl	breakpoint2
	.type	breakpoint2, @function
breakpoint2:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 42 "debugreg.c" 1
	int $3
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	breakpoint2, .-breakpoint2
	.globl	trap
	.type	trap, @function
trap:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	je	.L13
#APP
# 48 "debugreg.c" 1
	int $0x80
# 0 "" 2
#NO_APP
	jmp	.L15
.L13:
#APP
# 50 "debugreg.c" 1
	ud2
# 0 "" 2
#NO_APP
.L15:
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	trap, .-trap
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
