/*
 * diffcheck.c - afterburn-diffcheck: proves one afterburned object against
 * the object of the same input assembled without afterburn.
 *
 *   afterburn-diffcheck [--name=NAME] [--copied-section=S]... ORIG.o BURNED.o REPORT
 *
 * ORIG.o is `as INPUT.s`, BURNED.o is `as` of `afterburn --report=REPORT
 * INPUT.s`.  Prints one line, "ok - NAME (...)" or "not ok - NAME: the first
 * difference", and exits 0 / 1 (2: could not read the inputs).  Checked:
 *  - coverage: every instruction of the afterburned 64-bit code that
 *    afterburn-sites calls sensitive (loader/sites_zy.c, linked, not copied)
 *    starts a site of afterburn_sites or lies inside one, and has the site's
 *    class; the exceptions (16/32-bit ranges of afterburn_modes, sections
 *    copied at run time, .byte-encoded code, macro-parameter mnemonics,
 *    .insn) must each be listed by the report; int3 is never a site;
 *  - identity: the code sections decode, in order, to the same instructions
 *    with only the sites' NOP pads inserted (a relative branch or rip-relative
 *    operand that gas resolved inside the section may change its
 *    displacement, and a branch its length, but must reach the counterpart
 *    of its original target);
 *  - every relocation and every symbol lands on the counterpart of what it
 *    pointed at (symbol+addend, local labels as section+offset);
 *  - every other section has the same bytes, except .eh_frame and .debug_*,
 *    which encode code distances (only their relocations are compared).
 * Site records and mode ranges are read from the relocations of their
 * `.long label - .` / `.quad label` fields (in a .o they cross sections).
 */
#include <elf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <Zydis/Zydis.h>
#include "diffcheck.h"
#include "sites.h"

#define DC_MAX_COPIED 16

struct dc_site {
	size_t sec;		/* burned section index */
	uint64_t start;
	unsigned insn_len, site_len, cls, flags;
	unsigned form, reg, base, index, scale;
	int32_t imm, disp;
	int imm_rel, disp_rel;	/* the field has a relocation (symbolic) */
};

struct dc_mode {
	size_t sec;
	uint64_t start, end;
	unsigned bits;
};

struct dc_target {		/* an in-section displacement resolved by gas */
	size_t osec;
	int64_t oto, bto;	/* targets in orig / burned offsets */
	uint64_t ooff, boff;	/* the instructions */
};

struct dc_uncov {
	size_t sec;
	uint64_t off;
	unsigned cls, bits;
	int copied;
	char text[96];
};

struct dc_item {		/* one "not padded" line of the report */
	char kind[16];
	char cls[32];
	int used;
};

struct dc_code {		/* per code section of orig */
	int64_t *map;		/* orig offset -> burned offset, -1 inside an insn */
	int64_t *alt;		/* the other counterpart at a NOP run (see dc_walk), or -1 */
	int64_t *oend;		/* orig offset -> end of its instruction */
	int64_t *bend;		/* burned offset -> end of its instruction */
};

struct dc {
	const char *name;
	struct dc_obj o, b;
	size_t *m;		/* orig section index -> burned section index */
	struct dc_code *code;	/* by orig section index */
	struct dc_site *site;
	size_t nsite;
	struct dc_mode *mode;
	size_t nmode;
	struct dc_target *tgt;
	size_t ntgt;
	struct dc_uncov *unc;
	size_t nunc;
	struct dc_item *item;
	size_t nitem;
	const char *copied[DC_MAX_COPIED + 1];
	int ncopied;
	unsigned ninsn, nrel, wild;
	char fail[1024];
};

