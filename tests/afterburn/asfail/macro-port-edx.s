# macro-port-edx.s - a port register gas takes but afterburn cannot record
# (%edx: gas encodes "in (%dx)", the classifier knows only %dx): unlike a
# register gas refuses (macro-port-reg.s) this stays an error, at expansion
	.macro	in_any port, v
	in	\port, \v
	.endm
	.text
	in_any	%dx, %al
	in_any	%edx, %al
