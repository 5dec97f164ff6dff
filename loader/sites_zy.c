/*
 * sites_zy.c - Zydis instruction -> enum ab_class: what afterburn-sites
 * calls "sensitive".  It must cover the whole list of issue 2 item 2
 * (the afterburner's list), because `check` trusts it to find every
 * instruction a site should cover and `verify` to confirm each record's
 * class.  Keep it in step with the afterburner's classifier.
 */
#include <string.h>
#include <Zydis/Zydis.h>
#include "sites.h"

/* Mnemonics that map to one class whatever their operands. */
static const struct { ZydisMnemonic m; unsigned cls; } zy_simple[] = {
	{ ZYDIS_MNEMONIC_CLI, AB_CLASS_CLI }, { ZYDIS_MNEMONIC_STI, AB_CLASS_STI },
	{ ZYDIS_MNEMONIC_PUSHF, AB_CLASS_PUSHF }, { ZYDIS_MNEMONIC_PUSHFD, AB_CLASS_PUSHF },
	{ ZYDIS_MNEMONIC_PUSHFQ, AB_CLASS_PUSHF },
	{ ZYDIS_MNEMONIC_POPF, AB_CLASS_POPF }, { ZYDIS_MNEMONIC_POPFD, AB_CLASS_POPF },
	{ ZYDIS_MNEMONIC_POPFQ, AB_CLASS_POPF },
	{ ZYDIS_MNEMONIC_HLT, AB_CLASS_HLT },
	{ ZYDIS_MNEMONIC_IN, AB_CLASS_IN }, { ZYDIS_MNEMONIC_OUT, AB_CLASS_OUT },
	{ ZYDIS_MNEMONIC_INSB, AB_CLASS_INS }, { ZYDIS_MNEMONIC_INSW, AB_CLASS_INS },
	{ ZYDIS_MNEMONIC_INSD, AB_CLASS_INS },
	{ ZYDIS_MNEMONIC_OUTSB, AB_CLASS_OUTS }, { ZYDIS_MNEMONIC_OUTSW, AB_CLASS_OUTS },
	{ ZYDIS_MNEMONIC_OUTSD, AB_CLASS_OUTS },
	{ ZYDIS_MNEMONIC_CLTS, AB_CLASS_CLTS }, { ZYDIS_MNEMONIC_SMSW, AB_CLASS_SMSW },
	{ ZYDIS_MNEMONIC_LMSW, AB_CLASS_LMSW },
	{ ZYDIS_MNEMONIC_LGDT, AB_CLASS_LGDT }, { ZYDIS_MNEMONIC_LIDT, AB_CLASS_LIDT },
	{ ZYDIS_MNEMONIC_LLDT, AB_CLASS_LLDT }, { ZYDIS_MNEMONIC_LTR, AB_CLASS_LTR },
	{ ZYDIS_MNEMONIC_SGDT, AB_CLASS_SGDT }, { ZYDIS_MNEMONIC_SIDT, AB_CLASS_SIDT },
	{ ZYDIS_MNEMONIC_SLDT, AB_CLASS_SLDT }, { ZYDIS_MNEMONIC_STR, AB_CLASS_STR },
	{ ZYDIS_MNEMONIC_INVLPG, AB_CLASS_INVLPG }, { ZYDIS_MNEMONIC_INVPCID, AB_CLASS_INVPCID },
	{ ZYDIS_MNEMONIC_INVD, AB_CLASS_INVD }, { ZYDIS_MNEMONIC_WBINVD, AB_CLASS_WBINVD },
	{ ZYDIS_MNEMONIC_RDMSR, AB_CLASS_RDMSR }, { ZYDIS_MNEMONIC_WRMSR, AB_CLASS_WRMSR },
	{ ZYDIS_MNEMONIC_RDTSC, AB_CLASS_RDTSC }, { ZYDIS_MNEMONIC_RDTSCP, AB_CLASS_RDTSCP },
	{ ZYDIS_MNEMONIC_RDPMC, AB_CLASS_RDPMC }, { ZYDIS_MNEMONIC_CPUID, AB_CLASS_CPUID },
	{ ZYDIS_MNEMONIC_XSETBV, AB_CLASS_XSETBV },
	{ ZYDIS_MNEMONIC_IRET, AB_CLASS_IRET }, { ZYDIS_MNEMONIC_IRETD, AB_CLASS_IRET },
	{ ZYDIS_MNEMONIC_IRETQ, AB_CLASS_IRET },
	{ ZYDIS_MNEMONIC_SYSRET, AB_CLASS_SYSRET }, { ZYDIS_MNEMONIC_SYSEXIT, AB_CLASS_SYSEXIT },
	{ ZYDIS_MNEMONIC_SWAPGS, AB_CLASS_SWAPGS },
	{ ZYDIS_MNEMONIC_INT, AB_CLASS_INT },
	{ ZYDIS_MNEMONIC_LAR, AB_CLASS_LAR }, { ZYDIS_MNEMONIC_LSL, AB_CLASS_LSL },
	{ ZYDIS_MNEMONIC_VERR, AB_CLASS_VERR }, { ZYDIS_MNEMONIC_VERW, AB_CLASS_VERW },
	{ ZYDIS_MNEMONIC_MONITOR, AB_CLASS_MONITOR }, { ZYDIS_MNEMONIC_MWAIT, AB_CLASS_MWAIT },
	{ ZYDIS_MNEMONIC_RDFSBASE, AB_CLASS_RDFSBASE }, { ZYDIS_MNEMONIC_RDGSBASE, AB_CLASS_RDGSBASE },
	{ ZYDIS_MNEMONIC_WRFSBASE, AB_CLASS_WRFSBASE }, { ZYDIS_MNEMONIC_WRGSBASE, AB_CLASS_WRGSBASE },
	{ ZYDIS_MNEMONIC_CLAC, AB_CLASS_CLAC }, { ZYDIS_MNEMONIC_STAC, AB_CLASS_STAC },
	{ ZYDIS_MNEMONIC_XSAVES, AB_CLASS_XSAVES }, { ZYDIS_MNEMONIC_XSAVES64, AB_CLASS_XSAVES },
	{ ZYDIS_MNEMONIC_XRSTORS, AB_CLASS_XRSTORS }, { ZYDIS_MNEMONIC_XRSTORS64, AB_CLASS_XRSTORS },
};

