/*
 * irprof.c - the profile reader of the plugin's use mode (irprof.h).
 * Format: afterburn/profile.h.  Fails closed: every malformed line is an
 * error naming PATH:LINE.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "irprof.h"
#include "afterburn/profile.h"

static int ip_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Is file one of the comma-separated names in list? */
static int ip_listed(const char *list, const char *file)
{
	size_t n = strlen(file);
	for (const char *p = list; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == n && !strncmp(p, file, n))
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

int ab_irprof_read(const char *path, const char *file, uint32_t **ids, size_t *n, size_t *listed,
		   char *err, size_t nerr)
{
	FILE *f = fopen(path, "r");
	char line[4096];
	unsigned ln = 0;
	int have_program = 0;
	size_t cap = 0;

	*ids = NULL;
	*n = *listed = 0;
	if (!f) {
		snprintf(err, nerr, "%s: error: cannot read profile: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		ln++;
		line[strcspn(line, "\r\n")] = 0;
		if (ln == 1) {
			if (strcmp(line, AB_PROFILE_MAGIC)) {
				snprintf(err, nerr, "%s:1: error: not a profile (want '%s')", path, AB_PROFILE_MAGIC);
				goto fail;
			}
			continue;
		}
		if (!line[0] || line[0] == '#')
			continue;
		if (!strncmp(line, "program files=", 14)) {
			if (!ip_listed(line + 14, file)) {
				snprintf(err, nerr, "%s:%u: error: profile of a program built from other sources "
					 "(%s is not in its program files)", path, ln, file);
				goto fail;
			}
			have_program = 1;
			continue;
		}
		char kind[32], sfile[256];
		unsigned long long count;
		unsigned id;
		int used = 0;
		if (strncmp(line, "site ", 5) ||
		    sscanf(line, "site %8x %31s %llu %255s%n", &id, kind, &count, sfile, &used) != 4 ||
		    strspn(line + 5, "0123456789abcdef") != 8 || !id) {
			snprintf(err, nerr, "%s:%u: error: malformed line (want 'site ID KIND COUNT FILE WHERE ; TEXT')",
				 path, ln);
			goto fail;
		}
		if (!have_program) {
			snprintf(err, nerr, "%s:%u: error: 'site' before the 'program' line", path, ln);
			goto fail;
		}
		if (strcmp(kind, "pt-write") && strcmp(kind, "mmio-write") && strcmp(kind, "mmio-read")) {
			snprintf(err, nerr, "%s:%u: error: bad kind '%s' (want pt-write, mmio-read or mmio-write)",
				 path, ln, kind);
			goto fail;
		}
		if (strcmp(sfile, file))
			continue;
		(*listed)++;
		if (!strcmp(kind, "mmio-read"))
			continue;	/* loads: the plugin makes sites of stores only */
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			uint32_t *p = realloc(*ids, cap * sizeof(**ids));
			if (!p) {
				snprintf(err, nerr, "%s: error: out of memory", path);
				goto fail;
			}
			*ids = p;
		}
		(*ids)[(*n)++] = id;
	}
	if (ln == 0) {
		snprintf(err, nerr, "%s:1: error: not a profile (empty)", path);
		goto fail;
	}
	if (!have_program) {
		snprintf(err, nerr, "%s:%u: error: no 'program files=' line", path, ln);
		goto fail;
	}
	fclose(f);
	if (*n)
		qsort(*ids, *n, sizeof(**ids), ip_cmp);
	return 0;
fail:
	fclose(f);
	free(*ids);
	*ids = NULL;
	*n = 0;
	return -1;
}

int ab_irprof_has(const uint32_t *ids, size_t n, uint32_t id)
{
	return n && bsearch(&id, ids, n, sizeof(*ids), ip_cmp) != NULL;
}
