/*
 * cmos.c - the MC146818 real-time clock and its CMOS RAM: port 0x70 selects
 * a register (bit 7 masks NMI; kept, the host has no NMI to mask), port 0x71
 * reads or writes it.
 *
 * The time is the host's: seconds since 1970 at `epoch_tick` (given by the
 * host at reset) plus the host ticks elapsed since, at `hz`.  A guest that
 * writes the time moves that epoch, so the clock runs on from what it wrote.
 *
 * Modelled: registers 0x00-0x09 (seconds .. year) and 0x32 (century) in BCD
 * or binary per status B bit 2, 24 h or 12 h (bit 7 = PM) per status B bit
 * 1; status A (divider and rate bits kept; bit 7, update in progress, reads
 * 1 during the last 244 us of every second, as the real chip's); status B
 * (SET freezes the clock registers for writing; the time runs on from them
 * when SET goes back to 0); status C reads 0 (no interrupt flags); status D
 * reads 0x80 (battery good); the alarm registers and the rest of the 128
 * bytes as plain RAM (the host seeds them with dev_cmos_set).
 * Not modelled: the periodic, alarm and update-ended interrupts and their
 * flags (status C never shows one pending, IRQ8 never rises), daylight
 * saving (bit 0 of B is kept, not acted on), the divider's reset states.
 */
#include "devices.h"

#define CMOS_SEC	0x00
#define CMOS_MIN	0x02
#define CMOS_HOUR	0x04
#define CMOS_WDAY	0x06
#define CMOS_MDAY	0x07
#define CMOS_MON	0x08
#define CMOS_YEAR	0x09
#define CMOS_A		0x0a
#define CMOS_B		0x0b
#define CMOS_C		0x0c
#define CMOS_D		0x0d
#define CMOS_CENTURY	0x32
#define A_UIP		0x80
#define B_SET		0x80
#define B_BINARY	0x04
#define B_24H		0x02
#define D_VRT		0x80
#define UIP_US		244u	/* update in progress before each second's end */

/* ---- civil calendar: days since 1970 <-> date (Gregorian, no libc) ---- */