static int zy_regclass(const ZydisDecodedOperand *op, ZydisRegisterClass c)
{
	return op->type == ZYDIS_OPERAND_TYPE_REGISTER && ZydisRegisterGetClass(op->reg.value) == c;
}

/* Classes that depend on operands: mov cr/dr/seg, push/pop seg, far branches. */
static unsigned zy_operand_class(const ZydisDecodedInstruction *in, const ZydisDecodedOperand *op)
{
	int far = in->meta.branch_type == ZYDIS_BRANCH_TYPE_FAR;

	switch (in->mnemonic) {
	case ZYDIS_MNEMONIC_MOV:
		if (in->operand_count_visible < 2)
			return AB_CLASS_NONE;
		if (zy_regclass(&op[0], ZYDIS_REGCLASS_CONTROL))
			return AB_CLASS_MOV_TO_CR;
		if (zy_regclass(&op[1], ZYDIS_REGCLASS_CONTROL))
			return AB_CLASS_MOV_FROM_CR;
		if (zy_regclass(&op[0], ZYDIS_REGCLASS_DEBUG))
			return AB_CLASS_MOV_TO_DR;
		if (zy_regclass(&op[1], ZYDIS_REGCLASS_DEBUG))
			return AB_CLASS_MOV_FROM_DR;
		if (zy_regclass(&op[0], ZYDIS_REGCLASS_SEGMENT))
			return AB_CLASS_MOV_TO_SEG;
		if (zy_regclass(&op[1], ZYDIS_REGCLASS_SEGMENT))
			return AB_CLASS_MOV_FROM_SEG;
		return AB_CLASS_NONE;
	case ZYDIS_MNEMONIC_PUSH:
		return in->operand_count_visible >= 1 && zy_regclass(&op[0], ZYDIS_REGCLASS_SEGMENT)
		       ? AB_CLASS_PUSH_SEG : AB_CLASS_NONE;
	case ZYDIS_MNEMONIC_POP:
		return in->operand_count_visible >= 1 && zy_regclass(&op[0], ZYDIS_REGCLASS_SEGMENT)
		       ? AB_CLASS_POP_SEG : AB_CLASS_NONE;
	case ZYDIS_MNEMONIC_JMP:
		return far ? AB_CLASS_FAR_JMP : AB_CLASS_NONE;
	case ZYDIS_MNEMONIC_CALL:
		return far ? AB_CLASS_FAR_CALL : AB_CLASS_NONE;
	case ZYDIS_MNEMONIC_RET:
		return far ? AB_CLASS_FAR_RET : AB_CLASS_NONE;
	default:
		return AB_CLASS_NONE;
	}
}

