/*
 * cc_args.c - afterburn-cc's checks of the compiler command line.
 *
 * The afterburner only sees what goes through our "as" wrapper.  Options that
 * make gcc or clang write an object some other way are refused up front with
 * a message that says why (fail closed):
 *   -fintegrated-as, -integrated-as    clang assembles in-process
 *   -flto, -flto=...                   the object holds compiler IR, assembled
 *                                      at link time (a link that is not run
 *                                      through afterburn-cc loses every site);
 *                                      -fno-lto after it turns it off again
 *   -emit-llvm, -Xclang -emit-...      bitcode or an object from cc1 itself
 *   -Xclang -flto...
 * Response files (@FILE) are read and checked the same way (gcc and clang
 * expand them in place), and so are the options clang's driver adds from
 * CCC_OVERRIDE_OPTIONS (after afterburn-cc's last word, so "+-fintegrated-as"
 * would undo the -fno-integrated-as it puts last); that variable's edits
 * that rewrite or remove arguments are refused.  The scan also notes what the
 * compile is expected to assemble (struct cc_scan), for the check after the
 * compile in cc.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cc.h"

#define CC_MAX_DEPTH	8	/* nested @FILE */

/* Options whose value is the next argument (gcc and clang spellings). */
static int cc_takes_arg(const char *a)
{
	static const char *const opts[] = {
		"-o", "-x", "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote",
		"-idirafter", "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot",
		"-imultilib", "-MF", "-MT", "-MQ", "-L", "-T", "-Xlinker", "-Xassembler",
		"-Xpreprocessor", "-Xclang", "-u", "-z", "-B", "-aux-info", "--param", "-e",
		"-target", "-arch", "-A", "-wrapper", "-G", "-Xanalyzer", "-dumpbase", "-dumpdir",
		"-dumpbase-ext", NULL
	};
	for (int i = 0; opts[i]; i++)
		if (!strcmp(a, opts[i]))
			return 1;
	return 0;
}

/* Is a file of this language (-x) or name assembled by the compiler? */
static int cc_is_source(const char *lang, const char *name)
{
	static const char *const exts[] = {
		"c", "i", "ii", "cc", "cp", "cxx", "cpp", "CPP", "c++", "C", "s", "S", "sx",
		"m", "mi", "mm", "M", "mii", "f", "F", "for", "FOR", "f90", "F90", "f95",
		"F95", "f03", "F03", "f08", "F08", NULL
	};
	if (lang && strcmp(lang, "none")) {
		size_t n = strlen(lang);
		return !(n >= 6 && !strcmp(lang + n - 6, "header"));	/* PCH: no object */
	}
	const char *dot = strrchr(name, '.');
	if (!dot || strchr(dot, '/'))
		return 0;
	for (int i = 0; exts[i]; i++)
		if (!strcmp(dot + 1, exts[i]))
			return 1;
	return 0;
}

static int cc_refuse(const char *opt, const char *origin, const char *why)
{
	fprintf(stderr, "afterburn-cc: error: %s%s%s: %s\n", opt, origin ? " in " : "", origin ? origin : "", why);
	return -1;
}

/* The words of a response file (gcc's rules: blanks separate, quotes and
 * backslash escape); NULL if it cannot be read (then it is an argument). */
static char **cc_read_rsp(const char *path, int *n)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	char **w = NULL, *cur = NULL;
	size_t len = 0, cap = 0;
	int nw = 0, c, quote = 0, inword = 0;

	for (;;) {
		c = getc(f);
		if (c == EOF || (!quote && (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
					    c == '\f' || c == '\v'))) {
			if (inword) {
				char **nwv = realloc(w, sizeof(*w) * (size_t)(nw + 2));
				if (!nwv)
					break;
				w = nwv;
				cur[len] = 0;
				w[nw++] = cur;
				w[nw] = NULL;
				cur = NULL;
				len = cap = 0;
				inword = 0;
			}
			if (c == EOF)
				break;
			continue;
		}
		if (c == '\\') {
			int d = getc(f);
			if (d != EOF)
				c = d;
		} else if (quote && c == quote) {
			quote = 0;
			continue;
		} else if (!quote && (c == '\'' || c == '"')) {
			quote = c;
			inword = 1;
			if (!cur && !(cur = malloc(cap = 64)))
				break;
			continue;
		}
		if (len + 2 > cap) {
			char *nc = realloc(cur, cap = cap ? cap * 2 : 64);
			if (!nc)
				break;
			cur = nc;
		}
		cur[len++] = (char)c;
		inword = 1;
	}
	free(cur);
	fclose(f);
	*n = nw;
	if (!w)
		w = calloc(1, sizeof(*w));
	return w;
}

