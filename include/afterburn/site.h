/*
 * afterburn/site.h - the site record ABI shared by every component.
 *
 * The afterburner leaves each sensitive instruction in place, pads it with
 * NOPs up to ab_class_site_len(), and emits one struct ab_site per site into
 * the section AB_SITES_SECTION.  Records are PC-relative (like Linux's
 * .altinstructions) so they need no relocation and survive any link address.
 * The section name is a C identifier, so GNU ld provides
 * __start_afterburn_sites / __stop_afterburn_sites without a linker script.
 *
 * Every object that contains records also emits one 32-bit word
 * AB_ABI_WORD into AB_ABI_SECTION; consumers check that every word there
 * equals theirs, which catches objects built against another ABI version.
 *
 * This header is included by freestanding code (wedge, rewriter, guest,
 * hypervisor) and by host tools; it uses only <stdint.h>.  It is also
 * included by assembly (with __ASSEMBLER__ defined) for the constants.
 */
#ifndef AFTERBURN_SITE_H
#define AFTERBURN_SITE_H

#define AB_ABI_VERSION		1
#define AB_ABI_MAGIC		0xab5e0000u	/* high half of the ABI word */
#define AB_ABI_WORD		(AB_ABI_MAGIC | AB_ABI_VERSION)

#define AB_SITES_SECTION	"afterburn_sites"
#define AB_ABI_SECTION		"afterburn_abi"

/* Longest original instruction sequence a site may hold (sti + 15 bytes). */
#define AB_SITE_MAX_INSN_LEN	16
/* Longest site (instruction(s) plus pad). */
#define AB_SITE_MAX_LEN		24

/*
 * Every site also reserves one out-of-line slot of AB_SLOT_SIZE bytes in
 * AB_SLOTS_SECTION (writable, executable, zero in the file).  Back ends that
 * run the original instruction out of line (trace; hypercall for classes it
 * does not emulate) build their per-site code there.  Layout: struct ab_slot.
 */
#define AB_SLOTS_SECTION	"afterburn_slots"
#define AB_SLOT_SIZE		96
#define AB_SLOT_CODE_LEN	56

/* Length of the replacement every back end may write: jmp rel32 / call rel32. */
#define AB_BRANCH_LEN		5
/* Inline "movb $imm8, disp32(%rip)" a para-virtual back end may write for cli. */
#define AB_INLINE_STORE_LEN	7

/*
 * Code assembled under .code16/.code32 is never padded (only 64-bit code
 * is), but it is not skipped silently either: the afterburner reports it and
 * records each such range in the non-allocated section AB_MODES_SECTION as
 * struct ab_mode_range (absolute addresses, resolved by the linker), so that
 * checkers decode it in the right mode.
 */
#define AB_MODES_SECTION	"afterburn_modes"

#ifndef __ASSEMBLER__
#include <stdint.h>

struct ab_mode_range {
	uint64_t start;		/* first byte (link address) */
	uint64_t end;		/* one past the last byte */
	uint32_t bits;		/* 16 or 32 */
	uint32_t reserved;	/* 0 */
};

/*
 * Site classes.  The numbering is ABI: append only, never reorder.
 * Grouped by what a virtual machine monitor has to do about them.
 */
