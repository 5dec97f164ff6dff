/*
 * hypercall.c - the wedge's hypercall back end (include/afterburn/hypercall.h):
 * the page shared with the hypervisor, the handler table the rewriter builds
 * slots from, the buffered console, and the C halves of the cpuid and port
 * I/O handlers (the assembly halves and the interrupt-flag handlers are in
 * hc_entry.S, which explains the virtual IF).
 *
 * What each class becomes (everything not listed runs out of line exactly as
 * under the trace back end, i.e. it traps and the hypervisor emulates it):
 * (The interrupt-flag rows hold for the virtual IF; with the real one,
 * hc_if_mode, cli, pushf, sti, popf and iretq run out of line as they are.)
 *   cli         movb $0, vif(%rip) in the site itself
 *   pushf       inline in the slot: pushed IF = RFLAGS.IF & vif
 *   sti, popf   vif from the new IF, the original runs, parked vectors replayed
 *   sti; hlt    AB_HC_HALT under the sti shadow (or a parked vector wakes it)
 *   iretq       vif from the frame; a parked vector is taken at the target
 *   hlt         AB_HC_HALT when the guest's IF is 1
 *   cpuid       from a cache of the leaves that never change (each filled once)
 *   out         COM1 THR bytes: buffered in the shared page (flushed per line)
 *               while the driver polls, batched while it sends by interrupt;
 *               8259 EOIs and mask-setting OCW1s batched (both need the
 *               lazy batch)
 *   in          COM1 LSR answered in place (transmitter empty, nothing received)
 * (in/out: port, width and direction from the site's record, the bytes
 * only cross-checked.)
 * Fallbacks taken by a handler are counted in the slot's count.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "wedge_hc.h"
#include "afterburn/hypercall.h"

struct ab_shared_page wedge_hc_page __attribute__((aligned(4096)));
/* Parked vectors the wedge delivered itself (hc_entry.S): at sti/popf/hlt, at iretq. */
uint64_t wedge_hc_replays_here, wedge_hc_replays_iret;
static int hc_active;
static struct ab_handlers hc_handlers;

/*
 * Interrupts back on after a wedge critical section: a vector the
 * hypervisor parked meanwhile (the guest's IF was 0) is taken now, as the
 * CPU would take it right after the popf.
 */
static void hc_irq_restore(uint64_t f)
{
	wedge_irq_restore(f);
	if ((f & WEDGE_RFLAGS_IF) && wedge_hc_page.vif)
		__asm__ volatile("call wedge_hc_replay" : : : "memory");
}

/* ---- hypercalls ---- */

int64_t wedge_hc_call(uint64_t nr, uint64_t a0, uint64_t a1)
{
	uint64_t r = nr;

	if (wedge_hv_trap == AB_HV_TRAP_VMCALL)
		__asm__ volatile("vmcall" : "+a"(r) : "D"(a0), "S"(a1) : "memory", "cc");
	else if (wedge_hv_trap == AB_HV_TRAP_PORTIO)
		__asm__ volatile("outl %%eax, %1" : "+a"(r) : "i"(AB_HV_PORT), "D"(a0), "S"(a1)
				 : "memory", "cc");
	else
		return AB_HC_ENOSYS;
	return (int64_t)r;
}

int wedge_hc_active(void)
{
	return hc_active;
}

static uint64_t hc_page_pa;	/* guest-physical address of wedge_hc_page */

/* ---- console: bytes gathered in the shared page, one AB_HC_FLUSH per line ---- */