static int dc_fail(struct dc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int dc_fail(struct dc *d, const char *fmt, ...)
{
	va_list ap;

	if (!d->fail[0]) {
		va_start(ap, fmt);
		vsnprintf(d->fail, sizeof(d->fail), fmt, ap);
		va_end(ap);
	}
	return -1;
}

static void *dc_grow(void *p, size_t n, size_t size)
{
	void *q;

	if (n & (n - 1))	/* grow at powers of two */
		return p;
	q = realloc(p, (n ? n * 2 : 8) * size);
	if (!q) {
		fputs("afterburn-diffcheck: out of memory\n", stderr);
		exit(2);
	}
	return q;
}

static int dc_is_code(const struct dc_sec *s)
{
	return s->type == SHT_PROGBITS && (s->flags & SHF_EXECINSTR);
}

static int dc_is_encoded(const char *name)	/* bytes depend on code distances */
{
	return !strcmp(name, ".eh_frame") || !strncmp(name, ".debug_", 7);
}

static int dc_is_ours(const char *name)	/* sections only afterburn adds */
{
	return !strncmp(name, "afterburn_", 10) || !strncmp(name, ".relaafterburn_", 15);
}

static int dc_copied(const struct dc *d, const char *name)
{
	if (!strcmp(name, ".altinstr_replacement"))
		return 1;
	for (int i = 0; i < d->ncopied; i++)
		if (!strcmp(name, d->copied[i]))
			return 1;
	return 0;
}

/* The target of a relocation field: section index and offset, or 0 (undefined symbol). */
static size_t dc_rel_target(const struct dc_obj *o, const struct dc_rel *r, int64_t k, int64_t *off)
{
	const struct dc_sym *s = &o->sym[r->sym];

	*off = r->add + k;
	if (s->shndx == SHN_UNDEF || s->shndx >= SHN_LORESERVE || s->shndx >= o->nsec)
		return 0;
	*off += (int64_t)s->value;
	return s->shndx;
}

static const struct dc_rel *dc_rel_at(const struct dc_sec *s, uint64_t off)
{
	for (size_t i = 0; i < s->nrel; i++)
		if (s->rel[i].off == off)
			return &s->rel[i];
	return NULL;
}

static int dc_rel_in(const struct dc_sec *s, uint64_t lo, uint64_t hi)
{
	for (size_t i = 0; i < s->nrel; i++)
		if (s->rel[i].off >= lo && s->rel[i].off < hi)
			return 1;
	return 0;
}

/* ---- afterburn_sites / afterburn_modes of the burned object ---- */

static int dc_site_cmp(const void *a, const void *b)
{
	const struct dc_site *x = a, *y = b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static int dc_read_tables(struct dc *d)
{
	const struct dc_obj *o = &d->b;

	for (size_t i = 1; i < o->nsec; i++) {
		const struct dc_sec *s = &o->sec[i];
		int sites = !strcmp(s->name, AB_SITES_SECTION);

		if (!sites && strcmp(s->name, AB_MODES_SECTION))
			continue;
		size_t rs = sites ? sizeof(struct ab_site) : sizeof(struct ab_mode_range);
		if (s->size % rs || !s->data)
			return dc_fail(d, "%s: %s is 0x%lx bytes, not a table of %zu-byte records",
				       o->path, s->name, (unsigned long)s->size, rs);
		for (uint64_t r = 0; r < s->size; r += rs) {
			const struct dc_rel *a = dc_rel_at(s, r), *b = dc_rel_at(s, r + 8);
			int64_t off;
			size_t t;

			if (sites) {
				/* site field: .long label - . (R_X86_64_PC32 against the code) */
				if (!a || a->type != R_X86_64_PC32)
					return dc_fail(d, "%s record %lu: site field has no PC32 relocation",
						       s->name, (unsigned long)(r / rs));
				t = dc_rel_target(o, a, 0, &off);
				if (!t || off < 0)
					return dc_fail(d, "%s record %lu: site is not in a section of this object",
						       s->name, (unsigned long)(r / rs));
				d->site = dc_grow(d->site, d->nsite, sizeof(*d->site));
				struct dc_site *x = &d->site[d->nsite++];
				x->sec = t;
				x->start = (uint64_t)off;
				x->insn_len = s->data[r + 8];
				x->site_len = s->data[r + 9];
				x->cls = s->data[r + 10];
				x->flags = s->data[r + 12];
				x->form = s->data[r + 14];
				x->reg = s->data[r + 15];
				x->base = s->data[r + 16];
				x->index = s->data[r + 17];
				x->scale = s->data[r + 18];
				x->imm = (int32_t)dc_le(s->data + r + 20, 4);
				x->disp = (int32_t)dc_le(s->data + r + 24, 4);
				x->imm_rel = dc_rel_at(s, r + 20) != NULL;
				x->disp_rel = dc_rel_at(s, r + 24) != NULL;
				if (!x->insn_len || x->site_len < x->insn_len ||
				    x->site_len < ab_class_site_len(x->cls) || x->site_len > AB_SITE_MAX_LEN)
					return dc_fail(d, "%s record %lu: lengths %u/%u for class %s", s->name,
						       (unsigned long)(r / rs), x->insn_len, x->site_len,
						       ab_class_name(x->cls));
			} else {
				int64_t end;

				if (!a || !b || a->type != R_X86_64_64 || b->type != R_X86_64_64)
					return dc_fail(d, "%s entry %lu: no R_X86_64_64 relocations",
						       s->name, (unsigned long)(r / rs));
				t = dc_rel_target(o, a, 0, &off);
				if (!t || dc_rel_target(o, b, 0, &end) != t || end < off)
					return dc_fail(d, "%s entry %lu: not one range of one section",
						       s->name, (unsigned long)(r / rs));
				d->mode = dc_grow(d->mode, d->nmode, sizeof(*d->mode));
				struct dc_mode *x = &d->mode[d->nmode++];
				x->sec = t;
				x->start = (uint64_t)off;
				x->end = (uint64_t)end;
				x->bits = (unsigned)dc_le(s->data + r + 16, 4);
				if (x->bits != 16 && x->bits != 32)
					return dc_fail(d, "%s entry %lu: %u bits", s->name,
						       (unsigned long)(r / rs), x->bits);
			}
		}
	}
	qsort(d->site, d->nsite, sizeof(*d->site), dc_site_cmp);
	for (size_t i = 1; i < d->nsite; i++)
		if (d->site[i].sec == d->site[i - 1].sec &&
		    d->site[i].start < d->site[i - 1].start + d->site[i - 1].site_len)
			return dc_fail(d, "sites at %s+0x%lx and +0x%lx overlap", o->sec[d->site[i].sec].name,
				       (unsigned long)d->site[i - 1].start, (unsigned long)d->site[i].start);
	return 0;
}

static unsigned dc_bits_at(const struct dc *d, size_t sec, uint64_t off)
{
	for (size_t i = 0; i < d->nmode; i++)
		if (d->mode[i].sec == sec && off >= d->mode[i].start && off < d->mode[i].end)
			return d->mode[i].bits;
	return 64;
}

/* ---- the report ---- */

static int dc_read_report(struct dc *d, const char *path)
{
	static const char *const kinds[] = { "mode-insn", "copied", "bytes", "macro-param", "insn", NULL };
	char line[1024];
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "  ", 2))
			continue;
		for (int k = 0; kinds[k]; k++) {
			char pat[32], *p;

			snprintf(pat, sizeof(pat), " %s: ", kinds[k]);
			p = strstr(line, pat);
			if (!p)
				continue;
			p += strlen(pat);
			if (!strcmp(kinds[k], "bytes")) {
				if (strncmp(p, ".byte-encoded ", 14))
					p = "";		/* .incbin: no class */
				else
					p += 14;
			}
			d->item = dc_grow(d->item, d->nitem, sizeof(*d->item));
			struct dc_item *it = &d->item[d->nitem++];
			memset(it, 0, sizeof(*it));
			snprintf(it->kind, sizeof(it->kind), "%s", kinds[k]);
			sscanf(p, "%31s", it->cls);
			break;
		}
	}
	fclose(f);
	return 0;
}

