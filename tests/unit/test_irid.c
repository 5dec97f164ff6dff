/*
 * test_irid.c - CUnit tests of the IR-level stable site ID (llvm/ab_irid.h,
 * issue 11): the same hash as the afterburner's IDs over other text, the
 * text's form, what changes the ID and what does not.  build/tests/unit-llvm.
 */
#include <stdio.h>
#include <string.h>
#include <CUnit/Basic.h>
#include "ab_irid.h"
#include "cunit_lines.h"

/* afterburn/profile.h's definition spelled out: FNV-1a 32 of
 * file NUL function NUL text NUL ordinal (decimal), 0 -> 1 */
static uint32_t ref_id(const char *file, const char *func, const char *text, unsigned ord)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "%s%c%s%c%s%c%u", file, 0, func, 0, text, 0, ord);
	uint32_t h = 2166136261u;
	for (int i = 0; i < n; i++) {
		h ^= (unsigned char)buf[i];
		h *= 16777619u;
	}
	return h ? h : 1;
}

static void test_same_hash_as_afterburner(void)
{
	CU_ASSERT_EQUAL(ab_id_of("paging.c", "guest_map", "ir:guest_map+1:22", 0),
			ref_id("paging.c", "guest_map", "ir:guest_map+1:22", 0));
	CU_ASSERT_EQUAL(ab_id_of("a.c", "f", "movq %rax,(%rdi)", 2), ref_id("a.c", "f", "movq %rax,(%rdi)", 2));
}

static void test_text_relative_line(void)
{
	char a[64], b[64], c[64];
	ab_ir_text(a, sizeof(a), "next_table", 73, 70, 10, 5);
	CU_ASSERT_STRING_EQUAL(a, "ir:next_table+3:10");
	/* the function moved down by 40 lines: same text */
	ab_ir_text(b, sizeof(b), "next_table", 113, 110, 10, 9);
	CU_ASSERT_STRING_EQUAL(a, b);
	/* no debug info: the index among the function's stores */
	ab_ir_text(c, sizeof(c), "next_table", 0, 70, 10, 5);
	CU_ASSERT_STRING_EQUAL(c, "ir:#5");
	/* a store on the subprogram's own line before it (K&R style) */
	ab_ir_text(c, sizeof(c), "f", 9, 10, 1, 0);
	CU_ASSERT_STRING_EQUAL(c, "ir:f+-1:1");
}

static void test_what_changes_it(void)
{
	uint32_t id = ab_id_of("paging.c", "guest_pte", "ir:next_table+3:10", 0);
	CU_ASSERT_NOT_EQUAL(id, ab_id_of("paging.c", "guest_pte", "ir:next_table+3:10", 1));
	CU_ASSERT_NOT_EQUAL(id, ab_id_of("proc.c", "guest_pte", "ir:next_table+3:10", 0));
	CU_ASSERT_NOT_EQUAL(id, ab_id_of("paging.c", "guest_map", "ir:next_table+3:10", 0));
	CU_ASSERT_NOT_EQUAL(id, ab_id_of("paging.c", "guest_pte", "ir:next_table+3:11", 0));
	/* field boundaries are kept by the NULs */
	CU_ASSERT_NOT_EQUAL(ab_id_of("ab", "c", "ir:x", 0), ab_id_of("a", "bc", "ir:x", 0));
	/* ordinal 1 vs 11 (decimal text, not a byte) */
	CU_ASSERT_NOT_EQUAL(ab_id_of("a", "b", "ir:x", 1), ab_id_of("a", "b", "ir:x", 11));
}

static void test_never_zero(void)
{
	for (unsigned i = 0; i < 100000; i++)
		if (!ab_id_of("z.c", "f", "ir:#0", i)) {
			CU_FAIL("an ID is 0");
			return;
		}
	CU_PASS("100000 IDs, none 0");
}

int main(void)
{
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	CU_pSuite s = CU_add_suite("irid", NULL, NULL);
	CU_add_test(s, "same FNV-1a scheme as afterburn/profile.h", test_same_hash_as_afterburner);
	CU_add_test(s, "text: line relative to the subprogram, index without debug info",
		    test_text_relative_line);
	CU_add_test(s, "file, function, text and ordinal each change the ID", test_what_changes_it);
	CU_add_test(s, "never 0", test_never_zero);
	return tu_cunit_run();
}
