/*
 * uart.c - a 16550A as COM1 has it.  Transmission is instant (the host
 * takes each THR byte at once), so THR is always empty; receive is a FIFO
 * the host fills with dev_uart_rx (16 bytes, or the single holding
 * register while FCR's FIFO enable is 0).
 *
 * Modelled: RBR/THR, DLL/DLM under LCR.DLAB, IER (4 bits), IIR with the
 * 16550's priorities (line status > received data / character timeout >
 * THR empty > modem status) and bits 6-7 set while FIFOs are enabled, FCR
 * (enable, clear RX, RX trigger level), LCR, MCR (5 bits) with loopback
 * (THR to RBR, RTS->CTS, DTR->DSR, OUT1->RI, OUT2->DCD, MSR delta bits),
 * LSR (DR, OE, THRE, TEMT; errors clear on read), MSR, SCR.  The IRQ pin
 * is the PC's: pending interrupt AND MCR.OUT2, and never in loopback.
 * Not modelled: baud rate and character timing (the character-timeout
 * interrupt is reported as soon as fewer bytes than the trigger level
 * wait), parity/framing errors and break (the host has no line to err),
 * a TX FIFO (nothing ever waits to be sent), the modem lines outside
 * loopback (CTS, DSR and DCD always asserted).
 */
#include "devices.h"

#define UART_RBR	0
#define UART_IER	1
#define UART_IIR	2	/* FCR on writes */
#define UART_LCR	3
#define UART_MCR	4
#define UART_LSR	5
#define UART_MSR	6
#define UART_SCR	7

#define IER_RDA		0x01
#define IER_THRE	0x02
#define IER_RLS		0x04
#define IER_MSI		0x08
#define IIR_NONE	0x01
#define IIR_MSI		0x00
#define IIR_THRE	0x02
#define IIR_RDA		0x04
#define IIR_RLS		0x06
#define IIR_TIMEOUT	0x0c
#define IIR_FIFO	0xc0
#define FCR_ENABLE	0x01
#define FCR_CLEAR_RX	0x02
#define LCR_DLAB	0x80
#define MCR_DTR		0x01
#define MCR_RTS		0x02
#define MCR_OUT1	0x04
#define MCR_OUT2	0x08
#define MCR_LOOP	0x10
#define LSR_DR		0x01
#define LSR_OE		0x02
#define LSR_ERRORS	0x1e
#define LSR_THRE	0x20
#define LSR_TEMT	0x40
#define MSR_CTS		0x10
#define MSR_DSR		0x20
#define MSR_RI		0x40
#define MSR_DCD		0x80
#define MSR_TERI	0x04

static const uint8_t dev_uart_trigger[4] = { 1, 4, 8, 14 };

/* The modem-status inputs: wired from MCR in loopback, else a present peer. */
static uint8_t dev_uart_lines(const struct dev_uart *u)
{
	if (!(u->mcr & MCR_LOOP))
		return MSR_CTS | MSR_DSR | MSR_DCD;
	return (uint8_t)((u->mcr & MCR_RTS ? MSR_CTS : 0) | (u->mcr & MCR_DTR ? MSR_DSR : 0) |
			 (u->mcr & MCR_OUT1 ? MSR_RI : 0) | (u->mcr & MCR_OUT2 ? MSR_DCD : 0));
}

/* New inputs: delta bits for what changed (RI: only its trailing edge). */
static void dev_uart_update_lines(struct dev_uart *u)
{
	uint8_t now = dev_uart_lines(u), chg = now ^ u->msr_lines;
	u->msr_delta |= (uint8_t)((chg & (MSR_CTS | MSR_DSR | MSR_DCD)) >> 4);
	if ((chg & MSR_RI) && !(now & MSR_RI))
		u->msr_delta |= MSR_TERI;
	u->msr_lines = now;
}

void dev_uart_reset(struct dev_uart *u)
{
	*u = (struct dev_uart){ .lcr = 0x03 };
	u->msr_lines = dev_uart_lines(u);
}

static bool dev_uart_fifo(const struct dev_uart *u)
{
	return u->fcr & FCR_ENABLE;
}

static unsigned dev_uart_cap(const struct dev_uart *u)
{
	return dev_uart_fifo(u) ? DEV_UART_FIFO : 1;
}

unsigned dev_uart_rx_room(const struct dev_uart *u)
{
	return dev_uart_cap(u) - u->rx_len;
}

