/*
 * hv_vdev.c - the legacy devices a multiboot guest expects, emulated so that
 * no guest port access ever reaches real hardware:
 *   0x3f8-0x3ff  16550 UART (COM1): transmit goes to the hypervisor's log;
 *                LSR always reports an empty transmitter, no receive data
 *   0x20/0x21, 0xa0/0xa1  8259A pair (ICW1-4, IMR, OCW2 EOI, OCW3 reads)
 *   0x40-0x43, 0x61       8254 PIT (channel 0 drives IRQ0 via hv_irq.c)
 *   0xf4         QEMU isa-debug-exit: the written byte is the guest's status
 *   0x8900       Bochs power-off port ("Shutdown"), 0xb004/0x604 ACPI off
 *   0xe9         Bochs debug port (console byte), 0x80 POST/delay (ignored)
 * Any other port: hv_vdev_io returns -1 and hv_exit.c refuses the access.
 */
#include "hv.h"
#include "hv_cpu.h"

#define PIT_HZ		1193182ull

void hv_vdev_reset(struct hv_guest *g)
{
	g->pic[0] = (struct hv_pic){ .imr = 0xff, .base = 0x08 };
	g->pic[1] = (struct hv_pic){ .imr = 0xff, .base = 0x70 };
	g->pit_reload = 0;
	g->pit_mode = 0;
	g->uart_lcr = 0x03;
}

/* ---- 8259A ---- */
static void hv_pic_write(struct hv_guest *g, int n, int data, uint8_t v)
{
	struct hv_pic *p = &g->pic[n];
	if (!data && (v & 0x10)) {		/* ICW1 */
		p->icw_step = 2;
		p->icw4 = v & 1;
		p->imr = 0;
		p->irr = p->isr = 0;
		p->read_isr = 0;
		return;
	}
	if (data) {
		switch (p->icw_step) {
		case 2: p->base = v & 0xf8; p->icw_step = 3; return;	/* ICW2 */
		case 3: p->icw_step = p->icw4 ? 4 : 0; return;		/* ICW3 */
		case 4: p->icw_step = 0; return;			/* ICW4 */
		default: p->imr = v; return;				/* OCW1 */
		}
	}
	if ((v & 0x18) == 0x08) {		/* OCW3 */
		if (v & 0x02)
			p->read_isr = v & 1;
		return;
	}
	/* OCW2: non-specific EOI (0x20) clears the highest-priority ISR bit. */
	if ((v & 0xe0) == 0x20) {
		for (int i = 0; i < 8; i++)
			if (p->isr & (1u << i)) {
				p->isr &= (uint8_t)~(1u << i);
				break;
			}
	} else if ((v & 0xe0) == 0x60)	/* specific EOI */
		p->isr &= (uint8_t)~(1u << (v & 7));
}

static uint8_t hv_pic_read(struct hv_guest *g, int n, int data)
{
	struct hv_pic *p = &g->pic[n];
	return data ? p->imr : p->read_isr ? p->isr : p->irr;
}

void hv_vpic_raise(struct hv_guest *g, unsigned irq)
{
	if (irq < 8)
		g->pic[0].irr |= (uint8_t)(1u << irq);
	else {
		g->pic[1].irr |= (uint8_t)(1u << (irq - 8));
	}
}

/* Highest-priority unmasked request not blocked by one in service, or -1. */
static int hv_pic_best(struct hv_pic *p, uint8_t extra_irr)
{
	uint8_t req = (p->irr | extra_irr) & ~p->imr;
	for (int i = 0; i < 8; i++) {
		if (p->isr & (1u << i))
			return -1;	/* fully nested: lower priorities wait */
		if (req & (1u << i))
			return i;
	}
	return -1;
}

int hv_vpic_pending(struct hv_guest *g)
{
	int slave = hv_pic_best(&g->pic[1], 0);
	int m = hv_pic_best(&g->pic[0], slave >= 0 ? 1u << 2 : 0);
	if (m < 0)
		return -1;
	if (m == 2 && slave >= 0)
		return g->pic[1].base + slave;
	return g->pic[0].base + m;
}

