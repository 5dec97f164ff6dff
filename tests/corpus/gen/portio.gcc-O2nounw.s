	.file	"portio.c"
	.text
	.p2align 4
	.globl	serial_putc
	.type	serial_putc, @function
serial_putc:
	movl	$1021, %edx
	.p2align 4,,10
	.p2align 3
.L2:
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$32, %al
	je	.L2
	movl	$1016, %edx
	movl	%edi, %eax
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	ret
	.size	serial_putc, .-serial_putc
	.p2align 4
	.globl	serial_puts
	.type	serial_puts, @function
serial_puts:
	movzbl	(%rdi), %esi
	testb	%sil, %sil
	je	.L6
	movl	$1021, %ecx
	movl	$13, %r9d
	movl	$1016, %r8d
	.p2align 4,,10
	.p2align 3
.L11:
	cmpb	$10, %sil
	je	.L9
.L8:
	addq	$1, %rdi
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%ecx, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$32, %al
	je	.L10
	movl	%esi, %eax
	movl	%r8d, %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	movzbl	(%rdi), %esi
	testb	%sil, %sil
	jne	.L11
.L6:
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%ecx, %edx
#APP
# 5 "portio.c" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$32, %al
	je	.L9
	movl	%r9d, %eax
	movl	%r8d, %edx
#APP
# 11 "portio.c" 1
	outb %al, %dx
# 0 "" 2
#NO_APP
	jmp	.L8
	.size	serial_puts, .-serial_puts
	.p2align 4
	.globl	pic_remap
	.type	pic_remap, @function
pic_remap:
	movl	$17, %edx
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	movl	$-128, %eax
#APP
# 11 "portio.c" 1
	outb %al, $128
# 0 "" 2
#NO_APP
	movl	%edx, %eax
#APP
# 11 "portio.c" 1
	outb %al, $160
# 0 "" 2
#NO_APP
	movl	%edi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
#NO_APP
	movl	%esi, %eax
#APP
# 11 "portio.c" 1
	outb %al, $161
# 0 "" 2
#NO_APP
	movl	$-1, %eax
#APP
# 11 "portio.c" 1
	outb %al, $33
# 0 "" 2
#NO_APP
	ret
	.size	pic_remap, .-pic_remap
	.p2align 4
	.globl	pci_read
	.type	pci_read, @function
pci_read:
	sall	$16, %edi
	andl	$252, %ecx
	sall	$8, %edx
	orl	%ecx, %edi
	sall	$11, %esi
	orl	%edx, %edi
	movl	$3320, %edx
	orl	%esi, %edi
	movl	%edi, %eax
	orl	$-2147483648, %eax
#APP
# 67 "portio.c" 1
	outl %eax, %dx
# 0 "" 2
#NO_APP
	movl	$3324, %edx
#APP
# 17 "portio.c" 1
	inl %dx, %eax
# 0 "" 2
#NO_APP
	ret
	.size	pci_read, .-pci_read
	.p2align 4
	.globl	ide_read
	.type	ide_read, @function
ide_read:
	movl	$496, %edx
	movl	$512, %ecx
#APP
# 28 "portio.c" 1
	rep insb
# 0 "" 2
#NO_APP
	movl	$256, %ecx
#APP
# 33 "portio.c" 1
	rep outsw
# 0 "" 2
#NO_APP
	xorl	%eax, %eax
	movl	$502, %edx
#APP
# 23 "portio.c" 1
	outw %ax, %dx
# 0 "" 2
#NO_APP
	ret
	.size	ide_read, .-ide_read
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
