/*
 * paging.c - the guest's own 4-level page tables, built at run time.
 *
 *   VA 0 .. 4 MiB      4 KiB pages (page 0 not present: catches NULL)
 *   VA 4 MiB .. 1 GiB  2 MiB pages
 *   VA 1 GiB ..        per-process window (PDPT[1]), see guest_new_address_space
 *
 * Everything is identity mapped, writable, executable and user accessible:
 * ring-3 processes run code from the image, and on the trace back end a
 * user-mode site jumps into its slot in afterburn_slots and counts there.
 * Pages (tables, process pages, kernel stacks) come from the free memory
 * right after the image, below GUEST_TEST_VA, zeroed on allocation.  Not
 * from bss: QEMU's multiboot loader copies bss (zeroes) into the guest
 * through fw_cfg, which the KVM here emulates byte by byte - every KiB of
 * bss costs boot time there.  The multiboot information that may lie in
 * this memory has been consumed before the first allocation.
 */
#include "guest.h"

#define POOL_PAGES	96
unsigned guest_pages_used;
static uint64_t kernel_pml4;

extern char __guest_bss_end[];

void *guest_pages_alloc(unsigned n)
{
	uint64_t base = ((uintptr_t)__guest_bss_end + GUEST_PAGE_SIZE - 1) & ~(GUEST_PAGE_SIZE - 1);
	if (guest_pages_used + n > POOL_PAGES)
		guest_panic("page pool exhausted", 0);
	uint64_t *p = (uint64_t *)(uintptr_t)(base + guest_pages_used * GUEST_PAGE_SIZE);
	guest_pages_used += n;
	for (unsigned i = 0; i < n * GUEST_PAGE_SIZE / 8; i++)
		p[i] = 0;
	return p;
}

void *guest_page_alloc(void)
{
	return guest_pages_alloc(1);
}

uint64_t guest_kernel_cr3(void)
{
	return kernel_pml4;
}

#define TABLE_FLAGS	(GUEST_PTE_P | GUEST_PTE_W | GUEST_PTE_U)

/* Entry idx of table t, allocating the next-level table if absent. */
static uint64_t *next_table(uint64_t *t, unsigned idx)
{
	if (!(t[idx] & GUEST_PTE_P))
		t[idx] = (uintptr_t)guest_page_alloc() | TABLE_FLAGS;
	if (t[idx] & GUEST_PTE_PS)
		guest_panic("4 KiB PTE wanted inside a 2 MiB page", 0);
	return (uint64_t *)(uintptr_t)(t[idx] & GUEST_PTE_ADDR);
}

uint64_t *guest_pte(uint64_t cr3, uint64_t va)
{
	uint64_t *t = (uint64_t *)(uintptr_t)(cr3 & GUEST_PTE_ADDR);
	t = next_table(t, (va >> 39) & 511);
	t = next_table(t, (va >> 30) & 511);
	t = next_table(t, (va >> 21) & 511);
	return &t[(va >> 12) & 511];
}

void guest_paging_init(void)
{
	if ((uintptr_t)__guest_bss_end + (POOL_PAGES + 1) * GUEST_PAGE_SIZE > GUEST_TEST_VA)
		guest_panic("image and page pool reach the test page", (uintptr_t)__guest_bss_end);
	uint64_t *pml4 = guest_page_alloc();
	kernel_pml4 = (uintptr_t)pml4;
	/* Low 4 MiB in 4 KiB pages, except page 0 and the test page. */
	for (uint64_t va = GUEST_PAGE_SIZE; va < GUEST_TEST_VA; va += GUEST_PAGE_SIZE)
		*guest_pte(kernel_pml4, va) = va | TABLE_FLAGS;
	/* The rest of the first GiB in 2 MiB pages. */
	uint64_t *pdpt = (uint64_t *)(uintptr_t)(pml4[0] & GUEST_PTE_ADDR);
	uint64_t *pd = (uint64_t *)(uintptr_t)(pdpt[0] & GUEST_PTE_ADDR);
	for (unsigned i = 2; i < 512; i++)
		pd[i] = (uint64_t)i << 21 | TABLE_FLAGS | GUEST_PTE_PS;
	guest_write_cr3(kernel_pml4);
}

/*
 * A process address space: its own PML4 and PDPT; PDPT[0] shares the
 * kernel's page directory (the identity-mapped first GiB), PDPT[1] is the
 * process's own window where guest_pte() then allocates private tables.
 */
uint64_t guest_new_address_space(void)
{
	uint64_t *pml4 = guest_page_alloc();
	uint64_t *pdpt = guest_page_alloc();
	const uint64_t *kpml4 = (const uint64_t *)(uintptr_t)kernel_pml4;
	const uint64_t *kpdpt = (const uint64_t *)(uintptr_t)(kpml4[0] & GUEST_PTE_ADDR);
	pdpt[0] = kpdpt[0];
	pml4[0] = (uintptr_t)pdpt | TABLE_FLAGS;
	return (uintptr_t)pml4;
}
