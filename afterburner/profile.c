/*
 * profile.c - the second build pass' input: reading a profile written by
 * afterburn-kvm --profile, and the stable site IDs it is keyed by (scheme:
 * include/afterburn/profile.h).  Also linked into afterburn-sites, whose
 * `verify --profile` reads the same file.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

/* ---- IDs ---- */

/* gcc's local labels (.L5, .LC3, .LBB12) reduced to their letters. */
size_t ab_id_normalise(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0, i = 0;
	int after_mnemonic = 0, in_mnemonic = 1;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (; i < n && o + 1 < cap; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t') {
			if (in_mnemonic && !after_mnemonic) {
				in_mnemonic = 0;
				after_mnemonic = 1;
				out[o++] = ' ';
			}
			continue;
		}
		if (c == '.' && i + 1 < n && s[i + 1] == 'L' && (i == 0 || !isalnum((unsigned char)s[i - 1]))) {
			out[o++] = '.';
			if (o + 1 < cap)
				out[o++] = 'L';
			i += 2;
			while (i < n && isalpha((unsigned char)s[i]) && o + 1 < cap)
				out[o++] = s[i++];
			while (i < n && isdigit((unsigned char)s[i]))
				i++;
			i--;
			continue;
		}
		out[o++] = (char)tolower((unsigned char)c);
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = 0;
	return o;
}

/* ---- profiles ---- */

unsigned ab_profile_kind(const char *s)
{
	if (!strcmp(s, "pt-write"))
		return AB_CLASS_PT_WRITE;
	if (!strcmp(s, "mmio-read"))
		return AB_CLASS_MMIO_READ;
	if (!strcmp(s, "mmio-write"))
		return AB_CLASS_MMIO_WRITE;
	return 0;
}

static int perr(FILE *errf, const char *path, unsigned line, const char *msg, const char *tok)
{
	if (tok)
		fprintf(errf, "%s:%u: error: %s '%s'\n", path, line, msg, tok);
	else
		fprintf(errf, "%s:%u: error: %s\n", path, line, msg);
	return -1;
}

static int add_file(struct ab_profile *pf, const char *name)
{
	char **f = realloc(pf->files, (pf->nfiles + 1) * sizeof(*f));
	if (!f)
		return -1;
	pf->files = f;
	if (!(f[pf->nfiles] = strdup(name)))
		return -1;
	pf->nfiles++;
	return 0;
}

