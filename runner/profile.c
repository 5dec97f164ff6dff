/*
 * runner/profile.c - afterburn-run --profile OUT on vtx.  The hypervisor
 * (hv.profile, hypervisor_stub/hv_prof.c) write-protects the guest's page
 * tables in EPT and, at the guest's end, logs one line per storing
 * instruction:
 *     hv: profile: N sites, ...            (always, even with none)
 *     hv: profile site rip=0xADDR level=L count=N
 *     hv: profile incomplete: ...          (limits it hit)
 * Here those lines become the profile file, keyed by the image's stable
 * IDs (loader/profile_write.c, the same format afterburn-kvm writes).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "abr.h"
#include "sites.h"
#include "afterburn/profile.h"


#define ABR_PROFILE_TABLE_LINES	4096	/* 16 frames each */

/* Size and FNV-1a 64 of a file: which image a seed belongs to. */
static int profile_identity(const char *path, unsigned long long *size, unsigned long long *fnv)
{
	FILE *f = fopen(path, "rb");
	int c;

	if (!f)
		return -1;
	*size = 0;
	*fnv = 0xcbf29ce484222325ull;
	while ((c = getc(f)) != EOF) {
		*fnv = (*fnv ^ (unsigned)c) * 0x100000001b3ull;
		(*size)++;
	}
	fclose(f);
	return 0;
}

/*
 * The ELF whose IDs name the sites: IMAGE, or vmlinux beside a bzImage
 * (its path even when it is missing: opening it then names it).
 */
static const char *profile_elf(const struct abr_opts *o, char *buf, size_t len)
{
	if (!o->lx.version)
		return o->image;
	abr_vmlinux_beside(o->image, buf, len);
	return buf;
}

/*
 * --profile-seed PREV: the `# tables` lines of an earlier profile of the
 * same image (checked by its `# image` line) become hv.profile_seed=, a
 * list of hex frame ranges, so those frames are protected from the start.
 */
static char *profile_seed_arg(const struct abr_opts *o)
{
	FILE *f = fopen(o->profile_seed, "r");
	char line[4096], elfpath[4096], *arg = NULL;
	size_t len = 0, cap = 0;
	unsigned long long first = 0, last = 0, isize, ifnv, size, fnv;
	int have = 0, image_ok = 0, ln = 0;
	const char *path = profile_elf(o, elfpath, sizeof(elfpath));

	if (!f) {
		fprintf(stderr, "afterburn-run: --profile-seed %s: %s\n", o->profile_seed, strerror(errno));
		return NULL;
	}
	if (profile_identity(path, &isize, &ifnv)) {
		fprintf(stderr, "afterburn-run: --profile-seed: cannot read %s\n", path);
		fclose(f);
		return NULL;
	}
	for (;;) {
		char *p = fgets(line, sizeof(line), f) ? line : NULL;
		unsigned long long fr;
		unsigned lvl;
		int k;

		ln++;
		if (p && ln == 1 && strcmp(line, AB_PROFILE_MAGIC "\n")) {
			fprintf(stderr, "afterburn-run: %s:1: not a profile (want '%s')\n", o->profile_seed,
				AB_PROFILE_MAGIC);
			goto bad;
		}
		if (p && !strncmp(line, "# image ", 8)) {
			const char *q = strstr(line, " size=");
			image_ok = q && sscanf(q, " size=%llu fnv1a64=%llx", &size, &fnv) == 2 &&
				   size == isize && fnv == ifnv;
		}
		if (p && strncmp(line, "# tables ", 9))
			continue;
		/* frames ascending: merge runs into F-L ranges */
		for (p = p ? line + 8 : NULL; ; p += k) {
			int more = p && sscanf(p, " %llx:%u%n", &fr, &lvl, &k) == 2;
			if (more && have && fr == last + 1) {
				last = fr;
				continue;
			}
			if (have) {
				char buf[48];
				int n = first == last ? snprintf(buf, sizeof(buf), ",%llx", first)
						      : snprintf(buf, sizeof(buf), ",%llx-%llx", first, last);
				if (len + (size_t)n + 1 > cap) {
					char *na = realloc(arg, cap = cap ? 2 * cap + (size_t)n : 256);
					if (!na)
						goto bad;
					arg = na;
				}
				memcpy(arg + len, buf, (size_t)n + 1);
				len += (size_t)n;
				have = 0;
			}
			if (!more)
				break;
			first = last = fr;
			have = 1;
		}
		if (!p)
			break;
	}
	fclose(f);
	if (!image_ok) {
		fprintf(stderr, "afterburn-run: --profile-seed %s: made from another image than %s (its '# image' line)\n",
			o->profile_seed, path);
		free(arg);
		return NULL;
	}
	if (!arg) {
		fprintf(stderr, "afterburn-run: --profile-seed %s: no '# tables' lines\n", o->profile_seed);
		return NULL;
	}
	char *word = malloc(len + 32);
	if (word)
		snprintf(word, len + 32, "hv.profile_seed=%s", arg + 1);
	free(arg);
	return word;
bad:
	fclose(f);
	free(arg);
	return NULL;
}

