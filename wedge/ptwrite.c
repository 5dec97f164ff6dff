/*
 * ptwrite.c - the hypercall back end's page-table-write sites (class
 * pt-write: stores into page tables found by profiling, second build pass).
 *
 * The handler (hc_entry.S wedge_hc_ptwrite_full, all 16 registers and the
 * flags saved as struct wedge_hc_gprs) recomputes the store from the site's
 * record - effective address from base/index/scale/disp and the saved
 * registers, value from the source register or the recorded immediate,
 * size from opsize - checks it against the instruction bytes (only a plain
 * `mov` store: 88/89/c6/c7 with 66 or REX prefixes; anything else runs out
 * of line as the original, counted as a fallback) and translates the
 * address to guest-physical by walking the guest's own tables from CR3.
 *
 * What then happens is chosen on the command line,
 * `afterburn.ptwrite=slot|direct|batch`:
 *   slot    no handler: the original store runs in the slot (the trace
 *           shape: pushfq; lock incq count; popfq; store; jmp back).
 *   direct  the wedge stores the value itself (at the virtual address,
 *           exactly as the instruction would), nothing queued.
 *   batch   the wedge queues {AB_BATCH_PT_WRITE, size, gpa, value} in the
 *           shared page and flushes (AB_HC_FLUSH) before the site returns.
 *   note    for a hypervisor that shadows page tables (hv.mmu=shadow): the
 *           wedge queues {AB_BATCH_PT_NOTE, size, linear address} (no
 *           flush; applied at the hypervisor's next exit, or AB_HC_FLUSH
 *           when the batch is full) and then stores itself, exactly as the
 *           instruction would.  The note comes first: if the frame is still
 *           write-protected, the store's exit finds the note already applied
 *           and the hypervisor opens the frame instead of emulating the
 *           store; later site stores into it cost no exit.  No CR3 read (it
 *           exits under shadow paging): the hypervisor translates.  A note
 *           for the page noted last is skipped while the shared page's
 *           pt_epoch stands still (hypercall.h): clear_page's 512 site
 *           stores into one page make one note.  Counts
 *           and the choice: hypervisor_stub/README.md "Shadow paging".
 *
 * Why batch flushes at once (it is then no batch at all): the guest reads
 * the entries it has just written (paging.c next_table() tests t[idx]
 * right after storing it; guest_map callers walk the tables), so a store
 * left in the batch for the next exit would be invisible to the guest's own
 * next load - wrong.  The only exact batching is "store now, defer only what
 * the hypervisor must learn", and neither of our hypervisors must learn
 * anything: the VT-x hypervisor runs the guest on EPT (a guest PTE store is
 * a plain memory store, no exit), and afterburn-kvm runs on KVM/PVM, whose
 * instruction emulator runs all guest kernel code and writes through KVM's
 * page tracking, so a PTE store costs no shadow-MMU fault either
 * (--kvm-stats pf_emulate=0 for the whole run, native or not).  A
 * host-applied store is worse than useless there: afterburn-kvm writes
 * guest memory from user space, which KVM's shadow MMU never sees.
 * Measured on afterburn-kvm --irqchip user --kvm-stats, guest-pass2.elf
 * (25,908 PTE stores), every instruction the wedge adds is one more
 * KVM-emulated instruction (~2,700 cycles), every flush an exit:
 *   mode    KVM insn_emulation  KVM exits  user exits  wall
 *   slot        1.13 M            2,034        184      1.0-1.6 s
 *   direct      5.66 M            6,457        168      6.7 s
 *   batch       6.78 M           29,224     26,074      9.0 s
 * (native back end, same image: 0.49 M, 4,229, 3,670, 0.6 s; pf_emulate 0
 * in all), so `slot` is the default; `direct` and `batch` stay for
 * measurement and for a host that shadows page tables (which would want
 * the notification, not the store: a future AB_BATCH kind).
 * Freestanding.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "wedge_hc.h"

uint64_t wedge_pt_direct, wedge_pt_batched, wedge_pt_flushes, wedge_pt_nonidentity, wedge_pt_notes_skipped;
uint64_t wedge_pt_note_page = ~0ull;
uint32_t wedge_pt_note_epoch;

/* What hc_entry.S's fast path hard-codes. */
_Static_assert(__builtin_offsetof(struct ab_site, opsize) == 13 && __builtin_offsetof(struct ab_site, base) == 16 &&
	       __builtin_offsetof(struct ab_site, index) == 17 && __builtin_offsetof(struct ab_site, scale) == 18 &&
	       __builtin_offsetof(struct ab_site, disp) == 24, "hc_entry.S PT_SITE_* offsets");
_Static_assert(__builtin_offsetof(struct ab_slot, scratch) == AB_SLOT_CODE_LEN + 8, "hc_entry.S PT_SCRATCH_FROM_RET");
_Static_assert(WEDGE_PT_NOTE == 3, "hc_entry.S WEDGE_PT_NOTE");
int wedge_pt_mode = WEDGE_PT_SLOT;

