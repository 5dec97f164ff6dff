	.file	"idle.c"
	.text
	.globl	wake_flag
	.bss
	.align 8
	.type	wake_flag, @object
	.size	wake_flag, 8
wake_flag:
	.zero	8
	.globl	idle_calls
	.align 32
	.type	idle_calls, @object
	.size	idle_calls, 32
idle_calls:
	.zero	32
	.text
	.type	monitor, @function
monitor:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	$0, %ecx
	movl	$0, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	monitor, .-monitor
	.type	mwait, @function
mwait:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	$0, %edx
	movl	%edx, %ecx
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	mwait, .-mwait
	.globl	enter_idle
	.type	enter_idle, @function
enter_idle:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	andl	$7, %eax
	movslq	%eax, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	idle_calls(%rip), %rdx
	movl	(%rcx,%rdx), %edx
	leal	1(%rdx), %ecx
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	idle_calls(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	cmpl	$6, -4(%rbp)
	ja	.L4
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L6(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L6(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L6:
	.long	.L12-.L6
	.long	.L11-.L6
	.long	.L10-.L6
	.long	.L9-.L6
	.long	.L8-.L6
	.long	.L7-.L6
	.long	.L5-.L6
	.text
.L12:
#APP
# 20 "idle.c" 1
	pause
# 0 "" 2
#NO_APP
	movl	$0, %eax
	jmp	.L13
.L11:
#APP
# 23 "idle.c" 1
	hlt
# 0 "" 2
#NO_APP
	movl	$1, %eax
	jmp	.L13
.L10:
	leaq	wake_flag(%rip), %rax
	movq	%rax, %rdi
	call	monitor
	movq	wake_flag(%rip), %rax
	testq	%rax, %rax
	jne	.L14
	movl	$16, %edi
	call	mwait
.L14:
	movl	$2, %eax
	jmp	.L13
.L9:
#APP
# 31 "idle.c" 1
	sti; hlt; cli
# 0 "" 2
#NO_APP
	movl	$3, %eax
	jmp	.L13
.L8:
	leaq	wake_flag(%rip), %rax
	movq	%rax, %rdi
	call	monitor
	movl	$32, %edi
	call	mwait
	movl	$4, %eax
	jmp	.L13
.L7:
#APP
# 38 "idle.c" 1
	sti
	nop
	cli
# 0 "" 2
#NO_APP
	movl	$5, %eax
	jmp	.L13
.L5:
#APP
# 41 "idle.c" 1
	wbinvd; hlt
# 0 "" 2
#NO_APP
	movl	$6, %eax
	jmp	.L13
.L4:
	movl	$-1, %eax
.L13:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	enter_idle, .-enter_idle
	.globl	poll_idle
	.type	poll_idle, @function
poll_idle:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	jmp	.L16
.L17:
#APP
# 51 "idle.c" 1
	rep; nop
# 0 "" 2
#NO_APP
.L16:
	movq	wake_flag(%rip), %rax
	testq	%rax, %rax
	je	.L17
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	poll_idle, .-poll_idle
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