/* An unpadded sensitive instruction must have its report line. */
static int dc_match_uncovered(struct dc *d)
{
	for (size_t i = 0; i < d->nunc; i++) {
		const struct dc_uncov *u = &d->unc[i];
		const char *want = u->bits != 64 ? "mode-insn" : u->copied ? "copied" : "bytes";
		const char *cls = ab_class_name(u->cls);
		size_t k;

		for (k = 0; k < d->nitem; k++)
			if (!d->item[k].used && !strcmp(d->item[k].kind, want) && !strcmp(d->item[k].cls, cls))
				break;
		if (k == d->nitem && u->bits == 64) {
			/* a macro-parameter mnemonic or .insn hides any class, any number of times */
			for (k = 0; k < d->nitem; k++)
				if (!strcmp(d->item[k].kind, "macro-param") || !strcmp(d->item[k].kind, "insn") ||
				    (!strcmp(d->item[k].kind, "bytes") && !d->item[k].cls[0]))
					break;
			if (k < d->nitem) {
				d->wild++;
				continue;
			}
		}
		if (k == d->nitem)
			return dc_fail(d, "%s+0x%lx: sensitive '%s' (%s, %u-bit%s) is not in a site and not in the report",
				       d->b.sec[u->sec].name, (unsigned long)u->off, u->text, cls, u->bits,
				       u->copied ? ", copied section" : "");
		d->item[k].used = 1;
	}
	return 0;
}

/* ---- code: lockstep decode ---- */

struct dc_dec {
	int ok;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand op[ZYDIS_MAX_OPERAND_COUNT];
	int fld_off, fld_len;	/* resolved displacement field, or fld_len 0 */
	int64_t target;		/* its target (section offset) */
};

static void dc_decode(const uint8_t *p, size_t avail, uint64_t off, unsigned bits, struct dc_dec *x)
{
	static ZydisDecoder dec[3];
	static int ready[3];
	int m = bits == 16 ? 0 : bits == 32 ? 1 : 2;

	memset(x, 0, sizeof(*x));
	if (!ready[m]) {
		ZydisDecoderInit(&dec[m], m == 0 ? ZYDIS_MACHINE_MODE_LEGACY_16 :
			       m == 1 ? ZYDIS_MACHINE_MODE_LEGACY_32 : ZYDIS_MACHINE_MODE_LONG_64,
			       m == 0 ? ZYDIS_STACK_WIDTH_16 : m == 1 ? ZYDIS_STACK_WIDTH_32 : ZYDIS_STACK_WIDTH_64);
		ready[m] = 1;
	}
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(&dec[m], p, avail, &x->in, x->op))) {
		x->in.length = 1;	/* not code: compared as one byte */
		return;
	}
	x->ok = 1;
	if ((x->in.attributes & ZYDIS_ATTRIB_IS_RELATIVE) && x->in.raw.imm[0].is_relative) {
		x->fld_off = x->in.raw.imm[0].offset;
		x->fld_len = x->in.raw.imm[0].size / 8;
		x->target = (int64_t)off + x->in.length + x->in.raw.imm[0].value.s;
	} else {
		for (unsigned i = 0; i < x->in.operand_count; i++)
			if (x->op[i].type == ZYDIS_OPERAND_TYPE_MEMORY && x->op[i].mem.base == ZYDIS_REGISTER_RIP &&
			    x->in.raw.disp.size) {
				x->fld_off = x->in.raw.disp.offset;
				x->fld_len = x->in.raw.disp.size / 8;
				x->target = (int64_t)off + x->in.length + x->in.raw.disp.value;
			}
	}
}

static int dc_nop(const struct dc_dec *x)
{
	return x->ok && x->in.mnemonic == ZYDIS_MNEMONIC_NOP;
}

