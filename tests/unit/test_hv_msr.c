/*
 * test_hv_msr.c - the hypervisor's MSR table (hypervisor_stub/hv_msr.c) and
 * CPUID policy (hv_cpuid.c), on the host: the table is sorted and its
 * ranges do not overlap, lookup finds every row, the MSR bitmap follows
 * from the table, and the table agrees with the CPUID filter (an MSR whose
 * feature the guest sees is backed; one the table cannot back is hidden).
 *
 * hv_msr.c and hv_cpuid.c are linked as they are; the few hypervisor
 * functions they call but these tests never reach are stubs here.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>

#include "hv.h"
#include "cunit_lines.h"

/* ---- stubs: never called by the pure functions under test ---- */
void hv_printf(const char *fmt, ...) { (void)fmt; }
void vmx_write_failed(uint32_t field, uint64_t v, int rc) { CU_FAIL_FATAL("vmwrite"); for (;;); }
void vmx_read_failed(uint32_t field, int rc) { CU_FAIL_FATAL("vmread"); for (;;); }
void *hv_memset(void *d, int c, size_t n) { return memset(d, c, n); }
void *hv_memcpy(void *d, const void *s, size_t n) { return memcpy(d, s, n); }
int hv_lapic_msr(struct hv_guest *g, uint32_t msr, int write, uint64_t *val) { CU_FAIL_FATAL("lapic"); return -1; }
struct hv_guest *hv_cur;
int lapic_hw_enabled(const struct lapic *l) { return 1; }

/*
 * A Skylake-X-like CPUID with every bit of every leaf set: whatever the
 * filter leaves is what the hypervisor claims to back.
 */
static struct hv_cpuid_ctx ctx_full = { .cr4 = 0, .long64 = 1, .intel = 1, .tsc_offsetting = 1, .rdtscp = 1, .invpcid = 1, .apic_on = 1 };

static int advertised_ctx(const struct hv_feat *f, const struct hv_cpuid_ctx *ctx)
{
	uint32_t v[4] = { ~0u, ~0u, ~0u, ~0u };
	if (f->reg == HV_FEAT_NEVER)
		return 0;
	if (!f->mask)
		return 1;
	hv_cpuid_filter(f->leaf, f->sub, ctx, v);
	return (v[f->reg] & f->mask) != 0;
}

static int advertised_full(const struct hv_feat *f) { return advertised_ctx(f, &ctx_full); }
static int advertised_none(const struct hv_feat *f) { return !f->mask && f->reg != HV_FEAT_NEVER; }

static void test_sorted_unique(void)
{
	CU_ASSERT_FATAL(hv_msr_table_len > 30);
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		CU_ASSERT(r->first <= r->last);
		CU_ASSERT(r->name && r->name[0]);
		if (i)
			CU_ASSERT(hv_msr_table[i - 1].last < r->first);
		CU_ASSERT((r->policy == HV_MSR_FN) == (r->fn != 0));
		CU_ASSERT(r->feat.reg <= 3 || r->feat.reg == HV_FEAT_NEVER);
	}
}

static void test_lookup(void)
{
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		CU_ASSERT(hv_msr_lookup(r->first) == r);
		CU_ASSERT(hv_msr_lookup(r->last) == r);
		CU_ASSERT(hv_msr_lookup(r->first + (r->last - r->first) / 2) == r);
	}
	CU_ASSERT(hv_msr_lookup(0x2345) == 0);
	CU_ASSERT(hv_msr_lookup(0xffffffffu) == 0);
	CU_ASSERT(hv_msr_lookup(0) == 0);
}

/* Every MSR the issue names has a row. */
static void test_coverage(void)
{
	static const uint32_t need[] = {
		0x10, 0x1b, 0x3a, 0x3b, 0x48, 0x49, 0x8b, 0xc1, 0xce, 0xfe, 0x10a, 0x174, 0x175, 0x176,
		0x179, 0x17a, 0x186, 0x1a0, 0x1b0, 0x200, 0x201, 0x250, 0x258, 0x268, 0x26f, 0x277, 0x2ff,
		0x345, 0x38f, 0x400, 0x600, 0x6e0, 0x802, 0x8ff, 0xda0, 0xc0000080, 0xc0000081, 0xc0000082,
		0xc0000083, 0xc0000084, 0xc0000100, 0xc0000101, 0xc0000102, 0xc0000103,
	};
	for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		if (!hv_msr_lookup(need[i]))
			printf("# MSR 0x%x has no row\n", need[i]);
		CU_ASSERT(hv_msr_lookup(need[i]) != 0);
	}
}

static int bit_set(const uint8_t *bm, unsigned off, uint32_t msr)
{
	uint32_t base = msr >= 0xc0000000u ? 1024 : 0, idx = msr & 0x1fff;
	return (bm[off + base + idx / 8] >> (idx % 8)) & 1;
}

