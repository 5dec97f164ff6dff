/*
 * cc.c - afterburn-cc, the drop-in compiler driver:
 *
 *   afterburn-cc gcc ARGS...          make CC="afterburn-cc gcc"
 *   afterburn-cc ccache gcc ARGS...   make CC="afterburn-cc ccache gcc"
 *
 * It runs the real compiler with "-B DIR/" in front, where DIR holds our
 * assembler wrapper "as" (libexec/afterburn/as next to bin/, found from
 * /proc/self/exe, so the build tree can move).  gcc keeps its own pipeline
 * and flags; only the assembler step changes.
 *
 * Fail closed: options that would produce code without our "as" are refused
 * (cc_args.c), and after a compile that should have assembled something the
 * wrapper must have said so through a pipe (AFTERBURN_CC_FD=FD:INODE, one byte
 * per assembly): otherwise the compile is an error and its fresh output removed.
 *
 * ccache: in front of the compiler (afterburn-cc ccache gcc, or a compiler
 * name that is a link to ccache) the flags go after the compiler's name, plus -Wa,--afterburn-key=HASH (the wrapper's
 * own bytes, the profile's contents, the environment that changes the
 * output; the wrapper drops it), so ccache's hash of the command line
 * changes whenever the afterburner's output would.  Run by ccache
 * (ccache afterburn-cc gcc), ccache hashes only afterburn-cc's mtime and the
 * command line: what it cannot see is refused (ccache_check).
 *
 * Options for afterburn-cc itself (--profile=FILE) are taken out before the
 * compiler sees the arguments.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "cc.h"

static void usage(FILE *f)
{
	fputs("usage: afterburn-cc [ccache] COMPILER ARGS...   (e.g. make CC=\"afterburn-cc gcc\")\n"
	      "Runs COMPILER with afterburn in front of its assembler (gcc -B), so every\n"
	      "sensitive instruction of .c and .S code gets a site.  -v (or AFTERBURN_VERBOSE=1)\n"
	      "says what happens; AFTERBURN_COPIED_SECTIONS=a,b adds copied sections;\n"
	      "AFTERBURN_REPORT=FILE appends afterburn's --report for every assembly to FILE.\n"
	      "--profile=FILE (afterburn-kvm --profile output) is the second pass: the profiled\n"
	      "memory writes become pt-write/mmio-* sites too.  For clang, build/lib/afterburn-llvm.so\n"
	      "is passed (-fpass-plugin) when AFTERBURN_LLVM_MODE asks for it (llvm/README.md), and\n"
	      "a profile of IR-level IDs (afterburn-run --profile) goes to it instead (use mode).\n"
	      "With ccache: make CC=\"afterburn-cc ccache gcc\" (a changed profile or afterburner\n"
	      "is then never served from the cache).  Refused: -fintegrated-as, -flto, -emit-llvm.\n"
	      "-fno-afterburn (on the command line, last of -fno-afterburn/-fafterburn wins)\n"
	      "runs COMPILER plainly: for code no wedge can own (a kernel's real-mode setup,\n"
	      "decompressor, vDSO); kbuild: $(call cc-option,-fno-afterburn).\n", f);
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* An FNV-1a style 64-bit hash of a file's bytes into *h, 8 bytes a step
 * (the wrapper is ~350 KB: well under a millisecond); -1 (errno) if
 * unreadable.  Not cryptographic: it tells builds apart, nothing more. */
static int hash_file(uint64_t *h, const char *path)
{
	uint64_t buf[8192];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		size_t words = (size_t)n / 8, rest = (size_t)n % 8;
		for (size_t i = 0; i < words; i++)
			*h = (*h ^ buf[i]) * 0x100000001b3ull;
		const unsigned char *tail = (const unsigned char *)(buf + words);
		for (size_t i = 0; i < rest; i++)
			*h = (*h ^ tail[i]) * 0x100000001b3ull;
		*h = (*h ^ (uint64_t)n) * 0x100000001b3ull;
	}
	int e = errno;
	close(fd);
	errno = e;
	return n < 0 ? -1 : 0;
}

static void hash_str(uint64_t *h, const char *s)
{
	for (; s && *s; s++)
		*h = (*h ^ (unsigned char)*s) * 0x100000001b3ull;
	*h = (*h ^ 0xff) * 0x100000001b3ull;	/* end marker: "a","" != "","a" */
}

/* The cache key: everything outside the command line that changes what
 * the wrapper writes.  -1 with a message if a file cannot be read. */
