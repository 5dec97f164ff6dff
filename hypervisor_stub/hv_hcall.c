/*
 * hv_hcall.c - the VMCALL side of include/afterburn/hypercall.h.
 *
 * %rax = number, %rdi/%rsi/%rcx = arguments, result in %rax; every other
 * register is preserved (we only write rax).  Every guest-physical buffer is
 * checked against the guest's memory (-EFAULT); unknown numbers get -ENOSYS;
 * calls from guest user mode get -EPERM.
 */
#include "hv.h"
#include "hv_cpu.h"
#include "afterburn/hypercall.h"

static const char *const hv_hc_names[AB_HC_COUNT] = {
	[AB_HC_VERSION] = "version", [AB_HC_CONSOLE_WRITE] = "console_write",
	[AB_HC_EXIT] = "exit", [AB_HC_HALT] = "halt", [AB_HC_TIMER_SET] = "timer_set",
	[AB_HC_EOI] = "eoi", [AB_HC_STATS] = "stats", [AB_HC_SHARED_PAGE] = "shared_page",
	[AB_HC_FLUSH] = "flush",
};

static int64_t hv_hc_console(struct hv_guest *g, uint64_t gpa, uint64_t len)
{
	const char *p = hv_gpa_to_hva(g, gpa, len);
	if (!p)
		return AB_HC_EFAULT;
	dev_pc_uart_sent(&g->pc, p, len);
	return (int64_t)len;
}

/* The same text as the exits: line (without "exits: "), NUL-terminated. */
static int64_t hv_hc_stats(struct hv_guest *g, uint64_t gpa, uint64_t len)
{
	char *p = hv_gpa_to_hva(g, gpa, len);
	if (!p || !len)
		return AB_HC_EFAULT;
	return hv_format_stats(g, p, len);
}

/* A batched port write: a port without device is counted, not refused (as an OUT exit would be). */
static int64_t hv_batch_out(void *ctx, uint16_t port, unsigned size, uint32_t val)
{
	struct hv_guest *g = ctx;
	if (hv_vdev_io(g, port, size, 0, &val) < 0)
		g->bad_ports++;
	return 0;
}

static void *hv_batch_gpa(void *ctx, uint64_t gpa, uint64_t len)
{
	hv_shadow_pt_written(ctx, gpa, (unsigned)len);	/* a page-table store: the shadow follows */
	return hv_gpa_to_hva(ctx, gpa, len);
}

static void hv_batch_pt_note(void *ctx, uint64_t lin, unsigned size)
{
	hv_shadow_pt_note(ctx, lin, size);	/* hv.mmu=shadow only */
}

/* batch[batch_done..batch_len) in order (devices/batch.c): ops applied, or AB_HC_E*. */
int64_t hv_batch_apply(struct hv_guest *g, struct ab_shared_page *sp)
{
	const struct dev_batch_host h = { .ctx = g, .port_out = hv_batch_out, .gpa = hv_batch_gpa,
					 .pt_note = hv_batch_pt_note };
	return dev_batch_apply(sp, &h);
}

/*
 * Lazy batch (hypercall.h): called first thing at every VM exit, so the ops
 * the guest committed before the exiting instruction take effect before it
 * (program order) and before interrupts are evaluated (an EOI may unblock one).
 */
void hv_batch_sync(struct hv_guest *g)
{
	struct ab_shared_page *sp = hv_gpa_to_hva(g, g->shared_gpa, sizeof(*sp));
	if (!sp || sp->batch_done == sp->batch_len)
		return;
	int64_t rc = hv_batch_apply(g, sp);
	if (rc < 0 && g->hc_reported++ < 16)
		hv_printf("hv: shared-page batch op refused (%ld), skipped\n", rc);
}

/* AB_HC_FLUSH: the rest of the batch, then the console buffer; both emptied. */
static int64_t hv_hc_flush(struct hv_guest *g)
{
	struct ab_shared_page *sp;
	if (!g->shared_gpa || !(sp = hv_gpa_to_hva(g, g->shared_gpa, sizeof(*sp))))
		return AB_HC_EINVAL;
	int64_t n = sp->batch_len;	/* retired ops, applied now or lazily before */
	int64_t rc = hv_batch_apply(g, sp);
	if (rc < 0)
		return rc;
	sp->batch_len = 0;
	sp->batch_done = 0;
	uint32_t c = sp->console_len < AB_SHARED_CONSOLE_SIZE ? sp->console_len : AB_SHARED_CONSOLE_SIZE;
	dev_pc_uart_sent(&g->pc, (const char *)sp->console, c);
	sp->console_len = 0;
	return n;
}

void hv_hcall(struct hv_guest *g, struct hv_regs *r)
{
	uint64_t nr = r->rax, a0 = r->rdi, a1 = r->rsi;
	int64_t ret = 0;

	/* Only the guest kernel may call: its user processes could otherwise
	 * end it or halt it (VMCALL exits at any CPL, SDM 3C 25.1.3). */
	if (((vmx_read(VMCS_GUEST_SS_AR) >> 5) & 3) != 0) {
		if (g->hc_reported++ < 16)
			hv_printf("hv: hypercall %lu from CPL %lu refused: %d\n", nr,
				  (vmx_read(VMCS_GUEST_SS_AR) >> 5) & 3, AB_HC_EPERM);
		r->rax = (uint64_t)(int64_t)AB_HC_EPERM;
		hv_skip_insn();
		return;
	}
	switch (nr) {
	case AB_HC_VERSION:
		ret = AB_HV_ABI_VERSION;
		break;
	case AB_HC_CONSOLE_WRITE:
		ret = hv_hc_console(g, a0, a1);
		break;
	case AB_HC_EXIT:
		hv_guest_stop(g, HV_STOP_EXIT, (int)a0, "AB_HC_EXIT status 0x%lx", a0);
		return;
	case AB_HC_HALT:
		/* Wait for the next interrupt whatever the guest's IF (the wedge keeps a virtual one). */
		if (!hv_irq_armed(g))
			ret = AB_HC_EINVAL;	/* nothing could ever wake it */
		else
			vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_HLT);
		break;
	case AB_HC_TIMER_SET:
		if (a0 == 0) {
			g->hc_deadline = 0;
		} else if (a1 < 32 || a1 > 255) {
			ret = AB_HC_EINVAL;
		} else {
			g->hc_vector = (uint8_t)a1;
			g->hc_period_tsc = dev_ticks_from_us(a0, hv_tsc_hz);
			g->hc_deadline = hv_rdtsc() + g->hc_period_tsc;
		}
		break;
	case AB_HC_EOI:
		if (a0 > 255) {
			ret = AB_HC_EINVAL;
			break;
		}
		dev_pic_eoi_vector(&g->pc.pic, (unsigned)a0);
		break;
	case AB_HC_STATS:
		ret = hv_hc_stats(g, a0, a1);
		break;
	case AB_HC_SHARED_PAGE:
		if ((a0 & (HV_PAGE - 1)) || !hv_gpa_to_hva(g, a0, HV_PAGE))
			ret = AB_HC_EFAULT;
		else
			g->shared_gpa = a0;
		break;
	case AB_HC_FLUSH:
		ret = hv_hc_flush(g);
		break;
	default:
		ret = AB_HC_ENOSYS;
		break;
	}
	if (ret < 0 && g->hc_reported++ < 16)
		hv_printf("hv: hypercall %lu (%s) args 0x%lx 0x%lx refused: %ld\n", nr,
			  nr < AB_HC_COUNT ? hv_hc_names[nr] : "unknown", a0, a1, ret);
	r->rax = (uint64_t)ret;
	hv_skip_insn();
}
