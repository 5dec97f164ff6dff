# macro-mnem-special.s - a statement argument that moves to a control
# register, pushes a segment register or jumps far: only a site could
# cover these, so gas stops (a %gs: override alone is innocuous)
	.text
	.macro	alt oldinstr
	\oldinstr
	.endm
	alt "movq %gs:8, %rax"
	alt "mov %rax, %cr3"
	alt "push %fs"
	alt "jmp $0x10, $1f"
1:	ret