int abr_profile_hv_arg(struct abr_opts *o)
{
	int need = o->profile_seed ? 2 : 1;

	if (o->n_hv_args + need > ABR_MAX_EXTRA) {
		fprintf(stderr, "afterburn-run: --profile needs %d more --hv-arg words; at most %d in all\n",
			need, ABR_MAX_EXTRA);
		return -1;
	}
	o->hv_args[o->n_hv_args++] = "hv.profile";
	if (o->profile_seed) {
		char *seed = profile_seed_arg(o);	/* lives as long as the run */
		if (!seed)
			return -1;
		o->hv_args[o->n_hv_args++] = seed;
	}
	return 0;
}

int abr_profile_write_vtx(const struct abr_ctx *ctx)
{
	const struct abr_opts *o = ctx->o;
	FILE *in = fopen(ctx->serial, "r");
	struct ab_prof_hit *hits = NULL;
	size_t n = 0, cap = 0, with_id = 0;
	int reported = 0, rc = -1;
	char *tables[ABR_PROFILE_TABLE_LINES];
	size_t ntables = 0;
	unsigned long long isize, ifnv;
	char line[512], elfpath[4096], tmp[4096];
	struct ab_elf e;

	if (!in) {
		fprintf(stderr, "afterburn-run: --profile: cannot read the serial log %s: %s\n",
			ctx->serial, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), in)) {
		unsigned long long rip, count;
		unsigned level;

		if (!strncmp(line, "hv: profile: ", 13))
			reported = 1;
		else if (!strncmp(line, "hv: profile tables ", 19) && ntables < ABR_PROFILE_TABLE_LINES)
			tables[ntables++] = strdup(line + 19);
		else if (!strncmp(line, "hv: profile incomplete", 22))
			fprintf(stderr, "afterburn-run: --profile: warning: %s", line + 4);
		if (sscanf(line, "hv: profile site rip=0x%llx level=%u count=%llu", &rip, &level, &count) != 3)
			continue;
		if (n == cap) {
			struct ab_prof_hit *nh = realloc(hits, (cap = cap ? 2 * cap : 64) * sizeof(*hits));
			if (!nh) {
				fprintf(stderr, "afterburn-run: --profile: out of memory\n");
				goto out;
			}
			hits = nh;
		}
		hits[n++] = (struct ab_prof_hit){ rip, count, level };
	}
	if (!reported) {
		fprintf(stderr, "afterburn-run: --profile: the hypervisor reported no profile (the guest did not end normally?)\n");
		goto out;
	}
	const char *path = profile_elf(o, elfpath, sizeof(elfpath));
	if (ab_elf_open(&e, path) != 0) {
		fprintf(stderr, "afterburn-run: --profile: cannot read the image's IDs from %s\n", path);
		goto out;
	}
	snprintf(tmp, sizeof(tmp), "%s.tmp", o->profile);
	FILE *f = fopen(tmp, "w");
	if (!f) {
		fprintf(stderr, "afterburn-run: --profile %s: %s\n", tmp, strerror(errno));
		ab_elf_close(&e);
		goto out;
	}
	int wr = ab_profile_write(&e, hits, n, f, &with_id);
	fprintf(f, "# profiled by afterburn-run --on vtx (hypervisor_stub hv.profile) of %s\n", o->image);
	if (profile_identity(path, &isize, &ifnv) == 0)
		fprintf(f, "# image %s size=%llu fnv1a64=%016llx\n", path, isize, ifnv);
	/* every frame that was a table: --profile-seed of the next run */
	for (size_t i = 0; i < ntables; i++)
		if (tables[i])
			fprintf(f, "# tables %s", tables[i]);
	ab_elf_close(&e);
	if (fclose(f) != 0 || wr != 0 || rename(tmp, o->profile) != 0) {
		fprintf(stderr, "afterburn-run: --profile %s: write failed: %s\n", o->profile, strerror(errno));
		unlink(tmp);
		goto out;
	}
	fprintf(stderr, "afterburn-run: profile %s: %zu storing instructions, %zu with a stable ID\n",
		o->profile, n, with_id);
	rc = 0;
out:
	for (size_t i = 0; i < ntables; i++)
		free(tables[i]);
	fclose(in);
	free(hits);
	return rc;
}
