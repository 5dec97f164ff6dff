/*
 * test_rewriter_patch.c - trace patch / undo on synthetic images: the
 * exact bytes written for every class (general and stack-less slot code,
 * sti pairs, rip-relative re-basing) and byte-exact undo.
 */
#include <string.h>
#include <stdlib.h>
#include "test_rewriter.h"
#include "rewriter_int.h"

/* A real encoding per class (64-bit), as the afterburner would keep it. */
static const struct { uint8_t cls, len, b[8]; } cls_insn[] = {
	{ AB_CLASS_CLI, 1, { 0xfa } }, { AB_CLASS_STI, 1, { 0xfb } },
	{ AB_CLASS_PUSHF, 1, { 0x9c } }, { AB_CLASS_POPF, 1, { 0x9d } },
	{ AB_CLASS_HLT, 1, { 0xf4 } },
	{ AB_CLASS_IN, 2, { 0xe4, 0x60 } }, { AB_CLASS_OUT, 2, { 0xe6, 0x80 } },
	{ AB_CLASS_INS, 2, { 0xf3, 0x6c } }, { AB_CLASS_OUTS, 1, { 0x6e } },
	{ AB_CLASS_MOV_FROM_CR, 3, { 0x0f, 0x20, 0xd8 } },
	{ AB_CLASS_MOV_TO_CR, 3, { 0x0f, 0x22, 0xd8 } },
	{ AB_CLASS_MOV_FROM_DR, 3, { 0x0f, 0x21, 0xf8 } },
	{ AB_CLASS_MOV_TO_DR, 3, { 0x0f, 0x23, 0xf8 } },
	{ AB_CLASS_CLTS, 2, { 0x0f, 0x06 } }, { AB_CLASS_SMSW, 3, { 0x0f, 0x01, 0xe0 } },
	{ AB_CLASS_LMSW, 3, { 0x0f, 0x01, 0xf0 } },
	{ AB_CLASS_LGDT, 3, { 0x0f, 0x01, 0x17 } }, { AB_CLASS_LIDT, 3, { 0x0f, 0x01, 0x1f } },
	{ AB_CLASS_LLDT, 3, { 0x0f, 0x00, 0xd0 } }, { AB_CLASS_LTR, 3, { 0x0f, 0x00, 0xd8 } },
	{ AB_CLASS_SGDT, 3, { 0x0f, 0x01, 0x07 } }, { AB_CLASS_SIDT, 3, { 0x0f, 0x01, 0x0f } },
	{ AB_CLASS_SLDT, 3, { 0x0f, 0x00, 0xc0 } }, { AB_CLASS_STR, 3, { 0x0f, 0x00, 0xc8 } },
	{ AB_CLASS_INVLPG, 3, { 0x0f, 0x01, 0x3f } },
	{ AB_CLASS_INVPCID, 5, { 0x66, 0x0f, 0x38, 0x82, 0x07 } },
	{ AB_CLASS_INVD, 2, { 0x0f, 0x08 } }, { AB_CLASS_WBINVD, 2, { 0x0f, 0x09 } },
	{ AB_CLASS_RDMSR, 2, { 0x0f, 0x32 } }, { AB_CLASS_WRMSR, 2, { 0x0f, 0x30 } },
	{ AB_CLASS_RDTSC, 2, { 0x0f, 0x31 } }, { AB_CLASS_RDTSCP, 3, { 0x0f, 0x01, 0xf9 } },
	{ AB_CLASS_RDPMC, 2, { 0x0f, 0x33 } }, { AB_CLASS_CPUID, 2, { 0x0f, 0xa2 } },
	{ AB_CLASS_XSETBV, 3, { 0x0f, 0x01, 0xd1 } },
	{ AB_CLASS_IRET, 2, { 0x48, 0xcf } }, { AB_CLASS_SYSRET, 3, { 0x48, 0x0f, 0x07 } },
	{ AB_CLASS_SYSEXIT, 2, { 0x0f, 0x35 } }, { AB_CLASS_SWAPGS, 3, { 0x0f, 0x01, 0xf8 } },
	{ AB_CLASS_FAR_JMP, 2, { 0xff, 0x2f } }, { AB_CLASS_FAR_CALL, 2, { 0xff, 0x1f } },
	{ AB_CLASS_FAR_RET, 2, { 0x48, 0xcb } }, { AB_CLASS_INT, 2, { 0xcd, 0x80 } },
	{ AB_CLASS_LAR, 3, { 0x0f, 0x02, 0xc1 } }, { AB_CLASS_LSL, 3, { 0x0f, 0x03, 0xc1 } },
	{ AB_CLASS_VERR, 3, { 0x0f, 0x00, 0xe0 } }, { AB_CLASS_VERW, 3, { 0x0f, 0x00, 0xe8 } },
	{ AB_CLASS_MOV_TO_SEG, 2, { 0x8e, 0xd8 } }, { AB_CLASS_MOV_FROM_SEG, 2, { 0x8c, 0xd8 } },
	{ AB_CLASS_PUSH_SEG, 2, { 0x0f, 0xa0 } }, { AB_CLASS_POP_SEG, 2, { 0x0f, 0xa9 } },
	{ AB_CLASS_MONITOR, 3, { 0x0f, 0x01, 0xc8 } }, { AB_CLASS_MWAIT, 3, { 0x0f, 0x01, 0xc9 } },
	{ AB_CLASS_RDFSBASE, 5, { 0xf3, 0x48, 0x0f, 0xae, 0xc0 } },
	{ AB_CLASS_RDGSBASE, 5, { 0xf3, 0x48, 0x0f, 0xae, 0xc8 } },
	{ AB_CLASS_WRFSBASE, 5, { 0xf3, 0x48, 0x0f, 0xae, 0xd0 } },
	{ AB_CLASS_WRGSBASE, 5, { 0xf3, 0x48, 0x0f, 0xae, 0xd8 } },
	{ AB_CLASS_CLAC, 3, { 0x0f, 0x01, 0xca } }, { AB_CLASS_STAC, 3, { 0x0f, 0x01, 0xcb } },
	{ AB_CLASS_XSAVES, 3, { 0x0f, 0xc7, 0x2f } }, { AB_CLASS_XRSTORS, 3, { 0x0f, 0xc7, 0x1f } },
	{ AB_CLASS_PT_WRITE, 3, { 0x48, 0x89, 0x07 } },
	{ AB_CLASS_MMIO_READ, 2, { 0x8b, 0x07 } }, { AB_CLASS_MMIO_WRITE, 2, { 0x89, 0x07 } },
};
#define N_CLS (sizeof(cls_insn) / sizeof(cls_insn[0]))

