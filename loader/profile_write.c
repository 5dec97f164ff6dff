/*
 * profile_write.c - the profile file (afterburn/profile.h) from the
 * instruction addresses a profiling host saw storing into the guest's page
 * tables.  The host knows addresses; the image knows their stable IDs
 * (afterburn_ids), source names (afterburn_idfiles), symbols and bytes.
 * afterburn-run --profile uses it for the VT-x hypervisor's hv.profile log.
 */
#include <stdlib.h>
#include <string.h>
#include "sites.h"
#include "afterburn/profile.h"

static int pw_id_cmp(const void *a, const void *b)
{
	const struct ab_id_rec *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int pw_str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int pw_hit_cmp(const void *a, const void *b)
{
	const struct ab_prof_hit *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* A non-allocated section's bytes, or NULL if absent or outside the file. */
static const uint8_t *pw_section(const struct ab_elf *e, const char *name, size_t *size)
{
	const struct ab_elf_sec *s = ab_elf_section(e, name);
	*size = 0;
	if (!s || s->offset > e->file_size || s->size > e->file_size - s->offset)
		return NULL;
	*size = s->size;
	return e->file + s->offset;
}

/* Source base names of afterburn_idfiles, sorted and unique (caller frees). */
static const char **pw_files(const struct ab_elf *e, size_t *n)
{
	size_t size, cap = 0;
	const char *p = (const char *)pw_section(e, AB_IDFILES_SECTION, &size), *end = p + size;
	const char **v = NULL;

	*n = 0;
	for (; p && p < end; p += strnlen(p, (size_t)(end - p)) + 1) {
		if (!*p || strnlen(p, (size_t)(end - p)) == (size_t)(end - p))
			continue;
		if (*n == cap) {
			const char **nv = realloc(v, (cap = cap ? 2 * cap : 64) * sizeof(*v));
			if (!nv)
				break;
			v = nv;
		}
		v[(*n)++] = p;
	}
	if (!*n)
		return v;
	qsort(v, *n, sizeof(*v), pw_str_cmp);
	size_t u = 1;
	for (size_t i = 1; i < *n; i++)
		if (strcmp(v[i], v[u - 1]))
			v[u++] = v[i];
	*n = u;
	return v;
}

static const char *pw_file_name(const struct ab_elf *e, uint32_t hash)
{
	size_t size;
	const char *p = (const char *)pw_section(e, AB_IDFILES_SECTION, &size), *end = p + size;
	for (; p && p < end; p += strnlen(p, (size_t)(end - p)) + 1) {
		size_t n = strnlen(p, (size_t)(end - p));
		if (n < (size_t)(end - p) && ab_fnv32(AB_FNV32_INIT, p, n) == hash)
			return p;
	}
	return "?";
}

int ab_profile_write(const struct ab_elf *e, struct ab_prof_hit *hits, size_t n, FILE *f,
		     size_t *with_id)
{
	size_t idsize, nfiles;
	const uint8_t *idsec = pw_section(e, AB_IDS_SECTION, &idsize);
	size_t nids = idsec && idsize % sizeof(struct ab_id_rec) == 0 ? idsize / sizeof(struct ab_id_rec) : 0;
	struct ab_id_rec *ids = nids ? malloc(idsize) : NULL;
	const char **files = pw_files(e, &nfiles);

	*with_id = 0;
	if (nids && !ids) {
		free(files);
		return -1;
	}
	if (ids) {
		memcpy(ids, idsec, idsize);
		qsort(ids, nids, sizeof(*ids), pw_id_cmp);
	}
	qsort(hits, n, sizeof(*hits), pw_hit_cmp);

	fprintf(f, "%s\nprogram files=", AB_PROFILE_MAGIC);
	for (size_t i = 0; i < nfiles; i++)
		fprintf(f, "%s%s", i ? "," : "", files[i]);
	fprintf(f, "%s\n", nfiles ? "" : "-");
	if (!nids)
		fprintf(f, "# the image has no %s section (not built through afterburn-cc): no site lines\n",
			AB_IDS_SECTION);
	fprintf(f, "# site ID KIND COUNT FILE SYMBOL+OFFSET ; INSTRUCTION\n");
	for (size_t i = 0; i < n; i++) {
		struct ab_prof_hit *h = &hits[i];
		struct ab_id_rec key = { .addr = h->addr };
		const struct ab_id_rec *id = ids ? bsearch(&key, ids, nids, sizeof(*ids), pw_id_cmp) : NULL;
		char where[160], text[96] = "?";
		struct ab_zy_insn in;
		const uint8_t *p = NULL;
		size_t avail = 15;

		while (avail && !(p = ab_elf_ptr(e, h->addr, avail)))
			avail--;
		if (p && ab_zy_decode(p, avail, h->addr, 64, &in) == 0)
			snprintf(text, sizeof(text), "%s", in.text);
		ab_elf_symbolize(e, h->addr, where, sizeof(where));
		if (!id) {
			fprintf(f, "# noid pt-write 0x%llx %llu %s ; %s\n", (unsigned long long)h->addr,
				(unsigned long long)h->count, where, text);
			continue;
		}
		fprintf(f, "site %08x pt-write %llu %s %s ; %s\n", id->id, (unsigned long long)h->count,
			pw_file_name(e, id->file), where, text);
		(*with_id)++;
	}
	fprintf(f, "# ADDRESS COUNT LEVEL (4 PML4 .. 1 PT: the highest table level stored into)\n");
	for (size_t i = 0; i < n; i++)
		fprintf(f, "# ptwrite 0x%llx %llu %u\n", (unsigned long long)hits[i].addr,
			(unsigned long long)hits[i].count, hits[i].level);
	free(ids);
	free(files);
	return 0;
}
