/*
 * hv_exitstat.c - where a guest's VM exits come from: by reason and by
 * guest site (RIP), for the part of the run a benchmark compares.
 *
 * A Linux guest boots for most of its exits; what bench/hv-linux.sh
 * compares is the workload of its /init (patches/init/README.md), which
 * starts right after the console line `afterburn-init: ...` and whose end
 * /init reports with `afterburn-guest: workload tsc=N`.  The hypervisor
 * sees every console byte (the UART model's transmitter, hv_vdev.c), so
 * the window runs from the end of the first line to the start of the
 * second: exits by reason and by (RIP, reason), in a small open-addressing
 * table, printed at the guest's end:
 *   hv: exits in workload window: total=N reason=count ...
 *   hv: exits in workload window taken in user mode: N   (no sites in user code)
 *   hv: hypervisor instructions in workload window: N     (TSC from exit to entry:
 *       in Bochs the TSC counts instructions)
 *   hv: workload window: N TSC ticks: hypervisor N, guest asleep (hlt) N, guest running N
 *   hv: exit site rip=0x... reason=NAME count=N      (the ten hottest)
 * (The window holds /init's timer and sleep tests too, which its workload
 * tsc leaves out: their timer exits are in these counts.)  A guest that
 * never prints the first line prints nothing.  The table keeps the first
 * HV_XS_SLOTS distinct sites; exits elsewhere are reported as a count.
 */
#include "hv.h"
#include "hv_cpu.h"

#define HV_XS_SLOTS	1024	/* power of two */
#define HV_XS_TOP	10

static struct hv_xs_site {
	uint64_t rip;
	uint32_t reason;
	uint32_t used;
	uint64_t count;
} hv_xs[HV_XS_SLOTS];
static uint64_t hv_xs_reason[EXIT_REASON_MAX];
static uint64_t hv_xs_total, hv_xs_user, hv_xs_overflow;
static uint64_t hv_xs_t0, hv_xs_hv_ticks;	/* TSC at the exit being handled; sum of exit-to-entry spans */
static uint64_t hv_xs_begin, hv_xs_end;		/* TSC where the window opened and closed */
static uint64_t hv_xs_sleep0, hv_xs_halted;	/* entry into the HLT activity state; time asleep */
static int hv_xs_on;		/* 0 before the window, 1 in it, 2 after it */
static const struct hv_guest *hv_xs_guest;
/* the console line being sent: its first bytes, enough for the markers */
static char hv_xs_line[32];
static unsigned hv_xs_col;

#define HV_XS_START	"afterburn-init: "
#define HV_XS_END	"afterburn-guest: workload"

static void hv_xs_reset(const struct hv_guest *g)
{
	hv_memset(hv_xs, 0, sizeof(hv_xs));
	hv_memset(hv_xs_reason, 0, sizeof(hv_xs_reason));
	hv_xs_total = hv_xs_user = hv_xs_overflow = hv_xs_t0 = hv_xs_hv_ticks = 0;
	hv_xs_begin = hv_xs_end = hv_xs_sleep0 = hv_xs_halted = 0;
	hv_xs_on = 0;
	hv_xs_col = 0;
	hv_xs_guest = g;
}

static int hv_xs_starts(const char *marker)
{
	size_t n = hv_strlen(marker);
	return hv_xs_col >= n && !hv_memcmp(hv_xs_line, marker, n);
}

/* One byte the guest sent on its console (hv_vdev.c). */
void hv_exitstat_console(struct hv_guest *g, char c)
{
	if (hv_xs_guest != g)
		hv_xs_reset(g);
	if (c != '\n') {
		if (hv_xs_col < sizeof(hv_xs_line))
			hv_xs_line[hv_xs_col] = c;
		hv_xs_col++;
		/* the end marker closes the window at once: the rest of its line is not workload */
		if (hv_xs_on == 1 && hv_xs_col == sizeof(HV_XS_END) - 1 && hv_xs_starts(HV_XS_END))
			hv_xs_on = 2, hv_xs_end = hv_rdtsc();
		return;
	}
	if (hv_xs_on == 0 && hv_xs_starts(HV_XS_START))
		hv_xs_on = 1, hv_xs_begin = hv_rdtsc();
	hv_xs_col = 0;
}

