# altmacro.s - registers from arguments inside .altmacro macros (written \reg)
	.altmacro
	.macro X reg
	cli
	mov \reg, %cr3
	.endm
	X <%rax>
	.noaltmacro
	ret
