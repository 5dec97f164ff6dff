/*
 * devices/lapic.c - the local APIC model of devices.h (SDM 3A chapter 10).
 *
 * Time is the host's: every entry point that depends on it takes `now` in
 * TSC ticks.  The timer counts at timer_hz / divide; the model keeps the TSC
 * at which the current count equalled the initial count (timer_start) and
 * derives the current count from `now`, so a read never depends on whether
 * the host has called lapic_timer_tick yet.  Freestanding: no libc, no
 * 128-bit division (the scaling below splits the product instead).
 */
#include "devices.h"

#define LAPIC_ICR_WRITABLE	0x000ccfffu	/* vector, mode, dest mode, level, trigger, shorthand */
#define LAPIC_SVR_WRITABLE	0x000003ffu	/* vector, enable, focus (no EOI-broadcast suppression) */

/* Writable bits of each LVT entry (SDM 3A figure 10-8); delivery status and remote IRR are read-only. */
static const uint32_t lapic_lvt_writable[LAPIC_LVT_COUNT] = {
	[LAPIC_LVT_I_TIMER] = 0x000700ffu,	/* vector, mask, timer mode (17-18) */
	[LAPIC_LVT_I_THERMAL] = 0x000107ffu,	/* vector, delivery mode, mask */
	[LAPIC_LVT_I_PERF] = 0x000107ffu,
	[LAPIC_LVT_I_LINT0] = 0x0001a7ffu,	/* + polarity (13), trigger mode (15) */
	[LAPIC_LVT_I_LINT1] = 0x0001a7ffu,
	[LAPIC_LVT_I_ERROR] = 0x000100ffu,
};

/* x * mul / div without overflow for mul, div < 2^32 (x any 64-bit value that fits the result). */
static uint64_t lapic_scale(uint64_t x, uint64_t mul, uint64_t div)
{
	return (x / div) * mul + (x % div) * mul / div;
}

static int lapic_top_bit(const uint32_t bits[8])
{
	for (int w = 7; w >= 0; w--)
		if (bits[w])
			return w * 32 + 31 - __builtin_clz(bits[w]);
	return -1;
}

static void lapic_set(uint32_t bits[8], unsigned v) { bits[v / 32] |= 1u << (v % 32); }
static void lapic_clr(uint32_t bits[8], unsigned v) { bits[v / 32] &= ~(1u << (v % 32)); }

static int lapic_sw_enabled(const struct lapic *l) { return !!(l->svr & LAPIC_SVR_ENABLE); }

/* ---- priorities (SDM 3A 10.8.3.1) ---- */
uint32_t lapic_ppr(const struct lapic *l)
{
	int isrv = lapic_top_bit(l->isr);
	uint32_t isr_class = isrv < 0 ? 0 : (uint32_t)isrv & 0xf0;
	return (l->tpr & 0xf0) >= isr_class ? l->tpr & 0xff : isr_class;
}

/* Arbitration priority (10.6.2.4 figure 10-15 rules, as P6/xAPIC compute it). */
uint32_t lapic_apr(const struct lapic *l)
{
	int isrv = lapic_top_bit(l->isr), irrv = lapic_top_bit(l->irr);
	uint32_t tpr_c = (l->tpr >> 4) & 0xf;
	uint32_t isr_c = isrv < 0 ? 0 : (uint32_t)isrv >> 4;
	uint32_t irr_c = irrv < 0 ? 0 : (uint32_t)irrv >> 4;
	if (tpr_c >= irr_c && tpr_c > isr_c)
		return l->tpr & 0xff;
	uint32_t c = (tpr_c & isr_c) > irr_c ? (tpr_c & isr_c) : irr_c;
	return c << 4;
}

int lapic_pending(const struct lapic *l)
{
	int v = lapic_top_bit(l->irr);
	if (v < 0 || ((uint32_t)v & 0xf0) <= (lapic_ppr(l) & 0xf0))
		return -1;
	return v;
}

int lapic_ack(struct lapic *l)
{
	int v = lapic_pending(l);
	if (v < 0)
		return -1;
	lapic_clr(l->irr, (unsigned)v);
	lapic_set(l->isr, (unsigned)v);
	return v;
}

