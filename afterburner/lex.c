/*
 * lex.c - input loading and statement splitting for afterburn.
 *
 * GNU as on x86 treats '#' as a comment to the end of the line, '/' at the
 * start of a line as a line comment, and C comments anywhere (also across
 * lines); ';' separates statements.  cpp linemarkers (# N "file") are
 * whole-line comments to gas but tell us where a line came from.  Strings
 * and character constants ('c) may hold any of these characters.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

/* Inputs bigger than this are not assembly a compiler wrote. */
#define AB_SRC_MAX	(512u << 20)

int ab_src_read(struct ab_src *src, const char *path, char *err, size_t errlen)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	size_t cap = 1 << 16, len = 0;
	char *p;

	memset(src, 0, sizeof(*src));
	src->name = strcmp(path, "-") ? path : "<stdin>";
	if (!f) {
		snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
		return -1;
	}
	p = malloc(cap + 1);
	if (!p)
		goto nomem;
	for (;;) {
		size_t n = fread(p + len, 1, cap - len, f);
		len += n;
		if (len < cap) {
			if (ferror(f)) {
				snprintf(err, errlen, "%s: read error: %s", src->name, strerror(errno));
				goto fail;
			}
			break;
		}
		if (cap >= AB_SRC_MAX) {
			snprintf(err, errlen, "%s: input larger than %u MiB: not compiler assembly",
				 src->name, AB_SRC_MAX >> 20);
			goto fail;
		}
		cap *= 2;
		char *q = realloc(p, cap + 1);
		if (!q)
			goto nomem;
		p = q;
	}
	if (f != stdin)
		fclose(f);
	p[len] = 0;
	/* A NUL byte means a binary file (an object, an archive ...). */
	char *nul = memchr(p, 0, len);
	if (nul) {
		snprintf(err, errlen, "%s: binary input (NUL byte at offset %zu): expected assembly text",
			 src->name, (size_t)(nul - p));
		free(p);
		return -1;
	}
	src->data = p;
	src->size = len;
	return 0;
nomem:
	snprintf(err, errlen, "%s: out of memory", src->name);
fail:
	free(p);
	if (f && f != stdin)
		fclose(f);
	return -1;
}

int ab_src_from_mem(struct ab_src *src, const char *name, const char *text, size_t len)
{
	memset(src, 0, sizeof(*src));
	src->name = name;
	if (memchr(text, 0, len))
		return -1;
	src->data = malloc(len + 1);
	if (!src->data)
		return -1;
	memcpy(src->data, text, len);
	src->data[len] = 0;
	src->size = len;
	return 0;
}

static int is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* "# 42 "file.c" 1 3" -> line 42, file.c.  Returns 1 if it is a linemarker. */
static int parse_marker(struct ab_line *l)
{
	const char *s = l->text, *e = l->text + l->len;
	long n = 0;
	int digits = 0;

	while (s < e && is_blank(*s))
		s++;
	if (s == e || *s != '#')
		return 0;
	s++;
	while (s < e && is_blank(*s))
		s++;
	if (e - s >= 4 && !strncmp(s, "line", 4))	/* #line N "file" */
		for (s += 4; s < e && is_blank(*s); s++)
			;
	while (s < e && *s >= '0' && *s <= '9' && digits < 10) {
		n = n * 10 + (*s++ - '0');
		digits++;
	}
	if (!digits || s == e || !is_blank(*s))
		return 0;
	while (s < e && is_blank(*s))
		s++;
	if (s == e || *s != '"')
		return 0;
	const char *f = ++s;
	while (s < e && *s != '"') {
		if (*s == '\\' && s + 1 < e)
			s++;
		s++;
	}
	if (s == e)
		return 0;
	l->marker_line = n;
	l->marker_file = strndup(f, (size_t)(s - f));
	return l->marker_file != NULL;
}

/* Statement spans of all lines live in one array (src->spans); a line
 * records where its run starts, and the pointers are set at the end. */
static int add_stmt(struct ab_src *src, struct ab_line *l, const char *clean, size_t a, size_t b)
{
	while (a < b && is_blank(clean[a]))
		a++;
	while (b > a && is_blank(clean[b - 1]))
		b--;
	if (a == b)
		return 0;
	if (src->nspans == src->capspans) {
		size_t cap = src->capspans ? src->capspans * 2 : 4096;
		struct ab_span *sp = realloc(src->spans, cap * sizeof(*sp));
		if (!sp)
			return -1;
		src->spans = sp;
		src->capspans = cap;
	}
	if (!l->nstmt)
		l->first_span = src->nspans;
	src->spans[src->nspans].off = a;
	src->spans[src->nspans].len = b - a;
	src->nspans++;
	l->nstmt++;
	return 0;
}

