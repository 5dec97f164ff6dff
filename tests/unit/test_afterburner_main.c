/*
 * test_afterburner_main.c - CUnit runner for the afterburner unit tests
 * (build/tests/unit-afterburner).  Prints one "ok - suite/test" or
 * "not ok - suite/test: file:line: condition" line per test, as the
 * tests/run.sh protocol wants; exits 1 if anything failed.
 */
#include <stdio.h>
#include <CUnit/CUnit.h>
#include <CUnit/Basic.h>

void tab_suite_classify(void);
void tab_suite_parse(void);
void tab_suite_encode(void);

static int tab_failed;

static void tab_report(const CU_pTest test, const CU_pSuite suite, const CU_pFailureRecord first)
{
	CU_pFailureRecord f = first;

	if (!f) {
		printf("ok - %s/%s\n", suite->pName, test->pName);
		return;
	}
	tab_failed++;
	printf("not ok - %s/%s: %s:%u: %s", suite->pName, test->pName,
	       f->strFileName, f->uiLineNumber, f->strCondition);
	for (f = f->pNext; f; f = f->pNext)
		printf("; line %u: %s", f->uiLineNumber, f->strCondition);
	printf("\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	tab_suite_classify();
	tab_suite_parse();
	tab_suite_encode();
	CU_set_test_complete_handler(tab_report);
	CU_basic_set_mode(CU_BRM_SILENT);
	CU_run_all_tests();
	fflush(stdout);
	unsigned fails = CU_get_number_of_failures();
	CU_cleanup_registry();
	return tab_failed || fails ? 1 : 0;
}
