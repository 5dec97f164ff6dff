# macro-port-reg.s - in/out with a register argument the instruction cannot
# take: afterburn passes it (gas refuses the expansion, no record needed),
# and gas must then stop at every one of them, never assemble it silently.
	.macro	port_out port, val=%al
	outb	\val, $\port
	.endm
	.macro	outw_p v, p
	outw	\v, $\p
	.endm
	.macro	inb_p p, v
	inb	$\p, \v
	.endm
	.macro	in_any port, v
	in	\port, \v
	.endm
	.text
	port_out 0x80, %cl
	port_out 0x80, %ax
	outw_p	%al, 0x20
	inb_p	0x60, %ah
	inb_p	0x60, %rax
	in_any	%cx, %al
	in_any	%dl, %al
	in_any	%dx, %r8b
