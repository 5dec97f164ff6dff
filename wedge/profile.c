/*
 * profile.c - the profile back end (afterburn.backend=profile, issue 11):
 * answers the store probe that the LLVM plugin's instrument mode puts in
 * front of every store outside the stack frame (afterburn/probe.h), counts
 * the stores that write into page-table pages per stable ID, and prints
 * the profile at exit in the format afterburn-kvm --profile writes
 * (afterburn/profile.h), between the lines
 *     afterburn: profile begin
 *     afterburn: profile end
 * (afterburn-run --profile OUT cuts it out of the console).
 *
 * Which frames are page tables (physical frame = address - direct map):
 *  - a bitmap, one bit per 4 KiB frame of the first WEDGE_PROF_FRAMES,
 *    answers the probe: one load and a bit test per store, no walk;
 *  - it learns frames from the hierarchy of every CR3 loaded (the wedge
 *    rewrites each `mov %reg, %cr3` site to call wedge_prof_cr_post after
 *    the load: a new root is walked, all four levels, 2 MiB/1 GiB leaves
 *    respected), and from stores into known tables: a probed store is
 *    looked at again at the next probe (its value is written after the
 *    probe returns), and a present non-leaf entry adds its child table
 *    (walked, if new or at a new level: the guest reuses freed table pages
 *    at any level).  Each table keeps the entry that links it;
 *  - a frame stops being a table when a store into it finds no hierarchy in
 *    use reaching it (the links up from it are gone, or its root was not
 *    among the last WEDGE_PROF_ROOTS loaded) or writes what cannot be an
 *    entry (not whole aligned 8-byte words, or bits 52-62 set); the store
 *    is not counted.  Linux unlinks tables before it frees them and reuses
 *    the frames for anything; the sample guest's freed tables stay linked
 *    until they are tables again, and its free-list link is a valid
 *    non-present entry, so their stores still count;
 *  - stores just before a frame became known (filling a new hierarchy
 *    before its first CR3 load: fork's copy, exec's new stack, the direct
 *    map before init_top_pgt is loaded) are credited when it does: the last
 *    WEDGE_PROF_RING stores of whole entries into frames that were not
 *    tables are kept as (frame, ID, count), repeats folded, and are
 *    searched for each frame that becomes a table.  One counts only if the
 *    word it stored last is still there and not zero, and no store of data
 *    went into the frame since: Linux's page allocator hands a page freed
 *    by a slab or getname straight back as a table, zeroed by clear_page
 *    (assembly, no probe), and the stores of its former life were no table
 *    stores.
 * Not seen: a hierarchy that is never loaded into CR3 and never linked
 * into a known table (the sample guest has none: the profile counts the
 * same 25,908 table stores as afterburn-kvm's and the VT-x hypervisor's
 * seeded EPT profiles).
 * Limits (counted and printed as a '# limits' line when they happen): frames
 * above WEDGE_PROF_FRAMES, more than WEDGE_PROF_TABLES tables or
 * WEDGE_PROF_IDS distinct IDs; stores older than the ring when their frame
 * becomes a table (not counted).  Also: an interrupt with probes between
 * a probe and its store looks at the entry too early (a child linked there
 * is found only when its parent's entry is stored again or a new root's walk
 * reaches it); stores by code without probes (assembly, the wedge) are not
 * seen, and tables they link only when a walk reaches them.
 *
 * In Linux (make linux-llvmprof): the wedge boots in setup_arch with CR3 =
 * early_top_pgt, whose walk finds the direct map's early tables and the
 * kernel image's (level3_kernel_pgt, level2_kernel/fixmap_pgt); Linux
 * switches CR3 only through `mov %reg, %cr3` sites (write_cr3 inlined into
 * load_cr3, switch_mm_irqs_off, the TLB flushes), so init_top_pgt is walked at
 * init_mem_mapping's load_cr3 and each process's pgd at its first switch;
 * tables linked later (pgd/pud/pmd_populate at faults) are found by the look
 * at the stored entry, and tables filled before their first load (exec's
 * argument pages, fork's copy) by the ring.  Stores through the image's own
 * mapping (init_top_pgt by its symbol) are translated by a second window
 * (prof_image_window).  The probe is off (prof_on, in .data) until the
 * wedge starts it: code before setup_arch finds it inert.  Linux frees
 * .init.data (early_top_pgt, early_dynamic_pgts) and process tables and
 * reuses the frames for slab objects, per-CPU data or the vDSO page; the
 * liveness rule above keeps their stores out of the profile.
 * Freestanding.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "wedge_prof.h"
#include "afterburn/probe.h"
#include "afterburn/profile.h"

#define WEDGE_PROF_FRAMES	(1u << 18)	/* 1 GiB of physical memory */
#define WEDGE_PROF_TABLES	16384		/* power of two */
#define WEDGE_PROF_ROOTS	16		/* roots loaded lately: live hierarchies */
#define WEDGE_PROF_IDS		4096		/* power of two */
#define WEDGE_PROF_RING		8192
#define WEDGE_PROF_FILES	2048		/* sources named in program files= (Linux: ~400) */
#define PTE_P			1ull
#define PTE_PS			0x80ull
#define PTE_AD			0x60ull		/* accessed, dirty: the CPU sets them */
#define PTE_ADDR		0x000ffffffffff000ull

