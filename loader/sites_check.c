/*
 * sites_check.c - `afterburn-sites check`: is every sensitive instruction
 * of the image covered by a site?
 *
 * Linear sweep over every executable section, restarted at anchors (section
 * start, every symbol, every site and the end of its pad, mode-range edges)
 * so that one mis-decoded byte cannot hide the code after it.  Sized
 * STT_OBJECT symbols inside code (a multiboot header, a GDT) are data and
 * skipped - only those: a sized label without a type may well be code.
 * Ranges listed in afterburn_modes are decoded as 16/32-bit; their
 * sensitive instructions are "reported" (never padded), as are int3, code
 * in sections copied elsewhere at run time and the wedge's own code
 * (afterburn_wedge_text); none of these fails the check.
 *
 * Padding is not an instruction: runs of int3/nop between the end of one
 * sized function and the next, or right after an instruction that never
 * falls through (jmp, ret, iret, ...), up to the next non-padding
 * instruction or symbol.  A Linux vmlinux has millions of such int3 bytes
 * (int3 fill between functions, an int3 after every ret against
 * straight-line speculation); they are counted in the summary, not listed.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include "sites.h"

/*
 * Sections never padded by design: code copied elsewhere at run time, and
 * the wedge itself (the in-place VMM runs its own instructions natively;
 * the guest's linker script gives it this output section).
 */
static const char *const ck_by_design[] = {
	".altinstr_replacement", "afterburn_wedge_text", NULL
};

int ab_sites_modes(const struct ab_elf *e, struct ab_mode_range **out)
{
	const struct ab_elf_sec *m = e->modes;
	size_t n, i;

	*out = NULL;
	if (!m || m->type == SHT_NOBITS || m->size == 0)
		return 0;
	if (m->size % sizeof(struct ab_mode_range)) {
		ab_elf_err(e, "%s is 0x%lx bytes, not a table of %zu-byte ranges", AB_MODES_SECTION,
			   (unsigned long)m->size, sizeof(struct ab_mode_range));
		return -1;
	}
	n = m->size / sizeof(struct ab_mode_range);
	*out = calloc(n, sizeof(**out));
	if (!*out)
		return ab_elf_err(e, "out of memory"), -1;
	memcpy(*out, e->file + m->offset, m->size);
	for (i = 0; i < n; i++) {
		const struct ab_mode_range *r = &(*out)[i];

		if ((r->bits != 16 && r->bits != 32) || r->end < r->start) {
			ab_elf_err(e, "%s entry %zu: [0x%lx, 0x%lx) bits %u is not a 16/32-bit range",
				   AB_MODES_SECTION, i, (unsigned long)r->start, (unsigned long)r->end,
				   r->bits);
			free(*out);
			*out = NULL;
			return -1;
		}
	}
	return (int)n;
}

static int ck_u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

struct ck_state {
	struct ab_elf *e;
	int quiet;
	struct ab_mode_range *modes;
	int nmodes;
	uint64_t *site_start, *site_insn_end;	/* covered: [start, insn_end) begins an insn */
	uint64_t *anchors;
	size_t nanchors, cap;
	uint64_t *data;		/* [start, end) pairs of data objects in code */
	size_t ndata;
	uint64_t *fn;		/* [start, end) pairs: sized functions, merged, sorted */
	size_t nfn;
	unsigned sensitive, covered, uncovered, reported, by_design, undecodable;
	unsigned int3, copied;	/* by_design, by reason */
	unsigned long pad_int3, pad_runs;	/* int3 bytes of padding, and runs holding them */
};

static int ck_anchor(struct ck_state *c, uint64_t va)
{
	if (c->nanchors == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 1024;
		uint64_t *a = realloc(c->anchors, cap * sizeof(*a));

		if (!a)
			return -1;
		c->anchors = a;
		c->cap = cap;
	}
	c->anchors[c->nanchors++] = va;
	return 0;
}

static unsigned ck_bits(const struct ck_state *c, uint64_t va)
{
	int i;

	for (i = 0; i < c->nmodes; i++)
		if (va >= c->modes[i].start && va < c->modes[i].end)
			return c->modes[i].bits;
	return 64;
}

/* Is va the first instruction of a site, or the tail of a pair site? */
static int ck_covered(const struct ck_state *c, uint64_t va)
{
	uint32_t lo = 0, hi = c->e->nsites;

	while (lo < hi) {	/* last site starting at or below va */
		uint32_t mid = lo + (hi - lo) / 2;

		if (c->site_start[mid] <= va)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && va < c->site_insn_end[lo - 1];
}

/* Skip over sized data objects that live in code (binary search, sorted by start). */
static uint64_t ck_data_end(const struct ck_state *c, uint64_t va)
{
	size_t lo = 0, hi = c->ndata;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->data[2 * mid] <= va)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && va < c->data[2 * (lo - 1) + 1] ? c->data[2 * (lo - 1) + 1] : va;
}

