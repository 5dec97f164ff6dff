	.text
	.file	"crregs.c"
	.globl	flush_tlb                       # -- Begin function flush_tlb
	.p2align	4, 0x90
	.type	flush_tlb,@function
flush_tlb:                              # @flush_tlb
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	read_cr3
	movq	%rax, %rdi
	callq	write_cr3
	popq	%rbp
	retq
.Lfunc_end0:
	.size	flush_tlb, .Lfunc_end0-flush_tlb
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr3
	.type	write_cr3,@function
write_cr3:                              # @write_cr3
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	mov %rax, %cr3
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end1:
	.size	write_cr3, .Lfunc_end1-write_cr3
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr3
	.type	read_cr3,@function
read_cr3:                               # @read_cr3
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	mov %cr3, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end2:
	.size	read_cr3, .Lfunc_end2-read_cr3
                                        # -- End function
	.globl	flush_range                     # -- Begin function flush_range
	.p2align	4, 0x90
	.type	flush_range,@function
flush_range:                            # @flush_range
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	$0, -24(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	movq	-24(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	.LBB3_4
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rdi
	addq	-24(%rbp), %rdi
	callq	invlpg
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	movq	-24(%rbp), %rax
	addq	$4096, %rax                     # imm = 0x1000
	movq	%rax, -24(%rbp)
	jmp	.LBB3_1
.LBB3_4:
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end3:
	.size	flush_range, .Lfunc_end3-flush_range
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function invlpg
	.type	invlpg,@function
invlpg:                                 # @invlpg
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	invlpg (%rax)
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end4:
	.size	invlpg, .Lfunc_end4-invlpg
                                        # -- End function
	.globl	flush_global                    # -- Begin function flush_global
	.p2align	4, 0x90
	.type	flush_global,@function
flush_global:                           # @flush_global
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	callq	read_cr4
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rdi
	andq	$-129, %rdi
	callq	write_cr4
	movq	-8(%rbp), %rdi
	callq	write_cr4
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end5:
	.size	flush_global, .Lfunc_end5-flush_global
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr4
	.type	read_cr4,@function
read_cr4:                               # @read_cr4
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	movq %cr4, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end6:
	.size	read_cr4, .Lfunc_end6-read_cr4
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr4
	.type	write_cr4,@function
write_cr4:                              # @write_cr4
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	movq %rax, %cr4
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end7:
	.size	write_cr4, .Lfunc_end7-write_cr4
                                        # -- End function
	.globl	cache_disable                   # -- Begin function cache_disable
	.p2align	4, 0x90
	.type	cache_disable,@function
cache_disable:                          # @cache_disable
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	read_cr0
	movq	%rax, %rdi
	orq	$1073741824, %rdi               # imm = 0x40000000
	callq	write_cr0
	#APP
	wbinvd
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end8:
	.size	cache_disable, .Lfunc_end8-cache_disable
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function write_cr0
	.type	write_cr0,@function
write_cr0:                              # @write_cr0
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	#APP
	mov %rax, %cr0
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end9:
	.size	write_cr0, .Lfunc_end9-write_cr0
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr0
	.type	read_cr0,@function
read_cr0:                               # @read_cr0
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	mov %cr0, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end10:
	.size	read_cr0, .Lfunc_end10-read_cr0
                                        # -- End function
	.globl	fpu_enable                      # -- Begin function fpu_enable
	.p2align	4, 0x90
	.type	fpu_enable,@function
fpu_enable:                             # @fpu_enable
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	clts
	#NO_APP
	callq	read_cr0
	movq	%rax, %rdi
	andq	$-13, %rdi
	callq	write_cr0
	popq	%rbp
	retq
.Lfunc_end11:
	.size	fpu_enable, .Lfunc_end11-fpu_enable
                                        # -- End function
	.globl	page_fault                      # -- Begin function page_fault
	.p2align	4, 0x90
	.type	page_fault,@function
page_fault:                             # @page_fault
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	callq	read_cr2
	movq	%rax, fault_addr(%rip)
	popq	%rbp
	retq
.Lfunc_end12:
	.size	page_fault, .Lfunc_end12-page_fault
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function read_cr2
	.type	read_cr2,@function
read_cr2:                               # @read_cr2
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	#APP
	mov %cr2, %rax
	#NO_APP
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
.Lfunc_end13:
	.size	read_cr2, .Lfunc_end13-read_cr2
                                        # -- End function
	.globl	touch                           # -- Begin function touch
	.p2align	4, 0x90
	.type	touch,@function
touch:                                  # @touch
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	leaq	page(%rip), %rdi
	callq	invlpg
	#APP
	invlpg page+64(%rip)
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end14:
	.size	touch, .Lfunc_end14-touch
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