/* Called with interrupts off (real IF): handlers may print too. */
static void hc_flush_locked(void)
{
	struct ab_shared_page *sp = &wedge_hc_page;

	if (!sp->console_len && !sp->batch_len)
		return;
	if (wedge_hc_call(AB_HC_FLUSH, 0, 0) >= 0 && !sp->console_len)
		return;
	/*
	 * Refused (a bad batch op, a hypervisor that disagrees about the
	 * page): the text still goes out, and the buffer is emptied either
	 * way - it must never grow past its end.
	 */
	uint32_t n = sp->console_len < AB_SHARED_CONSOLE_SIZE ? sp->console_len : AB_SHARED_CONSOLE_SIZE;
	if (n)
		wedge_hc_call(AB_HC_CONSOLE_WRITE, hc_page_pa + __builtin_offsetof(struct ab_shared_page, console), n);
	sp->console_len = 0;
	sp->batch_len = 0;
}

void wedge_hc_flush(void)
{
	uint64_t f = wedge_irq_save();
	hc_flush_locked();
	hc_irq_restore(f);
}

static void hc_put_locked(char c)
{
	if (wedge_hc_page.console_len >= AB_SHARED_CONSOLE_SIZE)
		hc_flush_locked();
	wedge_hc_page.console[wedge_hc_page.console_len++] = c;
	if (c == '\n')
		hc_flush_locked();
}

void wedge_hc_putc(char c)
{
	uint64_t f = wedge_irq_save();
	hc_put_locked(c);
	hc_irq_restore(f);
}

/* ---- cpuid: constant leaves cached at their first use ---- */

#define HC_CPUID_MAX	16
static struct hc_cpuid {
	uint32_t leaf;
	uint32_t r[4];
} hc_cpuid[HC_CPUID_MAX];
static unsigned hc_ncpuid;

#define CPUID1_ECX_OSXSAVE	(1u << 27)
#define CR4_OSXSAVE		(1ull << 18)

/*
 * Only leaves without subleaves whose answer cannot change: 0, 1 (its only
 * variable bit, OSXSAVE, is recomputed from CR4 at each hit; the initial
 * APIC id is fixed on this one-CPU guest), the extended and brand leaves
 * and the hypervisor's.  Leaf 7 (OSPKE follows CR4), 4, 0xb, 0xd (XCR0) ...
 * always run out of line.  A leaf above the maximum is constant too (the
 * CPU answers with the highest basic leaf), so no range check is needed.
 * Each is filled by its first execution (one real cpuid, in the wedge),
 * which costs the same one exit the guest's own would have.
 */
static int hc_cpuid_cacheable(uint32_t leaf)
{
	return leaf == 0 || leaf == 1 || (leaf >= 0x80000000u && leaf <= 0x80000004u) ||
	       leaf == 0x80000008u || leaf == AB_HV_CPUID_BASE || leaf == AB_HV_CPUID_FEATURES;
}

static const struct hc_cpuid *hc_cpuid_lookup(uint32_t leaf)
{
	for (unsigned i = 0; i < hc_ncpuid; i++)
		if (hc_cpuid[i].leaf == leaf)
			return &hc_cpuid[i];
	if (!hc_cpuid_cacheable(leaf))
		return 0;
	/* filled, then published, with interrupts off: a handler may run cpuid too */
	uint64_t fl = wedge_irq_save();
	struct hc_cpuid *c = 0;
	if (hc_ncpuid < HC_CPUID_MAX) {
		c = &hc_cpuid[hc_ncpuid];
		c->leaf = leaf;
		wedge_cpuid(leaf, 0, c->r);
		__asm__ volatile("" : : : "memory");
		hc_ncpuid++;
	}
	hc_irq_restore(fl);
	return c;
}

uint64_t wedge_hc_cpuid(struct wedge_hc_frame *f)
{
	const uint8_t *insn = (const uint8_t *)f->ret;
	const struct hc_cpuid *c;

	if (insn[0] == 0x0f && insn[1] == 0xa2 && (c = hc_cpuid_lookup((uint32_t)f->rax))) {
		uint32_t ecx = c->r[2];
		if (c->leaf == 1) {
			uint64_t cr4;
			__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
			ecx = (ecx & ~CPUID1_ECX_OSXSAVE) | (cr4 & CR4_OSXSAVE ? CPUID1_ECX_OSXSAVE : 0);
		}
		/* cpuid writes the 32-bit registers: the upper halves become 0 */
		f->rax = c->r[0];
		f->rbx = c->r[1];
		f->rcx = ecx;
		f->rdx = c->r[3];
		return 2;
	}
	wedge_hc_count_fallback(f);
	return 0;
}

