	.file	"swapgs.c"
	.text
	.p2align 4
	.globl	this_cpu
	.type	this_cpu, @function
this_cpu:
.LFB7:
	.cfi_startproc
#APP
# 17 "swapgs.c" 1
	movl %gs:8, %eax
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE7:
	.size	this_cpu, .-this_cpu
	.p2align 4
	.globl	user_gs
	.type	user_gs, @function
user_gs:
.LFB8:
	.cfi_startproc
#APP
# 4 "swapgs.c" 1
	swapgs
# 0 "" 2
# 5 "swapgs.c" 1
	rdgsbase %rax
# 0 "" 2
# 4 "swapgs.c" 1
	swapgs
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE8:
	.size	user_gs, .-user_gs
	.p2align 4
	.globl	set_tls
	.type	set_tls, @function
set_tls:
.LFB9:
	.cfi_startproc
#APP
# 7 "swapgs.c" 1
	rdfsbase %rax
# 0 "" 2
#NO_APP
	cmpq	%rax, %rdi
	je	.L5
#APP
# 8 "swapgs.c" 1
	wrfsbase %rdi
# 0 "" 2
#NO_APP
.L5:
#APP
# 6 "swapgs.c" 1
	wrgsbase %rsi
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE9:
	.size	set_tls, .-set_tls
	.p2align 4
	.globl	copy_from_user
	.type	copy_from_user, @function
copy_from_user:
.LFB10:
	.cfi_startproc
	movq	%rdx, %rcx
#APP
# 9 "swapgs.c" 1
	stac
# 0 "" 2
# 39 "swapgs.c" 1
	rep movsb
# 0 "" 2
# 10 "swapgs.c" 1
	clac
# 0 "" 2
#NO_APP
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE10:
	.size	copy_from_user, .-copy_from_user
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
