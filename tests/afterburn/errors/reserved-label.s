# reserved-label.s - afterburn's label prefix in the input: refused, so
# no user label can meet a generated one (issue 7).
	.text
	nop
.Lafterburn_s1:
	cli
	jmp	.Lafterburn_s1