/* One exit of guest g, reason basic (called for every exit, before it is handled). */
void hv_exitstat_note(struct hv_guest *g, uint32_t basic)
{
	if (hv_xs_guest != g)		/* a new guest: start over */
		hv_xs_reset(g);
	if (hv_xs_on != 1 || basic >= EXIT_REASON_MAX)
		return;
	hv_xs_t0 = hv_rdtsc();
	if (hv_xs_sleep0) {		/* it slept in HLT (hlt, AB_HC_HALT) until this exit */
		hv_xs_halted += hv_xs_t0 - hv_xs_sleep0;
		hv_xs_sleep0 = 0;
	}
	hv_xs_total++;
	hv_xs_reason[basic]++;
	if (((vmx_read(VMCS_GUEST_SS_AR) >> 5) & 3) == 3)
		hv_xs_user++;	/* user code: no sites there, pre-virtualization cannot help */
	uint64_t rip = vmx_read(VMCS_GUEST_RIP);
	uint64_t h = (rip ^ (rip >> 17) ^ ((uint64_t)basic << 7)) * 0x9e3779b97f4a7c15ull;
	for (unsigned i = 0, k = (unsigned)(h >> 54); i < 32; i++, k = (k + 1) & (HV_XS_SLOTS - 1)) {
		struct hv_xs_site *s = &hv_xs[k];
		if (!s->used) {
			*s = (struct hv_xs_site){ .rip = rip, .reason = basic, .used = 1, .count = 1 };
			return;
		}
		if (s->rip == rip && s->reason == basic) {
			s->count++;
			return;
		}
	}
	hv_xs_overflow++;
}

/* The next VM entry (end of hv_irq_before_entry): the span since the exit was the hypervisor's. */
void hv_exitstat_resume(void)
{
	if (hv_xs_t0) {
		uint64_t now = hv_rdtsc();
		hv_xs_hv_ticks += now - hv_xs_t0;
		hv_xs_t0 = 0;
		if (vmx_read(VMCS_GUEST_ACTIVITY_STATE) == ACTIVITY_HLT)
			hv_xs_sleep0 = now;
	}
}

void hv_exitstat_report(struct hv_guest *g)
{
	char line[512];
	if (hv_xs_guest != g || !hv_xs_on)
		return;		/* no window: not a guest with our /init */
	int n = hv_snprintf(line, sizeof(line), "total=%lu", hv_xs_total);
	for (unsigned i = 0; i < EXIT_REASON_MAX && n < (int)sizeof(line); i++)
		if (hv_xs_reason[i])
			n += hv_snprintf(line + n, sizeof(line) - n, " %s=%lu", hv_exit_name(i), hv_xs_reason[i]);
	hv_printf("hv: exits in workload window%s: %s\n", hv_xs_on == 1 ? " (never closed)" : "", line);
	hv_printf("hv: exits in workload window taken in user mode: %lu\n", hv_xs_user);
	hv_printf("hv: hypervisor instructions in workload window: %lu (exit handling, %lu per exit; "
		  "the VM exit and entry themselves not included)\n", hv_xs_hv_ticks,
		  hv_xs_total ? hv_xs_hv_ticks / hv_xs_total : 0);
	if (hv_xs_end > hv_xs_begin)
		hv_printf("hv: workload window: %lu TSC ticks: hypervisor %lu, guest asleep (hlt) %lu, guest running %lu\n",
			  hv_xs_end - hv_xs_begin, hv_xs_hv_ticks, hv_xs_halted,
			  hv_xs_end - hv_xs_begin - hv_xs_hv_ticks - hv_xs_halted);
	/* the ten hottest, by selection: each pass takes the largest not yet printed */
	uint64_t last = ~0ull;
	unsigned printed = 0;
	while (printed < HV_XS_TOP) {
		struct hv_xs_site *best = 0;
		for (unsigned k = 0; k < HV_XS_SLOTS; k++) {
			struct hv_xs_site *s = &hv_xs[k];
			if (!s->used || s->count > last || s->used == 2)
				continue;
			if (!best || s->count > best->count)
				best = s;
		}
		if (!best)
			break;
		hv_printf("hv: exit site rip=0x%lx reason=%s count=%lu\n", best->rip,
			  hv_exit_name(best->reason), best->count);
		best->used = 2;		/* printed */
		last = best->count;
		printed++;
	}
	if (hv_xs_overflow)
		hv_printf("hv: exit sites: %lu exits at sites the table had no room for\n", hv_xs_overflow);
}
