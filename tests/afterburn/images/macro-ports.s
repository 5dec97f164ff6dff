# macro-ports.s - in/out whose data register or port comes from a macro
# argument.  Only %al/%ax/%eax (matching the suffix) and %dx make such an
# instruction; every other register gas refuses itself, so it must not stop
# afterburn (asfail/macro-port-reg*.s: gas does stop).  The immediate port
# "$\port" is expression text: the record's imm field is the argument.
	.macro	port_out port, val=%al
	outb	\val, $\port
	.endm
	.macro	outw_p v, p
	outw	\v, $\p
	.endm
	.macro	inb_p p, v
	inb	$\p, \v
	.endm
	.macro	outl_dx v
	outl	\v, (%dx)
	.endm
	.macro	in_any port, v
	in	\port, \v
	.endm

	.text
	.globl	_start
_start:
	port_out 0x80
	port_out 0x70, %al
	port_out 0x71, %AL
	outw_p	%ax, 0x20
	inb_p	0xa0, %al
	outl_dx	%eax
	in_any	%dx, %al
	in_any	%dx, %eax
	in_any	%DX, %ax
	ret