/* ---- lazy batch: ops the hypervisor applies at its next VM exit ---- */

/*
 * Some hypervisors apply batch[] at every VM exit, before the exiting
 * instruction and before they look at interrupts (hypercall.h, "Lazy
 * batch"); others only on AB_HC_FLUSH.  No feature bit says which, so
 * hc_lazy_probe() commits one harmless op - store 1 into hc_probe_word -
 * and looks after one exit.
 */
static int hc_lazy;
static volatile uint64_t hc_probe_word;

/* Append one op and commit it with a single incl (atomic against exits). Interrupts off. */
static void hc_batch_locked(uint32_t kind, uint32_t size, uint64_t addr, uint64_t value)
{
	struct ab_shared_page *sp = &wedge_hc_page;

	if (sp->batch_len >= AB_SHARED_BATCH_MAX)
		hc_flush_locked();
	struct ab_batch_op *op = &sp->batch[sp->batch_len];
	op->kind = kind;
	op->size = size;
	op->addr = addr;
	op->value = value;
	__asm__ volatile("incl %0" : "+m"(sp->batch_len) : : "memory");
}

/*
 * afterburn.ptwrite=batch (ptwrite.c): one page-table store queued and, as
 * the guest reads its tables right after writing them, flushed at once.
 * A queued EOI rides along.
 */
void wedge_hc_ptwrite_batch(unsigned size, uint64_t gpa, uint64_t value)
{
	uint64_t f = wedge_irq_save();
	hc_batch_locked(AB_BATCH_PT_WRITE, size, gpa, value);
	hc_flush_locked();
	wedge_pt_flushes++;
	hc_irq_restore(f);
}

/*
 * afterburn.ptwrite=note (ptwrite.c): the store is the site's own; the
 * hypervisor only learns of it, at its next exit (shadow paging).  Queued
 * before the store, so that a store that exits finds its note applied.
 */
/*
 * A note for the page noted last, with the host's pt_epoch unmoved, tells
 * the host nothing new (its frame is open, or not a table): skipped.  That
 * turns clear_page's 512 site stores into one note.  0 if skipped.
 */
int wedge_hc_ptnote(unsigned size, uint64_t lin)
{
	uint32_t epoch = __atomic_load_n(&wedge_hc_page.pt_epoch, __ATOMIC_RELAXED);
	if ((lin & ~0xfffull) == wedge_pt_note_page && epoch == wedge_pt_note_epoch) {
		wedge_pt_notes_skipped++;
		return 0;
	}
	wedge_pt_note_page = lin & ~0xfffull;
	wedge_pt_note_epoch = epoch;
	uint64_t f = wedge_irq_save();
	uint32_t before = wedge_hc_page.batch_len;
	hc_batch_locked(AB_BATCH_PT_NOTE, size, lin, 0);
	if (wedge_hc_page.batch_len <= before)
		wedge_pt_flushes++;	/* the batch was full: flushed first */
	hc_irq_restore(f);
	return 1;
}

static void hc_lazy_probe(void)
{
	uint64_t f = wedge_irq_save();
	hc_probe_word = 0;
	hc_batch_locked(AB_BATCH_PT_WRITE, 8, wedge_va_to_pa((uintptr_t)&hc_probe_word), 1);
	wedge_hc_call(AB_HC_VERSION, 0, 0);	/* one exit */
	hc_lazy = hc_probe_word == 1;
	hc_flush_locked();			/* retire it (applied now if it was not) */
	hc_irq_restore(f);
}

/* ---- port I/O ---- */

