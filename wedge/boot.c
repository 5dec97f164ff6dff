/*
 * boot.c - the wedge's boot stub: platform detection, back-end choice,
 * rewriting every site, and the run-time services around the site table
 * (undo/redo, per-class trace counts, the exit report).
 *
 * The site table is found through the linker-provided
 * __start_afterburn_sites / __stop_afterburn_sites (the section name is a C
 * identifier) and checked against the ABI words in afterburn_abi.  The image
 * window handed to the rewriter is computed from the records themselves (the
 * lowest and highest byte any record, site or slot touches), so the wedge
 * needs no other symbol from the guest's linker script.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "rewriter.h"
#include "wedge_hc.h"
#include "wedge_prof.h"
#include "afterburn/hypercall.h"

extern const uint32_t __start_afterburn_abi[] __attribute__((weak));
extern const uint32_t __stop_afterburn_abi[] __attribute__((weak));

/* In .data, not .bss: afterburn-sites patch rewrites it in the file. */
volatile uint32_t afterburn_wedge_prepatched __attribute__((section(".data"))) =
	WEDGE_PREPATCHED_NONE;
uint32_t wedge_hv_trap;

static struct {
	enum wedge_platform platform;
	enum ab_backend backend;
	uint32_t nsites;
	uint32_t patched;
	unsigned errors;
	int slots_dropped;	/* afterburn_wedge_drop_slots(): the slots are the kernel's */
	struct ab_image img;
} wedge;

static const char *const platform_names[WEDGE_PLATFORM_COUNT] = {
	[WEDGE_PLATFORM_BARE] = "bare",
	[WEDGE_PLATFORM_BOCHS] = "bochs",
	[WEDGE_PLATFORM_TCG] = "tcg",
	[WEDGE_PLATFORM_KVM] = "kvm",
	[WEDGE_PLATFORM_AFTERBURNVMM] = "afterburnvmm",
	[WEDGE_PLATFORM_OTHER_HV] = "bare",
};

const char *afterburn_wedge_platform_name(enum wedge_platform p)
{
	return p < WEDGE_PLATFORM_COUNT ? platform_names[p] : "?";
}

enum wedge_platform afterburn_wedge_platform(void) { return wedge.platform; }
int afterburn_wedge_backend(void) { return (int)wedge.backend; }
uint32_t afterburn_wedge_sites(void) { return wedge.nsites; }
uint32_t afterburn_wedge_patched(void) { return wedge.patched; }
unsigned afterburn_wedge_errors(void) { return wedge.errors; }

const struct ab_site *afterburn_wedge_site(uint32_t i)
{
	return i < wedge.nsites ? &__start_afterburn_sites[i] : 0;
}

struct ab_slot *afterburn_wedge_slot(const struct ab_site *s)
{
	return (struct ab_slot *)ab_site_slot(s);
}

/*
 * Bochs has no hypervisor bit; its BIOS names itself in the ROM.  Reading
 * the BIOS area is harmless on real hardware too.
 */
