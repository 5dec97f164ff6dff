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
 * Pages come from the pool (pool.c); table pages are zeroed here.
 * Table pages have their own free list: a freed table is only ever reused
 * as a table, so a page that once held a table never becomes data (the
 * profiler's --profile-seed protects such frames from the first
 * instruction on, and a data store there would be taken for a table
 * write).  Every store into a table is in this file: guest_map and
 * guest_unmap are the only ways to change a PTE (the profile test checks
 * that the profiler finds exactly this file's table stores).
 */
#include "guest.h"

static uint64_t kernel_pml4;

uint64_t guest_kernel_cr3(void)
{
	return kernel_pml4;
}

#define TABLE_FLAGS	(GUEST_PTE_P | GUEST_PTE_W | GUEST_PTE_U)

#ifdef AFTERBURN_TEST_SHIFT
/* Build N+1 of the profile test: code above everything else in this file
 * moves every table store, but leaves their stable IDs alone. */
volatile uint64_t guest_shift_counter;
void guest_shift_cpu(void);
void guest_shift(void)
{
	guest_shift_cpu();
	for (unsigned i = 0; i < 3; i++)
		guest_shift_counter += i;
}
#endif

static uint64_t *table_free;		/* freed table pages, linked through entry 0 */
unsigned guest_tables_reused;

/* A zeroed table page: a freed one if any, else from the pool (zeroed
 * here, not by the pool: every store into a table page is in this file). */
static __attribute__((noinline)) uint64_t *table_alloc(void)
{
	uint64_t *t = table_free;
	if (t) {
		table_free = (uint64_t *)(uintptr_t)t[0];
		guest_tables_reused++;
	} else {
		t = guest_pages_take(1);
	}
	for (unsigned i = 0; i < GUEST_PAGE_SIZE / 8; i++)
		t[i] = 0;
	return t;
}

static __attribute__((noinline)) void table_free_page(uint64_t *t)
{
	t[0] = (uintptr_t)table_free;
	table_free = t;
}

/* Entry idx of table t, allocating the next-level table if absent. */
static uint64_t *next_table(uint64_t *t, unsigned idx)
{
	if (!(t[idx] & GUEST_PTE_P))
		t[idx] = (uintptr_t)table_alloc() | TABLE_FLAGS;
	if (t[idx] & GUEST_PTE_PS)
		guest_panic("4 KiB PTE wanted inside a 2 MiB page", 0);
	return (uint64_t *)(uintptr_t)(t[idx] & GUEST_PTE_ADDR);
}

static uint64_t *guest_pte(uint64_t cr3, uint64_t va)
{
	uint64_t *t = (uint64_t *)(uintptr_t)(cr3 & GUEST_PTE_ADDR);
	t = next_table(t, (va >> 39) & 511);
	t = next_table(t, (va >> 30) & 511);
	t = next_table(t, (va >> 21) & 511);
	return &t[(va >> 12) & 511];
}

void guest_map(uint64_t cr3, uint64_t va, uint64_t pa, uint64_t flags)
{
	*guest_pte(cr3, va) = (pa & GUEST_PTE_ADDR) | flags;
}

uint64_t guest_unmap(uint64_t cr3, uint64_t va)
{
	uint64_t *pte = guest_pte(cr3, va), old = *pte;
	*pte = 0;
	guest_invlpg(va);
	return old;
}

void guest_paging_init(void)
{
	guest_pool_init();
	uint64_t *pml4 = table_alloc();
	kernel_pml4 = (uintptr_t)pml4;
	/* Low 4 MiB in 4 KiB pages, except page 0 and the test page. */
	for (uint64_t va = GUEST_PAGE_SIZE; va < GUEST_TEST_VA; va += GUEST_PAGE_SIZE)
		guest_map(kernel_pml4, va, va, TABLE_FLAGS);
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
	uint64_t *pml4 = table_alloc();
	uint64_t *pdpt = table_alloc();
	const uint64_t *kpml4 = (const uint64_t *)(uintptr_t)kernel_pml4;
	const uint64_t *kpdpt = (const uint64_t *)(uintptr_t)(kpml4[0] & GUEST_PTE_ADDR);
	pdpt[0] = kpdpt[0];
	pml4[0] = (uintptr_t)pdpt | TABLE_FLAGS;
	return (uintptr_t)pml4;
}

/*
 * Tear down an address space of guest_new_address_space: the private
 * window's tables (PDPT[1] and below), then its PDPT and PML4, back to the
 * table free list.  Mapped pages are not freed (they belong to the caller).
 * The caller is not running on it (CR3 is the kernel's).
 */
void guest_free_address_space(uint64_t cr3)
{
	uint64_t *pml4 = (uint64_t *)(uintptr_t)(cr3 & GUEST_PTE_ADDR);
	uint64_t *pdpt = (uint64_t *)(uintptr_t)(pml4[0] & GUEST_PTE_ADDR);
	if (pdpt[1] & GUEST_PTE_P) {
		uint64_t *pd = (uint64_t *)(uintptr_t)(pdpt[1] & GUEST_PTE_ADDR);
		for (unsigned i = 0; i < 512; i++)
			if (pd[i] & GUEST_PTE_P)
				table_free_page((uint64_t *)(uintptr_t)(pd[i] & GUEST_PTE_ADDR));
		table_free_page(pd);
	}
	table_free_page(pdpt);
	table_free_page(pml4);
}