static int afterburn_key(uint64_t *h, const char *asw, const char *profile)
{
	*h = 0xcbf29ce484222325ull;
	if (hash_file(h, asw)) {
		fprintf(stderr, "afterburn-cc: error: cannot read the assembler wrapper %s: %s (rebuild: make)\n",
			asw, strerror(errno));
		return -1;
	}
	hash_str(h, "profile");
	if (profile && hash_file(h, profile)) {
		fprintf(stderr, "afterburn-cc: error: cannot read --profile=%s: %s\n", profile, strerror(errno));
		return -1;
	}
	hash_str(h, getenv("AFTERBURN_COPIED_SECTIONS"));
	hash_str(h, getenv("AFTERBURN_IDS"));
	hash_str(h, getenv("AFTERBURN_LLVM_MODE"));	/* the plugin's mode (its bytes: main) */
	return 0;
}

/* A profile of the LLVM plugin's IR-level IDs names itself in a comment
 * line "# ids afterburn-llvm" among its first lines (wedge/profile.c). */
static int ir_profile(const char *path)
{
	char line[256];
	int ir = 0;
	FILE *f = fopen(path, "r");
	for (int i = 0; f && i < 4 && fgets(line, sizeof(line), f); i++)
		ir |= !strncmp(line, "# ids afterburn-llvm", 20);
	if (f)
		fclose(f);
	return ir;
}

/* Is our parent ccache (we are its "compiler": ccache afterburn-cc gcc)? */
static int run_by_ccache(void)
{
	char link[64], exe[PATH_MAX];
	snprintf(link, sizeof(link), "/proc/%d/exe", (int)getppid());
	ssize_t n = readlink(link, exe, sizeof(exe) - 1);
	if (n <= 0)
		return 0;
	exe[n] = 0;
	return !strcmp(base_name(exe), "ccache");
}

/* Is the compiler ccache under another name (Debian's /usr/lib/ccache/gcc
 * links, first on PATH)?  Then it is a launcher like "afterburn-cc ccache
 * gcc" and needs the key. */
static int is_ccache_link(const char *compiler)
{
	char cand[PATH_MAX], real[PATH_MAX];

	if (strchr(compiler, '/'))
		return realpath(compiler, real) && !strcmp(base_name(real), "ccache");
	const char *path = getenv("PATH");
	while (path && *path) {
		const char *c = strchr(path, ':');
		size_t len = c ? (size_t)(c - path) : strlen(path);
		if (len && len + strlen(compiler) + 2 < sizeof(cand)) {
			snprintf(cand, sizeof(cand), "%.*s/%s", (int)len, path, compiler);
			if (!access(cand, X_OK))
				return realpath(cand, real) && !strcmp(base_name(real), "ccache");
		}
		path += len + (c != NULL);
	}
	return 0;
}

/* Is path (resolved) one of CCACHE_EXTRAFILES (colon-separated)? */
static int in_extrafiles(const char *path)
{
	const char *l = getenv("CCACHE_EXTRAFILES");
	char one[PATH_MAX], real[PATH_MAX];

	while (l && *l) {
		const char *c = strchr(l, ':');
		size_t len = c ? (size_t)(c - l) : strlen(l);
		if (len && len < sizeof(one)) {
			memcpy(one, l, len);
			one[len] = 0;
			if (realpath(one, real) && !strcmp(real, path))
				return 1;
		}
		l += len + (c != NULL);
	}
	return 0;
}

/* ccache afterburn-cc ...: ccache decides hit or miss from afterburn-cc's
 * mtime and the command line, before we run.  Refuse what it cannot see. */
