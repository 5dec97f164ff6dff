/*
 * devices/lapic.h - a local APIC (xAPIC register interface, SDM 3A chapter
 * 10), freestanding and host-independent: the host hands it `now` in TSC
 * ticks and the rates at init, and asks it when its timer next fires; the
 * model never reads a clock, never prints, never allocates.
 *
 * One CPU: IPIs reach only this APIC (self-IPI); the host reports the rest.
 * Both register interfaces: xAPIC (MMIO offsets 0x000-0x3f0, which the host
 * decodes) and x2APIC (MSRs 0x800-0x8ff), plus the MSRs IA32_APIC_BASE and
 * IA32_TSC_DEADLINE.  The host decides how a pending vector
 * is injected: lapic_pending() says which, lapic_ack() moves it IRR -> ISR.
 *
 * (Declarations to be folded into devices/devices.h at merge.)
 */
#ifndef DEVICES_LAPIC_H
#define DEVICES_LAPIC_H

#include <stdint.h>

/* Register offsets in the 4 KiB xAPIC page (SDM 3A table 10-1). */
enum {
	LAPIC_ID = 0x020, LAPIC_VERSION = 0x030, LAPIC_TPR = 0x080, LAPIC_APR = 0x090,
	LAPIC_PPR = 0x0a0, LAPIC_EOI = 0x0b0, LAPIC_LDR = 0x0d0, LAPIC_DFR = 0x0e0,
	LAPIC_SVR = 0x0f0, LAPIC_ISR = 0x100, LAPIC_TMR = 0x180, LAPIC_IRR = 0x200,
	LAPIC_ESR = 0x280, LAPIC_ICR_LO = 0x300, LAPIC_ICR_HI = 0x310,
	LAPIC_LVT_TIMER = 0x320, LAPIC_LVT_THERMAL = 0x330, LAPIC_LVT_PERF = 0x340,
	LAPIC_LVT_LINT0 = 0x350, LAPIC_LVT_LINT1 = 0x360, LAPIC_LVT_ERROR = 0x370,
	LAPIC_TIMER_INIT = 0x380, LAPIC_TIMER_CUR = 0x390, LAPIC_TIMER_DIV = 0x3e0,
};

#define LAPIC_MSR_APIC_BASE	0x01bu
#define LAPIC_MSR_TSC_DEADLINE	0x6e0u
#define LAPIC_MSR_X2APIC_FIRST	0x800u	/* x2APIC register at offset o is MSR 0x800 + o / 16 */
#define LAPIC_MSR_X2APIC_LAST	0x8ffu
#define LAPIC_DEFAULT_BASE	0xfee00000ull
#define LAPIC_BASE_BSP		(1ull << 8)
#define LAPIC_BASE_EXTD		(1ull << 10)	/* x2APIC mode */
#define LAPIC_BASE_ENABLE	(1ull << 11)

/* Version register: version 0x14, max LVT entry 5 (timer..error), as Bochs' Skylake-X. */
#define LAPIC_VERSION_VALUE	0x00050014u

/* LVT fields */
#define LAPIC_LVT_MASKED	(1u << 16)
#define LAPIC_LVT_DM_SHIFT	8
#define LAPIC_DM_FIXED		0u
#define LAPIC_DM_NMI		4u
#define LAPIC_DM_INIT		5u
#define LAPIC_DM_EXTINT		7u
#define LAPIC_TIMER_PERIODIC	(1u << 17)
#define LAPIC_TIMER_TSC_DEADLINE (1u << 18)
#define LAPIC_SVR_ENABLE	(1u << 8)

/* ESR bits (SDM 3A 10.5.3) */
#define LAPIC_ESR_SEND_ILLEGAL	0x20u
#define LAPIC_ESR_RECV_ILLEGAL	0x40u
#define LAPIC_ESR_ILLEGAL_REG	0x80u

/* Indices into lvt[] (offset 0x320 + 0x10 * index). */
enum { LAPIC_LVT_I_TIMER, LAPIC_LVT_I_THERMAL, LAPIC_LVT_I_PERF, LAPIC_LVT_I_LINT0,
       LAPIC_LVT_I_LINT1, LAPIC_LVT_I_ERROR, LAPIC_LVT_COUNT };