static bool dev_leap(unsigned y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static unsigned dev_mdays(unsigned y, unsigned m)
{
	static const uint8_t d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && dev_leap(y) ? 29 : d[m - 1];
}

void dev_time_split(uint64_t t, struct dev_tm *tm)
{
	uint64_t days = t / 86400, s = t % 86400;
	tm->hour = (unsigned)(s / 3600);
	tm->min = (unsigned)(s / 60 % 60);
	tm->sec = (unsigned)(s % 60);
	tm->wday = (unsigned)((days + 4) % 7);		/* 1970-01-01 was a Thursday */
	unsigned y = 1970;
	for (;;) {
		unsigned yd = dev_leap(y) ? 366 : 365;
		if (days < yd)
			break;
		days -= yd;
		y++;
	}
	unsigned m = 1;
	while (days >= dev_mdays(y, m)) {
		days -= dev_mdays(y, m);
		m++;
	}
	tm->year = y;
	tm->mon = m;
	tm->mday = (unsigned)days + 1;
}

uint64_t dev_time_join(const struct dev_tm *tm)
{
	uint64_t days = 0;
	unsigned y = tm->year < 1970 ? 1970 : tm->year;
	for (unsigned i = 1970; i < y; i++)
		days += dev_leap(i) ? 366 : 365;
	unsigned mon = tm->mon < 1 ? 1 : tm->mon > 12 ? 12 : tm->mon;
	for (unsigned m = 1; m < mon; m++)
		days += dev_mdays(y, m);
	days += tm->mday ? tm->mday - 1 : 0;
	return days * 86400 + tm->hour * 3600ull + tm->min * 60ull + tm->sec;
}

/* ---- register encoding ---- */

static uint8_t dev_cmos_enc(const struct dev_cmos *c, unsigned v)
{
	return (c->ram[CMOS_B] & B_BINARY) ? (uint8_t)v : (uint8_t)((v / 10) << 4 | v % 10);
}

static unsigned dev_cmos_dec(const struct dev_cmos *c, uint8_t v)
{
	return (c->ram[CMOS_B] & B_BINARY) ? v : (v >> 4) * 10u + (v & 15);
}

static uint8_t dev_cmos_enc_hour(const struct dev_cmos *c, unsigned h)
{
	if (c->ram[CMOS_B] & B_24H)
		return dev_cmos_enc(c, h);
	unsigned h12 = h % 12 ? h % 12 : 12;
	return (uint8_t)(dev_cmos_enc(c, h12) | (h >= 12 ? 0x80 : 0));
}

static unsigned dev_cmos_dec_hour(const struct dev_cmos *c, uint8_t v)
{
	if (c->ram[CMOS_B] & B_24H)
		return dev_cmos_dec(c, v);
	unsigned h = dev_cmos_dec(c, v & 0x7f) % 12;
	return (v & 0x80) ? h + 12 : h;
}

uint64_t dev_cmos_time(const struct dev_cmos *c, uint64_t now)
{
	uint64_t d = now > c->epoch_tick ? now - c->epoch_tick : 0;
	return c->epoch_sec + d / c->hz;
}

/* The ten clock registers (0x00-0x09; alarms from RAM) and the century. */
static void dev_cmos_fill(const struct dev_cmos *c, uint64_t now, uint8_t r[10], uint8_t *century)
{
	struct dev_tm tm;
	dev_time_split(dev_cmos_time(c, now), &tm);
	r[CMOS_SEC] = dev_cmos_enc(c, tm.sec);
	r[CMOS_MIN] = dev_cmos_enc(c, tm.min);
	r[CMOS_HOUR] = dev_cmos_enc_hour(c, tm.hour);
	r[CMOS_WDAY] = dev_cmos_enc(c, tm.wday + 1);	/* 1 = Sunday */
	r[CMOS_MDAY] = dev_cmos_enc(c, tm.mday);
	r[CMOS_MON] = dev_cmos_enc(c, tm.mon);
	r[CMOS_YEAR] = dev_cmos_enc(c, tm.year % 100);
	r[1] = c->ram[1];
	r[3] = c->ram[3];
	r[5] = c->ram[5];
	*century = dev_cmos_enc(c, tm.year / 100);
}

/* The clock registers in r[] (and the century in RAM) become the time now. */
static void dev_cmos_rebase(struct dev_cmos *c, const uint8_t r[10], uint64_t now)
{
	struct dev_tm tm = {
		.sec = dev_cmos_dec(c, r[CMOS_SEC]) % 60, .min = dev_cmos_dec(c, r[CMOS_MIN]) % 60,
		.hour = dev_cmos_dec_hour(c, r[CMOS_HOUR]) % 24, .mday = dev_cmos_dec(c, r[CMOS_MDAY]),
		.mon = dev_cmos_dec(c, r[CMOS_MON]),
		.year = dev_cmos_dec(c, c->ram[CMOS_CENTURY]) * 100 + dev_cmos_dec(c, r[CMOS_YEAR]) % 100,
	};
	c->epoch_sec = dev_time_join(&tm);
	c->epoch_tick = now;
}

void dev_cmos_reset(struct dev_cmos *c, uint64_t hz, uint64_t now, uint64_t unix_sec)
{
	*c = (struct dev_cmos){ .hz = hz ? hz : 1, .epoch_tick = now, .epoch_sec = unix_sec };
	c->ram[CMOS_A] = 0x26;			/* 32.768 kHz divider, 1024 Hz rate */
	c->ram[CMOS_B] = B_24H;			/* BCD, 24 hour */
	c->ram[CMOS_D] = D_VRT;
	uint8_t century;
	dev_cmos_fill(c, now, c->held, &century);
	c->ram[CMOS_CENTURY] = century;
}

bool dev_cmos_port(uint16_t port)
{
	return port == 0x70 || port == 0x71;
}

void dev_cmos_set(struct dev_cmos *c, unsigned index, uint8_t v)
{
	if (index < sizeof(c->ram))
		c->ram[index] = v;
}

void dev_cmos_write(struct dev_cmos *c, uint16_t port, uint8_t v, uint64_t now)
{
	if (port == 0x70) {
		c->index = v & 0x7f;
		c->nmi_masked = v & 0x80;
		return;
	}
	unsigned i = c->index;
	bool set = c->ram[CMOS_B] & B_SET;
	if (i < 10) {
		uint8_t century;
		if (!set)
			dev_cmos_fill(c, now, c->held, &century);
		c->held[i] = v;
		if (i == 1 || i == 3 || i == 5)
			c->ram[i] = v;		/* alarms are plain RAM */
		else if (!set)
			dev_cmos_rebase(c, c->held, now);
		return;
	}
	switch (i) {
	case CMOS_A:
		c->ram[i] = v & 0x7f;		/* UIP is read-only */
		return;
	case CMOS_B: {
		uint8_t century;
		if (set && !(v & B_SET))	/* the edited registers, in the format they were written in */
			dev_cmos_rebase(c, c->held, now);
		c->ram[i] = v;
		if (!set && (v & B_SET))	/* frozen for the guest to edit, in the new format */
			dev_cmos_fill(c, now, c->held, &century);
		return;
	}
	case CMOS_C: case CMOS_D:
		return;				/* read-only */
	case CMOS_CENTURY:
		c->ram[i] = v;
		if (!set) {
			uint8_t century;
			dev_cmos_fill(c, now, c->held, &century);
			c->ram[i] = v;
			dev_cmos_rebase(c, c->held, now);
		}
		return;
	default:
		c->ram[i] = v;
	}
}

uint8_t dev_cmos_read(struct dev_cmos *c, uint16_t port, uint64_t now)
{
	if (port == 0x70)
		return (uint8_t)(c->index | (c->nmi_masked ? 0x80 : 0));
	unsigned i = c->index;
	if (i < 10) {
		if (c->ram[CMOS_B] & B_SET)
			return c->held[i];
		uint8_t r[10], century;
		dev_cmos_fill(c, now, r, &century);
		return r[i];
	}
	switch (i) {
	case CMOS_A: {
		uint64_t d = now > c->epoch_tick ? now - c->epoch_tick : 0;
		uint64_t frac = d % c->hz;	/* ticks into the current second */
		bool uip = !(c->ram[CMOS_B] & B_SET) &&
			   frac >= c->hz - dev_muldiv(UIP_US, c->hz, 1000000ull);
		return (uint8_t)(c->ram[CMOS_A] | (uip ? A_UIP : 0));
	}
	case CMOS_C:
		return 0;			/* no interrupt flags: none modelled */
	case CMOS_D:
		return D_VRT;
	case CMOS_CENTURY:
		if (!(c->ram[CMOS_B] & B_SET)) {
			uint8_t r[10], century;
			dev_cmos_fill(c, now, r, &century);
			return century;
		}
		return c->ram[i];
	default:
		return c->ram[i];
	}
}
