/* crregs.c - control registers, TLB and cache maintenance. */
typedef unsigned long ulong;

static inline ulong read_cr0(void) { ulong v; asm volatile("mov %%cr0, %0" : "=r"(v)); return v; }
static inline void write_cr0(ulong v) { asm volatile("mov %0, %%cr0" : : "r"(v) : "memory"); }
static inline ulong read_cr2(void) { ulong v; asm volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline ulong read_cr3(void) { ulong v; asm volatile("mov %%cr3, %0" : "=r"(v)); return v; }
static inline void write_cr3(ulong v) { asm volatile("mov %0, %%cr3" : : "r"(v) : "memory"); }
static inline ulong read_cr4(void) { ulong v; asm volatile("movq %%cr4, %0" : "=r"(v)); return v; }
static inline void write_cr4(ulong v) { asm volatile("movq %0, %%cr4" : : "r"(v) : "memory"); }

static inline void invlpg(const void *p)
{
	asm volatile("invlpg (%0)" : : "r"(p) : "memory");
}

ulong fault_addr;

void flush_tlb(void)
{
	write_cr3(read_cr3());
}

void flush_range(const char *start, ulong len)
{
	for (ulong off = 0; off < len; off += 4096)
		invlpg(start + off);
}

void flush_global(void)
{
	ulong cr4 = read_cr4();
	write_cr4(cr4 & ~0x80ul);
	write_cr4(cr4);
}

void cache_disable(void)
{
	write_cr0(read_cr0() | 1ul << 30);
	asm volatile("wbinvd" : : : "memory");
}

void fpu_enable(void)
{
	asm volatile("clts");
	write_cr0(read_cr0() & ~0xcul);
}

void page_fault(void)
{
	fault_addr = read_cr2();
}

static char page[4096] __attribute__((aligned(4096)));

void touch(void)
{
	invlpg(page);
	asm volatile("invlpg %0" : : "m"(page[64]));
}
