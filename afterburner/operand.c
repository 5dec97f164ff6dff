/*
 * operand.c - AT&T operands of the instructions afterburn records:
 * %reg, $imm, [%seg:]disp(base,index,scale), '*' for indirect far jumps.
 * Only what a site record needs is parsed; expressions stay text and are
 * re-emitted into the record for gas to evaluate.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

struct reg_name {
	const char *name;
	unsigned char reg, size;
};

static const struct reg_name regs[] = {
	{ "rax", 0, 8 }, { "rcx", 1, 8 }, { "rdx", 2, 8 }, { "rbx", 3, 8 },
	{ "rsp", 4, 8 }, { "rbp", 5, 8 }, { "rsi", 6, 8 }, { "rdi", 7, 8 },
	{ "eax", 0, 4 }, { "ecx", 1, 4 }, { "edx", 2, 4 }, { "ebx", 3, 4 },
	{ "esp", 4, 4 }, { "ebp", 5, 4 }, { "esi", 6, 4 }, { "edi", 7, 4 },
	{ "ax", 0, 2 }, { "cx", 1, 2 }, { "dx", 2, 2 }, { "bx", 3, 2 },
	{ "sp", 4, 2 }, { "bp", 5, 2 }, { "si", 6, 2 }, { "di", 7, 2 },
	{ "al", 0, 1 }, { "cl", 1, 1 }, { "dl", 2, 1 }, { "bl", 3, 1 },
	{ "spl", 4, 1 }, { "bpl", 5, 1 }, { "sil", 6, 1 }, { "dil", 7, 1 },
	/* high byte registers: recorded as their full register */
	{ "ah", 0, 1 }, { "ch", 1, 1 }, { "dh", 2, 1 }, { "bh", 3, 1 },
	{ "es", AB_REG_ES, 2 }, { "cs", AB_REG_CS, 2 }, { "ss", AB_REG_SS, 2 },
	{ "ds", AB_REG_DS, 2 }, { "fs", AB_REG_FS, 2 }, { "gs", AB_REG_GS, 2 },
	{ "rip", AB_REG_RIP, 8 }, { "eip", AB_REG_RIP, 4 },
};

int ab_reg_lookup(const char *name, size_t n, unsigned *size)
{
	char l[8];

	if (n == 0 || n >= sizeof(l))
		return -1;
	for (size_t i = 0; i < n; i++)
		l[i] = (char)tolower((unsigned char)name[i]);
	l[n] = 0;
	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		if (!strcmp(l, regs[i].name)) {
			*size = regs[i].size;
			return regs[i].reg;
		}
	/* r8..r15 with suffixes d/w/b/l */
	if (l[0] == 'r' && isdigit((unsigned char)l[1])) {
		char *end;
		long k = strtol(l + 1, &end, 10);
		if (k >= 8 && k <= 15) {
			unsigned sz = !*end ? 8 : !strcmp(end, "d") ? 4 : !strcmp(end, "w") ? 2 :
				      (!strcmp(end, "b") || !strcmp(end, "l")) ? 1 : 0;
			if (sz) {
				*size = sz;
				return (int)k;
			}
		}
	}
	/* %cr0-15, %dr0-15 (and the %db alias) */
	if ((!strncmp(l, "cr", 2) || !strncmp(l, "dr", 2) || !strncmp(l, "db", 2)) &&
	    isdigit((unsigned char)l[2])) {
		char *end;
		long k = strtol(l + 2, &end, 10);
		if (!*end && k >= 0 && k <= 15) {
			*size = 8;
			return (l[0] == 'c' ? AB_REG_CR0 : AB_REG_DR0) + (int)k;
		}
	}
	return -1;
}

int ab_opnd_split(const char *s, size_t n, struct ab_span *out, int max)
{
	int cnt = 0, depth = 0;
	size_t start = 0;

	if (n == 0)
		return 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			continue;
		}
		if (i < n && s[i] == '(')
			depth++;
		else if (i < n && s[i] == ')')
			depth--;
		else if (i == n || (s[i] == ',' && depth == 0)) {
			if (cnt == max)
				return -1;
			size_t a = start, b = i;
			while (a < b && isspace((unsigned char)s[a]))
				a++;
			while (b > a && isspace((unsigned char)s[b - 1]))
				b--;
			out[cnt].off = a;
			out[cnt].len = b - a;
			cnt++;
			start = i + 1;
		}
	}
	return cnt;
}

