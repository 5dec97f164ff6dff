/*
 * test_rewriter_hypercall.c - the hypercall back end's byte patterns
 * (struct ab_handlers, loader/rewriter.h): the inline cli store, the inline
 * pushfq, `call pre; <original>; call post; jmp back`, the sti;hlt entry,
 * stack-less refusal, exact undo and double-patch detection.  The inline
 * code is also run for real in user mode (cli clears the vif byte; the
 * pushed IF follows vif).
 */
#include <string.h>
#include "test_rewriter.h"

#define RFLAGS_IF	0x200

/* Target of the rel32/disp32 ending an instruction of len bytes at p. */
static uint64_t rel_target(struct ti_image *t, const uint8_t *p, int len)
{
	int32_t d;

	memcpy(&d, p + len - 4, 4);
	return ti_va(t, p + len) + (int64_t)d;
}

static struct ab_rewrite hc_rw(struct ti_image *t, const struct ab_handlers *h)
{
	return (struct ab_rewrite){ .img = t->win, .backend = AB_BACKEND_HYPERCALL, .handlers = h };
}

static void test_shapes(void)
{
	struct ti_image t;
	struct ab_handlers h;
	struct ab_rewrite rw;
	uint8_t pristine[TI_SIZE];
	uint8_t *vif;
	uint32_t i_cli, i_sti, i_pushf, i_stihlt, i_cpuid, i_stimwait;

	ti_init(&t, 0x200000);
	vif = t.buf + 0x7f00;
	i_cli = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfa", .insn_len = 1,
					     .site_len = 7, .cls = AB_CLASS_CLI });
	i_sti = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfb", .insn_len = 1,
					     .site_len = 5, .cls = AB_CLASS_STI });
	i_pushf = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x9c", .insn_len = 1,
					       .site_len = 5, .cls = AB_CLASS_PUSHF, .opsize = 8 });
	i_stihlt = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfb\xf4", .insn_len = 2,
						.site_len = 5, .cls = AB_CLASS_STI,
						.pair_cls = AB_CLASS_HLT, .flags = AB_SITE_F_PAIR });
	i_cpuid = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x0f\xa2", .insn_len = 2,
					       .site_len = 5, .cls = AB_CLASS_CPUID });
	i_stimwait = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfb\x0f\x01\xc9", .insn_len = 4,
						  .site_len = 5, .cls = AB_CLASS_STI,
						  .pair_cls = AB_CLASS_MWAIT, .flags = AB_SITE_F_PAIR });
	memcpy(pristine, t.buf, TI_SIZE);

	memset(&h, 0, sizeof(h));
	h.vif = ti_va(&t, vif);
	h.sti_hlt = t.win.vaddr + 0x7a00;
	h.pre[AB_CLASS_STI] = t.win.vaddr + 0x7a10;
	h.post[AB_CLASS_STI] = t.win.vaddr + 0x7a20;
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 6);

	/* cli: movb $0, vif(%rip) in the site, then NOPs */
	uint8_t *s = ti_site(&t, i_cli);
	CU_ASSERT(s[0] == 0xc6 && s[1] == 0x05 && s[6] == 0x00);
	{
		int32_t d;	/* disp32 is followed by the imm8: relative to s + 7 */
		memcpy(&d, s + 2, 4);
		CU_ASSERT_EQUAL(ti_va(&t, s + 7) + (int64_t)d, h.vif);
	}
	CU_ASSERT_EQUAL(ab_rewrite_check_site(&t.win, t.win.vaddr) < 0, 1);	/* not a jmp: host check refuses */

	/* sti: call pre; sti; call post; jmp back */
	uint8_t *c = ti_slot(&t, i_sti)->code;
	CU_ASSERT_EQUAL(c[0], 0xe8);
	CU_ASSERT_EQUAL(rel_target(&t, c, 5), h.pre[AB_CLASS_STI]);
	CU_ASSERT_EQUAL(c[5], 0xfb);
	CU_ASSERT_EQUAL(c[6], 0xe8);
	CU_ASSERT_EQUAL(rel_target(&t, c + 6, 5), h.post[AB_CLASS_STI]);
	CU_ASSERT_EQUAL(c[11], 0xe9);
	CU_ASSERT_EQUAL(rel_target(&t, c + 11, 5), ti_va(&t, ti_site(&t, i_sti) + 5));
	CU_ASSERT_EQUAL(ti_site(&t, i_sti)[0], 0xe9);

	/* pushfq: inline, no call */
	c = ti_slot(&t, i_pushf)->code;
	CU_ASSERT(c[0] == 0x9c && c[1] == 0x9c && c[2] == 0xf6 && c[3] == 0x05 && c[8] == 0x01);
	CU_ASSERT_EQUAL(c[9], 0x75);
	CU_ASSERT_EQUAL(c[20], 0x9d);
	CU_ASSERT_EQUAL(c[21], 0xe9);

	/* sti; hlt: call sti_hlt; jmp back (the pair is emulated whole) */
	c = ti_slot(&t, i_stihlt)->code;
	CU_ASSERT_EQUAL(c[0], 0xe8);
	CU_ASSERT_EQUAL(rel_target(&t, c, 5), h.sti_hlt);
	CU_ASSERT_EQUAL(c[5], 0xe9);

	/* sti; mwait: call pre; call post (parked vectors, before the mwait);
	 * sti; mwait together (the shadow); jmp back */
	c = ti_slot(&t, i_stimwait)->code;
	CU_ASSERT(c[0] == 0xe8 && rel_target(&t, c, 5) == h.pre[AB_CLASS_STI]);
	CU_ASSERT(c[5] == 0xe8 && rel_target(&t, c + 5, 5) == h.post[AB_CLASS_STI]);
	CU_ASSERT(!memcmp(c + 10, "\xfb\x0f\x01\xc9", 4));
	CU_ASSERT(c[14] == 0xe9 && rel_target(&t, c + 14, 5) == ti_va(&t, ti_site(&t, i_stimwait) + 5));

	/* cpuid without a handler: the trace code (pushfq; lock incq; popfq; cpuid; jmp) */
	c = ti_slot(&t, i_cpuid)->code;
	CU_ASSERT(c[0] == 0x9c && c[1] == 0xf0 && c[9] == 0x9d && c[10] == 0x0f && c[11] == 0xa2);

	/* patching twice is refused, also for the inline site */
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ESTATE);
	/* undo is exact (saved[] aside) */
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(t.buf, pristine, TI_SIZE), 0);
	/* and again */
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);

	/* a table without the appended fields keeps the provisional entry[] shape */
	memset(&h, 0, sizeof(h));
	h.entry[AB_CLASS_CLI] = t.win.vaddr + 0x7a30;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(ti_site(&t, i_cli)[0], 0xe9);
	CU_ASSERT_EQUAL(ti_slot(&t, i_cli)->code[0], 0xe8);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	ti_fini(&t);
}

