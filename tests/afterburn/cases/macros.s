# macros.s - sites inside .macro bodies (expanded several times), .rept and
# .irp bodies, \@ labels, macro arguments in operands, a macro named like
# an instruction, and a macro-parameter mnemonic (gas judges the argument
# at expansion: "do hlt" gets the record of hlt).
	.macro	save_flags reg
	pushfq
	popq	\reg
	.endm
	.macro	io_delay port=0x80
	outb	%al, $\port
	.endm
	.macro	spin
.Lspin\@:
	pause
	cli
	jmp	.Lspin\@
	.endm
	.macro	sti
	nop
	.endm
	.macro	do op
	\op
	.endm
	.text
f:
	save_flags %rax
	save_flags %rbx
	io_delay
	io_delay 0xed
	spin
	spin
	.rept	3
	rdtsc
	.endr
	.irp	port, 0x20, 0xa0
	outb	%al, $\port
	.endr
	sti
	do	hlt
	ret
