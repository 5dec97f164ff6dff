# modes.s - .code16/.code32/.code64: only 64-bit code is padded; 16- and
# 32-bit ranges are recorded in afterburn_modes, also across section changes.
	.text
	.code32
start32:
	cli
	movl	%cr0, %eax
	.section .rodata
	.long	0
	.text
	lgdt	gdt32
	ljmp	$0x08, $start64
	.code64
start64:
	cli
	.section .boot16,"ax"
	.code16
	cli
	inb	$0x92, %al
	.code16gcc
	sti
	.code64
	hlt
	.data
gdt32:	.quad 0
