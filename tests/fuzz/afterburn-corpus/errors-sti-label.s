# sti-label.s - a label between sti and hlt would be a branch into the site
	.text
	sti
1:	hlt
	jmp 1b