/* ---- errors: latched into ESR by the next ESR write; LVT error interrupt ---- */
static void lapic_error(struct lapic *l, uint32_t bit)
{
	int fresh = !(l->esr_pending & bit);
	l->esr_pending |= bit;
	uint32_t lvt = l->lvt[LAPIC_LVT_I_ERROR];
	/* An illegal vector in the error LVT itself is not delivered (no loop). */
	if (fresh && !(lvt & LAPIC_LVT_MASKED) && (lvt & 0xff) >= 16)
		lapic_set(l->irr, lvt & 0xff);
}

void lapic_accept(struct lapic *l, unsigned vector, int level)
{
	vector &= 0xff;
	if (vector < 16) {		/* 10.5.3: never sets IRR 0-15 */
		lapic_error(l, LAPIC_ESR_RECV_ILLEGAL);
		return;
	}
	lapic_set(l->irr, vector);
	if (level)
		lapic_set(l->tmr, vector);
	else
		lapic_clr(l->tmr, vector);
}

static void lapic_eoi(struct lapic *l)
{
	int v = lapic_top_bit(l->isr);
	if (v < 0)
		return;			/* nothing in service: no-op */
	lapic_clr(l->isr, (unsigned)v);
	lapic_clr(l->tmr, (unsigned)v);	/* a level EOI would go to the I/O APIC: there is none */
}

/* ---- timer (SDM 3A 10.5.4) ---- */
static uint32_t lapic_timer_mode(const struct lapic *l)
{
	return l->lvt[LAPIC_LVT_I_TIMER] & (LAPIC_TIMER_PERIODIC | LAPIC_TIMER_TSC_DEADLINE);
}

static uint64_t lapic_divisor(const struct lapic *l)
{
	uint32_t d = ((l->div_conf & 8) >> 1) | (l->div_conf & 3);
	return d == 7 ? 1 : 2ull << d;
}

/* TSC ticks for `counts` timer counts at the current divisor. */
static uint64_t lapic_counts_to_tsc(const struct lapic *l, uint64_t counts)
{
	return lapic_scale(counts * lapic_divisor(l), l->tsc_hz, l->timer_hz);
}

/* A period or a wait is at least one TSC tick (a zero one would fire forever). */
static uint64_t lapic_span(const struct lapic *l, uint64_t counts)
{
	uint64_t t = lapic_counts_to_tsc(l, counts);
	return t ? t : 1;
}

static uint64_t lapic_tsc_to_counts(const struct lapic *l, uint64_t dt)
{
	return lapic_scale(dt, l->timer_hz, l->tsc_hz) / lapic_divisor(l);
}

static uint32_t lapic_current_count(const struct lapic *l, uint64_t now)
{
	if (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE)
		return 0;		/* 10.5.4.1: the count reads 0 in TSC-deadline mode */
	if (!l->timer_deadline || !l->timer_init)
		return 0;		/* stopped, or a one-shot that has run out */
	uint64_t done = now > l->timer_start ? lapic_tsc_to_counts(l, now - l->timer_start) : 0;
	if (done < l->timer_init)
		return l->timer_init - (uint32_t)done;
	if (lapic_timer_mode(l) & LAPIC_TIMER_PERIODIC)
		return l->timer_init - (uint32_t)(done % l->timer_init);
	return 0;
}

/* Start counting down from `count` at `now` (count 0 stops the timer). */
static void lapic_timer_start(struct lapic *l, uint32_t count, uint64_t now)
{
	if (!count || !l->timer_init) {
		l->timer_deadline = 0;
		return;
	}
	uint64_t ran = lapic_counts_to_tsc(l, (uint64_t)(l->timer_init - count));
	l->timer_start = now - (ran <= now ? ran : now);
	l->timer_deadline = now + lapic_span(l, count);
}

static void lapic_timer_fire(struct lapic *l)
{
	uint32_t lvt = l->lvt[LAPIC_LVT_I_TIMER];
	l->fired++;
	if (!(lvt & LAPIC_LVT_MASKED))
		lapic_accept(l, lvt & 0xff, 0);
}