void hv_vpic_ack(struct hv_guest *g, int vector)
{
	for (int n = 1; n >= 0; n--) {
		struct hv_pic *p = &g->pic[n];
		if (vector >= p->base && vector < p->base + 8) {
			uint8_t bit = (uint8_t)(1u << (vector - p->base));
			p->irr &= (uint8_t)~bit;
			p->isr |= bit;
			if (n == 1) {		/* the cascade line on the master */
				g->pic[0].irr &= (uint8_t)~(1u << 2);
				g->pic[0].isr |= 1u << 2;
			}
			return;
		}
	}
}

/* ---- 8254: channel 0 periodic IRQ0; counts read back from the TSC ---- */
static void hv_pit_program(struct hv_guest *g)
{
	uint64_t reload = g->pit_reload ? g->pit_reload : 65536;
	g->pit_period_tsc = reload * hv_tsc_hz / PIT_HZ;
	if (!g->pit_period_tsc)
		g->pit_period_tsc = 1;
	g->pit_deadline = hv_rdtsc() + g->pit_period_tsc;
}

static uint16_t hv_pit_count(struct hv_guest *g)
{
	uint64_t reload = g->pit_reload ? g->pit_reload : 65536;
	if (!g->pit_deadline)
		return (uint16_t)reload;
	uint64_t now = hv_rdtsc();
	uint64_t left = g->pit_deadline > now ? (g->pit_deadline - now) * PIT_HZ / hv_tsc_hz : 0;
	return (uint16_t)(left % reload);
}

static int hv_pit_io(struct hv_guest *g, uint16_t port, int in, uint32_t *val)
{
	if (port == 0x43) {
		if (in)
			return 0;		/* write-only */
		uint8_t v = (uint8_t)*val;
		if ((v >> 6) != 0)
			return 0;		/* channels 1/2 and read-back: accepted, inert */
		if (((v >> 4) & 3) == 0) {	/* counter latch */
			g->pit_latch = hv_pit_count(g);
			g->pit_latched = 2;
			return 0;
		}
		g->pit_access = (v >> 4) & 3;
		g->pit_mode = (v >> 1) & 7;
		g->pit_lobyte_next = 1;
		g->pit_deadline = 0;		/* stopped until the count is written */
		return 0;
	}
	if (port != 0x40) {
		if (in)
			*val = 0;
		return 0;			/* channel 1/2: accepted, inert */
	}
	if (in) {
		uint16_t c = g->pit_latched ? g->pit_latch : hv_pit_count(g);
		int lo = g->pit_latched ? g->pit_latched == 2 : g->pit_lobyte_next;
		*val = lo ? (c & 0xff) : (c >> 8);
		if (g->pit_latched)
			g->pit_latched--;
		return 0;
	}
	uint8_t b = (uint8_t)*val;
	switch (g->pit_access) {
	case 1: g->pit_reload = b; hv_pit_program(g); break;
	case 2: g->pit_reload = (uint16_t)(b << 8); hv_pit_program(g); break;
	default:
		if (g->pit_lobyte_next) {
			g->pit_reload = (g->pit_reload & 0xff00) | b;
			g->pit_lobyte_next = 0;
		} else {
			g->pit_reload = (uint16_t)((g->pit_reload & 0xff) | (b << 8));
			g->pit_lobyte_next = 1;
			hv_pit_program(g);
		}
	}
	return 0;
}

/* ---- 16550 ---- */
static int hv_uart_io(struct hv_guest *g, unsigned reg, int in, uint32_t *val)
{
	uint8_t v = (uint8_t)*val;
	int dlab = g->uart_lcr & 0x80;
	switch (reg) {
	case 0:
		if (in)
			*val = dlab ? g->uart_dll : 0;	/* no receive data */
		else if (dlab)
			g->uart_dll = v;
		else
			hv_guest_putc((char)v);
		break;
	case 1:
		if (in)
			*val = dlab ? g->uart_dlm : g->uart_ier;
		else if (dlab)
			g->uart_dlm = v;
		else
			g->uart_ier = v & 0x0f;
		break;
	case 2: if (in) *val = 0xc1; break;	/* IIR: FIFOs on, no interrupt pending */
	case 3: if (in) *val = g->uart_lcr; else g->uart_lcr = v; break;
	case 4: if (in) *val = g->uart_mcr; else g->uart_mcr = v; break;
	case 5: if (in) *val = 0x60; break;	/* LSR: THRE | TEMT, never data ready */
	case 6: if (in) *val = 0xb0; break;	/* MSR: DCD, DSR, CTS */
	case 7: if (in) *val = g->uart_scr; else g->uart_scr = v; break;
	}
	return 0;
}

