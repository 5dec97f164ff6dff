/*
 * deadline.c - the time arithmetic of every device timer: deadlines in the
 * host's ticks, advanced without bursts, and ratio conversion that does not
 * overflow (a freestanding build has no 128-bit division helper).
 */
#include "devices.h"

uint64_t dev_muldiv(uint64_t a, uint64_t b, uint64_t c)
{
	/* a = q*c + r: a*b/c = q*b + r*b/c exactly, and r*b < c*b fits. */
	uint64_t q = a / c, r = a % c;
	return q * b + r * b / c;
}

uint64_t dev_deadline_advance(uint64_t deadline, uint64_t period, uint64_t now)
{
	deadline += period;
	if (deadline <= now)	/* fell behind (a long exit): no burst of ticks */
		deadline = now + period;
	return deadline;
}

void dev_timer_start(struct dev_timer *t, uint64_t period, uint64_t now)
{
	t->period = period ? period : 1;
	t->deadline = now + t->period;
}

void dev_timer_stop(struct dev_timer *t)
{
	t->deadline = 0;
}

bool dev_timer_due(struct dev_timer *t, uint64_t now)
{
	if (!t->deadline || now < t->deadline)
		return false;
	t->deadline = dev_deadline_advance(t->deadline, t->period, now);
	return true;
}

uint64_t dev_ticks_from_us(uint64_t us, uint64_t hz)
{
	uint64_t t = dev_muldiv(us, hz, 1000000ull);
	return t ? t : 1;
}