extern const struct ab_probe_rec __start_afterburn_probes[] __attribute__((weak));
extern const struct ab_probe_rec __stop_afterburn_probes[] __attribute__((weak));

/*
 * Off until wedge_prof_start.  In .data, not .bss: a kernel may run
 * instrumented code before it clears its .bss (Linux's x86_64_start_kernel
 * zeroes early page tables with memset before clear_bss), and the probe
 * must find itself off then, not read whatever the decompressor left there.
 */
static volatile int prof_on __attribute__((section(".data")));

static struct {
	int busy;				/* in the probe or a walk: a nested probe returns */
	uint64_t bits[WEDGE_PROF_FRAMES / 64];	/* frame is a table */
	/* per table: key (frame + 1) << 3 | level (level 0: was a table, now
	 * data; 0 = empty slot), and the entry that links it, (parent frame
	 * + 1) << 9 | index (0 for a root) */
	struct prof_tab { uint32_t key, parent; } tab[WEDGE_PROF_TABLES];
	uint32_t roots[WEDGE_PROF_ROOTS];	/* frame + 1 of the roots loaded last */
	uint32_t roots_next;
	struct { uint32_t id, pad; uint64_t count; const struct ab_probe_rec *rec; } hits[WEDGE_PROF_IDS];
	/* stores into frames that were not tables: frame + 1, ID, repeats, the
	 * frame's data generation then, and the last word stored (offset, value) */
	struct { uint32_t frame1, id, count; uint16_t off, zbytes; uint8_t gen; uint64_t value; } ring[WEDGE_PROF_RING];
	uint8_t gen[WEDGE_PROF_FRAMES];		/* bumped by each store of data into the frame */
	uint32_t ring_next;
	uint16_t recent[256];			/* hash(frame, ID) -> ring index + 1 */
	uint64_t pend_pa, pend_size;		/* the last store, to look at once it is done */
	uint32_t pend_id;
	int pend_hit;				/* it went into a live table */
	uint64_t last_root;
	/* a second mapping of RAM besides the direct map: the kernel image's */
	uint64_t img_va, img_pa, img_size;
	/* stats */
	uint64_t probes, hits_total, tables, beyond, lost_tables, lost_ids, credited, cr3_loads, walks,
		nested, user_probes, dead_unlinked, dead_data, stale;
} prof;

int wedge_prof_available(void)
{
	return 1;
}

int wedge_prof_wants(const struct ab_site *s)
{
	return s->cls == AB_CLASS_MOV_TO_CR && s->imm == AB_REG_CR0 + 3;
}

const struct ab_handlers *wedge_prof_handlers(void)
{
	static struct ab_handlers h;
	h.post[AB_CLASS_MOV_TO_CR] = (uintptr_t)wedge_prof_cr_post;
	return &h;
}

static inline int prof_is_table(uint64_t frame)
{
	return frame < WEDGE_PROF_FRAMES && (prof.bits[frame / 64] >> (frame % 64) & 1);
}

/* The slot of frame's table record, or the slot a new record for it goes
 * to (the first one freed on its probe chain), or 0 when full. */
static struct prof_tab *prof_tab_slot(uint64_t frame)
{
	uint32_t h = (uint32_t)(frame * 2654435761u) & (WEDGE_PROF_TABLES - 1);
	struct prof_tab *freed = 0;
	for (unsigned k = 0; k < WEDGE_PROF_TABLES; k++) {
		struct prof_tab *e = &prof.tab[(h + k) & (WEDGE_PROF_TABLES - 1)];
		if ((e->key >> 3) == frame + 1)
			return e;
		if (!e->key)
			return freed ? freed : e;
		if (!(e->key & 7) && !freed && !prof_is_table((e->key >> 3) - 1))
			freed = e;
	}
	return freed;
}