static enum hv_dev hv_vdev_of(uint16_t port)
{
	if (port >= 0x3f8 && port <= 0x3ff)
		return HV_DEV_UART;
	switch (port) {
	case 0x20: case 0x21: case 0xa0: case 0xa1: case 0x4d0: case 0x4d1:
		return HV_DEV_PIC;
	case 0x40: case 0x41: case 0x42: case 0x43: case 0x61:
		return HV_DEV_PIT;
	case 0xf4: case 0x8900: case 0xb004: case 0x604:
		return HV_DEV_EXIT;
	case 0x80: case 0xe9:
		return HV_DEV_OTHER;
	}
	return HV_DEV_NONE;
}

const char *hv_vdev_stats(struct hv_guest *g, char *buf, size_t len)
{
	hv_snprintf(buf, len, "uart=%lu pic=%lu pit=%lu exit=%lu other=%lu none=%lu",
		    g->io_count[HV_DEV_UART], g->io_count[HV_DEV_PIC], g->io_count[HV_DEV_PIT],
		    g->io_count[HV_DEV_EXIT], g->io_count[HV_DEV_OTHER], g->io_count[HV_DEV_NONE]);
	return buf;
}

int hv_vdev_io(struct hv_guest *g, uint16_t port, unsigned size, int in, uint32_t *val)
{
	g->io_count[hv_vdev_of(port)]++;
	if (port >= 0x3f8 && port <= 0x3ff)
		return hv_uart_io(g, port - 0x3f8, in, val);
	switch (port) {
	case 0x20: case 0x21: case 0xa0: case 0xa1: {
		int n = port >= 0xa0, data = port & 1;
		if (in)
			*val = hv_pic_read(g, n, data);
		else
			hv_pic_write(g, n, data, (uint8_t)*val);
		return 0;
	}
	case 0x4d0: case 0x4d1:			/* ELCR: all edge-triggered */
		if (in)
			*val = 0;
		return 0;
	case 0x40: case 0x41: case 0x42: case 0x43:
		return hv_pit_io(g, port, in, val);
	case 0x61:				/* NMI status / speaker: inert */
		if (in)
			*val = 0x20;
		return 0;
	case 0x80:				/* POST code / I/O delay */
		return 0;
	case 0xe9:				/* Bochs port_e9_hack */
		if (in)
			*val = 0xe9;
		else
			hv_guest_putc((char)*val);
		return 0;
	case 0xf4:				/* isa-debug-exit */
		if (in)
			return -1;
		hv_guest_stop(g, HV_STOP_EXIT, (int)(*val & 0xff),
			      "status 0x%x written to isa-debug-exit port 0xf4", *val & 0xff);
		return 0;
	case 0x8900: {				/* Bochs: "Shutdown" powers off */
		if (in)
			return -1;
		static const char cmd[] = "Shutdown";
		char c = (char)*val;
		if (c != cmd[g->shutdown_len])
			g->shutdown_len = 0;
		if (c == cmd[g->shutdown_len] && ++g->shutdown_len == 8)
			hv_guest_stop(g, HV_STOP_EXIT, 0, "\"Shutdown\" written to port 0x8900");
		return 0;
	}
	case 0xb004: case 0x604:		/* ACPI PM1a control: SLP_EN */
		if (!in && (*val & 0x2000))
			hv_guest_stop(g, HV_STOP_EXIT, 0, "ACPI power-off via port 0x%x", port);
		else if (in)
			*val = 0;
		return 0;
	}
	return -1;
}
