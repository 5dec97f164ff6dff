/*
 * test_devices_cmos.c - the MC146818 RTC at register level: index port and
 * NMI bit, time and date in BCD and binary, 24 h and 12 h, status A's
 * update-in-progress window, setting the clock under status B's SET bit,
 * status C/D, NVRAM; and the calendar arithmetic under them.
 */
#include "test_devices.h"

#define HZ		1000ull
#define EPOCH		1767225600ull	/* 2026-01-01 00:00:00 UTC, a Thursday */

static uint8_t td_rd(struct dev_cmos *c, uint8_t idx, uint64_t now)
{
	dev_cmos_write(c, 0x70, idx, now);
	return dev_cmos_read(c, 0x71, now);
}

static void td_wr(struct dev_cmos *c, uint8_t idx, uint8_t v, uint64_t now)
{
	dev_cmos_write(c, 0x70, idx, now);
	dev_cmos_write(c, 0x71, v, now);
}

static void test_time_bcd_24h(void)
{
	struct dev_cmos c;
	dev_cmos_reset(&c, HZ, 5000, EPOCH);
	CU_ASSERT_EQUAL(td_rd(&c, 0x00, 5000), 0x00);
	CU_ASSERT_EQUAL(td_rd(&c, 0x09, 5000), 0x26);		/* year */
	CU_ASSERT_EQUAL(td_rd(&c, 0x08, 5000), 0x01);		/* month */
	CU_ASSERT_EQUAL(td_rd(&c, 0x07, 5000), 0x01);		/* day of month */
	CU_ASSERT_EQUAL(td_rd(&c, 0x06, 5000), 0x05);		/* Thursday (Sunday = 1) */
	CU_ASSERT_EQUAL(td_rd(&c, 0x32, 5000), 0x20);		/* century */
	uint64_t t = 5000 + (13 * 3600 + 59 * 60 + 58) * HZ + 999;	/* 13:59:58.999 */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, t), 0x13);
	CU_ASSERT_EQUAL(td_rd(&c, 0x02, t), 0x59);
	CU_ASSERT_EQUAL(td_rd(&c, 0x00, t), 0x58);
	CU_ASSERT_EQUAL(dev_cmos_time(&c, t), EPOCH + 13 * 3600 + 59 * 60 + 58);
	t = 5000 + 59 * 86400 * HZ;				/* 2026-03-01 */
	CU_ASSERT_EQUAL(td_rd(&c, 0x08, t), 0x03);
	CU_ASSERT_EQUAL(td_rd(&c, 0x07, t), 0x01);
}

static void test_binary_and_12h(void)
{
	struct dev_cmos c;
	dev_cmos_reset(&c, HZ, 0, EPOCH + 23 * 3600 + 45 * 60);	/* 23:45 */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0b, 0), 0x02);		/* 24 h, BCD */
	td_wr(&c, 0x0b, 0x06, 0);				/* binary */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, 0), 23);
	CU_ASSERT_EQUAL(td_rd(&c, 0x02, 0), 45);
	CU_ASSERT_EQUAL(td_rd(&c, 0x09, 0), 26);
	td_wr(&c, 0x0b, 0x04, 0);				/* binary, 12 h */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, 0), 0x80 | 11);	/* 11 PM */
	td_wr(&c, 0x0b, 0x00, 0);				/* BCD, 12 h */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, 0), 0x91);		/* 11 PM */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, (15 * 60) * HZ), 0x12);	/* midnight: 12 AM */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, (15 * 60 + 12 * 3600) * HZ), 0x92);	/* noon: 12 PM */
}

static void test_update_in_progress(void)
{
	struct dev_cmos c;
	dev_cmos_reset(&c, 1000000, 0, EPOCH);			/* microsecond ticks */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 0), 0x26);		/* divider, 1024 Hz, no UIP */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 999755), 0x26);
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 999756), 0xa6);		/* last 244 us of the second */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 1000000), 0x26);
	td_wr(&c, 0x0a, 0xa0, 0);				/* UIP is read-only */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 0), 0x20);
}

