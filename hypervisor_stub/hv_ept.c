/*
 * hv_ept.c - the guest's extended page tables (SDM 3C 28.2).
 *
 * Guest-physical [0, mem_size) maps onto host-physical
 * [mem_hpa, mem_hpa + mem_size) with write-back pages, 2 MiB wherever the
 * guest and host addresses are both 2 MiB aligned (the whole of RAM when
 * hv.mem= is a multiple of 2 MiB: the backing store starts on a 2 MiB
 * boundary), 4 KiB pages for a tail that is not:
 *
 *   gpa  47..39 PML4 | 38..30 PDPT | 29..21 PD | 20..12 PT | 11..0 offset
 *
 * 1 GiB pages would need the backing store on a 1 GiB boundary of the
 * machine's RAM, which Bochs' few hundred MiB rarely have: not used.
 *
 * Nothing else is mapped unless someone calls hv_ept_map(): the
 * hypervisor's image, stacks, VMCS, these very tables, the GRUB modules and
 * all devices are invisible to the guest; touching them is an EPT violation
 * (hv_exit.c).  The 640 KiB-1 MiB hole is RAM here (zeroes, no ROMs): the
 * guest's memory map calls it reserved, as a PC's does, and a guest that
 * scans it for BIOS tables finds none.
 *
 * The tables come from a static pool, rebuilt for each guest in turn.
 */
#include "hv.h"

#define EPT_2M		(2ull << 20)
#define EPT_4K		4096ull
#define EPT_ADDR	0x000ffffffffff000ull
/* PML4, PDPT, one PD per GiB of HV_GUEST_MEM_MAX plus the MMIO GiB, PTs for
 * unaligned pieces (a RAM tail, pages mapped one by one). */
#define EPT_POOL	(2 + 4 + 8)

static uint64_t hv_ept_pool[EPT_POOL][512] __attribute__((aligned(4096)));
static unsigned hv_ept_used;
/* 2 MiB pages split by hv_ept_protect (profiling): 512 MiB of guest RAM. */
#define HV_EPT_SPLIT_MAX	256
static uint64_t hv_ept_split[HV_EPT_SPLIT_MAX][512] __attribute__((aligned(4096)));
static unsigned hv_ept_nsplit;

_Static_assert(HV_GUEST_MEM_MAX <= (4ull << 30), "one PDPT, four PDs cover guest RAM");

static uint64_t *hv_ept_table(void)
{
	if (hv_ept_used == EPT_POOL)
		return 0;
	uint64_t *t = hv_ept_pool[hv_ept_used++];
	hv_memset(t, 0, 4096);
	return t;
}

/* The table entry e points to, made if absent (non-leaf entries are RWX:
 * the leaf decides). */
static uint64_t *hv_ept_next(uint64_t *e)
{
	if (!(*e & (EPT_R | EPT_W | EPT_X))) {
		uint64_t *t = hv_ept_table();
		if (!t)
			return 0;
		*e = (uint64_t)t | EPT_R | EPT_W | EPT_X;	/* host is identity mapped */
	} else if (*e & EPT_LARGE) {
		return 0;	/* already a 2 MiB page: callers never split one */
	}
	return (uint64_t *)(*e & EPT_ADDR);
}

int hv_ept_map(uint64_t gpa, uint64_t hpa, uint64_t len, uint64_t attr)
{
	uint64_t *pml4 = hv_ept_pool[0];

	while (len) {
		uint64_t *pdpt = hv_ept_next(&pml4[(gpa >> 39) & 511]);
		uint64_t *pd = pdpt ? hv_ept_next(&pdpt[(gpa >> 30) & 511]) : 0;
		if (!pd)
			goto full;
		uint64_t *pde = &pd[(gpa >> 21) & 511];
		if (!(gpa & (EPT_2M - 1)) && !(hpa & (EPT_2M - 1)) && len >= EPT_2M && !*pde) {
			*pde = hpa | attr | EPT_LARGE;
			gpa += EPT_2M, hpa += EPT_2M, len -= EPT_2M;
			continue;
		}
		uint64_t *pt = hv_ept_next(pde);
		if (!pt)
			goto full;
		pt[(gpa >> 12) & 511] = hpa | attr;
		gpa += EPT_4K, hpa += EPT_4K;
		len = len > EPT_4K ? len - EPT_4K : 0;
	}
	return 0;
full:
	hv_printf("hv: EPT: no table for guest-physical 0x%lx (pool of %u pages used up, or a 2 MiB page there)\n",
		  gpa, EPT_POOL);
	return -1;
}

