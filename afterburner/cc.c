/*
 * cc.c - afterburn-cc, the drop-in compiler driver:
 *
 *   afterburn-cc gcc ARGS...        make CC="afterburn-cc gcc"
 *
 * It execs the real compiler with "-B DIR/" in front, where DIR holds our
 * assembler wrapper "as" (libexec/afterburn/as next to bin/, found from
 * /proc/self/exe, so the build tree can move).  gcc keeps its own pipeline
 * and flags; only the assembler step changes.  One readlink and one exec:
 * the overhead is about a millisecond.
 *
 * Options for afterburn-cc itself start with --afterburn or are listed
 * below; they are taken out before the compiler sees the arguments.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f)
{
	fputs("usage: afterburn-cc COMPILER ARGS...   (e.g. make CC=\"afterburn-cc gcc\")\n"
	      "Runs COMPILER with afterburn in front of its assembler (gcc -B), so every\n"
	      "sensitive instruction of .c and .S code gets a site.  -v (or AFTERBURN_VERBOSE=1)\n"
	      "says what happens; AFTERBURN_COPIED_SECTIONS=a,b adds copied sections;\n"
	      "AFTERBURN_REPORT=FILE appends afterburn's --report for every assembly to FILE.\n"
	      "--profile=FILE (afterburn-kvm --profile output) is the second pass: the profiled\n"
	      "memory writes become pt-write/mmio-* sites too.\n", f);
}

int main(int argc, char **argv)
{
	char self[PATH_MAX], bdir[PATH_MAX + 32];
	int first = 1, verbose = 0;
	const char *v = getenv("AFTERBURN_VERBOSE");

	if (argc < 2 || !strcmp(argv[1], "--help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0) {
		fprintf(stderr, "afterburn-cc: cannot find myself (/proc/self/exe): %s\n", strerror(errno));
		return 1;
	}
	self[n] = 0;
	char *slash = strrchr(self, '/');
	*slash = 0;	/* .../bin */
	snprintf(bdir, sizeof(bdir), "%s/../libexec/afterburn/", self);

	char **nargv = calloc((size_t)argc + 5, sizeof(char *));
	if (!nargv)
		return 1;
	int k = 0;
	/* "afterburn-cc -c x.c" (no compiler named): use $AFTERBURN_CC or gcc */
	if (argv[1][0] == '-') {
		const char *cc = getenv("AFTERBURN_CC");
		nargv[k++] = (char *)(cc && *cc ? cc : "gcc");
		first = 1;
	} else {
		nargv[k++] = argv[1];
		first = 2;
	}
	nargv[k++] = "-B";
	nargv[k++] = bdir;
	/* clang assembles in-process unless told not to: that would bypass us */
	const char *base = strrchr(nargv[0], '/');
	if (strstr(base ? base + 1 : nargv[0], "clang"))
		nargv[k++] = "-fno-integrated-as";
	for (int i = first; i < argc; i++) {
		if (!strncmp(argv[i], "--profile=", 10)) {
			/* The second pass: libexec/afterburn/as reads the profile
			 * (it is checked there, per assembly, with file:line errors).
			 * An absolute path, as gcc may run as elsewhere. */
			char abs[PATH_MAX];
			const char *pf = argv[i] + 10;
			if (!*pf || !realpath(pf, abs)) {
				fprintf(stderr, "afterburn-cc: --profile=%s: %s\n", pf,
					*pf ? strerror(errno) : "no file name");
				return 2;
			}
			setenv("AFTERBURN_PROFILE", abs, 1);
			continue;
		}
		if (!strcmp(argv[i], "-v"))
			verbose = 1;
		nargv[k++] = argv[i];
	}
	nargv[k] = NULL;
	/* Without the wrapper gcc would silently use the plain as: refuse. */
	char asw[PATH_MAX + 40];
	snprintf(asw, sizeof(asw), "%sas", bdir);
	if (access(asw, X_OK)) {
		fprintf(stderr, "afterburn-cc: assembler wrapper %s missing: %s\n", asw, strerror(errno));
		return 1;
	}
	if (verbose || (v && *v && strcmp(v, "0")))
		fprintf(stderr, "afterburn-cc: %s -B %s ...\n", nargv[0], bdir);
	execvp(nargv[0], nargv);
	fprintf(stderr, "afterburn-cc: cannot run %s: %s\n", nargv[0], strerror(errno));
	return 127;
}
