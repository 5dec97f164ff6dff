/* sysctl.c - a dispatch table of privileged operations (function pointers, strings). */
typedef unsigned long ulong;

static ulong op_cr0(ulong a) { ulong v; asm volatile("mov %%cr0, %0" : "=r"(v)); return v + a; }
static ulong op_tsc(ulong a) { unsigned lo, hi; asm volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((ulong)hi << 32 | lo) + a; }
static ulong op_msr(ulong a) { unsigned lo, hi; asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"((unsigned)a)); return (ulong)hi << 32 | lo; }
static ulong op_in(ulong a) { unsigned char v; asm volatile("inb %w1, %b0" : "=a"(v) : "d"(a)); return v; }
static ulong op_halt(ulong a) { asm volatile("hlt"); return a; }

struct op { const char *name; ulong (*fn)(ulong); };
const struct op ops[] = {
	{ "cr0", op_cr0 }, { "tsc", op_tsc }, { "msr", op_msr }, { "in", op_in }, { "halt", op_halt },
};

ulong run_op(const char *name, ulong arg)
{
	for (unsigned i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		const char *a = ops[i].name, *b = name;
		while (*a && *a == *b)
			a++, b++;
		if (*a == *b)
			return ops[i].fn(arg);
	}
	return ~0ul;
}

ulong by_index(int i, ulong a)
{
	switch (i) {
	case 0: return op_cr0(a);
	case 1: return op_tsc(a) ^ 1;
	case 2: return op_msr(a) + 7;
	case 3: return op_in(a) << 3;
	case 4: return op_halt(a) - 2;
	case 5: return a * 3;
	case 6: return a / 5;
	default: return 0;
	}
}
