/*
 * devices.h - the face of devices/: the PC's legacy devices as one
 * freestanding library, linked by both hosts (the VT-x hypervisor_stub,
 * built with the kernel flags, and afterburn-kvm, built with the host flags)
 * and by the CUnit tests (tests/unit/test_devices*.c).
 *
 * The host interface (see README.md):
 *  - the models never read a clock: every call that depends on time takes
 *    `now`, a tick count of the host's clock, and struct dev_pc holds the
 *    clock's rate `hz` (ticks per second) given at dev_pc_init.  The
 *    hypervisor passes its TSC, afterburn-kvm CLOCK_MONOTONIC nanoseconds.
 *  - the models never do I/O: a byte the guest transmits on the UART goes to
 *    host->uart_tx, bytes to receive are offered by the host with
 *    dev_pc_uart_rx, and every change of an ISA interrupt line is routed
 *    here to the 8259 pair (PIT channel 0 -> IRQ0, UART -> IRQ4, RTC ->
 *    IRQ8) and reported to host->irq_line if the host wants to mirror it
 *    (a local APIC, or KVM's in-kernel irqchip).
 *  - timers are deadlines in the host's ticks: dev_pc_deadline says when the
 *    host must call dev_pc_tick next; the host delivers the vectors
 *    dev_pic_pending returns, by whatever injection it has.
 * Only <stdint.h>, <stddef.h>, <stdbool.h>: no libc, no allocation.
 */
#ifndef DEVICES_DEVICES_H
#define DEVICES_DEVICES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DEV_PIT_HZ	1193182ull	/* the 8254's input clock */

/* ---- deadline.c: time arithmetic shared by every timer ---- */

/* floor(a * b / c) without overflowing 64 bits as long as b * c < 2^64 (c != 0). */
uint64_t dev_muldiv(uint64_t a, uint64_t b, uint64_t c);
/* The next deadline of a periodic source that fired: one period on, or
 * one period from now if the host fell behind (a long exit: no burst). */
uint64_t dev_deadline_advance(uint64_t deadline, uint64_t period, uint64_t now);

/* A periodic timer in host ticks (deadline 0 = off). */
struct dev_timer {
	uint64_t period, deadline;
};
void dev_timer_start(struct dev_timer *t, uint64_t period, uint64_t now);	/* period 0 -> 1 */
void dev_timer_stop(struct dev_timer *t);
bool dev_timer_due(struct dev_timer *t, uint64_t now);	/* fired: advanced, true */
/* Host ticks for `us` microseconds at `hz` (at least 1). */
uint64_t dev_ticks_from_us(uint64_t us, uint64_t hz);

/* ---- pic.c: the 8259A pair (master 0x20/0x21, slave 0xa0/0xa1 on IRQ2) ---- */

struct dev_pic {
	uint8_t irr, imr, isr, base;
	uint8_t icw_step;	/* 0 ready, 2..4: ICW2..ICW4 expected next */
	uint8_t icw4;		/* ICW1 said an ICW4 follows */
	uint8_t aeoi;		/* ICW4 auto-EOI */
	uint8_t read_isr;	/* OCW3: reads of the command port return ISR */
	uint8_t level;		/* input line levels: an edge sets IRR */
};
struct dev_pics {
	struct dev_pic c[2];	/* [0] master, [1] slave */
};
#define DEV_PIC_CASCADE	2

void dev_pic_reset(struct dev_pics *p);		/* masked, vectors 0x08 / 0x70 */
bool dev_pic_port(uint16_t port);
void dev_pic_write(struct dev_pics *p, uint16_t port, uint8_t v);
uint8_t dev_pic_read(const struct dev_pics *p, uint16_t port);
void dev_pic_set_irq(struct dev_pics *p, unsigned irq, bool level);	/* 0..15 */
void dev_pic_pulse(struct dev_pics *p, unsigned irq);	/* an edge: up and down again */
int dev_pic_pending(const struct dev_pics *p);		/* vector to deliver, or -1 */
void dev_pic_ack(struct dev_pics *p, int vector);	/* INTA for that vector */
void dev_pic_eoi_vector(struct dev_pics *p, unsigned vector);	/* AB_HC_EOI */
bool dev_pic_masked(const struct dev_pics *p, unsigned irq);	/* at its chip (and the cascade) */

/* ---- pit.c: the 8254 (0x40-0x43) and port 0x61's gate/OUT bits ---- */

