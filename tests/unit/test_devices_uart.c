/*
 * test_devices_uart.c - the 16550A at register level: transmit, receive
 * FIFO, IER/IIR identification and priorities, FCR, LSR, MCR loopback with
 * MSR, and the probes Linux's 8250 driver runs (scratch register, IER bits,
 * FIFO detection through IIR bits 6-7, loopback MSR test, DLAB).
 */
#include "test_devices.h"

enum { RBR, IER, IIR, LCR, MCR, LSR, MSR, SCR };
#define FCR IIR

static void test_transmit(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR), 0x60);		/* THRE | TEMT, no data */
	CU_ASSERT_EQUAL(dev_uart_write(&u, RBR, 'A'), 'A');	/* to the host */
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR), 0x60);		/* sent at once */
	CU_ASSERT_EQUAL(dev_uart_read(&u, LCR), 0x03);
	CU_ASSERT_EQUAL(dev_uart_read(&u, MSR), 0xb0);		/* CTS, DSR, DCD */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x01);		/* no FIFO, nothing pending */
	CU_ASSERT(!dev_uart_irq(&u));
}

static void test_dlab_scratch_ier(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	dev_uart_write(&u, SCR, 0xa5);
	CU_ASSERT_EQUAL(dev_uart_read(&u, SCR), 0xa5);
	dev_uart_write(&u, IER, 0xff);				/* only 4 bits exist */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER), 0x0f);
	dev_uart_write(&u, IER, 0x00);
	dev_uart_write(&u, LCR, 0x83);				/* DLAB */
	CU_ASSERT_EQUAL(dev_uart_write(&u, RBR, 0x01), -1);	/* DLL, not a byte out */
	dev_uart_write(&u, IER, 0x00);
	CU_ASSERT_EQUAL(dev_uart_read(&u, RBR), 0x01);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER), 0x00);
	dev_uart_write(&u, LCR, 0x03);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER), 0x00);		/* IER unchanged by DLM writes */
	CU_ASSERT_EQUAL(u.dll, 0x01);
}

static void test_receive(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	CU_ASSERT(dev_uart_rx(&u, 'x'));
	CU_ASSERT(!dev_uart_rx(&u, 'y'));			/* no FIFO: one holding register */
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR), 0x61);		/* DR */
	CU_ASSERT_EQUAL(dev_uart_read(&u, RBR), 'x');
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR), 0x60);
	dev_uart_write(&u, FCR, 0x01);
	CU_ASSERT_EQUAL(dev_uart_rx_room(&u), 16);
	for (int i = 0; i < 16; i++)
		CU_ASSERT(dev_uart_rx(&u, (uint8_t)('a' + i)));
	CU_ASSERT(!dev_uart_rx(&u, '!'));			/* full: the host keeps it */
	for (int i = 0; i < 16; i++)
		CU_ASSERT_EQUAL(dev_uart_read(&u, RBR), 'a' + i);
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR) & 1, 0);
	dev_uart_rx(&u, '1');
	dev_uart_write(&u, FCR, 0x03);				/* clear RX */
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR) & 1, 0);
}

static void test_fifo_iir(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	dev_uart_write(&u, FCR, 0x01);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc1);		/* 16550A: FIFOs on */
	dev_uart_write(&u, FCR, 0x00);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x01);
	dev_uart_write(&u, FCR, 0xc1);				/* trigger level 14 */
	dev_uart_write(&u, IER, 0x01);
	dev_uart_rx(&u, 'a');
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xcc);		/* below trigger: timeout */
	for (int i = 0; i < 13; i++)
		dev_uart_rx(&u, 'b');
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc4);		/* at trigger: data available */
	dev_uart_write(&u, FCR, 0x41);				/* trigger 4 */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc4);
	dev_uart_write(&u, IER, 0x00);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc1);		/* disabled: not reported */
}

static void test_thre_interrupt(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	dev_uart_write(&u, MCR, 0x08);				/* OUT2: IRQ reaches the PIC */
	dev_uart_write(&u, IER, 0x02);				/* THR is empty: at once */
	CU_ASSERT_EQUAL(dev_uart_iir(&u), 0x02);
	CU_ASSERT(dev_uart_irq(&u));
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x02);		/* reading IIR acknowledges */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x01);
	CU_ASSERT(!dev_uart_irq(&u));
	dev_uart_write(&u, RBR, 'z');				/* sent: empty again */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x02);
	dev_uart_write(&u, IER, 0x02);				/* no new enable edge */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0x01);
	dev_uart_write(&u, MCR, 0x00);
	dev_uart_write(&u, RBR, 'z');
	CU_ASSERT(!dev_uart_irq(&u));				/* OUT2 low: the pin is gated */
}

