/*
 * hv_vdev.c - the legacy devices a guest expects, so that no guest port
 * access ever reaches real hardware.  The device models are the shared
 * library in devices/ (devices.h); this file gives them the hypervisor's
 * clock (the TSC at hv_tsc_hz) and console, and adds the ports that end or
 * talk to the run:
 *   0x3f8-0x3ff  16550 UART (COM1): transmit to the hypervisor's log
 *   0x20/0x21, 0xa0/0xa1, 0x4d0/0x4d1  8259A pair, ELCR
 *   0x40-0x43, 0x61       8254 PIT (channel 0 drives IRQ0 via hv_irq.c)
 *   0x70/0x71    CMOS/RTC (the clock starts at HV_RTC_EPOCH at each guest start)
 *   0xf4         QEMU isa-debug-exit: the written byte is the guest's status
 *   0x8900       Bochs power-off port ("Shutdown"), 0xb004/0x604 ACPI off
 *   0xe9         Bochs debug port (console byte), 0x80 POST/delay (ignored)
 * Any other port: hv_vdev_io returns -1 and hv_io.c refuses the access.
 */
#include "hv.h"
#include "hv_cpu.h"

/* 2026-01-01 00:00:00 UTC: a fixed start, so that runs stay reproducible. */
#define HV_RTC_EPOCH	1767225600ull

static void hv_vdev_uart_tx(void *ctx, uint8_t byte)
{
	(void)ctx;
	hv_guest_putc((char)byte);
	hv_exitstat_console(hv_cur, (char)byte);
}

void hv_vdev_reset(struct hv_guest *g)
{
	static const struct dev_host host = { .uart_tx = hv_vdev_uart_tx };
	dev_pc_init(&g->pc, &host, hv_tsc_hz, hv_rdtsc(), HV_RTC_EPOCH);
}

void hv_vpic_raise(struct hv_guest *g, unsigned irq)
{
	dev_pic_pulse(&g->pc.pic, irq);
}

int hv_vpic_pending(struct hv_guest *g)
{
	return dev_pic_pending(&g->pc.pic);
}

void hv_vpic_ack(struct hv_guest *g, int vector)
{
	dev_pic_ack(&g->pc.pic, vector);
}

/* The statistics bucket of a port no model in devices/ has. */
static enum hv_dev hv_vdev_other(uint16_t port)
{
	switch (port) {
	case 0xf4: case 0x8900: case 0xb004: case 0x604:
		return HV_DEV_EXIT;
	case 0x80: case 0xe9:
		return HV_DEV_OTHER;
	}
	return HV_DEV_NONE;
}

const char *hv_vdev_stats(struct hv_guest *g, char *buf, size_t len)
{
	hv_snprintf(buf, len, "uart=%lu pic=%lu pit=%lu rtc=%lu exit=%lu other=%lu none=%lu",
		    g->io_count[HV_DEV_UART], g->io_count[HV_DEV_PIC], g->io_count[HV_DEV_PIT],
		    g->io_count[HV_DEV_RTC], g->io_count[HV_DEV_EXIT], g->io_count[HV_DEV_OTHER],
		    g->io_count[HV_DEV_NONE]);
	return buf;
}

/* The ports of this file (exit, debug, delay); out of line, so that the
 * common path through devices/ stays short (it runs for every EOI). */
static __attribute__((noinline)) int hv_vdev_misc(struct hv_guest *g, uint16_t port, int in, uint32_t *val)
{
	g->io_count[hv_vdev_other(port)]++;
	switch (port) {
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

int hv_vdev_io(struct hv_guest *g, uint16_t port, unsigned size, int in, uint32_t *val)
{
	static const uint8_t bucket[DEV_ID_COUNT] = {
		[DEV_ID_PIC] = HV_DEV_PIC, [DEV_ID_PIT] = HV_DEV_PIT,
		[DEV_ID_UART] = HV_DEV_UART, [DEV_ID_CMOS] = HV_DEV_RTC,
	};
	uint8_t b = (uint8_t)*val;
	/* The models are byte-wide: a wider access moves the low byte (the rest reads 0). */
	enum dev_id id = dev_pc_io(&g->pc, port, in, &b, hv_rdtsc());
	if (__builtin_expect(id == DEV_ID_NONE, 0))
		return hv_vdev_misc(g, port, in, val);
	g->io_count[bucket[id]]++;
	if (in)
		*val = b;
	return 0;
}
