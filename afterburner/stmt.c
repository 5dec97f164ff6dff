/*
 * stmt.c - one assembler statement: labels, then a directive, an
 * assignment, or an instruction with its prefixes.
 *
 * Prefixes are split off here because gas accepts them as separate
 * statements ("rep; insb", "lock; orl ..."): a statement of prefixes alone
 * belongs to the next instruction, and a site must start at the prefix.
 */
#include <ctype.h>
#include <string.h>
#include "afterburner.h"

static int is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* ASCII only, no locale: this runs for every character of every line. */
static inline int is_sym_start(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || c == '_' || c == '.' || c == '$';
}

static inline int is_sym_char(int c)
{
	return is_sym_start(c) || (unsigned)(c - '0') < 10;
}

/* End of a mnemonic word, including macro parameters (\op, \op\()l). */
static const char *word_end(const char *w, const char *e)
{
	int param = 0;

	for (; w < e; w++) {
		unsigned char c = (unsigned char)*w;
		if (c == '\\')
			param = 1;
		else if (!is_sym_char(c) && c != '@' && !(param && (c == '(' || c == ')')))
			break;
	}
	return w;
}

/* Prefix words gas takes as separate words (lower case). */
static const struct { const char *w; unsigned f; } prefix_tab[] = {
	{ "lock", AB_PREFIX_LOCK },
	{ "rep", AB_PREFIX_REP }, { "repe", AB_PREFIX_REP }, { "repz", AB_PREFIX_REP },
	{ "repne", AB_PREFIX_REP }, { "repnz", AB_PREFIX_REP },
	{ "data16", AB_PREFIX_DATA16 }, { "data32", AB_PREFIX_OTHER },
	{ "addr16", AB_PREFIX_OTHER }, { "addr32", AB_PREFIX_OTHER },
	{ "rex64", AB_PREFIX_REX_W }, { "rex", AB_PREFIX_OTHER },
	{ "notrack", AB_PREFIX_OTHER }, { "bnd", AB_PREFIX_OTHER },
	{ "xacquire", AB_PREFIX_OTHER }, { "xrelease", AB_PREFIX_OTHER },
	{ "cs", AB_PREFIX_OTHER }, { "ds", AB_PREFIX_OTHER }, { "es", AB_PREFIX_OTHER },
	{ "ss", AB_PREFIX_OTHER }, { "fs", AB_PREFIX_OTHER }, { "gs", AB_PREFIX_OTHER },
	{ "wait", 0 },	/* not a prefix for us: fwait is its own instruction */
};

/* The i-th prefix word with its flags (mparam.c names them all), NULL past the end. */
const char *ab_prefix_name(size_t i)
{
	return i < sizeof(prefix_tab) / sizeof(prefix_tab[0]) ? prefix_tab[i].w : NULL;
}

unsigned ab_prefix_word(const char *w, size_t n)
{
	char lw[16];

	if (n >= 2 && w[0] == '{' && w[n - 1] == '}')	/* {disp32}, {vex}, {load} ... */
		return AB_PREFIX_OTHER;
	if (n == 0 || n >= sizeof(lw))
		return 0;
	for (size_t i = 0; i < n; i++)
		lw[i] = (char)tolower((unsigned char)w[i]);
	lw[n] = 0;
	if (!strncmp(lw, "rex.", 4) && n <= 8)	/* rex.W, rex.WRXB ... */
		return strchr(lw + 4, 'w') ? AB_PREFIX_REX_W : AB_PREFIX_OTHER;
	for (size_t i = 0; i < sizeof(prefix_tab) / sizeof(prefix_tab[0]); i++)
		if (!strcmp(lw, prefix_tab[i].w))
			return prefix_tab[i].f ? prefix_tab[i].f : 0;
	return 0;
}

static void lower_name(char *dst, const char *s, size_t n)
{
	if (n >= AB_NAME_MAX)
		n = 0;
	for (size_t i = 0; i < n; i++)
		dst[i] = (char)((unsigned)(s[i] - 'A') < 26 ? s[i] | 0x20 : s[i]);
	dst[n] = 0;
}

void ab_stmt_parse(const char *text, size_t n, struct ab_stmt *st)
{
	const char *s = text, *e = text + n;

	memset(st, 0, sizeof(*st));
	/* Labels: "name:", "1:", "\"quoted\":" (a name directly followed by ':'). */
	for (;;) {
		while (s < e && is_blank(*s))
			s++;
		const char *w = s;
		if (s < e && *s == '"') {
			for (w++; w < e && *w != '"'; w++)
				;
			if (w + 1 < e && w[1] == ':') {
				s = w + 2;
				st->nlabels++;
				continue;
			}
			break;
		}
		if (s < e && (is_sym_start((unsigned char)*s) || (unsigned)(*s - '0') < 10 || *s == '\\')) {
			/* a name may hold macro arguments: "stub_\vec:", "\pfx\n\():" */
			while (w < e && (is_sym_char((unsigned char)*w) || *w == '\\'))
				if (*w++ == '\\' && w + 1 < e && w[0] == '(' && w[1] == ')')
					w += 2;
				else if (w[-1] == '\\' && w < e && *w == '@')
					w++;
			if (w < e && *w == ':' && !(w + 1 < e && w[1] == ':')) {
				s = w + 1;
				st->nlabels++;
				continue;
			}
		}
		break;
	}
	st->body = s;
	st->bodylen = (size_t)(e - s);
	if (s == e)
		return;
	if (*s == '.' && s + 1 < e && is_sym_start((unsigned char)s[1])) {
		const char *w = s + 1;
		while (w < e && is_sym_char((unsigned char)*w))
			w++;
		/* ".L1 = 3" is an assignment, not a directive */
		const char *a = w;
		while (a < e && is_blank(*a))
			a++;
		if (a < e && *a == '=') {
			st->kind = AB_STMT_ASSIGN;
			return;
		}
		st->kind = AB_STMT_DIRECTIVE;
		lower_name(st->name, s, (size_t)(w - s));
		st->args = a;
		st->argslen = (size_t)(e - a);
		return;
	}
	/* Words: prefixes, then the mnemonic. */
	for (;;) {
		while (s < e && is_blank(*s))
			s++;
		if (s == e) {
			st->kind = st->prefixes ? AB_STMT_PREFIX : AB_STMT_EMPTY;
			return;
		}
		const char *w = s;
		if (*s == '{') {
			while (w < e && *w != '}')
				w++;
			if (w < e)
				w++;
		} else {
			w = word_end(w, e);
			if (w == s)	/* stray punctuation: let gas judge it */
				w = s + 1;
		}
		const char *a = w;
		while (a < e && is_blank(*a))
			a++;
		if (a < e && *a == '=' && !st->prefixes) {
			st->kind = AB_STMT_ASSIGN;
			return;
		}
		unsigned pf = ab_prefix_word(s, (size_t)(w - s));
		/* "fs" etc. are prefixes only when something follows */
		if (pf) {
			st->prefixes |= pf;
			st->nprefix++;
			/* a segment override written as a word applies to the memory operand */
			if (w - s == 2 && (s[1] | 0x20) == 's') {
				unsigned sz;
				int r = ab_reg_lookup(s, 2, &sz);
				if (r >= AB_REG_ES && r <= AB_REG_GS)
					st->seg_prefix = (unsigned)r;
			}
			s = w;
			continue;
		}
		st->kind = AB_STMT_INSN;
		lower_name(st->name, s, (size_t)(w - s));
		st->args = a;
		st->argslen = (size_t)(e - a);
		return;
	}
}
