# macro-reg.s - a register from an .irp value that makes a sensitive
# instruction unrecordable is an afterburn error (other values are fine)
	.text
	.irp r, rax, ax
	movq %\r, %cr3
	.endr
