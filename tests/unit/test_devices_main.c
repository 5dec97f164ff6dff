/*
 * test_devices_main.c - CUnit runner for the device library's unit tests
 * (build/tests/unit-devices, run by tests/suites/32-devices.sh).  One
 * "ok - suite/test" or "not ok - suite/test: file:line: condition" line per
 * test; exits 1 if anything failed.
 */
#include <stdio.h>
#include <CUnit/Basic.h>
#include "cunit_lines.h"
#include "test_devices.h"

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	td_suite_pic();
	td_suite_pit();
	td_suite_uart();
	td_suite_cmos();
	td_suite_time();
	td_suite_batch();
	td_suite_pc();
	return tu_cunit_run();
}