/* The operands the records of the port I/O encodings above carry (the rewriter checks them). */
static void io_operands(struct ti_site *s)
{
	switch (s->cls) {
	case AB_CLASS_IN:	/* e4 60: inb $0x60, %al */
	case AB_CLASS_OUT:	/* e6 80: outb %al, $0x80 */
		s->form = AB_FORM_IMM;
		s->opsize = 1;
		s->imm = s->insn[1];
		break;
	case AB_CLASS_INS:	/* f3 6c: rep insb */
		s->flags = AB_SITE_F_REP;
		/* fall through */
	case AB_CLASS_OUTS:	/* 6e: outsb */
		s->form = AB_FORM_DX;
		s->opsize = 1;
		break;
	}
}

static int32_t get32(const uint8_t *p)
{
	int32_t v;

	memcpy(&v, p, 4);
	return v;
}

/* Checks the patched bytes of site i; returns the offset of the original insn in the slot. */
static size_t check_patched(struct ti_image *t, uint32_t i, const uint8_t *orig)
{
	struct ab_site *r = ti_rec(t, i);
	struct ab_slot *sl = ti_slot(t, i);
	uint8_t *site = ti_site(t, i);
	uint64_t site_va = ti_va(t, site), slot_va = ti_va(t, sl);
	size_t at, end;

	CU_ASSERT_EQUAL(site[0], 0xe9);
	CU_ASSERT_EQUAL(site_va + 5 + get32(site + 1), slot_va);
	CU_ASSERT_TRUE(ab_is_nop_run(site + 5, r->site_len - 5));
	CU_ASSERT_EQUAL(memcmp(sl->saved, orig, r->site_len), 0);
	if (ab_class_stackless(r->cls) || ab_class_stackless(r->pair_cls)) {
		/* mov %rax,scratch; mov count,%rax; lea 1(%rax),%rax; mov %rax,count; mov scratch,%rax */
		static const uint8_t op[5][3] = { { 0x48, 0x89, 0x05 }, { 0x48, 0x8b, 0x05 },
			{ 0, 0, 0 }, { 0x48, 0x89, 0x05 }, { 0x48, 0x8b, 0x05 } };
		uint64_t tgt[5] = { slot_va + 64, slot_va + 56, 0, slot_va + 56, slot_va + 64 };
		size_t k;

		for (at = 0, k = 0; k < 5; k++) {
			if (k == 2) {
				CU_ASSERT_EQUAL(memcmp(sl->code + at, "\x48\x8d\x40\x01", 4), 0);
				at += 4;
				continue;
			}
			CU_ASSERT_EQUAL(memcmp(sl->code + at, op[k], 3), 0);
			CU_ASSERT_EQUAL(slot_va + at + 7 + get32(sl->code + at + 3), tgt[k]);
			at += 7;
		}
	} else {
		/* pushfq; lock incq count(%rip); popfq */
		CU_ASSERT_EQUAL(memcmp(sl->code, "\x9c\xf0\x48\xff\x05", 5), 0);
		CU_ASSERT_EQUAL(slot_va + 9 + get32(sl->code + 5), slot_va + 56);
		CU_ASSERT_EQUAL(sl->code[9], 0x9d);
		at = 10;
	}
	end = at + r->insn_len;
	CU_ASSERT_EQUAL(sl->code[end], 0xe9);
	CU_ASSERT_EQUAL(slot_va + end + 5 + get32(sl->code + end + 1), site_va + r->site_len);
	for (end += 5; end < AB_SLOT_CODE_LEN; end++)
		CU_ASSERT_EQUAL(sl->code[end], 0);
	return at;
}

