# linux-like.s - constructs from Linux's entry code after cpp: ALTERNATIVE
# (.altinstr_replacement, .altinstructions), exception tables, unwind hints
# in .discard sections, .irp over registers, \@ labels, .byte-encoded STAC,
# swapgs/sysretq, pushfq/popfq through a register, paravirt-style cli/sti.
	.macro ALTERNATIVE oldinstr, newinstr, feature
140:
	\oldinstr
141:
	.skip -(((144f-143f)-(141b-140b)) > 0) * ((144f-143f)-(141b-140b)),0x90
142:
	.pushsection .altinstructions,"a"
	.long 140b - .
	.long 143f - .
	.word \feature
	.byte 142b - 140b
	.byte 144f - 143f
	.popsection
	.pushsection .altinstr_replacement,"ax"
143:
	\newinstr
144:
	.popsection
	.endm

	.macro UNWIND_HINT type:req
.Lhint_\@:
	.pushsection .discard.unwind_hints
	.long .Lhint_\@ - .
	.byte \type
	.popsection
	.endm

	.macro PUSH_REGS
	.irp r, rdi, rsi, rdx, rcx, rax
	pushq	%\r
	.endr
	.endm

	.section .entry.text, "ax"
	.globl	entry_SYSCALL_64
	.type	entry_SYSCALL_64, @function
entry_SYSCALL_64:
	UNWIND_HINT 1
	swapgs
	movq	%rsp, %gs:0x6014
	movq	%gs:0x6000, %rsp
	PUSH_REGS
	ALTERNATIVE "", "stac", 9*32+20
	ALTERNATIVE "", ".byte 0x0f,0x01,0xcb", 9*32+20
	call	do_syscall_64
	ALTERNATIVE "", "clac", 9*32+20
	pushq	%rax
	popfq
	pushfq
	popq	%rax
	cli
1:	movq	(%rdi), %rax
	.pushsection __ex_table, "a"
	.balign 4
	.long 1b - ., 2f - .
	.popsection
2:	swapgs
	sysretq
	.size	entry_SYSCALL_64, .-entry_SYSCALL_64

	.globl	native_safe_halt
native_safe_halt:
	sti
	hlt
	ret
	.globl	native_irq_disable
native_irq_disable:
	cli
	ret
	.globl	native_read_cr2
native_read_cr2:
	movq	%cr2, %rax
	ret
	.globl	native_load_gs_index
native_load_gs_index:
	pushfq
	cli
	swapgs
	movl	%edi, %gs
	swapgs
	popfq
	ret
	.byte	0x0f, 0x01, 0xcb
