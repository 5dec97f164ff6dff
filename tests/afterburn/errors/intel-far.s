# intel-far.s - Intel syntax far returns/jumps/calls are refused (fail closed)
	.intel_syntax noprefix
	.text
f:
	retf
	retfq 8
	jmp FWORD PTR [rax]
	call fword ptr [rbx+8]
	int 3
	.att_syntax prefix
	lret