static int ccache_check(const char *self_exe, const char *asw, const char *profile)
{
	static const char *const hint = "use make CC=\"afterburn-cc ccache gcc\" (afterburn-cc first: it "
					"then puts a key of the afterburner's inputs on ccache's command line)";
	struct stat s1, s2;

	if (profile && !in_extrafiles(profile)) {
		fprintf(stderr, "afterburn-cc: error: run by ccache: ccache would not see a change of the contents "
			"of --profile=%s and could serve an object built with another profile; %s, or add %s "
			"to CCACHE_EXTRAFILES\n", profile, hint, profile);
		return -1;
	}
	const char *env[] = { "AFTERBURN_COPIED_SECTIONS", "AFTERBURN_IDS", "AFTERBURN_LLVM_MODE" };
	for (int i = 0; i < 3; i++) {
		const char *v = getenv(env[i]);
		if (v && *v) {
			fprintf(stderr, "afterburn-cc: error: run by ccache: ccache does not hash %s=%s, so an object "
				"built with another value could be served from the cache; %s\n", env[i], v, hint);
			return -1;
		}
	}
	/* ccache identifies the compiler by afterburn-cc's mtime: the wrapper
	 * must not be newer (make relinks afterburn-cc with it). */
	if (!stat(self_exe, &s1) && !stat(asw, &s2) &&
	    (s2.st_mtim.tv_sec > s1.st_mtim.tv_sec ||
	     (s2.st_mtim.tv_sec == s1.st_mtim.tv_sec && s2.st_mtim.tv_nsec > s1.st_mtim.tv_nsec))) {
		fprintf(stderr, "afterburn-cc: error: run by ccache: the wrapper %s is newer than %s, whose mtime is "
			"all ccache hashes of the afterburner; rebuild (make) or touch %s\n", asw, self_exe, self_exe);
		return -1;
	}
	return 0;
}

/* Removes path if it is a regular file written since t0 (by the compile
 * we ran): a stale object must not look up to date to make. */
static int remove_fresh(const char *path, const struct timespec *t0)
{
	struct stat st;
	if (lstat(path, &st) || !S_ISREG(st.st_mode))
		return 0;
	if (st.st_mtim.tv_sec < t0->tv_sec ||
	    (st.st_mtim.tv_sec == t0->tv_sec && st.st_mtim.tv_nsec < t0->tv_nsec))
		return 0;
	return !unlink(path);
}

/* The outputs a compile writes without -o: X.o per source with -c, else a.out. */
static void remove_outputs(const struct cc_scan *sc, const struct timespec *t0)
{
	char name[PATH_MAX];

	if (sc->output) {
		if (remove_fresh(sc->output, t0))
			fprintf(stderr, "afterburn-cc: removed %s\n", sc->output);
		return;
	}
	if (!sc->compile_only) {
		if (remove_fresh("a.out", t0))
			fputs("afterburn-cc: removed a.out\n", stderr);
		return;
	}
	for (int i = 0; i < sc->nsources && i < CC_MAX_SOURCES; i++) {
		const char *b = base_name(sc->sources[i]);
		const char *dot = strrchr(b, '.');
		snprintf(name, sizeof(name), "%.*s.o", (int)(dot ? dot - b : (long)strlen(b)), b);
		if (remove_fresh(name, t0))
			fprintf(stderr, "afterburn-cc: removed %s\n", name);
	}
}

