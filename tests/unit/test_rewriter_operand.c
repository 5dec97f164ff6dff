/*
 * test_rewriter_operand.c - records against their instruction bytes
 * (loader/rewriter_operand.c): the port I/O decoder, the record/bytes
 * comparison, and the rewriter refusing a table in which one record's
 * port, width or direction disagrees with its bytes - naming that record
 * and writing nothing, for every back end, on patch and on undo.
 */
#include <string.h>
#include <stdlib.h>
#include "test_rewriter.h"

static void test_decode(void)
{
	static const struct {
		uint8_t len, b[4];
		int ok;
		uint8_t cls, size, form, port, rep;
	} t[] = {
		{ 2, { 0xe4, 0x60 }, 1, AB_CLASS_IN, 1, AB_FORM_IMM, 0x60, 0 },
		{ 2, { 0xe5, 0x70 }, 1, AB_CLASS_IN, 4, AB_FORM_IMM, 0x70, 0 },
		{ 3, { 0x66, 0xe5, 0x70 }, 1, AB_CLASS_IN, 2, AB_FORM_IMM, 0x70, 0 },
		{ 2, { 0xe6, 0x80 }, 1, AB_CLASS_OUT, 1, AB_FORM_IMM, 0x80, 0 },
		{ 2, { 0xe7, 0xff }, 1, AB_CLASS_OUT, 4, AB_FORM_IMM, 0xff, 0 },
		{ 1, { 0xec }, 1, AB_CLASS_IN, 1, AB_FORM_DX, 0, 0 },
		{ 2, { 0x66, 0xed }, 1, AB_CLASS_IN, 2, AB_FORM_DX, 0, 0 },
		{ 1, { 0xee }, 1, AB_CLASS_OUT, 1, AB_FORM_DX, 0, 0 },
		{ 1, { 0xef }, 1, AB_CLASS_OUT, 4, AB_FORM_DX, 0, 0 },
		{ 2, { 0x48, 0xed }, 1, AB_CLASS_IN, 4, AB_FORM_DX, 0, 0 },	/* REX.W: no 8-byte port I/O */
		{ 1, { 0x6c }, 1, AB_CLASS_INS, 1, AB_FORM_DX, 0, 0 },
		{ 2, { 0xf3, 0x6d }, 1, AB_CLASS_INS, 4, AB_FORM_DX, 0, 1 },
		{ 3, { 0xf3, 0x66, 0x6f }, 1, AB_CLASS_OUTS, 2, AB_FORM_DX, 0, 1 },
		{ 2, { 0x64, 0x6e }, 1, AB_CLASS_OUTS, 1, AB_FORM_DX, 0, 0 },
		{ 1, { 0xe4 }, 0, 0, 0, 0, 0, 0 },			/* the port byte is missing */
		{ 2, { 0xf3, 0xec }, 0, 0, 0, 0, 0, 0 },		/* rep on in: not our instruction */
		{ 2, { 0x2e, 0xee }, 0, 0, 0, 0, 0, 0 },
		{ 1, { 0xe8 }, 0, 0, 0, 0, 0, 0 },
		{ 2, { 0x0f, 0xa2 }, 0, 0, 0, 0, 0, 0 },
		{ 2, { 0x48, 0x66 }, 0, 0, 0, 0, 0, 0 },		/* REX before a legacy prefix */
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct ab_io_insn io;
		int ok = ab_io_decode(t[i].b, t[i].len, &io);
		CU_ASSERT_EQUAL(ok, t[i].ok);
		if (!ok || !t[i].ok)
			continue;
		CU_ASSERT_EQUAL(io.cls, t[i].cls);
		CU_ASSERT_EQUAL(io.size, t[i].size);
		CU_ASSERT_EQUAL(io.form, t[i].form);
		CU_ASSERT_EQUAL(io.port, t[i].port);
		CU_ASSERT_EQUAL(io.rep, t[i].rep);
		CU_ASSERT_EQUAL(io.len, t[i].len);
	}
}

static struct ab_site io_rec(uint8_t cls, uint8_t len, uint8_t size, uint8_t form, int32_t port)
{
	struct ab_site r;

	memset(&r, 0, sizeof(r));
	r.cls = cls;
	r.insn_len = len;
	r.site_len = 5;
	r.opsize = size;
	r.form = form;
	r.imm = port;
	r.reg = r.base = r.index = r.seg = AB_REG_NONE;
	return r;
}

