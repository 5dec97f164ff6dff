# many.s - every error is reported, not just the first
	.data
	cli
	sti
	.text
	mov %cr0, %ax
	int %eax
