/*
 * cunit_lines.c - the unit-test binaries' common CUnit runner: one protocol
 * line per test from CU_set_test_complete_handler, then the exit status
 * (see cunit_lines.h).
 */
#include <stdio.h>
#include <CUnit/CUnit.h>
#include <CUnit/Basic.h>
#include "cunit_lines.h"

static int tu_failed;

static void tu_report(const CU_pTest test, const CU_pSuite suite, const CU_pFailureRecord first)
{
	CU_pFailureRecord f = first;

	if (!f) {
		printf("ok - %s/%s\n", suite->pName, test->pName);
		return;
	}
	tu_failed++;
	printf("not ok - %s/%s: %s:%u: %s", suite->pName, test->pName,
	       f->strFileName, f->uiLineNumber, f->strCondition);
	for (f = f->pNext; f; f = f->pNext)
		printf("; line %u: %s", f->uiLineNumber, f->strCondition);
	printf("\n");
}

int tu_cunit_run(void)
{
	unsigned fails;

	CU_set_test_complete_handler(tu_report);
	CU_basic_set_mode(CU_BRM_SILENT);
	CU_run_all_tests();
	fflush(stdout);
	/* a failure outside any test (suite set-up) has no line but still fails */
	fails = CU_get_number_of_failures();
	CU_cleanup_registry();
	return tu_failed || fails ? 1 : 0;
}