/* Every class, at its minimum and at a longer site length; patch + undo exact. */
static void test_every_class(void)
{
	struct ti_image t;
	uint8_t *before = malloc(TI_SIZE), orig[AB_SITE_MAX_LEN];
	size_t i, k;
	int err;

	ti_init(&t, 0x200000);
	for (i = 0; i < N_CLS; i++) {
		for (k = 0; k < 2; k++) {
			struct ti_site s = { .insn = cls_insn[i].b, .insn_len = cls_insn[i].len,
					     .cls = cls_insn[i].cls };
			unsigned min = ab_class_site_len(s.cls);

			io_operands(&s);
			s.site_len = k ? 12 + i % 12 : (min > s.insn_len ? min : s.insn_len);
			ti_add(&t, &s);
		}
	}
	memcpy(before, t.buf, TI_SIZE);
	err = ti_patch(&t, AB_BACKEND_TRACE);
	CU_ASSERT_EQUAL(err, 0);
	for (i = 0; !err && i < t.n; i++) {
		struct ab_site *r = ti_rec(&t, i);
		size_t at;

		memcpy(orig, before + (ti_site(&t, i) - t.buf), r->site_len);
		at = check_patched(&t, i, orig);
		CU_ASSERT_EQUAL(memcmp(ti_slot(&t, i)->code + at, orig, r->insn_len), 0);
		CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, ti_va(&t, r)), 1);
	}
	CU_ASSERT_EQUAL(ti_undo(&t, AB_BACKEND_TRACE), 0);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, ti_va(&t, ti_rec(&t, 0))), 0);
	/* and again: patch after undo gives the same bytes */
	CU_ASSERT_EQUAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	CU_ASSERT_EQUAL(ti_undo(&t, AB_BACKEND_TRACE), 0);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	free(before);
	ti_fini(&t);
}

