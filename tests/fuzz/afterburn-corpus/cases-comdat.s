# comdat.s - code in a COMDAT group: its records and slots join the group,
# so a linker that drops a duplicate group drops them too (see 20-afterburner.sh)
	.section .text.f,"axG",@progbits,f,comdat
	.globl f
	.weak f
f:	cli
	ret
	.text
	.globl _start
_start:	sti
	call f