/* Frame index of each hardware register number (struct wedge_hc_gprs order). */
static uint64_t pt_reg(const struct wedge_hc_gprs *f, unsigned r)
{
	static const unsigned char at[16] = {
		[AB_REG_RAX] = 14, [AB_REG_RCX] = 13, [AB_REG_RDX] = 12, [AB_REG_RBX] = 11,
		[AB_REG_RSP] = 0xff, [AB_REG_RBP] = 10, [AB_REG_RSI] = 9, [AB_REG_RDI] = 8,
		[AB_REG_R8] = 7, [AB_REG_R9] = 6, [AB_REG_R10] = 5, [AB_REG_R11] = 4,
		[AB_REG_R12] = 3, [AB_REG_R13] = 2, [AB_REG_R14] = 1, [AB_REG_R15] = 0,
	};
	if (r == AB_REG_RSP)	/* before the slot's call pushed the return address */
		return (uintptr_t)&f->ret + 8;
	return ((const uint64_t *)f)[at[r & 15]];
}

static int32_t pt_le(const uint8_t *p, unsigned n)
{
	uint32_t v = 0;
	for (unsigned i = 0; i < n; i++)
		v |= (uint32_t)p[i] << (8 * i);
	return n == 1 ? (int8_t)v : n == 2 ? (int16_t)v : (int32_t)v;
}

/*
 * Is the instruction at p a plain mov store matching record s - operand
 * size, source register, displacement (not for rip-relative forms: the
 * slot's copy is re-based), immediate, length?  Sets *imm for the immediate
 * forms.  Prefixes allowed: 66, then REX.  No segment override, no 67
 * (32-bit address), no lock/rep.  The cross-check keeps the handler exact
 * where the record cannot say everything (an immediate that was a symbol
 * is recorded as 0: such a site runs the original).
 */
static int pt_insn_ok(const uint8_t *p, const struct ab_site *s, int *imm)
{
	unsigned i = 0, size = 4, rex = 0, isz = 0;

	if (p[i] == 0x66) {
		size = 2;
		i++;
	}
	if ((p[i] & 0xf0) == 0x40)
		rex = p[i++];
	if (rex & 8)
		size = 8;
	uint8_t op = p[i++], modrm = p[i++];
	unsigned mod = modrm >> 6, rm = modrm & 7, dsz = 0;
	if (mod == 3)
		return 0;		/* a register destination is no store */
	unsigned reg = ((modrm >> 3) & 7) | (rex & 4 ? 8 : 0);
	switch (op) {
	case 0x88:
		size = 1;
		if (!rex && reg >= 4)
			return 0;	/* %ah..%bh: not in the record's numbering */
		/* fall through */
	case 0x89:
		*imm = 0;
		if (s->reg != reg)
			return 0;
		break;
	case 0xc6:
		size = 1;
		/* fall through */
	case 0xc7:
		*imm = 1;
		if (((modrm >> 3) & 7) != 0 || s->reg != AB_REG_NONE)
			return 0;
		isz = size == 8 ? 4 : size;
		break;
	default:
		return 0;
	}
	if (s->opsize != size)
		return 0;
	int ripr = 0, disp32 = 0;
	if (rm == 4)			/* SIB: base 5 with mod 0 means disp32, no base */
		disp32 = (p[i++] & 7) == 5 && mod == 0;
	else if (rm == 5 && mod == 0)
		ripr = disp32 = 1;	/* rip-relative */
	dsz = mod == 1 ? 1 : mod == 2 || disp32 ? 4 : 0;
	if (ripr != (s->base == AB_REG_RIP))
		return 0;
	if (!ripr && (dsz ? pt_le(p + i, dsz) : 0) != s->disp)
		return 0;
	i += dsz;
	if (isz && pt_le(p + i, isz) != (isz == 1 ? (int8_t)s->imm : isz == 2 ? (int16_t)s->imm : s->imm))
		return 0;
	return i + isz == s->insn_len;
}

/* The store's effective (virtual) address from the record and the registers. */
static uint64_t pt_ea(const struct wedge_hc_gprs *f, const struct ab_site *s)
{
	uint64_t ea;

	if (s->base == AB_REG_RIP) {
		if (s->flags & AB_SITE_F_DISP_PCREL)
			return (uintptr_t)&s->disp + (int64_t)s->disp;
		return ab_site_addr(s) + s->insn_len + (int64_t)s->disp;
	}
	ea = (uint64_t)(int64_t)s->disp;
	if (s->base != AB_REG_NONE)
		ea += pt_reg(f, s->base);
	if (s->index != AB_REG_NONE)
		ea += pt_reg(f, s->index) * (s->scale ? s->scale : 1);
	return ea;
}

/*
 * The record of the slot a pre handler returns into (slot->scratch, set at
 * start).  Records are 32-byte aligned: bit 0 of scratch says the site's
 * instruction bytes were checked against the record already (they never
 * change after rewriting), so the check runs once per site, not per store.
 */
