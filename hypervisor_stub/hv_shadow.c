/*
 * hv_shadow.c - hv.mmu=shadow: the guest's linear addresses run on shadow
 * page tables the hypervisor builds from the guest's own 4-level tables
 * (issue 12; VMware's "binary translation + software MMU", here with VT-x).
 *
 * Two dimensions, on purpose: EPT stays on underneath as the fixed identity
 * map of guest RAM (hv_ept.c), and the shadow sits on top of it, so a
 * shadow entry holds a guest-physical address.  Why not EPT off while the
 * guest pages: unrestricted guest (needed for the guest's paging-off start,
 * multiboot and Linux's 32-bit entry) requires EPT, so EPT off would mean
 * switching controls at every CR0.PG change; keeping EPT also keeps memory
 * confinement in one place (a shadow entry can name nothing the EPT does
 * not map, whatever bug we have) and gives 4 KiB write protection of the
 * guest's table frames without touching any shadow entry (every alias of a
 * frame is covered).  The hardware walk is two-dimensional, which costs
 * TLB-miss cycles on silicon but no instructions in Bochs' counts.
 *
 * The pieces:
 *  - Pool: SH_POOL_PAGES shadow tables in our .bss, mapped read-only into
 *    EPT right above guest RAM (SH_GPA).  Read-only, so a guest with paging
 *    off cannot write them; the CPU never writes them either because every
 *    shadow entry is made with A (and D where writable) already set.
 *  - Roots: up to SH_ROOTS shadow PML4s, one per guest CR3 recently loaded;
 *    a CR3 load switches to the cached one (kept exact by write protection,
 *    below), or takes the least recently used slot.
 *  - Fill (#PF exits, every #PF exits under shadow): the guest's 4-level walk
 *    of the faulting address with the access the CPU reported (write, user,
 *    fetch); a guest fault is injected with the error code and CR2 bare
 *    metal would give; otherwise A (and D for a write) are set in the guest
 *    entries, as the CPU would, and one 4 KiB shadow PTE is made with the
 *    walk's combined rights (RW only once the guest's D is set, so the first
 *    write faults and sets D; U/S, NX and G as the guest says; a 2 MiB or
 *    1 GiB guest page becomes 4 KiB shadow pages).  Non-leaf shadow entries
 *    allow everything: the leaf carries the rights.
 *  - Write protection: each guest table frame a fill read is tracked (its
 *    level and the linear region it maps, per root) and write-protected in
 *    EPT.  A store into one is an EPT violation before the store: the MOV is
 *    decoded (hv_decode_mov, the xAPIC decoder) and emulated, and the shadow
 *    entries made from the stored-to guest entry are dropped.  Any other
 *    instruction (xchg, rep stos, ...) opens the frame as a note does
 *    (below) and runs itself.
 *  - Invalidation: invlpg drops the shadow PTE of the address; INVPCID and
 *    a CR3 load need nothing from the shadow (it is exact) and flush the
 *    CPU's TLB (INVVPID).
 *  - Pre-virtualized guests (afterburn.ptwrite=note): the wedge stores into
 *    its table itself and queues an AB_BATCH_PT_NOTE in the shared page,
 *    applied at our next exit.  A note naming a tracked frame opens it: a
 *    snapshot, write access back, so the stores that follow cost no exit.
 *    Closing a frame compares it with its snapshot, drops the shadow of
 *    each changed entry and protects it again; any store is seen, through a
 *    site or not.  Frames are closed only where bare metal would have to
 *    see the guest's stores, treating shadow entries as the TLB and the
 *    paging-structure caches they stand in for:
 *      CR3 load, INVPCID, CR0/CR4 paging bits: every open frame (this also
 *        keeps the other cached roots exact);
 *      INVLPG: the frames that hold upper-level entries (INVLPG flushes all
 *        paging-structure caches), and the leaf of its address goes;
 *      #PF: none; the fill walks the guest's current entries, as the CPU
 *        does after a fault, and other addresses may stay stale as their
 *        TLB entries may;
 *      a new open with every slot taken: the oldest open frame.
 *    So a page table that a site writes costs one exit per CR3 epoch, not
 *    one per store and invlpg.  A fill that reads a changed entry of an open
 *    frame first drops what the old value made and puts the new one in the
 *    snapshot: the snapshot must hold what the shadow was made from, or a
 *    change undone before the close would hide the fill's entry.
 *  - A tracked frame that no shadow table is made from any more (a freed
 *    table whose page is reused as data) is untracked at its first store
 *    (sh_frame_live), instead of costing an exit per store.  An AB_BATCH_PT_WRITE op (ptwrite=batch: the
 *    hypervisor stores) drops the shadow of its entry (hv_shadow_pt_written).
 * Confinement: a guest table (or CR3) outside guest RAM, or a leaf naming
 * guest-physical memory outside its RAM other than the local APIC page,
 * stops the guest with a report; EPT would catch an access anyway.
 * Not supported (the guest is stopped with a report): paging without
 * IA-32e mode (32-bit and PAE), 5-level paging, protection keys, a
 * supervisor write to a read-only page with CR0.WP=0 (the real CR0.WP is 1
 * under shadow so that dirty tracking traps), hv.profile at the same time.
 */
#include "hv.h"
#include "hv_cpu.h"
#include "afterburn/hypercall.h"

#define SH_POOL_PAGES	1024		/* 4 MiB of shadow tables */
#define SH_ROOTS	8
#define SH_MAX_FRAMES	4096		/* tracked guest table frames */
#define SH_USES		8		/* (root, level, region) per tracked frame */
#define SH_MAX_GFRAMES	(HV_GUEST_MEM_MAX / HV_PAGE)
#define SH_2M		(2ull << 20)
#define SH_OPEN_MAX	64		/* frames open at once (a snapshot each) */
#define SH_FREE		(~0ull)

