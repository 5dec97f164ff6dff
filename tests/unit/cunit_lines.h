/*
 * cunit_lines.h - runs every registered CUnit test and prints one
 * "ok - suite/test" / "not ok - suite/test: file:line: condition" line per
 * test, the tests/run.sh protocol; shared by the unit-test binaries
 * (build/tests/unit-afterburner, build/tests/unit-loader) so the protocol
 * lives in one place.
 */
#ifndef TESTS_UNIT_CUNIT_LINES_H
#define TESTS_UNIT_CUNIT_LINES_H

/*
 * Call after CU_initialize_registry() and adding the suites.  Runs them all
 * (silent basic mode, our own lines instead), cleans the registry up and
 * returns the process exit status: 0 if every test passed, else 1.
 */
int tu_cunit_run(void);

#endif
