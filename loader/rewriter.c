/*
 * rewriter.c - the freestanding load-time rewriter core (see rewriter.h).
 *
 * Used inside the guest by the wedge (base == vaddr), and on the host by
 * afterburn-sites over a copy of the image.  No libc: every copy and
 * compare is a byte loop (built with -fno-tree-loop-distribute-patterns so
 * gcc does not turn them back into memcpy calls).
 *
 * Rewriting happens in two phases so that an error leaves the image as it
 * was: first every record is checked (bounds, lengths, class, state, pad
 * NOPs, rip-relative displacement, operands against the bytes:
 * rewriter_operand.c); only then are sites written.  Patching builds each
 * slot's code in the first phase, into the slot (checked empty; no site
 * jumps there yet), so a record sharing a slot finds it filled; the
 * second phase saves and writes the sites and derives nothing again (a
 * record sharing a site finds a jmp there).  A little of each write is
 * read back (a slot's first word; the first byte of saved[], before the
 * site is written, and of the site), which catches a window that drops
 * writes.  If anything
 * fails, what was written is put back, so the promise holds.  Each site
 * costs some 275 host instructions for trace, 290 for the hypercall back
 * end's Linux table (Linux: 2986 sites at boot): the trace code and the
 * handler calls go straight into the slot (rewriter_trace.h), a class is
 * one table lookup (ab_rw_cls_info, and rw_hc_kind once per table), phase
 * 2 reads only offsets, and phase 1 keeps its rw_site and the window in
 * registers (nothing takes their address out of line on the common path:
 * the slot writes go through may_alias words, after which anything in
 * memory would be read again).
 *
 * Site states:
 *   original - the instruction(s), then NOPs; slot code[] zero; saved[]
 *              zero (never patched) or a copy of the site (after an undo:
 *              kept so the running guest can still compare against it).
 *   patched  - `jmp rel32` to the slot's code, then NOPs (or, hypercall cli,
 *              `movb $0, vif(%rip)` then NOPs); saved[] holds the
 *              original site bytes; code[] is what the back end emits for
 *              them (compared byte for byte before undo).
 */
#include "rewriter_trace.h"

/* Opcodes, offsets and struct rw_site: rewriter_int.h.  Slot code: rewriter_slot.c,
 * the trace code (inline): rewriter_trace.h. */

/* ---- freestanding helpers ---- */

/*
 * Eight bytes at a time where it can: in the guest the wedge runs these
 * loops for every site at boot, and under PVM-style KVM every kernel-mode
 * instruction is emulated (~1 us each), so the byte loops dominated boot.
 */
static void rw_copy(uint8_t *d, const uint8_t *s, size_t n)
{
	if (n <= AB_SITE_MAX_LEN) {
		rw_copy_small(d, s, n);
		return;
	}
	for (; n >= 8; d += 8, s += 8, n -= 8)
		*(rw_u64 *)d = *(const rw_u64 *)s;
	while (n--)
		*d++ = *s++;
}

static void rw_zero(uint8_t *d, size_t n)
{
	for (; n >= 8; d += 8, n -= 8)
		*(rw_u64 *)d = 0;
	while (n--)
		*d++ = 0;
}

