# statements.s - ';'-separated statements, labels (numeric too), prefixes
# (rep/repz/lock/data16/rex64/{disp32}), a prefix alone on its line, C
# comments spanning lines, CRLF-free odd spacing, upper case.
	.text
1:	cli; sti; nop
2: 3:	outb %al,$0x80 ; inb $0x60,%al
	rep
	insw
	repz outsb
	data16 ltr %ax
	{disp32} lgdt (%rax)
	rex64 iret
	CLI
	movq	%CR4,%RAX   /* a comment
	cli still in the comment */ ; pushf
	jmp	1b
