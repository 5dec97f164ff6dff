	.file	"farret.c"
	.text
	.p2align 4
	.globl	reload_cs
	.type	reload_cs, @function
reload_cs:
.LFB0:
	.cfi_startproc
	movzwl	%di, %edi
#APP
# 6 "farret.c" 1
	pushq %rdi
	leaq 1f(%rip), %rax
	pushq %rax
	lretq
1:
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE0:
	.size	reload_cs, .-reload_cs
	.p2align 4
	.globl	reload_cs_alt
	.type	reload_cs_alt, @function
reload_cs_alt:
.LFB1:
	.cfi_startproc
	movzwl	%di, %edi
#APP
# 16 "farret.c" 1
	pushq %rdi
	pushq $2f
	retfq
2:
	
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	reload_cs_alt, .-reload_cs_alt
	.p2align 4
	.globl	to_user
	.type	to_user, @function
to_user:
.LFB2:
	.cfi_startproc
#APP
# 29 "farret.c" 1
	pushq $0x23
	pushq %rsi
	pushq $0x202
	pushq $0x2b
	pushq %rdi
	swapgs
	iretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE2:
	.size	to_user, .-to_user
	.p2align 4
	.globl	sysret_to
	.type	sysret_to, @function
sysret_to:
.LFB3:
	.cfi_startproc
#APP
# 42 "farret.c" 1
	movq %rdi, %rcx
	movq $0x202, %r11
	swapgs
	sysretq
# 0 "" 2
#NO_APP
	.cfi_endproc
.LFE3:
	.size	sysret_to, .-sysret_to
	.p2align 4
	.globl	far_jump
	.type	far_jump, @function
far_jump:
.LFB4:
	.cfi_startproc
#APP
# 49 "farret.c" 1
	ljmp *target.0(%rip)
# 0 "" 2
#NO_APP
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
