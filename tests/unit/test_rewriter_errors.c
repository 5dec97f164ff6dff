/*
 * test_rewriter_errors.c - the rewriter refuses bad tables and wrong states
 * with the right error, names the failing record, and then has written
 * nothing (the image is compared byte for byte).
 */
#include <string.h>
#include <stdlib.h>
#include "test_rewriter.h"

static const uint8_t cpuid[2] = { 0x0f, 0xa2 };

/* Three good cpuid sites; the test then spoils record 2. */
static void setup3(struct ti_image *t)
{
	struct ti_site s = { .insn = cpuid, .insn_len = 2, .site_len = 5, .cls = AB_CLASS_CPUID };

	ti_init(t, 0x300000);
	ti_add(t, &s);
	ti_add(t, &s);
	ti_add(t, &s);
}

/* Runs patch on t for back end b; asserts err, failed_index and an unchanged image. */
static void expect_fail(struct ti_image *t, enum ab_backend b, int err, uint32_t idx, int undo)
{
	uint8_t *before = malloc(TI_SIZE);
	struct ab_rewrite rw = { .img = t->win, .backend = b };
	int got;

	memcpy(before, t->buf, TI_SIZE);
	got = undo ? ab_rewrite_undo(&rw, t->win.vaddr + TI_OFF_RECS, t->n)
		   : ab_rewrite_all(&rw, t->win.vaddr + TI_OFF_RECS, t->n);
	CU_ASSERT_EQUAL(got, err);
	CU_ASSERT_EQUAL(rw.failed_index, idx);
	CU_ASSERT_EQUAL(rw.patched, 0);
	CU_ASSERT_EQUAL(memcmp(before, t->buf, TI_SIZE), 0);
	free(before);
}

static void test_too_short(void)
{
	struct ti_image t;
	static const uint8_t cli = 0xfa;
	struct ti_site s = { .insn = &cli, .insn_len = 1, .site_len = 5, .cls = AB_CLASS_CLI };

	setup3(&t);
	ti_rec(&t, 2)->site_len = 4;		/* shorter than jmp rel32 */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ELEN, 2, 0);
	expect_fail(&t, AB_BACKEND_NATIVE, -AB_RW_ELEN, 2, 0);
	ti_rec(&t, 2)->site_len = 5;
	ti_rec(&t, 2)->insn_len = 6;		/* insn longer than site */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ELEN, 2, 0);
	ti_rec(&t, 2)->insn_len = 0;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ELEN, 2, 0);
	ti_rec(&t, 2)->insn_len = 2;
	ti_rec(&t, 2)->site_len = AB_SITE_MAX_LEN + 1;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ELEN, 2, 0);
	ti_rec(&t, 2)->site_len = 5;
	ti_add(&t, &s);				/* cli needs 7 (inline store) */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ELEN, 3, 0);
	ti_fini(&t);
}

static void test_bad_pad(void)
{
	struct ti_image t;

	setup3(&t);
	ti_site(&t, 1)[3] = 0xcc;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_EPAD, 1, 0);
	expect_fail(&t, AB_BACKEND_NATIVE, -AB_RW_EPAD, 1, 0);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, ti_va(&t, ti_rec(&t, 1))), -AB_RW_EPAD);
	ti_fini(&t);
}

static void test_bad_class(void)
{
	struct ti_image t;

	setup3(&t);
	ti_rec(&t, 0)->cls = AB_CLASS_COUNT;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ECLASS, 0, 0);
	ti_rec(&t, 0)->cls = AB_CLASS_RET;	/* only valid as a pair tail */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ECLASS, 0, 0);
	ti_rec(&t, 0)->cls = AB_CLASS_CPUID;
	ti_rec(&t, 0)->flags = AB_SITE_F_PAIR;	/* cpuid is no sti */
	ti_rec(&t, 0)->pair_cls = AB_CLASS_HLT;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ECLASS, 0, 0);
	ti_rec(&t, 0)->flags = 0;		/* pair class without the flag */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ECLASS, 0, 0);
	ti_fini(&t);
}