#define COM1_THR	0x3f8
#define COM1_IER	0x3f9
#define COM1_LCR	0x3fb
#define COM1_MCR	0x3fc
#define COM1_LSR	0x3fd
#define IER_THRE	0x02
#define LCR_DLAB	0x80
#define MCR_LOOP	0x10
#define LSR_TX_EMPTY	0x60	/* THRE | TEMT */

/* Shadows of the COM1 registers that decide what a THR write or an LSR
 * read means; their writes still trap, so the UART model sees them too. */
static uint8_t hc_lcr = 0x03;	/* as wedge_console_init leaves it */
static uint8_t hc_ier, hc_mcr = 0x03;

/* The record of the slot a pre handler returns into (slot->scratch, set by wedge_hc_start). */
static const struct ab_site *hc_record(const struct wedge_hc_frame *f)
{
	const struct ab_slot *slot = (const struct ab_slot *)(f->ret - AB_BRANCH_LEN);
	return (const struct ab_site *)(uintptr_t)slot->scratch;
}

/*
 * The in/out at the return address, from its record: direction (class),
 * width (opsize), port (imm, or %dx for the %dx form).  The bytes only
 * cross-check the record: the rewriter refused any record that disagrees
 * with them before it patched a site (ab_site_operands_match), so a
 * mismatch here means the slot or the table changed since - then the
 * original runs.  Returns the instruction's length, 0 to fall back.
 */
static unsigned hc_io(const struct wedge_hc_frame *f, unsigned cls, unsigned *size, uint16_t *port)
{
	const struct ab_site *s = hc_record(f);

	if (!s || s->cls != cls || !ab_site_operands_match(s, (const uint8_t *)f->ret))
		return 0;
	*size = s->opsize;
	*port = s->form == AB_FORM_DX ? (uint16_t)f->rdx : (uint16_t)s->imm;
	return s->insn_len;
}

/*
 * A byte for COM1's transmitter, without an exit where that is exact.
 *  - The driver polls (IER's THRE interrupt off, no loopback: the sample
 *    guest, Linux's kernel console): the byte joins the console buffer,
 *    one AB_HC_FLUSH per line.  Only THR-empty is observable, and the
 *    wedge answers LSR itself.
 *  - The driver sends by interrupt (Linux's 8250 tty: up to 16 bytes from
 *    its IRQ 4 handler, then it reads IIR again, an exit) or loops back:
 *    with the lazy batch the byte is an OUT op, which the UART model
 *    receives at the next exit, before that exit's instruction, exactly
 *    as if the OUT had trapped - so the THR-empty interrupt comes in
 *    order and the driver sends on.  (Buffered per line instead, a line
 *    longer than one burst never left: no THR-empty, no next burst.)
 *    Without the lazy batch the OUT traps.
 * Returns 0 to fall back.
 */
static int hc_com1_tx(uint8_t c)
{
	if (!(hc_ier & IER_THRE) && !(hc_mcr & MCR_LOOP)) {
		wedge_hc_putc((char)c);
		return 1;
	}
	if (!hc_lazy)
		return 0;
	uint64_t fl = wedge_irq_save();
	hc_batch_locked(AB_BATCH_OUT, 1, COM1_THR, c);
	hc_irq_restore(fl);
	return 1;
}

/*
 * 8259 writes the lazy batch carries exactly.  Such a write only matters to
 * the next interrupt, which the hypervisor evaluates at an exit - after
 * applying the batch - and to port reads, which exit too:
 *  - an EOI (OCW2 with EOI set: non-specific 0x20, specific 0x60+n);
 *  - an OCW1 (mask register) that only sets mask bits (Linux's
 *    mask_and_ack_8259A masks the IRQ it acknowledges: 2 exits per
 *    8259 interrupt before).  One that clears a bit traps: the IRQ it
 *    unmasks may be pending and is due at once, not at the next exit.
 * The mask is shadowed per chip (known only after a write the wedge saw);
 * an ICW1 restarts the chip's initialization: the ICW2..ICW4 that follow on
 * the data port (1 + ICW3 unless single + ICW4 if asked) trap, and leave
 * the mask clear, as the 8259 does.
 */