int lapic_timer_tick(struct lapic *l, uint64_t now)
{
	if (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE) {
		if (!l->tsc_deadline || now < l->tsc_deadline)
			return 0;
		l->tsc_deadline = 0;	/* 10.5.4.1: the MSR reads 0 once the timer fired */
		lapic_timer_fire(l);
		return 1;
	}
	if (!l->timer_deadline || now < l->timer_deadline)
		return 0;
	lapic_timer_fire(l);
	if (lapic_timer_mode(l) & LAPIC_TIMER_PERIODIC) {
		/* Reload; periods missed while the host was away coalesce into this one (IRR is one bit). */
		uint64_t period = lapic_span(l, l->timer_init);
		uint64_t missed = (now - l->timer_deadline) / period;
		l->timer_start = l->timer_deadline + missed * period;
		l->timer_deadline = l->timer_start + period;
	} else
		l->timer_deadline = 0;
	return 1;
}

uint64_t lapic_timer_next(const struct lapic *l)
{
	if (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE)
		return l->tsc_deadline;
	return l->timer_deadline;
}

/* ---- reset ---- */
static void lapic_power_on(struct lapic *l)
{
	/* 10.4.7.1: everything 0 except DFR all ones, LVTs masked, SVR 0xff; the ID stays. */
	uint64_t tsc_hz = l->tsc_hz, timer_hz = l->timer_hz, base = l->base_msr, fired = l->fired;
	uint32_t id = l->id;
	uint8_t *p = (uint8_t *)l;
	for (unsigned i = 0; i < sizeof(*l); i++)
		p[i] = 0;
	l->tsc_hz = tsc_hz;
	l->timer_hz = timer_hz;
	l->base_msr = base;
	l->fired = fired;		/* statistics, not APIC state */
	l->id = id;
	l->dfr = 0xffffffffu;
	l->svr = 0xff;
	for (int i = 0; i < LAPIC_LVT_COUNT; i++)
		l->lvt[i] = LAPIC_LVT_MASKED;
}

int lapic_init(struct lapic *l, uint64_t tsc_hz, uint64_t timer_hz)
{
	if (!tsc_hz || !timer_hz || tsc_hz >> 32 || timer_hz >> 32)
		return -1;
	l->tsc_hz = tsc_hz;
	l->timer_hz = timer_hz;
	l->base_msr = LAPIC_DEFAULT_BASE | LAPIC_BASE_BSP | LAPIC_BASE_ENABLE;
	l->id = 0;
	l->fired = 0;
	lapic_power_on(l);
	/* as firmware leaves the BSP: software-enabled, virtual-wire mode */
	l->svr = LAPIC_SVR_ENABLE | 0xff;
	l->lvt[LAPIC_LVT_I_LINT0] = LAPIC_DM_EXTINT << LAPIC_LVT_DM_SHIFT;
	l->lvt[LAPIC_LVT_I_LINT1] = LAPIC_DM_NMI << LAPIC_LVT_DM_SHIFT;
	return 0;
}

int lapic_hw_enabled(const struct lapic *l) { return !!(l->base_msr & LAPIC_BASE_ENABLE); }
uint64_t lapic_base(const struct lapic *l) { return l->base_msr & 0xfffff000ull; }
const char *lapic_why(const struct lapic *l) { return l->why ? l->why : "?"; }

int lapic_extint_open(const struct lapic *l)
{
	if (!lapic_hw_enabled(l))
		return 1;		/* no APIC: INTR goes straight to the core */
	uint32_t lint0 = l->lvt[LAPIC_LVT_I_LINT0];
	return !(lint0 & LAPIC_LVT_MASKED) && ((lint0 >> LAPIC_LVT_DM_SHIFT) & 7) == LAPIC_DM_EXTINT;
}

int lapic_x2apic(const struct lapic *l)
{
	return (l->base_msr & (LAPIC_BASE_ENABLE | LAPIC_BASE_EXTD)) == (LAPIC_BASE_ENABLE | LAPIC_BASE_EXTD);
}

int lapic_xapic_mmio(const struct lapic *l) { return lapic_hw_enabled(l) && !lapic_x2apic(l); }

