/*
 * kernel.c - what a guest kernel with machinery of its own (Linux) asks of
 * the wedge: where physical memory is mapped, sites it patches itself, and
 * faults taken in out-of-line slots.
 *
 * Linux rewrites its own text at boot (alternatives), and its entry code
 * knows a few instructions by their addresses.  A few of its
 * ALTERNATIVE bodies hold a sensitive instruction in the original (rdtsc in
 * rdtsc_ordered); the afterburner padded it and recorded a site, and the
 * kernel may then replace those bytes.  Before it does, it hands the range
 * to afterburn_wedge_release(): the wedge puts the original bytes back
 * (byte-exact undo), says so, and never touches the site again.  So neither
 * side writes over the other's code, and nothing is given up silently.
 *
 * A sensitive instruction the kernel expects to fault (rdmsr_safe) runs in
 * a slot under the trace back end; the kernel's exception table knows only
 * the site, so its fault handler asks afterburn_wedge_fault_site() for the
 * site the slot stands for and looks that up instead.
 */
#include "wedge.h"
#include "wedge_int.h"

uintptr_t wedge_direct_map;

void afterburn_wedge_set_direct_map(uintptr_t va_of_phys0)
{
	wedge_direct_map = va_of_phys0;
}

/*
 * Guest-physical address of va through the guest's own 4-level tables
 * (CR3 as loaded now), ~0 if not mapped.  Table frames are read through the
 * direct map (identity for the sample guest; Linux's PAGE_OFFSET, whose
 * early page faults map it on demand).  What the hypercall ABI takes is
 * guest-physical: the shared page, the console buffer, batched stores.
 */
uint64_t wedge_va_to_pa(uint64_t va)
{
	const uint64_t addr = 0x000ffffffffff000ull;
	uint64_t cr3, e;
	int level;

	__asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
	e = cr3;
	for (level = 4; level >= 1; level--) {
		unsigned shift = 12 + 9 * (unsigned)(level - 1);
		e = ((const volatile uint64_t *)(wedge_direct_map + (e & addr)))[(va >> shift) & 511];
		if (!(e & 1))
			return ~0ull;
		if (level == 1 || ((level == 2 || level == 3) && (e & 0x80)))
			return ((e & addr) & ~((1ull << shift) - 1)) | (va & ((1ull << shift) - 1));
	}
	return ~0ull;
}

/* Released records, by index; few (Linux 6.1: the 7 rdtsc_ordered sites). */
#define WEDGE_MAX_RELEASED 256
static uint32_t released[WEDGE_MAX_RELEASED];
static uint32_t nreleased;

uint32_t wedge_sites_released(void)
{
	return nreleased;
}

int wedge_site_released(uint32_t i)
{
	for (uint32_t k = 0; k < nreleased; k++)
		if (released[k] == i)
			return 1;
	return 0;
}

/*
 * Records are in link order, which is not address order (each object's
 * .text and .init.text sites interleave), and Linux calls release once per
 * alternative it applies: a scan of every record each time cost ~29M guest
 * instructions at boot.  So the first call sorts an index of the records by
 * site address (no allocation) and the rest search it.
 *
 * The sort is a counting sort into WEDGE_SORT_BUCKETS address buckets, then
 * an insertion sort that only has to order each bucket's few records (link
 * order keeps an object's sites ascending, so they are mostly in order
 * already): ~70 guest instructions a record.  A heapsort cost ~2.0M
 * guest instructions for Linux's 2,985 records, 70% of what the afterburn
 * kernel's boot cost over the plain one (bench/linux-bootphases.sh).
 */
#define WEDGE_SORT_MAX 16384
#define WEDGE_SORT_BUCKETS 2048
static uint16_t by_addr[WEDGE_SORT_MAX];
static uint16_t bucket_start[WEDGE_SORT_BUCKETS + 1];
static int sorted_state;	/* 0 not built, 1 built, -1 too many records: scan */

/* i < afterburn_wedge_sites(); the record read directly: the sort reads each ~5 times */
static uintptr_t site_addr(uint32_t i)
{
	return ab_site_addr(&__start_afterburn_sites[i]);
}

static uintptr_t key(uint32_t k)
{
	return site_addr(by_addr[k]);
}