uint64_t hv_ept_build(struct hv_guest *g)
{
	const uint64_t ram = EPT_R | EPT_W | EPT_X | EPT_MEMTYPE_WB;
	uint64_t big = g->mem_size & ~(EPT_2M - 1);

	hv_ept_used = 0;
	hv_ept_nsplit = 0;
	hv_ept_table();		/* the PML4: pool[0] */
	if (hv_ept_map(0, g->mem_hpa, g->mem_size, ram) < 0)
		hv_fatal("EPT for %lu bytes of guest RAM does not fit the table pool", g->mem_size);
	hv_printf("hv: EPT: guest-physical 0x0-0x%lx -> host 0x%lx-0x%lx (WB; %lu 2 MiB pages, %lu 4 KiB pages, %u tables), nothing else\n",
		  g->mem_size - 1, g->mem_hpa, g->mem_hpa + g->mem_size - 1, (uint64_t)(big / EPT_2M),
		  (uint64_t)((g->mem_size - big) / EPT_4K), hv_ept_used);
	return (uint64_t)hv_ept_pool[0] | EPTP_MEMTYPE_WB | EPTP_WALK_LEN_4;
}

/*
 * Write-protect one 4 KiB guest frame (hv_prof.c) or give write access back.
 * Its 2 MiB page is split into a page table from a pool of its own the first
 * time; split pages stay split until the next guest's hv_ept_build.  The
 * caller flushes (hv_invept_all).
 */
int hv_ept_protect(struct hv_guest *g, uint64_t gpa, int protect)
{
	const uint64_t *pml4 = hv_ept_pool[0];
	if (gpa >= g->mem_size || !(pml4[(gpa >> 39) & 511] & EPT_R))
		return -1;
	const uint64_t *pdpt = (const uint64_t *)(pml4[(gpa >> 39) & 511] & EPT_ADDR);
	if (!(pdpt[(gpa >> 30) & 511] & EPT_R))
		return -1;
	uint64_t *pd = (uint64_t *)(pdpt[(gpa >> 30) & 511] & EPT_ADDR);
	uint64_t *pde = &pd[(gpa >> 21) & 511];
	if (*pde & EPT_LARGE) {
		if (!protect)
			return 0;	/* never split: writable */
		if (hv_ept_nsplit == HV_EPT_SPLIT_MAX)
			return -1;
		uint64_t *pt = hv_ept_split[hv_ept_nsplit++];
		uint64_t base = *pde & EPT_ADDR & ~(EPT_2M - 1), attr = *pde & 0xfff & ~(uint64_t)EPT_LARGE;
		for (unsigned i = 0; i < 512; i++)
			pt[i] = (base + i * EPT_4K) | attr;
		*pde = (uint64_t)pt | EPT_R | EPT_W | EPT_X;
	}
	uint64_t *pte = (uint64_t *)(*pde & EPT_ADDR) + ((gpa >> 12) & 511);
	if (protect)
		*pte &= ~(uint64_t)EPT_W;
	else
		*pte |= EPT_W;
	return 0;
}

void *hv_gpa_to_hva(struct hv_guest *g, uint64_t gpa, uint64_t len)
{
	if (gpa >= g->mem_size || len > g->mem_size - gpa)
		return 0;
	return (void *)(g->mem_hpa + gpa);	/* host is identity mapped */
}