#define SH_P	HV_BIT(0)
#define SH_RW	HV_BIT(1)
#define SH_US	HV_BIT(2)
#define SH_PWT	HV_BIT(3)
#define SH_PCD	HV_BIT(4)
#define SH_A	HV_BIT(5)
#define SH_D	HV_BIT(6)
#define SH_PS	HV_BIT(7)
#define SH_G	HV_BIT(8)
#define SH_NX	HV_BIT(63)

/* #PF error code bits (SDM 3A 4.7) */
#define PF_P	HV_BIT(0)
#define PF_W	HV_BIT(1)
#define PF_U	HV_BIT(2)
#define PF_RSVD	HV_BIT(3)
#define PF_I	HV_BIT(4)

static uint64_t sh_pool[SH_POOL_PAGES][512] __attribute__((aligned(2 << 20)));

struct sh_use { uint8_t root, level; uint64_t base; };
struct sh_frame {
	uint64_t gpa;
	uint8_t nuse, many;		/* many: more uses than SH_USES, a write resets all */
	uint8_t upper;			/* used as a PD, PDPT or PML4 (or many): INVLPG closes it */
	uint8_t open;			/* open: snapshot slot + 1, 0 = protected */
	struct sh_use use[SH_USES];
};

static struct {
	int on;
	uint64_t gpa;			/* guest-physical address of sh_pool */
	uint64_t gcr3;			/* the guest's CR3 as it wrote it */
	int cur;			/* root in use, -1 while the guest's paging is off */
	struct { int valid; uint64_t gcr3; uint64_t *pml4; uint64_t lru; } root[SH_ROOTS];
	uint64_t tick;
	uint16_t free[SH_POOL_PAGES];	/* free pool pages (a stack) */
	unsigned nfree;
	unsigned nframes;
	struct sh_frame frame[SH_MAX_FRAMES];
	uint64_t open_gpa[SH_OPEN_MAX];	/* frame of each snapshot slot, SH_FREE = free (0 is a frame) */
	unsigned nopen, nopen_upper;	/* open frames, and how many of them are upper */
	unsigned open_next;		/* the slot a full set evicts next (round robin) */
	int nxe, wp;			/* what the shadows were built for */
	uint64_t note_page, note_cr3, note_frame;	/* the last note's translation */
	uint64_t open_trap_gpa, open_trap_rip, open_reflush;
	uint64_t last_la, last_rip;	/* the previous fill, to catch a fill that does not help */
	uint64_t last_exit;		/* ... and its exit's number: a repeat is the very next exit */
	unsigned same_fill;
	/* statistics */
	uint64_t cr3_loads, root_hits, pf, fills, guest_pf, wp_emul, wp_open, invlpg, invpcid,
		 hc_ptw, resets, fill_tsc, zaps, notes, opens, open_traps, syncs, sync_diffs, evicts, closes, fill_syncs, dead;
} sh;

static uint64_t sh_snap[SH_OPEN_MAX][512];	/* an open frame as it was when opened */
static uint64_t sh_src[SH_POOL_PAGES];	/* the guest table each shadow table was made from, SH_FREE: none */

static uint16_t sh_fidx[SH_MAX_GFRAMES];	/* guest frame -> tracked frame index + 1 */

/*
 * EPT permissions of a guest frame changed: INVEPT, and INVVPID too, as
 * hv_prof.c does (a protection that does not reach the CPU would let stores
 * past unseen; the SDM has INVEPT drop combined translations, the second
 * flush is cheap insurance against an emulator that keeps them per VPID).
 */
static void sh_flush_ept(struct hv_guest *g)
{
	hv_invept_all();
	hv_invvpid(g);
}

int hv_shadow_on(void)
{
	return sh.on;
}

uint64_t hv_guest_cr3(void)
{
	return sh.on ? sh.gcr3 : vmx_read(VMCS_GUEST_CR3);
}

/* The shared page's pt_epoch (hypercall.h): a note may matter again. */
static void sh_epoch_bump(struct hv_guest *g)
{
	struct ab_shared_page *sp = g->shared_gpa ? hv_gpa_to_hva(g, g->shared_gpa, sizeof(*sp)) : 0;
	if (sp)
		sp->pt_epoch++;
}

/* ---- the pool ---- */
static uint64_t *sh_alloc(void)
{
	if (!sh.nfree)
		return 0;
	uint64_t *t = sh_pool[sh.free[--sh.nfree]];
	hv_memset(t, 0, 4096);
	return t;
}

static unsigned sh_pool_index(const uint64_t *t)
{
	return (unsigned)(((uint64_t)t - (uint64_t)sh_pool) / 4096);
}

static uint64_t sh_gpa_of(const uint64_t *t)
{
	return sh.gpa + ((uint64_t)t - (uint64_t)sh_pool);
}

static uint64_t *sh_table_of(uint64_t e)
{
	return (uint64_t *)((uint64_t)sh_pool + ((e & PTE_ADDR) - sh.gpa));
}

/* Give back a shadow table and everything under it (level 1 = a PT). */
static void sh_free_tree(uint64_t *t, int level)
{
	if (level > 1)
		for (unsigned i = 0; i < 512; i++)
			if (t[i] & SH_P)
				sh_free_tree(sh_table_of(t[i]), level - 1);
	sh.free[sh.nfree++] = (uint16_t)(((uint64_t)t - (uint64_t)sh_pool) / 4096);
}

/* ---- tracked guest table frames ---- */
static void sh_untrack(struct hv_guest *g, struct sh_frame *f)
{
	if (f->open) {
		sh.open_gpa[f->open - 1] = SH_FREE;
		sh.nopen--;
		sh.nopen_upper -= f->upper;
	}
	hv_ept_protect(g, f->gpa, 0);
	sh_fidx[f->gpa / HV_PAGE] = 0;
	struct sh_frame *last = &sh.frame[--sh.nframes];
	if (f != last) {
		*f = *last;
		sh_fidx[f->gpa / HV_PAGE] = (uint16_t)(f - sh.frame + 1);
	}
}

static int sh_root_get(struct hv_guest *g, uint64_t gcr3);

