# popsection.s
	.text
	.popsection
