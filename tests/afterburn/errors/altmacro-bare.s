# altmacro-bare.s - under .altmacro gas substitutes a parameter written
# without '\': "push reg" may push %fs.  Refused where it could be sensitive;
# innocuous uses (add $n, reg) and "\reg" are fine.
	.altmacro
	.macro	PS reg, n=1
	push	reg
	add	$n, reg
	movq	reg, %rax
	mov	\reg, %cr3
	.endm
	.text
	PS	<%rax>
