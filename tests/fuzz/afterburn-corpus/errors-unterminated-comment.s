# unterminated-comment.s
	nop /* open
	cli
