# int-sym3.s - "int $SYM" with SYM = 3 is int3 (cc) in gas: the recorded int
# site would be wrong, so the assembly stops
	.set	VEC, 1 + 2
	.text
	int	$VEC