static struct hc_pic {
	uint8_t imr, known, icw_left;
} hc_pic[2];

static int hc_pic_batchable(uint16_t port, uint8_t v)
{
	struct hc_pic *p;

	if (port == 0x20 || port == 0xa0) {
		p = &hc_pic[port == 0xa0];
		if (v & 0x10) {			/* ICW1 */
			p->icw_left = (uint8_t)(1 + !(v & 0x02) + (v & 0x01));
			p->known = 0;
			return 0;
		}
		return (v & 0xb8) == 0x20;	/* EOI */
	}
	if (port != 0x21 && port != 0xa1)
		return 0;
	p = &hc_pic[port == 0xa1];
	if (p->icw_left) {
		if (!--p->icw_left) {
			p->imr = 0;
			p->known = 1;
		}
		return 0;
	}
	int only_sets = p->known && !(p->imr & ~v);
	p->imr = v;
	p->known = 1;
	return only_sets;
}

uint64_t wedge_hc_out(struct wedge_hc_frame *f)
{
	unsigned size;
	uint16_t port;
	unsigned len = hc_io(f, AB_CLASS_OUT, &size, &port);

	if (len && size == 1 && port == COM1_THR && !(hc_lcr & LCR_DLAB) && hc_com1_tx((uint8_t)f->rax))
		return len;
	if (hc_lazy && len && size == 1 && (port & ~0x81) == 0x20) {	/* 0x20, 0x21, 0xa0, 0xa1 */
		uint64_t fl = wedge_irq_save();	/* the shadow and the batch together */
		int batched = hc_pic_batchable(port, (uint8_t)f->rax);
		if (batched)
			hc_batch_locked(AB_BATCH_OUT, 1, port, (uint8_t)f->rax);
		hc_irq_restore(fl);
		if (batched)
			return len;
	}
	/*
	 * Shadow the registers hc_com1_tx and the LSR read depend on, then let
	 * the write trap.  Bytes still in the console buffer go out first
	 * when the path changes (IER, MCR): batched bytes come out at the
	 * write's own exit, buffered ones only at a flush.
	 */
	if (len && size == 1) {
		if (port == COM1_LCR) {
			hc_lcr = (uint8_t)f->rax;
		} else if ((port == COM1_IER && !(hc_lcr & LCR_DLAB)) || port == COM1_MCR) {
			if (wedge_hc_page.console_len)
				wedge_hc_flush();
			*(port == COM1_IER ? &hc_ier : &hc_mcr) = (uint8_t)f->rax;
		}
	}
	wedge_hc_count_fallback(f);
	return 0;
}

/*
 * COM1's LSR is answered in place: transmitter empty (output never waits:
 * it goes to the hypervisor), nothing received - neither of our hosts
 * feeds the UART's receiver, so DR is 0 there too - and no errors (only
 * loopback can overrun: in loopback the read traps).
 */
uint64_t wedge_hc_in(struct wedge_hc_frame *f)
{
	unsigned size;
	uint16_t port;
	unsigned len = hc_io(f, AB_CLASS_IN, &size, &port);

	if (len && size == 1 && port == COM1_LSR && !(hc_mcr & MCR_LOOP)) {
		f->rax = (f->rax & ~0xffull) | LSR_TX_EMPTY;
		return len;
	}
	wedge_hc_count_fallback(f);
	return 0;
}

void wedge_hc_count_fallback(struct wedge_hc_frame *f)
{
	struct ab_slot *slot = (struct ab_slot *)(f->ret - AB_BRANCH_LEN);
	__atomic_fetch_add(&slot->count, 1, __ATOMIC_RELAXED);
}

/* ---- bring-up ---- */

const struct ab_handlers *wedge_hc_handlers(void)
{
	return &hc_handlers;
}

