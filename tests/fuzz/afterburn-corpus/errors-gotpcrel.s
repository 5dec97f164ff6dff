# gotpcrel.s - a relocation operator cannot go into the record
	.text
	lgdt gdt@GOTPCREL(%rip)
