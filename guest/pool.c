/*
 * pool.c - the guest's page pool: pages (tables, process pages, kernel
 * stacks) come from the free memory right after the image, below
 * GUEST_TEST_VA.  Not from bss: QEMU's multiboot loader copies bss (zeroes)
 * into the guest through fw_cfg, which the KVM here emulates byte by byte -
 * every KiB of bss costs boot time there.  The multiboot information that
 * may lie in this memory has been consumed before the first allocation.
 * Table pages are taken unzeroed (paging.c zeroes them itself, so that
 * every store into a table page is in paging.c).
 */
#include "guest.h"

#define POOL_PAGES	96
unsigned guest_pages_used;

extern char __guest_bss_end[];

void guest_pool_init(void)
{
	if ((uintptr_t)__guest_bss_end + (POOL_PAGES + 1) * GUEST_PAGE_SIZE > GUEST_TEST_VA)
		guest_panic("image and page pool reach the test page", (uintptr_t)__guest_bss_end);
}

void *guest_pages_take(unsigned n)
{
	uint64_t base = ((uintptr_t)__guest_bss_end + GUEST_PAGE_SIZE - 1) & ~(GUEST_PAGE_SIZE - 1);
	if (guest_pages_used + n > POOL_PAGES)
		guest_panic("page pool exhausted", 0);
	void *p = (void *)(uintptr_t)(base + guest_pages_used * GUEST_PAGE_SIZE);
	guest_pages_used += n;
	return p;
}

void *guest_pages_alloc(unsigned n)
{
	uint64_t *p = guest_pages_take(n);
	for (unsigned i = 0; i < n * GUEST_PAGE_SIZE / 8; i++)
		p[i] = 0;
	return p;
}

void *guest_page_alloc(void)
{
	return guest_pages_alloc(1);
}
