/*
 * main.c - the afterburn command line.
 *
 *   afterburn [-o OUT] [--report[=FILE]] [--copied-section=NAME]...
 *             [--name=DISPLAY] [INPUT.s|-]
 *
 * Output is written only when the whole input went through: on any error
 * nothing (or, with -o, no file) is left behind and the exit status is 1.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "afterburner.h"

static void usage(FILE *f)
{
	fputs("usage: afterburn [-o OUT] [--report[=FILE]] [--copied-section=NAME]... [INPUT.s|-]\n"
	      "Pads every sensitive x86-64 instruction in GNU as (AT&T) assembly with NOPs and\n"
	      "records it in section " AB_SITES_SECTION " (struct ab_site, afterburn/site.h).\n"
	      "  -o OUT                 write the result to OUT (default: standard output)\n"
	      "  --report[=FILE]        sites per class and every unpadded sensitive instruction\n"
	      "                         (to FILE, default standard error)\n"
	      "  --copied-section=NAME  code in NAME is copied elsewhere at run time: never pad it\n"
	      "                         (.altinstr_replacement always is)\n"
	      "  --name=NAME            name of the input in messages\n"
	      "  --ids                  label candidate memory writes with stable IDs (afterburn_ids)\n"
	      "  --profile=FILE         second pass: also pad the memory sites FILE names (implies --ids)\n"
	      "  --help                 this text\n", f);
}

static int write_all(const char *path, const struct ab_buf *b)
{
	if (!path || !strcmp(path, "-"))
		return fwrite(b->p, 1, b->len, stdout) == b->len && fflush(stdout) == 0 ? 0 : -1;
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	size_t n = fwrite(b->p, 1, b->len, f);
	if (fclose(f) || n != b->len) {
		unlink(path);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct ab_options opt = { 0 };
	const char *out = NULL, *in = NULL, *report = NULL, *profile = NULL;
	struct ab_profile prof;
	int want_report = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "-o")) {
			if (++i == argc) {
				fputs("afterburn: -o needs a file name\n", stderr);
				return 2;
			}
			out = argv[i];
		} else if (!strncmp(a, "-o", 2) && a[2]) {
			out = a + 2;
		} else if (!strcmp(a, "--report")) {
			want_report = 1;
		} else if (!strncmp(a, "--report=", 9)) {
			want_report = 1;
			report = a + 9;
		} else if (!strncmp(a, "--copied-section=", 17)) {
			if (opt.ncopied == AB_MAX_COPIED) {
				fprintf(stderr, "afterburn: at most %d --copied-section\n", AB_MAX_COPIED);
				return 2;
			}
			opt.copied[opt.ncopied++] = a + 17;
		} else if (!strcmp(a, "--ids")) {
			opt.ids = 1;
		} else if (!strncmp(a, "--profile=", 10)) {
			profile = a + 10;
		} else if (!strncmp(a, "--name=", 7)) {
			opt.display_name = a + 7;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "afterburn: unknown option '%s' (see --help)\n", a);
			return 2;
		} else if (in) {
			fprintf(stderr, "afterburn: more than one input ('%s', '%s')\n", in, a);
			return 2;
		} else {
			in = a;
		}
	}
	if (!in)
		in = "-";
	if (profile) {
		if (ab_profile_load(&prof, profile, stderr))
			return 1;
		opt.profile = &prof;
		opt.ids = 1;
	}

	struct ab_src src;
	struct ab_buf buf = { 0 };
	struct ab_result res;
	char err[512];
	if (ab_src_read(&src, in, err, sizeof(err))) {
		fprintf(stderr, "%s: error: %s\n", "afterburn", err);
		return 1;
	}
	if (ab_src_split(&src, err, sizeof(err))) {
		/* err is "LINE: what" */
		fprintf(stderr, "%s:%s\n", opt.display_name ? opt.display_name : src.name, err);
		ab_src_free(&src);
		return 1;
	}
	int rc = ab_process(&src, &opt, &buf, &res, stderr) ? 1 : 0;
	if (!rc && write_all(out, &buf)) {
		fprintf(stderr, "afterburn: cannot write %s: %s\n", out ? out : "standard output",
			strerror(errno));
		rc = 1;
	}
	if (want_report) {
		FILE *f = report ? fopen(report, "w") : stderr;
		if (!f) {
			fprintf(stderr, "afterburn: cannot write report %s: %s\n", report, strerror(errno));
			rc = 1;
		} else {
			ab_report_write(f, opt.display_name ? opt.display_name : src.name, &res);
			if (f != stderr && fclose(f))
				rc = 1;
		}
	}
	ab_result_free(&res);
	ab_buf_free(&buf);
	ab_src_free(&src);
	if (profile)
		ab_profile_free(&prof);
	return rc;
}