/* ---- interrupt command register: this APIC is the only one on the bus ---- */
static int lapic_is_me(const struct lapic *l, uint32_t icr_lo, uint32_t dest)
{
	switch ((icr_lo >> 18) & 3) {
	case 1: case 2: return 1;	/* self, all including self */
	case 3: return 0;		/* all excluding self */
	}
	if (lapic_x2apic(l)) {		/* 32-bit IDs; logical is cluster: ID[31:16], bit mask [15:0] */
		if (!(icr_lo & (1u << 11)))
			return dest == 0xffffffffu || dest == l->id >> 24;
		return (dest >> 16) == (l->ldr >> 16) && (dest & l->ldr & 0xffff);
	}
	dest >>= 24;
	if (!(icr_lo & (1u << 11)))	/* physical: our ID or broadcast */
		return dest == 0xff || dest == l->id >> 24;
	uint32_t ldr = l->ldr >> 24;
	if ((l->dfr >> 28) == 0xf)	/* flat: a bit of ours */
		return (dest & ldr) != 0;
	return dest == 0xff || ((dest >> 4) == (ldr >> 4) && (dest & ldr & 0xf));	/* cluster */
}

static enum lapic_rc lapic_send_ipi(struct lapic *l)
{
	uint32_t lo = l->icr_lo, dm = (lo >> 8) & 7;
	int me = lapic_is_me(l, lo, l->icr_hi);
	if (dm == LAPIC_DM_INIT && !(lo & (1u << 14)) && (lo & (1u << 15)))
		return LAPIC_RC_OK;	/* INIT level de-assert: no effect on P4 and later */
	if (!me) {
		l->why = "IPI to another CPU: this machine has one";
		return LAPIC_RC_UNSUPPORTED;
	}
	switch (dm) {
	case 0: case 1:			/* fixed; lowest priority among one CPU is fixed */
		if ((lo & 0xff) < 16) {
			lapic_error(l, LAPIC_ESR_SEND_ILLEGAL);
			return LAPIC_RC_OK;
		}
		if (lapic_sw_enabled(l))	/* 10.4.7.2: a disabled APIC takes no fixed interrupts */
			lapic_accept(l, lo & 0xff, (lo >> 15) & 1);
		return LAPIC_RC_OK;
	case 2: l->why = "self-IPI with delivery mode SMI"; break;
	case 4: l->why = "self-IPI with delivery mode NMI"; break;
	case 5: l->why = "INIT IPI to self"; break;
	case 6: l->why = "start-up IPI to self"; break;
	case 7: l->why = "self-IPI with delivery mode ExtINT"; break;
	default: l->why = "IPI with reserved delivery mode 3"; break;
	}
	return LAPIC_RC_UNSUPPORTED;
}

/* ---- register access ---- */
uint32_t lapic_read(struct lapic *l, uint32_t off, uint64_t now)
{
	off &= 0xff0;
	if (off >= LAPIC_ISR && off < LAPIC_ISR + 0x80)
		return l->isr[(off - LAPIC_ISR) >> 4];
	if (off >= LAPIC_TMR && off < LAPIC_TMR + 0x80)
		return l->tmr[(off - LAPIC_TMR) >> 4];
	if (off >= LAPIC_IRR && off < LAPIC_IRR + 0x80)
		return l->irr[(off - LAPIC_IRR) >> 4];
	if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR)
		return l->lvt[(off - LAPIC_LVT_TIMER) >> 4];
	switch (off) {
	case LAPIC_ID: return l->id;
	case LAPIC_VERSION: return LAPIC_VERSION_VALUE;
	case LAPIC_TPR: return l->tpr;
	case LAPIC_APR: return lapic_apr(l);
	case LAPIC_PPR: return lapic_ppr(l);
	case LAPIC_LDR: return l->ldr;
	case LAPIC_DFR: return l->dfr;
	case LAPIC_SVR: return l->svr;
	case LAPIC_ESR: return l->esr;
	case LAPIC_ICR_LO: return l->icr_lo;	/* delivery status: always idle */
	case LAPIC_ICR_HI: return l->icr_hi;
	case LAPIC_TIMER_INIT: return l->timer_init;
	case LAPIC_TIMER_CUR: return lapic_current_count(l, now);
	case LAPIC_TIMER_DIV: return l->div_conf;
	}
	return 0;			/* EOI (write-only) and reserved offsets */
}