/*
 * The interrupt flag: virtual (vif in the shared page: cli is a store,
 * interrupts that arrive meanwhile are parked and replayed by the wedge,
 * no interrupt-window exits) or real (AB_SHARED_F_REAL_IF: cli and sti
 * are the CPU's, the hypervisor injects as for any guest).  The virtual IF
 * needs every instruction that sets IF to go through the wedge; a kernel
 * whose interrupt and exception returns use an iret the wedge has handed
 * back (Linux: its bad-iret fixup knows that iret by address) returns with
 * whatever vif a handler's cli left - 0 after its softirqs, so it runs on
 * with interrupts off, and a pushf there says so (Linux BUG()s in
 * change_page_attr).  So the real IF is the default for a kernel that
 * maps physical memory away from identity (afterburn_wedge_set_direct_map:
 * a general-purpose kernel with entry code of its own); afterburn.vif=
 * virtual|real chooses.
 */
static int hc_real_if;

static int hc_if_mode(const char *cmdline)
{
	size_t n;
	const char *v = wedge_cmdline_value(cmdline, "afterburn.vif=", &n);

	if (v && n == 4 && !wedge_memcmp(v, "real", 4))
		return 1;
	if (v && n == 7 && !wedge_memcmp(v, "virtual", 7))
		return 0;
	if (v)
		wedge_printf("afterburn: unknown afterburn.vif= value (want virtual|real), using the default\n");
	return wedge_direct_map != 0;
}

int wedge_hc_init(const char *cmdline)
{
	if (wedge_hv_trap != AB_HV_TRAP_VMCALL && wedge_hv_trap != AB_HV_TRAP_PORTIO) {
		wedge_printf("afterburn: hypercall back end not available: unknown trap %u, using native\n", wedge_hv_trap);
		return -1;
	}
	int64_t v = wedge_hc_call(AB_HC_VERSION, 0, 0);
	if (v != AB_HV_ABI_VERSION) {
		wedge_printf("afterburn: hypercall back end not available: ABI version %ld, want %d, using native\n",
			     v, AB_HV_ABI_VERSION);
		return -1;
	}
	/*
	 * The virtual IF only works if the hypervisor delivers interrupts
	 * itself (parks them while the guest's IF is 0).  The ABI has no
	 * feature bit for that; the hypervisor-owned timer goes with it on
	 * both of ours (afterburn-kvm with the in-kernel irqchip has neither:
	 * AB_HC_TIMER_SET answers ENOSYS there), so probe it: period 0 only
	 * disarms.
	 */
	int64_t t = wedge_hc_call(AB_HC_TIMER_SET, 0, 0);
	if (t == AB_HC_ENOSYS) {
		wedge_printf("afterburn: hypercall back end not available: the hypervisor does not "
			     "deliver interrupts through the shared page (AB_HC_TIMER_SET: ENOSYS; "
			     "afterburn-kvm needs --irqchip user), using native\n");
		return -1;
	}
	hc_real_if = hc_if_mode(cmdline);
	wedge_memset(&wedge_hc_page, 0, sizeof(wedge_hc_page));
	wedge_hc_page.abi_version = AB_HV_ABI_VERSION;
	/* boot runs with interrupts off: vif 0 (virtual IF), or unused and 1 (real IF) */
	wedge_hc_page.vif = (uint32_t)hc_real_if;
	wedge_hc_page.flags = hc_real_if ? AB_SHARED_F_REAL_IF : 0;
	/* The ABI takes guest-physical addresses; a kernel's image is rarely identity mapped. */
	hc_page_pa = wedge_va_to_pa((uintptr_t)&wedge_hc_page);
	int64_t r = hc_page_pa == ~0ull ? AB_HC_EFAULT : wedge_hc_call(AB_HC_SHARED_PAGE, hc_page_pa, 0);
	if (r < 0) {
		wedge_printf("afterburn: hypercall back end not available: AB_HC_SHARED_PAGE refused (%ld), using native\n", r);
		return -1;
	}

	hc_lazy_probe();

	struct ab_handlers *h = &hc_handlers;
	wedge_memset(h, 0, sizeof(*h));
	h->sti_hlt = (uintptr_t)wedge_hc_sti_hlt;
	if (!hc_real_if) {
		/* the virtual IF (hc_entry.S); with the real one cli, sti, pushf, popf and iret run as they are */
		h->vif = (uintptr_t)&wedge_hc_page.vif;
		h->pre[AB_CLASS_STI] = (uintptr_t)wedge_hc_sti_pre;
		h->post[AB_CLASS_STI] = (uintptr_t)wedge_hc_replay;
		h->pre[AB_CLASS_POPF] = (uintptr_t)wedge_hc_popf_pre;
		h->post[AB_CLASS_POPF] = (uintptr_t)wedge_hc_replay;
		h->pre[AB_CLASS_IRET] = (uintptr_t)wedge_hc_iret_pre;
	}
	h->pre[AB_CLASS_HLT] = (uintptr_t)wedge_hc_hlt_pre;
	h->pre[AB_CLASS_CPUID] = (uintptr_t)wedge_hc_cpuid_pre;
	h->pre[AB_CLASS_OUT] = (uintptr_t)wedge_hc_out_pre;
	h->pre[AB_CLASS_IN] = (uintptr_t)wedge_hc_in_pre;
	int pm = wedge_pt_parse(cmdline);
	wedge_pt_mode = pm < 0 ? WEDGE_PT_SLOT : pm;
	if (wedge_pt_mode != WEDGE_PT_SLOT)
		h->pre[AB_CLASS_PT_WRITE] = (uintptr_t)wedge_hc_ptwrite_pre;
	return 0;
}