/* Does a symbol start at va?  (It ends a padding run: an entry point.) */
static int ck_symbol_at(const struct ck_state *c, uint64_t va)
{
	size_t lo = 0, hi = c->e->nsym;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->e->sym[mid].addr < va)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->e->nsym && c->e->sym[lo].addr == va;
}

/* Is va outside every sized function, after the end of one? */
static int ck_between(const struct ck_state *c, uint64_t va)
{
	size_t lo = 0, hi = c->nfn;

	while (lo < hi) {	/* first function starting above va */
		size_t mid = lo + (hi - lo) / 2;

		if (c->fn[2 * mid] <= va)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && va >= c->fn[2 * (lo - 1) + 1];
}

static void ck_insn(struct ck_state *c, const struct ab_elf_sec *sec, uint64_t va,
		    const struct ab_zy_insn *in, unsigned bits)
{
	char w[200];
	size_t k;
	int copied = 0;

	for (k = 0; ck_by_design[k]; k++)
		copied |= !strcmp(sec->name, ck_by_design[k]);
	ab_sites_where(c->e, va, w, sizeof(w));
	if (in->int3) {
		c->by_design++;
		c->int3++;
		if (!c->quiet)
			printf("%s int3: not padded by design\n", w);
		return;
	}
	if (!in->cls)
		return;
	c->sensitive++;
	if (bits != 64) {
		c->reported++;
		if (!c->quiet)
			printf("%s %s: reported, %u-bit\n", w, ab_class_name(in->cls), bits);
	} else if (ck_covered(c, va)) {
		c->covered++;
	} else if (copied) {
		c->by_design++;
		c->copied++;
		if (!c->quiet)
			printf("%s %s: not padded by design (section %s)\n", w,
			       ab_class_name(in->cls), sec->name);
	} else {
		c->uncovered++;
		printf("%s %s: not covered (`%s`)\n", w, ab_class_name(in->cls), in->text);
	}
}

/* Sweep one executable section between its anchors. */
static void ck_section(struct ck_state *c, const struct ab_elf_sec *sec)
{
	const uint8_t *base = ab_elf_ptr(c->e, sec->addr, sec->size);
	uint64_t end = sec->addr + sec->size, va = sec->addr;
	size_t ai = 0;
	int after = 0;		/* the last insn does not fall through, or padding goes on */
	int run = 0;		/* this padding run has int3 counted */

	if (!base)
		return;
	while (ai < c->nanchors && c->anchors[ai] <= sec->addr)
		ai++;
	while (va < end) {
		uint64_t next = ai < c->nanchors && c->anchors[ai] < end ? c->anchors[ai] : end;
		uint64_t skip = ck_data_end(c, va);
		struct ab_zy_insn in;
		unsigned bits;

		if (skip != va) {
			va = skip;
			after = run = 0;
		} else {
			bits = ck_bits(c, va);
			if (ab_zy_decode(base + (va - sec->addr), next - va, va, bits, &in)) {
				c->undecodable++;
				va = next;	/* resynchronise at the next anchor */
				after = run = 0;
			} else if ((in.int3 || in.nop) && (after || ck_between(c, va)) &&
				   !ck_symbol_at(c, va)) {
				if (in.int3) {	/* padding: counted, not listed */
					c->pad_int3++;
					c->pad_runs += !run;
					run = 1;
				}
				after = 1;
				va += in.len;
			} else {
				ck_insn(c, sec, va, &in, bits);
				after = in.no_fallthrough;
				run = 0;
				va += in.len;
			}
		}
		while (ai < c->nanchors && c->anchors[ai] <= va)
			ai++;
		/* an instruction running over an anchor: restart at the anchor */
		if (va > next && next < end) {
			va = next;
			after = run = 0;
		}
	}
}

/* Anchors and the sorted site lists. */
static int ck_prepare(struct ck_state *c)
{
	struct ab_elf *e = c->e;
	uint64_t *pairs = calloc(e->nsites + 1, 2 * sizeof(uint64_t));
	uint32_t i;
	size_t k;
	int err = 0;

	c->site_start = calloc(e->nsites + 1, sizeof(uint64_t));
	c->site_insn_end = calloc(e->nsites + 1, sizeof(uint64_t));
	if (!pairs || !c->site_start || !c->site_insn_end) {
		free(pairs);
		return -1;
	}
	for (i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;

		ab_elf_record(e, i, &r, &site_va, &slot_va);
		pairs[2 * i] = site_va;
		/* a site covers its first insn, and the second of an sti pair */
		pairs[2 * i + 1] = site_va + ((r.flags & AB_SITE_F_PAIR) ? r.insn_len : 1);
		err |= ck_anchor(c, site_va) | ck_anchor(c, site_va + r.site_len);
	}
	qsort(pairs, e->nsites, 2 * sizeof(uint64_t), ck_u64_cmp);
	for (i = 0; i < e->nsites; i++) {
		c->site_start[i] = pairs[2 * i];
		c->site_insn_end[i] = pairs[2 * i + 1];
	}
	free(pairs);
	for (k = 0; k < e->nsym; k++)
		err |= ck_anchor(c, e->sym[k].addr) |
		       (e->sym[k].size ? ck_anchor(c, e->sym[k].addr + e->sym[k].size) : 0);
	c->data = calloc(e->nsym + 1, 2 * sizeof(uint64_t));
	if (!c->data)
		return -1;
	for (k = 0; k < e->nsym; k++) {
		const struct ab_elf_sym *s = &e->sym[k];
		const struct ab_elf_sec *sec = ab_elf_section_at(e, s->addr, s->size);

		/* only declared objects: a sized NOTYPE label in assembly may be code */
		if (s->object && s->size && sec && (sec->flags & SHF_EXECINSTR)) {
			c->data[2 * c->ndata] = s->addr;
			c->data[2 * c->ndata + 1] = s->addr + s->size;
			c->ndata++;
		}
	}
	qsort(c->data, c->ndata, 2 * sizeof(uint64_t), ck_u64_cmp);
	/* sized functions, merged where they overlap (e->sym is sorted by address) */
	c->fn = calloc(e->nsym + 1, 2 * sizeof(uint64_t));
	if (!c->fn)
		return -1;
	for (k = 0; k < e->nsym; k++) {
		const struct ab_elf_sym *s = &e->sym[k];

		if (!s->func || !s->size)
			continue;
		if (c->nfn && s->addr <= c->fn[2 * c->nfn - 1]) {
			if (s->addr + s->size > c->fn[2 * c->nfn - 1])
				c->fn[2 * c->nfn - 1] = s->addr + s->size;
			continue;
		}
		c->fn[2 * c->nfn] = s->addr;
		c->fn[2 * c->nfn + 1] = s->addr + s->size;
		c->nfn++;
	}
	for (k = 0; k < (size_t)c->nmodes; k++)
		err |= ck_anchor(c, c->modes[k].start) | ck_anchor(c, c->modes[k].end);
	if (!err && c->nanchors)	/* anchors is NULL while empty */
		qsort(c->anchors, c->nanchors, sizeof(uint64_t), ck_u64_cmp);
	return err ? -1 : 0;
}

int ab_sites_check(struct ab_elf *e, int quiet)
{
	struct ck_state c = { .e = e, .quiet = quiet };
	size_t i;
	int rc = 1;

	if (ab_elf_sites(e, 0))
		return 1;
	c.nmodes = ab_sites_modes(e, &c.modes);
	if (c.nmodes < 0)
		return 1;
	if (ck_prepare(&c)) {
		ab_elf_err(e, "out of memory");
		goto out;
	}
	for (i = 0; i < e->nsec; i++) {
		const struct ab_elf_sec *s = &e->sec[i];

		if ((s->flags & SHF_ALLOC) && (s->flags & SHF_EXECINSTR) && s->type == SHT_PROGBITS &&
		    s != e->slots)
			ck_section(&c, s);
	}
	printf("check: %s: %u sensitive, %u covered, %u not covered, %u reported 16/32-bit, "
	       "%u not padded by design, %u undecodable stretches\n", e->path, c.sensitive,
	       c.covered, c.uncovered, c.reported, c.by_design, c.undecodable);
	printf("check: %s: deliberately unpadded, by reason: %u int3, %u in 16/32-bit ranges, "
	       "%u in copied sections (%s, %s); padding, not listed: %lu int3 in %lu runs between or after functions\n",
	       e->path, c.int3, c.reported, c.copied, ck_by_design[0], ck_by_design[1], c.pad_int3,
	       c.pad_runs);
	rc = c.uncovered ? 1 : 0;
out:
	free(c.modes);
	free(c.site_start);
	free(c.site_insn_end);
	free(c.anchors);
	free(c.data);
	free(c.fn);
	return rc;
}
