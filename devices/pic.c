/*
 * pic.c - the 8259A pair of a PC: master at 0x20/0x21 (vectors from ICW2,
 * reset 0x08), slave at 0xa0/0xa1 (reset 0x70) cascaded on master IRQ2.
 *
 * Modelled: ICW1-ICW4 (ICW3 accepted, the cascade is always IRQ2), IMR
 * (OCW1), specific and non-specific EOI (OCW2; the rotate bits are
 * ignored), OCW3 IRR/ISR read select, auto-EOI (ICW4 bit 1), edge
 * triggering (a rising line sets IRR; IRR stays set while the line falls
 * again, as the host's pulses need), fully nested priority (IRQ0 highest,
 * a request waits while one of equal or higher priority is in service).
 * Not modelled: level-triggered mode (ELCR reads 0), poll mode, special
 * mask and special fully nested modes, priority rotation.
 */
#include "devices.h"

#define PIC_ICW1	0x10
#define PIC_ICW1_IC4	0x01
#define PIC_ICW4_AEOI	0x02
#define PIC_OCW3_MASK	0x18
#define PIC_OCW3	0x08
#define PIC_OCW3_RR	0x02
#define PIC_OCW3_RIS	0x01
#define PIC_OCW2_EOI	0x20
#define PIC_OCW2_SL	0x40

void dev_pic_reset(struct dev_pics *p)
{
	p->c[0] = (struct dev_pic){ .imr = 0xff, .base = 0x08 };
	p->c[1] = (struct dev_pic){ .imr = 0xff, .base = 0x70 };
}

bool dev_pic_port(uint16_t port)
{
	return port == 0x20 || port == 0x21 || port == 0xa0 || port == 0xa1;
}

static void dev_pic_chip_write(struct dev_pic *c, bool data, uint8_t v)
{
	if (!data && (v & PIC_ICW1)) {		/* ICW1: initialisation restarts */
		uint8_t base = c->base, level = c->level;
		*c = (struct dev_pic){ .base = base, .level = level, .icw_step = 2,
				       .icw4 = v & PIC_ICW1_IC4 };
		return;
	}
	if (data) {
		switch (c->icw_step) {
		case 2: c->base = v & 0xf8; c->icw_step = 3; return;		/* ICW2 */
		case 3: c->icw_step = c->icw4 ? 4 : 0; return;			/* ICW3 */
		case 4: c->aeoi = !!(v & PIC_ICW4_AEOI); c->icw_step = 0; return;	/* ICW4 */
		default: c->imr = v; return;					/* OCW1 */
		}
	}
	if ((v & PIC_OCW3_MASK) == PIC_OCW3) {
		if (v & PIC_OCW3_RR)
			c->read_isr = v & PIC_OCW3_RIS;
		return;
	}
	if (!(v & PIC_OCW2_EOI))
		return;				/* OCW2 without EOI: rotation, not modelled */
	if (v & PIC_OCW2_SL) {			/* specific EOI */
		c->isr &= (uint8_t)~(1u << (v & 7));
		return;
	}
	for (int i = 0; i < 8; i++)		/* non-specific: highest priority in service */
		if (c->isr & (1u << i)) {
			c->isr &= (uint8_t)~(1u << i);
			return;
		}
}

void dev_pic_write(struct dev_pics *p, uint16_t port, uint8_t v)
{
	dev_pic_chip_write(&p->c[port >= 0xa0], port & 1, v);
}

uint8_t dev_pic_read(const struct dev_pics *p, uint16_t port)
{
	const struct dev_pic *c = &p->c[port >= 0xa0];
	return (port & 1) ? c->imr : c->read_isr ? c->isr : c->irr;
}

void dev_pic_set_irq(struct dev_pics *p, unsigned irq, bool level)
{
	if (irq > 15)
		return;
	struct dev_pic *c = &p->c[irq >= 8];
	uint8_t bit = (uint8_t)(1u << (irq & 7));
	if (level && !(c->level & bit))
		c->irr |= bit;			/* rising edge latches the request */
	if (level)
		c->level |= bit;
	else
		c->level &= (uint8_t)~bit;
}

void dev_pic_pulse(struct dev_pics *p, unsigned irq)
{
	/* up and down again: latched unless the line was already high */
	if (irq > 15)
		return;
	struct dev_pic *c = &p->c[irq >= 8];
	uint8_t bit = (uint8_t)(1u << (irq & 7));
	if (!(c->level & bit))
		c->irr |= bit;
	c->level &= (uint8_t)~bit;
}

/* Highest-priority unmasked request not blocked by one in service, or -1. */
static int dev_pic_best(const struct dev_pic *c, uint8_t irr)
{
	uint8_t req = irr & ~c->imr;
	for (int i = 0; i < 8; i++) {
		if (c->isr & (1u << i))
			return -1;	/* fully nested: lower priorities wait */
		if (req & (1u << i))
			return i;
	}
	return -1;
}

int dev_pic_pending(const struct dev_pics *p)
{
	int s = dev_pic_best(&p->c[1], p->c[1].irr);
	uint8_t cascade = s >= 0 ? (uint8_t)(1u << DEV_PIC_CASCADE) : 0;
	int m = dev_pic_best(&p->c[0], p->c[0].irr | cascade);
	if (m < 0)
		return -1;
	if (m == DEV_PIC_CASCADE && s >= 0)
		return p->c[1].base + s;
	return p->c[0].base + m;
}

static void dev_pic_take(struct dev_pic *c, unsigned i)
{
	uint8_t bit = (uint8_t)(1u << i);
	c->irr &= (uint8_t)~bit;
	if (!c->aeoi)
		c->isr |= bit;
}

void dev_pic_ack(struct dev_pics *p, int vector)
{
	/* The slave first: its window is checked before the master's, as both
	 * bases are guest-chosen and a vector can only come from one. */
	for (int n = 1; n >= 0; n--) {
		struct dev_pic *c = &p->c[n];
		if (vector >= c->base && vector < c->base + 8) {
			dev_pic_take(c, (unsigned)(vector - c->base));
			if (n == 1)		/* the cascade line on the master */
				dev_pic_take(&p->c[0], DEV_PIC_CASCADE);
			return;
		}
	}
}

void dev_pic_eoi_vector(struct dev_pics *p, unsigned vector)
{
	for (int n = 1; n >= 0; n--) {
		struct dev_pic *c = &p->c[n];
		if (vector >= c->base && vector < c->base + 8u)
			c->isr &= (uint8_t)~(1u << (vector - c->base));
	}
	if (vector >= p->c[1].base && vector < p->c[1].base + 8u)
		p->c[0].isr &= (uint8_t)~(1u << DEV_PIC_CASCADE);
}

bool dev_pic_masked(const struct dev_pics *p, unsigned irq)
{
	if (irq >= 8)
		return (p->c[1].imr & (1u << (irq & 7))) || (p->c[0].imr & (1u << DEV_PIC_CASCADE));
	return p->c[0].imr & (1u << irq);
}
