# 17 "boot.S"
	.text
	nop
	.section .rodata
	outb %al, $0x80
