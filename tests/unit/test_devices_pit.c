/*
 * test_devices_pit.c - the 8254 at register level, with the host clock at
 * DEV_PIT_HZ so that one host tick is one PIT clock: counts and OUT from
 * `now`, modes 0-5, access modes, latch and read-back, channel 2's gate and
 * OUT through port 0x61 as Linux's TSC calibration uses them.
 */
#include "test_devices.h"

#define HZ DEV_PIT_HZ

static uint16_t td_read16(struct dev_pit *t, uint16_t port, uint64_t now)
{
	uint8_t lo = dev_pit_read(t, port, now);
	return (uint16_t)(lo | dev_pit_read(t, port, now) << 8);
}

static void td_load(struct dev_pit *t, unsigned ch, unsigned mode, uint16_t n, uint64_t now)
{
	dev_pit_write(t, 0x43, (uint8_t)(ch << 6 | 0x30 | mode << 1), now);
	dev_pit_write(t, (uint16_t)(0x40 + ch), (uint8_t)n, now);
	dev_pit_write(t, (uint16_t)(0x40 + ch), (uint8_t)(n >> 8), now);
}

static void test_mode2_count_and_irq(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	CU_ASSERT(!dev_pit_tick(&t, 1000000));			/* nothing armed at reset */
	td_load(&t, 0, 2, 100, 1000);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1000), 100);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1010), 90);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1099), 1);
	CU_ASSERT(dev_pit_out(&t, 0, 1098));
	CU_ASSERT(!dev_pit_out(&t, 0, 1099));			/* low while the count is 1 */
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1100), 100);	/* reloaded */
	CU_ASSERT_EQUAL(td_read16(&t, 0x40, 1025), 75);		/* direct lo/hi read */
	CU_ASSERT_EQUAL(t.irq0.deadline, 1100);
	CU_ASSERT(!dev_pit_tick(&t, 1099));
	CU_ASSERT(dev_pit_tick(&t, 1100));
	CU_ASSERT_EQUAL(t.irq0.deadline, 1200);			/* periodic */
	CU_ASSERT(dev_pit_tick(&t, 5000));
	CU_ASSERT_EQUAL(t.irq0.deadline, 5100);			/* behind: no burst */
	dev_pit_write(&t, 0x43, 0x34, 5001);			/* control word stops IRQ0 */
	CU_ASSERT_EQUAL(t.irq0.deadline, 0);
	CU_ASSERT(!dev_pit_tick(&t, 9999));
}

static void test_mode0_one_shot(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	dev_pit_write(&t, 0x43, 0x30, 0);			/* ch0, lo/hi, mode 0 */
	CU_ASSERT(!dev_pit_out(&t, 0, 0));			/* OUT low after the control word */
	dev_pit_write(&t, 0x40, 50, 0);
	CU_ASSERT_EQUAL(t.irq0.deadline, 0);			/* not loaded before the MSB */
	dev_pit_write(&t, 0x40, 0, 10);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 40), 20);
	CU_ASSERT(!dev_pit_out(&t, 0, 59));
	CU_ASSERT(dev_pit_out(&t, 0, 60));			/* terminal count */
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 61), 0xffff);	/* wraps, OUT stays high */
	CU_ASSERT(dev_pit_out(&t, 0, 70000));
	CU_ASSERT(dev_pit_tick(&t, 60));
	CU_ASSERT(!dev_pit_tick(&t, 200));			/* one shot */
}

static void test_mode3_square_wave(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	td_load(&t, 0, 3, 10, 0);
	CU_ASSERT(dev_pit_out(&t, 0, 0));
	CU_ASSERT(dev_pit_out(&t, 0, 4));
	CU_ASSERT(!dev_pit_out(&t, 0, 5));			/* second half low */
	CU_ASSERT(!dev_pit_out(&t, 0, 9));
	CU_ASSERT(dev_pit_out(&t, 0, 10));
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 0), 10);		/* counts down by 2 */
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1), 8);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 6), 8);
	CU_ASSERT(dev_pit_tick(&t, 10));
	CU_ASSERT_EQUAL(t.irq0.deadline, 20);
	/* mode 7 is mode 3 */
	dev_pit_write(&t, 0x43, 0x3e, 0);
	CU_ASSERT_EQUAL(t.ch[0].mode, 3);
}

