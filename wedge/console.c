/*
 * console.c - the wedge's console: a polled 16550 on COM1 and a tiny printf.
 *
 * Shared with the guest through wedge.h so the logic exists once.  The wedge
 * is not afterburned, so the port I/O here never becomes a site: console
 * output costs the same on every back end and does not disturb the trace
 * counts of the guest's own sites.  Under the hypercall back end the bytes
 * go to the shared page's console buffer instead (hypercall.c: one
 * AB_HC_FLUSH per line), so the console costs no port I/O exit at all.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "wedge_hc.h"

/* 16550 UART registers, offsets from the base port. */
#define COM1_BASE	0x3f8
#define UART_THR	0	/* transmit holding (DLAB=0) */
#define UART_DLL	0	/* divisor latch low (DLAB=1) */
#define UART_IER	1	/* interrupt enable (DLAB=0) */
#define UART_DLM	1	/* divisor latch high (DLAB=1) */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define UART_LCR_8N1	0x03
#define UART_LCR_DLAB	0x80
#define UART_LSR_THRE	0x20	/* transmit holding register empty */
#define UART_LSR_TEMT	0x40	/* transmitter completely empty */

static int console_ready;

void wedge_console_init(void)
{
	if (console_ready)
		return;
	wedge_outb(COM1_BASE + UART_IER, 0);		/* polled: no interrupts */
	wedge_outb(COM1_BASE + UART_LCR, UART_LCR_DLAB);
	wedge_outb(COM1_BASE + UART_DLL, 1);		/* 115200 baud */
	wedge_outb(COM1_BASE + UART_DLM, 0);
	wedge_outb(COM1_BASE + UART_LCR, UART_LCR_8N1);
	wedge_outb(COM1_BASE + UART_FCR, 0x07);		/* enable + clear FIFOs */
	wedge_outb(COM1_BASE + UART_MCR, 0x03);		/* DTR, RTS */
	console_ready = 1;
	/* Start on a fresh line: the BIOS may have left one open. */
	wedge_write("\n", 1);
}

void wedge_putc(char c)
{
	if (wedge_hc_active()) {
		wedge_hc_putc(c);
		return;
	}
	/*
	 * Bounded wait: a missing UART must not hang the guest (real hardware
	 * without COM1 reads 0xff, which has THRE set anyway).
	 */
	for (unsigned i = 0; i < 100000; i++)
		if (wedge_inb(COM1_BASE + UART_LSR) & UART_LSR_THRE)
			break;
	wedge_outb(COM1_BASE + UART_THR, (uint8_t)c);
}

void wedge_write(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			wedge_putc('\r');
		wedge_putc(s[i]);
	}
}

void wedge_puts(const char *s)
{
	wedge_write(s, wedge_strlen(s));
}

void wedge_console_drain(void)
{
	if (wedge_hc_active())
		wedge_hc_flush();
	for (unsigned i = 0; i < 1000000; i++)
		if (wedge_inb(COM1_BASE + UART_LSR) & UART_LSR_TEMT)
			return;
}

/* Formats v in base (10 or 16) into the end of buf; returns the start. */
static char *fmt_num(char *end, uint64_t v, unsigned base)
{
	char *p = end;
	do {
		unsigned d = v % base;
		*--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		v /= base;
	} while (v);
	return p;
}

static void put_padded(const char *s, size_t n, unsigned width, char pad)
{
	while (width > n) {
		wedge_putc(pad);
		width--;
	}
	wedge_write(s, n);
}

void wedge_vprintf(const char *fmt, va_list ap)
{
	char buf[24];
	for (const char *f = fmt; *f; f++) {
		if (*f != '%') {
			const char *start = f;
			while (f[1] && f[1] != '%')
				f++;
			wedge_write(start, (size_t)(f - start + 1));
			continue;
		}
		f++;
		char pad = ' ';
		unsigned width = 0, lng = 0;
		if (*f == '0') {
			pad = '0';
			f++;
		}
		while (*f >= '0' && *f <= '9')
			width = width * 10 + (unsigned)(*f++ - '0');
		while (*f == 'l') {
			lng++;
			f++;
		}
		char *end = buf + sizeof(buf), *p;
		uint64_t u;
		int64_t d;
		switch (*f) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			put_padded(s, wedge_strlen(s), width, ' ');
			break;
		}
		case 'c':
			buf[0] = (char)va_arg(ap, int);
			put_padded(buf, 1, width, ' ');
			break;
		case 'd':
			d = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
			p = fmt_num(end, d < 0 ? -(uint64_t)d : (uint64_t)d, 10);
			if (d < 0)
				*--p = '-';
			put_padded(p, (size_t)(end - p), width, pad);
			break;
		case 'u':
		case 'x':
			u = lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
			p = fmt_num(end, u, *f == 'u' ? 10 : 16);
			put_padded(p, (size_t)(end - p), width, pad);
			break;
		case 'p':
			u = (uintptr_t)va_arg(ap, void *);
			p = fmt_num(end, u, 16);
			*--p = 'x';
			*--p = '0';
			put_padded(p, (size_t)(end - p), width, pad);
			break;
		case '%':
			wedge_putc('%');
			break;
		case '\0':
			return;
		default:	/* unknown conversion: show it, loudly */
			wedge_putc('%');
			wedge_putc(*f);
			break;
		}
	}
}

void wedge_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	wedge_vprintf(fmt, ap);
	va_end(ap);
}

size_t wedge_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

int wedge_memcmp(const void *a, const void *b, size_t n)
{
	const uint8_t *x = a, *y = b;
	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

void *wedge_memset(void *d, int c, size_t n)
{
	uint8_t *p = d;
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)c;
	return d;
}

void *wedge_memcpy(void *d, const void *s, size_t n)
{
	uint8_t *p = d;
	const uint8_t *q = s;
	for (size_t i = 0; i < n; i++)
		p[i] = q[i];
	return d;
}