/*
 * Everything goes: every root's tree, every protection (pool full, a frame
 * with too many uses written, a paging-mode change).  While the guest pages,
 * the CPU is put on a fresh root at once: its old root is now a free pool
 * page, and the next fill would hand it out again as some lower table while
 * the CPU still walks it (the guest would run on dropped entries, and a
 * fill could feed itself).
 */
static void sh_reset(struct hv_guest *g)
{
	sh.resets++;
	sh_epoch_bump(g);
	sh.nfree = 0;
	for (unsigned i = 0; i < SH_POOL_PAGES; i++)
		sh.free[sh.nfree++] = (uint16_t)(SH_POOL_PAGES - 1 - i);
	while (sh.nframes)
		sh_untrack(g, &sh.frame[sh.nframes - 1]);
	for (int r = 0; r < SH_ROOTS; r++)
		sh.root[r].valid = 0;
	sh.nxe = !!(vmx_read(VMCS_GUEST_EFER) & EFER_NXE);
	sh.wp = !!(vmx_read(VMCS_CR0_READ_SHADOW) & CR0_WP);
	if (sh.cur >= 0) {
		sh.cur = sh_root_get(g, sh.gcr3);
		vmx_write(VMCS_GUEST_CR3, sh_gpa_of(sh.root[sh.cur].pml4) | (sh.gcr3 & (SH_PWT | SH_PCD)));
	}
	sh_flush_ept(g);
}

/* Root slot for guest CR3 gcr3 (made empty if new); -1 when the pool is empty. */
static int sh_root_get(struct hv_guest *g, uint64_t gcr3)
{
	int r, lru = 0;
	gcr3 &= PTE_ADDR;
	for (r = 0; r < SH_ROOTS; r++) {
		if (sh.root[r].valid && sh.root[r].gcr3 == gcr3) {
			sh.root_hits++;
			sh.root[r].lru = ++sh.tick;
			return r;
		}
		if (!sh.root[r].valid || (sh.root[lru].valid && sh.root[r].lru < sh.root[lru].lru))
			lru = r;
	}
	if (sh.root[lru].valid)
		sh_free_tree(sh.root[lru].pml4, 4);
	uint64_t *pml4 = sh_alloc();
	if (!pml4) {
		sh_reset(g);	/* may have made gcr3's root already (it re-roots the CPU) */
		return sh_root_get(g, gcr3);
	}
	/* Uses that still name the slot's old root only cost a needless drop later. */
	sh.root[lru].valid = 1;
	sh.root[lru].gcr3 = gcr3;
	sh.root[lru].pml4 = pml4;
	sh_src[sh_pool_index(pml4)] = gcr3;
	sh.root[lru].lru = ++sh.tick;
	return lru;
}

/* Point the VMCS at the shadow of the guest's CR3 (paging on) or at its own CR3 (off). */
static void sh_activate(struct hv_guest *g)
{
	uint64_t cr0 = vmx_read(VMCS_CR0_READ_SHADOW);
	if (!(cr0 & CR0_PG)) {
		sh.cur = -1;
		vmx_write(VMCS_GUEST_CR3, sh.gcr3);
		return;
	}
	if ((sh.nxe != !!(vmx_read(VMCS_GUEST_EFER) & EFER_NXE)) || sh.wp != !!(cr0 & CR0_WP))
		sh_reset(g);
	sh.cur = sh_root_get(g, sh.gcr3);
	vmx_write(VMCS_GUEST_CR3, sh_gpa_of(sh.root[sh.cur].pml4) | (sh.gcr3 & (SH_PWT | SH_PCD)));
	hv_invvpid(g);
}

/* ---- dropping shadow entries ---- */
static uint64_t sh_canon(uint64_t la)
{
	return (uint64_t)((int64_t)(la << 16) >> 16);
}

/* Drop the shadow entry of root r at level `level` that maps linear la. */
static void sh_zap(int r, int level, uint64_t la)
{
	uint64_t *t = sh.root[r].pml4;
	for (int l = 4; l > level; l--) {
		uint64_t e = t[(la >> (12 + 9 * (l - 1))) & 511];
		if (!(e & SH_P))
			return;
		t = sh_table_of(e);
	}
	uint64_t *e = &t[(la >> (12 + 9 * (level - 1))) & 511];
	if (!(*e & SH_P))
		return;
	if (level > 1)
		sh_free_tree(sh_table_of(*e), level - 1);
	*e = 0;
	sh.zaps++;
}

/*
 * Guest entries [first, last] (indices) of tracked frame f changed: drop what
 * was made from them in every root; the CPU's TLB is flushed.  A frame with
 * too many uses resets everything.
 */
static int sh_frame_zap(struct hv_guest *g, struct sh_frame *f, unsigned first, unsigned last)
{
	if (f->many) {
		sh_reset(g);
		return -1;
	}
	for (unsigned u = 0; u < f->nuse; u++) {
		struct sh_use *s = &f->use[u];
		if (!sh.root[s->root].valid)
			continue;
		for (unsigned i = first; i <= last; i++)
			sh_zap(s->root, s->level, sh_canon(s->base + ((uint64_t)i << (12 + 9 * (s->level - 1)))));
	}
	return 0;
}

static void sh_frame_changed(struct hv_guest *g, struct sh_frame *f, unsigned first, unsigned last)
{
	if (!sh_frame_zap(g, f, first, last))
		hv_invvpid(g);
}

/*
 * Is a shadow table still made from tracked frame f?  A table the guest
 * unlinked and freed stays tracked (its uses name roots and regions), and
 * its page, reused as data, would cost an exit per store until a reset.
 * Each use is followed from its root down to its level: live if the
 * shadow table there was made from f.  A frame with too many uses to
 * follow counts as live.
 */
static int sh_frame_live(const struct sh_frame *f)
{
	if (f->many)
		return 1;
	for (unsigned u = 0; u < f->nuse; u++) {
		const struct sh_use *s = &f->use[u];
		if (!sh.root[s->root].valid)
			continue;
		const uint64_t *t = sh.root[s->root].pml4;
		int l = 4;
		for (; l > s->level; l--) {
			uint64_t e = t[(s->base >> (12 + 9 * (l - 1))) & 511];
			if (!(e & SH_P))
				break;
			t = sh_table_of(e);
		}
		if (l == s->level && sh_src[sh_pool_index(t)] == f->gpa)
			return 1;
	}
	return 0;
}

