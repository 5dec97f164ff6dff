/*
 * test_devices_time.c - deadline arithmetic (devices/deadline.c), the
 * shared-page batch (devices/batch.c) and the board's port decode and IRQ
 * routing (devices/pc.c).
 */
#include <string.h>
#include "test_devices.h"
#include "afterburn/hypercall.h"

static void test_muldiv(void)
{
	CU_ASSERT_EQUAL(dev_muldiv(10, 3, 4), 7);
	/* (2^40 * 1193182) overflows 64 bits; the result does not */
	uint64_t a = 1ull << 40;
	CU_ASSERT_EQUAL(dev_muldiv(a, DEV_PIT_HZ, 3000000000ull),
			(uint64_t)((unsigned __int128)a * DEV_PIT_HZ / 3000000000ull));
	CU_ASSERT_EQUAL(dev_ticks_from_us(1000, 10000000), 10000);
	CU_ASSERT_EQUAL(dev_ticks_from_us(0, 10), 1);		/* never 0 */
}

static void test_deadline_advance(void)
{
	CU_ASSERT_EQUAL(dev_deadline_advance(100, 50, 120), 150);
	CU_ASSERT_EQUAL(dev_deadline_advance(100, 50, 150), 200);	/* equal: behind */
	CU_ASSERT_EQUAL(dev_deadline_advance(100, 50, 1000), 1050);	/* no burst */
	struct dev_timer t = { 0 };
	CU_ASSERT(!dev_timer_due(&t, 12345));			/* off */
	dev_timer_start(&t, 0, 10);
	CU_ASSERT_EQUAL(t.period, 1);
	dev_timer_start(&t, 100, 10);
	CU_ASSERT(!dev_timer_due(&t, 109));
	CU_ASSERT(dev_timer_due(&t, 110));
	CU_ASSERT_EQUAL(t.deadline, 210);
	dev_timer_stop(&t);
	CU_ASSERT(!dev_timer_due(&t, 1000));
}

/* ---- batch ---- */

struct td_bhost {
	uint8_t mem[4096];
	uint16_t ports[8];
	uint32_t vals[8];
	unsigned nout;
	int64_t refuse_port;	/* a port the host refuses, -1 none */
};

static int64_t td_out(void *ctx, uint16_t port, unsigned size, uint32_t val)
{
	struct td_bhost *h = ctx;
	if (port == h->refuse_port)
		return AB_HC_EINVAL;
	if (h->nout < 8) {
		h->ports[h->nout] = port;
		h->vals[h->nout] = val;
	}
	h->nout++;
	return 0;
}

static void *td_gpa(void *ctx, uint64_t gpa, uint64_t len)
{
	struct td_bhost *h = ctx;
	return gpa + len <= sizeof(h->mem) ? h->mem + gpa : NULL;
}

static void td_op(struct ab_shared_page *sp, uint32_t kind, uint32_t size, uint64_t addr, uint64_t v)
{
	sp->batch[sp->batch_len++] = (struct ab_batch_op){ .kind = kind, .size = size, .addr = addr, .value = v };
}

static void test_batch_apply(void)
{
	static struct ab_shared_page sp;
	static struct td_bhost hb;
	memset(&sp, 0, sizeof(sp));
	memset(&hb, 0, sizeof(hb));
	hb.refuse_port = -1;
	struct dev_batch_host h = { .ctx = &hb, .port_out = td_out, .gpa = td_gpa };
	td_op(&sp, AB_BATCH_OUT, 1, 0x20, 0x20);
	td_op(&sp, AB_BATCH_PT_WRITE, 8, 0x100, 0x1122334455667788ull);
	td_op(&sp, AB_BATCH_PT_WRITE, 4, 0x200, 0xaabbccddull);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), 3);
	CU_ASSERT_EQUAL(sp.batch_done, 3);
	CU_ASSERT_EQUAL(sp.batch_len, 3);			/* the guest's: only read */
	CU_ASSERT(hb.nout == 1 && hb.ports[0] == 0x20 && hb.vals[0] == 0x20);
	uint64_t q; uint32_t d;
	memcpy(&q, hb.mem + 0x100, 8);
	memcpy(&d, hb.mem + 0x200, 4);
	CU_ASSERT_EQUAL(q, 0x1122334455667788ull);
	CU_ASSERT_EQUAL(d, 0xaabbccddu);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), 0);		/* nothing new */
	/* lazily: only the ops after batch_done */
	td_op(&sp, AB_BATCH_OUT, 2, 0xa0, 0x0b);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), 1);
	CU_ASSERT(hb.nout == 2 && hb.ports[1] == 0xa0);
}