static void test_match(void)
{
	static const uint8_t in60[] = { 0xe4, 0x60 }, outdx16[] = { 0x66, 0xef }, repins[] = { 0xf3, 0x6c };
	static const uint8_t cpuid[] = { 0x0f, 0xa2 };
	struct ab_site r;

	r = io_rec(AB_CLASS_IN, 2, 1, AB_FORM_IMM, 0x60);
	CU_ASSERT_TRUE(ab_site_operands_match(&r, in60));
	r.imm = 0x61;					/* port */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, in60));
	r.imm = 0x160;					/* a port the imm8 cannot hold */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, in60));
	r = io_rec(AB_CLASS_IN, 2, 2, AB_FORM_IMM, 0x60);	/* width */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, in60));
	r = io_rec(AB_CLASS_OUT, 2, 1, AB_FORM_IMM, 0x60);	/* direction */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, in60));
	r = io_rec(AB_CLASS_IN, 2, 1, AB_FORM_DX, 0);		/* port in %dx, not imm */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, in60));

	r = io_rec(AB_CLASS_OUT, 2, 2, AB_FORM_DX, 0);
	CU_ASSERT_TRUE(ab_site_operands_match(&r, outdx16));
	r.imm = 0x3f8;				/* imm is not the port of a %dx form: ignored */
	CU_ASSERT_TRUE(ab_site_operands_match(&r, outdx16));
	r.opsize = 4;
	CU_ASSERT_FALSE(ab_site_operands_match(&r, outdx16));
	r = io_rec(AB_CLASS_OUT, 1, 2, AB_FORM_DX, 0);		/* length: the 66 would be outside */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, outdx16 + 1));

	r = io_rec(AB_CLASS_INS, 2, 1, AB_FORM_DX, 0);
	CU_ASSERT_FALSE(ab_site_operands_match(&r, repins));	/* rep flag missing */
	r.flags = AB_SITE_F_REP;
	CU_ASSERT_TRUE(ab_site_operands_match(&r, repins));

	r = io_rec(AB_CLASS_CPUID, 2, 0, AB_FORM_NONE, 0);	/* not decoded: no opinion */
	CU_ASSERT_TRUE(ab_site_operands_match(&r, cpuid));
	r = io_rec(AB_CLASS_IN, 2, 1, AB_FORM_IMM, 0xa2);	/* an in record on cpuid bytes */
	CU_ASSERT_FALSE(ab_site_operands_match(&r, cpuid));
}

static const uint8_t cli[] = { 0xfa }, in60[] = { 0xe4, 0x60 }, out80[] = { 0xe6, 0x80 };

/* cli, inb $0x60, outb $0x80: good records; the tests spoil record 2. */
static void setup(struct ti_image *t)
{
	struct ti_site a = { .insn = cli, .insn_len = 1, .site_len = 7, .cls = AB_CLASS_CLI };
	struct ti_site b = { .insn = in60, .insn_len = 2, .site_len = 5, .cls = AB_CLASS_IN,
			     .form = AB_FORM_IMM, .opsize = 1, .imm = 0x60 };
	struct ti_site c = { .insn = out80, .insn_len = 2, .site_len = 5, .cls = AB_CLASS_OUT,
			     .form = AB_FORM_IMM, .opsize = 1, .imm = 0x80 };

	ti_init(t, 0x400000);
	ti_add(t, &a);
	ti_add(t, &b);
	ti_add(t, &c);
}

static int run(struct ti_image *t, enum ab_backend b, const struct ab_handlers *h, int undo, uint32_t *failed)
{
	struct ab_rewrite rw = { .img = t->win, .backend = b, .handlers = h };
	int err = undo ? ab_rewrite_undo(&rw, t->win.vaddr + TI_OFF_RECS, t->n)
		       : ab_rewrite_all(&rw, t->win.vaddr + TI_OFF_RECS, t->n);

	*failed = rw.failed_index;
	CU_ASSERT_TRUE(err == 0 || rw.patched == 0);
	return err;
}

