/* portio.c - port I/O: a 16550 console and a PIC remap. */
static inline unsigned char inb(unsigned short port)
{
	unsigned char v;
	asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outb(unsigned char v, unsigned short port)
{
	asm volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline unsigned int inl(unsigned short port)
{
	unsigned int v;
	asm volatile("inl %w1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outw(unsigned short v, unsigned short port)
{
	asm volatile("outw %0, %w1" : : "a"(v), "Nd"(port));
}

static inline void insb(unsigned short port, void *buf, unsigned long n)
{
	asm volatile("rep insb" : "+D"(buf), "+c"(n) : "d"(port) : "memory");
}

static inline void outsw(unsigned short port, const void *buf, unsigned long n)
{
	asm volatile("rep outsw" : "+S"(buf), "+c"(n) : "d"(port));
}

#define COM1 0x3f8

void serial_putc(char c)
{
	while (!(inb(COM1 + 5) & 0x20))
		;
	outb((unsigned char)c, COM1);
}

void serial_puts(const char *s)
{
	while (*s) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

void pic_remap(unsigned char a, unsigned char b)
{
	outb(0x11, 0x20);
	outb(0x80, 0x80);	/* io delay */
	outb(0x11, 0xa0);
	outb(a, 0x21);
	outb(b, 0xa1);
	outb(0xff, 0x21);
}

unsigned int pci_read(unsigned bus, unsigned dev, unsigned fn, unsigned off)
{
	unsigned int addr = 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (off & 0xfc);
	asm volatile("outl %0, %w1" : : "a"(addr), "Nd"(0xcf8));
	return inl(0xcfc);
}

void ide_read(void *buf, void *out)
{
	insb(0x1f0, buf, 512);
	outsw(0x1f0, out, 256);
	outw(0, 0x1f6);
}
