/* desc.c - descriptor tables and segment registers. */
struct dtr { unsigned short limit; unsigned long base; } __attribute__((packed));

unsigned long gdt[8];
unsigned long idt[512];
static struct dtr saved;

void load_gdt(void)
{
	struct dtr d = { sizeof(gdt) - 1, (unsigned long)gdt };
	asm volatile("lgdt %0" : : "m"(d));
	asm volatile("mov %0, %%ds\n\tmov %0, %%es\n\tmov %0, %%ss" : : "r"(0x10) : "memory");
}

void load_idt(void)
{
	struct dtr d = { sizeof(idt) - 1, (unsigned long)idt };
	asm volatile("lidt %0" : : "m"(d));
}

void save_tables(struct dtr *g)
{
	asm volatile("sgdt %0" : "=m"(*g));
	asm volatile("sidt %0" : "=m"(saved));
}

void load_tr(unsigned short sel)
{
	asm volatile("ltr %0" : : "rm"(sel));
	asm volatile("lldt %w0" : : "r"(0));
}

unsigned short cur_tr(void)
{
	unsigned short t;
	asm volatile("str %0" : "=r"(t));
	return t;
}

unsigned short read_fs(void)
{
	unsigned short s;
	asm volatile("mov %%fs, %0" : "=r"(s));
	return s;
}

void fs_roundtrip(void)
{
	asm volatile("push %%fs; pop %%fs" : : : "memory");
	asm volatile("pushq %%gs\n\tpopq %%gs" : : : "memory");
}

int seg_ok(unsigned short sel)
{
	unsigned int lim = 0;
	unsigned long ar = 0;
	asm volatile("lsl %1, %0" : "=r"(lim) : "rm"((unsigned int)sel));
	asm volatile("lar %1, %0" : "=r"(ar) : "r"((unsigned long)sel));
	asm goto("verr %0; jz %l[bad]" : : "m"(sel) : "cc" : bad);
	return (int)lim + (int)ar;
bad:
	return -1;
}
