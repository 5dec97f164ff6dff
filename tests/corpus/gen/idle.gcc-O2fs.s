	.file	"idle.c"
	.text
	.section	.text.unlikely.enter_idle,"ax",@progbits
.LCOLDB0:
	.section	.text.enter_idle,"ax",@progbits
.LHOTB0:
	.p2align 4
	.globl	enter_idle
	.type	enter_idle, @function
enter_idle:
.LFB2:
	.cfi_startproc
	movl	%edi, %edx
	leaq	idle_calls(%rip), %rax
	movl	%edi, %esi
	andl	$7, %edx
	addl	$1, (%rax,%rdx,4)
	cmpl	$6, %edi
	ja	.L11
	leaq	.L4(%rip), %rdx
	movl	%edi, %eax
	movslq	(%rdx,%rax,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L4:
	.long	.L10-.L4
	.long	.L9-.L4
	.long	.L8-.L4
	.long	.L7-.L4
	.long	.L6-.L4
	.long	.L5-.L4
	.long	.L3-.L4
	.section	.text.enter_idle
	.p2align 4,,10
	.p2align 3
.L5:
#APP
# 38 "idle.c" 1
	sti
	nop
	cli
# 0 "" 2
#NO_APP
.L1:
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
#APP
# 41 "idle.c" 1
	wbinvd; hlt
# 0 "" 2
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
#APP
# 20 "idle.c" 1
	pause
# 0 "" 2
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
#APP
# 23 "idle.c" 1
	hlt
# 0 "" 2
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	xorl	%ecx, %ecx
	leaq	wake_flag(%rip), %rax
	movl	%ecx, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
#NO_APP
	movq	wake_flag(%rip), %rax
	testq	%rax, %rax
	jne	.L1
	movl	$16, %eax
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
#NO_APP
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L7:
#APP
# 31 "idle.c" 1
	sti; hlt; cli
# 0 "" 2
#NO_APP
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%ecx, %ecx
	leaq	wake_flag(%rip), %rax
	movl	%ecx, %edx
#APP
# 7 "idle.c" 1
	monitor
# 0 "" 2
#NO_APP
	movl	$32, %eax
#APP
# 12 "idle.c" 1
	mwait
# 0 "" 2
#NO_APP
	movl	%esi, %eax
	ret
	.cfi_endproc
	.section	.text.unlikely.enter_idle
	.cfi_startproc
	.type	enter_idle.cold, @function
enter_idle.cold:
.LFSB2:
.L11:
	orl	$-1, %esi
	jmp	.L1
	.cfi_endproc
.LFE2:
	.section	.text.enter_idle
	.size	enter_idle, .-enter_idle
	.section	.text.unlikely.enter_idle
	.size	enter_idle.cold, .-enter_idle.cold
.LCOLDE0:
	.section	.text.enter_idle
.LHOTE0:
	.section	.text.poll_idle,"ax",@progbits
	.p2align 4
	.globl	poll_idle
	.type	poll_idle, @function
poll_idle:
.LFB3:
	.cfi_startproc
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L16:
#APP
# 51 "idle.c" 1
	rep; nop
# 0 "" 2
#NO_APP
.L19:
	movq	wake_flag(%rip), %rax
	testq	%rax, %rax
	je	.L16
	ret
	.cfi_endproc
.LFE3:
	.size	poll_idle, .-poll_idle
	.globl	idle_calls
	.bss
	.align 32
	.type	idle_calls, @object
	.size	idle_calls, 32
idle_calls:
	.zero	32
	.globl	wake_flag
	.align 8
	.type	wake_flag, @object
	.size	wake_flag, 8
wake_flag:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
