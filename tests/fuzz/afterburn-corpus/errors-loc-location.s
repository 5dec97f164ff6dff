	.file 1 "drv.c"
	.text
	.loc 1 42 5
#APP
# 42 "drv.c" 1
	outb %bl, $0x80
# 0 "" 2
#NO_APP
	.loc 1 50 1
	.data
	cli
