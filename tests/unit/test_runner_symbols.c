/*
 * test_runner_symbols.c - CUnit tests of afterburn-run's address naming
 * (runner/symbols.c): the guest rip in "guest stopped at rip ..." is named
 * func+0xoff from an ELF's symbol table.  The ELF is this test binary
 * itself (linked -no-pie, so a function's runtime address is its symbol
 * value).  build/tests/unit-runner.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <CUnit/Basic.h>
#include "abr.h"
#include "sites.h"
#include "cunit_lines.h"

static char self[4096];

__attribute__((noinline)) int tu_named_function(int x)
{
	return x * 3 + 1;
}

static void test_inside_a_function(void)
{
	char buf[128], want[64];
	uintptr_t a = (uintptr_t)&tu_named_function;

	CU_ASSERT_EQUAL_FATAL(abr_symbolize(self, a + 2, buf, sizeof(buf)), 0);
	CU_ASSERT_STRING_EQUAL(buf, "tu_named_function+0x2");
	snprintf(want, sizeof(want), "tu_named_function");
	CU_ASSERT_EQUAL(abr_symbolize(self, a, buf, sizeof(buf)), 0);
	CU_ASSERT_STRING_EQUAL(buf, want);
}

static void test_no_symbol_or_no_file(void)
{
	char buf[64] = "x";

	CU_ASSERT_EQUAL(abr_symbolize(self, 0x10, buf, sizeof(buf)), -1);
	CU_ASSERT_EQUAL(abr_symbolize("/nonexistent/vmlinux", 0x401000, buf, sizeof(buf)), -1);
	CU_ASSERT_STRING_EQUAL(buf, "");
}

static void test_truncates_to_the_buffer(void)
{
	char buf[8];

	CU_ASSERT_EQUAL(abr_symbolize(self, (uintptr_t)&tu_named_function + 1, buf, sizeof(buf)), 0);
	CU_ASSERT_STRING_EQUAL(buf, "tu_name");
}

int main(int argc, char **argv)
{
	(void)argc;
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		snprintf(self, sizeof(self), "%s", argv[0]);
	ab_elf_prog = "unit-runner";
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	CU_pSuite s = CU_add_suite("runner-symbols", NULL, NULL);
	CU_add_test(s, "an address inside a function is func+0xoff, its start is func", test_inside_a_function);
	CU_add_test(s, "below every symbol, or no file: -1 and an empty name", test_no_symbol_or_no_file);
	CU_add_test(s, "the name is cut to the caller's buffer", test_truncates_to_the_buffer);
	return tu_cunit_run();
}
