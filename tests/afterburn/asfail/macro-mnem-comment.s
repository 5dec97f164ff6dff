# macro-mnem-comment.s - a '#' in the argument turns the rest of the line,
# afterburn's check, into a comment: the count at the end of the file
# stops gas instead of leaving the cli unpadded
	.text
	.macro	alt oldinstr
	\oldinstr
	.endm
	alt "cli # off"