static unsigned prof_level(uint64_t frame)
{
	struct prof_tab *e = prof_tab_slot(frame);
	return e && (e->key >> 3) == frame + 1 ? e->key & 7 : 0;
}

static void prof_count(uint32_t id, uint64_t n)
{
	uint32_t h = (id * 2654435761u) & (WEDGE_PROF_IDS - 1);
	for (unsigned k = 0; k < WEDGE_PROF_IDS; k++) {
		uint32_t i = (h + k) & (WEDGE_PROF_IDS - 1);
		if (prof.hits[i].id == id || !prof.hits[i].id) {
			prof.hits[i].id = id;
			prof.hits[i].count += n;
			prof.hits_total += n;
			return;
		}
	}
	prof.lost_ids += n;
}

static const volatile uint64_t *prof_table_va(uint64_t frame)
{
	return (const volatile uint64_t *)(uintptr_t)(wedge_direct_map + (frame << 12));
}

/*
 * The child table an entry of a level-`level` table points to, or ~0.
 * Only an entry that can be a link (present, bits 52-62 clear) to a frame
 * the direct map maps: a frame once a table stays one here, and Linux
 * reuses freed tables for anything, so a store into one may be no entry at
 * all (a first version followed such data to a frame beyond RAM and
 * faulted in the walk).
 */
static uint64_t prof_child(uint64_t e, unsigned level)
{
	if (level < 2 || !(e & PTE_P) || ((e & PTE_PS) && level <= 3) || (e >> 52 & 0x7ff))
		return ~0ull;
	uint64_t c = (e & PTE_ADDR) >> 12;
	/* (before the first CR3 load Linux maps its direct map on demand, at the read) */
	if (c >= WEDGE_PROF_FRAMES ||
	    (prof.cr3_loads && wedge_va_to_pa(wedge_direct_map + (c << 12)) != c << 12))
		return ~0ull;
	return c;
}

/*
 * A stored value that can be a paging entry: bits 52-62 clear.  Kernel
 * pointers and text have some of them set; a non-present entry keeps them
 * clear too (Linux's PROT_NONE entries invert bits 12-51 only).
 */
static inline int prof_entry_like(uint64_t v)
{
	return !(v >> 52 & 0x7ff);
}

static inline uint32_t prof_link(uint64_t parent, unsigned index)
{
	return (uint32_t)(parent + 1) << 9 | index;
}

/*
 * The ring's stores into frame, which has just become a table.  A store
 * counts if no data went into the frame after it and the word it stored
 * last is still there (give or take the accessed and dirty bits the CPU
 * sets), or, for zeros, if probed stores zeroed the whole frame (the
 * sample guest zeroes its tables in C; Linux zeroes them with clear_page,
 * which has no probe, and its zero stores into a slab page that becomes a
 * table a moment later are no table stores).
 */
static void prof_credit(uint64_t frame)
{
	unsigned zeroed = 0;
	for (unsigned i = 0; i < WEDGE_PROF_RING; i++)
		if (prof.ring[i].frame1 == frame + 1 && prof.ring[i].gen == prof.gen[frame])
			zeroed += prof.ring[i].zbytes;
	for (unsigned i = 0; i < WEDGE_PROF_RING; i++) {
		if (prof.ring[i].frame1 == frame + 1) {
			uint64_t v = prof.ring[i].value;
			if (prof.ring[i].gen == prof.gen[frame] &&
			    (v ? !((prof_table_va(frame)[prof.ring[i].off / 8] ^ v) & ~PTE_AD) : zeroed >= 4096)) {
				prof_count(prof.ring[i].id, prof.ring[i].count);
				prof.credited += prof.ring[i].count;
			} else {
				prof.stale += prof.ring[i].count;
			}
			prof.ring[i].frame1 = 0;
		}
	}
}

/*
 * frame is a table of `level` from now on, linked by `parent` (prof_link,
 * 0 for a root): mark it (a frame the guest reuses as a table of another
 * level gets its new level) and credit the ring.  A known table takes the
 * newest link as its parent: the kernel half's tables are linked from every
 * root, and the root loaded last is the one most likely alive.  Returns 1
 * if it was not a table of this level before.
 */
