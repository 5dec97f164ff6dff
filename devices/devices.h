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

#endif /* DEVICES_DEVICES_H */