static struct sh_frame *sh_frame_at(uint64_t gpa)
{
	uint64_t fn = gpa / HV_PAGE;
	if (!sh.on || fn >= SH_MAX_GFRAMES || !sh_fidx[fn])
		return 0;
	return &sh.frame[sh_fidx[fn] - 1];
}

/* The hypervisor itself stores into guest-physical gpa (a batched page-table
 * write of a pre-virtualized guest): drop the shadow made from that entry. */
void hv_shadow_pt_written(struct hv_guest *g, uint64_t gpa, unsigned len)
{
	struct sh_frame *f = sh_frame_at(gpa);
	if (!f)
		return;
	sh.hc_ptw++;
	sh_frame_changed(g, f, (gpa & 0xfff) / 8, ((gpa + len - 1) & 0xfff) / 8);
}

static void sh_open(struct hv_guest *g, struct sh_frame *f);

/* A tracked frame no shadow table is made from any more: protection off. */
static void sh_untrack_dead(struct hv_guest *g, struct sh_frame *f)
{
	sh.dead++;
	sh_untrack(g, f);
	sh_flush_ept(g);
}

/*
 * A note (AB_BATCH_PT_NOTE, applied at the start of an exit): a site of a
 * pre-virtualized guest stores into its table at linear lin itself.  A
 * tracked frame is opened: snapshot taken, write access given back, so
 * that the stores that follow cost no exit, until it is closed (sh_sync).
 */
void hv_shadow_pt_note(struct hv_guest *g, uint64_t lin, unsigned size)
{
	uint64_t gpa;
	if (!sh.on)
		return;
	sh.notes++;
	/* Notes come in runs into the same table page: one guest walk per page.  A
	 * stale translation cannot hurt: the wrong frame is resynced at the next
	 * sync point, the right one stays protected and its stores are emulated. */
	if ((lin & ~0xfffull) == sh.note_page && sh.gcr3 == sh.note_cr3) {
		gpa = sh.note_frame | (lin & 0xfff);
	} else {
		if (hv_gva_to_gpa(g, lin, &gpa))
			return;
		sh.note_page = lin & ~0xfffull;
		sh.note_cr3 = sh.gcr3;
		sh.note_frame = gpa & ~0xfffull;
	}
	struct sh_frame *f = sh_frame_at(gpa);
	/* (a dead frame is left to the store's own exit, which untracks it) */
	if (f && !f->open && sh_frame_live(f)) {
		sh_open(g, f);
		sh.opens++;
	}
}

/*
 * Close the frame open in snapshot slot `slot`: compare, drop the shadow of
 * each changed entry, protect it again (the caller flushes the EPT).  -1 if
 * that reset everything (a frame with too many uses changed).
 */
static int sh_close(struct hv_guest *g, unsigned slot)
{
	struct sh_frame *f = sh_frame_at(sh.open_gpa[slot]);
	const uint64_t *p = hv_gpa_to_hva(g, sh.open_gpa[slot], HV_PAGE);
	sh.open_gpa[slot] = SH_FREE;
	sh.nopen--;
	sh.closes++;
	sh_epoch_bump(g);
	if (!f)
		return 0;
	sh.nopen_upper -= f->upper;
	f->open = 0;
	hv_ept_protect(g, f->gpa, 1);
	for (unsigned i = 0; i < 512; i++) {
		if (p[i] == sh_snap[slot][i])
			continue;
		sh.sync_diffs++;
		if (sh_frame_zap(g, f, i, i) < 0)
			return -1;
	}
	return 0;
}

/* Open frame f: snapshot, write access back (a full set closes its oldest first). */
static void sh_open(struct hv_guest *g, struct sh_frame *f)
{
	unsigned slot = 0;
	if (sh.nopen == SH_OPEN_MAX) {
		slot = sh.open_next;
		sh.open_next = (slot + 1) % SH_OPEN_MAX;
		sh.evicts++;
		if (sh_close(g, slot) < 0)
			return;		/* everything was reset: f is untracked */
	} else {
		while (sh.open_gpa[slot] != SH_FREE)
			slot++;
	}
	const uint64_t *p = hv_gpa_to_hva(g, f->gpa, HV_PAGE);
	hv_memcpy(sh_snap[slot], p, HV_PAGE);
	sh.open_gpa[slot] = f->gpa;
	sh.nopen++;
	sh.nopen_upper += f->upper;
	f->open = (uint8_t)(slot + 1);
	hv_ept_protect(g, f->gpa, 0);
	sh_flush_ept(g);
}

/*
 * A sync point: close every open frame (upper_only: those with upper-level
 * entries), so that the shadow follows every store into them, through a
 * site or not.
 */
static void sh_sync(struct hv_guest *g, int upper_only)
{
	if (!(upper_only ? sh.nopen_upper : sh.nopen))
		return;
	sh.syncs++;
	for (unsigned slot = 0; slot < SH_OPEN_MAX && sh.nopen; slot++) {
		if (sh.open_gpa[slot] == SH_FREE)
			continue;
		if (upper_only) {
			struct sh_frame *f = sh_frame_at(sh.open_gpa[slot]);
			if (f && !f->upper)
				continue;
		}
		if (sh_close(g, slot) < 0)
			return;		/* everything was reset (and flushed) */
	}
	sh_flush_ept(g);
}