static int prof_mark(uint64_t frame, unsigned level, uint32_t parent)
{
	if (frame >= WEDGE_PROF_FRAMES) {
		prof.beyond++;
		return 0;
	}
	struct prof_tab *t = prof_tab_slot(frame);
	if (!t) {
		prof.lost_tables++;
		return 0;
	}
	int known = prof_is_table(frame);
	if (known && (t->key & 7) == level) {
		if (parent)
			t->parent = parent;
		return 0;
	}
	t->key = (uint32_t)(frame + 1) << 3 | level;
	t->parent = parent;
	if (known)
		return 1;
	prof.bits[frame / 64] |= 1ull << (frame % 64);
	prof.tables++;
	prof_credit(frame);
	return 1;
}

/* frame is data now (its record stays, at level 0, until the slot is reused). */
static void prof_unmark(uint64_t frame)
{
	struct prof_tab *t = prof_tab_slot(frame);
	if (t && (t->key >> 3) == frame + 1)
		t->key &= ~7u;
	prof.bits[frame / 64] &= ~(1ull << (frame % 64));
}

/*
 * Whether a table frame is still part of a hierarchy in use: every link up
 * from it still in place, up to a root loaded lately.  Linux unlinks a table
 * before it frees it (free_pgd_range, pmd_install's loser) and frees a root
 * when its process is gone, then reuses the frame for anything: slab
 * objects, per-CPU data, the vDSO page.  Stores into such a frame are not
 * table stores.
 */
static int prof_live(uint64_t frame)
{
	for (unsigned hops = 0; hops < 4; hops++) {
		struct prof_tab *t = prof_tab_slot(frame);
		if (!t || (t->key >> 3) != frame + 1 || !prof_is_table(frame))
			return 0;
		unsigned level = t->key & 7;
		if (level == 4) {
			for (unsigned i = 0; i < WEDGE_PROF_ROOTS; i++)
				if (prof.roots[i] == frame + 1)
					return 1;
			return 0;
		}
		if (!t->parent)
			return 0;
		uint64_t parent = (t->parent >> 9) - 1;
		if (!prof_is_table(parent) || prof_level(parent) != level + 1 ||
		    prof_child(prof_table_va(parent)[t->parent & 511], level + 1) != frame)
			return 0;
		frame = parent;
	}
	return 0;
}

/* The hierarchy below frame (a table of level, linked by parent): every
 * table marked; below the top only tables that prof_mark reports new or
 * changed (top=1: the top table's entries are looked at in any case). */
static void prof_walk(uint64_t frame, unsigned level, uint32_t parent, int top)
{
	if (!prof_mark(frame, level, parent) && !top)
		return;
	if (level < 2 || frame >= WEDGE_PROF_FRAMES)
		return;
	prof.walks++;
	const volatile uint64_t *t = prof_table_va(frame);
	for (unsigned i = 0; i < 512; i++) {
		uint64_t c = prof_child(t[i], level);
		if (c != ~0ull)
			prof_walk(c, level - 1, prof_link(frame, i), 0);
	}
}

/* One store into a frame that is not (yet) a table.  Repeats of a (frame,
 * ID) pair fold into its entry while a small hash still points at it (an
 * unrolled loop zeroing a page stores with 8 IDs in turn). */
static void prof_ring_note(uint64_t frame, uint32_t id, uint64_t pa, uint64_t bytes)
{
	uint64_t value = *(const volatile uint64_t *)(uintptr_t)(wedge_direct_map + pa);
	unsigned zbytes = value ? 0 : (unsigned)bytes;
	unsigned h = ((uint32_t)frame * 2654435761u ^ id) * 40503u >> 8 & 255;
	unsigned i = prof.recent[h];
	if (i && prof.ring[i - 1].frame1 == frame + 1 && prof.ring[i - 1].id == id &&
	    prof.ring[i - 1].gen == prof.gen[frame]) {
		prof.ring[i - 1].count++;
		prof.ring[i - 1].off = pa & 0xff8;
		prof.ring[i - 1].value = value;
		if (prof.ring[i - 1].zbytes + zbytes <= 4096)
			prof.ring[i - 1].zbytes = (uint16_t)(prof.ring[i - 1].zbytes + zbytes);
		return;
	}
	i = prof.ring_next;
	prof.ring[i].frame1 = (uint32_t)frame + 1;
	prof.ring[i].id = id;
	prof.ring[i].count = 1;
	prof.ring[i].gen = prof.gen[frame];
	prof.ring[i].off = pa & 0xff8;
	prof.ring[i].value = value;
	prof.ring[i].zbytes = (uint16_t)zbytes;
	prof.recent[h] = (uint16_t)(i + 1);
	prof.ring_next = (i + 1) % WEDGE_PROF_RING;
}

