/*
 * test_devices.h - shared by the CUnit tests of devices/ (build/tests/unit-devices):
 * each test_devices_*.c registers one suite.
 */
#ifndef TEST_DEVICES_H
#define TEST_DEVICES_H

#include <CUnit/CUnit.h>
#include "devices.h"

void td_suite_pic(void);
void td_suite_pit(void);
void td_suite_uart(void);
void td_suite_cmos(void);
void td_suite_time(void);
void td_suite_batch(void);
void td_suite_pc(void);

#endif