struct dev_pit_ch {
	uint32_t reload;	/* 1..65536 (a written 0 is 65536) */
	uint16_t value;		/* count register as written so far */
	uint8_t mode;		/* 0..5 (6, 7 read as 2, 3) */
	uint8_t access;		/* 1 lobyte, 2 hibyte, 3 lobyte then hibyte */
	uint8_t bcd;		/* kept for the status byte; counting is binary */
	bool write_hi, read_hi;	/* next byte of a 16-bit write / read is the MSB */
	bool loaded;		/* a count was written since the control word */
	bool counting;		/* the count runs (gate allows, trigger seen) */
	bool gate;
	bool null_count;	/* status bit 6: count written, not yet loaded */
	uint8_t latch_n;	/* bytes of `latch` still to be read (0 = none) */
	bool latch_hi;		/* next latched byte is the MSB */
	uint16_t latch;
	bool status_latched;
	uint8_t status;
	uint64_t start;		/* host tick the count began at */
	uint64_t base;		/* PIT clocks counted before `start` (gate pauses) */
};
struct dev_pit {
	struct dev_pit_ch ch[3];
	uint8_t port61;		/* bits 0-3 as written (bit 0: gate of channel 2) */
	struct dev_timer irq0;	/* channel 0's next IRQ0 edge, host ticks */
	bool irq0_periodic;
	uint64_t hz;
};

void dev_pit_reset(struct dev_pit *t, uint64_t hz);
bool dev_pit_port(uint16_t port);		/* 0x40-0x43, 0x61 */
void dev_pit_write(struct dev_pit *t, uint16_t port, uint8_t v, uint64_t now);
uint8_t dev_pit_read(struct dev_pit *t, uint16_t port, uint64_t now);
uint16_t dev_pit_count(const struct dev_pit *t, unsigned ch, uint64_t now);
bool dev_pit_out(const struct dev_pit *t, unsigned ch, uint64_t now);
/* Channel 0: true when IRQ0 gets an edge at `now` (the deadline is advanced). */
bool dev_pit_tick(struct dev_pit *t, uint64_t now);

/* ---- uart.c: a 16550A ---- */

#define DEV_UART_FIFO	16
struct dev_uart {
	uint8_t ier, lcr, mcr, scr, dll, dlm, fcr;
	uint8_t lsr_err;	/* OE/PE/FE/BI bits until LSR is read */
	uint8_t msr_delta;	/* MSR bits 0-3 until MSR is read */
	uint8_t msr_lines;	/* MSR bits 4-7 now */
	bool thri;		/* THR-empty interrupt pending */
	uint8_t rx[DEV_UART_FIFO];
	uint8_t rx_head, rx_len;
};
void dev_uart_reset(struct dev_uart *u);
/* reg 0..7.  Returns the byte to transmit, or -1 (no transmission). */
int dev_uart_write(struct dev_uart *u, unsigned reg, uint8_t v);
uint8_t dev_uart_read(struct dev_uart *u, unsigned reg);
bool dev_uart_rx(struct dev_uart *u, uint8_t byte);	/* false: FIFO full, offer it later */
unsigned dev_uart_rx_room(const struct dev_uart *u);
uint8_t dev_uart_iir(const struct dev_uart *u);		/* without side effects */
bool dev_uart_irq(const struct dev_uart *u);		/* level of the IRQ pin (OUT2-gated) */

/* ---- cmos.c: the MC146818 RTC and its NVRAM (0x70 index, 0x71 data) ---- */

struct dev_cmos {
	uint8_t ram[128];	/* NVRAM; the clock registers are computed */
	uint8_t index;
	bool nmi_masked;	/* port 0x70 bit 7 */
	uint64_t hz;
	uint64_t epoch_tick;	/* host tick at which the clock read epoch_sec */
	uint64_t epoch_sec;	/* seconds since 1970-01-01 00:00:00 */
	uint8_t held[10];	/* clock registers frozen while status B's SET is 1 */
};
void dev_cmos_reset(struct dev_cmos *c, uint64_t hz, uint64_t now, uint64_t unix_sec);
bool dev_cmos_port(uint16_t port);
void dev_cmos_write(struct dev_cmos *c, uint16_t port, uint8_t v, uint64_t now);
uint8_t dev_cmos_read(struct dev_cmos *c, uint16_t port, uint64_t now);
void dev_cmos_set(struct dev_cmos *c, unsigned index, uint8_t v);	/* host: NVRAM contents */
uint64_t dev_cmos_time(const struct dev_cmos *c, uint64_t now);	/* seconds since 1970 */
/* Civil date <-> seconds since 1970 (proleptic Gregorian, UTC). */
struct dev_tm { unsigned year, mon, mday, hour, min, sec, wday; };
void dev_time_split(uint64_t t, struct dev_tm *tm);
uint64_t dev_time_join(const struct dev_tm *tm);

