/*
 * as.c - the assembler wrapper afterburn-cc puts in front of gcc's pipeline
 * (installed as build/libexec/afterburn/as; gcc finds it through -B).
 *
 * gcc runs "as [options] -o OUT.o IN.s" (IN.s is its temp file, or stdin
 * with -pipe).  We afterburn IN.s in-process into a memory file (memfd,
 * passed as /proc/self/fd/N; a temp file if that fails or AFTERBURN_KEEP is
 * set) and exec the real as with the same arguments, the input replaced.  The real as is the
 * first "as" on PATH that is not this program.  Objects assembled with
 * --32 (or --16) pass through untouched: they are not 64-bit kernel text.
 * An afterburn error is printed gcc-style (original file:line) and the
 * wrapper exits 1, so the compile fails.
 *
 * The real as runs with AFTERBURN_AS_DEPTH one higher: a chain of wrapper
 * copies is fine (the second finds afterburned input and passes it
 * through), a loop of them stops at AS_DEPTH_MAX.  AFTERBURN_CC_FD=FD:INODE (from
 * afterburn-cc) gets one byte per assembly, so afterburn-cc can tell that
 * the compile went through us.  --afterburn-key=... (afterburn-cc's
 * ccache key, passed with -Wa) is dropped.
 *
 * Environment: AFTERBURN_VERBOSE=1 (like -v) says what happens;
 * AFTERBURN_REPORT=FILE appends the --report of every assembly to FILE;
 * AFTERBURN_REAL_AS names the real assembler; AFTERBURN_COPIED_SECTIONS is a
 * comma-separated list for --copied-section; AFTERBURN_PROFILE=FILE (set by
 * afterburn-cc --profile=FILE) is the second pass; AFTERBURN_IDS=0 leaves
 * out the stable-ID labels of memory writes (on by default).
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "afterburner.h"

static int verbose;

/* gas options whose value is the next argument. */
static int takes_arg(const char *a)
{
	static const char *const opts[] = { "-o", "-I", "--defsym", "-MD", "--debug-prefix-map",
					    "-D", "-e", "--listing-lhs-width", NULL };
	for (int i = 0; opts[i]; i++)
		if (!strcmp(a, opts[i]))
			return 1;
	return 0;
}

/* The real assembler: $AFTERBURN_REAL_AS, else the first executable "as"
 * on PATH that is not this program.  -1 with a message if there is none or
 * it is this wrapper (it would run itself forever). */
static int find_real_as(char *out, size_t n)
{
	const char *env = getenv("AFTERBURN_REAL_AS");
	char self[PATH_MAX], cand[PATH_MAX], real[PATH_MAX];

	if (!realpath("/proc/self/exe", self))
		self[0] = 0;
	if (env && *env) {
		if (access(env, X_OK)) {
			fprintf(stderr, "afterburn-as: error: AFTERBURN_REAL_AS=%s: %s (name GNU as, e.g. /usr/bin/as)\n",
				env, strerror(errno));
			return -1;
		}
		if (realpath(env, real) && !strcmp(real, self)) {
			fprintf(stderr, "afterburn-as: error: AFTERBURN_REAL_AS=%s is this wrapper (%s), which would run "
				"itself forever; name GNU as, e.g. /usr/bin/as\n", env, self);
			return -1;
		}
		snprintf(out, n, "%s", env);
		return 0;
	}
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	while (*path) {
		const char *c = strchr(path, ':');
		size_t len = c ? (size_t)(c - path) : strlen(path);
		if (len && len + 4 < sizeof(cand)) {
			snprintf(cand, sizeof(cand), "%.*s/as", (int)len, path);
			if (!access(cand, X_OK) && realpath(cand, real) && strcmp(real, self)) {
				snprintf(out, n, "%s", cand);
				return 0;
			}
		}
		path += len + (c != NULL);
	}
	fputs("afterburn-as: error: no real 'as' on PATH besides this wrapper (install binutils, or set "
	      "AFTERBURN_REAL_AS to GNU as)\n", stderr);
	return -1;
}

/*
 * Set in the environment of the real assembler: how many wrappers run
 * above it.  Copies of this wrapper that find each other on PATH (a link
 * realpath does not see through, two install folders) would otherwise exec
 * one another forever; a legitimate chain is two or three deep.
 */
#define AS_DEPTH_ENV "AFTERBURN_AS_DEPTH"
#define AS_DEPTH_MAX 4

/* Tells afterburn-cc that the compile went through us (cc.c run_checked):
 * one byte into the pipe it passed down, then the pipe is closed. */
static void tell_cc(void)
{
	const char *e = getenv("AFTERBURN_CC_FD");
	struct stat st;
	char *end;

	if (!e || !*e)
		return;
	long fd = strtol(e, &end, 10);
	if (*end != ':' || fd < 0 || fd > INT_MAX)
		return;
	unsigned long long ino = strtoull(end + 1, &end, 10);
	if (*end || fstat((int)fd, &st) || !S_ISFIFO(st.st_mode) || st.st_ino != ino)
		return;
	if (write((int)fd, "a", 1) < 0 && verbose)
		fprintf(stderr, "afterburn-as: cannot tell afterburn-cc: %s\n", strerror(errno));
	close((int)fd);
}

