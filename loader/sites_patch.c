/*
 * sites_patch.c - `afterburn-sites patch` / `unpatch`: rewrite a copy of an
 * image on the host with the same rewriter core the wedge runs at boot, and
 * tell the wedge so through its variable afterburn_wedge_prepatched
 * (uint32: 0 = not pre-patched, else backend + 1).  Unpatch undoes it
 * byte for byte.
 *
 * The image must verify first: the core trusts records, and a hostile
 * table (overlapping sites, a record that lies about its instruction) is
 * refused here rather than written out.
 */
#include <stdlib.h>
#include <string.h>
#include "sites.h"

/*
 * The wedge's variable: host pointer to its 4 bytes in the loaded image,
 * after loading the site table (both patch and unpatch need it).
 */
static uint8_t *pp_flag(struct ab_elf *e, uint32_t *value)
{
	const struct ab_elf_sym *s;
	uint8_t *p;
	size_t i;

	if (ab_elf_sites(e, 1))
		return NULL;
	s = ab_elf_symbol(e, AB_PREPATCHED_SYMBOL);
	if (!s) {
		ab_elf_err(e, "no symbol %s: the image does not link the wedge (or was stripped)",
			   AB_PREPATCHED_SYMBOL);
		return NULL;
	}
	p = ab_elf_ptr(e, s->addr, 4);
	if (!p || (s->size && s->size != 4)) {
		ab_elf_err(e, "%s at 0x%lx (size %lu) is not a loaded uint32", AB_PREPATCHED_SYMBOL,
			   (unsigned long)s->addr, (unsigned long)s->size);
		return NULL;
	}
	/* It must be in the file, or the flag would be lost (bss). */
	for (i = 0; i < e->nseg; i++)
		if (e->seg[i].in_win && s->addr >= e->seg[i].vaddr &&
		    s->addr - e->seg[i].vaddr + 4 <= e->seg[i].filesz)
			break;
	if (i == e->nseg) {
		ab_elf_err(e, "%s at 0x%lx is in bss, not in the file; define it initialised (e.g. in .data)",
			   AB_PREPATCHED_SYMBOL, (unsigned long)s->addr);
		return NULL;
	}
	memcpy(value, p, 4);
	return p;
}

static void pp_report(struct ab_elf *e, const struct ab_rewrite *rw, int err, const char *what)
{
	struct ab_site r;
	uint64_t site_va = 0, slot_va;
	char w[200] = "";

	if (rw->failed_index < e->nsites) {
		ab_elf_record(e, rw->failed_index, &r, &site_va, &slot_va);
		ab_sites_where(e, site_va, w, sizeof(w));
	}
	ab_elf_err(e, "%s (%s) failed at record %u %s (class %s): %s; nothing written", what,
		   ab_backend_name(rw->backend), rw->failed_index, w,
		   rw->failed_index < e->nsites ? ab_class_name(r.cls) : "?", ab_rewrite_strerror(err));
}

/* Write the result and say what was done; 0 on success. */
static int pp_write(struct ab_elf *e, const char *out, const char *what, enum ab_backend b,
		    uint32_t n, const char *done)
{
	if (ab_elf_write(e, out))
		return 1;
	printf("%s: %s -> %s: backend %s, %u sites, %u %s\n", what, e->path, out,
	       ab_backend_name(b), e->nsites, n, done);
	return 0;
}

int ab_sites_patch(struct ab_elf *e, enum ab_backend b, const char *out)
{
	struct ab_rewrite rw = { .img = e->win, .backend = b };
	uint32_t flag, v;
	uint8_t *p;
	int err;

	p = pp_flag(e, &flag);
	if (!p)
		return 1;
	if (flag) {
		ab_elf_err(e, "already pre-patched (%s = %u, backend %s); unpatch first",
			   AB_PREPATCHED_SYMBOL, flag, ab_backend_name((enum ab_backend)(flag - 1)));
		return 1;
	}
	if (ab_sites_verify(e, 1)) {
		ab_elf_err(e, "does not verify (see above); not patching");
		return 1;
	}
	err = ab_rewrite_all(&rw, e->sites_va, e->nsites);
	if (err) {
		pp_report(e, &rw, err, "patch");
		return 1;
	}
	v = (uint32_t)b + 1;
	memcpy(p, &v, 4);
	return pp_write(e, out, "patch", b, rw.patched, "patched");
}

int ab_sites_unpatch(struct ab_elf *e, const char *out)
{
	struct ab_rewrite rw = { .img = e->win };
	uint32_t flag, zero = 0, i;
	uint8_t *p;
	int err;

	p = pp_flag(e, &flag);
	if (!p)
		return 1;
	if (flag == 0 || flag > AB_BACKEND_COUNT) {
		ab_elf_err(e, "%s = %u: %s", AB_PREPATCHED_SYMBOL, flag,
			   flag ? "not a back end this tool knows" : "image is not pre-patched");
		return 1;
	}
	rw.backend = (enum ab_backend)(flag - 1);
	if (rw.backend == AB_BACKEND_HYPERCALL) {
		ab_elf_err(e, "pre-patched for hypercall: its handlers are not known on the host");
		return 1;
	}
	err = ab_rewrite_undo(&rw, e->sites_va, e->nsites);
	if (err) {
		pp_report(e, &rw, err, "unpatch");
		return 1;
	}
	memcpy(p, &zero, 4);
	/* The core keeps saved[] after undo; a pristine file has zero slots. */
	for (i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;

		ab_elf_record(e, i, &r, &site_va, &slot_va);
		memset(ab_elf_ptr(e, slot_va + offsetof(struct ab_slot, saved), AB_SITE_MAX_LEN), 0,
		       AB_SITE_MAX_LEN);
	}
	return pp_write(e, out, "unpatch", rw.backend, rw.patched, "restored");
}
