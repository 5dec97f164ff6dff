/* int3.S - breakpoints: int3 is never a site (reported); `int $3` is what
 * gas encodes as int3 too (0xcc), so it must be treated the same way;
 * int $0x80 and int $4 are int sites. */
	.text
	.globl	bp
bp:	int3
	int	$3
	int	$0x80
	int	$4
	into_like: int $0x03
	ret