static inline __attribute__((always_inline)) int rw_equal(const uint8_t *a, const uint8_t *b, size_t n)
{
	if (n <= AB_SITE_MAX_LEN)
		return rw_equal_small(a, b, n);
	for (; n >= 8; a += 8, b += 8, n -= 8)
		if (*(const rw_u64 *)a != *(const rw_u64 *)b)
			return 0;
	while (n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

static int rw_all_zero(const uint8_t *p, size_t n)
{
	for (; n >= 8; p += 8, n -= 8)
		if (*(const rw_u64 *)p)
			return 0;
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

/* Is [va, va+len) inside the window?  Written so that no sum can wrap. */
static int rw_in(const struct ab_image *img, uint64_t va, uint64_t len)
{
	uint64_t off = va - img->vaddr;

	return va >= img->vaddr && off <= img->size && len <= img->size - off;
}

/* ---- names ---- */

static const char *const rw_backend_names[AB_BACKEND_COUNT] = {
	[AB_BACKEND_NATIVE] = "native",
	[AB_BACKEND_TRACE] = "trace",
	[AB_BACKEND_HYPERCALL] = "hypercall",
	[AB_BACKEND_PROFILE] = "profile",
};

const char *ab_backend_name(enum ab_backend b)
{
	return (unsigned)b < AB_BACKEND_COUNT ? rw_backend_names[b] : "?";
}

int ab_backend_parse(const char *s, size_t n)
{
	int b;

	for (b = 0; b < AB_BACKEND_COUNT; b++) {
		const char *name = rw_backend_names[b];
		size_t i = 0;

		while (i < n && name[i] && name[i] == s[i])
			i++;
		if (i == n && !name[i])
			return b;
	}
	return -1;
}

const char *ab_rewrite_strerror(int err)
{
	static const char *const msg[AB_RW_ECOUNT] = {
		[AB_RW_OK] = "success",
		[AB_RW_ERANGE] = "site, slot or record outside the image window (or overlapping)",
		[AB_RW_ELEN] = "inconsistent insn_len/site_len, or site too short for the replacement",
		[AB_RW_EPAD] = "pad bytes are not NOPs (image altered or records stale)",
		[AB_RW_ECLASS] = "unknown class, or a class this back end cannot handle",
		[AB_RW_ESTATE] = "site not in the expected state (already patched / not patched)",
		[AB_RW_ERELOC] = "rip-relative operand or branch cannot be moved out of line",
		[AB_RW_EBACKEND] = "unknown or unavailable back end",
		[AB_RW_EOPERAND] = "record's operands (port, width, direction) disagree with the instruction bytes",
	};
	unsigned e = (unsigned)-err;

	return err <= 0 && e < AB_RW_ECOUNT ? msg[e] : "unknown rewriter error";
}

/* ---- loading and checking one record ---- */

/*
 * What the checks need to know of a class, looked up once per record
 * instead of derived from several compares per site (the rewriter runs
 * for every site at boot).  Indexed by any byte: a record's cls and
 * pair_cls are not trusted.  Must agree with site.h's ab_class_*()
 * (tests/unit/test_rewriter_patch.c checks every byte value).
 */
const uint8_t ab_rw_cls_info[256] = {
#define RW_FIRST(c)	[c] = RW_CI_OK
	RW_FIRST(AB_CLASS_STI), RW_FIRST(AB_CLASS_PUSHF), RW_FIRST(AB_CLASS_POPF),
	RW_FIRST(AB_CLASS_MOV_FROM_CR), RW_FIRST(AB_CLASS_MOV_TO_CR),
	RW_FIRST(AB_CLASS_MOV_FROM_DR), RW_FIRST(AB_CLASS_MOV_TO_DR),
	RW_FIRST(AB_CLASS_CLTS), RW_FIRST(AB_CLASS_SMSW), RW_FIRST(AB_CLASS_LMSW),
	RW_FIRST(AB_CLASS_LGDT), RW_FIRST(AB_CLASS_LIDT), RW_FIRST(AB_CLASS_LLDT), RW_FIRST(AB_CLASS_LTR),
	RW_FIRST(AB_CLASS_SGDT), RW_FIRST(AB_CLASS_SIDT), RW_FIRST(AB_CLASS_SLDT), RW_FIRST(AB_CLASS_STR),
	RW_FIRST(AB_CLASS_INVLPG), RW_FIRST(AB_CLASS_INVPCID), RW_FIRST(AB_CLASS_INVD), RW_FIRST(AB_CLASS_WBINVD),
	RW_FIRST(AB_CLASS_RDMSR), RW_FIRST(AB_CLASS_WRMSR), RW_FIRST(AB_CLASS_RDTSC), RW_FIRST(AB_CLASS_RDTSCP),
	RW_FIRST(AB_CLASS_RDPMC), RW_FIRST(AB_CLASS_CPUID), RW_FIRST(AB_CLASS_XSETBV),
	RW_FIRST(AB_CLASS_SYSEXIT) | RW_CI_STACKLESS, RW_FIRST(AB_CLASS_SWAPGS) | RW_CI_STACKLESS,
	RW_FIRST(AB_CLASS_FAR_JMP), RW_FIRST(AB_CLASS_FAR_CALL), RW_FIRST(AB_CLASS_FAR_RET), RW_FIRST(AB_CLASS_INT),
	RW_FIRST(AB_CLASS_LAR), RW_FIRST(AB_CLASS_LSL), RW_FIRST(AB_CLASS_VERR), RW_FIRST(AB_CLASS_VERW),
	RW_FIRST(AB_CLASS_MOV_TO_SEG), RW_FIRST(AB_CLASS_MOV_FROM_SEG),
	RW_FIRST(AB_CLASS_PUSH_SEG), RW_FIRST(AB_CLASS_POP_SEG),
	RW_FIRST(AB_CLASS_MONITOR),
	RW_FIRST(AB_CLASS_RDFSBASE), RW_FIRST(AB_CLASS_RDGSBASE), RW_FIRST(AB_CLASS_WRFSBASE), RW_FIRST(AB_CLASS_WRGSBASE),
	RW_FIRST(AB_CLASS_CLAC), RW_FIRST(AB_CLASS_STAC), RW_FIRST(AB_CLASS_XSAVES), RW_FIRST(AB_CLASS_XRSTORS),
	RW_FIRST(AB_CLASS_PT_WRITE), RW_FIRST(AB_CLASS_MMIO_READ), RW_FIRST(AB_CLASS_MMIO_WRITE),
	[AB_CLASS_CLI] = RW_CI_OK | RW_CI_LONG,		/* the inline store of the virtual IF */
	[AB_CLASS_IN] = RW_CI_OK | RW_CI_PORTIO, [AB_CLASS_OUT] = RW_CI_OK | RW_CI_PORTIO,
	[AB_CLASS_INS] = RW_CI_OK | RW_CI_PORTIO, [AB_CLASS_OUTS] = RW_CI_OK | RW_CI_PORTIO,
	/* may follow sti in an interrupt-shadow pair */
	[AB_CLASS_HLT] = RW_CI_OK | RW_CI_TAIL, [AB_CLASS_IRET] = RW_CI_OK | RW_CI_TAIL,
	[AB_CLASS_SYSRET] = RW_CI_OK | RW_CI_TAIL | RW_CI_STACKLESS,
	[AB_CLASS_MWAIT] = RW_CI_OK | RW_CI_TAIL,	/* "sti; mwait" (Linux's __sti_mwait) */
	[AB_CLASS_RET] = RW_CI_TAIL,	/* exists only as the tail of an "sti; ret" pair */
#undef RW_FIRST
};
_Static_assert(AB_CLASS_COUNT == AB_CLASS_RET + 1 && AB_CLASS_RET == 65,
	       "a class was added: give it its ab_rw_cls_info entry");

/*
 * Copy the record at rec_va (inside the window): it, its addresses and
 * pointers, which is all that writing a checked site needs (phase 2 of a
 * patch, rollbacks).  Offsets into the window wrap for a record pointing
 * below it: the range checks of rw_load see a huge offset.
 */
static inline __attribute__((always_inline)) void rw_resolve_addrs(const struct ab_image *img, uint64_t rec_va, struct rw_site *s)
{
	uint64_t rec_off = rec_va - img->vaddr;
	const rw_u64 *from = (const rw_u64 *)(img->base + rec_off);
	rw_u64 *to = (rw_u64 *)&s->rec;

	_Static_assert(sizeof(struct ab_site) == 4 * 8, "a record is four 64-bit words");
	to[0] = from[0];
	to[1] = from[1];
	to[2] = from[2];
	to[3] = from[3];
	s->rec_va = rec_va;
	s->site_off = rec_off + (uint64_t)(int64_t)s->rec.site;
	s->slot_off = rec_off + REC_OFF_SLOT + (uint64_t)(int64_t)s->rec.slot;
	s->site_va = img->vaddr + s->site_off;
	s->slot_va = img->vaddr + s->slot_off;
	s->site = img->base + s->site_off;
	s->slot = img->base + s->slot_off;
}

/*
 * Copy the record at rec_va (inside the window) and resolve it to
 * addresses and pointers, checking nothing: for records rw_load() has
 * accepted in this run (they cannot have changed since: no site or slot
 * overlaps the table).
 */
static inline __attribute__((always_inline)) void rw_resolve(const struct ab_image *img, uint64_t rec_va, struct rw_site *s)
{
	const struct ab_site *r = &s->rec;

	rw_resolve_addrs(img, rec_va, s);
	/* (pair_cls is NONE, no class, unless a pair: rw_load_in checks) */
	s->stackless = ((ab_rw_cls_info[r->cls] | ab_rw_cls_info[r->pair_cls]) & RW_CI_STACKLESS) != 0;
	/*
	 * A rip-relative operand: the insn's disp32 is its last 4 bytes for
	 * every sensitive class.  The target the record names is either
	 * symbolic (&rec->disp + disp) or numeric (next insn + disp).
	 */
	s->rip = r->form == AB_FORM_MEM && r->base == AB_REG_RIP;
	s->rip_target = 0;
	if (s->rip)
		s->rip_target = (r->flags & AB_SITE_F_DISP_PCREL)
				? rec_va + REC_OFF_DISP + (uint64_t)(int64_t)r->disp
				: s->site_va + r->insn_len + (uint64_t)(int64_t)r->disp;
}

/* Is [off, off+len) inside the window (offsets from its start)?  No sum can wrap. */
static inline __attribute__((always_inline)) int rw_in_off(const struct ab_image *img, uint64_t off, uint64_t len)
{
	return off <= img->size && len <= img->size - off;
}

/*
 * Copy the record at rec_va (which the caller has checked is inside the
 * window), resolve it, and check everything that does not depend on the
 * site's state: bounds, lengths, class.
 */
static inline __attribute__((always_inline)) int rw_load_in(const struct ab_image *img, uint64_t rec_va, struct rw_site *s)
{
	const struct ab_site *r = &s->rec;
	unsigned ci, need;

	rw_resolve(img, rec_va, s);	/* the pointers are used only once the checks below pass */
	ci = ab_rw_cls_info[r->cls];
	if (!(ci & RW_CI_OK))
		return -AB_RW_ECLASS;
	if (r->flags & AB_SITE_F_PAIR) {
		/* the afterburner only keeps sti adjacent to what follows it in the shadow */
		if (r->cls != AB_CLASS_STI || !(ab_rw_cls_info[r->pair_cls] & RW_CI_TAIL))
			return -AB_RW_ECLASS;
	} else if (r->pair_cls != AB_CLASS_NONE) {
		return -AB_RW_ECLASS;
	}
	/* shortest insn: a disp32 to re-base (and a byte before it), a pair, or one byte */
	need = s->rip ? 5 : (r->flags & AB_SITE_F_PAIR) ? 2 : 1;
	if (r->insn_len < need || r->insn_len > AB_SITE_MAX_INSN_LEN ||
	    r->site_len > AB_SITE_MAX_LEN || r->site_len < r->insn_len ||
	    r->site_len < ((ci & RW_CI_LONG) ? AB_INLINE_STORE_LEN : AB_BRANCH_LEN))
		return -AB_RW_ELEN;
	if (!rw_in_off(img, s->site_off, r->site_len) || !rw_in_off(img, s->slot_off, AB_SLOT_SIZE) ||
	    (s->site_off < s->slot_off + AB_SLOT_SIZE && s->slot_off < s->site_off + r->site_len))
		return -AB_RW_ERANGE;
	return 0;
}

static inline __attribute__((always_inline)) int rw_load(const struct ab_image *img, uint64_t rec_va, struct rw_site *s)
{
	if (!rw_in(img, rec_va, REC_SIZE))
		return -AB_RW_ERANGE;
	return rw_load_in(img, rec_va, s);
}

/* Do the original bytes orig[] carry the rip-relative target the record says? */
static inline __attribute__((always_inline)) int rw_rip_matches(const struct rw_site *s, const uint8_t *orig)
{
	/* only read the disp32 once rw_load has ensured insn_len >= 5 */
	return !s->rip || rw_rip_disp_off(s, orig) >= 0;
}

/* Is the site a jmp rel32 to its own slot followed by NOPs? */
static int rw_site_jumps_to_slot(const struct rw_site *s)
{
	int32_t rel;

	return s->site[0] == X86_JMP_REL32 &&
	       rw_rel32(s->slot_va, s->site_va + AB_BRANCH_LEN, &rel) &&
	       rw_get32(s->site + 1) == rel &&
	       ab_is_nop_run(s->site + AB_BRANCH_LEN, s->rec.site_len - AB_BRANCH_LEN);
}

/*
 * saved[] of an original site: all zero, or left by an undo (equal to the
 * site).  Takes the fields, not the rw_site: a pointer to that passed out
 * of line would keep it in memory for every site of phase 1.
 */
static int rw_saved_ok(const uint8_t *slot, const uint8_t *site, size_t site_len)
{
	const uint8_t *saved = slot + SLOT_OFF_SAVED;

	if (!rw_all_zero(saved + site_len, AB_SITE_MAX_LEN - site_len))
		return 0;
	return rw_all_zero(saved, site_len) || rw_equal(saved, site, site_len);
}

/* Is code[] of the slot at p all zero? */
static inline __attribute__((always_inline)) int rw_code_empty(const uint8_t *p)
{
	const rw_u64 *w = (const rw_u64 *)p;

	return !(w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6]);
}

/* Are code[] and saved[] of the slot at p all zero (a slot never patched)? */
static inline __attribute__((always_inline)) int rw_slot_empty(const uint8_t *p)
{
	const rw_u64 *w = (const rw_u64 *)p;
	const rw_u64 *sv = (const rw_u64 *)(p + SLOT_OFF_SAVED);

	_Static_assert(AB_SLOT_CODE_LEN == 7 * 8 && AB_SITE_MAX_LEN == 3 * 8, "code[] and saved[] in words");
	return !(w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | sv[0] | sv[1] | sv[2]);
}

/* Original state: pads are NOPs, the slot's code is empty. */
static inline __attribute__((always_inline)) int rw_check_original(const struct rw_site *s)
{
	const struct ab_site *r = &s->rec;

	/*
	 * No sensitive instruction is a jmp or a movb $imm8, r/m8: a site
	 * starting with one was rewritten (jmp to the slot, or the hypercall
	 * back end's inline cli).
	 */
	if (s->site[0] == X86_JMP_REL32 || s->site[0] == X86_MOVB_IMM)
		return -AB_RW_ESTATE;
	if (!rw_is_nop_run(s->site + r->insn_len, r->site_len - r->insn_len))
		return -AB_RW_EPAD;
	/*
	 * A filled code[] means another record already uses this slot.  A
	 * slot never patched is all zero in code[] and saved[]: one pass.
	 */
	if (!rw_slot_empty(s->slot) &&
	    (!rw_all_zero(s->slot, AB_SLOT_CODE_LEN) || !rw_saved_ok(s->slot, s->site, r->site_len)))
		return -AB_RW_ESTATE;
	if (!rw_rip_matches(s, s->site))
		return -AB_RW_ERELOC;
	/* back ends act on the record: it must say what the bytes do (port I/O is decoded) */
	if (ab_rw_cls_info[r->cls] & RW_CI_PORTIO) {
		/* a copy: &s->rec would make all of *s live in memory on every path */
		struct ab_site rec = *r;

		if (!ab_site_operands_match(&rec, s->site))
			return -AB_RW_EOPERAND;
	}
	return 0;
}

/* Patched state: jmp to the slot (or the inline cli), saved[] is a plausible original, code[] is ours. */
static int rw_check_patched(const struct ab_rewrite *rw, const struct rw_site *s)
{
	const uint8_t *saved = s->slot + SLOT_OFF_SAVED;
	struct rw_emit e;
	int err;

	if (ab_rw_site_inline(rw, s)) {
		uint8_t want[AB_SITE_MAX_LEN];

		err = ab_rw_build_inline(rw, s, want);
		if (err)
			return err;
		if (!rw_equal(s->site, want, s->rec.site_len))
			return -AB_RW_ESTATE;
	} else if (!rw_site_jumps_to_slot(s)) {
		return -AB_RW_ESTATE;
	}
	if (!ab_is_nop_run(saved + s->rec.insn_len, s->rec.site_len - s->rec.insn_len) ||
	    !rw_all_zero(saved + s->rec.site_len, AB_SITE_MAX_LEN - s->rec.site_len))
		return -AB_RW_EPAD;
	if (!rw_rip_matches(s, saved))
		return -AB_RW_ERELOC;
	if (!ab_site_operands_match(&s->rec, saved))
		return -AB_RW_EOPERAND;
	err = ab_rw_build_slot(rw, s, saved, &e);
	if (err)
		return err;
	if (!rw_equal(s->slot, e.buf, e.pos) ||
	    !rw_all_zero(s->slot + e.pos, AB_SLOT_CODE_LEN - e.pos))
		return -AB_RW_ESTATE;
	return 0;
}

/* ---- writing one site ---- */

/*
 * Write site and slot together: code[] and saved[] of the slot (count and
 * scratch belong to the running code and are never written), then the
 * site.  The bytes were built from checked ones, so they are not compared
 * again whole; one word of each is read back, which is what catches a
 * window that drops writes (ROM, a read-only alias).  On a mismatch the
 * site and slot are put back from what the caller knows they held: orig[]
 * for the site, old_code[] (NULL: checked empty) and old_saved[].
 */
static int rw_write(const struct rw_site *s, const uint8_t *site_bytes, const uint8_t *code,
		    const uint8_t *saved, const uint8_t *orig, const uint8_t *old_code,
		    const uint8_t *old_saved)
{
	rw_u64 *sc = (rw_u64 *)s->slot, *ss = (rw_u64 *)(s->slot + SLOT_OFF_SAVED);
	const rw_u64 *c = (const rw_u64 *)code, *v = (const rw_u64 *)saved;

	_Static_assert(AB_SLOT_CODE_LEN == 7 * 8 && AB_SITE_MAX_LEN == 3 * 8, "code[] and saved[] in words");
	/* Slot first, so the site never jumps to an empty slot. */
	sc[0] = c[0]; sc[1] = c[1]; sc[2] = c[2]; sc[3] = c[3];
	sc[4] = c[4]; sc[5] = c[5]; sc[6] = c[6];
	ss[0] = v[0]; ss[1] = v[1]; ss[2] = v[2];
	rw_copy(s->site, site_bytes, s->rec.site_len);
	{
		/* volatile: the compiler must not answer from what it stored */
		const volatile uint8_t *site = s->site;
		const volatile rw_u64 *code0 = (const volatile rw_u64 *)sc;
		const volatile rw_u64 *saved0 = (const volatile rw_u64 *)ss;

		if (site[0] == site_bytes[0] && site[s->rec.site_len - 1] == site_bytes[s->rec.site_len - 1] &&
		    *code0 == c[0] && *saved0 == v[0])
			return 0;
	}
	rw_copy(s->site, orig, s->rec.site_len);
	if (old_code)
		rw_copy(s->slot, old_code, AB_SLOT_CODE_LEN);
	else
		rw_zero(s->slot, AB_SLOT_CODE_LEN);
	rw_copy(s->slot + SLOT_OFF_SAVED, old_saved, AB_SITE_MAX_LEN);
	return -AB_RW_ESTATE;
}

/* The bytes a patched site holds: jmp rel32 to its slot, or the inline cli; then NOPs. */
static inline __attribute__((always_inline)) int rw_site_bytes(const struct ab_rewrite *rw, const struct rw_site *s, uint8_t *site)
{
	int32_t rel;

	if (ab_rw_site_inline(rw, s))
		return ab_rw_build_inline(rw, s, site);
	if (!rw_rel32(s->slot_va, s->site_va + AB_BRANCH_LEN, &rel))
		return -AB_RW_ERELOC;
	site[0] = X86_JMP_REL32;
	rw_put32(site + 1, rel);
	rw_nop_fill(site + AB_BRANCH_LEN, s->rec.site_len - AB_BRANCH_LEN);
	return 0;
}

static int rw_patch_one(const struct ab_rewrite *rw, const struct rw_site *s)
{
	uint8_t site[AB_SITE_MAX_LEN];
	union { uint8_t b[AB_SITE_MAX_LEN]; uint64_t w[AB_SITE_MAX_LEN / 8]; } saved, old_saved;
	struct rw_emit e;
	int err;

	/*
	 * The first phase checked every site in full.  What can have changed
	 * since is only this run's own writes: a record sharing a site or a
	 * slot with one patched before it.
	 */
	if (s->site[0] == X86_JMP_REL32 || s->site[0] == X86_MOVB_IMM || !rw_code_empty(s->slot))
		return -AB_RW_ESTATE;
	/* saved[]: the site as it is, zero past site_len */
	saved.w[0] = saved.w[1] = saved.w[2] = 0;
	rw_copy(saved.b, s->site, s->rec.site_len);
	old_saved.w[0] = ((const rw_u64 *)(s->slot + SLOT_OFF_SAVED))[0];
	old_saved.w[1] = ((const rw_u64 *)(s->slot + SLOT_OFF_SAVED))[1];
	old_saved.w[2] = ((const rw_u64 *)(s->slot + SLOT_OFF_SAVED))[2];
	rw_zero(e.buf, AB_SLOT_CODE_LEN);	/* rw_write writes all of code[] */
	err = ab_rw_build_slot(rw, s, saved.b, &e);
	if (!err)
		err = rw_site_bytes(rw, s, site);
	if (err)
		return err;
	return rw_write(s, site, e.buf, saved.b, saved.b, 0, old_saved.b);
}

/*
 * keep_saved = 0 is for rolling back a patch of this same run: the slot was
 * checked empty before, so saved[] goes back to zero.  (saved[] could also
 * have held a copy left by an earlier undo, but a table that fails in the
 * second phase - shared sites or slots - fails on its first patch, when
 * saved[] is still zero; so the rollback is exact in every reachable case.)
 */
static int rw_unpatch_one(const struct ab_rewrite *rw, const struct rw_site *s, int keep_saved)
{
	uint8_t site[AB_SITE_MAX_LEN], now[AB_SITE_MAX_LEN];
	uint8_t code[AB_SLOT_CODE_LEN], old_code[AB_SLOT_CODE_LEN];
	uint8_t saved[AB_SITE_MAX_LEN], old_saved[AB_SITE_MAX_LEN];
	int err = rw_check_patched(rw, s);

	if (err)
		return err;
	rw_copy(site, s->slot + SLOT_OFF_SAVED, s->rec.site_len);
	rw_copy(now, s->site, s->rec.site_len);
	rw_copy(old_code, s->slot, AB_SLOT_CODE_LEN);
	rw_copy(old_saved, s->slot + SLOT_OFF_SAVED, AB_SITE_MAX_LEN);
	/*
	 * Only code[] is cleared: count stays readable after undo, and saved[]
	 * stays as the record of what the site holds (the host CLI clears it
	 * to give back the pristine file).
	 */
	rw_zero(code, AB_SLOT_CODE_LEN);
	rw_copy(saved, old_saved, AB_SITE_MAX_LEN);
	if (!keep_saved)
		rw_zero(saved, AB_SITE_MAX_LEN);
	return rw_write(s, site, code, saved, now, old_code, old_saved);
}

/* ---- whole tables ---- */

static int rw_backend_ok(const struct ab_rewrite *rw)
{
	switch (rw->backend) {
	case AB_BACKEND_NATIVE:
	case AB_BACKEND_TRACE:
		return 0;
	case AB_BACKEND_HYPERCALL:
		return rw->handlers ? 0 : -AB_RW_EBACKEND;
	default:
		return -AB_RW_EBACKEND;
	}
}

/*
 * Load record i and check it against the table and the expected state.
 * img is rw->img, or a copy of it (rw_patch_all: a local the compiler
 * keeps in registers, where *rw must be read again after every write to
 * a slot through the may_alias words).
 */
static inline __attribute__((always_inline)) int rw_check_rec(const struct ab_rewrite *rw, const struct ab_image *img,
			uint64_t sites_va, uint32_t n, uint32_t i, int want_patched, struct rw_site *s)
{
	uint64_t table_off = sites_va - img->vaddr, table_end = table_off + (uint64_t)n * REC_SIZE;
	int err = rw_load_in(img, sites_va + (uint64_t)i * REC_SIZE, s);	/* rw_run checked the table */

	if (err)
		return err;
	/* Writing a site or slot over the table would corrupt later records (all offsets in the window). */
	if ((s->site_off < table_end && table_off < s->site_off + s->rec.site_len) ||
	    (s->slot_off < table_end && table_off < s->slot_off + AB_SLOT_SIZE))
		return -AB_RW_ERANGE;
	return want_patched ? rw_check_patched(rw, s) : rw_check_original(s);
}

/* code[] of the slots of records [0, upto) back to zero: they were checked empty. */
static void rw_clear_codes(const struct ab_rewrite *rw, uint64_t sites_va, uint32_t upto)
{
	struct rw_site s;
	uint32_t j;

	for (j = 0; j < upto; j++) {
		rw_resolve_addrs(&rw->img, sites_va + (uint64_t)j * REC_SIZE, &s);
		rw_zero(s.slot, AB_SLOT_CODE_LEN);
	}
}

/*
 * Phase 1 of rw_patch_all for record i: check it in full and fill code[]
 * of its slot.  hc_kind is the hypercall back end's rw_hc_kind per class
 * (NULL: the trace back end; a constant in each inlined copy, so the trace
 * loop carries nothing of the hypercall back end).  Returns 0 or a
 * negative error; *written says whether code[] of slot i holds bytes.
 */
static inline __attribute__((always_inline)) int rw_fill_slot(const struct ab_rewrite *rw, const struct ab_image *img,
							     uint64_t sites_va, uint32_t n, uint32_t i,
							     const uint8_t *hc_kind, int *written)
{
	struct rw_site s;
	struct rw_emit e;
	uint64_t word0;
	int32_t rel;
	int err, len, kind = RW_HC_TRACE;

	*written = 0;
	err = rw_check_rec(rw, img, sites_va, n, i, 0, &s);
	if (err)
		return err;
	if (hc_kind)	/* a pair: ab_rw_build_slot decides (sti;hlt, sti;mwait, ...) */
		kind = (s.rec.flags & AB_SITE_F_PAIR) ? RW_HC_SLOT : hc_kind[s.rec.cls];
	if (kind == RW_HC_TRACE || kind == RW_HC_INLINE) {
		/* straight into code[], checked empty (nothing written on error) */
		len = rw_emit_trace(s.slot, &s, s.site);
		if (len < 0)
			return len;
		word0 = *(const uint64_t *)(const void *)(s.stackless ? rw_count_stackless : rw_count_general);
	} else if (kind == RW_HC_PRE || kind == RW_HC_CALLS) {
		/*
		 * [call pre]; <original>; [call post]; jmp back, built in four
		 * zeroed words and copied whole (code[] past it stays zero),
		 * so that its first word is known for the read-back below.
		 */
		uint64_t b[4] = { 0, 0, 0, 0 };
		rw_u64 *sc = (rw_u64 *)s.slot;

		_Static_assert(RW_CALLS_MAX <= sizeof(b), "the handler calls fit b[]");
		const struct ab_handlers *h = rw->handlers;

		/* one inlined copy for pre alone (Linux's in, out, cpuid, hlt), with no test left in it */
		if (kind == RW_HC_PRE)
			len = rw_emit_calls((uint8_t *)b, &s, s.site, 1, h->pre[s.rec.cls], 0, 0);
		else
			len = rw_emit_calls((uint8_t *)b, &s, s.site, h->pre[s.rec.cls] != 0, h->pre[s.rec.cls],
					    1, h->post[s.rec.cls]);
		if (len < 0)
			return len;
		sc[0] = b[0]; sc[1] = b[1]; sc[2] = b[2]; sc[3] = b[3];
		word0 = b[0];
	} else {
		rw_u64 *sc = (rw_u64 *)s.slot;
		uint64_t *c = (uint64_t *)(void *)e.buf;
		/*
		 * Out of line, a fresh rw_site of the same (checked) record:
		 * passing &s would keep s in memory on every path.
		 */
		struct rw_site cp;

		rw_resolve(img, sites_va + (uint64_t)i * REC_SIZE, &cp);
		/* code[] is copied whole: zero past the code */
		c[0] = c[1] = c[2] = c[3] = c[4] = c[5] = c[6] = 0;
		err = ab_rw_build_slot(rw, &cp, cp.site, &e);
		if (err)
			return err;
		sc[0] = c[0]; sc[1] = c[1]; sc[2] = c[2]; sc[3] = c[3];
		sc[4] = c[4]; sc[5] = c[5]; sc[6] = c[6];
		word0 = c[0];
	}
	*written = 1;
	/* can the site be written?  (bytes in phase 2) */
	if (kind == RW_HC_INLINE)	/* ab_rw_build_inline's test (site_len: rw_load_in's RW_CI_LONG) */
		err = rw_rel32(rw->handlers->vif, s.site_va + AB_INLINE_STORE_LEN, &rel) ? 0 : -AB_RW_ERELOC;
	else if (!rw_rel32(s.slot_va, s.site_va + AB_BRANCH_LEN, &rel))
		err = -AB_RW_ERELOC;
	/* read back one word: a window that drops writes shows here */
	if (!err && *(const volatile rw_u64 *)(const void *)s.slot != word0)
		err = -AB_RW_ESTATE;
	return err;
}

/*
 * Patch a whole table (not native).  Phase 1 checks each record in full,
 * builds its slot code and puts it into code[] right away: code[] was just
 * checked empty, and nothing jumps to a slot before its site is written,
 * so this is not yet a change anyone can see, and a record sharing a slot
 * with an earlier one finds it filled (-AB_RW_ESTATE).  Whatever phase 1
 * proves, phase 2 does not derive again: it saves each site into saved[]
 * and writes the jmp (or the inline cli).  What phase 2 can still meet is
 * a record sharing a site with an earlier one (the site is a jmp by now).
 * Any failure puts back what was written: sites from saved[] (then zero),
 * code[] to zero.
 *
 * The trace code is written straight into the slot, for the trace back end
 * and for every site the hypercall back end has no handler for (most of
 * them: Linux has handlers for some 400 of its ~3000 sites).  What the
 * hypercall back end does with a class is looked up once per table
 * (rw_hc_kind), not derived per site.  The handler calls ([call pre];
 * original; [call post]; jmp back) are written straight in too; only entry
 * handlers, the inline pushf and sti pairs go through ab_rw_build_slot's
 * buffer.
 */
static int rw_patch_all(struct ab_rewrite *rw, uint64_t sites_va, uint32_t n)
{
	uint8_t site[AB_SITE_MAX_LEN];
	uint8_t hc_kind[AB_CLASS_COUNT];	/* hypercall: rw_hc_kind of each class */
	struct rw_site s;
	uint32_t i, j;
	int err = 0, written = 0;
	/* can any site be the hypercall back end's inline cli?  (else every site is a jmp) */
	int inline_cli = 0;

	const struct ab_image img = rw->img;	/* (rw_check_rec: kept in registers) */

	if (rw->backend == AB_BACKEND_HYPERCALL) {
		unsigned c;

		for (c = 0; c < AB_CLASS_COUNT; c++)
			hc_kind[c] = (uint8_t)rw_hc_kind(rw->handlers, c);
		inline_cli = hc_kind[AB_CLASS_CLI] == RW_HC_INLINE;
		for (i = 0; i < n && !(err = rw_fill_slot(rw, &img, sites_va, n, i, hc_kind, &written)); i++)
			;
	} else {
		for (i = 0; i < n && !(err = rw_fill_slot(rw, &img, sites_va, n, i, 0, &written)); i++)
			;
	}
	if (err) {
		rw_clear_codes(rw, sites_va, written ? i + 1 : i);
		goto fail;
	}
	for (i = 0; i < n; i++) {
		/*
		 * Only what writing needs, straight from the record phase 1
		 * checked: its offsets and site_len (the inline cli alone
		 * takes the whole record).
		 */
		uint64_t rec_off = sites_va - img.vaddr + (uint64_t)i * REC_SIZE;
		const uint8_t *rec = img.base + rec_off;
		uint64_t site_off = rec_off + (uint64_t)(int64_t)(int32_t)*(const rw_u32 *)rec;
		uint64_t slot_off = rec_off + REC_OFF_SLOT + (uint64_t)(int64_t)(int32_t)*(const rw_u32 *)(rec + 4);
		uint8_t *st = img.base + site_off, *sv = img.base + slot_off + SLOT_OFF_SAVED;
		size_t site_len = rec[__builtin_offsetof(struct ab_site, site_len)];

		if (st[0] == X86_JMP_REL32 || st[0] == X86_MOVB_IMM) {
			err = -AB_RW_ESTATE;	/* a site shared with an earlier record */
			goto rollback;
		}
		if (inline_cli && rec[__builtin_offsetof(struct ab_site, cls)] == AB_CLASS_CLI &&
		    !(rec[__builtin_offsetof(struct ab_site, flags)] & AB_SITE_F_PAIR)) {
			rw_resolve_addrs(&rw->img, sites_va + (uint64_t)i * REC_SIZE, &s);
			ab_rw_build_inline(rw, &s, site);	/* cannot fail: phase 1 built them */
		} else {
			/* jmp rel32 to the slot: phase 1 checked that the distance fits */
			site[0] = X86_JMP_REL32;
			rw_put32(site + 1, (int32_t)(slot_off - site_off - AB_BRANCH_LEN));
			rw_nop_fill(site + AB_BRANCH_LEN, site_len - AB_BRANCH_LEN);
		}
		/*
		 * saved[]: phase 1 checked it zero past site_len, and zero or
		 * this very copy below it, so only site_len bytes are written.
		 * Each write is read back (a window that drops writes) before
		 * the next: the site is put back from a saved[] that holds.
		 */
		rw_copy_small(sv, st, site_len);
		if (*(const volatile uint8_t *)sv != st[0]) {
			rw_zero(sv, AB_SITE_MAX_LEN);
			err = -AB_RW_ESTATE;
			goto rollback;
		}
		rw_copy_small(st, site, site_len);
		if (*(const volatile uint8_t *)st != site[0]) {
			rw_copy_small(st, sv, site_len);
			rw_zero(sv, AB_SITE_MAX_LEN);
			err = -AB_RW_ESTATE;
			goto rollback;
		}
	}
	rw->patched = n;	/* every site (counted once, not in the loop: *rw is not re-read there) */
	ab_rewrite_sync();
	return 0;

rollback:
	for (j = 0; j < i; j++) {
		rw_resolve_addrs(&rw->img, sites_va + (uint64_t)j * REC_SIZE, &s);
		rw_copy(s.site, s.slot + SLOT_OFF_SAVED, s.rec.site_len);
		rw_zero(s.slot + SLOT_OFF_SAVED, AB_SITE_MAX_LEN);
	}
	rw_clear_codes(rw, sites_va, n);
	rw->patched = 0;
	ab_rewrite_sync();
fail:
	rw->failed_index = i;
	return err;
}

/*
 * The common driver of native (check only) and undo: check all, then
 * apply the undo to each, and on a failure in the second phase patch
 * again those done.  Patching is rw_patch_all.
 */
static int rw_run(struct ab_rewrite *rw, uint64_t sites_va, uint32_t n, int undo)
{
	struct rw_site s;
	uint32_t i, j;
	int err;

	rw->patched = 0;
	rw->failed_index = 0;
	err = rw_backend_ok(rw);
	if (err)
		return err;
	if (n && !rw_in(&rw->img, sites_va, (uint64_t)n * REC_SIZE))
		return -AB_RW_ERANGE;
	if (!undo && rw->backend != AB_BACKEND_NATIVE)
		return rw_patch_all(rw, sites_va, n);
	/* Native writes nothing: its sites must all be original, before and after. */
	for (i = 0; i < n; i++) {
		err = rw_check_rec(rw, &rw->img, sites_va, n, i, undo && rw->backend != AB_BACKEND_NATIVE, &s);
		if (err)
			goto fail;
	}
	if (rw->backend == AB_BACKEND_NATIVE)
		return 0;
	for (i = 0; i < n; i++) {
		rw_resolve(&rw->img, sites_va + (uint64_t)i * REC_SIZE, &s);	/* checked above */
		err = rw_unpatch_one(rw, &s, 1);
		if (err)
			goto rollback;
		rw->patched++;
	}
	ab_rewrite_sync();
	return 0;

rollback:
	for (j = i; j-- > 0;) {
		rw_resolve(&rw->img, sites_va + (uint64_t)j * REC_SIZE, &s);
		rw_patch_one(rw, &s);
	}
	rw->patched = 0;
	ab_rewrite_sync();
fail:
	rw->failed_index = i;
	return err;
}

int ab_rewrite_all(struct ab_rewrite *rw, uint64_t sites_vaddr, uint32_t n)
{
	return rw_run(rw, sites_vaddr, n, 0);
}

int ab_rewrite_undo(struct ab_rewrite *rw, uint64_t sites_vaddr, uint32_t n)
{
	return rw_run(rw, sites_vaddr, n, 1);
}

int ab_rewrite_check_site(const struct ab_image *img, uint64_t rec_vaddr)
{
	static const struct ab_rewrite trace = { .backend = AB_BACKEND_TRACE };
	struct rw_site s;
	int err = rw_load(img, rec_vaddr, &s);

	if (err)
		return err;
	if (!rw_site_jumps_to_slot(&s))
		return rw_check_original(&s);
	/* Patched: for the trace back end the slot code is known exactly. */
	err = rw_check_patched(&trace, &s);
	if (err == -AB_RW_ESTATE &&
	    ab_is_nop_run(s.slot + SLOT_OFF_SAVED + s.rec.insn_len, s.rec.site_len - s.rec.insn_len))
		err = 0;	/* another back end's slot code: saved[] still checks out */
	return err ? err : 1;
}
