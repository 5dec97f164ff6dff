# syntax-arg.s - an unknown .att_syntax argument is refused (registers could be misread)
	.att_syntax noprefx
	mov cr3, rax