static void test_pairs(void)
{
	static const struct { uint8_t pair, len, b[4]; } pairs[] = {
		{ AB_CLASS_HLT, 2, { 0xfb, 0xf4 } }, { AB_CLASS_RET, 2, { 0xfb, 0xc3 } },
		{ AB_CLASS_IRET, 3, { 0xfb, 0x48, 0xcf } },
		{ AB_CLASS_SYSRET, 4, { 0xfb, 0x48, 0x0f, 0x07 } },	/* stack-less pair */
	};
	struct ti_image t;
	uint8_t *before = malloc(TI_SIZE);
	size_t i;

	ti_init(&t, 0x400000);
	for (i = 0; i < 4; i++) {
		struct ti_site s = { .insn = pairs[i].b, .insn_len = pairs[i].len, .site_len = 7,
				     .cls = AB_CLASS_STI, .pair_cls = pairs[i].pair,
				     .flags = AB_SITE_F_PAIR };
		ti_add(&t, &s);
	}
	memcpy(before, t.buf, TI_SIZE);
	CU_ASSERT_EQUAL_FATAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	for (i = 0; i < 4; i++) {
		size_t at = check_patched(&t, i, before + (ti_site(&t, i) - t.buf));

		/* both instructions, still adjacent: the interrupt shadow is kept */
		CU_ASSERT_EQUAL(memcmp(ti_slot(&t, i)->code + at, pairs[i].b, pairs[i].len), 0);
		CU_ASSERT_EQUAL(at, pairs[i].pair == AB_CLASS_SYSRET ? 32u : 10u);
	}
	CU_ASSERT_EQUAL(ti_undo(&t, AB_BACKEND_TRACE), 0);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	free(before);
	ti_fini(&t);
}

/*
 * lgdt sym(%rip) - symbolic (PCREL record) and numeric n(%rip) forms, with
 * a window whose host address differs from its guest address.
 */
static void test_rip_relative(void)
{
	struct ti_image t;
	uint8_t insn[7] = { 0x0f, 0x01, 0x15 }, insn2[8] = { 0x0f, 0x00, 0x1d };
	uint8_t *before = malloc(TI_SIZE);
	uint64_t target = 0x600000 + 0x7000;	/* inside the window; any address works */
	uint32_t i0, i1, k;

	ti_init(&t, 0x600000);
	/* site 0 at code_off: disp = target - (site + 7) */
	{
		uint64_t site_va = t.win.vaddr + t.code_off;
		int32_t d = (int32_t)(target - (site_va + 7));
		struct ti_site s = { .insn = insn, .insn_len = 7, .site_len = 7,
				     .cls = AB_CLASS_LGDT, .flags = AB_SITE_F_DISP_PCREL,
				     .form = AB_FORM_MEM, .base = AB_REG_RIP };

		memcpy(insn + 3, &d, 4);
		i0 = ti_add(&t, &s);
		ti_rec(&t, i0)->disp = (int32_t)(target - ti_va(&t, &ti_rec(&t, i0)->disp));
	}
	/* site 1: ltr -0x40(%rip), numeric form: disp in record == disp in insn */
	{
		int32_t d = -0x40;
		struct ti_site s = { .insn = insn2, .insn_len = 7, .site_len = 9,
				     .cls = AB_CLASS_LTR, .flags = AB_SITE_F_RIP_NUMERIC,
				     .form = AB_FORM_MEM, .base = AB_REG_RIP, .disp = -0x40 };

		memcpy(insn2 + 3, &d, 4);
		i1 = ti_add(&t, &s);
	}
	memcpy(before, t.buf, TI_SIZE);
	CU_ASSERT_EQUAL_FATAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	for (k = 0; k < 2; k++) {
		uint32_t i = k ? i1 : i0;
		uint8_t *site = before + (ti_site(&t, i) - t.buf);
		uint64_t want = ti_va(&t, ti_site(&t, i)) + 7 + get32(site + 3);
		struct ab_slot *sl = ti_slot(&t, i);
		size_t at = check_patched(&t, i, site);
		uint64_t insn_va = ti_va(&t, sl->code + at);

		/* opcode bytes kept, disp32 re-based so the operand is the same address */
		CU_ASSERT_EQUAL(memcmp(sl->code + at, site, 3), 0);
		CU_ASSERT_EQUAL(insn_va + 7 + get32(sl->code + at + 3), want);
		CU_ASSERT_NOT_EQUAL(get32(sl->code + at + 3), get32(site + 3));
	}
	CU_ASSERT_EQUAL(ti_undo(&t, AB_BACKEND_TRACE), 0);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);

	/* a record whose disp does not match the instruction: refused, nothing written */
	ti_rec(&t, i1)->disp = -0x44;
	memcpy(before, t.buf, TI_SIZE);
	CU_ASSERT_EQUAL(ti_patch(&t, AB_BACKEND_TRACE), -AB_RW_ERELOC);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	free(before);
	ti_fini(&t);
}

