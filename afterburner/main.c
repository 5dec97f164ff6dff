/*
 * main.c - the afterburn command line.
 *
 *   afterburn [-o OUT] [--report[=FILE]] [--copied-section=NAME]...
 *             [--name=DISPLAY] [INPUT.s|-]
 *
 * Output is written only when the whole input went through: on any error
 * nothing is left behind, an existing -o file is unchanged, and the exit
 * status is 1 (see write_output).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "afterburner.h"
#include "outfile.h"

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

/* Writes all of b to fd; -1 with errno set on any error. */
static int write_fd(int fd, const struct ab_buf *b)
{
	const char *p = b->p;
	size_t n = b->len;

	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		if (w == 0) {
			errno = EIO;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Writes the result to path ("-" or NULL: standard output) through
 * ab_outfile (loader/outfile.c): a regular file is replaced only when all
 * was written, anything else is written in place and never removed.  On
 * error: -1, *what says which file failed and *hint what to do.
 */
static int write_output(const char *path, const struct ab_buf *b, const char **what, const char **hint)
{
	struct ab_outfile o;
	int rc;

	*what = path;
	*hint = "the old file is unchanged; free space or choose another -o";
	if (!path || !strcmp(path, "-")) {
		*what = "standard output";
		*hint = "free space or redirect the output elsewhere";
		if (fflush(stdout) || write_fd(STDOUT_FILENO, b))
			return -1;
		return 0;
	}
	rc = ab_outfile_open(&o, path);
	if (!rc) {
		rc = write_fd(o.fd, b) ? -AB_OUTFILE_WRITE : 0;
		rc = ab_outfile_close(&o, !rc);
	}
	if (o.direct)
		*hint = "not a regular file: written directly, left in place; choose another -o";
	else if (rc == -AB_OUTFILE_TEMP)
		*hint = "cannot create a temporary file beside it; choose a writable folder for -o";
	return rc ? -1 : 0;
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
	const char *what;
	const char *hint;
	if (!rc && write_output(out, &buf, &what, &hint)) {
		fprintf(stderr, "afterburn: error: cannot write %s: %s (%s)\n", what, strerror(errno), hint);
		rc = 1;
	}
	if (want_report) {
		FILE *f = report ? fopen(report, "w") : stderr;
		if (!f) {
			fprintf(stderr, "afterburn: cannot write report %s: %s\n", report, strerror(errno));
			rc = 1;
		} else {
			ab_report_write(f, opt.display_name ? opt.display_name : src.name, &res);
			if (f != stderr && (ferror(f) | fclose(f))) {
				fprintf(stderr, "afterburn: error: cannot write report %s: %s\n", report,
					strerror(errno));
				rc = 1;
			}
		}
	}
	ab_result_free(&res);
	ab_buf_free(&buf);
	ab_src_free(&src);
	if (profile)
		ab_profile_free(&prof);
	return rc;
}
