/*
 * test_afterburner_main.c - CUnit runner for the afterburner unit tests
 * (build/tests/unit-afterburner).  Prints one "ok - suite/test" or
 * "not ok - suite/test: file:line: condition" line per test, as the
 * tests/run.sh protocol wants; exits 1 if anything failed.
 */
#include <stdio.h>
#include <CUnit/CUnit.h>
#include <CUnit/Basic.h>
#include "cunit_lines.h"

void tab_suite_classify(void);
void tab_suite_parse(void);
void tab_suite_encode(void);
void tab_suite_macro(void);

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	tab_suite_classify();
	tab_suite_parse();
	tab_suite_encode();
	tab_suite_macro();
	return tu_cunit_run();
}