enum lapic_rc lapic_write(struct lapic *l, uint32_t off, uint32_t val, uint64_t now)
{
	off &= 0xff0;
	if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR) {
		unsigned i = (off - LAPIC_LVT_TIMER) >> 4;
		uint32_t v = val & lapic_lvt_writable[i];
		if (!lapic_sw_enabled(l))
			v |= LAPIC_LVT_MASKED;	/* 10.4.7.2: masks stay set while disabled */
		if (i == LAPIC_LVT_I_TIMER &&
		    ((v ^ l->lvt[i]) & LAPIC_TIMER_TSC_DEADLINE)) {
			/* into or out of TSC-deadline mode: the timer is disarmed */
			l->timer_init = 0;
			l->timer_deadline = 0;
			l->tsc_deadline = 0;
		}
		l->lvt[i] = v;
		return LAPIC_RC_OK;
	}
	switch (off) {
	case LAPIC_ID: l->id = val & 0xff000000u; break;
	case LAPIC_TPR: l->tpr = val & 0xff; break;
	case LAPIC_EOI: lapic_eoi(l); break;
	case LAPIC_LDR: l->ldr = val & 0xff000000u; break;
	case LAPIC_DFR: l->dfr = val | 0x0fffffffu; break;
	case LAPIC_SVR:
		l->svr = val & LAPIC_SVR_WRITABLE;
		if (!lapic_sw_enabled(l))
			for (int i = 0; i < LAPIC_LVT_COUNT; i++)
				l->lvt[i] |= LAPIC_LVT_MASKED;
		break;
	case LAPIC_ESR:			/* write latches the errors since the last write */
		l->esr = l->esr_pending;
		l->esr_pending = 0;
		break;
	case LAPIC_ICR_HI: l->icr_hi = val & 0xff000000u; break;
	case LAPIC_ICR_LO:
		l->icr_lo = val & LAPIC_ICR_WRITABLE;
		return lapic_send_ipi(l);
	case LAPIC_TIMER_INIT:
		if (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE)
			break;		/* ignored in TSC-deadline mode */
		l->timer_init = val;
		lapic_timer_start(l, val, now);
		break;
	case LAPIC_TIMER_DIV: {
		/* keep the count where it is; it goes on at the new rate */
		uint32_t cur = lapic_current_count(l, now);
		l->div_conf = val & 0xb;
		if (!(lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE) && l->timer_deadline)
			lapic_timer_start(l, cur, now);
		break;
	}
	default:
		break;			/* read-only and reserved registers: writes ignored */
	}
	return LAPIC_RC_OK;
}

/* ---- MSRs: IA32_APIC_BASE, IA32_TSC_DEADLINE, x2APIC (SDM 3A 10.12) ---- */
/* x2APIC register offsets a RDMSR may read (10.12.1.2 table 10-6). */
static int lapic_x2_readable(uint32_t off)
{
	if (off >= LAPIC_ISR && off < LAPIC_IRR + 0x80)
		return 1;		/* ISR, TMR, IRR */
	if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR)
		return 1;
	switch (off) {
	case LAPIC_ID: case LAPIC_VERSION: case LAPIC_TPR: case LAPIC_PPR: case LAPIC_LDR:
	case LAPIC_SVR: case LAPIC_ESR: case LAPIC_ICR_LO: case LAPIC_TIMER_INIT:
	case LAPIC_TIMER_CUR: case LAPIC_TIMER_DIV:
		return 1;
	}
	return 0;
}

static enum lapic_rc lapic_x2_read(struct lapic *l, uint32_t off, uint64_t *val, uint64_t now)
{
	if (!lapic_x2apic(l) || !lapic_x2_readable(off))
		return LAPIC_RC_GP;	/* xAPIC mode, write-only or absent register */
	if (off == LAPIC_ID)
		*val = l->id >> 24;	/* the 32-bit x2APIC ID */
	else if (off == LAPIC_ICR_LO)
		*val = (uint64_t)l->icr_hi << 32 | l->icr_lo;
	else
		*val = lapic_read(l, off, now);
	return LAPIC_RC_OK;
}