static void test_batch_refusals(void)
{
	static struct ab_shared_page sp;
	static struct td_bhost hb;
	memset(&sp, 0, sizeof(sp));
	memset(&hb, 0, sizeof(hb));
	hb.refuse_port = 0x40;
	struct dev_batch_host h = { .ctx = &hb, .port_out = td_out, .gpa = td_gpa };
	td_op(&sp, 99, 4, 0, 0);				/* unknown kind */
	td_op(&sp, AB_BATCH_OUT, 1, 0x21, 0xfe);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(sp.batch_done, 1);			/* skipped, never retried */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), 1);		/* the rest runs */
	td_op(&sp, AB_BATCH_PT_WRITE, 8, 0x10000, 1);		/* outside guest RAM */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EFAULT);
	CU_ASSERT_EQUAL(sp.batch_done, 3);
	td_op(&sp, AB_BATCH_PT_WRITE, 2, 0x10, 1);		/* page-table stores are 4 or 8 */
	td_op(&sp, AB_BATCH_OUT, 8, 0x21, 1);			/* ports take 1, 2, 4 */
	td_op(&sp, AB_BATCH_OUT, 1, 0x10000, 1);		/* no such port */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(sp.batch_done, 6);
	td_op(&sp, AB_BATCH_OUT, 1, 0x40, 1);			/* the host refuses it */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(sp.batch_done, 7);
	sp.batch_done = 9;					/* past batch_len */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(sp.batch_done, 9);
	sp.batch_done = 0;
	sp.batch_len = AB_SHARED_BATCH_MAX + 1;
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(hb.nout, 1);				/* only 0x21 was written */
}

/* AB_BATCH_PT_NOTE: the host learns of a guest's own table store; nothing is stored. */
static uint64_t td_note_lin[4];
static unsigned td_note_size[4], td_notes;
static void td_pt_note(void *ctx, uint64_t lin, unsigned size)
{
	if (td_notes < 4) {
		td_note_lin[td_notes] = lin;
		td_note_size[td_notes] = size;
	}
	td_notes++;
}

static void test_batch_pt_note(void)
{
	static struct ab_shared_page sp;
	static struct td_bhost hb;
	memset(&sp, 0, sizeof(sp));
	memset(&hb, 0, sizeof(hb));
	hb.refuse_port = -1;
	td_notes = 0;
	struct dev_batch_host h = { .ctx = &hb, .port_out = td_out, .gpa = td_gpa, .pt_note = td_pt_note };
	td_op(&sp, AB_BATCH_PT_NOTE, 8, 0xffff888000001008ull, 0x55);	/* linear; value unused */
	td_op(&sp, AB_BATCH_PT_NOTE, 4, 0x2000, 0);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), 2);
	CU_ASSERT(td_notes == 2 && td_note_lin[0] == 0xffff888000001008ull && td_note_size[0] == 8 &&
		  td_note_lin[1] == 0x2000 && td_note_size[1] == 4);
	for (unsigned i = 0; i < sizeof(hb.mem); i++)
		CU_ASSERT_EQUAL_FATAL(hb.mem[i], 0);		/* nothing stored */
	td_op(&sp, AB_BATCH_PT_NOTE, 2, 0x10, 0);		/* 4 or 8 bytes, as PT_WRITE */
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h), AB_HC_EINVAL);
	CU_ASSERT_EQUAL(td_notes, 2);
	struct dev_batch_host h0 = { .ctx = &hb, .port_out = td_out, .gpa = td_gpa };	/* no pt_note: ignored */
	td_op(&sp, AB_BATCH_PT_NOTE, 8, 0x3000, 0);
	CU_ASSERT_EQUAL(dev_batch_apply(&sp, &h0), 1);
	CU_ASSERT_EQUAL(td_notes, 2);
}

/* ---- the board ---- */

struct td_pchost {
	char tx[64];
	unsigned ntx;
	int lines[16];		/* last level seen per IRQ, -1 never */
	unsigned changes;
};

static void td_tx(void *ctx, uint8_t b)
{
	struct td_pchost *h = ctx;
	if (h->ntx < sizeof(h->tx))
		h->tx[h->ntx++] = (char)b;
}

