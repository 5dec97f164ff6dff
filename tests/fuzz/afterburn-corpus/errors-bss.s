# bss.s
	.bss
	swapgs
	.section .note.x,"a"
	rdmsr