static void test_refusals(void)
{
	struct ti_image t;
	struct ab_handlers h;
	struct ab_rewrite rw;

	/* swapgs runs without a stack: a handler call there is refused, nothing written */
	ti_init(&t, 0x200000);
	ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x0f\x01\xf8", .insn_len = 3,
				     .site_len = 5, .cls = AB_CLASS_SWAPGS });
	memset(&h, 0, sizeof(h));
	h.pre[AB_CLASS_SWAPGS] = t.win.vaddr + 0x7a00;
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ECLASS);
	CU_ASSERT_EQUAL(ti_site(&t, 0)[0], 0x0f);
	/* without a handler it runs out of line like trace */
	h.pre[AB_CLASS_SWAPGS] = 0;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	ti_fini(&t);

	/* pushfw (66 9c) is not done inline: refused rather than half right */
	ti_init(&t, 0x200000);
	ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x66\x9c", .insn_len = 2,
				     .site_len = 5, .cls = AB_CLASS_PUSHF, .opsize = 2 });
	memset(&h, 0, sizeof(h));
	h.vif = t.win.vaddr + 0x7f00;
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ECLASS);
	ti_fini(&t);

	/* the record decides (opsize), the bytes only confirm: pushfq bytes under a pushfw record are refused too */
	ti_init(&t, 0x200000);
	ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x9c", .insn_len = 1,
				     .site_len = 5, .cls = AB_CLASS_PUSHF, .opsize = 2 });
	memset(&h, 0, sizeof(h));
	h.vif = t.win.vaddr + 0x7f00;
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ECLASS);
	ti_rec(&t, 0)->opsize = 8;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	ti_fini(&t);
}

