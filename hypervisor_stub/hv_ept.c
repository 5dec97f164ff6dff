/*
 * hv_ept.c - the guest's extended page tables (SDM 3C 28.2).
 *
 * Guest-physical [0, HV_GUEST_MEM) maps onto host-physical
 * [HV_GUEST_HPA, HV_GUEST_HPA + HV_GUEST_MEM) with 2 MiB write-back pages:
 *
 *   gpa  47..39 PML4 | 38..30 PDPT | 29..21 PD | 20..0 offset in 2 MiB page
 *
 * Nothing else is mapped: the hypervisor's image, stacks, VMCS, these very
 * tables, the GRUB modules and all devices (LAPIC, IOAPIC, VGA MMIO) are
 * invisible to the guest; touching them is an EPT violation (hv_exit.c).
 */
#include "hv.h"

#define EPT_2M		(2ull << 20)

static uint64_t hv_ept_pml4[512] __attribute__((aligned(4096)));
static uint64_t hv_ept_pdpt[512] __attribute__((aligned(4096)));
static uint64_t hv_ept_pd[512] __attribute__((aligned(4096)));

#define HV_EPT_SPLIT_MAX	256	/* page tables: 512 MiB of split guest memory */
static uint64_t hv_ept_pt[HV_EPT_SPLIT_MAX][512] __attribute__((aligned(4096)));
static unsigned hv_ept_nsplit;

_Static_assert(HV_GUEST_MEM <= 512 * EPT_2M, "one EPT page directory covers the guest");
_Static_assert(HV_GUEST_MEM % EPT_2M == 0 && HV_GUEST_HPA % EPT_2M == 0, "2 MiB granules");

uint64_t hv_ept_build(struct hv_guest *g)
{
	const uint64_t rwx = EPT_R | EPT_W | EPT_X;

	hv_memset(hv_ept_pml4, 0, sizeof(hv_ept_pml4));
	hv_memset(hv_ept_pdpt, 0, sizeof(hv_ept_pdpt));
	hv_memset(hv_ept_pd, 0, sizeof(hv_ept_pd));
	hv_ept_nsplit = 0;
	hv_ept_pml4[0] = (uint64_t)hv_ept_pdpt | rwx;
	hv_ept_pdpt[0] = (uint64_t)hv_ept_pd | rwx;
	for (uint64_t off = 0; off < g->mem_size; off += EPT_2M)
		hv_ept_pd[off / EPT_2M] = (g->mem_hpa + off) | rwx | EPT_MEMTYPE_WB | EPT_LARGE;
	hv_printf("hv: EPT: guest-physical 0x0-0x%lx -> host 0x%lx-0x%lx (2 MiB pages, WB), nothing else\n",
		  g->mem_size - 1, g->mem_hpa, g->mem_hpa + g->mem_size - 1);
	return (uint64_t)hv_ept_pml4 | EPTP_MEMTYPE_WB | EPTP_WALK_LEN_4;
}

/*
 * Write-protect one 4 KiB guest frame (hv_prof.c) or give write access back.
 * Its 2 MiB page is split into a page table from a fixed pool the first
 * time; split pages stay split.  The caller flushes (hv_invept_all).
 */
int hv_ept_protect(struct hv_guest *g, uint64_t gpa, int protect)
{
	const uint64_t rwx = EPT_R | EPT_W | EPT_X;
	if (gpa >= g->mem_size)
		return -1;
	uint64_t *pde = &hv_ept_pd[gpa / EPT_2M];
	if (*pde & EPT_LARGE) {
		if (!protect)
			return 0;	/* never split: writable */
		if (hv_ept_nsplit == HV_EPT_SPLIT_MAX)
			return -1;
		uint64_t *pt = hv_ept_pt[hv_ept_nsplit++];
		uint64_t base = *pde & ~(EPT_2M - 1);
		for (unsigned i = 0; i < 512; i++)
			pt[i] = (base + i * HV_PAGE) | rwx | EPT_MEMTYPE_WB;
		*pde = (uint64_t)pt | rwx;
	}
	uint64_t *pte = (uint64_t *)(*pde & ~0xfffull) + (gpa % EPT_2M) / HV_PAGE;
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
