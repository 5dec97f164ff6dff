/* cpuid.c - feature detection with cpuid, xgetbv and xsetbv. */
struct regs { unsigned a, b, c, d; };

static inline void cpuid(unsigned leaf, unsigned sub, struct regs *r)
{
	asm volatile("cpuid" : "=a"(r->a), "=b"(r->b), "=c"(r->c), "=d"(r->d)
		     : "a"(leaf), "c"(sub));
}

static inline unsigned long long xgetbv(unsigned idx)
{
	unsigned lo, hi;
	asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(idx));
	return (unsigned long long)hi << 32 | lo;
}

static inline void xsetbv(unsigned idx, unsigned long long v)
{
	asm volatile("xsetbv" : : "c"(idx), "a"((unsigned)v), "d"((unsigned)(v >> 32)));
}

char vendor[13];
unsigned features[4];

int detect(void)
{
	struct regs r;
	cpuid(0, 0, &r);
	((unsigned *)vendor)[0] = r.b;
	((unsigned *)vendor)[1] = r.d;
	((unsigned *)vendor)[2] = r.c;
	vendor[12] = 0;
	if (r.a >= 7) {
		cpuid(7, 0, &r);
		features[2] = r.b;
	}
	cpuid(1, 0, &r);
	features[0] = r.c;
	features[1] = r.d;
	return r.a >> 8 & 0xf;
}

int enable_avx(void)
{
	if (!(features[0] & (1u << 27)))
		return -1;
	xsetbv(0, xgetbv(0) | 7);
	return 0;
}

unsigned max_leaf(unsigned base)
{
	struct regs r;
	unsigned n = 0;
	for (unsigned l = base; l < base + 4; l++) {
		cpuid(l, 0, &r);
		n += r.a != 0;
	}
	return n;
}