static const char *dc_text(const uint8_t *p, size_t avail, uint64_t off, unsigned bits, char *buf, size_t n)
{
	struct ab_zy_insn zi;
	int k;

	if (ab_zy_decode(p, avail, off, bits, &zi) == 0)
		k = snprintf(buf, n, "%s [", zi.text);
	else
		k = snprintf(buf, n, "(bad) [");
	for (unsigned i = 0; i < (zi.len ? zi.len : 1) && i < avail && k > 0 && (size_t)k < n - 4; i++)
		k += snprintf(buf + k, n - (size_t)k, i ? " %02x" : "%02x", p[i]);
	if (k > 0 && (size_t)k < n - 1)
		snprintf(buf + k, n - (size_t)k, "]");
	return buf;
}

static int dc_diff(struct dc *d, size_t oi, uint64_t o, uint64_t b, unsigned bits, const char *what)
{
	const struct dc_sec *os = &d->o.sec[oi], *bs = &d->b.sec[d->m[oi]];
	char t1[160], t2[160];

	return dc_fail(d, "%s+0x%lx (afterburned +0x%lx): %s: original %s, afterburned %s", os->name,
		       (unsigned long)o, (unsigned long)b, what,
		       o < os->size ? dc_text(os->data + o, os->size - o, o, bits, t1, sizeof(t1)) : "(end)",
		       b < bs->size ? dc_text(bs->data + b, bs->size - b, b, bits, t2, sizeof(t2)) : "(end)");
}

/*
 * Alignment fill (.p2align) depends on the code before it, so where the NOP
 * runs at o (orig) and b (burned) differ they compare as runs: both must end
 * on a common power-of-two boundary A with both runs shorter than 2A (gcc's
 * ".p2align 4,,10; .p2align 3" pads 8-aligned or 16-aligned, at most 10
 * bytes).  A NOP inserted elsewhere is caught only when it breaks that.
 * A site never starts with a NOP.
 * A label before the run (end of a function) and one after it (start of
 * the next) share an orig offset when the orig run is empty: map is the one
 * after, alt the one before.  Returns 1 if the runs were consumed (or
 * failed: d->fail), 0 if they are identical and compare as instructions.
 */
static int dc_nop_run(struct dc *d, size_t oi, uint64_t *op, uint64_t *bp, unsigned bits, size_t si)
{
	size_t bi = d->m[oi];
	const struct dc_sec *os = &d->o.sec[oi], *bs = &d->b.sec[bi];
	struct dc_code *c = &d->code[oi];
	uint64_t o0 = *op, b0 = *bp, o = o0, b = b0, n = os->size, m = bs->size, align;
	struct dc_dec x;

	for (;;) {
		dc_decode(os->data + o, n - o, o, bits, &x);
		if (o >= n || !dc_nop(&x))
			break;
		c->oend[o] = (int64_t)(o + x.in.length);
		o += x.in.length;
	}
	for (;;) {
		dc_decode(bs->data + b, m - b, b, bits, &x);
		if (b >= m || !dc_nop(&x) || (si < d->nsite && d->site[si].sec == bi && d->site[si].start == b))
			break;
		c->bend[b] = (int64_t)(b + x.in.length);
		b += x.in.length;
	}
	if (o - o0 == b - b0 && !memcmp(os->data + o0, bs->data + b0, o - o0)) {
		*op = o0;
		return 0;
	}
	for (align = 2; align <= 4096; align *= 2)
		if (2 * align > o - o0 && 2 * align > b - b0 && o % align == 0 && b % align == 0)
			break;
	if (align > 4096) {
		dc_fail(d, "%s+0x%lx (afterburned +0x%lx): NOPs that are not alignment: 0x%lx bytes became 0x%lx",
			os->name, (unsigned long)o0, (unsigned long)b0, (unsigned long)(o - o0), (unsigned long)(b - b0));
		return 1;
	}
	c->map[o0] = (int64_t)b0;
	if (o == o0 && b != b0)
		c->alt[o0] = (int64_t)b0;
	*op = o;
	*bp = b;
	return 1;
}

/*
 * The operand a VMM would emulate from the record must be the instruction's
 * (the rule afterburn-sites verify applies, ab_zy_operand_mismatch); a
 * displacement or immediate is compared only where neither side is symbolic
 * (a relocation), and both must be symbolic or neither.  NULL if fine.
 */
static const char *dc_operands(const struct dc_site *r, const struct ab_zy_insn *a, int insn_rel)
{
	const struct ab_zy_operand op = { r->form, r->reg, r->base, r->index, r->scale, AB_REG_NONE,
					  r->imm, r->disp, !r->imm_rel && !insn_rel,
					  !r->disp_rel && !insn_rel };

	if (r->form == AB_FORM_MEM && r->base != AB_REG_RIP && r->disp_rel != insn_rel)
		return "record's displacement is not the instruction's";
	return ab_zy_operand_mismatch(&op, a);
}

