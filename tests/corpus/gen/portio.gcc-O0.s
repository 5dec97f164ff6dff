	.file	"portio.c"
	.text
	.type	inb, @function
inb:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	movzwl	-20(%rbp), %eax
	movl	%eax, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movb	%al, -1(%rbp)
	movzbl	-1(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	inb, .-inb
	.type	outb, @function
outb:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movb	%dl, -4(%rbp)
	movw	%ax, -8(%rbp)
	movzbl	-4(%rbp), %eax
	movzwl	-8(%rbp), %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	outb, .-outb
	.type	inl, @function
inl:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	movzwl	-20(%rbp), %eax
	movl	%eax, %edx
#APP
# 17 "portio.c" 1
	inl %dx, %eax
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	inl, .-inl
	.type	outw, @function
outw:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movw	%dx, -4(%rbp)
	movw	%ax, -8(%rbp)
	movzwl	-4(%rbp), %eax
	movzwl	-8(%rbp), %edx
#APP
# 23 "portio.c" 1
	outw %ax, %dx
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	outw, .-outw
	.type	insb, @function
insb:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movw	%ax, -4(%rbp)
	movzwl	-4(%rbp), %edx
	movq	-16(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rsi, %rdi
	movq	%rax, %rcx
#APP
# 28 "portio.c" 1
	rep insb
# 0 "" 2
#NO_APP
	movq	%rcx, %rax
	movq	%rdi, %rsi
	movq	%rsi, -16(%rbp)
	movq	%rax, -24(%rbp)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	insb, .-insb
	.type	outsw, @function
outsw:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movw	%ax, -4(%rbp)
	movzwl	-4(%rbp), %edx
	movq	-16(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rcx
#APP
# 33 "portio.c" 1
	rep outsw
# 0 "" 2
#NO_APP
	movq	%rcx, %rax
	movq	%rsi, -16(%rbp)
	movq	%rax, -24(%rbp)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	outsw, .-outsw
	.globl	serial_putc
	.type	serial_putc, @function
serial_putc:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	nop
.L10:
	movl	$1021, %edi
	call	inb
	movzbl	%al, %eax
	andl	$32, %eax
	testl	%eax, %eax
	je	.L10
	movzbl	-4(%rbp), %eax
	movzbl	%al, %eax
	movl	$1016, %esi
	movl	%eax, %edi
	call	outb
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	serial_putc, .-serial_putc
	.globl	serial_puts
	.type	serial_puts, @function
serial_puts:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -8(%rbp)
	jmp	.L12
.L14:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$10, %al
	jne	.L13
	movl	$13, %edi
	call	serial_putc
.L13:
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	serial_putc
.L12:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L14
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	serial_puts, .-serial_puts
	.globl	pic_remap
	.type	pic_remap, @function
pic_remap:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movl	%edi, %edx
	movl	%esi, %eax
	movb	%dl, -4(%rbp)
	movb	%al, -8(%rbp)
	movl	$32, %esi
	movl	$17, %edi
	call	outb
	movl	$128, %esi
	movl	$128, %edi
	call	outb
	movl	$160, %esi
	movl	$17, %edi
	call	outb
	movzbl	-4(%rbp), %eax
	movl	$33, %esi
	movl	%eax, %edi
	call	outb
	movzbl	-8(%rbp), %eax
	movl	$161, %esi
	movl	%eax, %edi
	call	outb
	movl	$33, %esi
	movl	$255, %edi
	call	outb
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	pic_remap, .-pic_remap
	.globl	pci_read
	.type	pci_read, @function
pci_read:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movl	%edx, -28(%rbp)
	movl	%ecx, -32(%rbp)
	movl	-20(%rbp), %eax
	sall	$16, %eax
	movl	%eax, %edx
	movl	-24(%rbp), %eax
	sall	$11, %eax
	orl	%eax, %edx
	movl	-28(%rbp), %eax
	sall	$8, %eax
	orl	%eax, %edx
	movl	-32(%rbp), %eax
	andl	$252, %eax
	orl	%edx, %eax
	orl	$-2147483648, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	$3320, %edx
#APP
# 67 "portio.c" 1
	outl %eax, %dx
# 0 "" 2
#NO_APP
	movl	$3324, %edi
	call	inl
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	pci_read, .-pci_read
	.globl	ide_read
	.type	ide_read, @function
ide_read:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movl	$512, %edx
	movq	%rax, %rsi
	movl	$496, %edi
	call	insb
	movq	-16(%rbp), %rax
	movl	$256, %edx
	movq	%rax, %rsi
	movl	$496, %edi
	call	outsw
	movl	$502, %esi
	movl	$0, %edi
	call	outw
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	ide_read, .-ide_read
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
