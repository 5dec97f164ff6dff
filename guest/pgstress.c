/*
 * pgstress.c - the page-table workload phase (issue 4): address spaces
 * created, filled, written through, remapped and torn down, so that a
 * profile of this guest sees every kind of table store (fresh tables
 * zeroed, entries set and cleared, tables reused from the free list).
 * Kernel mode only and small: QEMU KVM here emulates kernel mode.
 */
#include "guest.h"

#define PGS_ROUNDS	6
#define PGS_PAGES	12
/* Window VA i: two page tables (PD entries 0 and 1 of PDPT[1]). */
#define PGS_VA(i)	(GUEST_USER_PRIV + ((i) & 1) * 0x200000ull + ((i) >> 1) * GUEST_PAGE_SIZE)
#define PGS_FLAGS	(GUEST_PTE_P | GUEST_PTE_W)

static uint64_t pgs_tag(unsigned r, unsigned i)
{
	return (uint64_t)(r + 1) << 32 | i;
}

void guest_pgstress_run(void)
{
	uint64_t *data[PGS_PAGES];
	uint64_t kcr3 = guest_kernel_cr3();
	unsigned used_after_first = 0, bad = 0, bad_r = 0, bad_i = 0;

	for (unsigned i = 0; i < PGS_PAGES; i++)
		data[i] = guest_page_alloc();
	unsigned reused0 = guest_tables_reused;
	for (unsigned r = 0; r < PGS_ROUNDS; r++) {
		uint64_t cr3 = guest_new_address_space();
		for (unsigned i = 0; i < PGS_PAGES; i++)
			guest_map(cr3, PGS_VA(i), (uintptr_t)data[(i + r) % PGS_PAGES], PGS_FLAGS);
		guest_write_cr3(cr3);
		for (unsigned i = 0; i < PGS_PAGES; i++)
			*(volatile uint64_t *)(uintptr_t)PGS_VA(i) = pgs_tag(r, i);
		/* remap every even page to the next data page, write through the new mapping */
		for (unsigned i = 0; i < PGS_PAGES; i += 2) {
			guest_unmap(cr3, PGS_VA(i));
			guest_map(cr3, PGS_VA(i), (uintptr_t)data[(i + r + 1) % PGS_PAGES], PGS_FLAGS);
			((volatile uint64_t *)(uintptr_t)PGS_VA(i))[1] = ~pgs_tag(r, i);
		}
		guest_write_cr3(kcr3);
		for (unsigned i = 0; i < PGS_PAGES; i++) {
			int ok = data[(i + r) % PGS_PAGES][0] == pgs_tag(r, i);
			if (!(i & 1))
				ok &= data[(i + r + 1) % PGS_PAGES][1] == ~pgs_tag(r, i);
			if (!ok && !bad++) {
				bad_r = r;
				bad_i = i;
			}
		}
		for (unsigned i = 0; i < PGS_PAGES; i++)
			guest_unmap(cr3, PGS_VA(i));
		guest_free_address_space(cr3);
		if (!r)
			used_after_first = guest_pages_used;
	}
	guest_test_ok("paging: map, write through, remap and read back in fresh address spaces", !bad,
		      "%u mismatches, first round %u page %u", bad, bad_r, bad_i);
	guest_test_ok("paging: address-space teardown returns tables for reuse",
		      guest_pages_used == used_after_first &&
		      guest_tables_reused - reused0 == (PGS_ROUNDS - 1) * 5u,
		      "pool %u -> %u pages, %u tables reused", used_after_first, guest_pages_used,
		      guest_tables_reused - reused0);
}
