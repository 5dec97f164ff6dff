	.file	"idle.c"
	.text
	.section	.text.unlikely,"ax",@progbits
.LCOLDB0:
	.text
.LHOTB0:
	.p2align 4
	.globl	enter_idle
	.type	enter_idle, @function
enter_idle:
.LFB2:
	.cfi_startproc
	movl	%edi, %eax
	andl	$7, %eax
	addl	$1, idle_calls(,%rax,4)
	cmpl	$6, %edi
	ja	.L11
	movl	%edi, %eax
	jmp	*.L4(,%rax,8)
	.section	.rodata
	.align 8
	.align 4
.L4:
	.quad	.L10
	.quad	.L9
	.quad	.L8
	.quad	.L7
	.quad	.L6
	.quad	.L5
	.quad	.L3
	.text
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
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
#APP
# 41 "idle.c" 1
	wbinvd; hlt
# 0 "" 2
#NO_APP
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
#APP
# 20 "idle.c" 1
	pause
# 0 "" 2
#NO_APP
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
#APP
# 23 "idle.c" 1
	hlt
# 0 "" 2
#NO_APP
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	xorl	%ecx, %ecx
	movq	$wake_flag, %rax
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
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%ecx, %ecx
	movq	$wake_flag, %rax
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
	movl	%edi, %eax
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	enter_idle.cold, @function
enter_idle.cold:
.LFSB2:
.L11:
	orl	$-1, %edi
	jmp	.L1
	.cfi_endproc
.LFE2:
	.text
	.size	enter_idle, .-enter_idle
	.section	.text.unlikely
	.size	enter_idle.cold, .-enter_idle.cold
.LCOLDE0:
	.text
.LHOTE0:
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
