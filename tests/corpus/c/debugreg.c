/* debugreg.c - hardware breakpoints through the debug registers. */
typedef unsigned long ulong;

#define get_dr(n) ({ ulong v; asm volatile("mov %%db" #n ", %0" : "=r"(v)); v; })
#define set_dr(n, v) asm volatile("mov %0, %%db" #n : : "r"((ulong)(v)))

ulong saved_dr7;

void set_breakpoint(int slot, const void *addr)
{
	switch (slot) {
	case 0: set_dr(0, addr); break;
	case 1: set_dr(1, addr); break;
	case 2: set_dr(2, addr); break;
	default: set_dr(3, addr); break;
	}
	ulong dr7 = get_dr(7);
	dr7 |= 1ul << (slot * 2);
	set_dr(7, dr7);
}

ulong debug_status(void)
{
	ulong s = get_dr(6);
	set_dr(6, 0);
	return s;
}

void save_debug(void)
{
	saved_dr7 = get_dr(7);
	set_dr(7, 0);
}

void breakpoint(void)
{
	asm volatile("int3");
}

void breakpoint2(void)
{
	asm volatile("int $3");
}

void trap(int v)
{
	if (v)
		asm volatile("int $0x80");
	else
		asm volatile("ud2");
}
