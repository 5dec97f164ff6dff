# macro-mnemonic-none.s - mnemonics from macro and .irp arguments that are
# all innocuous: gas's check at expansion leaves every one as it is (no
# site, no padding), in the shape of a kernel's MSR helper macro.  The one
# site is the cli written out at the end.
	.text
	.macro	op_safe_regs op
my_\op\()_regs:
	pushq	%rbx
1:	\op
2:	popq	%rbx
	ret
	.endm
	op_safe_regs nop
	op_safe_regs lfence
	op_safe_regs mfence
	op_safe_regs sfence
	.macro	alt oldinstr
	\oldinstr
	.endm
	alt "call foo; movq %rax, %rsp"
	alt "testl %eax, %eax; jz swapgs_restore_regs"
	alt "mov $((1 << 47) - 4096 - (8)),%rbx"
	.irp	op, nop, pause
	\op
	.endr
foo:
swapgs_restore_regs:
	cli
	ret