enum ab_class {
	AB_CLASS_NONE = 0,
	/* interrupt flag */
	AB_CLASS_CLI, AB_CLASS_STI, AB_CLASS_PUSHF, AB_CLASS_POPF, AB_CLASS_HLT,
	/* port I/O (imm8 and %dx forms, all widths) */
	AB_CLASS_IN, AB_CLASS_OUT, AB_CLASS_INS, AB_CLASS_OUTS,
	/* control and debug registers */
	AB_CLASS_MOV_FROM_CR, AB_CLASS_MOV_TO_CR,
	AB_CLASS_MOV_FROM_DR, AB_CLASS_MOV_TO_DR,
	AB_CLASS_CLTS, AB_CLASS_SMSW, AB_CLASS_LMSW,
	/* descriptor tables */
	AB_CLASS_LGDT, AB_CLASS_LIDT, AB_CLASS_LLDT, AB_CLASS_LTR,
	AB_CLASS_SGDT, AB_CLASS_SIDT, AB_CLASS_SLDT, AB_CLASS_STR,
	/* caches and TLB */
	AB_CLASS_INVLPG, AB_CLASS_INVPCID, AB_CLASS_INVD, AB_CLASS_WBINVD,
	/* MSRs, counters, identification */
	AB_CLASS_RDMSR, AB_CLASS_WRMSR, AB_CLASS_RDTSC, AB_CLASS_RDTSCP,
	AB_CLASS_RDPMC, AB_CLASS_CPUID, AB_CLASS_XSETBV,
	/* privilege and control transfers */
	AB_CLASS_IRET, AB_CLASS_SYSRET, AB_CLASS_SYSEXIT, AB_CLASS_SWAPGS,
	AB_CLASS_FAR_JMP, AB_CLASS_FAR_CALL, AB_CLASS_FAR_RET, AB_CLASS_INT,
	/* segment checks */
	AB_CLASS_LAR, AB_CLASS_LSL, AB_CLASS_VERR, AB_CLASS_VERW,
	/* segment registers */
	AB_CLASS_MOV_TO_SEG, AB_CLASS_MOV_FROM_SEG,
	AB_CLASS_PUSH_SEG, AB_CLASS_POP_SEG,
	/* monitor/mwait, fs/gs base, SMAP, supervisor state */
	AB_CLASS_MONITOR, AB_CLASS_MWAIT,
	AB_CLASS_RDFSBASE, AB_CLASS_RDGSBASE, AB_CLASS_WRFSBASE, AB_CLASS_WRGSBASE,
	AB_CLASS_CLAC, AB_CLASS_STAC, AB_CLASS_XSAVES, AB_CLASS_XRSTORS,
	/* memory operations found by profiling (second build pass) */
	AB_CLASS_PT_WRITE, AB_CLASS_MMIO_READ, AB_CLASS_MMIO_WRITE,
	/* only as pair_cls: the tail of an "sti; ret" interrupt-shadow pair */
	AB_CLASS_RET,
	AB_CLASS_COUNT
};

/* Register numbers used in records.  0-15 follow the hardware encoding. */
enum ab_reg {
	AB_REG_RAX = 0, AB_REG_RCX, AB_REG_RDX, AB_REG_RBX,
	AB_REG_RSP, AB_REG_RBP, AB_REG_RSI, AB_REG_RDI,
	AB_REG_R8, AB_REG_R9, AB_REG_R10, AB_REG_R11,
	AB_REG_R12, AB_REG_R13, AB_REG_R14, AB_REG_R15,
	AB_REG_ES = 16, AB_REG_CS, AB_REG_SS, AB_REG_DS, AB_REG_FS, AB_REG_GS,
	AB_REG_CR0 = 32,	/* AB_REG_CR0 + n for %crN */
	AB_REG_DR0 = 48,	/* AB_REG_DR0 + n for %drN */
	AB_REG_RIP = 64,
	AB_REG_NONE = 0xff
};

/* Form of the instruction's explicit operand that a VMM would emulate. */
enum ab_form {
	AB_FORM_NONE = 0,	/* no explicit operand (cli, cpuid, rdmsr ...) */
	AB_FORM_REG,		/* register: reg */
	AB_FORM_IMM,		/* immediate: imm (port, vector, ...) */
	AB_FORM_MEM,		/* memory: seg:disp(base,index,scale) */
	AB_FORM_DX,		/* port in %dx (in/out/ins/outs) */
	AB_FORM_FAR_IMM,	/* ljmp/lcall $sel,$off: imm = sel, disp = off */
};

/* ab_site.flags */
#define AB_SITE_F_PAIR		0x01	/* sti + pair_cls kept adjacent (interrupt shadow);
					 * pair_cls: hlt, sysret, iret, ret or mwait */
#define AB_SITE_F_DISP_PCREL	0x02	/* disp holds target - &disp (rip-relative symbol) */
#define AB_SITE_F_RIP_NUMERIC	0x04	/* n(%rip): disp is n, relative to the next insn */
#define AB_SITE_F_REP		0x08	/* rep prefix (ins/outs) */
#define AB_SITE_F_LOCK		0x10	/* lock prefix */