static void test_priorities(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	dev_uart_write(&u, FCR, 0x01);
	dev_uart_write(&u, MCR, 0x10);				/* loopback */
	dev_uart_write(&u, IER, 0x0f);
	dev_uart_write(&u, MCR, 0x11);				/* DTR: DSR changes: MSI */
	for (int i = 0; i < 17; i++)				/* one too many: overrun */
		dev_uart_write(&u, RBR, (uint8_t)i);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc6);		/* line status first */
	CU_ASSERT_EQUAL(dev_uart_read(&u, LSR), 0x63);		/* OE | DR, cleared by the read */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc4);		/* then received data */
	for (int i = 0; i < 16; i++)
		CU_ASSERT_EQUAL(dev_uart_read(&u, RBR), i);	/* the 17th was lost */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc2);		/* then THR empty */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc0);		/* then modem status */
	CU_ASSERT_EQUAL(dev_uart_read(&u, MSR), 0x2b);		/* DSR; deltas of CTS, DSR, DCD (loopback on, then DTR) */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR), 0xc1);
}

/* What Linux's 8250 autoconfig does on a 16550A, in its order. */
static void test_linux_autoconfig_probes(void)
{
	struct dev_uart u;
	dev_uart_reset(&u);
	dev_uart_write(&u, IER, 0x00);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER) & 0x0f, 0x00);
	dev_uart_write(&u, IER, 0x0f);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER) & 0x0f, 0x0f);
	dev_uart_write(&u, IER, 0x00);
	dev_uart_write(&u, MCR, 0x1a);				/* LOOP | OUT2 | RTS */
	CU_ASSERT_EQUAL(dev_uart_read(&u, MSR) & 0xf0, 0x90);	/* DCD | CTS */
	dev_uart_write(&u, MCR, 0x00);
	dev_uart_write(&u, FCR, 0x01);
	CU_ASSERT_EQUAL(dev_uart_read(&u, IIR) >> 6, 3);	/* a 16550A */
	dev_uart_write(&u, LCR, 0xbf);				/* EFR probe: IIR reads non-zero */
	CU_ASSERT(dev_uart_read(&u, IIR) != 0);
	dev_uart_write(&u, LCR, 0x03);
	dev_uart_write(&u, IER, 0x40);				/* UUE (XScale) bit does not stick */
	CU_ASSERT_EQUAL(dev_uart_read(&u, IER), 0x00);
	dev_uart_write(&u, MCR, 0x1f);				/* all loopback lines */
	CU_ASSERT_EQUAL(dev_uart_read(&u, MSR) & 0xf0, 0xf0);
	CU_ASSERT(!dev_uart_irq(&u));				/* loopback: the pin is off */
	CU_ASSERT_EQUAL(dev_uart_write(&u, RBR, 'L'), -1);	/* looped, not sent */
	CU_ASSERT_EQUAL(dev_uart_read(&u, RBR), 'L');
	CU_ASSERT(!dev_uart_rx(&u, 'h'));			/* the host cannot feed in loopback */
	dev_uart_write(&u, MCR, 0x0b);
	CU_ASSERT_EQUAL(dev_uart_read(&u, MSR) & 0xf0, 0xb0);	/* a peer again */
}

void td_suite_uart(void)
{
	CU_pSuite s = CU_add_suite("devices-uart", NULL, NULL);
	CU_add_test(s, "transmit", test_transmit);
	CU_add_test(s, "dlab-scratch-ier", test_dlab_scratch_ier);
	CU_add_test(s, "receive-fifo", test_receive);
	CU_add_test(s, "fcr-and-iir", test_fifo_iir);
	CU_add_test(s, "thre-interrupt", test_thre_interrupt);
	CU_add_test(s, "interrupt-priorities", test_priorities);
	CU_add_test(s, "linux-autoconfig-probes", test_linux_autoconfig_probes);
}