/*
 * The last store, now that it has happened (its value is written after its
 * probe returns).  Only a store of whole, aligned entries whose values can
 * be entries is a table store: anything else into a table frame says that
 * the frame is data now, and into another frame it is not kept for the
 * ring.  A table store is counted, and a present non-leaf entry it wrote
 * adds its child table (walked, if new or at a new level: the guest reuses
 * freed table pages at any level).
 */
static void prof_settle(void)
{
	uint64_t pa = prof.pend_pa, end = prof.pend_pa + prof.pend_size;
	prof.pend_size = 0;
	if (end - pa > 16 * 4096ull)
		end = pa + 16 * 4096ull;	/* as the ring: the first 16 frames */
	int entries = !(pa & 7) && !(end & 7);
	for (uint64_t a = pa; entries && a < end; a += 8)
		entries = prof_entry_like(*(const volatile uint64_t *)(uintptr_t)(wedge_direct_map + a));
	if (!prof.pend_hit) {
		for (uint64_t f = pa >> 12; f <= (end - 1) >> 12; f++) {
			if (prof_is_table(f))
				continue;
			if (!entries) {
				prof.gen[f]++;	/* data: what the ring holds for it is no table store */
				continue;
			}
			uint64_t from = f == pa >> 12 ? pa : f << 12;
			uint64_t to = (f + 1) << 12 < end ? (f + 1) << 12 : end;
			prof_ring_note(f, prof.pend_id, from, to - from);
		}
		return;
	}
	if (!entries) {
		for (uint64_t f = pa >> 12; f <= (end - 1) >> 12; f++)
			if (prof_is_table(f)) {
				prof_unmark(f);
				prof.dead_data++;
			}
		return;
	}
	prof_count(prof.pend_id, 1);
	for (uint64_t a = pa; a < end; a += 8) {
		uint64_t f = a >> 12;
		unsigned level = prof_is_table(f) ? prof_level(f) : 0;
		if (level < 2) {
			a |= 0xff8;	/* next frame */
			continue;
		}
		uint64_t c = prof_child(*(const volatile uint64_t *)(uintptr_t)(wedge_direct_map + a), level);
		if (c != ~0ull)
			prof_walk(c, level - 1, prof_link(f, (unsigned)(a >> 3 & 511)), 0);
	}
}

/* Physical address of a store's va: the direct map, else the image's mapping. */
static inline uint64_t prof_pa(uintptr_t va)
{
	uint64_t pa = va - wedge_direct_map;
	if ((pa >> 12) < WEDGE_PROF_FRAMES || va - prof.img_va >= prof.img_size)
		return pa;
	return va - prof.img_va + prof.img_pa;
}

/* Out of line: the probe's return when off stays a load, a test and ret
 * (inlined, it made the probe save six registers first: 2.88x instead of 2.69x). */
static __attribute__((noinline)) void prof_store(void *addr, uint64_t size, uint32_t id)
{
	prof.probes++;
	if (prof.pend_size)
		prof_settle();
	uint64_t pa = prof_pa((uintptr_t)addr);
	uint64_t f0 = pa >> 12, f1 = (pa + size - 1) >> 12;
	if (f0 >= WEDGE_PROF_FRAMES || f1 >= WEDGE_PROF_FRAMES)
		return;		/* not RAM we cover (MMIO, the top of a direct map) */
	int hit = 0;
	for (uint64_t f = f0; f <= f1 && f - f0 < 16; f++) {
		if (!prof_is_table(f))
			continue;
		if (prof_live(f)) {
			hit = 1;
		} else {
			prof_unmark(f);
			prof.dead_unlinked++;
		}
	}
	prof.pend_pa = pa;
	prof.pend_size = size;
	prof.pend_id = id;
	prof.pend_hit = hit;
}