static int dc_walk(struct dc *d, size_t oi)
{
	size_t bi = d->m[oi];
	const struct dc_sec *os = &d->o.sec[oi], *bs = &d->b.sec[bi];
	struct dc_code *c = &d->code[oi];
	uint64_t o = 0, b = 0, n = os->size, m = bs->size;
	size_t si = 0, act = SIZE_MAX;
	int copied = dc_copied(d, os->name);

	c->map = malloc((n + 1) * sizeof(int64_t));
	c->alt = malloc((n + 1) * sizeof(int64_t));
	c->oend = malloc((n + 1) * sizeof(int64_t));
	c->bend = malloc((m + 1) * sizeof(int64_t));
	if (!c->map || !c->alt || !c->oend || !c->bend)
		return dc_fail(d, "out of memory");
	for (uint64_t i = 0; i <= n; i++)
		c->map[i] = c->alt[i] = c->oend[i] = -1;
	for (uint64_t i = 0; i <= m; i++)
		c->bend[i] = -1;
	while (si < d->nsite && d->site[si].sec < bi)
		si++;
	while (o < n) {
		struct dc_dec x, y;
		unsigned bits = dc_bits_at(d, bi, b);

		if (b >= m)
			return dc_diff(d, oi, o, b, bits, "afterburned section ends early");
		if (si < d->nsite && d->site[si].sec == bi && d->site[si].start < b)
			return dc_fail(d, "%s+0x%lx: site does not start on an instruction", bs->name,
				       (unsigned long)d->site[si].start);
		dc_decode(os->data + o, n - o, o, bits, &x);
		dc_decode(bs->data + b, m - b, b, bits, &y);
		/* alignment fill (.p2align) depends on the code before it: runs of
		 * NOPs compare as runs; a site never starts with a NOP */
		if ((dc_nop(&x) || dc_nop(&y)) && act == SIZE_MAX && dc_nop_run(d, oi, &o, &b, bits, si)) {
			if (d->fail[0])
				return -1;
			continue;
		}
		unsigned lo = x.in.length, lb = y.in.length;
		int same = lo == lb && !memcmp(os->data + o, bs->data + b, lo);

		/* coverage of the afterburned instruction */
		struct ab_zy_insn zi;
		if (si < d->nsite && d->site[si].sec == bi && d->site[si].start == b) {
			act = si++;
			if (ab_zy_decode(bs->data + b, m - b, b, bits, &zi) == 0 && zi.cls != d->site[act].cls &&
			    !ab_sites_memclass(d->site[act].cls)) {
				char why[96];
				snprintf(why, sizeof(why), "site record says class %s, the instruction is %s",
					 ab_class_name(d->site[act].cls), zi.cls ? ab_class_name(zi.cls) : "not sensitive");
				return dc_diff(d, oi, o, b, bits, why);
			}
			const char *bad = dc_operands(&d->site[act], &zi, dc_rel_in(bs, b, b + zi.len));
			if (bad)
				return dc_diff(d, oi, o, b, bits, bad);
			if (bits != 64)
				return dc_diff(d, oi, o, b, bits, "site in 16/32-bit code");
		}
		int in_site = act != SIZE_MAX && b < d->site[act].start + d->site[act].insn_len;
		if (!in_site && ab_zy_decode(bs->data + b, m - b, b, bits, &zi) == 0 && zi.cls &&
		    !ab_sites_memclass(zi.cls)) {
			d->unc = dc_grow(d->unc, d->nunc, sizeof(*d->unc));
			struct dc_uncov *u = &d->unc[d->nunc++];
			u->sec = bi;
			u->off = b;
			u->cls = zi.cls;
			u->bits = bits;
			u->copied = copied;
			snprintf(u->text, sizeof(u->text), "%s", zi.text);
		}

		/* identity, up to displacements gas resolved inside the section */
		int xres = x.fld_len && !dc_rel_in(os, o + x.fld_off, o + x.fld_off + x.fld_len);
		int yres = y.fld_len && !dc_rel_in(bs, b + y.fld_off, b + y.fld_off + y.fld_len);
		if (xres != yres)
			return dc_diff(d, oi, o, b, bits, "one displacement is relocated, the other is not");
		if (!same) {
			if (!x.ok || !y.ok || x.in.mnemonic != y.in.mnemonic || !xres)
				return dc_diff(d, oi, o, b, bits, "different instruction");
			if (lo == lb) {
				/* only the displacement field may differ */
				for (unsigned i = 0; i < lo; i++)
					if (os->data[o + i] != bs->data[b + i] &&
					    (i < (unsigned)x.fld_off || i >= (unsigned)(x.fld_off + x.fld_len)))
						return dc_diff(d, oi, o, b, bits, "different instruction");
			} else if (!(x.in.attributes & ZYDIS_ATTRIB_IS_RELATIVE)) {
				return dc_diff(d, oi, o, b, bits, "different length");
			}
		}
		if (xres) {
			d->tgt = dc_grow(d->tgt, d->ntgt, sizeof(*d->tgt));
			d->tgt[d->ntgt++] = (struct dc_target){ oi, x.target, y.target, o, b };
		}
		c->map[o] = (int64_t)b;
		for (unsigned i = 0; i < lo; i++) {
			if (i && same)
				c->map[o + i] = (int64_t)(b + i);
			c->oend[o + i] = (int64_t)(o + lo);
		}
		for (unsigned i = 0; i < lb && b + i < m; i++)
			c->bend[b + i] = (int64_t)(b + lb);
		o += lo;
		b += lb;
		d->ninsn++;
		/* end of a site's instructions: its pad follows */
		if (act != SIZE_MAX && b >= d->site[act].start + d->site[act].insn_len) {
			const struct dc_site *s = &d->site[act];
			uint64_t pad = s->start + s->site_len;

			if (b != s->start + s->insn_len)
				return dc_fail(d, "%s+0x%lx: site's insn_len %u does not end on an instruction",
					       bs->name, (unsigned long)s->start, s->insn_len);
			if (pad > m)
				return dc_fail(d, "%s+0x%lx: site pad runs past the section", bs->name,
					       (unsigned long)s->start);
			while (b < pad) {
				dc_decode(bs->data + b, pad - b, b, 64, &y);
				if (!y.ok || y.in.mnemonic != ZYDIS_MNEMONIC_NOP)
					return dc_fail(d, "%s+0x%lx: site pad at +0x%lx is not NOPs", bs->name,
						       (unsigned long)s->start, (unsigned long)b);
				b += y.in.length;
			}
			act = SIZE_MAX;
		}
	}
	c->map[n] = (int64_t)b;
	if (si < d->nsite && d->site[si].sec == bi)
		return dc_fail(d, "%s+0x%lx: site does not start on an instruction", bs->name,
			       (unsigned long)d->site[si].start);
	if (b != m)
		return dc_diff(d, oi, o, b, 64, "afterburned section has more bytes");
	return 0;
}