/*
 * The back end is in force: from here the console goes through the shared
 * page (vif is 0 and the real IF too: the guest still has its interrupts
 * off; the hypervisor parks whatever arrives).
 */
void wedge_hc_start(void)
{
	/*
	 * Each in/out slot learns its record through slot->scratch (unused by
	 * the code the rewriter writes for a class with a pre handler: only
	 * stack-less classes spill there): the handlers act on the record.
	 */
	for (uint32_t i = 0; i < afterburn_wedge_sites(); i++) {
		const struct ab_site *s = afterburn_wedge_site(i);
		if (s->cls == AB_CLASS_IN || s->cls == AB_CLASS_OUT)
			afterburn_wedge_slot(s)->scratch = (uintptr_t)s;
	}
	wedge_pt_start();
	hc_active = 1;
}

/* One line after the wedge's platform line: what this hypervisor allows. */
void wedge_hc_describe(void)
{
	wedge_printf("afterburn: hypercall: trap %s, lazy batch %s\n",
		     wedge_hv_trap == AB_HV_TRAP_VMCALL ? "vmcall" : "outl to the hypercall port",
		     hc_lazy ? "applied at every exit: 8259 EOIs are batched"
			     : "not applied before AB_HC_FLUSH: 8259 EOIs trap");
	wedge_printf("afterburn: hypercall: interrupt flag %s\n", hc_real_if
		     ? "real (cli/sti/popf/iret run as they are; the hypervisor injects, windows when it must)"
		     : "virtual (vif in the shared page; interrupts parked while it is 0, replayed by the wedge)");
	wedge_printf("afterburn: hypercall: pt-write sites %s\n",
		     wedge_pt_mode == WEDGE_PT_BATCH ? "batch (queued in the shared page, flushed before the site returns)"
		     : wedge_pt_mode == WEDGE_PT_DIRECT ? "direct (stored by the wedge from the record's operands)"
		     : wedge_pt_mode == WEDGE_PT_NOTE ? "note (stored by the wedge, the hypervisor told in the batch)"
		     : "slot (the original store runs out of line)");
}

/* Undo of every site (self-test): the guest's IF is real again. */
void wedge_hc_stop(void)
{
	wedge_hc_flush();
	hc_active = 0;
}