/* Track guest table frame gpa (protect it) with one more use; -1 when full. */
static int sh_track(struct hv_guest *g, uint64_t gpa, int root, int level, uint64_t base)
{
	struct sh_frame *f = sh_frame_at(gpa);
	if (!f) {
		if (sh.nframes == SH_MAX_FRAMES || hv_ept_protect(g, gpa, 1) < 0)
			return -1;
		f = &sh.frame[sh.nframes++];
		f->gpa = gpa;
		f->nuse = 0;
		f->many = 0;
		f->upper = 0;
		f->open = 0;	/* the slot may hold an untracked frame's stale state */
		sh_fidx[gpa / HV_PAGE] = (uint16_t)(f - sh.frame + 1);
		sh_flush_ept(g);
		sh_epoch_bump(g);
	}
	for (unsigned u = 0; u < f->nuse; u++)
		if (f->use[u].root == root && f->use[u].level == level && f->use[u].base == base)
			return 0;
	if (!f->upper && (level > 1 || f->nuse == SH_USES)) {
		f->upper = 1;
		sh.nopen_upper += !!f->open;
	}
	if (f->nuse == SH_USES) {
		f->many = 1;
		return 0;
	}
	f->use[f->nuse++] = (struct sh_use){ (uint8_t)root, (uint8_t)level, base };
	return 0;
}

/* ---- the guest's walk and the fill ---- */
static uint64_t sh_rsvd_mask(void)
{
	static uint64_t mask;
	if (!mask) {
		uint32_t a, b, c, d;
		__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x80000008u), "c"(0));
		unsigned maxphy = a & 0xff;
		mask = ((1ull << 52) - 1) & ~((1ull << maxphy) - 1);
	}
	return mask;
}

enum sh_walk { SH_OK, SH_GUEST_FAULT, SH_STOP };

/*
 * #PF at linear la with hardware error code err (its W, U, I bits say what
 * was tried): walk the guest's tables; SH_OK after making the shadow entry,
 * SH_GUEST_FAULT with *gerr the error code bare metal gives, SH_STOP after a
 * report (the guest is stopped).
 */
static enum sh_walk sh_fill(struct hv_guest *g, uint64_t la, uint32_t err, uint32_t *gerr)
{
	int write = !!(err & PF_W), user = !!(err & PF_U), fetch = !!(err & PF_I);
	uint64_t cr4 = vmx_read(VMCS_CR4_READ_SHADOW);
	uint64_t rsvd = sh_rsvd_mask() | (sh.nxe ? 0 : SH_NX);
	uint64_t table = sh.gcr3 & PTE_ADDR, e = 0;
	uint64_t *ge[4], tgpa[4];
	int level, rw = 1, us = 1, nx = 0;
	uint32_t acc = (write ? PF_W : 0) | (user ? PF_U : 0) | (fetch && (sh.nxe || (cr4 & HV_BIT(20))) ? PF_I : 0);

	for (level = 4; level >= 1; level--) {
		uint64_t *t = hv_gpa_to_hva(g, table, HV_PAGE);
		if (!t) {
			hv_printf("hv: shadow: guest %s at guest-physical 0x%lx (walking linear 0x%lx, cr3=0x%lx) is outside its RAM 0x0-0x%lx\n",
				  level == 4 ? "PML4" : level == 3 ? "PDPT" : level == 2 ? "PD" : "PT",
				  table, la, sh.gcr3, g->mem_size - 1);
			hv_guest_stop(g, HV_STOP_FAULT, 0, "guest page table outside guest RAM at 0x%lx", table);
			return SH_STOP;
		}
		unsigned idx = (unsigned)(la >> (12 + 9 * (level - 1))) & 511;
		uint64_t *pe = &t[idx];
		e = *pe;
		ge[level - 1] = pe;
		tgpa[level - 1] = table;
		/*
		 * An entry of an open frame that changed since its snapshot: what was
		 * made from the old value goes now, and the snapshot takes the value
		 * this fill builds from.  Closing compares against the snapshot, so
		 * it must hold what the shadow was made from: a change, a fill and
		 * the change undone before the close would otherwise leave the
		 * fill's entry in place (Linux's fork and exec did that).
		 */
		struct sh_frame *f = sh.nopen ? sh_frame_at(table) : 0;
		if (f && f->open && sh_snap[f->open - 1][idx] != e) {
			sh.fill_syncs++;
			if (sh_frame_zap(g, f, idx, idx) < 0)
				return SH_OK;	/* everything was reset: the access faults again */
			sh_snap[f->open - 1][idx] = e;
			hv_invvpid(g);
		}
		if (!(e & SH_P)) {
			*gerr = acc;
			return SH_GUEST_FAULT;
		}
		uint64_t r = rsvd;
		if (level == 4 || (level == 3 && (e & SH_PS)))
			r |= level == 4 ? SH_PS : 0x3fffe000ull;	/* PS in a PML4E; 1 GiB page low bits */
		if (level == 2 && (e & SH_PS))
			r |= 0x1fe000ull;
		if (e & r) {
			*gerr = acc | PF_P | PF_RSVD;
			return SH_GUEST_FAULT;
		}
		rw &= !!(e & SH_RW);
		us &= !!(e & SH_US);
		nx |= sh.nxe && (e & SH_NX);
		if (level == 1 || ((level == 2 || level == 3) && (e & SH_PS)))
			break;
		table = e & PTE_ADDR;
	}
	/* Rights (SDM 3A 4.6): U/S, R/W with CR0.WP, XD, SMEP, SMAP (explicit accesses). */
	int wp = sh.wp, ok = 1;
	if (user && !us)
		ok = 0;
	if (write && !rw && (user || wp))
		ok = 0;
	if (fetch && nx)
		ok = 0;
	if (!user && us && fetch && (cr4 & HV_BIT(20)))
		ok = 0;
	if (!user && us && !fetch && (cr4 & HV_BIT(21)) && !(vmx_read(VMCS_GUEST_RFLAGS) & HV_BIT(18)))
		ok = 0;
	if (!ok) {
		*gerr = acc | PF_P;
		return SH_GUEST_FAULT;
	}
	if (write && !rw) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "shadow paging: supervisor write to read-only linear 0x%lx with CR0.WP=0 is not supported", la);
		return SH_STOP;
	}
	unsigned leaf = (unsigned)level;
	uint64_t mask = (1ull << (12 + 9 * (leaf - 1))) - 1;
	uint64_t frame = ((e & PTE_ADDR & ~mask) | (la & mask)) & ~0xfffull;
	uint64_t lapic = lapic_base(&g->lapic);
	if (frame >= g->mem_size && !(lapic_xapic_mmio(&g->lapic) && frame == lapic)) {
		hv_printf("hv: shadow: guest maps linear 0x%lx to guest-physical 0x%lx, outside its RAM 0x0-0x%lx\n",
			  la, frame, g->mem_size - 1);
		hv_guest_stop(g, HV_STOP_FAULT, 0, "guest page maps memory outside guest RAM at 0x%lx", frame);
		return SH_STOP;
	}
	/* Bare metal sets A on every level it used and D on the leaf of a write.
	 * In an open frame the snapshot follows (an entry that nothing else
	 * changed), so that closing it does not drop what this fill makes. */
	for (int l = 4; l >= (int)leaf; l--) {
		uint64_t set = SH_A | (write && l == (int)leaf ? SH_D : 0);
		uint64_t old = __atomic_fetch_or(ge[l - 1], set, __ATOMIC_SEQ_CST);
		struct sh_frame *f = sh.nopen && (old | set) != old ? sh_frame_at(tgpa[l - 1]) : 0;
		if (f && f->open) {
			uint64_t *snap = &sh_snap[f->open - 1][((uint64_t)ge[l - 1] & 0xfff) / 8];
			if (*snap == old)
				*snap = old | set;
		}
	}
	e = *ge[leaf - 1];

	/* Track (protect) the tables walked, then the shadow path and leaf. */
	int r = sh.cur;
	table = sh.gcr3 & PTE_ADDR;
	for (int l = 4; l >= (int)leaf; l--) {
		uint64_t base = sh_canon(la & ~((1ull << (12 + 9 * l)) - 1));
		if (l == 4)
			base = 0;
		if (sh_track(g, table, r, l, base) < 0) {
			sh_reset(g);
			return SH_OK;	/* the access faults again and fills on an empty shadow */
		}
		table = *ge[l - 1] & PTE_ADDR;
	}
	uint64_t *st = sh.root[r].pml4;
	for (int l = 4; l > 1; l--) {
		uint64_t *se = &st[(la >> (12 + 9 * (l - 1))) & 511];
		if (!(*se & SH_P)) {
			uint64_t *n = sh_alloc();
			if (!n) {
				sh_reset(g);
				return SH_OK;
			}
			*se = sh_gpa_of(n) | SH_P | SH_RW | SH_US | SH_A;
			sh_src[sh_pool_index(n)] = l - 1 >= (int)leaf ? tgpa[l - 2] : SH_FREE;
		}
		st = sh_table_of(*se);
	}
	uint64_t pat = leaf == 1 ? (e & SH_PS) : (e >> 5) & SH_PS;	/* PAT: bit 7 of a PTE, 12 of a large page */
	uint64_t s = frame | SH_P | SH_A | (e & (SH_PWT | SH_PCD | SH_G)) | pat;
	if (us)
		s |= SH_US;
	if (nx)
		s |= SH_NX;
	if (rw && (e & SH_D))
		s |= SH_RW | SH_D;
	st[(la >> 12) & 511] = s;
	return SH_OK;
}