/*
 * One site: 32 bytes, naturally aligned, little endian.
 *   site address   = (uintptr_t)&rec->site + rec->site
 *   original insns = [site, site + insn_len)
 *   pad (NOPs)     = [site + insn_len, site + site_len)
 *   slot address   = (uintptr_t)&rec->slot + rec->slot
 */
struct ab_site {
	int32_t  site;		/* site address minus the address of this field */
	int32_t  slot;		/* slot address minus the address of this field */
	uint8_t  insn_len;	/* bytes of the original instruction(s) */
	uint8_t  site_len;	/* insn_len + pad; >= ab_class_site_len(cls) */
	uint8_t  cls;		/* enum ab_class of the (first) instruction */
	uint8_t  pair_cls;	/* AB_SITE_F_PAIR: class of the second instruction */
	uint8_t  flags;		/* AB_SITE_F_* */
	uint8_t  opsize;	/* operand size in bytes, 0 if implicit */
	uint8_t  form;		/* enum ab_form */
	uint8_t  reg;		/* register operand (enum ab_reg) or AB_REG_NONE */
	uint8_t  base;		/* AB_FORM_MEM: base register, AB_REG_RIP, or NONE */
	uint8_t  index;		/* AB_FORM_MEM: index register or NONE */
	uint8_t  scale;		/* AB_FORM_MEM: 1, 2, 4 or 8 */
	uint8_t  seg;		/* AB_FORM_MEM: segment override register or NONE */
	int32_t  imm;		/* immediate / port / vector / selector */
	int32_t  disp;		/* displacement; see AB_SITE_F_DISP_PCREL */
	uint32_t id;		/* stable site ID (profile key), 0 if none */
};

_Static_assert(sizeof(struct ab_site) == 32, "ab_site is ABI: 32 bytes");
_Static_assert(__builtin_offsetof(struct ab_site, insn_len) == 8, "ab_site.insn_len offset");
_Static_assert(__builtin_offsetof(struct ab_site, imm) == 20, "ab_site.imm offset");
_Static_assert(__builtin_offsetof(struct ab_site, id) == 28, "ab_site.id offset");

/*
 * Out-of-line slot, AB_SLOT_SIZE bytes, one per site.  The rewriter fills
 * code[] and saved[]; count and scratch belong to the code in code[].
 */
struct ab_slot {
	uint8_t  code[AB_SLOT_CODE_LEN];	/* prologue, original insn(s), jmp back */
	uint64_t count;				/* executions (trace back end) */
	uint64_t scratch;			/* register spill for stack-less classes */
	uint8_t  saved[AB_SITE_MAX_LEN];	/* original site bytes, for exact undo */
};

_Static_assert(sizeof(struct ab_slot) == AB_SLOT_SIZE, "ab_slot is ABI");

static inline uintptr_t ab_site_addr(const struct ab_site *s)
{
	return (uintptr_t)&s->site + (intptr_t)s->site;
}

static inline uintptr_t ab_site_slot(const struct ab_site *s)
{
	return (uintptr_t)&s->slot + (intptr_t)s->slot;
}

/*
 * Minimum site length per class: the longest replacement any back end writes.
 * A jmp/call rel32 fits every class; cli also fits the 7-byte inline store of
 * the virtual interrupt flag.  The afterburner pads to this; the rewriter
 * refuses a site shorter than the replacement it would write.
 */
static inline unsigned ab_class_site_len(unsigned cls)
{
	return cls == AB_CLASS_CLI ? AB_INLINE_STORE_LEN : AB_BRANCH_LEN;
}

/* Classes whose sites may run without a usable stack (entry/exit paths). */
static inline int ab_class_stackless(unsigned cls)
{
	return cls == AB_CLASS_SWAPGS || cls == AB_CLASS_SYSRET ||
	       cls == AB_CLASS_SYSEXIT;
}