static bool dev_uart_push(struct dev_uart *u, uint8_t b)
{
	if (u->rx_len >= dev_uart_cap(u))
		return false;
	u->rx[(u->rx_head + u->rx_len) % DEV_UART_FIFO] = b;
	u->rx_len++;
	return true;
}

bool dev_uart_rx(struct dev_uart *u, uint8_t byte)
{
	if (u->mcr & MCR_LOOP)
		return false;		/* the receiver listens to the transmitter */
	return dev_uart_push(u, byte);
}

uint8_t dev_uart_iir(const struct dev_uart *u)
{
	uint8_t fifo = dev_uart_fifo(u) ? IIR_FIFO : 0;
	if ((u->ier & IER_RLS) && u->lsr_err)
		return fifo | IIR_RLS;
	if ((u->ier & IER_RDA) && u->rx_len) {
		unsigned trig = dev_uart_fifo(u) ? dev_uart_trigger[u->fcr >> 6] : 1;
		return fifo | (u->rx_len >= trig ? IIR_RDA : IIR_TIMEOUT);
	}
	if ((u->ier & IER_THRE) && u->thri)
		return fifo | IIR_THRE;
	if ((u->ier & IER_MSI) && u->msr_delta)
		return fifo | IIR_MSI;
	return fifo | IIR_NONE;
}

bool dev_uart_irq(const struct dev_uart *u)
{
	if ((u->mcr & MCR_LOOP) || !(u->mcr & MCR_OUT2))
		return false;
	return !(dev_uart_iir(u) & IIR_NONE);
}

int dev_uart_write(struct dev_uart *u, unsigned reg, uint8_t v)
{
	bool dlab = u->lcr & LCR_DLAB;
	switch (reg & 7) {
	case UART_RBR:
		if (dlab) {
			u->dll = v;
			return -1;
		}
		u->thri = true;		/* sent at once: THR is empty again */
		if (u->mcr & MCR_LOOP) {
			if (!dev_uart_push(u, v))
				u->lsr_err |= LSR_OE;
			return -1;
		}
		return v;
	case UART_IER:
		if (dlab) {
			u->dlm = v;
			return -1;
		}
		/* enabling the THRE interrupt with THR empty raises it at once */
		if ((v & IER_THRE) && !(u->ier & IER_THRE))
			u->thri = true;
		u->ier = v & 0x0f;
		return -1;
	case UART_IIR:			/* FCR */
		if ((v ^ u->fcr) & FCR_ENABLE)
			u->rx_len = 0;	/* switching FIFO mode empties it */
		if (v & FCR_CLEAR_RX)
			u->rx_len = 0;
		u->fcr = v & (FCR_ENABLE | 0xc0);
		if (!(u->fcr & FCR_ENABLE))
			u->fcr = 0;
		return -1;
	case UART_LCR:
		u->lcr = v;
		return -1;
	case UART_MCR:
		u->mcr = v & 0x1f;
		dev_uart_update_lines(u);
		return -1;
	case UART_SCR:
		u->scr = v;
		return -1;
	default:			/* LSR, MSR: read-only */
		return -1;
	}
}

uint8_t dev_uart_read(struct dev_uart *u, unsigned reg)
{
	bool dlab = u->lcr & LCR_DLAB;
	uint8_t v;
	switch (reg & 7) {
	case UART_RBR:
		if (dlab)
			return u->dll;
		if (!u->rx_len)
			return 0;
		v = u->rx[u->rx_head];
		u->rx_head = (uint8_t)((u->rx_head + 1) % DEV_UART_FIFO);
		u->rx_len--;
		return v;
	case UART_IER:
		return dlab ? u->dlm : u->ier;
	case UART_IIR:
		v = dev_uart_iir(u);
		if ((v & 0x0f) == IIR_THRE)
			u->thri = false;	/* reading IIR acknowledges THRE */
		return v;
	case UART_LCR:
		return u->lcr;
	case UART_MCR:
		return u->mcr;
	case UART_LSR:
		v = (uint8_t)(LSR_THRE | LSR_TEMT | (u->rx_len ? LSR_DR : 0) | u->lsr_err);
		u->lsr_err = 0;
		return v;
	case UART_MSR:
		v = (uint8_t)(u->msr_lines | u->msr_delta);
		u->msr_delta = 0;
		return v;
	default:
		return u->scr;
	}
}