/* ---- exits ---- */

/* For a report: the walk of la through the CPU's shadow root and the guest's tables. */
static void sh_dump_walk(struct hv_guest *g, uint64_t la)
{
	uint64_t root = vmx_read(VMCS_GUEST_CR3) & PTE_ADDR, gt = sh.gcr3 & PTE_ADDR;
	hv_printf("hv: shadow: walk of 0x%lx: VMCS CR3 0x%lx, root %d (valid %d, 0x%lx), guest cr3 0x%lx\n", la, root,
		  sh.cur, sh.cur >= 0 ? sh.root[sh.cur].valid : 0, sh.cur >= 0 ? sh_gpa_of(sh.root[sh.cur].pml4) : 0,
		  sh.gcr3);
	for (int l = 4; l >= 1; l--) {
		unsigned i = (unsigned)(la >> (12 + 9 * (l - 1))) & 511;
		uint64_t se = 0, ge = 0;
		if (root >= sh.gpa && root < sh.gpa + sizeof(sh_pool))
			se = sh_table_of(root)[i];
		const uint64_t *t = hv_gpa_to_hva(g, gt, HV_PAGE);
		if (t)
			ge = t[i];
		struct sh_frame *f = sh_frame_at(gt);
		hv_printf("hv: shadow:   level %d [%u]: shadow 0x%lx (table 0x%lx), guest 0x%lx (table 0x%lx, %s)\n", l, i,
			  se, root, ge, gt, !f ? "untracked" : f->open ? "open" : "protected");
		if (!(se & SH_P) || !(ge & SH_P) || (l > 1 && (ge & SH_PS)))
			break;
		root = se & PTE_ADDR;
		gt = ge & PTE_ADDR;
	}
}

/* A #PF exit (every #PF exits under shadow). */
void hv_shadow_pf(struct hv_guest *g, struct hv_regs *r)
{
	uint64_t la = vmx_read(VMCS_EXIT_QUALIFICATION);
	uint32_t err = (uint32_t)vmx_read(VMCS_EXIT_INTR_ERR), gerr = 0;
	uint64_t t0 = hv_rdtsc();
	sh.pf++;
	if (sh.nxe != !!(vmx_read(VMCS_GUEST_EFER) & EFER_NXE))
		sh_activate(g);		/* EFER.NXE changed (a WRMSR we do not hook): rebuild */
	uint64_t rip = vmx_read(VMCS_GUEST_RIP);
	enum sh_walk w = sh_fill(g, la, err, &gerr);
	if (w == SH_STOP)
		return;
	if (w == SH_GUEST_FAULT) {
		sh.guest_pf++;
		__asm__ volatile("mov %0, %%cr2" :: "r"(la) : "memory");	/* VMX leaves CR2 to us */
		hv_inject_exception(VEC_PF, 1, gerr);
		return;
	}
	sh.fills++;
	sh.fill_tsc += hv_rdtsc() - t0;
	/*
	 * A fill that does not make the access pass would loop: flush, then give
	 * up.  Only a fault on the very next exit counts: a user loop that the
	 * kernel interrupts (nanosleep in /init's timer test) can refault the
	 * same fetch many times, each after its entry was legitimately dropped.
	 */
	if (la == sh.last_la && rip == sh.last_rip && g->exits_total == sh.last_exit + 1) {
		if (++sh.same_fill == 4)
			hv_invvpid(g);
		if (sh.same_fill > 16) {
			sh_dump_walk(g, la);
			hv_guest_stop(g, HV_STOP_FAULT, 0, "shadow paging: #PF at linear 0x%lx (error 0x%x) repeats after its fill", la, err);
		}
	} else {
		sh.same_fill = 0;
	}
	sh.last_la = la;
	sh.last_rip = rip;
	sh.last_exit = g->exits_total;
}

