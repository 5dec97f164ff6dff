/*
 * sitemacro.c - writes a site's tail (pad, slot, record) by expanding the
 * gas macro of include/afterburn/site_asm.h here, in C, from its text
 * (ab_site_macro_lines, generated from the header at build time by cpp).
 *
 * Why expand rather than print the definition and call it: every macro
 * call makes gas count one more in \@, the "macros executed" counter that
 * user macros put into label names (`\name\()_start\@`), so calling a
 * macro per site would rename the input's own symbols.  The expanded text
 * changes nothing of the input, needs no definition in front of the file
 * (which must stay line for line), and its fields are never re-read as
 * macro arguments (which gas splits at blanks and, under .altmacro, reads
 * '<', '>', '!' and '%' in).  The header stays the one spelling of the
 * layout: hand-written assembly calls the same macro through gas.
 *
 * What this expander does, and all the header may use: the first line is
 * `.macro NAME formal[=default], ...`, the last `.endm`; `\formal` in the
 * body is replaced by the argument; `.ifb \F`, `.ifnb \F` and `.if \F`
 * (F a number) are decided here, with their `.else`/`.endif`; any other
 * conditional is copied for gas to decide.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

/* Generated from include/afterburn/site_asm.h (afterburner/build.mk). */
extern const char *const ab_site_macro_lines[];

#define SM_MAX_FORMALS	24
#define SM_MAX_DEPTH	8

static struct {
	int parsed;		/* 1 ok, -1 the header holds something this file cannot expand */
	char name[64];
	unsigned nformal;
	char formal[SM_MAX_FORMALS][32];
	char deflt[SM_MAX_FORMALS][32];
} sm;

static int sm_namechar(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '$';
}

static int sm_parse(void)
{
	const char *p = ab_site_macro_lines[0];
	size_t n;

	if (sm.parsed)
		return sm.parsed;
	sm.parsed = -1;
	if (!p || strncmp(p, ".macro ", 7))
		return -1;
	p += 7;
	n = strcspn(p, " \t");
	if (n == 0 || n >= sizeof(sm.name))
		return -1;
	memcpy(sm.name, p, n);
	p += n;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (!*p)
			break;
		if (sm.nformal == SM_MAX_FORMALS)
			return -1;
		n = 0;
		while (sm_namechar((unsigned char)*p) && n + 1 < sizeof(sm.formal[0]))
			sm.formal[sm.nformal][n++] = *p++;
		if (!n)
			return -1;
		if (*p == '=') {
			p++;
			n = strcspn(p, ", \t");
			if (n >= sizeof(sm.deflt[0]))
				return -1;
			memcpy(sm.deflt[sm.nformal], p, n);
			p += n;
		}
		sm.nformal++;
	}
	sm.parsed = 1;
	return 1;
}

const char *ab_site_macro_name(void)
{
	return sm_parse() > 0 ? sm.name : NULL;
}

/* Index of the formal named by the text at p (after a '\'), its length in *len; -1 if none. */
static int sm_formal_at(const char *p, size_t *len)
{
	size_t n = 0;

	while (sm_namechar((unsigned char)p[n]))
		n++;
	for (unsigned i = 0; i < sm.nformal; i++)
		if (strlen(sm.formal[i]) == n && !memcmp(sm.formal[i], p, n)) {
			*len = n;
			return (int)i;
		}
	return -1;
}

static const char *sm_value(const char *const *vals, unsigned nvals, int i)
{
	return (unsigned)i < nvals && vals[i] ? vals[i] : sm.deflt[i];
}

/*
 * A conditional this expander decides: ".ifb \F", ".ifnb \F", ".if \F".
 * Returns 1/0 for its truth, -1 if the line is no such conditional, -2 if
 * it is one but F's value is no number (.if).
 */
static int sm_decide(const char *line, const char *const *vals, unsigned nvals)
{
	static const char *const dirs[] = { ".ifb ", ".ifnb ", ".if " };
	size_t len;

	for (unsigned d = 0; d < 3; d++) {
		size_t dl = strlen(dirs[d]);
		if (strncmp(line, dirs[d], dl) || line[dl] != '\\')
			continue;
		int f = sm_formal_at(line + dl + 1, &len);
		if (f < 0 || line[dl + 1 + len])
			return -1;	/* not only a formal: gas decides */
		const char *v = sm_value(vals, nvals, f);
		if (d < 2) {
			int blank = v[strspn(v, " \t")] == 0;
			return d == 0 ? blank : !blank;
		}
		char *end;
		long x = strtol(v, &end, 0);
		return *v && !*end ? x != 0 : -2;
	}
	return -1;
}

int ab_site_expand(struct ab_buf *b, const char *const *vals, unsigned nvals)
{
	/* per open conditional: 0 copied for gas, 1 decided true, 2 decided false */
	unsigned char stack[SM_MAX_DEPTH];
	unsigned depth = 0, off = 0;	/* off: open conditionals that are false here */
	int first = 1;

	if (sm_parse() < 0 || nvals > sm.nformal)
		return -1;
	for (size_t i = 1; ab_site_macro_lines[i]; i++) {
		const char *line = ab_site_macro_lines[i];
		if (!strcmp(line, ".endm"))
			return depth ? -1 : 0;
		if (!strncmp(line, ".elseif", 7))
			return -1;
		int cond = !strncmp(line, ".if", 3);
		int decided = cond ? sm_decide(line, vals, nvals) : -1;
		if (decided == -2)
			return -1;
		if (cond) {
			if (depth == SM_MAX_DEPTH)
				return -1;
			stack[depth++] = decided < 0 ? 0 : decided ? 1 : 2;
			off += stack[depth - 1] == 2;
			if (decided >= 0)
				continue;
		} else if (!strcmp(line, ".else") || !strcmp(line, ".endif")) {
			if (!depth)
				return -1;
			unsigned char *t = &stack[depth - 1];
			int is_else = line[2] == 'l';
			if (*t) {	/* decided here: flip or close, nothing written */
				off -= *t == 2;
				if (is_else) {
					*t = *t == 1 ? 2 : 1;
					off += *t == 2;
				} else {
					depth--;
				}
				continue;
			}
			if (!is_else)
				depth--;
		}
		if (off)
			continue;
		if (!first)
			ab_buf_puts(b, "; ");
		first = 0;
		for (const char *p = line; *p;) {
			size_t len;
			int f = *p == '\\' ? sm_formal_at(p + 1, &len) : -1;
			if (f >= 0) {
				ab_buf_puts(b, sm_value(vals, nvals, f));
				p += 1 + len;
			} else {
				ab_buf_put(b, p, 1);
				p++;
			}
		}
	}
	return -1;	/* no .endm */
}
