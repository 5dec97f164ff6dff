/*
 * pit.c - the 8254 programmable interval timer (ports 0x40-0x43) and the
 * bits of port 0x61 that belong to it (bit 0: gate of channel 2, bit 5: its
 * OUT, bit 4: the refresh toggle).
 *
 * Nothing ticks: a channel remembers the host tick its count started at and
 * every read computes the count and OUT from `now` (host ticks, converted at
 * DEV_PIT_HZ).  Channel 0 also keeps a deadline for its IRQ0 edge, which
 * dev_pit_tick fires and advances (no burst after a long host stall).
 *
 * Modelled: all three channels; modes 0-5 (6 and 7 are 2 and 3); lobyte,
 * hibyte and lobyte-then-hibyte access; the counter latch command; the
 * read-back command (count and status latches, status byte with OUT and
 * null count); channel 2's gate from port 0x61 (modes 0/4 pause, 2/3
 * restart, 1/5 trigger) and its OUT in 0x61 bit 5.
 * Not modelled: BCD counting (the bit is kept for the status byte, counts
 * are binary), the one-clock delay before a written count is loaded, a new
 * count in modes 2/3 waiting for the end of the current period (it takes
 * effect at once), exact values of odd counts in mode 3 (read as the even
 * count below).  Channels 0 and 1 have their gate tied high, so modes 1/5
 * on them start when the count is written.  Channel 1 (DRAM refresh) has no
 * effect; the 0x61 refresh toggle is derived from the clock (15 us).
 */
#include "devices.h"

#define PIT_CTL_CH(v)		((v) >> 6)
#define PIT_CTL_ACCESS(v)	(((v) >> 4) & 3)
#define PIT_CTL_MODE(v)		(((v) >> 1) & 7)
#define PIT_READBACK		3
#define PIT_RB_NO_COUNT		0x20
#define PIT_RB_NO_STATUS	0x10
#define P61_GATE2		0x01
#define P61_REFRESH		0x10
#define P61_OUT2		0x20

void dev_pit_reset(struct dev_pit *t, uint64_t hz)
{
	*t = (struct dev_pit){ .hz = hz };
	for (int i = 0; i < 3; i++) {
		t->ch[i].reload = 65536;
		t->ch[i].access = 3;
		t->ch[i].gate = i != 2;	/* channel 2's gate is port 0x61 bit 0 */
	}
}

bool dev_pit_port(uint16_t port)
{
	return (port >= 0x40 && port <= 0x43) || port == 0x61;
}

/* PIT clocks the channel has counted by `now`. */
static uint64_t dev_pit_elapsed(const struct dev_pit *t, const struct dev_pit_ch *c, uint64_t now)
{
	if (!c->counting || now < c->start)
		return c->base;
	return c->base + dev_muldiv(now - c->start, DEV_PIT_HZ, t->hz);
}

uint16_t dev_pit_count(const struct dev_pit *t, unsigned ch, uint64_t now)
{
	const struct dev_pit_ch *c = &t->ch[ch];
	uint64_t n = c->reload, e = dev_pit_elapsed(t, c, now);
	if (!c->loaded)
		return (uint16_t)c->reload;
	switch (c->mode) {
	case 2: {
		return (uint16_t)(n - e % n);		/* n .. 1, then reload */
	}
	case 3: {
		uint64_t hi = (n + 1) / 2, p = e % n;
		uint64_t q = p < hi ? p : p - hi;	/* clock within the half period */
		return (uint16_t)((n & ~1ull) - 2 * q);
	}
	case 1: case 5:
		if (!c->counting)
			return (uint16_t)n;
		/* fall through */
	default:				/* 0, 4: down to 0, then wrap */
		return (uint16_t)(n - e);
	}
}

bool dev_pit_out(const struct dev_pit *t, unsigned ch, uint64_t now)
{
	const struct dev_pit_ch *c = &t->ch[ch];
	uint64_t n = c->reload, e = dev_pit_elapsed(t, c, now);
	if (!c->loaded)
		return c->mode != 0;		/* after the control word */
	switch (c->mode) {
	case 0:
		return e >= n;			/* high at terminal count, stays high */
	case 1:
		return !c->counting || e >= n;	/* low from the trigger to terminal count */
	case 2:
		if (!c->counting)
			return true;		/* gate low forces OUT high */
		return n == 1 || e % n != n - 1;	/* low while the count is 1 */
	case 3:
		if (!c->counting)
			return true;
		return e % n < (n + 1) / 2;	/* high for the first (longer) half */
	case 4:
		return e != n;			/* one clock low at terminal count */
	default:				/* 5 */
		return !c->counting || e != n;
	}
}

static void dev_pit_latch_count(struct dev_pit *t, unsigned ch, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[ch];
	if (c->latch_n)
		return;				/* a latch not yet read is kept */
	c->latch = dev_pit_count(t, ch, now);
	c->latch_n = c->access == 3 ? 2 : 1;
	c->latch_hi = c->access == 2;
}

static void dev_pit_latch_status(struct dev_pit *t, unsigned ch, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[ch];
	if (c->status_latched)
		return;
	c->status = (uint8_t)((dev_pit_out(t, ch, now) ? 0x80 : 0) | (c->null_count ? 0x40 : 0) |
			      (c->access << 4) | (c->mode << 1) | c->bcd);
	c->status_latched = true;
}