#define PT_CHECKED	1ull
static const struct ab_site *pt_record(const struct wedge_hc_gprs *f)
{
	const struct ab_slot *slot = (const struct ab_slot *)(f->ret - AB_BRANCH_LEN);
	return (const struct ab_site *)(uintptr_t)(slot->scratch & ~PT_CHECKED);
}

uint64_t wedge_hc_ptwrite(struct wedge_hc_gprs *f)
{
	const struct ab_site *s = pt_record(f);
	struct ab_slot *slot = (struct ab_slot *)(f->ret - AB_BRANCH_LEN);
	int imm;

	if (slot->scratch & PT_CHECKED) {
		imm = s->reg == AB_REG_NONE;	/* what pt_insn_ok found */
	} else {
		if (!s || s->cls != AB_CLASS_PT_WRITE || s->form != AB_FORM_MEM ||
		    s->seg != AB_REG_NONE || (s->flags & (AB_SITE_F_LOCK | AB_SITE_F_REP)) ||
		    !pt_insn_ok((const uint8_t *)f->ret, s, &imm))
			goto fallback;
		slot->scratch |= PT_CHECKED;
	}

	uint64_t va = pt_ea(f, s);
	uint64_t v = imm ? (uint64_t)(int64_t)s->imm : pt_reg(f, s->reg);
	unsigned size = s->opsize;
	if ((va & (size - 1)) || ((va & 0xfff) + size > 0x1000))
		goto fallback;		/* unaligned: leave it to the CPU */
	if (wedge_pt_mode == WEDGE_PT_NOTE) {
		/* No translation here: reading CR3 exits under shadow paging; the
		 * hypervisor translates the linear address when it applies the note. */
		if (size != 8 && size != 4)
			goto fallback;
		if (wedge_hc_ptnote(size, va))
			__atomic_fetch_add(&wedge_pt_batched, 1, __ATOMIC_RELAXED);
		goto store;
	}
	uint64_t gpa = wedge_va_to_pa(va);
	if (gpa == ~0ull)
		goto fallback;		/* not mapped: the original faults as it would */
	if (gpa != va)
		wedge_pt_nonidentity++;

	if (wedge_pt_mode == WEDGE_PT_BATCH) {
		if (size == 8 || size == 4) {
			wedge_hc_ptwrite_batch(size, gpa, size == 8 ? v : (uint32_t)v);
			__atomic_fetch_add(&wedge_pt_batched, 1, __ATOMIC_RELAXED);
			return s->insn_len;
		}
		goto fallback;		/* the VT-x hypervisor applies 4 and 8 bytes only */
	}
store:
	switch (size) {
	case 1: *(volatile uint8_t *)(uintptr_t)va = (uint8_t)v; break;
	case 2: *(volatile uint16_t *)(uintptr_t)va = (uint16_t)v; break;
	case 4: *(volatile uint32_t *)(uintptr_t)va = (uint32_t)v; break;
	case 8: *(volatile uint64_t *)(uintptr_t)va = v; break;
	default: goto fallback;
	}
	__atomic_fetch_add(&wedge_pt_direct, 1, __ATOMIC_RELAXED);
	return s->insn_len;
fallback:
	__atomic_fetch_add(&((struct ab_slot *)(f->ret - AB_BRANCH_LEN))->count, 1, __ATOMIC_RELAXED);
	return 0;
}

/*
 * At start (after rewriting): each pt-write slot learns its record through
 * slot->scratch, unused by the code the rewriter writes for a class with a
 * pre handler (only stack-less classes spill there).
 */
void wedge_pt_start(void)
{
	for (uint32_t i = 0; i < afterburn_wedge_sites(); i++) {
		const struct ab_site *s = afterburn_wedge_site(i);
		if (s->cls == AB_CLASS_PT_WRITE)
			afterburn_wedge_slot(s)->scratch = (uintptr_t)s;
	}
}

/* `afterburn.ptwrite=slot|direct|batch` as a whole word; -1 if absent or unknown. */
int wedge_pt_parse(const char *cmdline)
{
	static const char *const names[] = { "slot", "direct", "batch", "note" };
	size_t n;
	const char *v = wedge_cmdline_value(cmdline, "afterburn.ptwrite=", &n);

	if (!v)
		return -1;
	for (int m = 0; m < 4; m++) {
		size_t l = 0;
		while (names[m][l])
			l++;
		if (l == n && !wedge_memcmp(v, names[m], n))
			return m;
	}
	wedge_printf("afterburn: unknown afterburn.ptwrite= value (want slot|direct|batch|note), using slot\n");
	return -1;
}

const char *wedge_pt_mode_name(void)
{
	return wedge_pt_mode == WEDGE_PT_NOTE ? "note" : wedge_pt_mode == WEDGE_PT_BATCH ? "batch" : wedge_pt_mode == WEDGE_PT_DIRECT ? "direct" : "slot";
}
