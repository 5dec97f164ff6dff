# cond-fuzz.awk - writes one random assembly program (awk -v seed=N) of
# nested conditionals (.if/.elseif/.else, .ifdef, .ifc, .ifb ...), .rept and
# .irp bodies, .macro bodies, balanced .pushsection blocks (code, copied
# code), sensitive and innocuous instructions, sti pairs, prefixes, and
# numeric labels with jumps over sites, for tests/suites/21: afterburn's
# output must assemble for every --defsym of A, B, C, with every live
# sensitive instruction covered and every branch landing where it does
# without afterburn.
function pick(s,   a, n) { n = split(s, a, "|"); return a[int(rand() * n) + 1] }
function block(depth,   i, n, x, k) {
	n = int(rand() * 5) + 1
	for (i = 0; i < n; i++) {
		x = rand()
		if (x < 0.35)
			print "\t" pick(sens)
		else if (x < 0.5)
			print "\t" pick(inn)
		else if (x < 0.7 && depth < 4) {
			print "\t" pick(conds)
			block(depth + 1)
			for (k = int(rand() * 3); k > 0; k--) {
				print "\t.elseif " pick("A|B|A-B|0")
				block(depth + 1)
			}
			if (rand() < 0.5) {
				print "\t.else"
				block(depth + 1)
			}
			print "\t.endif"
		} else if (x < 0.78 && depth < 4) {
			print "\t.rept " int(rand() * 4)
			block(depth + 1)
			print "\t.endr"
		} else if (x < 0.84 && depth < 4) {
			print "\t.irp v, 0, 1\n\t.if \\v"
			block(depth + 1)
			print "\t.endif\n\t.endr"
		} else if (x < 0.9 && depth < 4) {
			print "\t.pushsection " pick(".altinstr_replacement,\"ax\",@progbits|.text.f,\"ax\",@progbits|.text")
			block(depth + 1)
			print "\t.popsection"
		} else if (x < 0.95) {
			print "\tjmp 98701f\n\t" pick(sens) "\n98701:\tnop"
		} else {
			print "1:\t" pick(sens) "\n\tjnz 1b"
		}
	}
}
BEGIN {
	srand(seed)
	sens = "cli|sti|hlt|pushfq|popfq|swapgs|wbinvd|cpuid|rdmsr|wrmsr|invd|clts|rdtsc|outb %al, $0x80|" \
	       "inb $0x60, %al|movq %cr3, %rax|lgdt (%rax)|invlpg (%rdi)|rep; insb|sti; hlt"
	inn = "nop|xorl %eax, %eax|movq %rax, (%rdi)|addq $1, %rax"
	conds = ".if A|.if B|.ifdef C|.ifndef C|.if A+B|.ifc x,y|.ifnc x,y|.ifeq A|.ifb|.ifnb q|.if 0|.if 1"
	print "\t.ifndef A\n\tA = 0\n\t.endif\n\t.ifndef B\n\tB = 0\n\t.endif"
	for (m = 0; m < 2; m++) {
		print "\t.macro mac" m " p"
		block(1)
		print "\t.endm"
	}
	print "\t.text\n\t.globl _start\n_start:"
	block(0)
	print "\tmac0 1\n\tmac1 1\n\tret"
}
