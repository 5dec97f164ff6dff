/* swapgs.c - per-cpu base switching and user access windows. */
typedef unsigned long ulong;

static inline void swapgs(void) { asm volatile("swapgs" : : : "memory"); }
static inline ulong rdgsbase(void) { ulong v; asm volatile("rdgsbase %0" : "=r"(v)); return v; }
static inline void wrgsbase(ulong v) { asm volatile("wrgsbase %0" : : "r"(v)); }
static inline ulong rdfsbase(void) { ulong v; asm volatile("rdfsbase %0" : "=r"(v)); return v; }
static inline void wrfsbase(ulong v) { asm volatile("wrfsbase %0" : : "r"(v)); }
static inline void stac(void) { asm volatile("stac" : : : "memory"); }
static inline void clac(void) { asm volatile("clac" : : : "memory"); }

struct percpu { ulong self; int cpu; ulong kstack; };

int this_cpu(void)
{
	int c;
	asm volatile("movl %%gs:%c1, %0" : "=r"(c) : "i"(__builtin_offsetof(struct percpu, cpu)));
	return c;
}

ulong user_gs(void)
{
	swapgs();
	ulong v = rdgsbase();
	swapgs();
	return v;
}

void set_tls(ulong fs, ulong gs)
{
	if (rdfsbase() != fs)
		wrfsbase(fs);
	wrgsbase(gs);
}

long copy_from_user(void *dst, const void *src, ulong n)
{
	stac();
	asm volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
	clac();
	return (long)n;
}