/*
 * Not reentrant, so interrupts are off while it runs (an interrupt handler
 * with probes, or a switch to another thread from the timer, would find the
 * state half-updated; with a mere busy flag the sample guest lost a fifth of
 * its probes to threads switched away from inside one).  A probe that runs
 * while the wedge is in the probe or a walk all the same (Linux's early
 * page-fault handler, instrumented, maps the direct map on demand while a
 * walk reads through it) returns at once and is counted as nested.
 */
void afterburn_probe_store(void *addr, uint64_t size, uint32_t id)
{
	if (!prof_on || !size)
		return;
	uint16_t cs;
	__asm__("mov %%cs, %0" : "=r"(cs));
	if (cs & 3) {
		/* user code built with probes (the sample guest's ring-3
		 * processes): cli would fault, and a user store is never a
		 * table store of a working kernel: counted, not looked at */
		prof.user_probes++;
		return;
	}
	uint64_t flags = wedge_irq_save();
	if (prof.busy) {
		prof.nested++;
	} else {
		prof.busy = 1;
		prof_store(addr, size, id);
		prof.busy = 0;
	}
	wedge_irq_restore(flags);
}

static uint64_t prof_read_cr3(void)
{
	uint64_t cr3;
	__asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
	return cr3;
}

/* A root loaded that is not among the recent roots (or no longer a root)
 * joins them, and its entries are looked at: below them every table new or
 * at a new level is walked, the known ones take this root as their parent;
 * the stores into known tables keep the rest current.  Looking at every
 * root at each switch cost so much on Bochs (a timer tick per switch, 512
 * entries a look) that the workload made no progress. */
static void prof_root(uint64_t cr3)
{
	uint64_t root = (cr3 & PTE_ADDR) >> 12;
	if (prof.pend_size)
		prof_settle();
	if (root == prof.last_root && prof_is_table(root))
		return;
	prof.last_root = root;
	if (root >= WEDGE_PROF_FRAMES)
		return;
	unsigned i = 0;
	while (i < WEDGE_PROF_ROOTS && prof.roots[i] != root + 1)
		i++;
	if (i < WEDGE_PROF_ROOTS && prof_is_table(root) && prof_level(root) == 4)
		return;		/* a recent root, still one: its tables are known */
	if (i == WEDGE_PROF_ROOTS) {
		prof.roots[prof.roots_next] = (uint32_t)root + 1;
		prof.roots_next = (prof.roots_next + 1) % WEDGE_PROF_ROOTS;
	}
	prof_walk(root, 4, 0, 1);
}

/* Called by prof_entry.S after a CR3 load ran (entry.inc's C_CALL frame). */
uint64_t wedge_prof_cr3_post(struct wedge_hc_frame *f)
{
	(void)f;
	if (!prof_on || prof.busy)
		return 0;	/* before the start (a kernel's early CR3 loads), or in a walk */
	prof.busy = 1;
	prof.cr3_loads++;
	prof_root(prof_read_cr3());
	prof.busy = 0;
	return 0;		/* a post handler: nothing of the original to skip */
}

/*
 * The kernel image's own mapping.  Linux reaches some tables through their
 * symbols in the image (init_top_pgt, the pgd of init_mm; level3_kernel_pgt,
 * the fixmap's), at __START_KERNEL_map + x = phys_base + x, not through the
 * direct map.  The wedge is linked into the image, so where its own variables
 * are says where the image is: if they are not at direct map + their physical
 * address, the 512 MiB window (aligned) around them is the image's linear
 * mapping (Linux: KERNEL_IMAGE_SIZE without KASLR; the modules area starts
 * after it).  The sample guest runs identity-mapped: no second window.
 */
#define WEDGE_PROF_IMG_WINDOW	(512ull << 20)
static void prof_image_window(void)
{
	uint64_t va = (uintptr_t)&prof;
	uint64_t pa = wedge_va_to_pa(va);
	if (pa == ~0ull || va - wedge_direct_map == pa)
		return;
	prof.img_va = va & ~(WEDGE_PROF_IMG_WINDOW - 1);
	prof.img_pa = pa - (va - prof.img_va);
	prof.img_size = WEDGE_PROF_IMG_WINDOW;
}

void wedge_prof_start(void)
{
	prof.busy = 1;
	prof_image_window();
	prof_root(prof_read_cr3());
	prof.busy = 0;
	prof_on = 1;
}

/*
 * Each counted ID's record, in one pass over the records (Linux has ~10^5 of
 * them: a search per ID would be millions of compares).
 */