static int rom_says_bochs(void)
{
	static const char tag[] = "The Bochs Project";
	const volatile char *rom = (const volatile char *)(wedge_direct_map + 0xf0000);
	const size_t n = sizeof(tag) - 1;
	for (size_t i = 0; i + n <= 0x10000; i++) {
		if (rom[i] != tag[0])
			continue;
		size_t k = 1;
		while (k < n && rom[i + k] == tag[k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

#define CPUID_1_ECX_HYPERVISOR	(1u << 31)

static enum wedge_platform detect_platform(void)
{
	uint32_t r[4];
	char sig[13];

	wedge_cpuid(1, 0, r);
	if (!(r[2] & CPUID_1_ECX_HYPERVISOR))
		return rom_says_bochs() ? WEDGE_PLATFORM_BOCHS : WEDGE_PLATFORM_BARE;
	wedge_cpuid(AB_HV_CPUID_BASE, 0, r);
	wedge_memcpy(sig, &r[1], 4);
	wedge_memcpy(sig + 4, &r[2], 4);
	wedge_memcpy(sig + 8, &r[3], 4);
	sig[12] = 0;
	if (!wedge_memcmp(sig, "TCGTCGTCGTCG", 12))
		return WEDGE_PLATFORM_TCG;
	if (!wedge_memcmp(sig, "KVMKVMKVM\0\0\0", 12))
		return WEDGE_PLATFORM_KVM;
	if (!wedge_memcmp(sig, AB_HV_SIGNATURE, 12)) {
		if (r[0] >= AB_HV_CPUID_FEATURES) {
			wedge_cpuid(AB_HV_CPUID_FEATURES, 0, r);
			wedge_hv_trap = r[1];
		}
		return WEDGE_PLATFORM_AFTERBURNVMM;
	}
	return WEDGE_PLATFORM_OTHER_HV;
}

/*
 * The value of "key" (which ends in '=') where it starts a word of the
 * command line: returns it and its length in *n, or 0 if absent.
 */
const char *wedge_cmdline_value(const char *cmdline, const char *key, size_t *n)
{
	size_t klen = 0;
	while (key[klen])
		klen++;
	if (!cmdline)
		return 0;
	for (const char *p = cmdline; *p; p++) {
		/* wedge_memcmp stops at the first difference, so never reads past the NUL */
		if ((p != cmdline && p[-1] != ' ') || wedge_memcmp(p, key, klen))
			continue;
		const char *v = p + klen;
		*n = 0;
		while (v[*n] && v[*n] != ' ')
			(*n)++;
		return v;
	}
	return 0;
}

/*
 * Finds "afterburn.backend=" as a whole word; returns the back end, -1 if
 * absent, -2 if present with an unknown value (printed here).
 */
static int parse_backend(const char *cmdline)
{
	size_t n;
	const char *v = wedge_cmdline_value(cmdline, "afterburn.backend=", &n);
	if (!v)
		return -1;
	int b = ab_backend_parse(v, n);
	if (b >= 0)
		return b;
	wedge_printf("afterburn: error: unknown back end '");
	wedge_write(v, n);
	wedge_printf("' in afterburn.backend= (want native|trace|hypercall|profile), using native\n");
	return -2;
}

/*
 * The window [lowest, highest) of every record, site and slot: a pass
 * over every record, so it is computed when first needed (a native boot
 * may never need it).  It is timed as part of the boot's rewrite, so the
 * loop is lean: the records are one contiguous table (its ends bound
 * them), and each record adds its site and its slot, branch-free.
 */
static int window_ready;

static void compute_window(void)
{
	uint64_t lo = (uintptr_t)__start_afterburn_sites;
	uint64_t hi = lo + (uint64_t)wedge.nsites * sizeof(struct ab_site);
	for (uint32_t i = 0; i < wedge.nsites; i++) {
		const struct ab_site *s = &__start_afterburn_sites[i];
		uint64_t site = ab_site_addr(s), slot = ab_site_slot(s);
		uint64_t site_end = site + AB_SITE_MAX_LEN, slot_end = slot + AB_SLOT_SIZE;
		lo = site < lo ? site : lo;
		lo = slot < lo ? slot : lo;
		hi = site_end > hi ? site_end : hi;
		hi = slot_end > hi ? slot_end : hi;
	}
	wedge.img.base = (uint8_t *)(uintptr_t)lo;
	wedge.img.vaddr = lo;
	wedge.img.size = hi - lo;
	window_ready = 1;
}

static const struct ab_image *window(void)
{
	if (!window_ready)
		compute_window();
	return &wedge.img;
}

static int abi_ok(void)
{
	uintptr_t bytes = (uintptr_t)__stop_afterburn_sites - (uintptr_t)__start_afterburn_sites;
	if (bytes % sizeof(struct ab_site)) {
		wedge_printf("afterburn: error: site table is %lu bytes, not a multiple of %lu\n",
			     (uint64_t)bytes, (uint64_t)sizeof(struct ab_site));
		return 0;
	}
	for (const uint32_t *w = __start_afterburn_abi; w < __stop_afterburn_abi; w++) {
		if (*w != AB_ABI_WORD) {
			wedge_printf("afterburn: error: object built for site ABI 0x%x, wedge has 0x%x\n",
				     *w, AB_ABI_WORD);
			return 0;
		}
	}
	if (bytes && (uintptr_t)__start_afterburn_abi == (uintptr_t)__stop_afterburn_abi) {
		wedge_printf("afterburn: error: site records but no afterburn_abi word\n");
		return 0;
	}
	return 1;
}

static void report_rewrite_error(const char *what, int err, const struct ab_rewrite *rw)
{
	const struct ab_site *s = afterburn_wedge_site(rw->failed_index);
	wedge_printf("afterburn: error: %s failed: %s at site %u (0x%lx, class %s)\n",
		     what, ab_rewrite_strerror(err), rw->failed_index,
		     s ? (uint64_t)ab_site_addr(s) : (uint64_t)0, s ? ab_class_name(s->cls) : "?");
	wedge.errors++;
}

/*
 * Rewrite (or undo) records [first, first + n) for back end b.  The
 * rewriter checks all n before writing any.
 */
static int rewrite_range(enum ab_backend b, int undo, uint32_t first, uint32_t n)
{
	struct ab_rewrite rw = { .img = *window(), .backend = b };
	if (wedge.slots_dropped) {
		/* every check reads the slots, whose pages may be anything now */
		wedge_printf("afterburn: error: %s of %u sites refused: the slots were given to the kernel\n",
			     undo ? "undo" : "rewrite", n);
		wedge.errors++;
		return -AB_RW_EBACKEND;
	}
	if (b == AB_BACKEND_HYPERCALL)
		rw.handlers = wedge_hc_handlers();
	if (b == AB_BACKEND_PROFILE) {	/* profile.c: its CR3 sites get a post handler */
		rw.backend = AB_BACKEND_HYPERCALL;
		rw.handlers = wedge_prof_handlers();
	}
	uint64_t flags = wedge_irq_save();
	uintptr_t recs = (uintptr_t)&__start_afterburn_sites[first];
	int err = undo ? ab_rewrite_undo(&rw, recs, n) : ab_rewrite_all(&rw, recs, n);
	ab_rewrite_sync();
	if (b == AB_BACKEND_HYPERCALL && err >= 0 && rw.patched) {
		/*
		 * The guest's IF is RFLAGS.IF & vif while sites are patched and
		 * the real RFLAGS.IF once they are not: carry it across.
		 */
		volatile uint32_t *vif = &wedge_hc_page.vif;
		if (undo) {
			if (!*vif)
				flags &= ~(uint64_t)WEDGE_RFLAGS_IF;
			*vif = 1;	/* the hypervisor injects by the real IF again */
		} else {
			*vif = (flags & WEDGE_RFLAGS_IF) ? 1 : 0;
		}
	}
	wedge_irq_restore(flags);
	if (err < 0) {
		rw.failed_index += first;
		report_rewrite_error(undo ? "undo" : "rewrite", err, &rw);
		return err;
	}
	return (int)rw.patched;
}

/* The profile back end rewrites only the records it wants (CR3 loads). */
static int skip_site(enum ab_backend b, uint32_t i)
{
	return wedge_site_released(i) ||
	       (b == AB_BACKEND_PROFILE && !wedge_prof_wants(&__start_afterburn_sites[i]));
}

/* Every record but those handed to the kernel (wedge_site_released). */
static int run_rewriter(enum ab_backend b, int undo)
{
	int total = 0;
	uint32_t i = 0;
	/*
	 * Nothing released and every record wanted (always so at boot): one
	 * range, without asking skip_site per record (~30 guest instructions
	 * each, Linux: 2985 records).
	 */
	if (b != AB_BACKEND_PROFILE && !wedge_sites_released())
		return wedge.nsites ? rewrite_range(b, undo, 0, wedge.nsites) : 0;
	while (i < wedge.nsites) {
		uint32_t j = i;
		while (j < wedge.nsites && !skip_site(b, j))
			j++;
		if (j > i) {
			int n = rewrite_range(b, undo, i, j - i);
			if (n < 0)
				return n;
			total += n;
		}
		i = j + 1;
	}
	return total;
}

int wedge_undo_site(uint32_t i)
{
	if (i >= wedge.nsites)
		return -1;
	/* The profile back end patched only its CR3 loads: the others are as native left them. */
	enum ab_backend b = wedge.backend;
	if (b == AB_BACKEND_PROFILE && !wedge_prof_wants(&__start_afterburn_sites[i]))
		b = AB_BACKEND_NATIVE;
	int n = rewrite_range(b, 1, i, 1);
	if (n > 0 && wedge.patched)
		wedge.patched--;
	return n;
}

/* The image came patched by afterburn-sites: verify instead of rewriting. */
static void boot_prepatched(int requested)
{
	uint32_t pre = afterburn_wedge_prepatched - 1;
	if (pre >= AB_BACKEND_COUNT) {
		wedge_printf("afterburn: error: afterburn_wedge_prepatched=%u is no back end\n",
			     afterburn_wedge_prepatched);
		wedge.errors++;
		return;
	}
	if (requested >= 0 && (uint32_t)requested != pre)
		wedge_printf("afterburn: image prepatched for %s; ignoring afterburn.backend=%s\n",
			     ab_backend_name(pre), ab_backend_name(requested));
	uint32_t good = 0;
	for (uint32_t i = 0; i < wedge.nsites; i++) {
		int err = ab_rewrite_check_site(window(), (uintptr_t)&__start_afterburn_sites[i]);
		if (err < 0) {
			struct ab_rewrite rw = { .failed_index = i };
			report_rewrite_error("prepatched check", err, &rw);
		} else {
			good++;
		}
	}
	wedge.backend = pre;
	wedge.patched = pre == AB_BACKEND_NATIVE ? 0 : good;
	if (pre == AB_BACKEND_HYPERCALL) {
		/* Its handlers' addresses are this build's, not the host tool's: put the original bytes back. */
		wedge_printf("afterburn: hypercall back end not available: cannot be prepatched, using native\n");
		run_rewriter(pre, 1);
		wedge.backend = AB_BACKEND_NATIVE;
		wedge.patched = 0;
	}
	wedge_printf("afterburn: platform=%s backend=%s sites=%u patched=%u prepatched=%s\n",
		     afterburn_wedge_platform_name(wedge.platform), ab_backend_name(wedge.backend),
		     wedge.nsites, wedge.patched, ab_backend_name(pre));
}

void afterburn_wedge_boot(const char *cmdline)
{
	uint64_t t_boot = ab_x86_rdtsc();
	wedge_console_init();
	wedge.platform = detect_platform();
	wedge.nsites = (uint32_t)(((uintptr_t)__stop_afterburn_sites -
				   (uintptr_t)__start_afterburn_sites) / sizeof(struct ab_site));

	int requested = parse_backend(cmdline);
	if (requested == -2)
		wedge.errors++;

	if (!abi_ok()) {
		wedge.errors++;
		wedge.nsites = 0;	/* never trust records of another ABI */
	}
	if (afterburn_wedge_prepatched != WEDGE_PREPATCHED_NONE) {
		boot_prepatched(requested);
		return;
	}

	enum ab_backend b = AB_BACKEND_NATIVE;
	if (requested >= 0)
		b = (enum ab_backend)requested;
	else if (requested == -1 && wedge.platform == WEDGE_PLATFORM_AFTERBURNVMM)
		b = AB_BACKEND_HYPERCALL;	/* the platform's default; a bad name gets native, as said */
	if (b == AB_BACKEND_HYPERCALL) {
		/* Not an error (as before this back end existed): native is always correct. */
		if (wedge.platform != WEDGE_PLATFORM_AFTERBURNVMM) {
			wedge_printf("afterburn: hypercall back end not available: platform %s has no "
				     "AfterburnVMM hypervisor, using native\n",
				     afterburn_wedge_platform_name(wedge.platform));
			b = AB_BACKEND_NATIVE;
		} else if (!wedge.nsites) {
			/*
			 * A plain image's cli/sti/popf are real instructions: the
			 * virtual IF would never see them and interrupts parked in
			 * the shared page would never be replayed.
			 */
			wedge_printf("afterburn: hypercall back end not available: the image has no "
				     "sites (not pre-virtualized), using native\n");
			b = AB_BACKEND_NATIVE;
		} else if (wedge_hc_init(cmdline) < 0) {
			b = AB_BACKEND_NATIVE;
		}
	}
	if (b == AB_BACKEND_PROFILE && !wedge_prof_available) {
		/* profile.o comes with afterburn_probe_store: only an instrumented image has it */
		wedge_printf("afterburn: profile back end not available: the image has no store probes "
			     "(build it with afterburn-llvm in instrument mode), using native\n");
		b = AB_BACKEND_NATIVE;
	}

	/*
	 * Native writes nothing, so there is nothing to check at boot: the
	 * original instructions run as they are, whatever the records say.
	 * Each record is checked when something acts on it (a site handed
	 * to the kernel, undo/redo: the rewriter checks those first), and
	 * the whole table against the code at build time by
	 * `afterburn-sites verify`, which decodes every site.  Checking all
	 * of them here cost a native boot ~1.3M guest instructions (Linux,
	 * 2985 sites) for no byte written.
	 */
	uint64_t t0 = ab_x86_rdtsc();
	int n = b == AB_BACKEND_NATIVE ? 0 : run_rewriter(b, 0);
	uint64_t rewrite_tsc = ab_x86_rdtsc() - t0;
	if (n < 0 && b != AB_BACKEND_NATIVE) {
		/* Nothing was written (the rewriter checks all first): stay native. */
		b = AB_BACKEND_NATIVE;
		n = 0;
		/* The shared page stays registered: the real IF must rule again. */
		wedge_hc_page.vif = 1;
	}
	if (b == AB_BACKEND_HYPERCALL)
		wedge_hc_start();
	if (b == AB_BACKEND_PROFILE)
		wedge_prof_start();
	wedge.backend = b;
	wedge.patched = n < 0 ? 0 : (uint32_t)n;
	wedge_printf("afterburn: platform=%s backend=%s sites=%u patched=%u\n",
		     afterburn_wedge_platform_name(wedge.platform), ab_backend_name(b),
		     wedge.nsites, wedge.patched);
	/* Under QEMU -icount and Bochs the TSC counts instructions: what the
	 * boot stub costs, and of that the rewrite (checks included). */
	wedge_printf("afterburn: boot stub took tsc=%lu, the rewrite of %u sites tsc=%lu\n",
		     ab_x86_rdtsc() - t_boot, wedge.patched, rewrite_tsc);
	if (b == AB_BACKEND_HYPERCALL)
		wedge_hc_describe();
}

int afterburn_wedge_undo(void)
{
	int n = run_rewriter(wedge.backend, 1);
	if (n >= 0)
		wedge.patched = 0;
	return n;
}

int afterburn_wedge_drop_slots(void)
{
	if (wedge.backend != AB_BACKEND_NATIVE || wedge.patched)
		return 0;
	wedge.slots_dropped = 1;
	return 1;
}

int afterburn_wedge_redo(void)
{
	int n = run_rewriter(wedge.backend, 0);
	if (n >= 0)
		wedge.patched = (uint32_t)n;
	return n;
}

uint64_t afterburn_wedge_class_count(unsigned cls)
{
	uint64_t sum = 0;
	if (wedge.backend != AB_BACKEND_TRACE)
		return 0;
	for (uint32_t i = 0; i < wedge.nsites; i++) {
		const struct ab_site *s = &__start_afterburn_sites[i];
		if (s->cls == cls)
			sum += afterburn_wedge_slot(s)->count;
	}
	return sum;
}

void afterburn_wedge_exit_report(void)
{
	uint64_t per[AB_CLASS_COUNT] = { 0 }, total = 0;
	int hc = wedge.backend == AB_BACKEND_HYPERCALL && wedge.patched;
	if (wedge_sites_released())
		wedge_printf("afterburn: %u sites handed back to the kernel (the hand-back calls took tsc=%lu)\n",
			     wedge_sites_released(), wedge_release_tsc());
	if (wedge.backend == AB_BACKEND_PROFILE)
		wedge_prof_report();
	if (wedge.backend != AB_BACKEND_TRACE && !hc)
		return;
	for (uint32_t i = 0; i < wedge.nsites; i++) {
		const struct ab_site *s = &__start_afterburn_sites[i];
		uint64_t c = afterburn_wedge_slot(s)->count;
		if (s->cls < AB_CLASS_COUNT)
			per[s->cls] += c;
		total += c;
	}
	/*
	 * hypercall: executions of the original instruction (out of line, or a
	 * handler's fallback); they exit only where the hypervisor traps them.
	 */
	wedge_printf(hc ? "afterburn: hypercall out-of-line total=%lu" : "afterburn: trace total=%lu", total);
	for (unsigned c = 0; c < AB_CLASS_COUNT; c++)
		if (per[c])
			wedge_printf(" %s=%lu", ab_class_name(c), per[c]);
	wedge_printf("\n");
	if (wedge_fault_sites)
		wedge_printf("afterburn: faults in slots fixed up at their sites: %lu\n", wedge_fault_sites);
	if (hc)
		wedge_printf("afterburn: hypercall replayed interrupts: %lu at sti/popf/hlt, %lu at iretq\n",
			     wedge_hc_replays_here, wedge_hc_replays_iret);
	if (hc && per[AB_CLASS_PT_WRITE] + wedge_pt_direct + wedge_pt_batched)
		wedge_printf("afterburn: hypercall pt-write mode=%s direct=%lu batched=%lu flushes=%lu "
			     "out-of-line=%lu non-identity=%lu notes-skipped=%lu\n", wedge_pt_mode_name(), wedge_pt_direct,
			     wedge_pt_batched, wedge_pt_flushes, per[AB_CLASS_PT_WRITE], wedge_pt_nonidentity,
			     wedge_pt_notes_skipped);
}
