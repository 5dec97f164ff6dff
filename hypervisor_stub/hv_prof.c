/*
 * hv_prof.c - hv.profile: find the guest instructions that store into its
 * own page tables (issue 9), the hypervisor's counterpart of
 * afterburn-kvm --profile, so the second build pass needs no /dev/kvm.
 *
 * How:
 *  - Roots: every CR3 the guest loads in IA-32e mode (CR3-load exiting is on
 *    while profiling) and the CR3 seen at any exit; the last HV_PROF_ROOTS
 *    are kept, so tables of address spaces that are switched out stay seen.
 *    A root that is not the current CR3 is kept only while it still looks
 *    like a PML4 of the same guest: at least one present entry equals the
 *    current root's entry of the same slot (the kernel half every address
 *    space shares), every other one points at a frame the last walk found
 *    a PDPT (no PS bit, inside guest RAM); and only
 *    for HV_PROF_ROOT_TTL walks after it was last current (Linux never
 *    loads its boot PML4 again; it points at init memory that is freed and
 *    reused).  A freed PML4 reused as data is dropped with all it reached;
 *    a store that made it fail the test, or that left a PML4 entry
 *    neither empty nor a table (a kernel pointer is "not present"), is
 *    not counted: a page-table store leaves a PML4 a PML4.  Seed frames
 *    count every store.
 *  - User memory is not a table: a store from CPL 3, or a store through a
 *    lower-half (user) address by a kernel running in the upper half, into
 *    a protected frame means the frame is no longer a table (a table freed
 *    and reused, still reached from a stale root).  The root that reached
 *    it (walks go from the current CR3 first, so that is never it unless
 *    only the current one does) is dropped and the walk done again, until
 *    the frame is free; the store is not counted (user_drops in the report).
 *  - A walk marks every table frame reachable from the roots (4 = PML4 ..
 *    1 = PT) and write-protects it in EPT (hv_ept_protect, 4 KiB
 *    granularity); frames that are no longer tables get write access back.
 *  - A guest store into a protected frame is an EPT violation that exits
 *    BEFORE the store: guest RIP is the storing instruction's first byte, so
 *    no decoding is needed.  We count it, open the frame, and single-step the
 *    store with RFLAGS.TF and #DB exiting (Bochs has no monitor trap flag);
 *    at the #DB exit the frame is closed again, and a store into a PML4,
 *    PDPT or PD frame (which can link or unlink a table) triggers a new
 *    walk.  No interrupt is injected while the step is pending (hv_irq.c
 *    asks hv_prof_stepping), so the step is the store itself.  A rep string
 *    store (one trap per iteration) instead leaves its frame open until
 *    the next exit of any kind.
 *  - At the guest's end the counts go to the log as `hv: profile site`
 *    lines; afterburn-run --profile turns them into the profile file with
 *    the image's stable IDs (loader/profile_write.c).
 * With hv.profile_seed (the tables of an earlier run) those frames are
 * protected from the start, so the stores that fill a table before it is
 * linked in are seen too (level 0 in the report: not a live table then).
 * Limits (as afterburn-kvm's): without a seed such stores, and tables of an
 * address space whose CR3 was never loaded in IA-32e mode, are not seen;
 * only 4-level paging.
 */
#include "hv.h"

#define HV_PROF_ROOTS		16
#define HV_PROF_MAX_FRAMES	((1ull << 30) / HV_PAGE)	/* frames of the first GiB */
#define HV_PROF_MAX_TABLES	8192	/* protected at once */
#define HV_PROF_MAX_SITES	2048
#define HV_PROF_ROOT_TTL	64	/* walks a switched-out root is kept */

struct hv_prof_site {
	uint64_t rip;
	uint64_t count;
	uint8_t level;		/* highest table level stored into */
};

