/*
 * hv_console.c - the hypervisor's log on the real COM1 (Bochs writes it to a
 * file), a small printf, and the power-off path.
 *
 * The guest's virtual UART output goes to the same COM1 so the log reads as
 * one stream; hypervisor lines start with "hv: " and are only started at the
 * beginning of a line (hv_guest_putc tracks where the guest left off).
 */
#include "hv.h"
#include "hv_cpu.h"

#define COM1		0x3f8
#define UART_THR	0
#define UART_IER	1
#define UART_FCR	2
#define UART_LCR	3
#define UART_MCR	4
#define UART_LSR	5
#define UART_DLL	0
#define UART_DLM	1
#define LCR_DLAB	0x80
#define LCR_8N1		0x03
#define LSR_THRE	0x20	/* transmit holding register empty */
#define LSR_TEMT	0x40	/* transmitter completely empty */

static int hv_guest_mid_line;	/* the guest's last byte was not '\n' */

void hv_console_init(void)
{
	hv_outb(COM1 + UART_IER, 0);
	hv_outb(COM1 + UART_LCR, LCR_DLAB);
	hv_outb(COM1 + UART_DLL, 1);	/* 115200 baud */
	hv_outb(COM1 + UART_DLM, 0);
	hv_outb(COM1 + UART_LCR, LCR_8N1);
	hv_outb(COM1 + UART_FCR, 0x07);	/* enable + clear FIFOs */
	hv_outb(COM1 + UART_MCR, 0x03);
}

/*
 * The 16550's transmit FIFO (enabled above) takes 16 bytes once THRE says
 * it is empty: wait only when those are used up.  Waiting for THRE before
 * every byte made the hypervisor spin a whole character time per byte it
 * forwarded for the guest (Bochs paces the line in virtual time: ~8700
 * instructions a byte at ips 100M), most of its instructions in issue 9's
 * Linux workload window.
 */
#define UART_TX_FIFO	16
static unsigned hv_tx_room;	/* bytes the FIFO still takes without a THRE check */

static void hv_raw_putc(char c)
{
	if (!hv_tx_room) {
		while (!(hv_inb(COM1 + UART_LSR) & LSR_THRE))
			;
		hv_tx_room = UART_TX_FIFO;
	}
	hv_outb(COM1 + UART_THR, (uint8_t)c);
	hv_tx_room--;
}

/* '\n' only, no '\r': the log is a file read by scripts, not a terminal. */
void hv_putc(char c)
{
	hv_raw_putc(c);
}

void hv_guest_putc(char c)
{
	if (c == '\r')		/* the log is read by scripts: '\n' only */
		return;
	hv_raw_putc(c);
	hv_guest_mid_line = (c != '\n');
}

void hv_console_drain(void)
{
	while (!(hv_inb(COM1 + UART_LSR) & LSR_TEMT))
		;
}

/* ---- formatting ---- */
struct hv_out { char *buf; size_t len, pos; };

static void hv_emit(struct hv_out *o, char c)
{
	if (!o->buf) {
		hv_putc(c);
		return;
	}
	if (o->pos + 1 < o->len)
		o->buf[o->pos] = c;
	o->pos++;
}

static void hv_emit_num(struct hv_out *o, uint64_t v, unsigned base, int neg, int width, char pad)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (neg)
		tmp[n++] = '-';
	while (width-- > n)
		hv_emit(o, pad);
	while (n)
		hv_emit(o, tmp[--n]);
}

/* Supports %s %c %d %u %x %p with l/ll, width, '-' (strings) and 0 padding: all we need. */
static void hv_format(struct hv_out *o, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			hv_emit(o, *fmt);
			continue;
		}
		fmt++;
		char pad = ' ';
		int width = 0, lng = 0, left = 0;
		if (*fmt == '-') {
			left = 1;
			fmt++;
		}
		if (*fmt == '0')
			pad = '0';
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l') {
			lng++;
			fmt++;
		}
		switch (*fmt) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			int n = (int)hv_strlen(s);
			while (!left && width-- > n)
				hv_emit(o, ' ');
			while (*s)
				hv_emit(o, *s++);
			while (left && width-- > n)
				hv_emit(o, ' ');
			break;
		}
		case 'c':
			hv_emit(o, (char)va_arg(ap, int));
			break;
		case 'd': {
			int64_t v = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
			hv_emit_num(o, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0, width, pad);
			break;
		}
		case 'u':
			hv_emit_num(o, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, 0, width, pad);
			break;
		case 'x':
			hv_emit_num(o, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, 0, width, pad);
			break;
		case 'p':
			hv_emit(o, '0');
			hv_emit(o, 'x');
			hv_emit_num(o, (uint64_t)va_arg(ap, void *), 16, 0, width, pad);
			break;
		case '%':
			hv_emit(o, '%');
			break;
		default:
			hv_emit(o, '?');
			break;
		}
	}
}

void hv_vprintf(const char *fmt, va_list ap)
{
	struct hv_out o = { 0, 0, 0 };
	if (hv_guest_mid_line) {	/* never glue our line onto the guest's */
		hv_putc('\n');
		hv_guest_mid_line = 0;
	}
	hv_format(&o, fmt, ap);
}

void hv_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	hv_vprintf(fmt, ap);
	va_end(ap);
}

int hv_snprintf(char *buf, size_t len, const char *fmt, ...)
{
	struct hv_out o = { buf, len, 0 };
	va_list ap;
	va_start(ap, fmt);
	hv_format(&o, fmt, ap);
	va_end(ap);
	if (len)
		buf[o.pos < len ? o.pos : len - 1] = 0;
	return (int)o.pos;
}

/*
 * Power off Bochs: "Shutdown" to port 0x8900 (Bochs' power-off port), then
 * ACPI PM1a (QEMU/Bochs PIIX4 at 0xb004) as a fallback; then idle forever
 * (the runner's timeout is the last resort).
 */
void hv_poweroff(void)
{
	static const char cmd[] = "Shutdown";
	hv_console_drain();
	for (const char *p = cmd; *p; p++)
		hv_outb(0x8900, (uint8_t)*p);
	hv_outw(0xb004, 0x2000);
	for (;;)
		__asm__ volatile("cli; hlt");
}

void hv_fatal(const char *fmt, ...)
{
	va_list ap;
	hv_printf("hv: FATAL: ");
	va_start(ap, fmt);
	hv_vprintf(fmt, ap);
	va_end(ap);
	hv_printf("\nhv: stopping (hypervisor error)\n");
	hv_poweroff();
}
