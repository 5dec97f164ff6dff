/*
 * test_devices_pic.c - the 8259A pair at register level: initialisation
 * words, IMR/IRR/ISR reads, priorities, cascade, EOIs, auto-EOI, edges.
 */
#include "test_devices.h"

/* The usual PC set-up: master at 0x20, slave at 0x28, ICW4 8086 mode. */
static void td_pic_init(struct dev_pics *p, uint8_t icw4)
{
	dev_pic_reset(p);
	dev_pic_write(p, 0x20, 0x11);
	dev_pic_write(p, 0xa0, 0x11);
	dev_pic_write(p, 0x21, 0x20);
	dev_pic_write(p, 0xa1, 0x28);
	dev_pic_write(p, 0x21, 0x04);
	dev_pic_write(p, 0xa1, 0x02);
	dev_pic_write(p, 0x21, icw4);
	dev_pic_write(p, 0xa1, icw4);
}

static void test_reset_and_init(void)
{
	struct dev_pics p;
	dev_pic_reset(&p);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x21), 0xff);		/* all masked */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0xa1), 0xff);
	dev_pic_pulse(&p, 0);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), -1);		/* masked: waits in IRR */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x01);		/* IRR read by default */
	td_pic_init(&p, 0x01);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x21), 0x00);		/* ICW1 clears IMR */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x00);		/* ... and IRR */
	CU_ASSERT_EQUAL(p.c[0].base, 0x20);
	CU_ASSERT_EQUAL(p.c[1].base, 0x28);
	dev_pic_write(&p, 0x21, 0xfb);				/* OCW1 */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x21), 0xfb);
	CU_ASSERT(dev_pic_masked(&p, 0));
	CU_ASSERT(!dev_pic_masked(&p, 2));
	CU_ASSERT(dev_pic_port(0xa1) && !dev_pic_port(0x22));
}

static void test_priority_and_eoi(void)
{
	struct dev_pics p;
	td_pic_init(&p, 0x01);
	dev_pic_pulse(&p, 3);
	dev_pic_pulse(&p, 1);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x0a);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x21);		/* IRQ1 before IRQ3 */
	dev_pic_ack(&p, 0x21);
	dev_pic_write(&p, 0x20, 0x0b);				/* OCW3: read ISR */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x02);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), -1);		/* IRQ3 waits for the EOI */
	dev_pic_pulse(&p, 0);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x20);		/* higher priority nests */
	dev_pic_ack(&p, 0x20);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x03);
	dev_pic_write(&p, 0x20, 0x20);				/* non-specific EOI: IRQ0 */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x02);
	dev_pic_write(&p, 0x20, 0x61);				/* specific EOI IRQ1 */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x00);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x23);
	dev_pic_write(&p, 0x20, 0x0a);				/* OCW3: back to IRR */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x08);
	dev_pic_write(&p, 0x20, 0xc0);				/* OCW2 without EOI: no effect */
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x23);
}

static void test_cascade(void)
{
	struct dev_pics p;
	td_pic_init(&p, 0x01);
	dev_pic_pulse(&p, 12);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0xa0), 0x10);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x2c);
	dev_pic_write(&p, 0x21, 0x04);				/* cascade masked */
	CU_ASSERT_EQUAL(dev_pic_pending(&p), -1);
	CU_ASSERT(dev_pic_masked(&p, 12));
	dev_pic_write(&p, 0x21, 0x00);
	dev_pic_ack(&p, 0x2c);
	dev_pic_write(&p, 0x20, 0x0b);
	dev_pic_write(&p, 0xa0, 0x0b);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x04);		/* IRQ2 in service on the master */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0xa0), 0x10);
	dev_pic_pulse(&p, 3);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), -1);		/* below IRQ2: waits */
	dev_pic_eoi_vector(&p, 0x2c);				/* AB_HC_EOI: both chips */
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x00);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0xa0), 0x00);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x23);
}

static void test_auto_eoi(void)
{
	struct dev_pics p;
	td_pic_init(&p, 0x03);
	dev_pic_pulse(&p, 5);
	dev_pic_ack(&p, 0x25);
	dev_pic_write(&p, 0x20, 0x0b);
	CU_ASSERT_EQUAL(dev_pic_read(&p, 0x20), 0x00);		/* nothing in service */
	dev_pic_pulse(&p, 6);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x26);
}

static void test_edges(void)
{
	struct dev_pics p;
	td_pic_init(&p, 0x01);
	dev_pic_set_irq(&p, 4, true);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x24);
	dev_pic_ack(&p, 0x24);
	dev_pic_write(&p, 0x20, 0x20);
	dev_pic_set_irq(&p, 4, true);				/* still high: no new edge */
	CU_ASSERT_EQUAL(dev_pic_pending(&p), -1);
	dev_pic_set_irq(&p, 4, false);
	dev_pic_set_irq(&p, 4, true);
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x24);
	dev_pic_set_irq(&p, 99, true);				/* no such line: ignored */
	CU_ASSERT_EQUAL(dev_pic_pending(&p), 0x24);
}

void td_suite_pic(void)
{
	CU_pSuite s = CU_add_suite("devices-pic", NULL, NULL);
	CU_add_test(s, "reset-and-init", test_reset_and_init);
	CU_add_test(s, "priority-and-eoi", test_priority_and_eoi);
	CU_add_test(s, "cascade", test_cascade);
	CU_add_test(s, "auto-eoi", test_auto_eoi);
	CU_add_test(s, "edges", test_edges);
}