/* Runs the compiler and checks that our wrapper assembled (see the top). */
static int run_checked(char **nargv, const char *asw, const struct cc_scan *sc)
{
	int pfd[2];
	char num[48];
	struct timespec t0;

	if (pipe2(pfd, O_CLOEXEC)) {
		fprintf(stderr, "afterburn-cc: error: pipe: %s\n", strerror(errno));
		return 1;
	}
	/* The write end goes down to the wrapper; never blocks it. */
	fcntl(pfd[1], F_SETFD, 0);
	fcntl(pfd[1], F_SETFL, O_NONBLOCK);
	fcntl(pfd[0], F_SETFL, O_NONBLOCK);
	/* "FD:INODE": the wrapper writes only to that very pipe, never to
	 * whatever else a process further down has at that number. */
	struct stat pst;
	fstat(pfd[1], &pst);
	snprintf(num, sizeof(num), "%d:%llu", pfd[1], (unsigned long long)pst.st_ino);
	setenv("AFTERBURN_CC_FD", num, 1);
	clock_gettime(CLOCK_REALTIME, &t0);
	t0.tv_sec -= 1;	/* coarse file system timestamps */
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "afterburn-cc: error: fork: %s\n", strerror(errno));
		return 1;
	}
	if (pid == 0) {
		execvp(nargv[0], nargv);
		fprintf(stderr, "afterburn-cc: error: cannot run the compiler %s: %s (is it installed and on PATH?)\n",
			nargv[0], strerror(errno));
		_exit(127);
	}
	close(pfd[1]);
	/* Ignore ^C in here: the compiler gets it too and we report its status. */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "afterburn-cc: error: waitpid: %s\n", strerror(errno));
			return 1;
		}
	if (WIFSIGNALED(st)) {
		signal(WTERMSIG(st), SIG_DFL);
		raise(WTERMSIG(st));
		return 128 + WTERMSIG(st);
	}
	if (WEXITSTATUS(st))
		return WEXITSTATUS(st);
	long count = 0;
	char buf[256];
	ssize_t n;
	while ((n = read(pfd[0], buf, sizeof(buf))) > 0)
		count += n;
	if (count == 0) {
		fprintf(stderr, "afterburn-cc: error: %s compiled %s without running the afterburner's assembler %s, "
			"so its sensitive instructions have no sites. Something made the compiler assemble by "
			"itself: remove that option (an integrated assembler: call clang by a name with 'clang' "
			"in it, or add -fno-integrated-as; a -B, -specs or -wrapper of your own).\n",
			nargv[0], sc->nsources ? sc->sources[0] : "the input", asw);
		remove_outputs(sc, &t0);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	char self[PATH_MAX], bdir[PATH_MAX + 32], asw[PATH_MAX + 40], keyarg[64];
	char profile[PATH_MAX];
	int verbose = 0, have_profile = 0;
	const char *v = getenv("AFTERBURN_VERBOSE");

	if (argc < 2 || !strcmp(argv[1], "--help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0) {
		fprintf(stderr, "afterburn-cc: error: cannot find myself (/proc/self/exe): %s (is /proc mounted?)\n",
			strerror(errno));
		return 1;
	}
	self[n] = 0;
	char self_exe[PATH_MAX];
	memcpy(self_exe, self, (size_t)n + 1);
	*strrchr(self, '/') = 0;	/* .../bin */
	snprintf(bdir, sizeof(bdir), "%s/../libexec/afterburn", self);
	char real[PATH_MAX];
	if (realpath(bdir, real))	/* shorter messages; kept as is if missing */
		snprintf(bdir, sizeof(bdir), "%s", real);
	strcat(bdir, "/");
	snprintf(asw, sizeof(asw), "%sas", bdir);

	/* [ccache] COMPILER ARGS, or ARGS alone: $AFTERBURN_CC or gcc */
	const char *launcher = NULL, *compiler;
	int first;
	if (argv[1][0] == '-') {
		const char *cc = getenv("AFTERBURN_CC");
		compiler = cc && *cc ? cc : "gcc";
		first = 1;
	} else if (!strcmp(base_name(argv[1]), "ccache")) {
		if (argc < 3 || argv[2][0] == '-') {
			fputs("afterburn-cc: error: 'ccache' must be followed by the compiler: "
			      "afterburn-cc ccache gcc ARGS...\n", stderr);
			return 2;
		}
		launcher = argv[1];
		compiler = argv[2];
		first = 3;
	} else {
		compiler = argv[1];
		first = 2;
	}
	int clang = strstr(base_name(compiler), "clang") != NULL;
	/* clang: the LLVM pass plugin beside bin/, when it is built and a mode
	 * asks for it (AFTERBURN_LLVM_MODE, or an IR-level --profile): a clang
	 * of another LLVM version would refuse to load it, so a plain build never does */
	char plugin[PATH_MAX + 48], plugarg[PATH_MAX + 64];
	snprintf(plugin, sizeof(plugin), "%s/../lib/afterburn-llvm.so", self);
	int use_plugin = clang && !access(plugin, R_OK);

	char **uargs = calloc((size_t)argc + 1, sizeof(char *));
	char **nargv = calloc((size_t)argc + 9, sizeof(char *));
	if (!uargs || !nargv) {
		fputs("afterburn-cc: error: out of memory\n", stderr);
		return 1;
	}
	int nu = 0, off = 0;
	for (int i = first; i < argc; i++) {
		/* Opt-out for code the wedge can never own (a kernel's real-mode
		 * setup, decompressor, vDSO); the last of the two wins. */
		if (!strcmp(argv[i], "-fno-afterburn") || !strcmp(argv[i], "-fafterburn")) {
			off = argv[i][2] == 'n';
			continue;
		}
		if (!strncmp(argv[i], "--profile=", 10)) {
			/* The second pass: libexec/afterburn/as reads the profile
			 * (it is checked there, per assembly, with file:line errors).
			 * An absolute path, as gcc may run as elsewhere. */
			const char *pf = argv[i] + 10;
			if (!*pf || !realpath(pf, profile)) {
				fprintf(stderr, "afterburn-cc: error: --profile=%s: %s (give the file afterburn-kvm "
					"--profile wrote)\n", pf, *pf ? strerror(errno) : "no file name");
				return 2;
			}
			have_profile = 1;
			if (ir_profile(profile)) {
				/* IR-level IDs: the plugin's use mode applies them, not afterburn */
				if (!use_plugin) {
					fprintf(stderr, "afterburn-cc: error: --profile=%s holds IR-level IDs "
						"(afterburn-llvm): %s\n", pf, clang ? "the plugin "
						"build/lib/afterburn-llvm.so is not built" : "it applies to clang builds only");
					return 2;
				}
				setenv("AFTERBURN_LLVM_MODE", "use", 1);
				setenv("AFTERBURN_LLVM_PROFILE", profile, 1);
			} else {
				setenv("AFTERBURN_PROFILE", profile, 1);
			}
			continue;
		}
		if (!strcmp(argv[i], "-v"))
			verbose = 1;
		uargs[nu++] = argv[i];
	}
	if (off) {
		int k = 0;
		if (launcher)
			nargv[k++] = (char *)launcher;
		nargv[k++] = (char *)compiler;
		for (int i = 0; i < nu; i++)
			nargv[k++] = uargs[i];
		nargv[k] = NULL;
		if (verbose || (v && *v && strcmp(v, "0")))
			fprintf(stderr, "afterburn-cc: -fno-afterburn: %s without the afterburner\n", compiler);
		unsetenv("AFTERBURN_CC_FD");
		execvp(nargv[0], nargv);
		fprintf(stderr, "afterburn-cc: error: cannot run %s: %s (is it installed and on PATH?)\n",
			nargv[0], strerror(errno));
		return 127;
	}
	struct cc_scan sc;
	if (cc_args_scan(nu, uargs, &sc))
		return 1;
	/* Without the wrapper gcc would silently use the plain as: refuse. */
	if (access(asw, X_OK)) {
		fprintf(stderr, "afterburn-cc: error: assembler wrapper %s missing: %s (build it: make; afterburn-cc "
			"needs ../libexec/afterburn/as next to its bin/)\n", asw, strerror(errno));
		return 1;
	}
	if (run_by_ccache() && ccache_check(self_exe, asw, have_profile ? profile : NULL))
		return 1;

	/* ccache in front (named, or as a gcc link): the key goes on its
	 * command line, and a hit runs no wrapper to check. */
	int cached = launcher || is_ccache_link(compiler);
	int k = 0;
	if (launcher)
		nargv[k++] = (char *)launcher;
	nargv[k++] = (char *)compiler;
	nargv[k++] = "-B";
	nargv[k++] = bdir;
	if (cached) {
		uint64_t key;
		if (afterburn_key(&key, asw, have_profile ? profile : NULL))
			return 1;
		if (use_plugin && getenv("AFTERBURN_LLVM_MODE") && hash_file(&key, plugin))
			return 1;
		snprintf(keyarg, sizeof(keyarg), "-Wa,--afterburn-key=%016llx", (unsigned long long)key);
		nargv[k++] = keyarg;
	}
	for (int i = 0; i < nu; i++) {
		nargv[k++] = uargs[i];
		if (!strncmp(uargs[i], "-fpass-plugin=", 14) && strstr(uargs[i], "afterburn-llvm"))
			use_plugin = 0;		/* given already: loaded twice it would run twice */
	}
	const char *mode = getenv("AFTERBURN_LLVM_MODE");
	if (use_plugin && mode && *mode && strcmp(mode, "off")) {
		snprintf(plugarg, sizeof(plugarg), "-fpass-plugin=%s", plugin);
		nargv[k++] = plugarg;
	}
	/* clang assembles in-process unless told not to: last, so it wins
	 * over anything a response file says. */
	if (clang)
		nargv[k++] = "-fno-integrated-as";
	nargv[k] = NULL;
	if (verbose || (v && *v && strcmp(v, "0")))
		fprintf(stderr, "afterburn-cc: %s%s%s -B %s%s%s ...\n", launcher ? launcher : "", launcher ? " " : "",
			compiler, bdir, cached ? " " : "", cached ? keyarg : "");
	/* Through ccache a hit never runs the wrapper: nothing to check then. */
	if (!cached && !sc.no_asm && sc.nsources > 0)
		return run_checked(nargv, asw, &sc);
	unsetenv("AFTERBURN_CC_FD");
	execvp(nargv[0], nargv);
	fprintf(stderr, "afterburn-cc: error: cannot run %s: %s (is it installed and on PATH?)\n", nargv[0],
		strerror(errno));
	return 127;
}