static void dev_pit_control(struct dev_pit *t, uint8_t v, uint64_t now)
{
	unsigned ch = PIT_CTL_CH(v);
	if (ch == PIT_READBACK) {
		for (unsigned i = 0; i < 3; i++) {
			if (!(v & (2u << i)))
				continue;
			if (!(v & PIT_RB_NO_STATUS))
				dev_pit_latch_status(t, i, now);
			if (!(v & PIT_RB_NO_COUNT))
				dev_pit_latch_count(t, i, now);
		}
		return;
	}
	struct dev_pit_ch *c = &t->ch[ch];
	if (PIT_CTL_ACCESS(v) == 0) {		/* counter latch command */
		dev_pit_latch_count(t, ch, now);
		return;
	}
	c->access = PIT_CTL_ACCESS(v);
	c->mode = PIT_CTL_MODE(v) > 5 ? PIT_CTL_MODE(v) - 4 : PIT_CTL_MODE(v);
	c->bcd = v & 1;
	c->write_hi = c->read_hi = false;
	c->loaded = c->counting = false;
	c->null_count = true;
	c->latch_n = 0;
	c->status_latched = false;
	if (ch == 0)
		dev_timer_stop(&t->irq0);	/* stopped until the count is written */
}

static void dev_pit_load(struct dev_pit *t, unsigned ch, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[ch];
	c->reload = c->value ? c->value : 65536;
	c->loaded = true;
	c->null_count = false;
	c->start = now;
	c->base = 0;
	/* modes 1 and 5 wait for a gate edge; channels 0/1 have none to give */
	c->counting = (c->mode == 1 || c->mode == 5) ? ch != 2 : c->gate;
	if (ch == 0) {
		dev_timer_start(&t->irq0, dev_muldiv(c->reload, t->hz, DEV_PIT_HZ), now);
		t->irq0_periodic = c->mode == 2 || c->mode == 3;
	}
}

static void dev_pit_data_write(struct dev_pit *t, unsigned ch, uint8_t b, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[ch];
	switch (c->access) {
	case 1: c->value = b; break;
	case 2: c->value = (uint16_t)(b << 8); break;
	default:
		if (!c->write_hi) {
			c->value = (uint16_t)((c->value & 0xff00) | b);
			c->write_hi = true;
			return;
		}
		c->value = (uint16_t)((c->value & 0x00ff) | (b << 8));
		c->write_hi = false;
		break;
	}
	dev_pit_load(t, ch, now);
}

static uint8_t dev_pit_data_read(struct dev_pit *t, unsigned ch, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[ch];
	if (c->status_latched) {
		c->status_latched = false;
		return c->status;
	}
	if (c->latch_n) {
		uint8_t b = c->latch_hi ? (uint8_t)(c->latch >> 8) : (uint8_t)c->latch;
		c->latch_hi = !c->latch_hi;
		c->latch_n--;
		return b;
	}
	uint16_t n = dev_pit_count(t, ch, now);
	bool hi = c->access == 2;
	if (c->access == 3) {
		hi = c->read_hi;
		c->read_hi = !c->read_hi;
	}
	return hi ? (uint8_t)(n >> 8) : (uint8_t)n;
}

static void dev_pit_gate2(struct dev_pit *t, bool gate, uint64_t now)
{
	struct dev_pit_ch *c = &t->ch[2];
	if (gate == c->gate)
		return;
	c->gate = gate;
	if (!c->loaded)
		return;
	if (gate) {
		if (c->mode != 0 && c->mode != 4)
			c->base = 0;		/* 1/5 trigger, 2/3 reload: from the top */
		c->start = now;
		c->counting = true;
	} else if (c->mode != 1 && c->mode != 5 && c->counting) {
		c->base = dev_pit_elapsed(t, c, now);	/* 0/4 pause; 2/3 stop */
		c->counting = false;
	}
}

void dev_pit_write(struct dev_pit *t, uint16_t port, uint8_t v, uint64_t now)
{
	if (port == 0x43)
		dev_pit_control(t, v, now);
	else if (port >= 0x40 && port <= 0x42)
		dev_pit_data_write(t, port - 0x40u, v, now);
	else if (port == 0x61) {
		t->port61 = v & 0x0f;
		dev_pit_gate2(t, v & P61_GATE2, now);
	}
}

uint8_t dev_pit_read(struct dev_pit *t, uint16_t port, uint64_t now)
{
	if (port >= 0x40 && port <= 0x42)
		return dev_pit_data_read(t, port - 0x40u, now);
	if (port == 0x61) {
		/* refresh: channel 1's usual 18-clock period (about 15 us) */
		uint64_t clocks = dev_muldiv(now, DEV_PIT_HZ, t->hz);
		return (uint8_t)(t->port61 | ((clocks / 18) & 1 ? P61_REFRESH : 0) |
				 (dev_pit_out(t, 2, now) ? P61_OUT2 : 0));
	}
	return 0xff;				/* 0x43 is write-only */
}

bool dev_pit_tick(struct dev_pit *t, uint64_t now)
{
	if (!t->irq0.deadline || now < t->irq0.deadline)
		return false;
	if (t->irq0_periodic)
		t->irq0.deadline = dev_deadline_advance(t->irq0.deadline, t->irq0.period, now);
	else
		t->irq0.deadline = 0;		/* modes 0, 1, 4, 5: one edge */
	return true;
}