/* Orig (section, offset) -> burned offset; -1 if it has no counterpart. */
static int64_t dc_map(const struct dc *d, size_t oi, int64_t off)
{
	const struct dc_sec *s = &d->o.sec[oi];

	if (off < 0 || (uint64_t)off > s->size)
		return -1;
	if (d->code[oi].map)
		return d->code[oi].map[off];
	return off;
}

/* Is got a counterpart of orig (section, offset)? */
static int dc_map_is(const struct dc *d, size_t oi, int64_t off, int64_t got)
{
	if (got >= 0 && got == dc_map(d, oi, off))
		return 1;
	return d->code[oi].alt && off >= 0 && (uint64_t)off <= d->o.sec[oi].size &&
	       d->code[oi].alt[off] >= 0 && d->code[oi].alt[off] == got;
}

/*
 * A PC-relative field in data may be "label - table" (a jump table entry):
 * its addend is then biased by the distance from the table to the field,
 * unknown here but the same in both objects.  Accept a bias in [0, field
 * offset] under which the label is an instruction with this counterpart.
 */
static int dc_map_biased(const struct dc *d, size_t oi, int64_t to, int64_t tb, uint64_t field)
{
	if (dc_map_is(d, oi, to, tb))
		return 1;
	if (!d->code[oi].map)
		return 0;
	for (int64_t bias = 1; bias <= (int64_t)field && bias <= to; bias++)
		if ((uint64_t)(to - bias) <= d->o.sec[oi].size && d->code[oi].map[to - bias] >= 0 &&
		    dc_map_is(d, oi, to - bias, tb - bias))
			return 1;
	return 0;
}

/* ---- sections, relocations, symbols ---- */

static int dc_match_sections(struct dc *d)
{
	int *used = calloc(d->b.nsec, sizeof(int));

	if (!used)
		return dc_fail(d, "out of memory");
	for (size_t i = 1; i < d->o.nsec; i++) {
		const struct dc_sec *s = &d->o.sec[i];
		size_t j = dc_obj_find(&d->b, s->name, s->ordinal);

		if (!j) {
			free(used);
			return dc_fail(d, "section %s (#%d) is missing after afterburn", s->name, s->ordinal);
		}
		if (d->b.sec[j].type != s->type || d->b.sec[j].flags != s->flags) {
			free(used);
			return dc_fail(d, "section %s: type/flags 0x%x/0x%lx became 0x%x/0x%lx", s->name, s->type,
				       (unsigned long)s->flags, d->b.sec[j].type, (unsigned long)d->b.sec[j].flags);
		}
		d->m[i] = j;
		used[j] = 1;
	}
	for (size_t j = 1; j < d->b.nsec; j++)
		if (!used[j] && !dc_is_ours(d->b.sec[j].name)) {
			free(used);
			return dc_fail(d, "afterburn added section %s", d->b.sec[j].name);
		}
	free(used);
	return 0;
}

static int dc_compare_data(struct dc *d, size_t oi)
{
	const struct dc_sec *os = &d->o.sec[oi], *bs = &d->b.sec[d->m[oi]];

	if (os->type == SHT_GROUP) {
		/* members by name: section indices shift when afterburn adds sections */
		size_t k = 4, l = 4;
		for (;;) {
			while (l + 4 <= bs->size && dc_is_ours(d->b.sec[dc_le(bs->data + l, 4) % d->b.nsec].name))
				l += 4;
			if (k + 4 > os->size || l + 4 > bs->size)
				break;
			const char *a = d->o.sec[dc_le(os->data + k, 4) % d->o.nsec].name;
			const char *b = d->b.sec[dc_le(bs->data + l, 4) % d->b.nsec].name;
			if (strcmp(a, b))
				return dc_fail(d, "group %s: member %s became %s", os->name, a, b);
			k += 4;
			l += 4;
		}
		if (k + 4 <= os->size || l + 4 <= bs->size)
			return dc_fail(d, "group %s: members differ", os->name);
		return 0;
	}
	if (os->type == SHT_SYMTAB || os->type == SHT_STRTAB || os->type == SHT_RELA ||
	    dc_is_encoded(os->name) || dc_is_code(os))
		return 0;
	if (os->size != bs->size)
		return dc_fail(d, "section %s: 0x%lx bytes became 0x%lx", os->name, (unsigned long)os->size,
			       (unsigned long)bs->size);
	if (!os->data || !bs->data)
		return 0;
	for (uint64_t i = 0; i < os->size; i++)
		if (os->data[i] != bs->data[i])
			return dc_fail(d, "section %s+0x%lx: byte 0x%02x became 0x%02x", os->name,
				       (unsigned long)i, os->data[i], bs->data[i]);
	return 0;
}

