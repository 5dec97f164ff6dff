# int.s - "int $3" in every spelling is int3 (cc): never padded, reported;
# other vectors are int sites; a symbolic vector is checked by gas.
	.text
	.globl	int_all
	.set	VEC_SYSCALL, 0x80
int_all:
	int	$3
	int	$0x3
	int	$03
	int	$(1+2)
	int	$(6/2)
	int	$(0x13 & 3)
	INT	$3
	int3
	int1
	int	$0x80
	int	$VEC_SYSCALL
	int	$(VEC_SYSCALL + 1)
	int	$1
	int	$4
	int	$0xff
	int	$-1
	int	$(2+2)
	cs int $3
	ret