static void test_set_clock(void)
{
	struct dev_cmos c;
	dev_cmos_reset(&c, HZ, 0, EPOCH);
	td_wr(&c, 0x0b, 0x82, 10 * HZ);				/* SET: frozen */
	CU_ASSERT_EQUAL(td_rd(&c, 0x00, 20 * HZ), 0x10);
	CU_ASSERT_EQUAL(td_rd(&c, 0x0a, 999 + 10 * HZ) & 0x80, 0);	/* no update while SET */
	td_wr(&c, 0x04, 0x08, 20 * HZ);
	td_wr(&c, 0x02, 0x30, 20 * HZ);
	td_wr(&c, 0x00, 0x00, 20 * HZ);
	td_wr(&c, 0x07, 0x29, 20 * HZ);
	td_wr(&c, 0x08, 0x02, 20 * HZ);
	td_wr(&c, 0x09, 0x24, 20 * HZ);
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, 30 * HZ), 0x08);
	td_wr(&c, 0x0b, 0x02, 40 * HZ);				/* runs from here */
	CU_ASSERT_EQUAL(td_rd(&c, 0x00, 45 * HZ), 0x05);
	CU_ASSERT_EQUAL(dev_cmos_time(&c, 40 * HZ), 1709195400ull);	/* 2024-02-29 08:30:00 */
	td_wr(&c, 0x04, 0x09, 50 * HZ);				/* without SET: at once */
	CU_ASSERT_EQUAL(td_rd(&c, 0x04, 50 * HZ), 0x09);
	CU_ASSERT_EQUAL(td_rd(&c, 0x00, 50 * HZ), 0x10);	/* seconds ran on */
	td_wr(&c, 0x01, 0x33, 0);				/* alarm: plain RAM */
	CU_ASSERT_EQUAL(td_rd(&c, 0x01, 0), 0x33);
}

static void test_index_status_nvram(void)
{
	struct dev_cmos c;
	dev_cmos_reset(&c, HZ, 0, EPOCH);
	dev_cmos_write(&c, 0x70, 0x8d, 0);			/* NMI masked, register D */
	CU_ASSERT(c.nmi_masked);
	CU_ASSERT_EQUAL(c.index, 0x0d);
	CU_ASSERT_EQUAL(dev_cmos_read(&c, 0x71, 0), 0x80);	/* battery good */
	dev_cmos_write(&c, 0x70, 0x0d, 0);
	CU_ASSERT(!c.nmi_masked);
	CU_ASSERT_EQUAL(td_rd(&c, 0x0c, 0), 0x00);		/* no interrupt flags */
	td_wr(&c, 0x0b, 0x72, 0);				/* PIE/AIE/UIE: kept, not acted on */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0c, 100000 * HZ), 0x00);
	td_wr(&c, 0x0c, 0xff, 0);
	td_wr(&c, 0x0d, 0x00, 0);				/* read-only */
	CU_ASSERT_EQUAL(td_rd(&c, 0x0d, 0), 0x80);
	td_wr(&c, 0x40, 0x5a, 0);
	CU_ASSERT_EQUAL(td_rd(&c, 0x40, 0), 0x5a);
	dev_cmos_set(&c, 0x15, 0x80);				/* host-seeded NVRAM */
	CU_ASSERT_EQUAL(td_rd(&c, 0x15, 0), 0x80);
	CU_ASSERT_EQUAL(td_rd(&c, 0xff, 0), c.ram[0x7f]);	/* index is 7 bits */
	CU_ASSERT(dev_cmos_port(0x70) && dev_cmos_port(0x71) && !dev_cmos_port(0x72));
}

static void test_calendar(void)
{
	struct dev_tm tm;
	dev_time_split(0, &tm);
	CU_ASSERT(tm.year == 1970 && tm.mon == 1 && tm.mday == 1 && tm.wday == 4);
	dev_time_split(1709214307ull, &tm);			/* 2024-02-29 13:45:07, Thursday */
	CU_ASSERT(tm.year == 2024 && tm.mon == 2 && tm.mday == 29);
	CU_ASSERT(tm.hour == 13 && tm.min == 45 && tm.sec == 7 && tm.wday == 4);
	CU_ASSERT_EQUAL(dev_time_join(&tm), 1709214307ull);
	dev_time_split(4102444799ull, &tm);			/* 2099-12-31 23:59:59 */
	CU_ASSERT(tm.year == 2099 && tm.mon == 12 && tm.mday == 31 && tm.sec == 59);
	CU_ASSERT_EQUAL(dev_time_join(&tm), 4102444799ull);
	struct dev_tm y2000 = { .year = 2000, .mon = 3, .mday = 1 };	/* 2000 was leap */
	CU_ASSERT_EQUAL(dev_time_join(&y2000), 951868800ull);
}

void td_suite_cmos(void)
{
	CU_pSuite s = CU_add_suite("devices-cmos", NULL, NULL);
	CU_add_test(s, "time-bcd-24h", test_time_bcd_24h);
	CU_add_test(s, "binary-and-12h", test_binary_and_12h);
	CU_add_test(s, "status-a-update-in-progress", test_update_in_progress);
	CU_add_test(s, "set-clock-under-status-b", test_set_clock);
	CU_add_test(s, "index-nmi-status-nvram", test_index_status_nvram);
	CU_add_test(s, "calendar", test_calendar);
}