/* Distance from a PC-relative field to the end of its instruction (the addend's bias). */
static int64_t dc_bias(const int64_t *end, uint64_t size, const struct dc_rel *r)
{
	if (!end || !dc_rel_pcrel(r->type) || r->off >= size || end[r->off] < 0)
		return 0;
	return end[r->off] - (int64_t)r->off;
}

static int dc_compare_rels(struct dc *d, size_t oi)
{
	const struct dc_sec *os = &d->o.sec[oi], *bs = &d->b.sec[d->m[oi]];
	const struct dc_code *c = &d->code[oi];

	if (os->nrel != bs->nrel)
		return dc_fail(d, "section %s: %zu relocations became %zu", os->name, os->nrel, bs->nrel);
	for (size_t k = 0; k < os->nrel; k++) {
		const struct dc_rel *ro = &os->rel[k], *rb = &bs->rel[k];
		int64_t to, tb, want;
		size_t so, sb;

		if (!dc_is_encoded(os->name)) {
			want = dc_map(d, oi, (int64_t)ro->off);
			if (want != (int64_t)rb->off)
				return dc_fail(d, "section %s: relocation at +0x%lx is at +0x%lx, not +0x%lx", os->name,
					       (unsigned long)ro->off, (unsigned long)rb->off, (long)want);
		}
		if (ro->type != rb->type)
			return dc_fail(d, "section %s+0x%lx: relocation type %u became %u", os->name,
				       (unsigned long)ro->off, ro->type, rb->type);
		so = dc_rel_target(&d->o, ro, dc_bias(c->oend, os->size, ro), &to);
		sb = dc_rel_target(&d->b, rb, dc_bias(c->bend, bs->size, rb), &tb);
		if (!so || !sb) {
			if (so || sb || strcmp(d->o.sym[ro->sym].name, d->b.sym[rb->sym].name) || to != tb)
				return dc_fail(d, "section %s+0x%lx: relocation to %s%+ld became %s%+ld", os->name,
					       (unsigned long)ro->off, d->o.sym[ro->sym].name, (long)to,
					       d->b.sym[rb->sym].name, (long)tb);
			d->nrel++;
			continue;
		}
		want = dc_map(d, so, to);
		if (d->m[so] == sb && dc_is_encoded(d->o.sec[so].name)) {
			d->nrel++;	/* into DWARF/.eh_frame: offsets shift with code distances */
			continue;
		}
		if (d->m[so] != sb ||
		    !(dc_rel_pcrel(ro->type) && !dc_is_code(os) ? dc_map_biased(d, so, to, tb, ro->off)
								 : dc_map_is(d, so, to, tb)))
			return dc_fail(d, "section %s+0x%lx: relocation to %s+0x%lx became %s+0x%lx, not +0x%lx",
				       os->name, (unsigned long)ro->off, d->o.sec[so].name, (long)to,
				       d->b.sec[sb].name, (long)tb, (long)want);
		d->nrel++;
	}
	return 0;
}

static int dc_compare_syms(struct dc *d)
{
	for (size_t k = 1; k < d->o.nsym; k++) {
		const struct dc_sym *s = &d->o.sym[k], *t = NULL;
		int dup = 0;

		if (!s->name[0] || s->type == STT_SECTION || s->type == STT_FILE)
			continue;
		for (size_t j = 1; j < d->o.nsym; j++)
			dup += !strcmp(d->o.sym[j].name, s->name);
		for (size_t j = 1; j < d->b.nsym && !t; j++)
			if (!strcmp(d->b.sym[j].name, s->name))
				t = &d->b.sym[j];
		if (dup > 1)
			continue;
		if (!t)
			return dc_fail(d, "symbol %s is missing after afterburn", s->name);
		if (s->shndx == SHN_UNDEF || s->shndx >= SHN_LORESERVE || s->shndx >= d->o.nsec) {
			if (t->shndx != s->shndx || (s->shndx == SHN_ABS && t->value != s->value))
				return dc_fail(d, "symbol %s: section index %u became %u", s->name, s->shndx, t->shndx);
			continue;
		}
		int64_t v = dc_map(d, s->shndx, (int64_t)s->value);
		int64_t e = dc_map(d, s->shndx, (int64_t)(s->value + s->size));
		if (t->shndx != d->m[s->shndx] || !dc_map_is(d, s->shndx, (int64_t)s->value, (int64_t)t->value))
			return dc_fail(d, "symbol %s: %s+0x%lx became %s+0x%lx, not +0x%lx", s->name,
				       d->o.sec[s->shndx].name, (unsigned long)s->value,
				       t->shndx < d->b.nsec ? d->b.sec[t->shndx].name : "?", (unsigned long)t->value,
				       (long)v);
		if (s->size && !dc_map_is(d, s->shndx, (int64_t)(s->value + s->size), (int64_t)(t->value + t->size)))
			return dc_fail(d, "symbol %s: size 0x%lx became 0x%lx, not 0x%lx", s->name,
				       (unsigned long)s->size, (unsigned long)t->size, (long)(e - v));
	}
	return 0;
}

