# macro-mnemonic.s - mnemonics chosen by macro and .irp arguments, in the
# shape of a kernel's MSR helpers (one macro body, expanded once with rdmsr
# and once with wrmsr) and of an ALTERNATIVE whose argument is a whole
# statement.  gas judges each argument at expansion: a sensitive spelling
# (in any case, with a prefix or suffix around the argument) gets its own
# record, an innocuous one (nop, a macro name, a statement without a
# sensitive instruction) stays as it is.
	.text
	.macro	op_safe_regs op
	.globl	my_\op\()_safe_regs
my_\op\()_safe_regs:
	pushq	%rbx
	movl	(%rdi), %eax
	movl	4(%rdi), %ecx
1:	\op
2:	popq	%rbx
	ret
	.endm

	op_safe_regs rdmsr
	op_safe_regs wrmsr
	op_safe_regs WrMsR
	op_safe_regs nop
	op_safe_regs lfence

	# the argument inside the mnemonic: rd\op, \op\()f
	.macro	rd_op op
	rd\op
	.endm
	rd_op msr
	rd_op tsc
	rd_op tscp

	.macro	flags op
	\op\()fq
	.endm
	flags push
	flags pop
	flags Push

	# a mnemonic with operands of its own: only some spellings are sites
	.macro	port op
	\op	$0x80, %al
	.endm
	port in
	port add

	# a macro name as the argument (the macro's own body has the sites)
	.macro	quiet
	cli
	.endm
	.macro	call_it m
	\m
	.endm
	call_it quiet
	call_it lfence

	# a whole statement as the argument, innocuous (ALTERNATIVE's oldinstr)
	.macro	alt oldinstr
140:	\oldinstr
141:
	.endm
	alt "jmp 3f"
	alt "cmp $0x20, %rdx; jb 3f"
	alt "movq %gs:8, %rax"
	alt ""
3:	.irp	op, cli, sti, nop
	\op
	.endr

	# a label holding an argument, then a sensitive instruction
	.macro	stub vec
stub_\vec:	hlt
	.endm
	stub 7
