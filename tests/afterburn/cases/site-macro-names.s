# site-macro-names.s - the site macro is .Lafterburn_site, in the prefix
# input may not use: user macros named like it (afterburn_site,
# Lafterburn_site) are other macros and keep working.  Sites in .rept,
# .irp and .macro bodies and under .altmacro call it too (an expression
# with '<' goes through a label: .altmacro reads '<' in macro arguments).
	.macro afterburn_site a, b
	.byte \a, \b
	.endm
	.macro Lafterburn_site
	cli
	.endm
	.text
	afterburn_site 1, 2
	Lafterburn_site
	.rept 2
	sti
	.endr
	.irp p, 0x60, 0x61
	inb $\p, %al
	.endr
	.altmacro
	.macro am port
	outb %al, $(port<<1)
	.endm
	am 0x20
	.noaltmacro
	lgdt gdt + 2(%rip)
	.data
gdt:	.quad 0, 0