static enum lapic_rc lapic_x2_write(struct lapic *l, uint32_t off, uint64_t val, uint64_t now)
{
	if (!lapic_x2apic(l))
		return LAPIC_RC_GP;
	if (off == LAPIC_ICR_LO) {	/* one 64-bit register: destination in 63:32 */
		l->icr_hi = (uint32_t)(val >> 32);
		l->icr_lo = (uint32_t)val & LAPIC_ICR_WRITABLE;
		return lapic_send_ipi(l);
	}
	if (val >> 32)
		return LAPIC_RC_GP;	/* upper halves are reserved (10.12.1.2) */
	switch (off) {
	case LAPIC_EOI: case LAPIC_ESR:
		if (val)
			return LAPIC_RC_GP;	/* only 0 may be written */
		break;
	case 0x3f0:			/* SELF IPI: fixed, edge, to this APIC */
		if (val >> 8)
			return LAPIC_RC_GP;
		if (val < 16)
			lapic_error(l, LAPIC_ESR_SEND_ILLEGAL);
		else if (lapic_sw_enabled(l))
			lapic_accept(l, (unsigned)val, 0);
		return LAPIC_RC_OK;
	case LAPIC_TPR: case LAPIC_SVR: case LAPIC_TIMER_INIT: case LAPIC_TIMER_DIV:
		break;
	default:
		if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR)
			break;
		return LAPIC_RC_GP;	/* read-only (ID, version, PPR, LDR, ISR...) or absent */
	}
	return lapic_write(l, off, (uint32_t)val, now);
}

enum lapic_rc lapic_msr_read(struct lapic *l, uint32_t msr, uint64_t *val, uint64_t now)
{
	if (msr == LAPIC_MSR_APIC_BASE) {
		*val = l->base_msr;
		return LAPIC_RC_OK;
	}
	if (msr == LAPIC_MSR_TSC_DEADLINE) {
		*val = (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE) ? l->tsc_deadline : 0;
		return LAPIC_RC_OK;
	}
	if (msr >= LAPIC_MSR_X2APIC_FIRST && msr <= LAPIC_MSR_X2APIC_LAST)
		return lapic_x2_read(l, (msr - LAPIC_MSR_X2APIC_FIRST) << 4, val, now);
	return LAPIC_RC_GP;
}

/*
 * IA32_APIC_BASE (10.4.4, 10.12.5): the modes are disabled (EN=0),
 * xAPIC (EN=1) and x2APIC (EN=1, EXTD=1); EXTD without EN, x2APIC ->
 * xAPIC and disabled -> x2APIC are invalid transitions (#GP).
 */
static enum lapic_rc lapic_base_write(struct lapic *l, uint64_t val)
{
	const uint64_t en = LAPIC_BASE_ENABLE, ex = LAPIC_BASE_EXTD;
	uint64_t old = l->base_msr;
	if (val & (0xffull | (1ull << 9) | ~0xfffffffffull))
		return LAPIC_RC_GP;	/* reserved: bits 0-7, 9, above a 36-bit base */
	if ((val & (en | ex)) == ex || ((old & ex) && (val & (en | ex)) == en) ||
	    (!(old & en) && (val & ex)))
		return LAPIC_RC_GP;
	val = (val & ~LAPIC_BASE_BSP) | (old & LAPIC_BASE_BSP);	/* BSP is not ours to change */
	if ((val & 0xfffff000ull) != LAPIC_DEFAULT_BASE) {
		l->why = "relocating the local APIC away from 0xfee00000";
		return LAPIC_RC_UNSUPPORTED;
	}
	l->base_msr = val;
	if ((old & en) && !(val & en))
		lapic_power_on(l);	/* 10.4.3: disabling may lose the state; we do */
	else if (!(old & ex) && (val & ex)) {
		/* into x2APIC: the ID is the initial one, LDR derives from it (10.12.10.2) */
		l->id = 0;
		l->ldr = 1u << 0;
	}
	return LAPIC_RC_OK;
}

enum lapic_rc lapic_msr_write(struct lapic *l, uint32_t msr, uint64_t val, uint64_t now)
{
	if (msr == LAPIC_MSR_TSC_DEADLINE) {
		if (lapic_timer_mode(l) & LAPIC_TIMER_TSC_DEADLINE)
			l->tsc_deadline = val;	/* 0 disarms; a past value fires at once */
		return LAPIC_RC_OK;		/* other modes: ignored (10.5.4.1) */
	}
	if (msr == LAPIC_MSR_APIC_BASE)
		return lapic_base_write(l, val);
	if (msr >= LAPIC_MSR_X2APIC_FIRST && msr <= LAPIC_MSR_X2APIC_LAST)
		return lapic_x2_write(l, (msr - LAPIC_MSR_X2APIC_FIRST) << 4, val, now);
	return LAPIC_RC_GP;
}