/* Lower-case names, used in reports, listings and the trace summary. */
static inline const char *ab_class_name(unsigned cls)
{
	static const char *const names[AB_CLASS_COUNT] = {
		[AB_CLASS_NONE] = "none",
		[AB_CLASS_CLI] = "cli", [AB_CLASS_STI] = "sti",
		[AB_CLASS_PUSHF] = "pushf", [AB_CLASS_POPF] = "popf",
		[AB_CLASS_HLT] = "hlt",
		[AB_CLASS_IN] = "in", [AB_CLASS_OUT] = "out",
		[AB_CLASS_INS] = "ins", [AB_CLASS_OUTS] = "outs",
		[AB_CLASS_MOV_FROM_CR] = "mov-from-cr", [AB_CLASS_MOV_TO_CR] = "mov-to-cr",
		[AB_CLASS_MOV_FROM_DR] = "mov-from-dr", [AB_CLASS_MOV_TO_DR] = "mov-to-dr",
		[AB_CLASS_CLTS] = "clts", [AB_CLASS_SMSW] = "smsw", [AB_CLASS_LMSW] = "lmsw",
		[AB_CLASS_LGDT] = "lgdt", [AB_CLASS_LIDT] = "lidt",
		[AB_CLASS_LLDT] = "lldt", [AB_CLASS_LTR] = "ltr",
		[AB_CLASS_SGDT] = "sgdt", [AB_CLASS_SIDT] = "sidt",
		[AB_CLASS_SLDT] = "sldt", [AB_CLASS_STR] = "str",
		[AB_CLASS_INVLPG] = "invlpg", [AB_CLASS_INVPCID] = "invpcid",
		[AB_CLASS_INVD] = "invd", [AB_CLASS_WBINVD] = "wbinvd",
		[AB_CLASS_RDMSR] = "rdmsr", [AB_CLASS_WRMSR] = "wrmsr",
		[AB_CLASS_RDTSC] = "rdtsc", [AB_CLASS_RDTSCP] = "rdtscp",
		[AB_CLASS_RDPMC] = "rdpmc", [AB_CLASS_CPUID] = "cpuid",
		[AB_CLASS_XSETBV] = "xsetbv",
		[AB_CLASS_IRET] = "iret", [AB_CLASS_SYSRET] = "sysret",
		[AB_CLASS_SYSEXIT] = "sysexit", [AB_CLASS_SWAPGS] = "swapgs",
		[AB_CLASS_FAR_JMP] = "far-jmp", [AB_CLASS_FAR_CALL] = "far-call",
		[AB_CLASS_FAR_RET] = "far-ret", [AB_CLASS_INT] = "int",
		[AB_CLASS_LAR] = "lar", [AB_CLASS_LSL] = "lsl",
		[AB_CLASS_VERR] = "verr", [AB_CLASS_VERW] = "verw",
		[AB_CLASS_MOV_TO_SEG] = "mov-to-seg", [AB_CLASS_MOV_FROM_SEG] = "mov-from-seg",
		[AB_CLASS_PUSH_SEG] = "push-seg", [AB_CLASS_POP_SEG] = "pop-seg",
		[AB_CLASS_MONITOR] = "monitor", [AB_CLASS_MWAIT] = "mwait",
		[AB_CLASS_RDFSBASE] = "rdfsbase", [AB_CLASS_RDGSBASE] = "rdgsbase",
		[AB_CLASS_WRFSBASE] = "wrfsbase", [AB_CLASS_WRGSBASE] = "wrgsbase",
		[AB_CLASS_CLAC] = "clac", [AB_CLASS_STAC] = "stac",
		[AB_CLASS_XSAVES] = "xsaves", [AB_CLASS_XRSTORS] = "xrstors",
		[AB_CLASS_PT_WRITE] = "pt-write",
		[AB_CLASS_MMIO_READ] = "mmio-read", [AB_CLASS_MMIO_WRITE] = "mmio-write",
		[AB_CLASS_RET] = "ret",
	};
	return cls < AB_CLASS_COUNT && names[cls] ? names[cls] : "?";
}

#endif /* !__ASSEMBLER__ */
#endif /* AFTERBURN_SITE_H */
