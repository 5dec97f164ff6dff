/*
 * runner/cmdline.c - the guest's command line: building it from the words
 * after "--" and --backend, the back end it asks for, whether it fits the
 * loader and the guest, and afterwards whether the guest got all of it and
 * ran the back end asked for.
 */
#include "abr.h"

#include <stdio.h>
#include <string.h>

#define BACKEND_KEY "afterburn.backend="

/*
 * The command line ends up in grub.cfg and bochsrc-free -append; keep it
 * to characters that mean nothing to GRUB's script parser.
 */
int abr_cmdline_ok(const char *s)
{
	for (; *s; s++)
		if (*s < 0x20 || *s > 0x7e || strchr("\"'\\;$#{}&|<>`", *s))
			return 0;
	return 1;
}

/*
 * The guest gets "NAME ARGS" (NAME: the image's path, or where GRUB finds
 * it).  Too long for the loader, or for the image's own copy, and the end
 * of it (where --backend goes) would be cut without a word: refuse first.
 */
int abr_cmdline_too_long(const struct abr_target *t, const struct abr_opts *o)
{
	size_t name = strlen(t->cmdline_name ? t->cmdline_name : o->image);
	size_t len = name + (o->cmdline[0] ? 1 + strlen(o->cmdline) : 0);
	size_t buf;

	/* Linux: the kernel keeps cmdline_size bytes (its header says), and
	 * GRUB puts "BOOT_IMAGE=PATH " in front of ours */
	if (o->lx.version) {
		size_t pre = t->linux_cmdline_name ? strlen(t->linux_cmdline_name) + 1 : 0;
		size_t all = pre + strlen(o->cmdline);

		if (all > o->lx.cmdline_size) {
			fprintf(stderr, "afterburn-run: kernel command line too long for %s: %zu bytes%s, its cmdline_size is %u\n",
				o->image, all, pre ? " with the loader's BOOT_IMAGE= word" : "",
				o->lx.cmdline_size);
			return 1;
		}
		return 0;
	}
	buf = abr_image_cmdline_buf(o->image);
	if (t->cmdline_max && len > t->cmdline_max) {
		fprintf(stderr, "afterburn-run: guest command line too long for %s: %zu bytes with the image name, its loader passes at most %zu\n",
			t->name, len, t->cmdline_max);
		return 1;
	}
	if (buf && len > buf - 1) {
		fprintf(stderr, "afterburn-run: guest command line too long for %s: %zu bytes with the image name \"%s\", the image's guest_cmdline holds %zu\n",
			o->image, len, t->cmdline_name ? t->cmdline_name : o->image, buf - 1);
		return 1;
	}
	return 0;
}

/*
 * The back end asked for, by --backend or by afterburn.backend= words in
 * the guest's arguments: one answer only, since the wedge takes the first
 * word and we would judge the run by another.  Sets o->requested from the
 * words (NULL if none); --backend is appended by the caller if absent.
 */
int abr_cmdline_backend(struct abr_opts *o)
{
	static char val[65];
	const char *p = o->cmdline;

	o->requested = NULL;
	while (*p) {
		size_t n = strcspn(p, " ");

		if (n > strlen(BACKEND_KEY) && !strncmp(p, BACKEND_KEY, strlen(BACKEND_KEY))) {
			const char *v = p + strlen(BACKEND_KEY);
			size_t vn = n - strlen(BACKEND_KEY);
			const char *other = o->requested ? o->requested : o->backend;

			if (other && (strlen(other) != vn || strncmp(other, v, vn))) {
				fprintf(stderr, "afterburn-run: conflicting back ends: %s%s and %s%.*s (give one)\n",
					o->requested ? BACKEND_KEY : "--backend ", other,
					BACKEND_KEY, (int)vn, v);
				return -1;
			}
			if (vn >= sizeof(val)) {
				fprintf(stderr, "afterburn-run: %s%.*s...: back end name too long\n",
					BACKEND_KEY, 20, v);
				return -1;
			}
			memcpy(val, v, vn);
			val[vn] = 0;
			o->requested = val;
		}
		p += n;
		p += strspn(p, " ");
	}
	return 0;
}

int abr_cmdline_append(struct abr_opts *o, const char *word)
{
	size_t len = strlen(o->cmdline);

	if (len + 1 + strlen(word) + 1 > sizeof(o->cmdline)) {
		fprintf(stderr, "afterburn-run: guest command line too long (max %zu)\n",
			sizeof(o->cmdline) - 1);
		return -1;
	}
	snprintf(o->cmdline + len, sizeof(o->cmdline) - len, "%s%s",
		 len ? " " : "", word);
	return 0;
}

/*
 * The run is what the guest says it ran, not what we asked for: the
 * command line the guest echoes must end with the arguments we gave (a cut
 * one loses afterburn.backend= first), and the back end the wedge reports
 * must be the one asked for.  Otherwise a PASS is no pass.
 */
enum abr_result abr_check_reported(const struct abr_opts *o,
				    const struct abr_guest *g,
				    enum abr_result r, char *why, size_t n)
{
	size_t have = strlen(g->cmdline), want = strlen(o->cmdline);
	char was[512];

	if (r == ABR_INTERRUPTED || !g->output)
		return r;
	if (g->cmdline_seen && (have < want || strcmp(g->cmdline + have - want, o->cmdline))) {
		snprintf(why, n, "the guest got its command line cut to %zu bytes ('%.200s'): it does not end with the arguments given",
			 have, g->cmdline);
		return ABR_INFRA;
	}
	if (!o->requested || (r != ABR_PASS && r != ABR_FAIL))
		return r;
	snprintf(was, sizeof(was), "%s", why);
	if (!g->backend[0] && !o->backend) {
		/* only words after "--" asked, and no wedge spoke: an image
		 * without one (the summary says backend=none); nothing claimed */
		fprintf(stderr, "afterburn-run: warning: afterburn.backend=%s given, but no wedge reported a back end\n",
			o->requested);
		return r;
	}
	if (!g->backend[0] && g->is_linux)
		snprintf(why, n, "kernel has no wedge: not pre-virtualized (asked for back end %s, no 'afterburn: platform=' line)%s%.300s",
			 o->requested, was[0] ? "; " : "", was);
	else if (!g->backend[0])
		snprintf(why, n, "asked for back end %s but the wedge never said which back end it ran%s%.300s",
			 o->requested, was[0] ? "; " : "", was);
	else if (strcmp(g->backend, o->requested))
		snprintf(why, n, "asked for back end %s but the wedge ran %s%s%.300s",
			 o->requested, g->backend, was[0] ? "; " : "", was);
	else
		return r;
	return ABR_FAIL;
}