/* Only PASS rows with an advertised feature clear bitmap bits, read and write alike. */
static void test_bitmap(void)
{
	static uint8_t bm[4096];
	hv_msr_bitmap_build(bm, advertised_full);
	unsigned clear = 0;
	for (uint64_t m = 0; m <= 0x1fff; m++) {
		const struct hv_msr_row *r = hv_msr_lookup((uint32_t)m);
		int pass = r && r->policy == HV_MSR_PASS && advertised_full(&r->feat);
		CU_ASSERT(bit_set(bm, 0, (uint32_t)m) == !pass);
		CU_ASSERT(bit_set(bm, 2048, (uint32_t)m) == !pass);
		clear += pass;
	}
	for (uint64_t m = 0xc0000000u; m <= 0xc0001fffu; m++) {
		const struct hv_msr_row *r = hv_msr_lookup((uint32_t)m);
		int pass = r && r->policy == HV_MSR_PASS && advertised_full(&r->feat);
		CU_ASSERT(bit_set(bm, 0, (uint32_t)m) == !pass);
		CU_ASSERT(bit_set(bm, 2048, (uint32_t)m) == !pass);
		clear += pass;
	}
	CU_ASSERT(clear == 11);	/* SYSENTER x3, STAR, LSTAR, CSTAR, FMASK, FS/GS/KERNEL_GS, TSC_AUX */
	/* EFER, PAT, TSC, APIC_BASE, MTRRs always exit */
	CU_ASSERT(bit_set(bm, 0, 0xc0000080u) && bit_set(bm, 2048, 0xc0000080u));
	CU_ASSERT(bit_set(bm, 2048, 0x277) && bit_set(bm, 0, 0x10) && bit_set(bm, 2048, 0x1b));

	/* no feature advertised: nothing passes */
	hv_msr_bitmap_build(bm, advertised_none);
	for (unsigned i = 0; i < 4096; i++)
		CU_ASSERT(bm[i] == 0xff);
}

/* PASS rows must be in the bitmap's ranges: elsewhere they would exit and #GP. */
static void test_pass_in_bitmap_range(void)
{
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		if (r->policy != HV_MSR_PASS)
			continue;
		CU_ASSERT(r->last <= 0x1fff || (r->first >= 0xc0000000u && r->last <= 0xc0001fffu));
	}
}

/*
 * CPUID and table agree: a GP row's feature is hidden (or the MSR is
 * model-specific / depends on an emulated count that is 0); every feature a
 * non-GP row names may stay.
 */
static void test_cpuid_consistent(void)
{
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		int adv = advertised_full(&r->feat);
		if (r->policy != HV_MSR_GP)
			continue;
		/* MCG_CTL and the MC banks: MCA stays (MCG_CAP = 0 banks, no MCG_CTL_P) */
		if (r->first == 0x17b || r->first == 0x400)
			continue;
		if (adv)
			printf("# row 0x%x %s is #GP but CPUID advertises its feature\n", r->first, r->name);
		CU_ASSERT(!adv);
	}
}

/* The MSRs of the issue: advertised ones have a non-#GP row. */
static void test_issue_msrs(void)
{
	static const uint32_t msrs[] = { 0x186, 0x345, 0x179, 0x3b, 0x600, 0x802, 0x6e0 };
	for (size_t i = 0; i < sizeof(msrs) / sizeof(msrs[0]); i++) {
		const struct hv_msr_row *r = hv_msr_lookup(msrs[i]);
		CU_ASSERT_FATAL(r != 0);
		if (advertised_full(&r->feat))
			CU_ASSERT(r->policy != HV_MSR_GP);
	}
	/* the choices: PMU version 0, PDCM/DS hidden; x2APIC, TSC-deadline, MCA and TSC_ADJUST backed */
	CU_ASSERT(!advertised_full(&hv_msr_lookup(0x186)->feat));
	CU_ASSERT(!advertised_full(&hv_msr_lookup(0x345)->feat));
	CU_ASSERT(!advertised_full(&hv_msr_lookup(0x600)->feat));
	CU_ASSERT(advertised_full(&hv_msr_lookup(0x802)->feat));
	CU_ASSERT(advertised_full(&hv_msr_lookup(0x6e0)->feat));
	CU_ASSERT(hv_msr_lookup(0x802)->fn == hv_lapic_msr && hv_msr_lookup(0x6e0)->fn == hv_lapic_msr);
	CU_ASSERT(advertised_full(&hv_msr_lookup(0x179)->feat));
	CU_ASSERT(advertised_full(&hv_msr_lookup(0x3b)->feat));
	/* without TSC offsetting, TSC_ADJUST is hidden */
	struct hv_cpuid_ctx no_off = ctx_full;
	no_off.tsc_offsetting = 0;
	CU_ASSERT(!advertised_ctx(&hv_msr_lookup(0x3b)->feat, &no_off));
}

