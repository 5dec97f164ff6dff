# macro-port-imm.s - an immediate port through a whole-operand argument
# cannot be recorded from the text ("$0x60" is no expression for the
# record): gas stops; write "$\port" in the macro
	.macro	READ_PORT port
	in	\port, %al
	.endm
	.text
	READ_PORT %dx
	READ_PORT $0x60
