# unterminated-string.s
	.ascii "abc
	cli
