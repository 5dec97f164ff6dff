# site-macro-names.s - the site tail is the macro .Lafterburn_site of
# afterburn/site_asm.h, expanded by afterburn (no macro call, so gas' \@
# counts as in the input: the labels below keep their names).  User macros
# named like it (afterburn_site, Lafterburn_site) are other macros.  Sites
# in .rept, .irp and .macro bodies and under .altmacro (a port with '<').
	.macro afterburn_site a, b
	.byte \a, \b
	.endm
	.macro Lafterburn_site
lbl\@:	cli
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
	Lafterburn_site
	lgdt gdt + 2(%rip)
	.data
gdt:	.quad 0, 0