/* Execs the real assembler (never returns on success). */
static int exec_real_as(const char *real_as, char **argv)
{
	tell_cc();
	execv(real_as, argv);
	fprintf(stderr, "afterburn-as: error: cannot run the real assembler %s: %s (set AFTERBURN_REAL_AS to GNU as)\n",
		real_as, strerror(errno));
	return 1;
}

static int run_wait(char **argv)
{
	pid_t pid = fork();
	int st;

	if (pid < 0) {
		fprintf(stderr, "afterburn-as: error: cannot start the real assembler %s: fork: %s (too many processes? retry)\n",
			argv[0], strerror(errno));
		return 1;
	}
	if (pid == 0) {
		execv(argv[0], argv);
		fprintf(stderr, "afterburn-as: error: cannot run the real assembler %s: %s (set AFTERBURN_REAL_AS "
			"to GNU as)\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return WEXITSTATUS(st);
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Afterburns input (path or "-") into a memory file or a temp file; its
 * name in tmp, *in_memory set for the memory file. */
static int burn(const char *input, char *tmp, size_t tmplen, int *in_memory)
{
	struct ab_options opt = { 0 };
	struct ab_profile prof;
	struct ab_src src;
	struct ab_buf out = { 0 };
	struct ab_result res;
	char err[512];
	char *copied = NULL;

	const char *env = getenv("AFTERBURN_COPIED_SECTIONS");
	if (env && *env && (copied = strdup(env))) {
		for (char *s = strtok(copied, ","); s && opt.ncopied < AB_MAX_COPIED; s = strtok(NULL, ","))
			opt.copied[opt.ncopied++] = s;
	}
	/* Stable IDs always (the first pass); AFTERBURN_IDS=0 turns them off. */
	const char *ids = getenv("AFTERBURN_IDS");
	opt.ids = !(ids && !strcmp(ids, "0"));
	/* afterburn-cc --profile=FILE: the second pass. */
	const char *pfile = getenv("AFTERBURN_PROFILE");
	if (pfile && *pfile) {
		if (ab_profile_load(&prof, pfile, stderr)) {
			free(copied);
			return -1;
		}
		opt.profile = &prof;
	}
	if (ab_src_read(&src, input, err, sizeof(err))) {
		fprintf(stderr, "afterburn-as: error: %s (the compiler's assembler input)\n", err);
		free(copied);
		if (opt.profile)
			ab_profile_free(&prof);
		return -1;
	}
	if (ab_src_split(&src, err, sizeof(err))) {
		fprintf(stderr, "%s:%s\n", src.name, err);
		goto fail;
	}
	if (ab_process(&src, &opt, &out, &res, stderr)) {
		ab_result_free(&res);
		goto fail;
	}
	if (verbose)
		fprintf(stderr, "afterburn-as: %s: %u sites (%u from the profile), %u IDs, %zu not padded\n",
			src.name, res.sites, res.profiled, res.ids, res.nitem);
	const char *rep = getenv("AFTERBURN_REPORT");
	if (rep && *rep) {	/* one --report per assembly, appended */
		FILE *rf = fopen(rep, "a");
		if (!rf) {
			fprintf(stderr, "afterburn-as: error: cannot append to %s (AFTERBURN_REPORT): %s; make it writable or "
				"unset AFTERBURN_REPORT\n", rep, strerror(errno));
			ab_result_free(&res);
			goto fail;
		}
		ab_report_write(rf, src.name, &res);
		fclose(rf);
	}
	ab_result_free(&res);

	/* Preferably an anonymous memory file that the real as opens as
	 * /proc/self/fd/N after our exec: no fork, nothing to clean up. */
	int fd = getenv("AFTERBURN_KEEP") ? -1 : memfd_create("afterburn.s", 0);
	if (fd >= 0) {
		snprintf(tmp, tmplen, "/proc/self/fd/%d", fd);
		*in_memory = 1;
	} else {
		const char *dir = getenv("TMPDIR");
		snprintf(tmp, tmplen, "%s/afterburn-XXXXXX.s", dir && *dir ? dir : "/tmp");
		fd = mkstemps(tmp, 2);
		if (fd < 0) {
			fprintf(stderr, "afterburn-as: error: cannot create %s: %s (set TMPDIR to a writable folder)\n", tmp, strerror(errno));
			goto fail;
		}
	}
	/* Keep gas' idea of the file name (messages, -g line info) on the input. */
	char marker[PATH_MAX + 16];
	int ml = 0;
	if (strcmp(input, "-"))
		ml = snprintf(marker, sizeof(marker), "# 1 \"%s\"\n", input);
	if (write_all(fd, marker, (size_t)(ml > 0 ? ml : 0)) || write_all(fd, out.p, out.len) ||
	    (!*in_memory && close(fd))) {
		fprintf(stderr, "afterburn-as: error: cannot write %s: %s (free space there or set TMPDIR elsewhere)\n", tmp, strerror(errno));
		if (!*in_memory)
			unlink(tmp);
		goto fail;
	}
	ab_buf_free(&out);
	ab_src_free(&src);
	free(copied);
	if (opt.profile)
		ab_profile_free(&prof);
	return 0;
fail:
	ab_buf_free(&out);
	ab_src_free(&src);
	free(copied);
	if (opt.profile)
		ab_profile_free(&prof);
	return -1;
}

int main(int argc, char **argv)
{
	char real_as[PATH_MAX], tmp[PATH_MAX] = "";
	int input = -1, ninput = 0, bits64 = 1;
	const char *v = getenv("AFTERBURN_VERBOSE");

	verbose = v && *v && strcmp(v, "0");
	const char *d = getenv(AS_DEPTH_ENV);
	long depth = d && *d ? strtol(d, NULL, 10) : 0;
	if (depth < 0 || depth >= AS_DEPTH_MAX) {
		fprintf(stderr, "afterburn-as: error: %ld afterburn wrappers ran one another (%s=%s): copies of the "
			"wrapper find each other as the real assembler; set AFTERBURN_REAL_AS to GNU as "
			"(e.g. /usr/bin/as) or take the copies off PATH\n", depth, AS_DEPTH_ENV, d);
		return 1;
	}
	/* argv for the real as: our own -Wa,--afterburn-key=... (afterburn-cc's
	 * key for ccache's hash) left out, the input replaced or appended. */
	char **nargv = calloc((size_t)argc + 2, sizeof(char *));
	if (!nargv) {
		fputs("afterburn-as: error: out of memory\n", stderr);
		return 1;
	}
	int nargc = 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strncmp(a, "--afterburn-key=", 16))
			continue;
		if (!strcmp(a, "-v") || !strcmp(a, "--version"))
			verbose = verbose || !strcmp(a, "-v");
		if (!strcmp(a, "--32") || !strcmp(a, "--16") || !strcmp(a, "--x32"))
			bits64 = 0;
		else if (!strcmp(a, "--64"))
			bits64 = 1;
		nargv[nargc++] = argv[i];
		if (takes_arg(a)) {
			if (i + 1 < argc)
				nargv[nargc++] = argv[++i];
			continue;
		}
		if (a[0] == '@') {	/* a response file could hide the input: refuse */
			fprintf(stderr, "afterburn-as: error: response file '%s' not supported: it could hide the input "
				"from the afterburner; pass the assembler options directly\n", a);
			return 1;
		}
		if (a[0] != '-' || !strcmp(a, "-")) {
			input = nargc - 1;
			ninput++;
		}
	}
	if (find_real_as(real_as, sizeof(real_as)))
		return 1;
	snprintf(tmp, sizeof(tmp), "%ld", depth + 1);
	if (setenv(AS_DEPTH_ENV, tmp, 1)) {
		fprintf(stderr, "afterburn-as: error: setenv %s: %s\n", AS_DEPTH_ENV, strerror(errno));
		return 1;
	}
	tmp[0] = 0;
	nargv[0] = real_as;

	/* Several inputs would be assembled as one: gcc never does that, and
	 * afterburning only one of them would leave the rest without sites. */
	if (bits64 && ninput > 1) {
		fprintf(stderr, "afterburn-as: error: %d input files (%s, ...) in one assembly: the afterburner takes "
			"one; assemble each file on its own\n", ninput, nargv[input]);
		return 1;
	}
	if (!bits64) {
		if (verbose)
			fputs("afterburn-as: not a 64-bit object (--32/--16): passing through untouched\n", stderr);
		return exec_real_as(real_as, nargv);
	}
	const char *in = input > 0 ? nargv[input] : "-";
	if (!strcmp(in, "--version") || (nargc == 2 && (!strcmp(nargv[1], "-v") || !strcmp(nargv[1], "--version"))))
		return exec_real_as(real_as, nargv);
	if (verbose)
		fprintf(stderr, "afterburn-as: afterburn %s, then %s\n", in, real_as);
	int in_memory = 0;
	if (burn(in, tmp, sizeof(tmp), &in_memory))
		return 1;
	if (input > 0)
		nargv[input] = tmp;
	else
		nargv[nargc++] = tmp;
	nargv[nargc] = NULL;
	if (in_memory)
		return exec_real_as(real_as, nargv);
	tell_cc();
	int rc = run_wait(nargv);
	if (!getenv("AFTERBURN_KEEP"))
		unlink(tmp);
	else if (verbose)
		fprintf(stderr, "afterburn-as: kept %s\n", tmp);
	free(nargv);
	return rc;
}