static void prof_find_recs(void)
{
	for (const struct ab_probe_rec *r = __start_afterburn_probes; r < __stop_afterburn_probes; r++) {
		if (!r->id)
			continue;
		uint32_t h = (r->id * 2654435761u) & (WEDGE_PROF_IDS - 1);
		for (unsigned k = 0; k < WEDGE_PROF_IDS; k++) {
			uint32_t i = (h + k) & (WEDGE_PROF_IDS - 1);
			if (!prof.hits[i].id)
				break;
			if (prof.hits[i].id == r->id) {
				if (!prof.hits[i].rec)
					prof.hits[i].rec = r;
				break;
			}
		}
	}
}

static int prof_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

void wedge_prof_report(void)
{
	prof_on = 0;
	if (prof.pend_size)
		prof_settle();
	wedge_printf("afterburn: profile begin\n");
	wedge_printf("%s\n", AB_PROFILE_MAGIC);
	/* program files=: the sorted, distinct files of the records */
	static const char *files[WEDGE_PROF_FILES];
	unsigned nf = 0, files_lost = 0;
	const char *prev = 0;
	for (const struct ab_probe_rec *r = __start_afterburn_probes; r < __stop_afterburn_probes; r++) {
		unsigned k = 0;
		if (r->file == prev)
			continue;	/* a module's records share its string: no search */
		prev = r->file;
		while (k < nf && prof_strcmp(files[k], r->file))
			k++;
		if (k < nf)
			continue;
		if (nf == WEDGE_PROF_FILES) {
			files_lost++;
			continue;
		}
		k = nf++;
		while (k > 0 && prof_strcmp(files[k - 1], r->file) > 0) {
			files[k] = files[k - 1];
			k--;
		}
		files[k] = r->file;
	}
	wedge_printf("program files=");
	for (unsigned k = 0; k < nf; k++)
		wedge_printf("%s%s", k ? "," : "", files[k]);
	wedge_printf("%s\n", nf ? "" : "-");
	/* this line tells afterburn-cc to hand the profile to the plugin's use mode */
	wedge_printf("# ids afterburn-llvm (IR-level IDs: llvm/ab_irid.h)\n");
	wedge_printf("# site ID KIND COUNT FILE FUNCTION@LINE:COLUMN ; store SIZE\n");
	/* site lines in ID order: selection over the hit table */
	prof_find_recs();
	uint32_t last = 0;
	for (;;) {
		int best = -1;
		for (unsigned i = 0; i < WEDGE_PROF_IDS; i++)
			if (prof.hits[i].id > last && (best < 0 || prof.hits[i].id < prof.hits[best].id))
				best = (int)i;
		if (best < 0)
			break;
		last = prof.hits[best].id;
		const struct ab_probe_rec *r = prof.hits[best].rec;
		if (!r) {
			wedge_printf("# noid %08x pt-write %lu (no record)\n", last, prof.hits[best].count);
			continue;
		}
		wedge_printf("site %08x pt-write %lu %s %s@%u:%u ; store %u\n", last, prof.hits[best].count,
			     r->file, r->func, r->line, r->column, r->size);
	}
	wedge_printf("# afterburn profile back end: probes=%lu hits=%lu credited=%lu tables=%lu cr3-loads=%lu "
		     "tables-scanned=%lu records=%lu\n", prof.probes, prof.hits_total, prof.credited, prof.tables,
		     prof.cr3_loads, prof.walks,
		     (uint64_t)(__stop_afterburn_probes - __start_afterburn_probes));
	wedge_printf("# frames found to be data: unlinked=%lu (no hierarchy in use reaches them) "
		     "stored=%lu (a store that is no entry); ring stores not credited=%lu (zero, overwritten, or data stored since)\n",
		     prof.dead_unlinked, prof.dead_data, prof.stale);
	if (prof.nested || prof.user_probes)
		wedge_printf("# probes not looked at: nested=%lu (in a walk or the probe) user=%lu (CPL 3)\n",
			     prof.nested, prof.user_probes);
	if (prof.beyond || prof.lost_tables || prof.lost_ids || files_lost)
		wedge_printf("# limits: frames-beyond-%u-MiB=%lu tables-lost=%lu counts-lost=%lu files-lost=%u\n",
			     WEDGE_PROF_FRAMES >> 8, prof.beyond, prof.lost_tables, prof.lost_ids, files_lost);
	wedge_printf("afterburn: profile end\n");
}
