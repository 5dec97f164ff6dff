# truncated-macro.s - input cut off inside a macro
	.macro m
	cli
