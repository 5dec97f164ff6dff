/*
 * pc.c - the board: which model answers which port, and the ISA interrupt
 * routing every host shares (PIT channel 0 -> IRQ0, COM1 -> IRQ4, RTC ->
 * IRQ8, into the 8259 pair; each line change also to host->irq_line).
 * Ports no model has are DEV_ID_NONE: the host reports them.
 */
#include "devices.h"

void dev_pc_init(struct dev_pc *pc, const struct dev_host *host, uint64_t hz, uint64_t now,
		 uint64_t unix_sec)
{
	pc->host = *host;
	pc->hz = hz ? hz : 1;
	pc->uart_line = false;
	dev_pic_reset(&pc->pic);
	dev_pit_reset(&pc->pit, pc->hz);
	dev_uart_reset(&pc->uart);
	dev_cmos_reset(&pc->cmos, pc->hz, now, unix_sec);
}

/* One switch: this runs on every port access of both hosts (inlined in dev_pc_io). */
static inline enum dev_id dev_pc_decode(uint16_t port)
{
	switch (port) {
	case 0x20: case 0x21: case 0xa0: case 0xa1: case 0x4d0: case 0x4d1:
		return DEV_ID_PIC;
	case 0x40: case 0x41: case 0x42: case 0x43: case 0x61:
		return DEV_ID_PIT;
	case DEV_UART_BASE ... DEV_UART_BASE + 7:
		return DEV_ID_UART;
	case 0x70: case 0x71:
		return DEV_ID_CMOS;
	}
	return DEV_ID_NONE;
}

enum dev_id dev_pc_owner(uint16_t port)
{
	return dev_pc_decode(port);
}

static void dev_pc_line(struct dev_pc *pc, unsigned irq, bool level)
{
	dev_pic_set_irq(&pc->pic, irq, level);
	if (pc->host.irq_line)
		pc->host.irq_line(pc->host.ctx, irq, level);
}

/* IRQ4 follows the UART's interrupt pin (an edge when it rises). */
static void dev_pc_uart_sync(struct dev_pc *pc)
{
	bool level = dev_uart_irq(&pc->uart);
	if (level != pc->uart_line) {
		pc->uart_line = level;
		dev_pc_line(pc, DEV_IRQ_UART, level);
	}
}

enum dev_id dev_pc_io(struct dev_pc *pc, uint16_t port, bool in, uint8_t *val, uint64_t now)
{
	enum dev_id id = dev_pc_decode(port);
	switch (id) {
	case DEV_ID_PIC:
		if (port == 0x4d0 || port == 0x4d1) {	/* ELCR: every line edge-triggered */
			if (in)
				*val = 0;
		} else if (in)
			*val = dev_pic_read(&pc->pic, port);
		else
			dev_pic_write(&pc->pic, port, *val);
		break;
	case DEV_ID_PIT:
		if (in)
			*val = dev_pit_read(&pc->pit, port, now);
		else
			dev_pit_write(&pc->pit, port, *val, now);
		break;
	case DEV_ID_UART:
		if (in) {
			*val = dev_uart_read(&pc->uart, port - DEV_UART_BASE);
		} else {
			int tx = dev_uart_write(&pc->uart, port - DEV_UART_BASE, *val);
			if (tx >= 0)
				pc->host.uart_tx(pc->host.ctx, (uint8_t)tx);
		}
		dev_pc_uart_sync(pc);
		break;
	case DEV_ID_CMOS:
		if (in)
			*val = dev_cmos_read(&pc->cmos, port, now);
		else
			dev_cmos_write(&pc->cmos, port, *val, now);
		break;
	default:
		break;
	}
	return id;
}

void dev_pc_fire(struct dev_pc *pc, uint64_t now)
{
	if (!dev_pit_tick(&pc->pit, now))
		return;
	dev_pic_pulse(&pc->pic, DEV_IRQ_PIT);	/* OUT's edge; IRR holds it */
	if (pc->host.irq_line) {
		pc->host.irq_line(pc->host.ctx, DEV_IRQ_PIT, true);
		pc->host.irq_line(pc->host.ctx, DEV_IRQ_PIT, false);
	}
}

uint64_t dev_pc_deadline_unmasked(const struct dev_pc *pc)
{
	return dev_pic_masked(&pc->pic, DEV_IRQ_PIT) ? 0 : pc->pit.irq0.deadline;
}

/*
 * Bytes a pre-virtualized guest's console sent through the hypercall ABI
 * instead of THR: they go out, and the UART ends as after those THR writes
 * (THR empty, THRE interrupt pending if enabled), so an interrupt-driven
 * driver (Linux's 8250) gets the interrupt it waits for to send more.
 */
void dev_pc_uart_sent(struct dev_pc *pc, const char *bytes, uint64_t n)
{
	for (uint64_t i = 0; i < n; i++)
		pc->host.uart_tx(pc->host.ctx, (uint8_t)bytes[i]);
	if (n) {
		pc->uart.thri = true;
		dev_pc_uart_sync(pc);
	}
}

bool dev_pc_uart_rx(struct dev_pc *pc, uint8_t byte)
{
	bool ok = dev_uart_rx(&pc->uart, byte);
	dev_pc_uart_sync(pc);
	return ok;
}