static void td_line(void *ctx, unsigned irq, bool level)
{
	struct td_pchost *h = ctx;
	h->lines[irq] = level;
	h->changes++;
}

static void td_pc(struct dev_pc *pc, struct td_pchost *h)
{
	memset(h, 0, sizeof(*h));
	for (int i = 0; i < 16; i++)
		h->lines[i] = -1;
	struct dev_host host = { .ctx = h, .uart_tx = td_tx, .irq_line = td_line };
	dev_pc_init(pc, &host, DEV_PIT_HZ, 0, 1767225600ull);
	/* the 8259 pair as a PC kernel sets it up */
	static const uint8_t init[][2] = { { 0x20, 0x11 }, { 0xa0, 0x11 }, { 0x21, 0x20 }, { 0xa1, 0x28 },
					   { 0x21, 0x04 }, { 0xa1, 0x02 }, { 0x21, 0x01 }, { 0xa1, 0x01 } };
	for (unsigned i = 0; i < sizeof(init) / sizeof(init[0]); i++) {
		uint8_t v = init[i][1];
		dev_pc_io(pc, init[i][0], false, &v, 0);
	}
}

static void test_pc_ports(void)
{
	CU_ASSERT_EQUAL(dev_pc_owner(0x20), DEV_ID_PIC);
	CU_ASSERT_EQUAL(dev_pc_owner(0x4d1), DEV_ID_PIC);
	CU_ASSERT_EQUAL(dev_pc_owner(0x43), DEV_ID_PIT);
	CU_ASSERT_EQUAL(dev_pc_owner(0x61), DEV_ID_PIT);
	CU_ASSERT_EQUAL(dev_pc_owner(0x3f8), DEV_ID_UART);
	CU_ASSERT_EQUAL(dev_pc_owner(0x3ff), DEV_ID_UART);
	CU_ASSERT_EQUAL(dev_pc_owner(0x71), DEV_ID_CMOS);
	CU_ASSERT_EQUAL(dev_pc_owner(0x2f8), DEV_ID_NONE);	/* COM2: nobody */
	CU_ASSERT_EQUAL(dev_pc_owner(0xcf8), DEV_ID_NONE);	/* PCI config: nobody */
	struct dev_pc pc;
	struct td_pchost h;
	td_pc(&pc, &h);
	uint8_t v = 0x77;
	CU_ASSERT_EQUAL(dev_pc_io(&pc, 0x1234, true, &v, 0), DEV_ID_NONE);
	CU_ASSERT_EQUAL(v, 0x77);				/* untouched: the host reports it */
	CU_ASSERT_EQUAL(dev_pc_io(&pc, 0x4d0, true, &v, 0), DEV_ID_PIC);
	CU_ASSERT_EQUAL(v, 0);					/* ELCR: all edge */
	v = 'h';
	dev_pc_io(&pc, 0x3f8, false, &v, 0);
	v = 'i';
	dev_pc_io(&pc, 0x3f8, false, &v, 0);
	CU_ASSERT(h.ntx == 2 && h.tx[0] == 'h' && h.tx[1] == 'i');
}

static void test_pc_irq0_routing(void)
{
	struct dev_pc pc;
	struct td_pchost h;
	td_pc(&pc, &h);
	uint8_t cw = 0x34, lo = 100, hi = 0;
	dev_pc_io(&pc, 0x43, false, &cw, 0);
	dev_pc_io(&pc, 0x40, false, &lo, 0);
	dev_pc_io(&pc, 0x40, false, &hi, 0);
	CU_ASSERT_EQUAL(dev_pc_deadline(&pc), 100);
	dev_pc_tick(&pc, 99);
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), -1);
	dev_pc_tick(&pc, 100);
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), 0x20);	/* IRQ0 at the master's base */
	CU_ASSERT_EQUAL(h.lines[0], 0);				/* an edge: up, then down */
	CU_ASSERT_EQUAL(h.changes, 2);
	CU_ASSERT_EQUAL(dev_pc_deadline_unmasked(&pc), 200);
	uint8_t imr = 0x01;
	dev_pc_io(&pc, 0x21, false, &imr, 0);
	CU_ASSERT_EQUAL(dev_pc_deadline_unmasked(&pc), 0);	/* masked: no reason to wake */
	CU_ASSERT_EQUAL(dev_pc_deadline(&pc), 200);
}