/* A record whose port disagrees with its bytes: refused, record 2 named, nothing written. */
static void test_refused(void)
{
	static const enum ab_backend backends[] = { AB_BACKEND_NATIVE, AB_BACKEND_TRACE, AB_BACKEND_HYPERCALL };
	struct ab_handlers h;
	struct ti_image t;
	uint8_t *before = malloc(TI_SIZE);
	uint32_t failed;

	memset(&h, 0, sizeof(h));
	h.pre[AB_CLASS_OUT] = h.pre[AB_CLASS_IN] = 0x400000;	/* a handler address in the window */
	setup(&t);
	ti_rec(&t, 2)->imm = 0x81;		/* record says port 0x81, the bytes 0x80 */
	memcpy(before, t.buf, TI_SIZE);
	for (size_t i = 0; i < sizeof(backends) / sizeof(backends[0]); i++) {
		CU_ASSERT_EQUAL(run(&t, backends[i], &h, 0, &failed), -AB_RW_EOPERAND);
		CU_ASSERT_EQUAL(failed, 2);
		CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	}
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, ti_va(&t, ti_rec(&t, 2))), -AB_RW_EOPERAND);
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, ti_va(&t, ti_rec(&t, 1))), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(ab_rewrite_strerror(-AB_RW_EOPERAND), "operands"));

	/* width and direction too */
	ti_rec(&t, 2)->imm = 0x80;
	ti_rec(&t, 2)->opsize = 4;
	CU_ASSERT_EQUAL(run(&t, AB_BACKEND_TRACE, NULL, 0, &failed), -AB_RW_EOPERAND);
	ti_rec(&t, 2)->opsize = 1;
	ti_rec(&t, 2)->cls = AB_CLASS_IN;
	CU_ASSERT_EQUAL(run(&t, AB_BACKEND_TRACE, NULL, 0, &failed), -AB_RW_EOPERAND);
	ti_rec(&t, 2)->cls = AB_CLASS_OUT;

	/* the good table patches; a record spoiled afterwards is refused by undo, which writes nothing */
	CU_ASSERT_EQUAL(run(&t, AB_BACKEND_TRACE, NULL, 0, &failed), 0);
	ti_rec(&t, 2)->form = AB_FORM_DX;
	memcpy(before, t.buf, TI_SIZE);
	CU_ASSERT_EQUAL(run(&t, AB_BACKEND_TRACE, NULL, 1, &failed), -AB_RW_EOPERAND);
	CU_ASSERT_EQUAL(failed, 2);
	CU_ASSERT_EQUAL(memcmp(before, t.buf, TI_SIZE), 0);
	ti_rec(&t, 2)->form = AB_FORM_IMM;
	CU_ASSERT_EQUAL(run(&t, AB_BACKEND_TRACE, NULL, 1, &failed), 0);
	free(before);
	ti_fini(&t);
}

/*
 * ab_site_operands_match answers prefix-less in/out without running the
 * decoder: it must say exactly what the decoder's answer implies, for
 * every such opcode and every record shape around it.
 */
static void test_match_fast_path(void)
{
	static const uint8_t clss[] = { AB_CLASS_IN, AB_CLASS_OUT, AB_CLASS_INS, AB_CLASS_OUTS };
	static const uint8_t sizes[] = { 0, 1, 2, 4 };
	static const uint8_t forms[] = { AB_FORM_NONE, AB_FORM_IMM, AB_FORM_DX };
	unsigned op, c, z, f, len, imm, rep, bad = 0;

	for (op = 0xe4; op <= 0xef; op++) {
		uint8_t insn[4] = { (uint8_t)op, 0x60, 0x90, 0x90 };

		if ((op & 0xf4) != 0xe4)
			continue;
		for (c = 0; c < sizeof(clss); c++)
		for (z = 0; z < sizeof(sizes); z++)
		for (f = 0; f < sizeof(forms); f++)
		for (len = 1; len <= 3; len++)
		for (imm = 0; imm <= 0x60; imm += 0x60)
		for (rep = 0; rep <= AB_SITE_F_REP; rep += AB_SITE_F_REP) {
			struct ab_site r = { .insn_len = (uint8_t)len, .cls = clss[c], .opsize = sizes[z],
					     .form = forms[f], .imm = (int32_t)imm, .flags = (uint8_t)rep };
			struct ab_io_insn io;
			int want = ab_io_decode(insn, len, &io) && io.len == len && io.cls == r.cls &&
				   io.size == r.opsize && io.form == r.form &&
				   (io.form == AB_FORM_DX || (uint32_t)r.imm == io.port);

			if (ab_site_operands_match(&r, insn) != want)
				bad++;
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
}

void ti_suite_operand(void)
{
	CU_pSuite s = CU_add_suite("operand", NULL, NULL);

	CU_add_test(s, "io-decode", test_decode);
	CU_add_test(s, "record-vs-bytes", test_match);
	CU_add_test(s, "in-out-fast-path-as-decoded", test_match_fast_path);
	CU_add_test(s, "rewriter-refuses-disagreeing-record", test_refused);
}