/*
 * A class with handler calls (pre, post or both: Linux's in, out, cpuid,
 * hlt; sti with the virtual IF; the profile back end's CR3 loads) is built
 * straight into its slot (rw_emit_calls), the others of a table as trace
 * or through em_hypercall: the bytes are em_hypercall's (undo rebuilds them
 * there and compares), a rip-relative operand is re-based, and a failure
 * late in the table leaves every slot and site as it was.
 */
static void test_pre_only(void)
{
	struct ti_image t;
	struct ab_handlers h;
	struct ab_rewrite rw;
	uint8_t pristine[TI_SIZE];
	uint8_t ptw[7] = { 0x48, 0x89, 0x05 };	/* mov %rax, x(%rip) */
	uint32_t i_out, i_cli, i_ptw, i_swapgs, i_pushf, i_cr3, i_sti, i_cpuid;
	uint64_t x;

	ti_init(&t, 0x200000);
	x = t.win.vaddr + 0x7e00;
	i_out = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xe6\x80", .insn_len = 2, .site_len = 5,
					     .cls = AB_CLASS_OUT, .opsize = 1, .form = AB_FORM_IMM, .imm = 0x80 });
	i_cli = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfa", .insn_len = 1, .site_len = 7,
					     .cls = AB_CLASS_CLI });
	{
		int32_t d = (int32_t)(x - (ti_va(&t, t.buf + t.code_off) + 7));

		memcpy(ptw + 3, &d, 4);
		i_ptw = ti_add(&t, &(struct ti_site){ .insn = ptw, .insn_len = 7, .site_len = 7,
						     .cls = AB_CLASS_PT_WRITE, .flags = AB_SITE_F_DISP_PCREL,
						     .form = AB_FORM_MEM, .base = AB_REG_RIP, .opsize = 8 });
		ti_rec(&t, i_ptw)->disp = (int32_t)(x - ti_va(&t, &ti_rec(&t, i_ptw)->disp));
	}
	i_swapgs = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x0f\x01\xf8", .insn_len = 3,
						.site_len = 5, .cls = AB_CLASS_SWAPGS });
	i_pushf = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x9c", .insn_len = 1, .site_len = 5,
					       .cls = AB_CLASS_PUSHF, .opsize = 8 });
	i_cr3 = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x0f\x22\xd8", .insn_len = 3,
					     .site_len = 5, .cls = AB_CLASS_MOV_TO_CR, .form = AB_FORM_REG });
	i_sti = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfb", .insn_len = 1,
					     .site_len = 5, .cls = AB_CLASS_STI });
	i_cpuid = ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x0f\xa2", .insn_len = 2,
					       .site_len = 5, .cls = AB_CLASS_CPUID });
	memcpy(pristine, t.buf, TI_SIZE);

	memset(&h, 0, sizeof(h));
	h.vif = t.win.vaddr + 0x7f00;
	h.pre[AB_CLASS_OUT] = t.win.vaddr + 0x7a00;
	h.pre[AB_CLASS_PT_WRITE] = t.win.vaddr + 0x7a10;
	h.pre[AB_CLASS_CPUID] = t.win.vaddr + 0x7a20;
	h.post[AB_CLASS_MOV_TO_CR] = t.win.vaddr + 0x7a40;	/* post alone (the profile back end's CR3 loads) */
	h.pre[AB_CLASS_STI] = t.win.vaddr + 0x7a50;
	h.post[AB_CLASS_STI] = t.win.vaddr + 0x7a60;
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 8);

	/* out $0x80: call pre; out; jmp back; code[] zero after it */
	uint8_t *c = ti_slot(&t, i_out)->code;
	CU_ASSERT(c[0] == 0xe8 && rel_target(&t, c, 5) == h.pre[AB_CLASS_OUT]);
	CU_ASSERT(c[5] == 0xe6 && c[6] == 0x80);
	CU_ASSERT(c[7] == 0xe9 && rel_target(&t, c + 7, 5) == ti_va(&t, ti_site(&t, i_out) + 5));
	for (int k = 12; k < AB_SLOT_CODE_LEN; k++)
		CU_ASSERT_EQUAL(c[k], 0);
	/* the rip-relative store: its disp32 re-based, still x */
	c = ti_slot(&t, i_ptw)->code;
	CU_ASSERT(c[0] == 0xe8 && rel_target(&t, c, 5) == h.pre[AB_CLASS_PT_WRITE]);
	CU_ASSERT(!memcmp(c + 5, ptw, 3) && rel_target(&t, c + 5, 7) == x);
	CU_ASSERT(c[12] == 0xe9 && rel_target(&t, c + 12, 5) == ti_va(&t, ti_site(&t, i_ptw) + 7));
	/* mov %rax, %cr3 with a post handler alone: mov; call post; jmp back */
	c = ti_slot(&t, i_cr3)->code;
	CU_ASSERT(!memcmp(c, "\x0f\x22\xd8", 3));
	CU_ASSERT(c[3] == 0xe8 && rel_target(&t, c + 3, 5) == h.post[AB_CLASS_MOV_TO_CR]);
	CU_ASSERT(c[8] == 0xe9 && rel_target(&t, c + 8, 5) == ti_va(&t, ti_site(&t, i_cr3) + 5));
	/* sti with both: call pre; sti; call post; jmp back */
	c = ti_slot(&t, i_sti)->code;
	CU_ASSERT(c[0] == 0xe8 && rel_target(&t, c, 5) == h.pre[AB_CLASS_STI] && c[5] == 0xfb);
	CU_ASSERT(c[6] == 0xe8 && rel_target(&t, c + 6, 5) == h.post[AB_CLASS_STI]);
	CU_ASSERT(c[11] == 0xe9 && rel_target(&t, c + 11, 5) == ti_va(&t, ti_site(&t, i_sti) + 5));
	for (int k = 16; k < AB_SLOT_CODE_LEN; k++)
		CU_ASSERT_EQUAL(c[k], 0);
	/* cpuid with its pre handler; cli inline; swapgs (no handler) the stack-less trace code */
	c = ti_slot(&t, i_cpuid)->code;
	CU_ASSERT(c[0] == 0xe8 && c[5] == 0x0f && c[6] == 0xa2 && c[7] == 0xe9);
	CU_ASSERT_EQUAL(ti_site(&t, i_cli)[0], 0xc6);
	CU_ASSERT_EQUAL(ti_slot(&t, i_swapgs)->code[0], 0x48);
	CU_ASSERT_EQUAL(ti_slot(&t, i_pushf)->code[1], 0x9c);
	/* undo compares every slot with em_hypercall's bytes, and is exact */
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	CU_ASSERT_EQUAL(rw.patched, 8);
	ti_forget_saved(&t);
	CU_ASSERT_EQUAL(memcmp(t.buf, pristine, TI_SIZE), 0);

	/* the last site's handler out of rel32 reach: refused, every slot filled before is cleared */
	h.pre[AB_CLASS_CPUID] = t.win.vaddr + (1ull << 32);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ERELOC);
	CU_ASSERT_EQUAL(rw.failed_index, i_cpuid);
	CU_ASSERT_EQUAL(memcmp(t.buf, pristine, TI_SIZE), 0);
	/*
	 * The same for the rip-relative one: its call is fine, its store's
	 * target (2 GiB below the site) is out of the slot's reach.
	 */
	h.pre[AB_CLASS_CPUID] = t.win.vaddr + 0x7a20;
	int32_t ptw_disp = ti_rec(&t, i_ptw)->disp;
	{
		uint8_t *site = ti_site(&t, i_ptw);
		uint64_t far = ti_va(&t, site + 7) - 0x80000000ull;
		int32_t d = INT32_MIN;

		memcpy(site + 3, &d, 4);
		ti_rec(&t, i_ptw)->disp = (int32_t)(int64_t)(far - ti_va(&t, &ti_rec(&t, i_ptw)->disp));
	}
	memcpy(pristine, t.buf, TI_SIZE);
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ERELOC);
	CU_ASSERT_EQUAL(rw.failed_index, i_ptw);
	CU_ASSERT_EQUAL(memcmp(t.buf, pristine, TI_SIZE), 0);
	/* a stack-less class with a pre handler is refused, not called */
	memcpy(ti_site(&t, i_ptw), ptw, sizeof(ptw));
	ti_rec(&t, i_ptw)->disp = ptw_disp;
	memcpy(pristine, t.buf, TI_SIZE);
	h.pre[AB_CLASS_SWAPGS] = t.win.vaddr + 0x7a30;
	CU_ASSERT_EQUAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), -AB_RW_ECLASS);
	CU_ASSERT_EQUAL(rw.failed_index, i_swapgs);
	CU_ASSERT_EQUAL(memcmp(t.buf, pristine, TI_SIZE), 0);
	ti_fini(&t);
}