static void test_pc_uart_irq4(void)
{
	struct dev_pc pc;
	struct td_pchost h;
	td_pc(&pc, &h);
	uint8_t v = 0x01;
	dev_pc_io(&pc, 0x3f9, false, &v, 0);			/* IER: received data */
	CU_ASSERT(dev_pc_uart_rx(&pc, 'k'));
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), -1);		/* OUT2 off: no IRQ */
	v = 0x08;
	dev_pc_io(&pc, 0x3fc, false, &v, 0);			/* MCR OUT2 */
	CU_ASSERT_EQUAL(h.lines[4], 1);
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), 0x24);
	dev_pic_ack(&pc.pic, 0x24);
	dev_pc_io(&pc, 0x3f8, true, &v, 0);			/* RBR read: the line falls */
	CU_ASSERT_EQUAL(v, 'k');
	CU_ASSERT_EQUAL(h.lines[4], 0);
	v = 0x20;
	dev_pc_io(&pc, 0x20, false, &v, 0);			/* EOI */
	dev_pc_uart_rx(&pc, 'l');				/* a new edge */
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), 0x24);
}

/* Linux's 8250 startup THRE test and its IRQ probe (autoconfig_irq), through the board. */
static void test_pc_uart_linux_irq_probe(void)
{
	struct dev_pc pc;
	struct td_pchost h;
	td_pc(&pc, &h);
	uint8_t v, iir1, iir2;
	v = 0x02; dev_pc_io(&pc, 0x3f9, false, &v, 0);		/* IER = THRI */
	dev_pc_io(&pc, 0x3fa, true, &iir1, 0);
	v = 0x00; dev_pc_io(&pc, 0x3f9, false, &v, 0);
	v = 0x02; dev_pc_io(&pc, 0x3f9, false, &v, 0);		/* again: THRE re-raised */
	dev_pc_io(&pc, 0x3fa, true, &iir2, 0);
	CU_ASSERT_EQUAL(iir1 & 0x0f, 0x02);
	CU_ASSERT_EQUAL(iir2 & 0x01, 0);			/* no UART_BUG_THRE */
	v = 0x00; dev_pc_io(&pc, 0x3f9, false, &v, 0);
	/* probe: OUT2 on, every interrupt enabled, a byte out: IRQ4 must rise */
	v = 0x0b; dev_pc_io(&pc, 0x3fc, false, &v, 0);		/* DTR | RTS | OUT2 */
	v = 0x0f; dev_pc_io(&pc, 0x3f9, false, &v, 0);
	v = 0xff; dev_pc_io(&pc, 0x3f8, false, &v, 0);
	CU_ASSERT_EQUAL(h.lines[4], 1);
	CU_ASSERT_EQUAL(dev_pic_pending(&pc.pic), 0x24);
	/* and falls once the sources are read and disabled */
	dev_pc_io(&pc, 0x3fd, true, &v, 0);			/* LSR */
	dev_pc_io(&pc, 0x3fa, true, &v, 0);			/* IIR: THRE acknowledged */
	dev_pc_io(&pc, 0x3fe, true, &v, 0);			/* MSR */
	v = 0x00; dev_pc_io(&pc, 0x3f9, false, &v, 0);
	CU_ASSERT_EQUAL(h.lines[4], 0);
}

void td_suite_time(void)
{
	CU_pSuite s = CU_add_suite("devices-deadline", NULL, NULL);
	CU_add_test(s, "muldiv", test_muldiv);
	CU_add_test(s, "advance-and-timer", test_deadline_advance);
}

void td_suite_batch(void)
{
	CU_pSuite s = CU_add_suite("devices-batch", NULL, NULL);
	CU_add_test(s, "apply-in-order", test_batch_apply);
	CU_add_test(s, "refusals", test_batch_refusals);
	CU_add_test(s, "pt-note", test_batch_pt_note);
}

void td_suite_pc(void)
{
	CU_pSuite s = CU_add_suite("devices-pc", NULL, NULL);
	CU_add_test(s, "port-decode", test_pc_ports);
	CU_add_test(s, "irq0-routing", test_pc_irq0_routing);
	CU_add_test(s, "uart-irq4-routing", test_pc_uart_irq4);
	CU_add_test(s, "uart-linux-thre-test-and-irq-probe", test_pc_uart_linux_irq_probe);
}