/* The native back end writes nothing and reports nothing patched. */
static void test_native(void)
{
	struct ti_image t;
	uint8_t *before = malloc(TI_SIZE);
	struct ti_site s = { .insn = (const uint8_t *)"\x0f\xa2", .insn_len = 2, .site_len = 5,
			     .cls = AB_CLASS_CPUID };
	struct ab_rewrite rw = { .backend = AB_BACKEND_NATIVE };

	ti_init(&t, 0x800000);
	ti_add(&t, &s);
	ti_add(&t, &s);
	memcpy(before, t.buf, TI_SIZE);
	rw.img = t.win;
	rw.patched = 77;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 0);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	/* native over a trace-patched image: wrong state */
	CU_ASSERT_EQUAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ESTATE);
	free(before);
	ti_fini(&t);
}

/*
 * The rewriter looks a class up in ab_rw_cls_info instead of asking
 * site.h per site: the table must say what site.h says, for every byte a
 * record's cls or pair_cls may hold.
 */
static void test_class_table(void)
{
	unsigned c;

	for (c = 0; c < 256; c++) {
		unsigned ci = ab_rw_cls_info[c];
		int first = c > AB_CLASS_NONE && c < AB_CLASS_COUNT && c != AB_CLASS_RET;
		int tail = c == AB_CLASS_HLT || c == AB_CLASS_SYSRET || c == AB_CLASS_IRET || c == AB_CLASS_RET ||
			   c == AB_CLASS_MWAIT;
		int io = c == AB_CLASS_IN || c == AB_CLASS_OUT || c == AB_CLASS_INS || c == AB_CLASS_OUTS;

		CU_ASSERT_EQUAL(!!(ci & RW_CI_OK), first);
		CU_ASSERT_EQUAL(!!(ci & RW_CI_TAIL), tail);
		CU_ASSERT_EQUAL(!!(ci & RW_CI_PORTIO), io);
		CU_ASSERT_EQUAL(!!(ci & RW_CI_STACKLESS), c < AB_CLASS_COUNT && ab_class_stackless(c));
		CU_ASSERT_EQUAL((ci & RW_CI_LONG) ? AB_INLINE_STORE_LEN : AB_BRANCH_LEN,
				c < AB_CLASS_COUNT ? ab_class_site_len(c) : AB_BRANCH_LEN);
	}
}

void ti_suite_patch(void)
{
	CU_pSuite s = CU_add_suite("patch", NULL, NULL);

	CU_add_test(s, "every-class-trace-undo-exact", test_every_class);
	CU_add_test(s, "class-table-matches-site-h", test_class_table);
	CU_add_test(s, "sti-pairs", test_pairs);
	CU_add_test(s, "rip-relative-rebased", test_rip_relative);
	CU_add_test(s, "native-writes-nothing", test_native);
}