int ab_profile_load(struct ab_profile *pf, const char *path, FILE *errf)
{
	/* Lines of any length: Linux's 'program' line names ~500 files. */
	char *line = NULL;
	size_t cap = 0;
	unsigned ln = 0;
	int have_program = 0, rc = 0;

	memset(pf, 0, sizeof(*pf));
	pf->path = path;
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(errf, "%s: error: cannot read profile: %s\n", path, strerror(errno));
		return -1;
	}
	while (!rc && getline(&line, &cap, f) >= 0) {
		ln++;
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = 0;
		if (ln == 1) {
			if (strcmp(line, AB_PROFILE_MAGIC))
				rc = perr(errf, path, ln, "not a profile (want first line '" AB_PROFILE_MAGIC
					  "'), got", line);
			continue;
		}
		if (!line[0] || line[0] == '#')
			continue;
		if (!strncmp(line, "program ", 8)) {
			const char *q = strstr(line, " files=");
			if (have_program || !q || !q[7]) {
				rc = perr(errf, path, ln, have_program ? "second 'program' line" :
					  "malformed 'program' line (want 'program files=a.c,b.S,...')", NULL);
				continue;
			}
			char *save = NULL, *list = strdup(q + 7);
			if (!list) {
				rc = perr(errf, path, ln, "out of memory", NULL);
				continue;
			}
			for (char *t = strtok_r(list, ",", &save); t && !rc; t = strtok_r(NULL, ",", &save))
				if (add_file(pf, t))
					rc = perr(errf, path, ln, "out of memory", NULL);
			free(list);
			have_program = 1;
			pf->program_line = ln;
			continue;
		}
		if (strncmp(line, "site ", 5)) {
			char tok[40];
			snprintf(tok, sizeof(tok), "%.32s", line);
			rc = perr(errf, path, ln, "unknown line (want 'site', 'program' or '#')", tok);
			continue;
		}
		if (!have_program) {
			rc = perr(errf, path, ln, "'site' before the 'program' line", NULL);
			continue;
		}
		char idt[32], kind[32], cnt[32], file[AB_PROF_FILE_MAX], where[AB_PROF_WHERE_MAX];
		char *semi = strstr(line, " ; ");
		if (semi)
			*semi = 0;
		int nf = sscanf(line + 5, "%31s %31s %31s %63s %127s", idt, kind, cnt, file, where);
		if (nf != 5) {
			rc = perr(errf, path, ln, "malformed site line (want 'site ID KIND COUNT FILE WHERE ; TEXT')",
				  NULL);
			continue;
		}
		char *end;
		errno = 0;
		unsigned long id = strtoul(idt, &end, 16);
		if (*end || strlen(idt) != 8 || !id || errno) {
			rc = perr(errf, path, ln, "bad site ID (want 8 hex digits, not 0)", idt);
			continue;
		}
		unsigned cls = ab_profile_kind(kind);
		if (!cls) {
			rc = perr(errf, path, ln, "bad kind (want pt-write, mmio-read or mmio-write)", kind);
			continue;
		}
		errno = 0;
		unsigned long long count = strtoull(cnt, &end, 10);
		if (*end || errno || cnt[0] == '-') {
			rc = perr(errf, path, ln, "bad count", cnt);
			continue;
		}
		for (size_t i = 0; i < pf->n; i++)
			if (pf->e[i].id == id) {
				fprintf(errf, "%s:%u: error: site ID %08lx listed twice (first on line %u)\n",
					path, ln, id, pf->e[i].line);
				rc = -1;
			}
		if (rc)
			continue;
		if ((pf->n & (pf->n - 1)) == 0) {
			struct ab_prof_entry *e = realloc(pf->e, (pf->n ? 2 * pf->n : 1) * sizeof(*e));
			if (!e) {
				rc = perr(errf, path, ln, "out of memory", NULL);
				continue;
			}
			pf->e = e;
		}
		struct ab_prof_entry *e = &pf->e[pf->n++];
		memset(e, 0, sizeof(*e));
		e->id = (uint32_t)id;
		e->cls = cls;
		e->count = count;
		e->line = ln;
		snprintf(e->file, sizeof(e->file), "%s", file);
		snprintf(e->where, sizeof(e->where), "%s", where);
	}
	if (!rc && ferror(f))
		rc = perr(errf, path, ln, "read error", NULL);
	if (!rc && ln == 0)
		rc = perr(errf, path, 1, "empty file: not a profile", NULL);
	if (!rc && !have_program)
		rc = perr(errf, path, ln, "no 'program' line: truncated or not a profile", NULL);
	free(line);
	fclose(f);
	if (rc)
		ab_profile_free(pf);
	return rc;
}

void ab_profile_free(struct ab_profile *pf)
{
	for (size_t i = 0; i < pf->nfiles; i++)
		free(pf->files[i]);
	free(pf->files);
	free(pf->e);
	pf->files = NULL;
	pf->e = NULL;
	pf->n = pf->nfiles = 0;
}

struct ab_prof_entry *ab_profile_find(const struct ab_profile *pf, uint32_t id)
{
	for (size_t i = 0; i < pf->n; i++)
		if (pf->e[i].id == id)
			return &pf->e[i];
	return NULL;
}

int ab_profile_has_file(const struct ab_profile *pf, const char *file)
{
	for (size_t i = 0; i < pf->nfiles; i++)
		if (!strcmp(pf->files[i], file))
			return 1;
	return 0;
}
