	.text
	.file	"portio.c"
	.globl	serial_putc                     # -- Begin function serial_putc
	.p2align	4, 0x90
	.type	serial_putc,@function
serial_putc:                            # @serial_putc
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movb	%dil, %al
	movb	%al, -1(%rbp)
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	movl	$1021, %edi                     # imm = 0x3FD
	callq	inb
	movzbl	%al, %eax
	andl	$32, %eax
	cmpl	$0, %eax
	setne	%al
	xorb	$-1, %al
	testb	$1, %al
	jne	.LBB0_2
	jmp	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_1 Depth=1
	jmp	.LBB0_1
.LBB0_3:
	movl	$1016, %esi                     # imm = 0x3F8
	movzbl	-1(%rbp), %edi
	callq	outb
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end0:
	.size	serial_putc, .Lfunc_end0-serial_putc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function inb
	.type	inb,@function
inb:                                    # @inb
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movw	-2(%rbp), %dx
	#APP
	inb %dx, %al
	#NO_APP
	movb	%al, -3(%rbp)
	movzbl	-3(%rbp), %eax
	popq	%rbp
	retq
.Lfunc_end1:
	.size	inb, .Lfunc_end1-inb
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outb
	.type	outb,@function
outb:                                   # @outb
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%si, %ax
	movb	%dil, %cl
	movb	%cl, -1(%rbp)
	movw	%ax, -4(%rbp)
	movb	-1(%rbp), %al
	movw	-4(%rbp), %dx
	#APP
	outb %al, %dx
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end2:
	.size	outb, .Lfunc_end2-outb
                                        # -- End function
	.globl	serial_puts                     # -- Begin function serial_puts
	.p2align	4, 0x90
	.type	serial_puts,@function
serial_puts:                            # @serial_puts
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	.LBB3_5
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	movsbl	(%rax), %eax
	cmpl	$10, %eax
	jne	.LBB3_4
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	movl	$13, %edi
	callq	serial_putc
.LBB3_4:                                #   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	movq	%rax, %rcx
	addq	$1, %rcx
	movq	%rcx, -8(%rbp)
	movsbl	(%rax), %edi
	callq	serial_putc
	jmp	.LBB3_1
.LBB3_5:
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end3:
	.size	serial_puts, .Lfunc_end3-serial_puts
                                        # -- End function
	.globl	pic_remap                       # -- Begin function pic_remap
	.p2align	4, 0x90
	.type	pic_remap,@function
pic_remap:                              # @pic_remap
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movb	%sil, %al
	movb	%dil, %cl
	movb	%cl, -1(%rbp)
	movb	%al, -2(%rbp)
	movl	$17, %edi
	movl	$32, %esi
	callq	outb
	movl	$128, %esi
	movl	%esi, %edi
	callq	outb
	movl	$17, %edi
	movl	$160, %esi
	callq	outb
	movl	$33, %esi
	movzbl	-1(%rbp), %edi
	callq	outb
	movl	$161, %esi
	movzbl	-2(%rbp), %edi
	callq	outb
	movl	$255, %edi
	movl	$33, %esi
	callq	outb
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end4:
	.size	pic_remap, .Lfunc_end4-pic_remap
                                        # -- End function
	.globl	pci_read                        # -- Begin function pci_read
	.p2align	4, 0x90
	.type	pci_read,@function
pci_read:                               # @pci_read
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	movl	-4(%rbp), %eax
	shll	$16, %eax
	orl	$2147483648, %eax               # imm = 0x80000000
	movl	-8(%rbp), %ecx
	shll	$11, %ecx
	orl	%ecx, %eax
	movl	-12(%rbp), %ecx
	shll	$8, %ecx
	orl	%ecx, %eax
	movl	-16(%rbp), %ecx
	andl	$252, %ecx
	orl	%ecx, %eax
	movl	%eax, -20(%rbp)
	movl	-20(%rbp), %eax
	movl	$3320, %edx                     # imm = 0xCF8
	#APP
	outl %eax, %dx
	#NO_APP
	movl	$3324, %edi                     # imm = 0xCFC
	callq	inl
	addq	$32, %rsp
	popq	%rbp
	retq
.Lfunc_end5:
	.size	pci_read, .Lfunc_end5-pci_read
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function inl
	.type	inl,@function
inl:                                    # @inl
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movw	-2(%rbp), %dx
	#APP
	inl %dx, %eax
	#NO_APP
	movl	%eax, -8(%rbp)
	movl	-8(%rbp), %eax
	popq	%rbp
	retq
.Lfunc_end6:
	.size	inl, .Lfunc_end6-inl
                                        # -- End function
	.globl	ide_read                        # -- Begin function ide_read
	.p2align	4, 0x90
	.type	ide_read,@function
ide_read:                               # @ide_read
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rsi
	movl	$496, %edi                      # imm = 0x1F0
	movl	$512, %edx                      # imm = 0x200
	callq	insb
	movq	-16(%rbp), %rsi
	movl	$496, %edi                      # imm = 0x1F0
	movl	$256, %edx                      # imm = 0x100
	callq	outsw
	xorl	%edi, %edi
	movl	$502, %esi                      # imm = 0x1F6
	callq	outw
	addq	$16, %rsp
	popq	%rbp
	retq
.Lfunc_end7:
	.size	ide_read, .Lfunc_end7-ide_read
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function insb
	.type	insb,@function
insb:                                   # @insb
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rdi
	movq	-24(%rbp), %rcx
	movw	-2(%rbp), %dx
	#APP
	rep insb
	#NO_APP
	movq	%rdi, -16(%rbp)
	movq	%rcx, -24(%rbp)
	popq	%rbp
	retq
.Lfunc_end8:
	.size	insb, .Lfunc_end8-insb
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outsw
	.type	outsw,@function
outsw:                                  # @outsw
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rcx
	movw	-2(%rbp), %dx
	#APP
	rep outsw
	#NO_APP
	movq	%rsi, -16(%rbp)
	movq	%rcx, -24(%rbp)
	popq	%rbp
	retq
.Lfunc_end9:
	.size	outsw, .Lfunc_end9-outsw
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function outw
	.type	outw,@function
outw:                                   # @outw
# %bb.0:
	pushq	%rbp
	movq	%rsp, %rbp
	movw	%si, %ax
	movw	%di, %cx
	movw	%cx, -2(%rbp)
	movw	%ax, -4(%rbp)
	movw	-2(%rbp), %ax
	movw	-4(%rbp), %dx
	#APP
	outw %ax, %dx
	#NO_APP
	popq	%rbp
	retq
.Lfunc_end10:
	.size	outw, .Lfunc_end10-outw
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