static int sort_sites(void)
{
	uint32_t n = afterburn_wedge_sites();
	uintptr_t lo = ~(uintptr_t)0, hi = 0;
	unsigned shift = 0;

	if (sorted_state)
		return sorted_state > 0;
	if (n > WEDGE_SORT_MAX) {
		sorted_state = -1;
		return 0;
	}
	sorted_state = 1;
	if (!n)		/* a kernel built without afterburn-cc */
		return 1;
	for (uint32_t i = 0; i < n; i++) {
		uintptr_t a = site_addr(i);
		if (a < lo)
			lo = a;
		if (a > hi)
			hi = a;
	}
	while (((hi - lo) >> shift) >= WEDGE_SORT_BUCKETS)
		shift++;
	for (uint32_t b = 0; b <= WEDGE_SORT_BUCKETS; b++)
		bucket_start[b] = 0;
	/* counts at b + 1, then prefix sums: bucket_start[b] is where b starts */
	for (uint32_t i = 0; i < n; i++)
		bucket_start[((site_addr(i) - lo) >> shift) + 1]++;
	for (uint32_t b = 1; b <= WEDGE_SORT_BUCKETS; b++)
		bucket_start[b] = (uint16_t)(bucket_start[b] + bucket_start[b - 1]);
	for (uint32_t i = 0; i < n; i++)
		by_addr[bucket_start[(site_addr(i) - lo) >> shift]++] = (uint16_t)i;
	/* buckets are in order; order within each */
	for (uint32_t k = 1; k < n; k++) {
		uint16_t r = by_addr[k];
		uintptr_t a = site_addr(r);
		uint32_t j = k;
		while (j > 0 && key(j - 1) > a) {
			by_addr[j] = by_addr[j - 1];
			j--;
		}
		by_addr[j] = r;
	}
	return 1;
}

/* Position in by_addr of the first site that may end after addr. */
static uint32_t first_candidate(uintptr_t addr)
{
	uint32_t lo = 0, hi = afterburn_wedge_sites();
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (key(mid) + AB_SITE_MAX_LEN <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int release_range(uintptr_t addr, size_t len)
{
	uint32_t n = afterburn_wedge_sites();
	int sorted = sort_sites(), count = 0;

	for (uint32_t k = sorted ? first_candidate(addr) : 0; k < n; k++) {
		uint32_t i = sorted ? by_addr[k] : k;
		const struct ab_site *s = afterburn_wedge_site(i);
		uintptr_t a = ab_site_addr(s);
		if (sorted && a >= addr + len)
			break;
		if (a + s->site_len <= addr || a >= addr + len || wedge_site_released(i))
			continue;
		if (nreleased == WEDGE_MAX_RELEASED) {
			wedge_printf("afterburn: error: more than %u sites handed to the kernel; "
				     "site 0x%lx (%s) stays ours\n", WEDGE_MAX_RELEASED, (uint64_t)a,
				     ab_class_name(s->cls));
			return -1;
		}
		if (wedge_undo_site(i) < 0)
			return -1;
		released[nreleased++] = i;
		count++;
		/*
		 * The first one is said at once, the number at exit: a console
		 * line per site costs a polled UART's transmit time each.
		 */
		if (nreleased == 1)
			wedge_printf("afterburn: site 0x%lx (%s) handed back to the kernel at "
				     "0x%lx+%lu (the count of all such sites follows at exit)\n",
				     (uint64_t)a, ab_class_name(s->cls), (uint64_t)addr, (uint64_t)len);
	}
	return count;
}

/*
 * The guest TSC spent in afterburn_wedge_release(), said at exit with the
 * count of sites handed back: the index is built on the first call, outside
 * the boot stub's own figure, and once cost more than the whole stub.
 */
static uint64_t release_tsc;

uint64_t wedge_release_tsc(void)
{
	return release_tsc;
}

int afterburn_wedge_release(uintptr_t addr, size_t len)
{
	uint64_t t0 = ab_x86_rdtsc();
	int r = release_range(addr, len);
	release_tsc += ab_x86_rdtsc() - t0;
	return r;
}

uint64_t wedge_fault_sites;

uintptr_t afterburn_wedge_fault_site(uintptr_t rip)
{
	if (afterburn_wedge_backend() == AB_BACKEND_NATIVE || !afterburn_wedge_patched())
		return 0;
	for (uint32_t i = 0; i < afterburn_wedge_sites(); i++) {
		const struct ab_site *s = afterburn_wedge_site(i);
		uintptr_t slot = ab_site_slot(s);
		if (rip >= slot && rip < slot + AB_SLOT_CODE_LEN && !wedge_site_released(i)) {
			wedge_fault_sites++;
			return ab_site_addr(s);
		}
	}
	return 0;
}