/* ---- batch.c: the shared page's batch (include/afterburn/hypercall.h) ---- */

struct ab_shared_page;
struct dev_batch_host {
	void *ctx;
	/* a batched port write: 0 done (or counted by the host as a port with
	 * no device), negative AB_HC_E* to refuse the op */
	int64_t (*port_out)(void *ctx, uint16_t port, unsigned size, uint32_t val);
	/* host address of [gpa, gpa+len) of guest RAM, NULL outside */
	void *(*gpa)(void *ctx, uint64_t gpa, uint64_t len);
	/* AB_BATCH_PT_NOTE: the guest stored into its page table at linear
	 * lin itself (shadow paging hosts); NULL = ignored */
	void (*pt_note)(void *ctx, uint64_t lin, unsigned size);
};
/* Apply batch[batch_done..batch_len) in order; the number applied or AB_HC_E*. */
int64_t dev_batch_apply(struct ab_shared_page *sp, const struct dev_batch_host *h);

/* ---- pc.c: the board - port decode and interrupt routing ---- */

enum dev_id { DEV_ID_NONE = -1, DEV_ID_PIC, DEV_ID_PIT, DEV_ID_UART, DEV_ID_CMOS, DEV_ID_COUNT };
#define DEV_IRQ_PIT	0
#define DEV_IRQ_UART	4
#define DEV_IRQ_RTC	8
#define DEV_UART_BASE	0x3f8	/* COM1 */

struct dev_host {
	void *ctx;
	void (*uart_tx)(void *ctx, uint8_t byte);		/* required */
	void (*irq_line)(void *ctx, unsigned irq, bool level);	/* optional mirror */
};
struct dev_pc {
	struct dev_host host;
	uint64_t hz;
	struct dev_pics pic;
	struct dev_pit pit;
	struct dev_uart uart;
	struct dev_cmos cmos;
	bool uart_line;		/* IRQ4 level last routed */
};
void dev_pc_init(struct dev_pc *pc, const struct dev_host *host, uint64_t hz, uint64_t now,
		 uint64_t unix_sec);
enum dev_id dev_pc_owner(uint16_t port);	/* which model answers the port */
/* One byte-wide access; DEV_ID_NONE (nothing done) if no model has the port. */
enum dev_id dev_pc_io(struct dev_pc *pc, uint16_t port, bool in, uint8_t *val, uint64_t now);
void dev_pc_fire(struct dev_pc *pc, uint64_t now);	/* dev_pc_tick's slow half */
/* Fire due timers into the PIC.  Inline: the hosts call it at every exit,
 * and it is nearly always a compare that finds nothing due. */
static inline void dev_pc_tick(struct dev_pc *pc, uint64_t now)
{
	if (pc->pit.irq0.deadline && now >= pc->pit.irq0.deadline)
		dev_pc_fire(pc, now);
}
static inline uint64_t dev_pc_deadline(const struct dev_pc *pc)	/* next dev_pc_tick due, 0 = none */
{
	return pc->pit.irq0.deadline;
}
/* As dev_pc_deadline, but 0 if that source's IRQ is masked at the 8259. */
uint64_t dev_pc_deadline_unmasked(const struct dev_pc *pc);
bool dev_pc_uart_rx(struct dev_pc *pc, uint8_t byte);	/* false: FIFO full, offer it later */
void dev_pc_uart_sent(struct dev_pc *pc, const char *bytes, uint64_t n);	/* console bytes sent for THR */


/*
 * lapic.c: a local APIC (xAPIC and x2APIC register interfaces, SDM 3A
 * chapter 10), freestanding and host-independent: the host hands it `now` in TSC
 * ticks and the rates at init, and asks it when its timer next fires; the
 * model never reads a clock, never prints, never allocates.
 *
 * One CPU: IPIs reach only this APIC (self-IPI); the host reports the rest.
 * Both register interfaces: xAPIC (MMIO offsets 0x000-0x3f0, which the host
 * decodes) and x2APIC (MSRs 0x800-0x8ff), plus the MSRs IA32_APIC_BASE and
 * IA32_TSC_DEADLINE.  The host decides how a pending vector
 * is injected: lapic_pending() says which, lapic_ack() moves it IRR -> ISR.
 */
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

#endif /* DEVICES_DEVICES_H */
