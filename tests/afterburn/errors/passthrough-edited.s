# passthrough-edited.s - afterburn output (see its ABI word line) with an
# instruction added afterwards: passed through only if every sensitive
# instruction has its site, else an error (issue 7).
	.text
	.Lafterburn_s1 = .; cli; .Lafterburn_ie1 = .; .if (.Lafterburn_ie1 - .Lafterburn_s1) < 7; .nops 7 - (.Lafterburn_ie1 - .Lafterburn_s1); .endif; .Lafterburn_se1 = .; .pushsection "afterburn_slots","awx",@progbits; .balign 8; .Lafterburn_sl1 = .; .skip 96; .popsection; .pushsection "afterburn_sites","a",@progbits; .balign 4; .long .Lafterburn_s1 - .; .long .Lafterburn_sl1 - .; .byte .Lafterburn_ie1 - .Lafterburn_s1, .Lafterburn_se1 - .Lafterburn_s1, 1, 0, 0, 0, 0, 255, 255, 255, 0, 255; .long 0; .long 0; .long 0; .popsection
	hlt
	.pushsection afterburn_abi,"a",@progbits; .balign 4; .long 0xab5e0001; .popsection
