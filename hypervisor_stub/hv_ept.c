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

_Static_assert(HV_GUEST_MEM <= 512 * EPT_2M, "one EPT page directory covers the guest");
_Static_assert(HV_GUEST_MEM % EPT_2M == 0 && HV_GUEST_HPA % EPT_2M == 0, "2 MiB granules");

uint64_t hv_ept_build(struct hv_guest *g)
{
	const uint64_t rwx = EPT_R | EPT_W | EPT_X;

	hv_memset(hv_ept_pml4, 0, sizeof(hv_ept_pml4));
	hv_memset(hv_ept_pdpt, 0, sizeof(hv_ept_pdpt));
	hv_memset(hv_ept_pd, 0, sizeof(hv_ept_pd));
	hv_ept_pml4[0] = (uint64_t)hv_ept_pdpt | rwx;
	hv_ept_pdpt[0] = (uint64_t)hv_ept_pd | rwx;
	for (uint64_t off = 0; off < g->mem_size; off += EPT_2M)
		hv_ept_pd[off / EPT_2M] = (g->mem_hpa + off) | rwx | EPT_MEMTYPE_WB | EPT_LARGE;
	hv_printf("hv: EPT: guest-physical 0x0-0x%lx -> host 0x%lx-0x%lx (2 MiB pages, WB), nothing else\n",
		  g->mem_size - 1, g->mem_hpa, g->mem_hpa + g->mem_size - 1);
	return (uint64_t)hv_ept_pml4 | EPTP_MEMTYPE_WB | EPTP_WALK_LEN_4;
}

void *hv_gpa_to_hva(struct hv_guest *g, uint64_t gpa, uint64_t len)
{
	if (gpa >= g->mem_size || len > g->mem_size - gpa)
		return 0;
	return (void *)(g->mem_hpa + gpa);	/* host is identity mapped */
}
