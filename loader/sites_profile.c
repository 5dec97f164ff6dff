/*
 * sites_profile.c - `afterburn-sites verify --profile FILE IMAGE`: did the
 * second build pass apply the profile exactly?  (issue 4)
 *
 *  - FILE parses (afterburner/profile.c, the reader afterburn itself uses)
 *    and names the same program: its `program files=` list equals the
 *    source names in the image's afterburn_idfiles;
 *  - each entry's ID is on exactly one memory site (pt-write, mmio-read,
 *    mmio-write) with the entry's kind, and that site is at the address
 *    afterburn_ids gives for the ID (exactly one record: no collision);
 *  - no memory site has an ID the profile does not list.
 * Messages: "verify: FILE:LINE: ..." for entries, "verify: IMAGE: ..." else.
 */
#include <stdlib.h>
#include <string.h>
#include "sites.h"
#include "afterburner.h"

/* The image's stable-ID records (non-allocated section), or NULL/0. */
static const struct ab_id_rec *pf_ids(const struct ab_elf *e, size_t *n)
{
	const struct ab_elf_sec *s = ab_elf_section(e, AB_IDS_SECTION);

	*n = 0;
	if (!s || s->offset > e->file_size || s->size > e->file_size - s->offset ||
	    s->size % sizeof(struct ab_id_rec))
		return NULL;
	*n = s->size / sizeof(struct ab_id_rec);
	return (const struct ab_id_rec *)(e->file + s->offset);
}

/* Is the profile's file list the image's (afterburn_idfiles)? 0 or problems. */
static unsigned pf_program(const struct ab_elf *e, const struct ab_profile *pf)
{
	const struct ab_elf_sec *s = ab_elf_section(e, AB_IDFILES_SECTION);
	unsigned problems = 0, found = 0;

	if (!s || s->offset > e->file_size || s->size > e->file_size - s->offset) {
		fprintf(stderr, "verify: %s: no %s section: not built through afterburn-cc with IDs\n",
			e->path, AB_IDFILES_SECTION);
		return 1;
	}
	const char *p = (const char *)e->file + s->offset, *end = p + s->size;
	char missing[512] = "";
	while (p < end) {
		size_t n = strnlen(p, (size_t)(end - p));
		if (n == (size_t)(end - p))
			break;
		if (n && !ab_profile_has_file(pf, p)) {
			size_t l = strlen(missing);
			snprintf(missing + l, sizeof(missing) - l, "%s%s", l ? "," : "", p);
			problems++;
		}
		found += n != 0;
		p += n + 1;
	}
	if (problems)
		fprintf(stderr, "verify: %s:%u: profile of a different program: the image is also built "
			"from %s\n", pf->path, pf->program_line, missing);
	/* and every file of the profile is one of the image's */
	for (size_t i = 0; i < pf->nfiles; i++) {
		int in = 0;
		for (p = (const char *)e->file + s->offset; p < end && !in; p += strnlen(p, (size_t)(end - p)) + 1)
			in = !strcmp(p, pf->files[i]);
		if (!in) {
			fprintf(stderr, "verify: %s:%u: profile of a different program: '%s' is not a source "
				"of %s\n", pf->path, pf->program_line, pf->files[i], e->path);
			problems++;
		}
	}
	return problems;
}

int ab_sites_verify_profile(struct ab_elf *e, const char *path, int quiet)
{
	struct ab_profile pf;
	unsigned problems = 0, memsites = 0;
	size_t nids;

	if (ab_profile_load(&pf, path, stderr))
		return 1;
	if (ab_elf_sites(e, 0)) {
		ab_profile_free(&pf);
		return 1;
	}
	const struct ab_id_rec *ids = pf_ids(e, &nids);
	problems += pf_program(e, &pf);
	for (size_t k = 0; k < pf.n; k++) {
		const struct ab_prof_entry *en = &pf.e[k];
		unsigned on = 0, nrec = 0;
		uint64_t at = 0, rec_at = 0;
		for (uint32_t i = 0; i < e->nsites; i++) {
			struct ab_site r;
			uint64_t site_va, slot_va;
			ab_elf_record(e, i, &r, &site_va, &slot_va);
			if (r.id != en->id || !ab_sites_memclass(r.cls))
				continue;
			on++;
			at = site_va;
			if (r.cls != en->cls) {
				fprintf(stderr, "verify: %s:%u: site %08x is %s in the profile, %s in the image\n",
					path, en->line, en->id, ab_class_name(en->cls), ab_class_name(r.cls));
				problems++;
			}
		}
		for (size_t i = 0; i < nids; i++)
			if (ids[i].id == en->id && ids[i].addr) {
				nrec++;
				rec_at = ids[i].addr;
			}
		if (on != 1) {
			fprintf(stderr, "verify: %s:%u: site %08x (%s %s) is on %u memory sites, want exactly 1\n",
				path, en->line, en->id, en->file, en->where, on);
			problems++;
		} else if (nrec != 1 || rec_at != at) {
			fprintf(stderr, "verify: %s:%u: site %08x: %u %s records (want 1 at 0x%lx)\n", path,
				en->line, en->id, nrec, AB_IDS_SECTION, (unsigned long)at);
			problems++;
		}
	}
	for (uint32_t i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;
		char w[200];
		ab_elf_record(e, i, &r, &site_va, &slot_va);
		if (!ab_sites_memclass(r.cls))
			continue;
		memsites++;
		if (!ab_profile_find(&pf, r.id)) {
			fprintf(stderr, "verify: %s: %s: %s site %08x is not in %s\n", e->path,
				ab_sites_where(e, site_va, w, sizeof(w)), ab_class_name(r.cls), r.id, path);
			problems++;
		}
	}
	if (!quiet || problems)
		printf("verify: %s: profile %s: %zu entries, %u memory sites, %u problem%s\n", e->path, path,
		       pf.n, memsites, problems, problems == 1 ? "" : "s");
	ab_profile_free(&pf);
	return problems ? 1 : 0;
}
