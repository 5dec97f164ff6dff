	.file	"crregs.c"
	.text
	.p2align 4
	.globl	flush_tlb
	.type	flush_tlb, @function
flush_tlb:
.LFB8:
	.cfi_startproc
#APP
# 7 "crregs.c" 1
	mov %cr3, %rax
# 0 "" 2
# 8 "crregs.c" 1
	mov %rax, %cr3
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE8:
	.size	flush_tlb, .-flush_tlb
	.p2align 4
	.globl	flush_range
	.type	flush_range, @function
flush_range:
.LFB9:
	.cfi_startproc
	testq	%rsi, %rsi
	je	.L3
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L5:
	leaq	(%rdi,%rax), %rdx
#APP
# 14 "crregs.c" 1
	invlpg (%rdx)
# 0 "" 2
#NO_APP
	addq	$4096, %rax
	cmpq	%rsi, %rax
	jb	.L5
.L3:
	ret
	.cfi_endproc
.LFE9:
	.size	flush_range, .-flush_range
	.p2align 4
	.globl	flush_global
	.type	flush_global, @function
flush_global:
.LFB10:
	.cfi_startproc
#APP
# 9 "crregs.c" 1
	movq %cr4, %rax
# 0 "" 2
#NO_APP
	movq	%rax, %rdx
	andb	$127, %dl
#APP
# 10 "crregs.c" 1
	movq %rdx, %cr4
# 0 "" 2
# 10 "crregs.c" 1
	movq %rax, %cr4
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE10:
	.size	flush_global, .-flush_global
	.p2align 4
	.globl	cache_disable
	.type	cache_disable, @function
cache_disable:
.LFB11:
	.cfi_startproc
#APP
# 4 "crregs.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	orq	$1073741824, %rax
#APP
# 5 "crregs.c" 1
	mov %rax, %cr0
# 0 "" 2
# 40 "crregs.c" 1
	wbinvd
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE11:
	.size	cache_disable, .-cache_disable
	.p2align 4
	.globl	fpu_enable
	.type	fpu_enable, @function
fpu_enable:
.LFB12:
	.cfi_startproc
#APP
# 45 "crregs.c" 1
	clts
# 0 "" 2
# 4 "crregs.c" 1
	mov %cr0, %rax
# 0 "" 2
#NO_APP
	andq	$-13, %rax
#APP
# 5 "crregs.c" 1
	mov %rax, %cr0
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE12:
	.size	fpu_enable, .-fpu_enable
	.p2align 4
	.globl	page_fault
	.type	page_fault, @function
page_fault:
.LFB13:
	.cfi_startproc
#APP
# 6 "crregs.c" 1
	mov %cr2, %rdx
# 0 "" 2
#NO_APP
	movq	fault_addr@GOTPCREL(%rip), %rax
	movq	%rdx, (%rax)
	ret
	.cfi_endproc
.LFE13:
	.size	page_fault, .-page_fault
	.p2align 4
	.globl	touch
	.type	touch, @function
touch:
.LFB14:
	.cfi_startproc
	leaq	page(%rip), %rax
#APP
# 14 "crregs.c" 1
	invlpg (%rax)
# 0 "" 2
# 59 "crregs.c" 1
	invlpg 64(%rax)
# 0 "" 2
#NO_APP
	ret
	.cfi_endproc
.LFE14:
	.size	touch, .-touch
	.local	page
	.comm	page,4096,4096
	.globl	fault_addr
	.bss
	.align 8
	.type	fault_addr, @object
	.size	fault_addr, 8
fault_addr:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
