/* msr.c - MSRs and time stamp counters. */
typedef unsigned long long u64;
typedef unsigned int u32;

static inline u64 rdmsr(u32 msr)
{
	u32 lo, hi;
	asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return (u64)hi << 32 | lo;
}

static inline void wrmsr(u32 msr, u64 v)
{
	asm volatile("wrmsr" : : "c"(msr), "a"((u32)v), "d"((u32)(v >> 32)) : "memory");
}

static inline u64 rdtsc(void)
{
	u32 lo, hi;
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (u64)hi << 32 | lo;
}

static inline u64 rdtscp(u32 *aux)
{
	u32 lo, hi;
	asm volatile("rdtscp" : "=a"(lo), "=d"(hi), "=c"(*aux));
	return (u64)hi << 32 | lo;
}

static inline u64 rdpmc(u32 c)
{
	u32 lo, hi;
	asm volatile("rdpmc" : "=a"(lo), "=d"(hi) : "c"(c));
	return (u64)hi << 32 | lo;
}

#define MSR_EFER 0xc0000080u
#define MSR_GS_BASE 0xc0000101u
#define MSR_TSC_DEADLINE 0x6e0u

void efer_set_nx(void)
{
	u64 e = rdmsr(MSR_EFER);
	if (!(e & (1ull << 11)))
		wrmsr(MSR_EFER, e | 1ull << 11);
}

void set_gs_base(u64 base)
{
	wrmsr(MSR_GS_BASE, base);
}

void arm_deadline(u64 delta)
{
	wrmsr(MSR_TSC_DEADLINE, rdtsc() + delta);
}

u64 cycles_between(volatile int *flag)
{
	u32 cpu;
	u64 t0 = rdtscp(&cpu);
	while (!*flag)
		;
	return rdtscp(&cpu) - t0 + rdpmc(0) * 0;
}

void delay(u64 cycles)
{
	u64 end = rdtsc() + cycles;
	while (rdtsc() < end)
		asm volatile("pause");
}
