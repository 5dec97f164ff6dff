	.text
	.file	"portio.c"
	.globl	serial_putc                     # -- Begin function serial_putc
	.p2align	4, 0x90
	.type	serial_putc,@function
serial_putc:                            # @serial_putc
# %bb.0:
	movw	$1021, %dx                      # imm = 0x3FD
	.p2align	4, 0x90
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	inb %dx, %al
	#NO_APP
	testb	$32, %al
	je	.LBB0_1
# %bb.2:
	movl	%edi, %eax
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
	retq
.Lfunc_end0:
	.size	serial_putc, .Lfunc_end0-serial_putc
                                        # -- End function
	.globl	serial_puts                     # -- Begin function serial_puts
	.p2align	4, 0x90
	.type	serial_puts,@function
serial_puts:                            # @serial_puts
# %bb.0:
	.p2align	4, 0x90
.LBB1_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_4 Depth 2
                                        #     Child Loop BB1_6 Depth 2
	movb	(%rdi), %cl
	cmpb	$10, %cl
	je	.LBB1_4
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	testb	%cl, %cl
	jne	.LBB1_6
	jmp	.LBB1_3
	.p2align	4, 0x90
.LBB1_4:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movw	$1021, %dx                      # imm = 0x3FD
	#APP
	inb %dx, %al
	#NO_APP
	testb	$32, %al
	je	.LBB1_4
# %bb.5:                                #   in Loop: Header=BB1_1 Depth=1
	movb	$13, %al
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
	movb	(%rdi), %cl
	.p2align	4, 0x90
.LBB1_6:                                #   Parent Loop BB1_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movw	$1021, %dx                      # imm = 0x3FD
	#APP
	inb %dx, %al
	#NO_APP
	testb	$32, %al
	je	.LBB1_6
# %bb.7:                                #   in Loop: Header=BB1_1 Depth=1
	addq	$1, %rdi
	movl	%ecx, %eax
	movw	$1016, %dx                      # imm = 0x3F8
	#APP
	outb %al, %dx
	#NO_APP
	jmp	.LBB1_1
.LBB1_3:
	retq
.Lfunc_end1:
	.size	serial_puts, .Lfunc_end1-serial_puts
                                        # -- End function
	.globl	pic_remap                       # -- Begin function pic_remap
	.p2align	4, 0x90
	.type	pic_remap,@function
pic_remap:                              # @pic_remap
# %bb.0:
	movb	$17, %al
	#APP
	outb %al, $32
	#NO_APP
	movb	$-128, %al
	#APP
	outb %al, $128
	#NO_APP
	movb	$17, %al
	#APP
	outb %al, $160
	#NO_APP
	movl	%edi, %eax
	#APP
	outb %al, $33
	#NO_APP
	movl	%esi, %eax
	#APP
	outb %al, $161
	#NO_APP
	movb	$-1, %al
	#APP
	outb %al, $33
	#NO_APP
	retq
.Lfunc_end2:
	.size	pic_remap, .Lfunc_end2-pic_remap
                                        # -- End function
	.globl	pci_read                        # -- Begin function pci_read
	.p2align	4, 0x90
	.type	pci_read,@function
pci_read:                               # @pci_read
# %bb.0:
                                        # kill: def $ecx killed $ecx def $rcx
                                        # kill: def $edx killed $edx def $rdx
	shll	$16, %edi
	shll	$11, %esi
	orl	%edi, %esi
	shll	$8, %edx
	orl	%esi, %edx
	andl	$252, %ecx
	leal	(%rcx,%rdx), %eax
	orl	$-2147483648, %eax              # imm = 0x80000000
	movl	$3320, %edx                     # imm = 0xCF8
	#APP
	outl %eax, %dx
	#NO_APP
	movw	$3324, %dx                      # imm = 0xCFC
	#APP
	inl %dx, %eax
	#NO_APP
	retq
.Lfunc_end3:
	.size	pci_read, .Lfunc_end3-pci_read
                                        # -- End function
	.globl	ide_read                        # -- Begin function ide_read
	.p2align	4, 0x90
	.type	ide_read,@function
ide_read:                               # @ide_read
# %bb.0:
	movl	$512, %ecx                      # imm = 0x200
	movw	$496, %dx                       # imm = 0x1F0
	#APP
	rep insb
	#NO_APP
	movl	$256, %ecx                      # imm = 0x100
	movw	$496, %dx                       # imm = 0x1F0
	#APP
	rep outsw
	#NO_APP
	xorl	%eax, %eax
	movw	$502, %dx                       # imm = 0x1F6
	#APP
	outw %ax, %dx
	#NO_APP
	retq
.Lfunc_end4:
	.size	ide_read, .Lfunc_end4-ide_read
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
