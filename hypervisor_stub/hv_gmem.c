/*
 * hv_gmem.c - reach guest memory the way the guest addresses it: translate a
 * guest-linear address through the guest's own paging (none, 32-bit, PAE or
 * 4-level, SDM 3A 4.3-4.5) to guest-physical, then through our EPT view
 * (hv_gpa_to_hva) to a host pointer.  Used when we emulate an instruction
 * that touches memory (string I/O).  Accessed/dirty bits are not updated:
 * the walks are for the hypervisor's reads and writes, not the guest's TLB.
 */
#include "hv.h"

static int hv_pte(struct hv_guest *g, uint64_t table, unsigned idx, int wide, uint64_t *pte)
{
	void *p = hv_gpa_to_hva(g, table + idx * (wide ? 8u : 4u), wide ? 8 : 4);
	if (!p)
		return -1;
	*pte = wide ? *(uint64_t *)p : *(uint32_t *)p;
	return (*pte & PTE_P) ? 0 : -1;
}

/* Returns 0 and *gpa, or -1 when the guest's tables do not map lin. */
int hv_gva_to_gpa(struct hv_guest *g, uint64_t lin, uint64_t *gpa)
{
	uint64_t cr0 = vmx_read(VMCS_GUEST_CR0), cr4 = vmx_read(VMCS_GUEST_CR4);
	uint64_t efer = vmx_read(VMCS_GUEST_EFER), cr3 = hv_guest_cr3();	/* not the shadow's */
	uint64_t e;

	if (!(cr0 & CR0_PG)) {
		*gpa = lin & 0xffffffffull;
		return 0;
	}
	if (!(cr4 & CR4_PAE)) {		/* 32-bit paging: 10/10/12, 4 MiB pages with PSE */
		if (hv_pte(g, cr3 & 0xfffff000ull, (lin >> 22) & 0x3ff, 0, &e))
			return -1;
		if (e & PTE_PS) {
			*gpa = (e & 0xffc00000ull) | (lin & 0x3fffff);
			return 0;
		}
		if (hv_pte(g, e & 0xfffff000ull, (lin >> 12) & 0x3ff, 0, &e))
			return -1;
		*gpa = (e & 0xfffff000ull) | (lin & 0xfff);
		return 0;
	}
	uint64_t table;
	int level;
	if (efer & EFER_LMA) {		/* 4-level: 9/9/9/9/12 */
		table = cr3 & PTE_ADDR;
		level = 4;
	} else {			/* PAE: 2/9/9/12, PDPTEs from CR3 */
		if (hv_pte(g, cr3 & 0xffffffe0ull, (lin >> 30) & 3, 1, &e))
			return -1;
		table = e & PTE_ADDR;
		level = 2;
	}
	for (; level >= 1; level--) {
		unsigned shift = 12 + 9 * (level - 1);
		if (hv_pte(g, table, (lin >> shift) & 0x1ff, 1, &e))
			return -1;
		if (level == 1 || ((level == 2 || level == 3) && (e & PTE_PS))) {
			uint64_t mask = (1ull << shift) - 1;
			*gpa = (e & PTE_ADDR & ~mask) | (lin & mask);
			return 0;
		}
		table = e & PTE_ADDR;
	}
	return -1;
}

void *hv_gva_to_hva(struct hv_guest *g, uint64_t lin, uint64_t len)
{
	uint64_t gpa;
	if ((lin & 0xfff) + len > 0x1000 || hv_gva_to_gpa(g, lin, &gpa))
		return 0;	/* callers access one element, never across a page */
	return hv_gpa_to_hva(g, gpa, len);
}
