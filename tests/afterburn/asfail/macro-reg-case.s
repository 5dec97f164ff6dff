# macro-reg-case.s - a general register in mixed case through a macro
# argument: gas takes it, .ifc cannot name it: stop rather than record a
# wrong register
	.macro	GS_SAVE reg
	rdgsbase \reg
	.endm
	.text
	GS_SAVE %Rbx