struct lapic {
	uint64_t tsc_hz, timer_hz;	/* TSC rate; timer input clock before the divider */
	uint64_t base_msr;		/* IA32_APIC_BASE */
	uint32_t id;			/* bits 31:24 of the ID register */
	uint32_t tpr, ldr, dfr, svr;
	uint32_t esr, esr_pending;	/* ESR as last latched; errors since (10.5.3) */
	uint32_t icr_lo, icr_hi;
	uint32_t lvt[LAPIC_LVT_COUNT];
	uint32_t irr[8], isr[8], tmr[8];	/* 256 bits each, vector v = word v/32 bit v%32 */
	uint32_t div_conf;		/* divide configuration register (bits 3,1,0) */
	uint32_t timer_init;		/* initial count */
	uint64_t timer_start;		/* TSC when the current count was timer_init */
	uint64_t timer_deadline;	/* TSC when the timer next fires, 0 = not armed */
	uint64_t tsc_deadline;		/* IA32_TSC_DEADLINE (TSC-deadline mode), 0 = disarmed */
	uint64_t fired;			/* timer interrupts raised (statistics) */
	const char *why;		/* reason of the last LAPIC_RC_UNSUPPORTED */
};

/* Results of the access functions; the host reports the last two by name. */
enum lapic_rc {
	LAPIC_RC_OK = 0,
	LAPIC_RC_GP = -1,		/* the access is invalid: the guest gets #GP (MSRs) */
	LAPIC_RC_UNSUPPORTED = -2,	/* valid, but this model does not do it: see lapic_why */
};

/*
 * Reset to the state at power-on (SDM 3A 10.4.7.1) and then as firmware
 * leaves the BSP for a multiboot kernel: software-enabled with spurious
 * vector 0xff (Bochs' BIOS), LINT0 ExtINT and LINT1 NMI unmasked (the
 * MP-spec virtual-wire mode, so the 8259 reaches the CPU).  Rates must be
 * non-zero and below 2^32 Hz; returns -1 otherwise.
 */
int lapic_init(struct lapic *l, uint64_t tsc_hz, uint64_t timer_hz);

/* xAPIC MMIO: offset in the page (aligned 32-bit accesses only; the host checks). */
uint32_t lapic_read(struct lapic *l, uint32_t off, uint64_t now);
enum lapic_rc lapic_write(struct lapic *l, uint32_t off, uint32_t val, uint64_t now);

/*
 * IA32_APIC_BASE, IA32_TSC_DEADLINE and the x2APIC registers 0x800-0x8ff
 * (x2APIC mode only); anything else, or an access the SDM faults, gives
 * LAPIC_RC_GP.
 */
enum lapic_rc lapic_msr_read(struct lapic *l, uint32_t msr, uint64_t *val, uint64_t now);
enum lapic_rc lapic_msr_write(struct lapic *l, uint32_t msr, uint64_t val, uint64_t now);

/* The reason of the last LAPIC_RC_UNSUPPORTED (static text). */
const char *lapic_why(const struct lapic *l);

/* Global enable set (IA32_APIC_BASE bit 11): CPUID.1:EDX.APIC follows it. */
int lapic_hw_enabled(const struct lapic *l);
int lapic_x2apic(const struct lapic *l);	/* x2APIC mode: registers are MSRs */
int lapic_xapic_mmio(const struct lapic *l);	/* xAPIC mode: the MMIO page decodes */
uint64_t lapic_base(const struct lapic *l);	/* physical base of the MMIO page */

/* A fixed interrupt arrives (edge; level = 1 sets TMR).  Vectors 0-15 are illegal (ESR). */
void lapic_accept(struct lapic *l, unsigned vector, int level);

/* Highest IRR vector whose class is above PPR's, or -1 (10.8.3.1). */
int lapic_pending(const struct lapic *l);
/* The CPU takes it: IRR -> ISR; returns the vector (or -1 if none was pending). */
int lapic_ack(struct lapic *l);

/*
 * The 8259's INTR line reaches the CPU: LAPIC globally disabled (the pin
 * is wired through) or LVT LINT0 unmasked with delivery mode ExtINT.
 */
int lapic_extint_open(const struct lapic *l);

/* Timer: raise what is due at `now`; 1 if the timer fired. */
int lapic_timer_tick(struct lapic *l, uint64_t now);
/* TSC at which the timer next fires, 0 = never (disarmed or stopped). */
uint64_t lapic_timer_next(const struct lapic *l);

/* Register values computed by the SDM's rules (for tests and the host). */
uint32_t lapic_ppr(const struct lapic *l);
uint32_t lapic_apr(const struct lapic *l);

#endif /* DEVICES_LAPIC_H */