/* Blanks comments in a copy of the line and cuts it at ';'. */
static int split_code(struct ab_src *src, struct ab_line *l, int *in_comment, size_t lineno,
		      char *err, size_t errlen)
{
	char *c = l->clean;	/* this line's part of src->clean */
	size_t i = 0, start = 0;

	l->starts_in_comment = *in_comment;
	while (i < l->len) {
		if (*in_comment) {
			if (c[i] == '*' && i + 1 < l->len && c[i + 1] == '/') {
				c[i] = c[i + 1] = ' ';
				i += 2;
				*in_comment = 0;
			} else {
				c[i++] = ' ';
			}
			continue;
		}
		/* fast path: characters that mean nothing here */
		static const unsigned char special[256] = {
			['"'] = 1, ['\''] = 1, ['#'] = 1, ['/'] = 1, [';'] = 1,
		};
		if (!special[(unsigned char)c[i]]) {
			i++;
			continue;
		}
		switch (c[i]) {
		case '"':
			for (i++; i < l->len && c[i] != '"'; i++)
				if (c[i] == '\\' && i + 1 < l->len)
					i++;
			if (i >= l->len) {
				snprintf(err, errlen, "%zu: error: unterminated string", lineno);
				return -1;
			}
			i++;
			break;
		case '\'':	/* gas character constant: 'c or '\c */
			i += (i + 1 < l->len && c[i + 1] == '\\') ? 3 : 2;
			if (i > l->len)
				i = l->len;
			break;
		case '#':
			memset(c + i, ' ', l->len - i);
			i = l->len;
			break;
		case '/':
			if (i + 1 < l->len && c[i + 1] == '*') {
				c[i] = c[i + 1] = ' ';
				i += 2;
				*in_comment = 1;
			} else {
				i++;
			}
			break;
		case ';':
			if (add_stmt(src, l, c, start, i))
				return -1;
			start = ++i;
			break;
		default:
			i++;
		}
	}
	if (add_stmt(src, l, c, start, l->len))
		return -1;
	l->ends_in_comment = *in_comment;
	return 0;
}

int ab_src_split(struct ab_src *src, char *err, size_t errlen)
{
	size_t cap = 1024, n = 0;
	const char *p = src->data, *end = src->data + src->size;
	int in_comment = 0;

	if (errlen)
		err[0] = 0;
	src->line = calloc(cap, sizeof(*src->line));
	src->clean = malloc(src->size + 1);
	if (!src->line || !src->clean)
		goto nomem;
	memcpy(src->clean, src->data, src->size + 1);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (n == cap) {
			struct ab_line *q = realloc(src->line, cap * 2 * sizeof(*q));
			if (!q)
				goto nomem;
			memset(q + cap, 0, cap * sizeof(*q));
			src->line = q;
			cap *= 2;
		}
		struct ab_line *l = &src->line[n++];
		src->nline = n;
		l->text = p;
		l->len = (size_t)(le - p);
		l->clean = src->clean + (p - src->data);
		const char *s = p;
		while (s < le && is_blank(*s))
			s++;
		if (!in_comment && s < le && *s == '#') {
			l->kind = parse_marker(l) ? AB_LINE_MARKER : AB_LINE_COMMENT;
		} else if (!in_comment && s < le && *s == '/' && !(s + 1 < le && s[1] == '*')) {
			l->kind = AB_LINE_COMMENT;
		} else {
			l->kind = AB_LINE_CODE;
			if (split_code(src, l, &in_comment, n, err, errlen)) {
				if (!err[0])
					goto nomem;
				return -1;
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (in_comment) {
		snprintf(err, errlen, "%zu: error: unterminated comment at end of input (truncated file?)", n);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (src->line[i].nstmt)
			src->line[i].stmt = src->spans + src->line[i].first_span;
	return 0;
nomem:
	snprintf(err, errlen, "0: error: out of memory");
	return -1;
}

void ab_src_free(struct ab_src *src)
{
	for (size_t i = 0; i < src->nline; i++)
		free(src->line[i].marker_file);
	free(src->spans);
	free(src->clean);
	free(src->line);
	free(src->data);
	memset(src, 0, sizeof(*src));
}