static struct {
	int on;
	uint64_t nframes;
	uint64_t roots[HV_PROF_ROOTS];
	uint64_t root_walk[HV_PROF_ROOTS];	/* walks when it was last current */
	unsigned nroots, next_root;
	uint16_t gen;			/* walk generation: seen[] == gen means reached */
	uint64_t step_frame;		/* frame opened for the pending step, ~0 = none */
	uint64_t step_tf;		/* the guest's own RFLAGS.TF before the step */
	uint64_t step_rip;		/* the stepped store */
	uint64_t step_gpa, open_gpa;	/* where it stored / the open frame's store */
	uint64_t open_frame;		/* left writable by a rep string store until the next exit, ~0 = none */
	int step_site, open_site;	/* sites[] of the pending step / the open frame's store */
	uint32_t ntables;
	uint32_t tables[HV_PROF_MAX_TABLES];	/* protected frames */
	unsigned nsites;
	struct hv_prof_site sites[HV_PROF_MAX_SITES];
	uint64_t walks, writes, ptinits, max_tables, outside, lost_sites, lost_tables, no_split, guest_tf;
	uint64_t seeded, rep_open, stale, dropped_roots, aged_roots, user_drops, user_seed, user_live, uncounted;
} hv_prof;

static uint8_t hv_prof_level[HV_PROF_MAX_FRAMES];	/* table level now, 0 = not a table */
static uint8_t hv_prof_ever[HV_PROF_MAX_FRAMES];	/* highest level in this run */
static uint16_t hv_prof_seen[HV_PROF_MAX_FRAMES];
static uint8_t hv_prof_seed[HV_PROF_MAX_FRAMES];	/* a table in the seed run: protected throughout */
static uint8_t hv_prof_owner[HV_PROF_MAX_FRAMES];	/* roots[] slot whose walk reached it first */

int hv_prof_stepping(void)
{
	return hv_prof.on && hv_prof.step_frame != ~0ull;
}

/* EPT permissions changed: drop cached guest-physical and combined translations. */
static void hv_prof_flush(struct hv_guest *g)
{
	hv_invept_all();
	hv_invvpid(g);
}

static void hv_prof_protect(struct hv_guest *g, uint64_t frame, int on)
{

	if (hv_ept_protect(g, frame * HV_PAGE, on) < 0)
		hv_prof.no_split++;
}