/* OSXSAVE and OSPKE follow CR4 (and need XSAVE / PKU). */
static void test_cr4_bits(void)
{
	struct hv_cpuid_ctx c = ctx_full;
	uint32_t v[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(1, 0, &c, v);
	CU_ASSERT(!(v[2] & (1u << 27)));
	CU_ASSERT(v[2] & (1u << 31));	/* hypervisor bit */
	CU_ASSERT(!(v[2] & (1u << 5)));	/* VMX */
	c.cr4 = CR4_OSXSAVE;
	uint32_t w[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(1, 0, &c, w);
	CU_ASSERT(w[2] & (1u << 27));
	uint32_t x[4] = { ~0u, ~0u, ~(1u << 26), ~0u };	/* no XSAVE */
	hv_cpuid_filter(1, 0, &c, x);
	CU_ASSERT(!(x[2] & (1u << 27)));

	c.cr4 = 0;
	uint32_t p[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(7, 0, &c, p);
	CU_ASSERT(!(p[2] & (1u << 4)));
	c.cr4 = CR4_PKE;
	uint32_t q[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(7, 0, &c, q);
	CU_ASSERT(q[2] & (1u << 4));
	uint32_t n[4] = { ~0u, ~0u, ~(1u << 3), ~0u };	/* no PKU */
	hv_cpuid_filter(7, 0, &c, n);
	CU_ASSERT(!(n[2] & (1u << 4)));
}

/* Intel: CPUID.80000001:EDX.SYSCALL only in 64-bit mode; other vendors always. */
static void test_syscall_bit(void)
{
	struct hv_cpuid_ctx c = ctx_full;
	uint32_t v[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(0x80000001u, 0, &c, v);
	CU_ASSERT(v[3] & (1u << 11));
	c.long64 = 0;
	uint32_t w[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(0x80000001u, 0, &c, w);
	CU_ASSERT(!(w[3] & (1u << 11)));
	CU_ASSERT(w[3] & (1u << 29));	/* LM stays: STAR/LSTAR remain readable */
	c.intel = 0;
	uint32_t a[4] = { ~0u, ~0u, ~0u, ~0u };
	hv_cpuid_filter(0x80000001u, 0, &c, a);
	CU_ASSERT(a[3] & (1u << 11));
	/* no pass-through row depends on the mode: the bitmap is built once */
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		if (r->policy == HV_MSR_PASS)
			CU_ASSERT(advertised_ctx(&r->feat, &c) == advertised_ctx(&r->feat, &ctx_full));
	}
}

static void test_memtypes(void)
{
	static const int mtrr_ok[8] = { 1, 1, 0, 0, 1, 1, 1, 0 };
	for (unsigned t = 0; t < 8; t++) {
		CU_ASSERT(hv_msr_memtype_ok(t, 0) == mtrr_ok[t]);
		CU_ASSERT(hv_msr_memtype_ok(t, 1) == (mtrr_ok[t] || t == 7));
	}
	CU_ASSERT(!hv_msr_memtype_ok(8, 1));
}

/*
 * IA32_MISC_ENABLE reads with fast strings off (bit 0 clear), as Linux finds
 * it bare on Bochs (no such MSR there: it reads 0).  With bit 0 set the
 * guest kernel chose rep stosb/movsb page routines that bare Linux does not
 * use, and Bochs counts every REP iteration: issue 9's P3 measured
 * 9M more guest instructions for that alone.
 */
static void test_misc_enable_no_fast_strings(void)
{
	const struct hv_msr_row *r = hv_msr_lookup(0x1a0);
	CU_ASSERT_FATAL(r && r->policy == HV_MSR_FN && r->fn);
	uint64_t v = ~0ull;
	CU_ASSERT(r->fn(0, 0x1a0, 0, &v) == 0);
	CU_ASSERT((v & 1) == 0);		/* fast strings off */
	CU_ASSERT((v & (1ull << 18)) == 0);	/* MONITOR FSM off (MONITOR hidden) */
	CU_ASSERT((v & (1ull << 22)) == 0);	/* CPUID not limited */
}

int main(void)
{
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 1;
	CU_pSuite s = CU_add_suite("hv_msr", NULL, NULL);
	CU_add_test(s, "table sorted, ranges disjoint, FN rows have a function", test_sorted_unique);
	CU_add_test(s, "lookup finds every row, nothing else", test_lookup);
	CU_add_test(s, "every MSR of issue 10 has a row", test_coverage);
	CU_add_test(s, "MSR bitmap derived from the table", test_bitmap);
	CU_add_test(s, "pass-through rows lie in the bitmap's ranges", test_pass_in_bitmap_range);
	CU_add_test(s, "a #GP row's feature is hidden from CPUID", test_cpuid_consistent);
	CU_add_test(s, "issue MSRs: advertised means backed", test_issue_msrs);
	CU_add_test(s, "OSXSAVE and OSPKE follow CR4", test_cr4_bits);
	CU_add_test(s, "CPUID.80000001:EDX.SYSCALL follows the mode (Intel)", test_syscall_bit);
	CU_add_test(s, "PAT and MTRR memory types", test_memtypes);
	CU_add_test(s, "MISC_ENABLE: fast strings off, as bare Bochs", test_misc_enable_no_fast_strings);
	return tu_cunit_run();
}
