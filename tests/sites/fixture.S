/*
 * fixture.S - a small image in the afterburner's emission pattern (BRIEF),
 * written by hand so afterburn-sites can be tested before a real guest
 * exists: sites of many class families (pairs, stack-less, rip-relative
 * symbolic and numeric, imm and %dx ports), a 32-bit range recorded in
 * afterburn_modes, an int3, data inside code, and the wedge's variable.
 * Class and register numbers come from abi.inc, generated from site.h by
 * gen_equ.c; the records from the macro of afterburn/site_asm.h.
 * With -DUNCOVERED it also holds a bare cli that no site covers; with
 * -DFAR a data section the suite links 8 GiB away (a second, distant
 * PT_LOAD, like the per-CPU segment of a Linux vmlinux).
 */
#include "abi.inc"
#include "afterburn/site_asm.h"

	/*
	 * SITE "insn", class [, minlen, pair, flags, opsize, form, reg, base, imm, disp]:
	 * pad, slot and record are written by .Lafterburn_site
	 * (afterburn/site_asm.h), the macro the afterburner expands per site.
	 */
	.macro SITE insn:req, cls:req, minlen=5, pair=0, flags=0, opsize=0, form=0, reg=0xff, base=0xff, imm=0, disp=0
	.Lafterburn_s\@ = .
	\insn
	.Lafterburn_site \@, \minlen, \cls, \pair, \flags, \opsize, \form, \reg, \base, REG_NONE, 1, REG_NONE, \imm, \disp, 0
	.endm

	.pushsection AB_ABI_SECTION,"a",@progbits
	.long AB_ABI_WORD
	.popsection

	.text
	.globl _start
	.type _start, @function
_start:
	SITE "cli", CLS_CLI, 7
	SITE "sti; hlt", CLS_STI, 5, CLS_HLT, F_PAIR
	SITE "pushfq", CLS_PUSHF
	SITE "popfq", CLS_POPF
	SITE "inb $0x60, %al", CLS_IN, 5, 0, 0, 1, FORM_IMM, REG_NONE, REG_NONE, 0x60
	SITE "outb %al, %dx", CLS_OUT, 5, 0, 0, 1, FORM_DX
	SITE "rdmsr", CLS_RDMSR
	SITE "wrmsr", CLS_WRMSR
	SITE "cpuid", CLS_CPUID
	SITE "rdtsc", CLS_RDTSC
	SITE "mov %cr3, %rax", CLS_MOV_FROM_CR, 5, 0, 0, 8, FORM_REG, REG_CR3
	SITE "mov %rax, %cr3", CLS_MOV_TO_CR, 5, 0, 0, 8, FORM_REG, REG_CR3
	SITE "lgdt gdtr(%rip)", CLS_LGDT, 5, 0, F_PCREL, 0, FORM_MEM, REG_NONE, REG_RIP, 0, (gdtr-.)
	SITE "ltr 0x40(%rip)", CLS_LTR, 5, 0, F_NUMERIC, 2, FORM_MEM, REG_NONE, REG_RIP, 0, 0x40
	SITE "invlpg (%rdi)", CLS_INVLPG, 5, 0, 0, 0, FORM_MEM, REG_NONE, REG_RDI
	SITE "mov %ax, %ds", CLS_MOV_TO_SEG, 5, 0, 0, 2, FORM_REG, REG_DS
	SITE "push %fs", CLS_PUSH_SEG, 5, 0, 0, 8, FORM_REG, REG_FS
	SITE "int $0x80", CLS_INT, 5, 0, 0, 0, FORM_IMM, REG_NONE, REG_NONE, 0x80
	SITE "swapgs", CLS_SWAPGS
	.globl guest_exit_path
	.type guest_exit_path, @function
guest_exit_path:
	SITE "sti; sysretq", CLS_STI, 5, CLS_SYSRET, F_PAIR
	SITE "iretq", CLS_IRET
	SITE "ljmp *(%rax)", CLS_FAR_JMP, 5, 0, 0, 0, FORM_MEM, REG_NONE, REG_RAX
	SITE "lretq", CLS_FAR_RET
	SITE "sti; ret", CLS_STI, 5, CLS_RET, F_PAIR
	xor %eax, %eax			/* falls through: the int3 is not padding */
	int3				/* never padded: reported by design */
	ret
	.size guest_exit_path, . - guest_exit_path
	.size _start, . - _start

	/* data inside code: bytes that would decode as cli/hlt/out, skipped */
	.type code_blob, @object
code_blob:
	.byte 0xfa, 0xf4, 0xee, 0xfa
	.size code_blob, . - code_blob

	.type uncovered_fn, @function
uncovered_fn:
#ifdef UNCOVERED
	cli
#endif
	ret
	.size uncovered_fn, . - uncovered_fn

	/* 32-bit code: decoded as such and reported, never a failure */
	.code32
	.type boot32, @function
boot32:
	cli
	movl %cr0, %eax
	hlt
boot32_end:
	.size boot32, . - boot32
	.code64
	.pushsection afterburn_modes,"",@progbits
	.quad boot32, boot32_end
	.long 32, 0
	.popsection

	.data
	.globl afterburn_wedge_prepatched
	.type afterburn_wedge_prepatched, @object
afterburn_wedge_prepatched:
	.long 0
	.size afterburn_wedge_prepatched, 4
	.type gdtr, @object
gdtr:
	.word 0
	.quad 0
	.size gdtr, 10

#ifdef FAR
	.section .far, "aw", @progbits
far_data:
	.quad 0x1122334455667788
#endif