/* Zydis register -> enum ab_reg (GPRs as their 64-bit register). */
static uint8_t zy_abreg(ZydisRegister r)
{
	ZyanI8 id;

	if (r == ZYDIS_REGISTER_NONE)
		return AB_REG_NONE;
	if (r == ZYDIS_REGISTER_RIP)
		return AB_REG_RIP;
	switch (ZydisRegisterGetClass(r)) {
	case ZYDIS_REGCLASS_GPR8:
	case ZYDIS_REGCLASS_GPR16:
	case ZYDIS_REGCLASS_GPR32:
	case ZYDIS_REGCLASS_GPR64:
		id = ZydisRegisterGetId(ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, r));
		return id >= 0 && id < 16 ? (uint8_t)id : AB_REG_NONE;
	case ZYDIS_REGCLASS_SEGMENT:
		return (uint8_t)(AB_REG_ES + ZydisRegisterGetId(r));
	case ZYDIS_REGCLASS_CONTROL:
		return (uint8_t)(AB_REG_CR0 + ZydisRegisterGetId(r));
	case ZYDIS_REGCLASS_DEBUG:
		return (uint8_t)(AB_REG_DR0 + ZydisRegisterGetId(r));
	default:
		return AB_REG_NONE;
	}
}

static int zy_init(ZydisDecoder *d, ZydisFormatter *f, unsigned bits)
{
	ZydisMachineMode mode = bits == 16 ? ZYDIS_MACHINE_MODE_LEGACY_16 :
				bits == 32 ? ZYDIS_MACHINE_MODE_LEGACY_32 : ZYDIS_MACHINE_MODE_LONG_64;
	ZydisStackWidth sw = bits == 16 ? ZYDIS_STACK_WIDTH_16 :
			     bits == 32 ? ZYDIS_STACK_WIDTH_32 : ZYDIS_STACK_WIDTH_64;

	return ZYAN_SUCCESS(ZydisDecoderInit(d, mode, sw)) &&
	       ZYAN_SUCCESS(ZydisFormatterInit(f, ZYDIS_FORMATTER_STYLE_ATT));
}

int ab_zy_decode(const uint8_t *p, size_t avail, uint64_t va, unsigned bits,
		 struct ab_zy_insn *out)
{
	/* one decoder per mode, set up on first use (the CLI is single-threaded) */
	static ZydisDecoder dec[3];
	static ZydisFormatter fmt[3];
	static int ready[3];
	int m = bits == 16 ? 0 : bits == 32 ? 1 : 2;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand op[ZYDIS_MAX_OPERAND_COUNT];
	size_t i;