static int hv_prof_hex(const char **p, uint64_t *v)
{
	const char *s = *p;
	*v = 0;
	for (; (*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f'); s++)
		*v = *v * 16 + (uint64_t)(*s <= '9' ? *s - '0' : *s - 'a' + 10);
	if (s == *p)
		return -1;
	*p = s;
	return 0;
}

/*
 * hv.profile_seed=F-L,F,...: frames (hex) that were page tables in an
 * earlier run of the same guest (afterburn-run --profile-seed).  Guest
 * allocations are deterministic, so protecting them from the first
 * instruction on also catches the stores that fill a table before it is
 * linked in.
 */
static void hv_prof_read_seed(struct hv_guest *g, const char *s)
{
	uint64_t first, last, n = 0;
	if (!s)
		return;
	while (*s && *s != ' ') {
		if (hv_prof_hex(&s, &first) < 0)
			break;
		last = first;
		if (*s == '-' && (s++, hv_prof_hex(&s, &last) < 0))
			break;
		for (uint64_t f = first; f <= last && f < hv_prof.nframes; f++, n++) {
			hv_prof_seed[f] = 1;
			hv_prof_protect(g, f, 1);
		}
		if (*s == ',')
			s++;
	}
	if (*s && *s != ' ')
		hv_printf("hv: profile: hv.profile_seed not understood from \"%.16s\" on\n", s);
	hv_prof_flush(g);
	hv_prof.seeded = n;
}

void hv_prof_start(struct hv_guest *g, const char *hv_cmdline)
{
	hv_memset(&hv_prof, 0, sizeof(hv_prof));
	hv_prof.step_frame = ~0ull;
	hv_prof.open_frame = ~0ull;
	if (!hv_cmdline_has(hv_cmdline, "hv.profile"))
		return;
	hv_memset(hv_prof_level, 0, sizeof(hv_prof_level));
	hv_memset(hv_prof_ever, 0, sizeof(hv_prof_ever));
	hv_memset(hv_prof_seen, 0, sizeof(hv_prof_seen));
	hv_memset(hv_prof_seed, 0, sizeof(hv_prof_seed));
	hv_prof.on = 1;
	hv_prof.nframes = g->mem_size / HV_PAGE;
	if (hv_prof.nframes > HV_PROF_MAX_FRAMES)
		hv_prof.nframes = HV_PROF_MAX_FRAMES;
	hv_prof_read_seed(g, hv_cmdline_value(hv_cmdline, "hv.profile_seed"));
	g->proc_ctls |= PROC_CR3_LOAD_EXITING;
	vmx_write(VMCS_PROC_CTLS, g->proc_ctls);
	hv_printf("hv: profile: page-table stores of guest %u are recorded (frames below 0x%lx)\n",
		  g->index, (uint64_t)(hv_prof.nframes * HV_PAGE));
}

/* Mark the table at `frame` (level 4..1) and everything below it, reached from roots[root]. */
static void hv_prof_walk_table(struct hv_guest *g, uint64_t frame, int level, uint8_t root)
{
	if (frame >= hv_prof.nframes) {
		hv_prof.outside++;
		return;
	}
	if (hv_prof_seen[frame] == hv_prof.gen && hv_prof_level[frame] >= level)
		return;		/* reached already (shared kernel half) */
	if (hv_prof_seen[frame] != hv_prof.gen)
		hv_prof_owner[frame] = root;
	hv_prof_seen[frame] = hv_prof.gen;
	if (!hv_prof_level[frame]) {
		if (hv_prof.ntables == HV_PROF_MAX_TABLES) {
			hv_prof.lost_tables++;
			return;
		}
		hv_prof.tables[hv_prof.ntables++] = (uint32_t)frame;
		hv_prof_protect(g, frame, 1);
	}
	hv_prof_level[frame] = (uint8_t)level;
	if (level > hv_prof_ever[frame])
		hv_prof_ever[frame] = (uint8_t)level;
	if (level == 1)
		return;
	const uint64_t *t = hv_gpa_to_hva(g, frame * HV_PAGE, HV_PAGE);
	for (unsigned i = 0; i < 512; i++) {
		uint64_t e = t[i];
		if (!(e & PTE_P) || (level <= 3 && (e & PTE_PS)))
			continue;	/* not present, or a 1 GiB / 2 MiB page */
		hv_prof_walk_table(g, (e & PTE_ADDR) / HV_PAGE, level - 1, root);
	}
}

/*
 * A root the guest switched away from may have been freed and reused (a
 * process's PML4 after exit; Linux's slob puts small integers in it, which
 * look like present entries).  It still is one of this guest's PML4s if
 * one present entry is the current root's entry of the same slot (the
 * shared kernel half) and every other present entry points at a frame the
 * last walk found a PDPT (its own user half: an entry it gained while
 * switched out is missed until it is current again, or seeded).
 */
static int hv_prof_root_ok(struct hv_guest *g, uint64_t root, uint64_t cr3)
{
	const uint64_t *t = hv_gpa_to_hva(g, root, HV_PAGE);
	const uint64_t *cur = hv_gpa_to_hva(g, cr3, HV_PAGE);
	int shared = 0;
	if (!t || !cur)
		return 0;
	for (unsigned i = 0; i < 512; i++) {
		if (!(t[i] & PTE_P))
			continue;
		if (t[i] == cur[i]) {
			shared = 1;
			continue;
		}
		uint64_t f = (t[i] & PTE_ADDR) / HV_PAGE;
		if ((t[i] & PTE_PS) || f >= hv_prof.nframes || hv_prof_level[f] != 3)
			return 0;
	}
	return shared;
}

static void hv_prof_drop_root(unsigned i)
{
	hv_prof.nroots--;
	hv_prof.roots[i] = hv_prof.roots[hv_prof.nroots];
	hv_prof.root_walk[i] = hv_prof.root_walk[hv_prof.nroots];
	hv_prof.next_root = 0;
}

/*
 * Walk from every root, the current CR3 first (a frame it reaches is its
 * own, hv_prof_owner); frames no longer reached get write access back.
 */
static void hv_prof_walk(struct hv_guest *g)
{
	hv_prof.walks++;
	if (++hv_prof.gen == 0) {	/* wrapped: old marks could look current */
		hv_memset(hv_prof_seen, 0, sizeof(hv_prof_seen));
		hv_prof.gen = 1;
	}
	uint64_t cr3 = vmx_read(VMCS_GUEST_CR3) & PTE_ADDR;
	for (unsigned i = 0; i < hv_prof.nroots; ) {
		if (hv_prof.roots[i] == cr3) {
			hv_prof.root_walk[i] = hv_prof.walks;
		} else if (hv_prof.walks - hv_prof.root_walk[i] > HV_PROF_ROOT_TTL) {
			hv_prof.aged_roots++;		/* switched out long ago */
			hv_prof_drop_root(i);
			continue;
		} else if (!hv_prof_root_ok(g, hv_prof.roots[i], cr3)) {
			hv_prof.dropped_roots++;	/* freed and reused: no longer a PML4 */
			hv_prof_drop_root(i);
			continue;
		}
		i++;
	}
	for (unsigned i = 0; i < hv_prof.nroots; i++)
		if (hv_prof.roots[i] == cr3)
			hv_prof_walk_table(g, cr3 / HV_PAGE, 4, (uint8_t)i);
	for (unsigned i = 0; i < hv_prof.nroots; i++)
		if (hv_prof.roots[i] != cr3)
			hv_prof_walk_table(g, hv_prof.roots[i] / HV_PAGE, 4, (uint8_t)i);
	uint32_t n = 0;
	for (uint32_t i = 0; i < hv_prof.ntables; i++) {
		uint32_t f = hv_prof.tables[i];
		if (hv_prof_seen[f] == hv_prof.gen) {
			hv_prof.tables[n++] = f;
		} else {
			hv_prof_level[f] = 0;
			if (!hv_prof_seed[f])
				hv_prof_protect(g, f, 0);
		}
	}
	hv_prof.ntables = n;
	if (n > hv_prof.max_tables)
		hv_prof.max_tables = n;
	hv_prof_flush(g);
}

/* Is `frame` a root other than the current CR3 (its slot, else -1)? */
static int hv_prof_other_root(uint64_t frame)
{
	uint64_t cr3 = vmx_read(VMCS_GUEST_CR3) & PTE_ADDR;
	for (unsigned i = 0; i < hv_prof.nroots; i++)
		if (hv_prof.roots[i] == frame * HV_PAGE && hv_prof.roots[i] != cr3)
			return (int)i;
	return -1;
}

/* A PML4 entry a table store can leave: empty, or a table in guest RAM. */
static int hv_prof_pml4e_ok(struct hv_guest *g, uint64_t e)
{
	return !e || ((e & PTE_P) && !(e & PTE_PS) && (e & PTE_ADDR) < g->mem_size);
}

/*
 * Write-protect a frame again after its store `site` at `gpa` (walk if it
 * can link tables).  A store into a PML4 that left its entry neither empty
 * nor a table (a pointer, a small integer), or left a switched-out root no
 * PML4, was no page-table store: the frame is a freed PML4 reused as data.
 * It is taken back from `site`, and such a switched-out root dropped.
 */
static void hv_prof_close(struct hv_guest *g, uint64_t frame, uint64_t gpa, int site)
{
	if (!hv_prof_level[frame] && !hv_prof_seed[frame])
		return;		/* a walk while it was open dropped it: stays writable */
	if (hv_prof_level[frame] == 4 && !hv_prof_seed[frame]) {
		int r = hv_prof_other_root(frame);
		const uint64_t *e = hv_gpa_to_hva(g, gpa & ~7ull, 8);
		int bad = (e && !hv_prof_pml4e_ok(g, *e)) ||
			  (r >= 0 && !hv_prof_root_ok(g, frame * HV_PAGE, vmx_read(VMCS_GUEST_CR3) & PTE_ADDR));
		if (bad && site >= 0) {
			hv_prof.uncounted++;
			hv_prof.writes--;
			if (!--hv_prof.sites[site].count)
				hv_prof.sites[site] = hv_prof.sites[--hv_prof.nsites];
		}
		if (bad && r >= 0) {
			hv_prof.dropped_roots++;
			hv_prof_drop_root((unsigned)r);
		}
	}
	hv_prof_protect(g, frame, 1);
	if (hv_prof_level[frame] >= 2)
		hv_prof_walk(g);
	else
		hv_prof_flush(g);
}

/* A CR3 the guest runs on (IA-32e paging only): a root, walked if new. */
void hv_prof_cr3(struct hv_guest *g, uint64_t cr3)
{
	if (!hv_prof.on || !(vmx_read(VMCS_GUEST_EFER) & EFER_LMA))
		return;
	uint64_t root = cr3 & PTE_ADDR;
	for (unsigned i = 0; i < hv_prof.nroots; i++)
		if (hv_prof.roots[i] == root) {
			hv_prof.root_walk[i] = hv_prof.walks;
			return;
		}
	unsigned i;
	if (hv_prof.nroots < HV_PROF_ROOTS) {
		i = hv_prof.nroots++;
	} else {
		i = hv_prof.next_root;		/* replace the oldest */
		hv_prof.next_root = (hv_prof.next_root + 1) % HV_PROF_ROOTS;
	}
	hv_prof.roots[i] = root;
	hv_prof.root_walk[i] = hv_prof.walks;
	hv_prof_walk(g);
}

/* Every exit: paging may have been turned on with a CR3 loaded before. */
void hv_prof_exit(struct hv_guest *g)
{
	if (!hv_prof.on)
		return;
	uint64_t f = hv_prof.open_frame;
	if (f != ~0ull) {
		hv_prof.open_frame = ~0ull;
		hv_prof_close(g, f, hv_prof.open_gpa, hv_prof.open_site);
	}
	hv_prof_cr3(g, vmx_read(VMCS_GUEST_CR3));
}

/* Count a store of `rip`: its sites[] index, -1 over the limit. */
static int hv_prof_count(uint64_t rip, int level)
{
	for (unsigned i = 0; i < hv_prof.nsites; i++)
		if (hv_prof.sites[i].rip == rip) {
			hv_prof.sites[i].count++;
			if (level > hv_prof.sites[i].level)
				hv_prof.sites[i].level = (uint8_t)level;
			return (int)i;
		}
	if (hv_prof.nsites == HV_PROF_MAX_SITES) {
		hv_prof.lost_sites++;
		return -1;
	}
	hv_prof.sites[hv_prof.nsites] = (struct hv_prof_site){ rip, 1, (uint8_t)level };
	return (int)hv_prof.nsites++;
}

/*
 * Is the faulting store a store into user memory?  From CPL 3 (SS.DPL), or
 * by a kernel that runs in the upper half through a lower-half address
 * (Linux reaches its tables through the direct map or its image, never
 * through a user address; a kernel that runs identity-mapped low, like the
 * sample guest, is not judged by the address).
 */
static int hv_prof_user_store(void)
{
	const uint64_t upper = 0xffff800000000000ull;
	if (((vmx_read(VMCS_GUEST_SS_AR) >> 5) & 3) == 3)
		return 1;
	return vmx_read(VMCS_GUEST_RIP) >= upper &&
	       (vmx_read(VMCS_EXIT_QUALIFICATION) & EPTQ_LINEAR_VALID) &&
	       vmx_read(VMCS_GUEST_LINEAR_ADDR) < upper;
}

/*
 * A store into user memory hit a protected frame: the frame is no longer a
 * table.  Drop the roots that still reach it (a stale PML4 whose walk went
 * through reused pages), then walk again; a seed frame loses its seed mark.
 * 0 if the current address space itself links the frame as a table: then
 * it is counted as a table store (user_live in the report).
 */
static int hv_prof_drop_user(struct hv_guest *g, uint64_t frame)
{
	uint64_t cr3 = vmx_read(VMCS_GUEST_CR3) & PTE_ADDR;
	if (hv_prof_seed[frame]) {
		hv_prof_seed[frame] = 0;
		hv_prof.user_seed++;
	}
	while (hv_prof_level[frame]) {
		uint8_t r = hv_prof_owner[frame];
		if (r >= hv_prof.nroots || hv_prof.roots[r] == cr3) {
			hv_prof.user_live++;
			return 0;
		}
		hv_prof_drop_root(r);
		hv_prof.dropped_roots++;
		hv_prof_walk(g);
	}
	hv_prof.user_drops++;
	hv_prof_protect(g, frame, 0);
	hv_prof_flush(g);
	return 1;
}

/*
 * EPT violation on a write: 1 if it was a store into a protected table.
 * The frame is opened and the store single-stepped with RFLAGS.TF (Bochs
 * offers no monitor trap flag): #DB exits while the step is pending.
 */
int hv_prof_ept_write(struct hv_guest *g, uint64_t gpa)
{
	uint64_t frame = gpa / HV_PAGE;
	if (hv_prof.on && frame < hv_prof.nframes && !hv_prof_stepping() && !hv_prof_level[frame] &&
	    !hv_prof_seed[frame] && hv_prof_ever[frame]) {
		/*
		 * A frame that was a table and is writable again in our EPT, yet
		 * faults (seen under Bochs after a walk dropped it): a stale
		 * translation.  Open it again and flush; counted in the report.
		 */
		hv_prof.stale++;
		hv_prof_protect(g, frame, 0);
		hv_prof_flush(g);
		return hv_prof.stale < 1000000;
	}
	if (!hv_prof.on || frame >= hv_prof.nframes || hv_prof_stepping() ||
	    (!hv_prof_level[frame] && !hv_prof_seed[frame]))
		return 0;
	if (hv_prof_user_store() && hv_prof_drop_user(g, frame))
		return 1;	/* user memory, not a table: the store runs again, unseen */
	hv_prof.writes++;
	if (!hv_prof_level[frame])
		hv_prof.ptinits++;	/* a seed frame that is not a live table now */
	hv_prof.step_rip = vmx_read(VMCS_GUEST_RIP);
	hv_prof.step_gpa = gpa;
	hv_prof.step_site = hv_prof_count(hv_prof.step_rip, hv_prof_level[frame]);
	hv_prof_protect(g, frame, 0);
	hv_prof_flush(g);
	hv_prof.step_frame = frame;
	uint64_t rflags = vmx_read(VMCS_GUEST_RFLAGS);
	hv_prof.step_tf = rflags & RFLAGS_TF;
	vmx_write(VMCS_GUEST_RFLAGS, rflags | RFLAGS_TF);
	vmx_write(VMCS_EXCEPTION_BITMAP, vmx_read(VMCS_EXCEPTION_BITMAP) | (1u << VEC_DB));
	return 1;
}

/*
 * The #DB after the step: the store has run.  Close the frame again (and
 * walk if the store can link or unlink tables).  A guest that was itself
 * single-stepping gets its #DB as it would have.
 */
int hv_prof_step_done(struct hv_guest *g, uint64_t qual)
{
	uint64_t frame = hv_prof.step_frame;
	if (!hv_prof_stepping() || !(qual & DBQ_BS))
		return 0;
	hv_prof.step_frame = ~0ull;
	vmx_write(VMCS_EXCEPTION_BITMAP, vmx_read(VMCS_EXCEPTION_BITMAP) & ~(1u << VEC_DB));
	uint64_t rflags = vmx_read(VMCS_GUEST_RFLAGS);
	vmx_write(VMCS_GUEST_RFLAGS, (rflags & ~(uint64_t)RFLAGS_TF) | hv_prof.step_tf);
	/*
	 * A rep string store traps after each iteration (RIP still on it): one
	 * exit per byte would clear a page in thousands.  The frame stays open
	 * until the next exit of any kind instead; other stores into it until
	 * then are not seen (counted as rep_open in the report).
	 */
	if (!hv_prof.step_tf && vmx_read(VMCS_GUEST_RIP) == hv_prof.step_rip) {
		hv_prof.open_frame = frame;
		hv_prof.open_site = hv_prof.step_site;
		hv_prof.open_gpa = hv_prof.step_gpa;
		hv_prof.rep_open++;
		return 1;
	}
	hv_prof_close(g, frame, hv_prof.step_gpa, hv_prof.step_site);
	if (hv_prof.step_tf) {
		hv_prof.guest_tf++;
		hv_inject_exception(VEC_DB, 0, 0);
	}
	return 1;
}

/* The guest's end: the counts, for afterburn-run --profile. */
void hv_prof_report(struct hv_guest *g)
{
	if (!hv_prof.on)
		return;
	hv_printf("hv: profile: %u sites, %lu page-table stores (%lu into seed frames not live then), "
		  "%lu walks, up to %lu table pages, %u roots (%lu dropped: reused), %lu seed frames\n",
		  hv_prof.nsites, hv_prof.writes, hv_prof.ptinits, hv_prof.walks, hv_prof.max_tables,
		  hv_prof.nroots, hv_prof.dropped_roots, hv_prof.seeded);
	if (hv_prof.aged_roots || hv_prof.uncounted)
		hv_printf("hv: profile: %lu switched-out roots aged out, %lu stores taken back (they left a "
			  "PML4 no PML4: a freed one reused as data)\n", hv_prof.aged_roots, hv_prof.uncounted);
	if (hv_prof.user_drops || hv_prof.user_live)
		hv_printf("hv: profile: %lu stores into user memory dropped a stale frame (%lu of them seed frames), "
			  "%lu went into a table the current address space links (counted)\n",
			  hv_prof.user_drops, hv_prof.user_seed, hv_prof.user_live);
	if (hv_prof.rep_open || hv_prof.stale)
		hv_printf("hv: profile: %lu rep string stores left their frame open until the next exit, "
			  "%lu stale write faults on frames no longer tables\n", hv_prof.rep_open, hv_prof.stale);
	if (hv_prof.outside || hv_prof.lost_sites || hv_prof.lost_tables || hv_prof.no_split)
		hv_printf("hv: profile incomplete: %lu table pointers outside the tracked memory, "
			  "%lu sites and %lu tables over the limits, %lu pages not protected "
			  "(EPT page pool full)\n", hv_prof.outside, hv_prof.lost_sites,
			  hv_prof.lost_tables, hv_prof.no_split);
	for (unsigned i = 0; i < hv_prof.nsites; i++)
		hv_printf("hv: profile site rip=0x%lx level=%u count=%lu\n", hv_prof.sites[i].rip,
			  hv_prof.sites[i].level, hv_prof.sites[i].count);
	unsigned col = 0;
	for (uint64_t f = 0; f < hv_prof.nframes; f++) {
		if (!hv_prof_ever[f])
			continue;
		if (!col)
			hv_printf("hv: profile tables");
		hv_printf(" %lx:%u", f, hv_prof_ever[f]);
		if (++col == 16) {
			hv_printf("\n");
			col = 0;
		}
	}
	if (col)
		hv_printf("\n");
	(void)g;
}