/* A MOV to CR3 (CR3-load exiting is on): bit 63 (PCID no-flush) is not part of CR3. */
void hv_shadow_cr3(struct hv_guest *g, uint64_t v)
{
	sh.cr3_loads++;
	sh_sync(g, 0);
	sh.note_page = ~0ull;
	sh.gcr3 = v & ~(1ull << 63);
	sh.last_la = ~0ull;
	if (vmx_read(VMCS_CR0_READ_SHADOW) & CR0_PG) {
		uint64_t gpa = sh.gcr3 & PTE_ADDR;
		if (!hv_gpa_to_hva(g, gpa, HV_PAGE)) {
			hv_printf("hv: shadow: guest loads cr3=0x%lx: its PML4 is outside its RAM 0x0-0x%lx\n",
				  sh.gcr3, g->mem_size - 1);
			hv_guest_stop(g, HV_STOP_FAULT, 0, "CR3 outside guest RAM (0x%lx)", sh.gcr3);
			return;
		}
	}
	sh_activate(g);
}

/* CR0 or CR4 changed (hv_exit.c wrote the guest's values first). */
void hv_shadow_cr_changed(struct hv_guest *g, int cr, uint64_t old, uint64_t val)
{
	uint64_t cr4 = vmx_read(VMCS_CR4_READ_SHADOW), cr0 = vmx_read(VMCS_CR0_READ_SHADOW);
	sh_sync(g, 0);
	if (cr0 & CR0_PG) {
		if (!(vmx_read(VMCS_GUEST_EFER) & EFER_LMA) || (cr4 & HV_BIT(12)) || (cr4 & CR4_PKE)) {
			hv_guest_stop(g, HV_STOP_FAULT, 0, "shadow paging supports 4-level paging in IA-32e mode only "
				      "(cr0=0x%lx cr4=0x%lx efer=0x%lx)", cr0, cr4, vmx_read(VMCS_GUEST_EFER));
			return;
		}
		vmx_write(VMCS_GUEST_CR0, vmx_read(VMCS_GUEST_CR0) | CR0_WP);	/* dirty tracking traps */
	}
	/* PSE, PAE, PGE, SMEP, SMAP, CR0.WP and PG decide what a shadow entry means. */
	uint64_t mattr = cr == 0 ? (CR0_PG | CR0_WP) : (CR4_PAE | HV_BIT(4) | HV_BIT(7) | HV_BIT(20) | HV_BIT(21));
	if ((old ^ val) & mattr) {
		if ((old ^ val) & (CR0_WP | HV_BIT(20) | HV_BIT(21)))
			sh_reset(g);
		sh.last_la = ~0ull;
		sh_activate(g);
	}
}

/* MOV from CR3 (CR3-store exiting is on): the guest's own value. */
uint64_t hv_shadow_cr3_read(void)
{
	return sh.gcr3;
}

/* INVLPG: the shadow PTE of that address goes (and the CPU's TLB). */
void hv_shadow_invlpg(struct hv_guest *g, uint64_t la)
{
	sh.invlpg++;
	sh_sync(g, 1);
	if (sh.cur >= 0)
		sh_zap(sh.cur, 1, la);
	hv_invvpid(g);
}

/* INVPCID: the shadow is exact (write protection), so only the CPU's TLB. */
void hv_shadow_invpcid(struct hv_guest *g)
{
	sh.invpcid++;
	sh_sync(g, 0);
	hv_invvpid(g);
}

/*
 * An EPT write violation at gpa: 1 if gpa is a tracked guest table frame
 * (the store emulated, or the frame untracked so that the store runs
 * itself), 0 if not ours.
 */