static int dc_run(struct dc *d)
{
	d->m = calloc(d->o.nsec, sizeof(*d->m));
	d->code = calloc(d->o.nsec, sizeof(*d->code));
	if (!d->m || !d->code)
		return dc_fail(d, "out of memory");
	if (dc_match_sections(d) || dc_read_tables(d))
		return -1;
	for (size_t i = 1; i < d->o.nsec; i++)
		if (dc_is_code(&d->o.sec[i]) && dc_walk(d, i))
			return -1;
	for (size_t i = 0; i < d->nsite; i++) {	/* a site in a non-code section */
		size_t k;
		for (k = 1; k < d->o.nsec && d->m[k] != d->site[i].sec; k++)
			;
		if (k == d->o.nsec || !dc_is_code(&d->o.sec[k]))
			return dc_fail(d, "site record points into %s, not into code",
				       d->b.sec[d->site[i].sec].name);
	}
	for (size_t i = 0; i < d->ntgt; i++) {
		const struct dc_target *t = &d->tgt[i];
		int64_t want = dc_map(d, t->osec, t->oto);

		if (!dc_map_is(d, t->osec, t->oto, t->bto))
			return dc_fail(d, "%s+0x%lx (afterburned +0x%lx): target +0x%lx became +0x%lx, not +0x%lx",
				       d->o.sec[t->osec].name, (unsigned long)t->ooff, (unsigned long)t->boff,
				       (long)t->oto, (long)t->bto, (long)want);
	}
	for (size_t i = 1; i < d->o.nsec; i++)
		if (dc_compare_data(d, i) || dc_compare_rels(d, i))
			return -1;
	if (dc_compare_syms(d))
		return -1;
	return dc_match_uncovered(d);
}

static void dc_free(struct dc *d)
{
	for (size_t i = 0; d->code && i < d->o.nsec; i++) {
		free(d->code[i].map);
		free(d->code[i].alt);
		free(d->code[i].oend);
		free(d->code[i].bend);
	}
	free(d->code);
	free(d->m);
	free(d->site);
	free(d->mode);
	free(d->tgt);
	free(d->unc);
	free(d->item);
	dc_obj_close(&d->o);
	dc_obj_close(&d->b);
}

static const char dc_usage[] =
	"usage: afterburn-diffcheck [--name=NAME] [--copied-section=S]... ORIG.o BURNED.o REPORT\n"
	"Proves one afterburned object against the object of the same source assembled\n"
	"plainly: the afterburned text assembled (BURNED.o), every sensitive instruction\n"
	"of 64-bit code is at a recorded site whose operands are the instruction's (or\n"
	"listed in REPORT, afterburn --report's output, as deliberately unpadded), and\n"
	"every instruction, branch target, relocation, symbol and data byte of ORIG.o\n"
	"means the same in BURNED.o.  Prints one \"ok - NAME\" or \"not ok - NAME: why\"\n"
	"line; exit 0 ok, 1 a difference, 2 usage or unreadable input.\n"
	"  --name=NAME           the name in the result line (default ORIG.o)\n"
	"  --copied-section=S    code in S is copied at run time (no sites expected)\n";

int main(int argc, char **argv)
{
	static struct dc d;
	const char *arg[3];
	int narg = 0;
	char err[512];

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(dc_usage, stdout);
			return 0;
		}
		if (!strncmp(argv[i], "--name=", 7)) {
			d.name = argv[i] + 7;
		} else if (!strncmp(argv[i], "--copied-section=", 17) && d.ncopied < DC_MAX_COPIED) {
			d.copied[d.ncopied++] = argv[i] + 17;
		} else if (argv[i][0] == '-' || narg == 3) {
			fputs(dc_usage, stderr);
			return 2;
		} else {
			arg[narg++] = argv[i];
		}
	}
	if (narg != 3) {
		fputs(dc_usage, stderr);
		return 2;
	}
	if (!d.name)
		d.name = arg[0];
	if (dc_obj_open(&d.o, arg[0], err, sizeof(err)) || dc_obj_open(&d.b, arg[1], err, sizeof(err)) ||
	    (dc_read_report(&d, arg[2]) && snprintf(err, sizeof(err), "%s: cannot read the report", arg[2]))) {
		printf("not ok - %s: %s\n", d.name, err);
		dc_free(&d);
		return 2;
	}
	int rc = dc_run(&d);
	if (rc)
		printf("not ok - %s: %s\n", d.name, d.fail);
	else
		printf("ok - %s (%zu sites, %u instructions, %u relocations%s)\n", d.name, d.nsite, d.ninsn,
		       d.nrel, d.wild ? ", some sensitive instructions only reported (macro-param/.insn)" : "");
	dc_free(&d);
	return rc ? 1 : 0;
}