int ab_expr_number(const char *e, long long *v)
{
	char *end;
	int neg = 0;

	while (isspace((unsigned char)*e))
		e++;
	if (*e == '-' || *e == '+')
		neg = *e++ == '-';
	if (!isdigit((unsigned char)*e))
		return 0;
	/* gas: 0x.. hex, 0b.. binary, 0.. octal, else decimal */
	unsigned long long u;
	if (e[0] == '0' && (e[1] == 'b' || e[1] == 'B'))
		u = strtoull(e + 2, &end, 2);
	else
		u = strtoull(e, &end, 0);
	while (isspace((unsigned char)*end))
		end++;
	if (*end)
		return 0;
	*v = neg ? -(long long)u : (long long)u;
	return 1;
}

/*
 * A constant expression as gas evaluates it (integers only): numbers,
 * parentheses, unary - ~ +, binary * / % << >> (highest), | & ^, + -
 * (lowest).  Anything else (a symbol, a comparison) is "not known here".
 */
struct ev {
	const char *s;
	int ok;
};

static void ev_ws(struct ev *e)
{
	while (isspace((unsigned char)*e->s))
		e->s++;
}

static long long ev_add(struct ev *e);

static long long ev_unary(struct ev *e)
{
	ev_ws(e);
	char c = *e->s;
	if (c == '-' || c == '~' || c == '+') {
		e->s++;
		long long v = ev_unary(e);
		return c == '-' ? (long long)(0ULL - (unsigned long long)v) : c == '~' ? ~v : v;
	}
	if (c == '(') {
		e->s++;
		long long v = ev_add(e);
		ev_ws(e);
		if (*e->s != ')')
			e->ok = 0;
		else
			e->s++;
		return v;
	}
	if (!isdigit((unsigned char)c)) {
		e->ok = 0;
		return 0;
	}
	char *end;
	unsigned long long u;
	if (c == '0' && (e->s[1] == 'b' || e->s[1] == 'B'))
		u = strtoull(e->s + 2, &end, 2);
	else
		u = strtoull(e->s, &end, 0);
	if (isalnum((unsigned char)*end) || *end == '_')	/* 1f, 2b: local labels */
		e->ok = 0;
	e->s = end;
	return (long long)u;
}

static long long ev_mul(struct ev *e)
{
	long long v = ev_unary(e);
	for (;;) {
		ev_ws(e);
		const char *s = e->s;
		int op = *s == '*' || *s == '/' || *s == '%' ? *s :
			 s[0] == '<' && s[1] == '<' ? 'l' : s[0] == '>' && s[1] == '>' ? 'r' : 0;
		if (!op || !e->ok)
			return v;
		e->s += op == 'l' || op == 'r' ? 2 : 1;
		long long w = ev_unary(e);
		if ((op == '/' || op == '%') && w == 0) {
			e->ok = 0;
			return 0;
		}
		v = op == '*' ? (long long)((unsigned long long)v * (unsigned long long)w) :
		    op == '/' ? v / w : op == '%' ? v % w :
		    op == 'l' ? (long long)((unsigned long long)v << (w & 63)) : v >> (w & 63);
	}
}

static long long ev_bit(struct ev *e)
{
	long long v = ev_mul(e);
	for (;;) {
		ev_ws(e);
		char c = *e->s;
		if ((c != '|' && c != '&' && c != '^') || e->s[1] == c || !e->ok)
			return v;
		e->s++;
		long long w = ev_mul(e);
		v = c == '|' ? v | w : c == '&' ? v & w : v ^ w;
	}
}

static long long ev_add(struct ev *e)
{
	long long v = ev_bit(e);
	for (;;) {
		ev_ws(e);
		char c = *e->s;
		if ((c != '+' && c != '-') || !e->ok)
			return v;
		e->s++;
		long long w = ev_bit(e);
		v = (long long)(c == '+' ? (unsigned long long)v + (unsigned long long)w
					 : (unsigned long long)v - (unsigned long long)w);
	}
}

int ab_expr_eval(const char *s, long long *v)
{
	struct ev e = { s, 1 };
	long long r = ev_add(&e);

	ev_ws(&e);
	if (!e.ok || *e.s)
		return 0;
	*v = r;
	return 1;
}

static int copy_expr(char *dst, const char *s, size_t n, char *err, size_t errlen)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= AB_EXPR_MAX) {
		snprintf(err, errlen, "expression too long");
		return -1;
	}
	memcpy(dst, s, n);
	dst[n] = 0;
	return 0;
}

static int parse_reg(const char *s, size_t n, unsigned *reg, unsigned *size,
		     char *err, size_t errlen)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 2 || s[0] != '%') {
		snprintf(err, errlen, "expected a register, got '%.*s'", (int)n, s);
		return -1;
	}
	int r = ab_reg_lookup(s + 1, n - 1, size);
	if (r < 0) {
		snprintf(err, errlen, "unknown register '%.*s'", (int)n, s);
		return -1;
	}
	*reg = (unsigned)r;
	return 0;
}