int hv_shadow_ept_write(struct hv_guest *g, struct hv_regs *r, uint64_t gpa)
{
	struct sh_frame *f = sh_frame_at(gpa);
	if (!f)
		return 0;
	if (f->open) {
		/* Opened by this exit's note: the store runs itself.  Again at the
		 * same store: the write access did not reach the CPU's translation
		 * (insurance: the loop once seen with Linux was a new frame that
		 * inherited a stale `open`, fixed in sh_track): give it again. */
		sh.open_traps++;
		if (gpa == sh.open_trap_gpa && vmx_read(VMCS_GUEST_RIP) == sh.open_trap_rip) {
			sh.open_reflush++;
			if (sh.open_gpa[f->open - 1] != f->gpa && sh.open_reflush < 4)
				hv_printf("hv: shadow: open frame 0x%lx not in its slot %u (0x%lx)\n", f->gpa,
					  f->open - 1, sh.open_gpa[f->open - 1]);
			hv_ept_protect(g, f->gpa, 0);
			sh_flush_ept(g);
		}
		sh.open_trap_gpa = gpa;
		sh.open_trap_rip = vmx_read(VMCS_GUEST_RIP);
		return 1;
	}
	if (!sh_frame_live(f)) {
		sh_untrack_dead(g, f);	/* the store runs itself */
		return 1;
	}
	uint8_t b[15];
	struct hv_mov in;
	uint64_t rip = vmx_read(VMCS_GUEST_RIP);
	uint64_t cs_ar = vmx_read(VMCS_GUEST_CS_AR);
	unsigned n = hv_insn_fetch(g, vmx_read(VMCS_GUEST_CS_BASE) + rip, b);
	int long_mode = (vmx_read(VMCS_GUEST_EFER) & EFER_LMA) && (cs_ar & AR_L);
	hv_decode_mov(b, n, long_mode, !!(cs_ar & AR_DB), &in);
	uint8_t *p = hv_gpa_to_hva(g, gpa, in.size);
	if (in.bad || !in.write || !p || (vmx_read(VMCS_IDT_VECTORING_INFO) & INTR_INFO_VALID) ||
	    ((gpa & 0xfff) + in.size > 0x1000)) {
		/*
		 * Not a MOV store we emulate (rep stos clearing a table, xchg, a
		 * store during event delivery): the frame is opened as for a note,
		 * the instruction runs itself, and closing the frame compares.
		 * Untracking it instead would loop on a table that maps its own
		 * store (Linux clears its live PML4 with rep stos): the fill of the
		 * store's address would protect the frame again.
		 */
		sh_open(g, f);
		sh.wp_open++;
		return 1;
	}
	uint64_t v = in.reg < 0 ? in.imm : in.reg == 4 ? vmx_read(VMCS_GUEST_RSP) :
		     (&r->rax)[(const unsigned char[]){ 0, 2, 3, 1, 0, 6, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14 }[in.reg & 15]];
	sh.wp_emul++;
	sh_frame_changed(g, f, (gpa & 0xfff) / 8, ((gpa + in.size - 1) & 0xfff) / 8);
	hv_memcpy(p, &v, in.size);	/* little-endian: the low in.size bytes */
	vmx_write(VMCS_GUEST_RIP, rip + in.len);
	uint64_t intr = vmx_read(VMCS_GUEST_INTERRUPTIBILITY);
	if (intr & (INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS))
		vmx_write(VMCS_GUEST_INTERRUPTIBILITY, intr & ~(INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS));
	hv_event_insn_done();
	return 1;
}

/* ---- start and report ---- */

/* hv.mmu=shadow: after vmx_vmcs_setup and the boot state. */
void hv_shadow_start(struct hv_guest *g, const char *hv_cmdline)
{
	const char *m = hv_cmdline_value(hv_cmdline, "hv.mmu");
	hv_memset(&sh, 0, sizeof(sh));
	hv_memset(sh_fidx, 0, sizeof(sh_fidx));
	if (!m || !hv_memcmp(m, "ept", 3))
		return;
	if (hv_memcmp(m, "shadow", 6)) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "hv.mmu=%s: want ept or shadow", m);
		return;
	}
	if (hv_cmdline_has(hv_cmdline, "hv.profile")) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "hv.mmu=shadow and hv.profile do not go together");
		return;
	}
	sh.on = 1;
	sh.gpa = (g->mem_size + SH_2M - 1) & ~(SH_2M - 1);
	if (hv_ept_map(sh.gpa, (uint64_t)sh_pool, sizeof(sh_pool), EPT_R | EPT_MEMTYPE_WB) < 0)
		hv_fatal("shadow pool does not fit the EPT");
	sh.gcr3 = vmx_read(VMCS_GUEST_CR3);
	sh.cur = -1;
	sh_reset(g);
	sh.resets = 0;
	sh.last_la = ~0ull;
	sh.note_page = ~0ull;
	for (unsigned i = 0; i < SH_OPEN_MAX; i++)
		sh.open_gpa[i] = SH_FREE;
	/* #PF, CR3 loads and stores, INVLPG (and INVPCID with it) exit; PG, WP and the
	 * CR4 paging bits are ours, so that each change exits. */
	vmx_write(VMCS_EXCEPTION_BITMAP, vmx_read(VMCS_EXCEPTION_BITMAP) | HV_BIT(VEC_PF));
	g->proc_ctls |= PROC_CR3_LOAD_EXITING | PROC_CR3_STORE_EXITING | PROC_INVLPG_EXITING;
	vmx_write(VMCS_PROC_CTLS, g->proc_ctls);
	vmx_write(VMCS_CR0_GUEST_HOST_MASK, vmx_read(VMCS_CR0_GUEST_HOST_MASK) | CR0_PG | CR0_WP);
	vmx_write(VMCS_CR4_GUEST_HOST_MASK, vmx_read(VMCS_CR4_GUEST_HOST_MASK) | CR4_PAE | HV_BIT(4) |
		  HV_BIT(7) | HV_BIT(12) | HV_BIT(20) | HV_BIT(21) | CR4_PKE);
	hv_printf("hv: mmu: shadow paging (EPT identity underneath; %u shadow tables at guest-physical 0x%lx, read-only)\n",
		  SH_POOL_PAGES, sh.gpa);
}

void hv_shadow_report(struct hv_guest *g)
{
	if (!sh.on)
		return;
	hv_printf("hv: shadow: cr3_loads=%lu root_hits=%lu pf=%lu fills=%lu guest_pf=%lu wp_emul=%lu "
		  "invlpg=%lu invpcid=%lu hc_ptwrite=%lu zaps=%lu resets=%lu tables_tracked=%u pool_free=%u\n",
		  sh.cr3_loads, sh.root_hits, sh.pf, sh.fills, sh.guest_pf, sh.wp_emul, sh.invlpg,
		  sh.invpcid, sh.hc_ptw, sh.zaps, sh.resets, sh.nframes, sh.nfree);
	hv_printf("hv: shadow: notes=%lu opens=%lu open_traps=%lu wp_open=%lu syncs=%lu closes=%lu evicts=%lu "
		  "sync_diffs=%lu fill_syncs=%lu open_reflush=%lu untracked_dead=%lu\n", sh.notes, sh.opens, sh.open_traps,
		  sh.wp_open, sh.syncs, sh.closes, sh.evicts, sh.sync_diffs, sh.fill_syncs, sh.open_reflush, sh.dead);
	hv_printf("hv: shadow: fill cost %lu TSC ticks each (%lu fills)\n", sh.fills ? sh.fill_tsc / sh.fills : 0,
		  sh.fills);
}