static void test_out_of_window(void)
{
	struct ti_image t;
	struct ab_rewrite rw;
	struct ab_site *r;

	setup3(&t);
	r = ti_rec(&t, 2);
	r->site += TI_SIZE;			/* site past the end */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ERANGE, 2, 0);
	r->site -= TI_SIZE;
	r->site -= 0x40000000;			/* far below the window */
	expect_fail(&t, AB_BACKEND_NATIVE, -AB_RW_ERANGE, 2, 0);
	r->site += 0x40000000;
	r->slot = INT32_MAX;			/* slot far away */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ERANGE, 2, 0);
	r->slot = (int32_t)(ti_va(&t, t.buf + TI_SIZE - 50) - ti_va(&t, &r->slot));	/* straddles end */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ERANGE, 2, 0);
	r->slot = (int32_t)(ti_va(&t, ti_site(&t, 2)) - 10 - ti_va(&t, &r->slot));	/* covers its site */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ERANGE, 2, 0);
	r->slot = (int32_t)(ti_va(&t, ti_rec(&t, 0)) - ti_va(&t, &r->slot));	/* over the table */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ERANGE, 2, 0);
	ti_fini(&t);

	/* the table itself outside the window, or wrapping around */
	setup3(&t);
	rw = (struct ab_rewrite){ .img = t.win, .backend = AB_BACKEND_TRACE };
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr + TI_SIZE - 64, 3), -AB_RW_ERANGE);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr - 32, 3), -AB_RW_ERANGE);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, UINT64_MAX - 31, 1), -AB_RW_ERANGE);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, UINT32_MAX), -AB_RW_ERANGE);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, t.win.vaddr + TI_SIZE - 16), -AB_RW_ERANGE);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, 0), 0);	/* empty table is fine */
	ti_fini(&t);
}

static void test_double_patch_and_stray_undo(void)
{
	struct ti_image t;

	setup3(&t);
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 0, 1);	/* undo of unpatched */
	CU_ASSERT_EQUAL_FATAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 0, 0);	/* double patch */
	/* a slot altered after patching: undo refuses instead of guessing */
	ti_slot(&t, 1)->code[12] ^= 1;
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 1, 1);
	ti_slot(&t, 1)->code[12] ^= 1;
	ti_slot(&t, 2)->saved[3] = 0xcc;			/* saved pad spoiled */
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_EPAD, 2, 1);
	ti_fini(&t);

	/* a half-patched table (sites 0 and 1 patched, 2 not) is refused both ways */
	setup3(&t);
	{
		uint32_t n = t.n;

		t.n = 2;
		CU_ASSERT_EQUAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
		t.n = n;
	}
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 0, 0);
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 2, 1);
	ti_fini(&t);
}

/* Records sharing a site or a slot pass one at a time; the second phase catches and rolls back. */
static void test_shared_site_or_slot(void)
{
	struct ti_image t;

	setup3(&t);
	ti_rec(&t, 2)->site = (int32_t)(ti_va(&t, ti_site(&t, 0)) - ti_va(&t, &ti_rec(&t, 2)->site));
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 2, 0);
	ti_fini(&t);
	setup3(&t);
	ti_rec(&t, 2)->slot = (int32_t)(ti_va(&t, ti_slot(&t, 1)) - ti_va(&t, &ti_rec(&t, 2)->slot));
	expect_fail(&t, AB_BACKEND_TRACE, -AB_RW_ESTATE, 2, 0);
	ti_fini(&t);
}


