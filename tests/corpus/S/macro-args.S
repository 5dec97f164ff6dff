/* macro-args.S - sensitive instructions whose operands come from macro
 * arguments: ports, segment registers, the mnemonic, .irp values
 * (control registers from macro arguments: macro-args-cr.S; a memory
 * operand from an argument is refused: tests/afterburn/asfail/macro-mnem-memarg.s). */
	.macro	port_out port, val=%al
	outb	\val, $\port
	.endm
	.macro	push_seg s
	pushq	%\s
	.endm
	.macro	table_load insn
	\insn	(%rdi)
	.endm
	.macro	table_load_at insn
	\insn	8(%rsi)
	.endm

	.text
	.globl	ma
ma:	port_out 0x80
	port_out 0x70, %al
	push_seg fs
	push_seg gs
	.irp	r, rax, rcx
	movq	%\r, %cr0
	.endr
	.irp	p, 0x20, 0xa0
	inb	$\p, %al
	.endr
	table_load lgdt
	table_load_at lidt
	ret
