	.file	"debugreg.c"
	.text
	.p2align 4
	.globl	set_breakpoint
	.type	set_breakpoint, @function
set_breakpoint:
.LFB0:
	.cfi_startproc
	cmpl	$1, %edi
	je	.L2
	cmpl	$2, %edi
	je	.L3
	testl	%edi, %edi
	je	.L7
#APP
# 15 "debugreg.c" 1
	mov %rsi, %db3
# 0 "" 2
#NO_APP
.L5:
#APP
# 17 "debugreg.c" 1
	mov %db7, %rax
# 0 "" 2
#NO_APP
	addl	%edi, %edi
	btsq	%rdi, %rax
#APP
# 19 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L2:
#APP
# 13 "debugreg.c" 1
	mov %rsi, %db1
# 0 "" 2
#NO_APP
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L7:
#APP
# 12 "debugreg.c" 1
	mov %rsi, %db0
# 0 "" 2
#NO_APP
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L3:
#APP
# 14 "debugreg.c" 1
	mov %rsi, %db2
# 0 "" 2
#NO_APP
	jmp	.L5
	.cfi_endproc
.LFE0:
	.size	set_breakpoint, .-set_breakpoint
	.p2align 4
	.globl	debug_status
	.type	debug_status, @function
debug_status:
.LFB1:
	.cfi_startproc
#APP
# 24 "debugreg.c" 1
	mov %db6, %rax
# 0 "" 2
#NO_APP
	xorl	%edx, %edx
#APP
# 25 "debugreg.c" 1
	mov %rdx, %db6
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	debug_status, .-debug_status
	.p2align 4
	.globl	save_debug
	.type	save_debug, @function
save_debug:
.LFB2:
	.cfi_startproc
#APP
# 31 "debugreg.c" 1
	mov %db7, %rdx
# 0 "" 2
#NO_APP
	movq	saved_dr7@GOTPCREL(%rip), %rax
	movq	%rdx, (%rax)
	xorl	%eax, %eax
#APP
# 32 "debugreg.c" 1
	mov %rax, %db7
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE2:
	.size	save_debug, .-save_debug
	.p2align 4
	.globl	breakpoint
	.type	breakpoint, @function
breakpoint:
.LFB3:
	.cfi_startproc
#APP
# 37 "debugreg.c" 1
	int3
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE3:
	.size	breakpoint, .-breakpoint
	.p2align 4
	.globl	breakpoint2
	.type	breakpoint2, @function
breakpoint2:
.LFB4:
	.cfi_startproc
#APP
# 42 "debugreg.c" 1
	int $3
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE4:
	.size	breakpoint2, .-breakpoint2
	.p2align 4
	.globl	trap
	.type	trap, @function
trap:
.LFB5:
	.cfi_startproc
	testl	%edi, %edi
	je	.L13
#APP
# 48 "debugreg.c" 1
	int $0x80
# 0 "" 2
#NO_APP
	ret
	.p2align 4,,10
	.p2align 3
.L13:
#APP
# 50 "debugreg.c" 1
	ud2
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE5:
	.size	trap, .-trap
	.globl	saved_dr7
	.bss
	.align 8
	.type	saved_dr7, @object
	.size	saved_dr7, 8
saved_dr7:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