typedef uint64_t (*fn_t)(void);

static void test_exec(void)
{
	static const uint8_t ret[] = { 0xc3 };
	static const uint8_t pop_ret[] = { 0x58, 0xc3 };
	struct ti_image t;
	struct ab_handlers h;
	struct ab_rewrite rw;
	volatile uint8_t *vif;
	fn_t f_cli, f_pushf;

	ti_init(&t, 0);
	vif = t.buf + 0x7f00;
	f_cli = (fn_t)(uintptr_t)(t.buf + t.code_off);
	ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\xfa", .insn_len = 1, .site_len = 7,
				     .cls = AB_CLASS_CLI, .tail = ret, .tail_len = 1 });
	f_pushf = (fn_t)(uintptr_t)(t.buf + t.code_off);
	ti_add(&t, &(struct ti_site){ .insn = (const uint8_t *)"\x9c", .insn_len = 1, .site_len = 5,
				     .cls = AB_CLASS_PUSHF, .opsize = 8, .tail = pop_ret, .tail_len = 2 });
	memset(&h, 0, sizeof(h));
	h.vif = ti_va(&t, (const void *)vif);
	rw = hc_rw(&t, &h);
	CU_ASSERT_EQUAL_FATAL(ab_rewrite_all(&rw, t.win.vaddr, t.n), 0);

	/* user mode runs with IF = 1: the pushed IF is exactly vif */
	*vif = 1;
	CU_ASSERT((f_pushf() & RFLAGS_IF) != 0);
	f_cli();
	CU_ASSERT_EQUAL(*vif, 0);
	CU_ASSERT((f_pushf() & RFLAGS_IF) == 0);
	*vif = 1;
	CU_ASSERT((f_pushf() & RFLAGS_IF) != 0);
	CU_ASSERT_EQUAL(ab_rewrite_undo(&rw, t.win.vaddr, t.n), 0);
	ti_fini(&t);
}

void ti_suite_hypercall(void)
{
	CU_pSuite s = CU_add_suite("hypercall", NULL, NULL);

	CU_add_test(s, "byte-patterns-and-exact-undo", test_shapes);
	CU_add_test(s, "stackless-and-pushfw-refused", test_refusals);
	CU_add_test(s, "inline-cli-and-pushf-run", test_exec);
	CU_add_test(s, "handler-calls-built-straight-and-all-or-nothing", test_pre_only);
}