	memset(out, 0, sizeof(*out));
	if (!ready[m]) {
		if (!zy_init(&dec[m], &fmt[m], bits))
			return -1;
		ready[m] = 1;
	}
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(&dec[m], p, avail, &in, op)))
		return -1;
	out->len = in.length;
	out->int3 = in.mnemonic == ZYDIS_MNEMONIC_INT3;
	out->near_ret = in.mnemonic == ZYDIS_MNEMONIC_RET &&
			in.meta.branch_type != ZYDIS_BRANCH_TYPE_FAR;
	out->nop = in.mnemonic == ZYDIS_MNEMONIC_NOP;
	/* execution never falls through: what follows is padding or another entry */
	out->no_fallthrough = in.mnemonic == ZYDIS_MNEMONIC_JMP || in.mnemonic == ZYDIS_MNEMONIC_RET ||
			      in.mnemonic == ZYDIS_MNEMONIC_IRET || in.mnemonic == ZYDIS_MNEMONIC_IRETD ||
			      in.mnemonic == ZYDIS_MNEMONIC_IRETQ || in.mnemonic == ZYDIS_MNEMONIC_SYSRET ||
			      in.mnemonic == ZYDIS_MNEMONIC_SYSEXIT;
	for (i = 0; i < sizeof(zy_simple) / sizeof(zy_simple[0]); i++)
		if (zy_simple[i].m == in.mnemonic)
			out->cls = zy_simple[i].cls;
	if (!out->cls)
		out->cls = zy_operand_class(&in, op);
	for (i = 0; i < in.operand_count_visible; i++) {
		if (op[i].type == ZYDIS_OPERAND_TYPE_REGISTER && out->nregs < 4)
			out->regs[out->nregs++] = zy_abreg(op[i].reg.value);
		if (op[i].type == ZYDIS_OPERAND_TYPE_MEMORY && op[i].mem.type == ZYDIS_MEMOP_TYPE_MEM &&
		    !out->has_mem) {
			out->has_mem = 1;
			out->mem_base = zy_abreg(op[i].mem.base);
			out->mem_index = zy_abreg(op[i].mem.index);
			out->mem_scale = op[i].mem.scale;
			out->mem_seg = zy_abreg(op[i].mem.segment);
			out->mem_disp = op[i].mem.disp.value;
		}
	}
	for (i = 0; i < in.operand_count; i++) {
		if (op[i].type == ZYDIS_OPERAND_TYPE_MEMORY && op[i].mem.base == ZYDIS_REGISTER_RIP) {
			out->rip = 1;
			out->rip_target = va + in.length + (uint64_t)op[i].mem.disp.value;
		}
		/* explicit or implicit (stos, movs) memory operand: read / written? */
		if (op[i].type == ZYDIS_OPERAND_TYPE_MEMORY && op[i].mem.type == ZYDIS_MEMOP_TYPE_MEM) {
			if (op[i].actions & ZYDIS_OPERAND_ACTION_MASK_WRITE)
				out->mem_write = 1;
			if (op[i].actions & ZYDIS_OPERAND_ACTION_MASK_READ)
				out->mem_read = 1;
		}
		if (op[i].type == ZYDIS_OPERAND_TYPE_IMMEDIATE && !out->has_imm) {
			out->has_imm = 1;
			out->imm = op[i].imm.value.u;
		}
	}
	if (!ZYAN_SUCCESS(ZydisFormatterFormatInstruction(&fmt[m], &in, op, in.operand_count_visible,
							  out->text, sizeof(out->text), va, NULL)))
		strcpy(out->text, "?");
	return 0;
}

const char *ab_zy_operand_mismatch(const struct ab_zy_operand *r, const struct ab_zy_insn *a)
{
	switch (r->form) {
	case AB_FORM_REG:
		for (unsigned k = 0; k < a->nregs; k++)
			if (a->regs[k] == r->reg)
				return NULL;
		return "record's register is not an operand of the instruction";
	case AB_FORM_MEM:
		if (r->base == AB_REG_RIP)
			return NULL;
		if (!a->has_mem || a->mem_base != r->base || a->mem_index != r->index ||
		    (r->index != AB_REG_NONE && a->mem_scale != r->scale) ||
		    (r->seg != AB_REG_NONE && a->mem_seg != r->seg))
			return "record's memory operand is not the instruction's";
		if (r->disp_known && a->mem_disp != r->disp)
			return "record's displacement is not the instruction's";
		return NULL;
	case AB_FORM_IMM:
		/* the record keeps 32 bits; a port or vector immediate is 8 */
		if (r->imm_known && a->has_imm && (int32_t)a->imm != r->imm &&
		    (uint8_t)a->imm != (uint8_t)r->imm)
			return "record's immediate is not the instruction's";
		return NULL;
	}
	return NULL;
}