static int cc_scan_list(int argc, char **argv, struct cc_scan *sc, const char *origin, int depth,
			const char **lang)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;

		if (a[0] == '@' && a[1]) {
			int n;
			char **w = cc_read_rsp(a + 1, &n);
			if (w) {
				if (depth >= CC_MAX_DEPTH)
					return cc_refuse(a, origin, "response files nested too deep; pass the options directly");
				/* The words stay allocated: sc may point into them. */
				if (cc_scan_list(n, w, sc, a + 1, depth + 1, lang))
					return -1;
				continue;
			}
		}
		if (!strcmp(a, "-fintegrated-as") || !strcmp(a, "-integrated-as"))
			return cc_refuse(a, origin, "the compiler would assemble in-process, without the afterburner "
					 "(no sites); remove it (afterburn-cc passes -fno-integrated-as)");
		if (!strcmp(a, "-flto") || !strncmp(a, "-flto=", 6)) {
			sc->lto = a;
			continue;
		}
		if (!strcmp(a, "-fno-lto")) {
			sc->lto = NULL;
			continue;
		}
		if (!strcmp(a, "-emit-llvm"))
			return cc_refuse(a, origin, "the object would hold LLVM IR, never assembled by the afterburner; "
					 "remove it");
		if (!strcmp(a, "-Xclang") && next &&
		    (!strncmp(next, "-emit-", 6) || !strncmp(next, "-flto", 5) ||
		     (strstr(next, "integrated-as") && !strstr(next, "no-integrated-as")))) {
			fprintf(stderr, "afterburn-cc: error: -Xclang %s%s%s: cc1 would write the object itself, "
				"without the afterburner; remove it\n", next, origin ? " in " : "", origin ? origin : "");
			return -1;
		}
		if (!strcmp(a, "-E") || !strcmp(a, "-S") || !strcmp(a, "-M") || !strcmp(a, "-MM") ||
		    !strcmp(a, "-fsyntax-only") || !strcmp(a, "-###") || !strncmp(a, "--help", 6) ||
		    !strcmp(a, "--version") || !strcmp(a, "-dumpversion") || !strcmp(a, "-dumpfullversion") ||
		    !strcmp(a, "-dumpmachine") || !strcmp(a, "-dumpspecs") || !strncmp(a, "-print-", 7) ||
		    !strncmp(a, "--print-", 8)) {
			sc->no_asm = 1;
			continue;
		}
		if (!strcmp(a, "-c")) {
			sc->compile_only = 1;
			continue;
		}
		if (!strncmp(a, "-x", 2)) {
			const char *l = a[2] ? a + 2 : next;
			*lang = l;
			i += !a[2];
			continue;
		}
		if (!strncmp(a, "-o", 2)) {
			sc->output = a[2] ? a + 2 : next;
			i += !a[2];
			continue;
		}
		if (cc_takes_arg(a)) {
			i++;
			continue;
		}
		if (a[0] == '-' && a[1])
			continue;
		/* an input file ("-" is standard input) */
		if (cc_is_source(*lang, a)) {
			if (sc->nsources < CC_MAX_SOURCES)
				sc->sources[sc->nsources] = a;
			sc->nsources++;
		}
	}
	return 0;
}

/*
 * CCC_OVERRIDE_OPTIONS: clang's driver edits its command line with it, words
 * separated by blanks, after afterburn-cc has built that line: "^OPT" puts
 * OPT first, "+OPT" last (checked like any option), "s/A/B/", "xOPT" and
 * "XOPT" rewrite or remove arguments (they could remove afterburn-cc's -B or
 * -fno-integrated-as: refused), "O..." sets the -O level; a leading '#' only
 * silences clang's notes.  gcc ignores the variable; it is checked whatever
 * the compiler's name, since a clang called "cc" reads it too.
 */
static int cc_scan_override(struct cc_scan *sc, const char **lang)
{
	const char *env = getenv("CCC_OVERRIDE_OPTIONS");
	static const char origin[] = "CCC_OVERRIDE_OPTIONS";

	if (!env || !*env)
		return 0;
	char *copy = strdup(env + (*env == '#'));
	if (!copy) {
		fputs("afterburn-cc: error: out of memory\n", stderr);
		return -1;
	}
	/* The words stay allocated: sc may point into them. */
	char *words[256];
	int n = 0;
	for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
		if (w[0] == '^' || w[0] == '+') {
			if (n == (int)(sizeof(words) / sizeof(words[0])))
				return cc_refuse(w, origin, "too many edits; pass the options directly");
			words[n++] = w + 1;
		} else if ((w[0] == 's' && w[1] == '/') || w[0] == 'x' || w[0] == 'X') {
			return cc_refuse(w, origin, "clang would rewrite or remove arguments after afterburn-cc "
					 "(its -B or -fno-integrated-as among them: no sites); unset CCC_OVERRIDE_OPTIONS");
		}
	}
	return cc_scan_list(n, words, sc, origin, 0, lang);
}

int cc_args_scan(int argc, char **argv, struct cc_scan *sc)
{
	const char *lang = NULL;

	memset(sc, 0, sizeof(*sc));
	if (cc_scan_list(argc, argv, sc, NULL, 0, &lang) || cc_scan_override(sc, &lang))
		return -1;
	if (sc->lto)
		return cc_refuse(sc->lto, NULL,
				 "link-time optimisation puts compiler IR in the object and assembles it at link "
				 "time, without the afterburner (a link not run through afterburn-cc loses every "
				 "site, silently); build without -flto (or add -fno-lto)");
	return 0;
}