static void test_backends(void)
{
	struct ti_image t;
	struct ab_handlers h;
	struct ab_rewrite rw;
	struct ab_slot *sl;
	int32_t d;

	setup3(&t);
	expect_fail(&t, AB_BACKEND_HYPERCALL, -AB_RW_EBACKEND, 0, 0);	/* no handlers yet */
	expect_fail(&t, (enum ab_backend)7, -AB_RW_EBACKEND, 0, 0);
	/* with handlers: cpuid calls its handler from the slot, then jumps back */
	memset(&h, 0, sizeof(h));
	h.entry[AB_CLASS_CPUID] = t.win.vaddr + 0x7800;
	rw = (struct ab_rewrite){ .img = t.win, .backend = AB_BACKEND_HYPERCALL, .handlers = &h };
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 3);
	sl = ti_slot(&t, 0);
	CU_ASSERT_EQUAL(sl->code[0], 0xe8);
	memcpy(&d, sl->code + 1, 4);
	CU_ASSERT_EQUAL(ti_va(&t, sl) + 5 + d, h.entry[AB_CLASS_CPUID]);
	CU_ASSERT_EQUAL(sl->code[5], 0xe9);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, t.win.vaddr), 1);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 3);

	CU_ASSERT_STRING_EQUAL(ab_backend_name(AB_BACKEND_TRACE), "trace");
	CU_ASSERT_STRING_EQUAL(ab_backend_name((enum ab_backend)9), "?");
	CU_ASSERT_EQUAL(ab_backend_parse("native", 6), AB_BACKEND_NATIVE);
	CU_ASSERT_EQUAL(ab_backend_parse("hypercall=x", 9), AB_BACKEND_HYPERCALL);
	CU_ASSERT_EQUAL(ab_backend_parse("trac", 4), -1);
	CU_ASSERT_EQUAL(ab_backend_parse("traces", 6), -1);
	CU_ASSERT_EQUAL(ab_backend_parse("", 0), -1);
	CU_ASSERT_STRING_EQUAL(ab_rewrite_strerror(0), "success");
	CU_ASSERT_PTR_NOT_NULL(strstr(ab_rewrite_strerror(-AB_RW_EPAD), "NOP"));
	CU_ASSERT_STRING_EQUAL(ab_rewrite_strerror(-99), "unknown rewriter error");
	CU_ASSERT_STRING_EQUAL(ab_rewrite_strerror(5), "unknown rewriter error");
	ti_fini(&t);
}

/*
 * A window holding exactly [site][slot][record]: the site at the first byte,
 * the record at the last.  Under ASan any read outside the window fails.
 */
static void test_window_edges(void)
{
	size_t size = 8 + AB_SLOT_SIZE + sizeof(struct ab_site);
	uint8_t *buf = calloc(1, size), *before = malloc(size);
	struct ab_site *r = (struct ab_site *)(buf + 8 + AB_SLOT_SIZE);
	struct ab_rewrite rw = { .img = { buf, 0x1000, size }, .backend = AB_BACKEND_TRACE };
	uint64_t rec_va = 0x1000 + 8 + AB_SLOT_SIZE;

	buf[0] = 0xfa;					/* cli + 7 bytes of pad */
	ti_gas_nops(buf + 1, 7);
	r->site = (int32_t)(0x1000 - rec_va);
	r->slot = (int32_t)(0x1000 + 8 - (rec_va + 4));
	r->insn_len = 1;
	r->site_len = 8;
	r->cls = AB_CLASS_CLI;
	r->form = AB_FORM_MEM;				/* a lie: rip with a 1-byte insn */
	r->base = AB_REG_RIP;
	memcpy(before, buf, size);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, rec_va, 1), -AB_RW_ELEN);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&rw.img, rec_va), -AB_RW_ELEN);
	r->form = AB_FORM_NONE;
	r->base = AB_REG_NONE;
	memcpy(before, buf, size);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, rec_va, 1), 0);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&rw.img, rec_va), 1);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, rec_va, 1), 0);
	CU_ASSERT_EQUAL(memcmp(before, buf, 8), 0);		/* site restored */
	CU_ASSERT_EQUAL(memcmp(buf + 8 + 96 - 24, buf, 8), 0);	/* saved[] kept */
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&rw.img, rec_va), 0);
	/* and patched again over the kept saved[] */
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, rec_va, 1), 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, rec_va, 1), 0);
	/* one byte less window: the record no longer fits */
	rw.img.size--;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, rec_va, 1), -AB_RW_ERANGE);
	free(buf);
	free(before);
}

void ti_suite_errors(void)
{
	CU_pSuite s = CU_add_suite("errors", NULL, NULL);

	CU_add_test(s, "too-short-sites", test_too_short);
	CU_add_test(s, "bad-pad", test_bad_pad);
	CU_add_test(s, "bad-class", test_bad_class);
	CU_add_test(s, "out-of-window", test_out_of_window);
	CU_add_test(s, "double-patch-stray-undo", test_double_patch_and_stray_undo);
	CU_add_test(s, "shared-site-or-slot-rolled-back", test_shared_site_or_slot);
	CU_add_test(s, "backends-and-names", test_backends);
	CU_add_test(s, "window-edges", test_window_edges);
}
