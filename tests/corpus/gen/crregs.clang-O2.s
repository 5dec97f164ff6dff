	.text
	.file	"crregs.c"
	.globl	flush_tlb                       # -- Begin function flush_tlb
	.p2align	4, 0x90
	.type	flush_tlb,@function
flush_tlb:                              # @flush_tlb
# %bb.0:
	#APP
	mov %cr3, %rax
	#NO_APP
	#APP
	mov %rax, %cr3
	#NO_APP
	retq
.Lfunc_end0:
	.size	flush_tlb, .Lfunc_end0-flush_tlb
                                        # -- End function
	.globl	flush_range                     # -- Begin function flush_range
	.p2align	4, 0x90
	.type	flush_range,@function
flush_range:                            # @flush_range
# %bb.0:
	testq	%rsi, %rsi
	je	.LBB1_3
# %bb.1:
	xorl	%eax, %eax
	.p2align	4, 0x90
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	leaq	(%rdi,%rax), %rcx
	#APP
	invlpg (%rcx)
	#NO_APP
	addq	$4096, %rax                     # imm = 0x1000
	cmpq	%rsi, %rax
	jb	.LBB1_2
.LBB1_3:
	retq
.Lfunc_end1:
	.size	flush_range, .Lfunc_end1-flush_range
                                        # -- End function
	.globl	flush_global                    # -- Begin function flush_global
	.p2align	4, 0x90
	.type	flush_global,@function
flush_global:                           # @flush_global
# %bb.0:
	#APP
	movq %cr4, %rax
	#NO_APP
	movq	%rax, %rcx
	andq	$-129, %rcx
	#APP
	movq %rcx, %cr4
	#NO_APP
	#APP
	movq %rax, %cr4
	#NO_APP
	retq
.Lfunc_end2:
	.size	flush_global, .Lfunc_end2-flush_global
                                        # -- End function
	.globl	cache_disable                   # -- Begin function cache_disable
	.p2align	4, 0x90
	.type	cache_disable,@function
cache_disable:                          # @cache_disable
# %bb.0:
	#APP
	mov %cr0, %rax
	#NO_APP
	orq	$1073741824, %rax               # imm = 0x40000000
	#APP
	mov %rax, %cr0
	#NO_APP
	#APP
	wbinvd
	#NO_APP
	retq
.Lfunc_end3:
	.size	cache_disable, .Lfunc_end3-cache_disable
                                        # -- End function
	.globl	fpu_enable                      # -- Begin function fpu_enable
	.p2align	4, 0x90
	.type	fpu_enable,@function
fpu_enable:                             # @fpu_enable
# %bb.0:
	#APP
	clts
	#NO_APP
	#APP
	mov %cr0, %rax
	#NO_APP
	andq	$-13, %rax
	#APP
	mov %rax, %cr0
	#NO_APP
	retq
.Lfunc_end4:
	.size	fpu_enable, .Lfunc_end4-fpu_enable
                                        # -- End function
	.globl	page_fault                      # -- Begin function page_fault
	.p2align	4, 0x90
	.type	page_fault,@function
page_fault:                             # @page_fault
# %bb.0:
	#APP
	mov %cr2, %rax
	#NO_APP
	movq	%rax, fault_addr(%rip)
	retq
.Lfunc_end5:
	.size	page_fault, .Lfunc_end5-page_fault
                                        # -- End function
	.globl	touch                           # -- Begin function touch
	.p2align	4, 0x90
	.type	touch,@function
touch:                                  # @touch
# %bb.0:
	leaq	page(%rip), %rax
	#APP
	invlpg (%rax)
	#NO_APP
	#APP
	invlpg page+64(%rip)
	#NO_APP
	retq
.Lfunc_end6:
	.size	touch, .Lfunc_end6-touch
                                        # -- End function
	.type	fault_addr,@object              # @fault_addr
	.bss
	.globl	fault_addr
	.p2align	3
fault_addr:
	.quad	0                               # 0x0
	.size	fault_addr, 8

	.type	page,@object                    # @page
	.local	page
	.comm	page,4096,4096
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