static void test_mode4_strobe(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	td_load(&t, 1, 4, 30, 100);
	CU_ASSERT(dev_pit_out(&t, 1, 129));
	CU_ASSERT(!dev_pit_out(&t, 1, 130));			/* one clock low */
	CU_ASSERT(dev_pit_out(&t, 1, 131));
	CU_ASSERT_EQUAL(t.irq0.deadline, 0);			/* channel 1 has no IRQ */
}

static void test_access_modes(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	dev_pit_write(&t, 0x43, 0x14, 0);			/* ch0 lobyte only, mode 2 */
	dev_pit_write(&t, 0x40, 200, 0);
	CU_ASSERT_EQUAL(t.ch[0].reload, 200);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x40, 50), 150);	/* every read is the LSB */
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x40, 50), 150);
	dev_pit_write(&t, 0x43, 0x24, 0);			/* hibyte only */
	dev_pit_write(&t, 0x40, 0x02, 0);
	CU_ASSERT_EQUAL(t.ch[0].reload, 0x200);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x40, 0x100), 0x01);	/* every read is the MSB */
	dev_pit_write(&t, 0x43, 0x34, 0);
	dev_pit_write(&t, 0x40, 0, 0);
	dev_pit_write(&t, 0x40, 0, 0);				/* 0 is 65536 */
	CU_ASSERT_EQUAL(t.ch[0].reload, 65536);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 1), 65535);
}

static void test_latch(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	td_load(&t, 0, 2, 1000, 0);
	dev_pit_write(&t, 0x43, 0x00, 300);			/* latch ch0 */
	dev_pit_write(&t, 0x43, 0x00, 400);			/* second latch: ignored */
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x40, 500), 700 & 0xff);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x40, 900), 700 >> 8);
	CU_ASSERT_EQUAL(td_read16(&t, 0x40, 950), 50);		/* latch released: live count */
}

static void test_read_back(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	dev_pit_write(&t, 0x43, 0xb0, 0);			/* ch2, lo/hi, mode 0 */
	dev_pit_write(&t, 0x43, 0xe8, 0);			/* read-back status of ch2 */
	/* OUT 0, null count, access 3, mode 0 */
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x42, 0), 0x70);
	dev_pit_write(&t, 0x61, 0x01, 0);			/* gate 2 high */
	td_load(&t, 2, 0, 100, 10);
	dev_pit_write(&t, 0x43, 0xc8, 200);			/* count and status of ch2 */
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x42, 300), 0xb0);	/* status first: OUT high, loaded */
	CU_ASSERT_EQUAL(td_read16(&t, 0x42, 400), (uint16_t)(100 - 190));
	dev_pit_write(&t, 0x43, 0xd4, 500);			/* count only, ch1 (not loaded) */
	CU_ASSERT_EQUAL(t.ch[1].latch_n, 2);
	CU_ASSERT(!t.ch[0].status_latched);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x43, 0), 0xff);	/* control port: write-only */
}

/* Linux's pit_calibrate_tsc / quick_pit_calibrate: ch2 mode 0 behind port 0x61. */
static void test_channel2_gate_and_out(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	uint8_t v = dev_pit_read(&t, 0x61, 0);
	CU_ASSERT_EQUAL(v & 0x01, 0);				/* gate low at reset */
	dev_pit_write(&t, 0x61, (uint8_t)((v & ~0x02) | 0x01), 0);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x61, 0) & 0x0f, 0x01);
	dev_pit_write(&t, 0x43, 0xb0, 0);
	dev_pit_write(&t, 0x42, 0xff, 0);
	dev_pit_write(&t, 0x42, 0xff, 0);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x61, 100) & 0x20, 0);	/* OUT2 low while counting */
	/* quick_pit_calibrate reads lo then hi and watches the MSB fall */
	dev_pit_read(&t, 0x42, 256);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x42, 256), 0xfe);
	dev_pit_read(&t, 0x42, 512);
	CU_ASSERT_EQUAL(dev_pit_read(&t, 0x42, 512), 0xfd);
	CU_ASSERT(dev_pit_read(&t, 0x61, 65535) & 0x20);	/* terminal count: OUT2 high */
	/* gate low pauses mode 0, gate high resumes */
	td_load(&t, 2, 0, 1000, 70000);
	dev_pit_write(&t, 0x61, 0x00, 70100);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 80000), 900);
	dev_pit_write(&t, 0x61, 0x01, 80000);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 80100), 800);
	CU_ASSERT(!(dev_pit_read(&t, 0x61, 80899) & 0x20));
	CU_ASSERT(dev_pit_read(&t, 0x61, 80900) & 0x20);
	/* the count waits for the gate: loaded with gate low, nothing counts */
	dev_pit_write(&t, 0x61, 0x00, 90000);
	td_load(&t, 2, 0, 500, 90000);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 99999), 500);
	CU_ASSERT_EQUAL(t.irq0.deadline, 0);			/* channel 2 never touches IRQ0 */
}