int ab_opnd_parse(const char *s, size_t n, struct ab_opnd *o, char *err, size_t errlen)
{
	memset(o, 0, sizeof(*o));
	o->base = o->index = o->seg = AB_REG_NONE;
	o->scale = 1;
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n && *s == '*') {
		o->indirect = 1;
		s++, n--;
		while (n && isspace((unsigned char)*s))
			s++, n--;
	}
	if (!n) {
		snprintf(err, errlen, "empty operand");
		return -1;
	}
	if (*s == '$') {
		o->kind = AB_OP_IMM;
		return copy_expr(o->expr, s + 1, n - 1, err, errlen);
	}
	if (*s == '%') {
		const char *colon = memchr(s, ':', n);
		if (!colon) {
			o->kind = AB_OP_REG;
			o->high8 = n == 3 && strchr("acdb", tolower((unsigned char)s[1])) &&
				   tolower((unsigned char)s[2]) == 'h';
			return parse_reg(s, n, &o->reg, &o->size, err, errlen);
		}
		unsigned sz;
		if (parse_reg(s, (size_t)(colon - s), &o->seg, &sz, err, errlen))
			return -1;
		if (o->seg < AB_REG_ES || o->seg > AB_REG_GS) {
			snprintf(err, errlen, "'%.*s' is not a segment register", (int)(colon - s), s);
			return -1;
		}
		n -= (size_t)(colon + 1 - s);
		s = colon + 1;
		while (n && isspace((unsigned char)*s))
			s++, n--;
	}
	o->kind = AB_OP_MEM;
	/* The (base,index,scale) group is a trailing parenthesis whose content
	 * starts with '%' or ','; anything before it is the displacement. */
	size_t dlen = n;
	if (n && s[n - 1] == ')') {
		int depth = 0;
		size_t i = n;
		while (i-- > 0) {
			if (s[i] == ')')
				depth++;
			else if (s[i] == '(' && --depth == 0)
				break;
		}
		if (depth == 0) {
			const char *g = s + i + 1;
			size_t glen = n - i - 2;
			size_t k = 0;
			while (k < glen && isspace((unsigned char)g[k]))
				k++;
			/* "(\reg)": a base register from a macro argument is a
			 * register group too (and fails below: fail closed) */
			if (k == glen || g[k] == '%' || g[k] == ',' || g[k] == '\\') {
				struct ab_span part[3];
				int np = ab_opnd_split(g, glen, part, 3);
				if (np < 1) {
					snprintf(err, errlen, "bad memory operand '%.*s'", (int)n, s);
					return -1;
				}
				unsigned sz;
				if (part[0].len && parse_reg(g + part[0].off, part[0].len, &o->base,
							     &o->base_size, err, errlen))
					return -1;
				if (np >= 2 && part[1].len &&
				    parse_reg(g + part[1].off, part[1].len, &o->index, &sz, err, errlen))
					return -1;
				if (np == 3) {
					char sc[AB_EXPR_MAX];
					long long v;
					if (copy_expr(sc, g + part[2].off, part[2].len, err, errlen))
						return -1;
					if (!ab_expr_number(sc, &v) || (v != 1 && v != 2 && v != 4 && v != 8)) {
						snprintf(err, errlen, "scale '%s' is not 1, 2, 4 or 8", sc);
						return -1;
					}
					o->scale = (unsigned)v;
				}
				dlen = i;
			}
		}
	}
	return copy_expr(o->expr, s, dlen, err, errlen);
}

/*
 * ".att_syntax noprefix": registers are written without '%'.  Puts a '%' in
 * front of every word of the operand text that names a register (gas reads
 * such a word as the register there, never as a symbol), so that the usual
 * parser applies.  Returns the new length, or -1 if it does not fit.
 */
int ab_att_add_prefix(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (isalpha(c) || c == '_' || c == '.' || c == '$' || c == '%' || c == '\\') {
			size_t j = i + 1;
			while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_' || s[j] == '.' ||
					 s[j] == '$' || s[j] == '\\' || s[j] == '@'))
				j++;
			unsigned sz;
			int reg = isalpha(c) && (i == 0 || s[i - 1] != '%') && ab_reg_lookup(s + i, j - i, &sz) >= 0;
			if (o + (j - i) + 2 > cap)
				return -1;
			if (reg)
				out[o++] = '%';
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else if (c == '"') {	/* a string: copied as it is */
			size_t j = i + 1;
			while (j < n && s[j] != '"')
				j += s[j] == '\\' ? 2 : 1;
			j = j < n ? j + 1 : n;
			if (o + (j - i) + 1 > cap)
				return -1;
			memcpy(out + o, s + i, j - i);
			o += j - i;
			i = j;
		} else {
			if (o + 2 > cap)
				return -1;
			out[o++] = s[i++];
		}
	}
	out[o] = 0;
	return (int)o;
}
