/*
 * test_rewriter_exec.c - run trace-patched code for real (user mode, in an
 * executable mapping): the slot counts each execution and the original
 * instruction computes exactly what it computed in place.  Covers the
 * general prologue (pushfq/lock incq/popfq), the stack-less prologue (the
 * rewriter picks it by class, so a cpuid recorded as swapgs exercises it in
 * ring 3), flags preservation, and a re-based rip-relative operand (verr).
 */
#include <string.h>
#include "test_rewriter.h"

/* Appends raw bytes (code before a site) and returns where they start. */
static uint8_t *emit(struct ti_image *t, const void *b, size_t n)
{
	uint8_t *p = t->buf + t->code_off;

	memcpy(p, b, n);
	t->code_off += n;
	return p;
}

typedef uint64_t (*fn_t)(uint64_t);

/* mov %edi,%eax; xor %ecx,%ecx; push %rbx; [cpuid site]; mov %ebx,%eax; pop %rbx; ret */
static fn_t add_cpuid(struct ti_image *t, uint8_t cls)
{
	static const uint8_t head[] = { 0x89, 0xf8, 0x31, 0xc9, 0x53 };
	static const uint8_t tail[] = { 0x89, 0xd8, 0x5b, 0xc3 };
	uint8_t *f = emit(t, head, sizeof(head));
	struct ti_site s = { .insn = (const uint8_t *)"\x0f\xa2", .insn_len = 2, .site_len = 5,
			     .cls = cls, .tail = tail, .tail_len = sizeof(tail) };

	ti_add(t, &s);
	return (fn_t)(uintptr_t)f;
}

/* (stc if arg else clc); [pushfq site]; pop %rax; ret - returns rflags as pushf saw them */
static fn_t add_pushf(struct ti_image *t, uint8_t cls)
{
	/* test %rdi,%rdi; setnz %al; ... simpler: cmp $1,%rdi sets CF iff rdi == 0 */
	static const uint8_t head[] = { 0x48, 0x83, 0xff, 0x01 };
	static const uint8_t tail[] = { 0x58, 0xc3 };
	uint8_t *f = emit(t, head, sizeof(head));
	struct ti_site s = { .insn = (const uint8_t *)"\x9c", .insn_len = 1, .site_len = 6,
			     .cls = cls, .tail = tail, .tail_len = sizeof(tail) };

	ti_add(t, &s);
	return (fn_t)(uintptr_t)f;
}

/* [verr sel(%rip) site]; sete %al; movzbl %al,%eax; ret - with sel a word in the image */
static fn_t add_verr(struct ti_image *t, uint16_t *sel)
{
	static const uint8_t tail[] = { 0x0f, 0x94, 0xc0, 0x0f, 0xb6, 0xc0, 0xc3 };
	uint8_t insn[7] = { 0x0f, 0x00, 0x25 };
	uint8_t *f = t->buf + t->code_off;
	uint64_t target = ti_va(t, sel);
	int32_t d = (int32_t)(target - ti_va(t, f + 7));
	struct ti_site s = { .insn = insn, .insn_len = 7, .site_len = 7, .cls = AB_CLASS_VERR,
			     .flags = AB_SITE_F_DISP_PCREL, .form = AB_FORM_MEM,
			     .base = AB_REG_RIP, .tail = tail, .tail_len = sizeof(tail) };
	uint32_t i;

	memcpy(insn + 3, &d, 4);
	i = ti_add(t, &s);
	ti_rec(t, i)->disp = (int32_t)(target - ti_va(t, &ti_rec(t, i)->disp));
	return (fn_t)(uintptr_t)f;
}

#define RFLAGS_MASK 0x8d5	/* CF PF AF ZF SF OF: what cmp sets */

static void test_exec(void)
{
	struct ti_image t;
	uint16_t *sel, cs;
	fn_t f_cpuid, f_cpuid_sl, f_pushf, f_pushf_sl, f_verr;
	uint64_t ref_cpuid0, ref_cpuid1, ref_fl0, ref_fl1;
	uint32_t k;

	ti_init(&t, 0);
	sel = (uint16_t *)(t.buf + 0x7f00);
	__asm__ volatile("mov %%cs, %0" : "=r"(cs));
	f_cpuid = add_cpuid(&t, AB_CLASS_CPUID);		/* rec 0 */
	f_cpuid_sl = add_cpuid(&t, AB_CLASS_SWAPGS);		/* rec 1: stack-less prologue */
	f_pushf = add_pushf(&t, AB_CLASS_PUSHF);		/* rec 2 */
	f_pushf_sl = add_pushf(&t, AB_CLASS_SYSRET);		/* rec 3: stack-less prologue */
	f_verr = add_verr(&t, sel);				/* rec 4 */

	/* reference results, unpatched */
	ref_cpuid0 = f_cpuid(0);
	ref_cpuid1 = f_cpuid(1);
	ref_fl0 = f_pushf(0) & RFLAGS_MASK;
	ref_fl1 = f_pushf(1) & RFLAGS_MASK;
	CU_ASSERT_NOT_EQUAL(ref_fl0, ref_fl1);		/* the test can tell flags apart */
	*sel = cs;
	CU_ASSERT_EQUAL(f_verr(0), 1);
	*sel = 0;
	CU_ASSERT_EQUAL(f_verr(0), 0);

	CU_ASSERT_EQUAL_FATAL(ti_patch(&t, AB_BACKEND_TRACE), 0);
	for (k = 0; k < t.n; k++)
		CU_ASSERT_EQUAL(ti_site(&t, k)[0], 0xe9);
	for (k = 0; k < 3; k++) {
		CU_ASSERT_EQUAL(f_cpuid(0), ref_cpuid0);
		CU_ASSERT_EQUAL(f_cpuid(1), ref_cpuid1);
		CU_ASSERT_EQUAL(f_cpuid_sl(0), ref_cpuid0);
		CU_ASSERT_EQUAL(f_cpuid_sl(1), ref_cpuid1);
		CU_ASSERT_EQUAL(f_pushf(0) & RFLAGS_MASK, ref_fl0);
		CU_ASSERT_EQUAL(f_pushf(1) & RFLAGS_MASK, ref_fl1);
		CU_ASSERT_EQUAL(f_pushf_sl(0) & RFLAGS_MASK, ref_fl0);
		CU_ASSERT_EQUAL(f_pushf_sl(1) & RFLAGS_MASK, ref_fl1);
	}
	*sel = cs;
	CU_ASSERT_EQUAL(f_verr(0), 1);		/* operand still read from sel */
	*sel = 0;
	CU_ASSERT_EQUAL(f_verr(0), 0);
	CU_ASSERT_EQUAL(ti_slot(&t, 0)->count, 6);
	CU_ASSERT_EQUAL(ti_slot(&t, 1)->count, 6);
	CU_ASSERT_EQUAL(ti_slot(&t, 2)->count, 6);
	CU_ASSERT_EQUAL(ti_slot(&t, 3)->count, 6);
	CU_ASSERT_EQUAL(ti_slot(&t, 4)->count, 2);

	/* undo: original code runs again, counts stay where they were */
	CU_ASSERT_EQUAL_FATAL(ti_undo(&t, AB_BACKEND_TRACE), 0);
	CU_ASSERT_EQUAL(f_cpuid(0), ref_cpuid0);
	CU_ASSERT_EQUAL(ti_slot(&t, 0)->count, 6);
	ti_fini(&t);
}

void ti_suite_exec(void)
{
	CU_pSuite s = CU_add_suite("exec", NULL, NULL);

	CU_add_test(s, "trace-slots-run-and-count", test_exec);
}