static void test_gate_modes_1_2_5(void)
{
	struct dev_pit t;
	dev_pit_reset(&t, HZ);
	td_load(&t, 2, 1, 100, 0);				/* mode 1: waits for a trigger */
	CU_ASSERT(dev_pit_out(&t, 2, 50));
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 50), 100);
	dev_pit_write(&t, 0x61, 0x01, 60);			/* rising gate: trigger */
	CU_ASSERT(!dev_pit_out(&t, 2, 61));
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 100), 60);
	CU_ASSERT(dev_pit_out(&t, 2, 160));
	dev_pit_write(&t, 0x61, 0x00, 200);
	dev_pit_write(&t, 0x61, 0x01, 210);			/* retriggerable */
	CU_ASSERT(!dev_pit_out(&t, 2, 211));
	td_load(&t, 2, 2, 50, 300);				/* mode 2, gate high */
	dev_pit_write(&t, 0x61, 0x00, 320);			/* gate low: stops, OUT high */
	CU_ASSERT(dev_pit_out(&t, 2, 400));
	dev_pit_write(&t, 0x61, 0x01, 500);			/* rising: reload */
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 500), 50);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 2, 510), 40);
	dev_pit_write(&t, 0x61, 0x00, 600);
	td_load(&t, 2, 5, 20, 600);				/* mode 5: strobe after trigger */
	CU_ASSERT(dev_pit_out(&t, 2, 700));
	dev_pit_write(&t, 0x61, 0x01, 700);
	CU_ASSERT(!dev_pit_out(&t, 2, 720));
	CU_ASSERT(dev_pit_out(&t, 2, 721));
}

static void test_scaled_clock(void)
{
	/* a 10 MHz host clock (the hypervisor under Bochs at ips 10 M) */
	struct dev_pit t;
	dev_pit_reset(&t, 10000000);
	td_load(&t, 0, 2, 11932, 0);				/* about 100 Hz */
	CU_ASSERT_EQUAL(t.irq0.deadline, 11932ull * 10000000 / DEV_PIT_HZ);
	CU_ASSERT_EQUAL(dev_pit_count(&t, 0, 50000), 11932 - 50000ull * DEV_PIT_HZ / 10000000);
	/* a 3 GHz TSC an hour in: no overflow */
	dev_pit_reset(&t, 3000000000ull);
	td_load(&t, 1, 2, 1000, 0);
	uint64_t hour = 3600ull * 3000000000ull;
	CU_ASSERT_EQUAL(dev_pit_count(&t, 1, hour), 1000 - (3600ull * DEV_PIT_HZ) % 1000);
}

void td_suite_pit(void)
{
	CU_pSuite s = CU_add_suite("devices-pit", NULL, NULL);
	CU_add_test(s, "mode2-count-and-irq0", test_mode2_count_and_irq);
	CU_add_test(s, "mode0-one-shot", test_mode0_one_shot);
	CU_add_test(s, "mode3-square-wave", test_mode3_square_wave);
	CU_add_test(s, "mode4-strobe", test_mode4_strobe);
	CU_add_test(s, "access-modes", test_access_modes);
	CU_add_test(s, "counter-latch", test_latch);
	CU_add_test(s, "read-back", test_read_back);
	CU_add_test(s, "channel2-gate-and-out-port61", test_channel2_gate_and_out);
	CU_add_test(s, "gate-modes-1-2-5", test_gate_modes_1_2_5);
	CU_add_test(s, "scaled-clock", test_scaled_clock);
}
