/*
 * process.c - the afterburn pass over one assembly file.
 *
 * Walks the statements in order, keeping the assembler state that decides
 * what a sensitive instruction becomes: the current section (and whether
 * it is executable or copied elsewhere at run time), the code mode
 * (.code16/32/64), and where the line came from (cpp linemarkers, .file/.loc)
 * for messages.  Each statement may get text in front of it (site start,
 * end of a mode range) and after it (pad, slot, record); the output is then
 * written line by line, unchanged lines verbatim.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "afterburner.h"

/* ---- messages and report items ---- */

/* "orig.c:42" or "in.s:17" for statement k; src_line gets the .s line. */
static void where(struct ab_pass *p, size_t line, char *buf, size_t n, int with_src)
{
	const char *f = NULL;
	long l = 0;

	if (p->loc_mode == LOC_MARKER) {
		f = p->mk_file;
		l = p->mk_line + (long)(line - p->mk_phys) - 1;
	} else if (p->loc_mode == LOC_DOTLOC && p->loc_file < p->nfiles &&
		   p->files[p->loc_file]) {
		f = p->files[p->loc_file];
		l = p->loc_line;
	}
	if (f && with_src)
		snprintf(buf, n, "%s:%ld: [%s:%zu]", f, l, p->name, line + 1);
	else if (f)
		snprintf(buf, n, "%s:%ld:", f, l);
	else
		snprintf(buf, n, "%s:%zu:", p->name, line + 1);
}

void ab_pass_where(struct ab_pass *p, size_t line, char *buf, size_t n)
{
	where(p, line, buf, n, 0);
	size_t l = strlen(buf);
	if (l && buf[l - 1] == ':')
		buf[l - 1] = 0;
}

void ab_pass_error(struct ab_pass *p, size_t line, const char *fmt, ...)
{
	char w[600], msg[800];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	where(p, line, w, sizeof(w), 0);
	/* gcc style first, then the line of the .s afterburn read */
	if (p->loc_mode != LOC_NONE)
		fprintf(p->errf, "%s error: %s (afterburn: %s:%zu)\n", w, msg, p->name, line + 1);
	else
		fprintf(p->errf, "%s error: %s (afterburn)\n", w, msg);
	p->res->errors++;
}

void ab_pass_warning(struct ab_pass *p, size_t line, const char *msg)
{
	char w[600];

	where(p, line, w, sizeof(w), 0);
	fprintf(p->errf, "%s warning: %s (afterburn: %s:%zu)\n", w, msg, p->name, line + 1);
}

void ab_pass_report(struct ab_pass *p, size_t line, enum ab_report_kind kind,
		    const char *fmt, ...)
{
	struct ab_result *r = p->res;
	char w[600], msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	where(p, line, w, sizeof(w), 1);
	if ((r->nitem & (r->nitem - 1)) == 0) {	/* grow at powers of two */
		struct ab_report_item *it = realloc(r->item, (r->nitem ? 2 * r->nitem : 1) * sizeof(*it));
		if (!it)
			return;
		r->item = it;
	}
	struct ab_report_item *it = r->item;
	it[r->nitem].kind = kind;
	it[r->nitem].where = strdup(w);
	it[r->nitem].what = strdup(msg);
	r->nitem++;
}

/* ---- text in front of / after statements ---- */

static void add_text(char **slot, const char *s, int front)
{
	size_t a = *slot ? strlen(*slot) : 0, b = strlen(s);
	char *n = malloc(a + b + 1);

	if (!n)
		ab_oom();
	if (front) {
		memcpy(n, s, b);
		if (a)
			memcpy(n + b, *slot, a);
	} else {
		if (a)
			memcpy(n, *slot, a);
		memcpy(n + a, s, b);
	}
	n[a + b] = 0;
	free(*slot);
	*slot = n;
}

void ab_pass_pre(struct ab_pass *p, size_t k, const char *s)
{
	add_text(&p->pre[k], s, 0);
}

void ab_pass_post(struct ab_pass *p, size_t k, const char *s)
{
	add_text(&p->post[k], s, 0);
}

/*
 * Site number n around statements [first, last]: its start label in front
 * of whatever else precedes first, its pad, slot and record after last.
 * Counted as a site of in->cls.
 */
void ab_pass_site(struct ab_pass *p, unsigned n, size_t first, size_t last, const struct ab_insn *in)
{
	struct ab_buf b = { 0 };

	ab_emit_site_start(&b, n);
	add_text(&p->pre[first], b.p, 1);
	b.len = 0;
	ab_emit_site_end(&b, in, p->sec->group, n);
	ab_pass_post(p, last, b.p);
	ab_buf_free(&b);
	p->res->sites++;
	p->res->per_class[in->cls]++;
}

/* ---- the walk ---- */

static int is_macro(const struct ab_pass *p, const char *name)
{
	for (size_t i = 0; i < p->nmacros; i++)
		if (!strcmp(p->macros[i], name))
			return 1;
	return 0;
}

static void stmt_at(const struct ab_pass *p, size_t k, struct ab_stmt *st)
{
	const struct ab_line *l = &p->src->line[p->stmt_line[k]];
	const struct ab_span *sp = &l->stmt[p->stmt_idx[k]];

	ab_stmt_parse(l->clean + sp->off, sp->len, st);
}

/* Statements that emit no bytes and may sit between sti and its tail. */
static int is_transparent(const struct ab_stmt *st)
{
	char c = st->name[1];

	return st->kind == AB_STMT_DIRECTIVE && st->nlabels == 0 && (c == 'l' || c == 'f' || c == 'c') &&
	       (!strcmp(st->name, ".loc") || !strcmp(st->name, ".file") ||
		!strcmp(st->name, ".loc_mark_labels") || !strncmp(st->name, ".cfi_", 5));
}

static int is_sym(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 ||
	       c == '_' || c == '.' || c == '$';
}

/* Is name (length n) used as a token by any instruction of the file? */
static int used_by_insn(const struct ab_pass *p, const char *name, size_t n)
{
	for (size_t k = 0; k < p->nstmt; k++) {
		const struct ab_line *l = &p->src->line[p->stmt_line[k]];
		const struct ab_span *sp = &l->stmt[p->stmt_idx[k]];
		const char *t = l->clean + sp->off, *e = t + sp->len, *h = t;
		int found = 0;
		while ((h = memmem(h, (size_t)(e - h), name, n))) {
			if ((h == t || !is_sym((unsigned char)h[-1])) && (h + n == e || !is_sym((unsigned char)h[n])))
				found = 1;
			h++;
		}
		if (!found)
			continue;
		struct ab_stmt st;
		ab_stmt_parse(t, sp->len, &st);
		if (st.kind == AB_STMT_INSN && st.args && memmem(st.args, st.argslen, name, n))
			return 1;
	}
	return 0;
}

/*
 * Label text (t, n) as "name:" pieces: the next one from *i is [*a, *b)
 * (leading blanks skipped, up to its ':' or the end); *i moves past the ':'.
 * 0 when the text is used up.
 */
static int next_label(const char *t, size_t n, size_t *i, size_t *a, size_t *b)
{
	if (*i >= n)
		return 0;
	while (*i < n && (t[*i] == ' ' || t[*i] == '\t'))
		(*i)++;
	*a = *i;
	while (*i < n && t[*i] != ':')
		(*i)++;
	*b = *i;
	if (*i < n)
		(*i)++;	/* ':' */
	return 1;
}

/*
 * Labels in front of an sti pair's tail are harmless when nothing can
 * branch to them: gcc's debug-info labels (.LBB7, .LBE7, .LVL3, .LFB1 ...:
 * ".L", letters, digits) that no instruction names.  Branch targets (.L5,
 * 1:, user labels) are not.  text holds the labels (up to the body).
 */
static int labels_harmless(const struct ab_pass *p, const char *t, size_t n)
{
	size_t i = 0, a, b;

	while (next_label(t, n, &i, &a, &b)) {
		if (a == b)
			continue;
		size_t j = a + 2, letters = 0;
		if (b - a < 3 || t[a] != '.' || t[a + 1] != 'L')
			return 0;
		while (j < b && (unsigned)((t[j] | 0x20) - 'a') < 26)
			j++, letters++;
		while (j < b && (unsigned)(t[j] - '0') < 10)
			j++;
		if (!letters || j != b || used_by_insn(p, t + a, b - a))
			return 0;
	}
	return 1;
}

/*
 * sti followed by hlt/sysret/iret/ret (nothing but .loc/.file between):
 * returns the tail's statement index and sets *tail, or 0.  A label between
 * the two is an error: a branch there would land inside the patched site.
 */
/* ".byte 0x0f, 0x01, 0xc9": mwait spelled as data (binutils too old for
 * the mnemonic), exactly one instruction in one statement. */
static int is_byte_mwait(const struct ab_stmt *st)
{
	static const long long want[] = { 0x0f, 0x01, 0xc9 };
	const char *s = st->args, *e = st->args + st->argslen;
	size_t n = 0;

	if (strcmp(st->name, ".byte") || !st->args)
		return 0;
	while (s < e) {
		const char *c = memchr(s, ',', (size_t)(e - s));
		char v[32];
		long long x;
		if (!c)
			c = e;
		if ((size_t)(c - s) >= sizeof(v) || n == 3)
			return 0;
		snprintf(v, sizeof(v), "%.*s", (int)(c - s), s);
		if (!ab_expr_number(v, &x) || x != want[n++])
			return 0;
		s = c < e ? c + 1 : c;
	}
	return n == 3;
}

static size_t find_pair_tail(struct ab_pass *p, size_t k, struct ab_insn *tail)
{
	int label = 0;
	char err[200];

	for (size_t j = k + 1; j < p->nstmt; j++) {
		struct ab_stmt st;
		stmt_at(p, j, &st);
		if (is_transparent(&st))
			continue;
		if (st.kind == AB_STMT_EMPTY) {
			const struct ab_line *l = &p->src->line[p->stmt_line[j]];
			const struct ab_span *sp = &l->stmt[p->stmt_idx[j]];
			if (!labels_harmless(p, l->clean + sp->off, sp->len))
				label = 1;
			continue;
		}
		if (st.kind == AB_STMT_DIRECTIVE && is_byte_mwait(&st)) {
			/* Linux's __sti_mwait: "sti; .byte 0x0f, 0x01, 0xc9" */
			memset(tail, 0, sizeof(*tail));
			tail->tail_cls = AB_CLASS_MWAIT;
		} else if (st.kind != AB_STMT_INSN || is_macro(p, st.name)) {
			return 0;
		} else if (ab_classify(&st, tail, err, sizeof(err)) < 0 || !tail->tail_cls) {
			return 0;
		}
		if (st.nlabels) {
			const struct ab_line *l = &p->src->line[p->stmt_line[j]];
			const struct ab_span *sp = &l->stmt[p->stmt_idx[j]];
			if (!labels_harmless(p, l->clean + sp->off, (size_t)(st.body - (l->clean + sp->off))))
				label = 1;
		}
		/*
		 * A branch target before a near ret (gcc's "jnc .L43; sti; .L43:
		 * ret" at the end of local_irq_restore): sti is a site of its
		 * own.  The shadow does not matter there: an interrupt taken
		 * before the ret instead of after it returns to the same place.
		 * Before hlt (the sti;hlt race), sysret and iret it does.
		 */
		if (label && tail->tail_cls == AB_CLASS_RET)
			return 0;
		if (label) {
			ab_pass_error(p, p->stmt_line[k], "label between 'sti' and '%s': the pair is one site "
				      "(interrupt shadow) and a branch into it would break after patching",
				      st.name);
			return 0;
		}
		return j;
	}
	return 0;
}

/*
 * mov/push/pop whose register is a macro parameter (pushq %\r).  In an
 * .irp/.irpc body the values are known: every expansion must be innocuous,
 * else it is an error (no site can be encoded for a varying register).  In a
 * .macro body the arguments are unknown: reported, like \op mnemonics.
 */
static void check_macro_reg(struct ab_pass *p, size_t line, const struct ab_stmt *st)
{
	const struct ab_irp *r = p->nirp ? &p->irp[p->nirp - 1] : NULL;
	char pat[AB_NAME_MAX + 2], text[512], err[300];
	size_t pl;

	if (r) {
		pl = (size_t)snprintf(pat, sizeof(pat), "\\%s", r->name);
		const char *v = r->vals;
		for (int i = 0; i < r->nvals; i++, v += strlen(v) + 1) {
			/* substitute \name (and \name\()) by the value */
			size_t o = 0;
			for (size_t j = 0; j < st->bodylen && o + strlen(v) + 1 < sizeof(text);) {
				if (j + pl <= st->bodylen && !memcmp(st->body + j, pat, pl) &&
				    (j + pl == st->bodylen || !is_sym((unsigned char)st->body[j + pl]))) {
					o += (size_t)snprintf(text + o, sizeof(text) - o, "%s", v);
					j += pl;
					if (j + 3 <= st->bodylen && !memcmp(st->body + j, "\\()", 3))
						j += 3;
				} else {
					text[o++] = st->body[j++];
				}
			}
			text[o] = 0;
			struct ab_insn in;
			int c = ab_classify_text(text, &in, err, sizeof(err));
			if (c == 0 && !in.macro_reg)
				continue;
			ab_pass_error(p, line, "'%.*s' with %s=%s is '%s': %s", (int)st->bodylen, st->body,
				      r->name, v, text, in.macro_reg ? "register still unknown" :
				      "sensitive, and a varying register cannot be recorded; write it out");
			return;
		}
		return;
	}
	ab_pass_report(p, line, AB_REP_MACRO_PARAM, "macro-parameter register in '%.*s' not checked",
		       (int)st->bodylen, st->body);
}


/* ---- stable IDs and the second pass (scheme: afterburn/profile.h) ---- */

/* The primary source's base name: first real linemarker, else .file "x". */
static void id_file_init(struct ab_pass *p)
{
	const char *f = NULL;

	for (size_t i = 0; i < p->src->nline && !f; i++) {
		const struct ab_line *l = &p->src->line[i];
		if (l->kind == AB_LINE_MARKER && l->marker_file[0] && l->marker_file[0] != '<')
			f = l->marker_file;
		else if (l->kind == AB_LINE_CODE && l->nstmt) {
			struct ab_stmt st;
			ab_stmt_parse(l->clean + l->stmt[0].off, l->stmt[0].len, &st);
			if (st.kind == AB_STMT_DIRECTIVE && !strcmp(st.name, ".file") && st.argslen > 2 &&
			    st.args[0] == '"') {
				static char name[AB_PROF_FILE_MAX];
				size_t n = 0;
				while (n + 1 < st.argslen && st.args[n + 1] != '"' && n + 1 < sizeof(name))
					n++;
				memcpy(name, st.args + 1, n);
				name[n] = 0;
				f = name;
			}
		}
	}
	if (!f)
		f = p->name;
	const char *b = strrchr(f, '/');
	snprintf(p->id_file, sizeof(p->id_file), "%s", b ? b + 1 : f);
}

/* A label that starts a function (not .L*, not numeric) becomes id_func. */
static void id_labels(struct ab_pass *p, const char *t, size_t n)
{
	size_t i = 0, a, b;

	while (next_label(t, n, &i, &a, &b)) {
		while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
			b--;
		if (a == b || (t[a] >= '0' && t[a] <= '9') || (b - a >= 2 && t[a] == '.' && t[a + 1] == 'L'))
			continue;
		snprintf(p->id_func, sizeof(p->id_func), "%.*s", (int)(b - a), t + a);
	}
}

/* Ordinal of (function, text) among those seen so far in this file. */
static unsigned id_ordinal(struct ab_pass *p, const char *text)
{
	uint32_t key = ab_fnv32(ab_fnv32(AB_FNV32_INIT, p->id_func, strlen(p->id_func) + 1), text,
				strlen(text));
	for (size_t i = 0; i < p->nid_seen; i++)
		if (p->id_seen[i].key == key)
			return p->id_seen[i].n++;
	if ((p->nid_seen & (p->nid_seen - 1)) == 0) {
		void *m = realloc(p->id_seen, (p->nid_seen ? 2 * p->nid_seen : 1) * sizeof(*p->id_seen));
		if (!m)
			ab_oom();
		p->id_seen = m;
	}
	p->id_seen[p->nid_seen].key = key;
	p->id_seen[p->nid_seen++].n = 1;
	return 0;
}

/*
 * An innocuous instruction: if it is a candidate memory write in 64-bit
 * code, label it and record its ID; with a profile that names the ID, make
 * it a site of the profiled class.
 */
static void do_mem(struct ab_pass *p, size_t k, size_t first, const struct ab_stmt *st)
{
	char text[512], err[300];
	struct ab_buf b = { 0 };

	if ((!p->opt->ids && !p->opt->profile) || p->passthrough || !p->sec_exec || p->sec_copied || p->bits != 64 || p->block_depth ||
	    p->macro_depth || !ab_mem_candidate(st))
		return;
	ab_id_normalise(st->body, st->bodylen, text, sizeof(text));
	uint32_t id = ab_id_of(p->id_file, p->id_func, text, id_ordinal(p, text));
	struct ab_prof_entry *e = p->opt->profile ? ab_profile_find(p->opt->profile, id) : NULL;
	if (e && strcmp(e->file, p->id_file))
		e = NULL;	/* another file's ID (a hash collision): not ours */
	if (e) {
		struct ab_insn in;
		if (ab_classify_mem(st, e->cls, &in, err, sizeof(err))) {
			ab_pass_error(p, p->stmt_line[k], "profiled %s '%.*s' (%s:%u): %s", ab_class_name(e->cls),
				      (int)st->bodylen, st->body, p->opt->profile->path, e->line, err);
			return;
		}
		in.id = id;
		e->used++;
		ab_pass_site(p, ++p->label_no, first, k, &in);
		p->res->profiled++;
	}
	unsigned n = ++p->label_no;
	ab_emit_id_label(&b, n);
	add_text(&p->pre[first], b.p, 1);
	b.len = 0;
	ab_emit_id(&b, id, ab_fnv32(AB_FNV32_INIT, p->id_file, strlen(p->id_file)), p->sec->group, n);
	ab_pass_post(p, k, b.p);
	ab_buf_free(&b);
	p->res->ids++;
}

/* Second pass, after the walk: does the profile belong to this program and file? */
static void profile_finish(struct ab_pass *p)
{
	const struct ab_profile *pf = p->opt->profile;
	unsigned mine = 0, used = 0;

	if (!pf)
		return;
	if (!ab_profile_has_file(pf, p->id_file)) {
		fprintf(p->errf, "%s:%u: error: profile of a program built from other sources (no '%s' "
			"among its files): a profile from a different program? (afterburn: %s)\n",
			pf->path, pf->program_line, p->id_file, p->name);
		p->res->errors++;
		return;
	}
	for (size_t i = 0; i < pf->n; i++) {
		if (strcmp(pf->e[i].file, p->id_file))
			continue;
		mine++;
		if (pf->e[i].used)
			used++;
		else
			fprintf(p->errf, "%s:%u: warning: profiled site %08x (%s) of %s is not in this build: "
				"not padded (its function changed?)\n", pf->path, pf->e[i].line, pf->e[i].id,
				pf->e[i].where, p->id_file);
	}
	if (mine && !used) {
		fprintf(p->errf, "%s: error: none of the %u profiled sites of %s is in this build: a profile "
			"from a different program or version? (afterburn: %s)\n", pf->path, mine, p->id_file,
			p->name);
		p->res->errors++;
	}
}

/* ---- afterburn output as input (idempotence) ---- */

/* Does statement k-1, on the same line, define a site start (".Lafterburn_sN = .")? */
int ab_pass_has_site_start(const struct ab_pass *p, size_t k)
{
	static const char pre[] = AB_LBL_PREFIX "s";
	struct ab_stmt st;

	if (k == 0 || p->stmt_line[k - 1] != p->stmt_line[k])
		return 0;
	stmt_at(p, k - 1, &st);
	if (st.kind != AB_STMT_ASSIGN || st.bodylen < sizeof(pre) ||
	    strncmp(st.body, pre, sizeof(pre) - 1) || !isdigit((unsigned char)st.body[sizeof(pre) - 1]))
		return 0;
	const char *eq = memchr(st.body, '=', st.bodylen);
	return eq && st.body + st.bodylen - eq == 3 && !memcmp(eq, "= .", 3);
}

static int is_section_directive(const struct ab_pass *p, size_t k)
{
	struct ab_stmt st;

	stmt_at(p, k, &st);
	return st.kind == AB_STMT_DIRECTIVE && (!strcmp(st.name, ".section") || !strcmp(st.name, ".pushsection"));
}

/*
 * Is the input already afterburn output?  Its last part is the ABI word line
 * exactly as ab_emit_abi_word() writes it.  Then the walk only checks that
 * every sensitive instruction has its site, and the text is copied
 * unchanged: a second afterburn (two as wrappers, ccache, afterburn on its
 * own output) must not pad again.  Otherwise afterburn's label prefix must
 * not occur anywhere: a user label of that name could meet ours.
 */
static int detect_own_output(struct ab_pass *p)
{
	struct ab_buf abi = { 0 };
	size_t plen = strlen(AB_LBL_PREFIX), alen = strlen(AB_ABI_SECTION);
	int own = 0;

	ab_emit_abi_word(&abi);
	abi.len--;	/* without its '\n' */
	for (size_t i = p->src->nline; i-- > 0 && !own;) {
		const struct ab_line *l = &p->src->line[i];
		if (l->kind == AB_LINE_CODE && !l->starts_in_comment && l->len == abi.len &&
		    !memcmp(l->text, abi.p, abi.len))
			own = 1;
	}
	ab_buf_free(&abi);
	if (own)
		return 1;
	for (size_t k = 0; k < p->nstmt; k++) {
		const struct ab_line *l = &p->src->line[p->stmt_line[k]];
		const struct ab_span *sp = &l->stmt[p->stmt_idx[k]];
		const char *t = l->clean + sp->off;
		int q = 0;
		for (size_t i = 0; i < sp->len; i++) {
			if (q) {	/* inside "...": strings may say anything */
				if (t[i] == '\\')
					i++;
				else if (t[i] == '"')
					q = 0;
				continue;
			}
			if (t[i] == '"') {
				q = 1;
				continue;
			}
			if (i && is_sym((unsigned char)t[i - 1]))
				continue;
			if (sp->len - i >= plen && !memcmp(t + i, AB_LBL_PREFIX, plen)) {
				ab_pass_error(p, p->stmt_line[k], "the name prefix '%s' is reserved for "
					      "afterburn's own labels; rename the symbol", AB_LBL_PREFIX);
				return 0;
			}
			if (sp->len - i >= alen && !memcmp(t + i, AB_ABI_SECTION, alen) &&
			    (i + alen == sp->len || !is_sym((unsigned char)t[i + alen])) &&
			    is_section_directive(p, k)) {
				ab_pass_error(p, p->stmt_line[k], "section %s is afterburn's own: this input "
					      "was afterburned by another version (ABI word is not 0x%08x) or is "
					      "hand-made; afterburn the original", AB_ABI_SECTION, AB_ABI_WORD);
				return 0;
			}
		}
	}
	return 0;
}

/*
 * .altmacro: gas also substitutes a formal parameter written without '\'
 * ("push reg").  Whether it does depends on the mode at each expansion,
 * which afterburn cannot follow: if the operand would make the instruction
 * sensitive as "\reg", refuse (write "\reg").  1 if refused.
 */
static int altmacro_bare(struct ab_pass *p, size_t line, const struct ab_stmt *st)
{
	char text[1024];
	size_t o = 0, head = (size_t)(st->args - st->body);
	int changed = 0;

	if (!st->argslen || head >= sizeof(text))
		return 0;
	memcpy(text, st->body, head);
	o = head;
	for (size_t i = 0; i < st->argslen && o + AB_NAME_MAX + 2 < sizeof(text);) {
		const char *a = st->args;
		if ((isalpha((unsigned char)a[i]) || a[i] == '_') &&
		    (i == 0 || !(is_sym((unsigned char)a[i - 1]) || a[i - 1] == '%' || a[i - 1] == '\\'))) {
			size_t j = i;
			while (j < st->argslen && is_sym((unsigned char)a[j]))
				j++;
			int formal = 0;
			for (const char *f = p->formals; f && *f && !formal; f += strlen(f) + 1)
				formal = strlen(f) == j - i && !strncmp(f, a + i, j - i);
			if (formal) {
				text[o++] = '\\';
				changed = 1;
			}
			memcpy(text + o, a + i, j - i);
			o += j - i;
			i = j;
		} else {
			text[o++] = a[i++];
		}
	}
	if (!changed)
		return 0;
	text[o] = 0;
	struct ab_stmt s2;
	struct ab_buf b = { 0 };
	unsigned c;
	char err[300];
	ab_stmt_parse(text, o, &s2);
	int r = ab_param_site(&s2, NULL, 0, &b, &c, NULL, err, sizeof(err));
	ab_buf_free(&b);
	if (r == 2 || r == -1) {
		ab_pass_error(p, line, "'%.*s': under .altmacro a parameter without '\\' may be a register "
			      "(gas substitutes it); write it with '\\' so that its site can be recorded",
			      (int)st->bodylen, st->body);
		return 1;
	}
	return 0;
}

/* A site whose record gas picks at expansion (param.c made post). */
static void param_site(struct ab_pass *p, size_t k, size_t first, unsigned cls, struct ab_buf *post,
		       const struct ab_stmt *st)
{
	struct ab_buf b = { 0 };
	size_t line = p->stmt_line[k];

	if (!p->sec_exec && !p->macro_depth) {
		ab_pass_error(p, line, "sensitive instruction '%s' in non-executable section '%s'",
			      st->name, p->sec->name);
		return;
	}
	if (p->sec_copied || p->bits != 64) {
		ab_pass_report(p, line, p->sec_copied ? AB_REP_COPIED : AB_REP_MODE_INSN,
			       "'%.*s' (register from an argument) in %s (not padded)", (int)st->bodylen,
			       st->body, p->sec_copied ? p->sec->name : "16/32-bit code");
		return;
	}
	ab_emit_site_start(&b, ++p->label_no);	/* the number ab_param_site was given */
	add_text(&p->pre[first], b.p, 1);
	ab_buf_free(&b);
	ab_pass_post(p, k, post->p);
	p->res->sites++;
	p->res->per_class[cls]++;
}

/* The nearest instruction before (dir -1) or after (+1) statement k, with
 * only labels and transparent directives between; 0 if there is none. */
static int neighbour_insn(const struct ab_pass *p, size_t k, int dir, struct ab_stmt *st)
{
	for (size_t j = k; dir < 0 ? j > 0 : j + 1 < p->nstmt;) {
		j = dir < 0 ? j - 1 : j + 1;
		stmt_at(p, j, st);
		if (is_transparent(st) || st->kind == AB_STMT_EMPTY)
			continue;
		return st->kind == AB_STMT_INSN;
	}
	return 0;
}

/*
 * A mnemonic from a macro/.irp argument ("1: \op"): gas judges the argument
 * at expansion (mparam.c).  Outside a body gas would refuse it; in 16/32-bit
 * code or a copied section nothing is padded, so it is only reported there.
 */
static void mnem_param(struct ab_pass *p, size_t k, size_t first, const struct ab_stmt *st)
{
	size_t line = p->stmt_line[k];
	struct ab_mparam_ctx ctx = { 0 };
	struct ab_stmt nb;
	struct ab_insn in;
	char err[600];

	if (!p->sec_exec && !p->macro_depth)
		return;
	if (p->block_depth <= 0 || p->sec_copied || p->bits != 64 || p->intel) {
		ab_pass_report(p, line, AB_REP_MACRO_PARAM, "macro-parameter mnemonic '%.*s' %s (not padded)",
			       (int)st->bodylen, st->body, p->block_depth <= 0 ? "outside a macro" :
			       p->sec_copied ? "in a copied section" : p->intel ? "in Intel syntax" :
			       "in 16/32-bit code");
		return;
	}
	if (p->cur.unknown == AB_POS_UNKNOWN || p->bits_unknown) {
		ab_pass_error(p, line, "'%.*s': the %s here depends on which branch of the conditional at "
			      "%s gas takes; set it again after .endif", (int)st->bodylen, st->body,
			      p->bits_unknown ? "code mode" : "section", p->unknown_where);
		return;
	}
	if (p->passthrough) {	/* our own output: the site is there or it was edited */
		if (!ab_pass_has_site_start(p, first))
			ab_pass_error(p, line, "'%.*s' has no afterburn site, but the file is afterburn output: "
				      "afterburn the original instead", (int)st->bodylen, st->body);
		return;
	}
	if (neighbour_insn(p, k, -1, &nb) && ab_classify(&nb, &in, err, sizeof(err)) == AB_CLASS_STI)
		ctx.prev_sti = 1;
	if (neighbour_insn(p, k, 1, &nb)) {
		ab_classify(&nb, &in, err, sizeof(err));
		ctx.next_tail = in.tail_cls && in.tail_cls != AB_CLASS_RET;
	}
	const char **mac = calloc(p->nallmac + 1, sizeof(*mac)), **par = NULL;
	size_t npar = 0;
	if (!mac)
		ab_oom();
	for (size_t i = 0; i < p->nallmac; i++)
		mac[i] = p->allmac[i].name;
	for (const char *f = p->formals; f && *f; f += strlen(f) + 1)
		npar++;
	par = calloc(npar + (size_t)p->nirp + 1, sizeof(*par));
	if (!par)
		ab_oom();
	npar = 0;
	for (const char *f = p->formals; f && *f; f += strlen(f) + 1)
		par[npar++] = f;
	for (size_t i = 0; i < (size_t)p->nirp; i++)
		par[npar++] = p->irp[i].name;
	ctx.macros = mac;
	ctx.nmacros = p->nallmac;
	ctx.params = par;
	ctx.nparams = npar;
	ctx.altmacro = p->altmacro;

	struct ab_buf post = { 0 };
	unsigned cls = 0;
	int r = ab_mparam_site(st, p->sec->group, p->label_no + 1, &post, &cls, &ctx, err, sizeof(err));
	free(mac);
	free(par);
	if (r < 0) {
		ab_pass_error(p, line, "sensitive instruction: %s", err);
	} else {
		struct ab_buf b = { 0 };
		/* An argument holding '#' makes the rest of the line, all of the
		 * check, a comment: count checks begun (here, before the
		 * instruction) and ended (last in post); the file's end compares.
		 * The site start stays right before the instruction (a second
		 * afterburn looks for it there). */
		ab_buf_puts(&b, ".ifndef .Lafterburn_pa; .set .Lafterburn_pa, 0; .set .Lafterburn_pz, 0; .endif; "
			    ".set .Lafterburn_pa, .Lafterburn_pa + 1; ");
		ab_emit_site_start(&b, ++p->label_no);	/* the number ab_mparam_site was given */
		add_text(&p->pre[first], b.p, 1);
		ab_buf_free(&b);
		ab_buf_puts(&post, "; .set .Lafterburn_pz, .Lafterburn_pz + 1");
		ab_pass_post(p, k, post.p);
		if (!p->mparam_used) {
			p->mparam_used = 1;
			ab_buf_puts(&p->tail, "\t.ifdef .Lafterburn_pa; .if .Lafterburn_pa != .Lafterburn_pz; "
				    ".error \"afterburn: a macro argument cut the check of a macro-parameter "
				    "mnemonic (a '#' comment in the argument?): write the instruction out\"; "
				    ".endif; .endif\n");
		}
		p->res->sites++;
		p->res->per_class[cls]++;
	}
	ab_buf_free(&post);
}

static void do_insn(struct ab_pass *p, size_t k, const struct ab_stmt *stp)
{
	struct ab_stmt one = *stp, *st = &one;
	char nopfx[1024];

	/* .att_syntax noprefix: classify the text with '%' before each register */
	if (p->noprefix && !p->intel && stp->argslen) {
		size_t head = (size_t)(stp->args - stp->body);
		int n = head < sizeof(nopfx) ? ab_att_add_prefix(stp->args, stp->argslen, nopfx + head,
								 sizeof(nopfx) - head) : -1;
		if (n < 0) {
			ab_pass_error(p, p->stmt_line[k], "statement too long for .att_syntax noprefix");
			return;
		}
		memcpy(nopfx, stp->body, head);
		ab_stmt_parse(nopfx, head + (size_t)n, &one);
		one.nlabels = stp->nlabels;
	}

	size_t line = p->stmt_line[k];
	size_t first = p->prefix_pending ? p->prefix_start : k;
	struct ab_insn in, tail;
	char err[400];

	if (p->prefix_pending)	/* "rep; insb": the prefix statements count */
		one.prefixes |= p->prefix_flags;
	p->prefix_pending = 0;
	p->prefix_flags = 0;
	if (p->pair_tail_of[k] != SIZE_MAX)
		return;	/* already part of an sti pair site */
	if (!st->name[0] || is_macro(p, st->name))
		return;
	if (strchr(st->name, '\\')) {
		mnem_param(p, k, first, st);
		return;
	}
	if (p->intel) {
		if (ab_classify_intel(st))
			ab_pass_error(p, line, "'%.*s': Intel syntax is not supported for sensitive "
				      "instructions (use AT&T syntax)", (int)st->bodylen, st->body);
		return;
	}
	if (p->altmacro && p->macro_depth && altmacro_bare(p, line, st))
		return;
	int cls = ab_classify(st, &in, err, sizeof(err));
	/* A register from a macro/.irp argument: gas picks the record (param.c) */
	struct ab_buf ppost = { 0 };
	unsigned pcls = 0;
	struct ab_param_known kn = { 0 };
	if (p->nirp)
		kn = (struct ab_param_known){ p->irp[p->nirp - 1].name, p->irp[p->nirp - 1].vals,
					      p->irp[p->nirp - 1].nvals, 0 };
	kn.noprefix = p->noprefix;
	int pr = p->block_depth > 0 ? ab_param_site(st, p->sec->group, p->label_no + 1, &ppost, &pcls, &kn,
						    err, sizeof(err)) : 0;
	if (pr == 1) {		/* innocuous for every argument */
		ab_buf_free(&ppost);
		return;
	}
	if (pr != 0) {
		cls = pr < 0 ? -1 : (int)pcls;
		memset(&in, 0, sizeof(in));
	}
	/* A macro named like this instruction, defined further down: in a
	 * macro body expanded after that point gas would expand the macro. */
	if (cls != 0 && p->block_depth > 0)
		for (size_t i = 0; i < p->nallmac; i++)
			if (p->allmac[i].k > k && !strcmp(p->allmac[i].name, st->name)) {
				ab_pass_error(p, line, "'%s' in a macro body is ambiguous: a macro of that "
					      "name is defined later (line %zu); define it first or rename it",
					      st->name, p->stmt_line[p->allmac[i].k] + 1);
				ab_buf_free(&ppost);
				return;
			}
	if (cls < 0) {
		ab_pass_error(p, line, "sensitive instruction: %s", err);
		return;
	}
	if (pr == 2) {
		param_site(p, k, first, (unsigned)cls, &ppost, st);
		ab_buf_free(&ppost);
		return;
	}
	if (in.macro_reg) {
		check_macro_reg(p, line, st);
		return;
	}
	if (in.int3) {
		if (p->sec_exec || p->macro_depth) {
			p->res->int3++;
			ab_pass_report(p, line, AB_REP_INT3, "%s (never padded)",
				       in.int3 == 2 ? "int1" : strcmp(st->name, "int3") ? "int $3 = int3" : "int3");
		}
		return;
	}
	if (!cls) {
		do_mem(p, k, first, st);
		return;
	}
	/* After a .if whose branches leave different sections or modes the
	 * afterburner cannot tell whether (and how) to pad: fail closed. */
	if (p->cur.unknown == AB_POS_UNKNOWN || p->bits_unknown) {
		ab_pass_error(p, line, "sensitive instruction '%s': the %s here depends on which branch "
			      "of the conditional at %s gas takes; make both branches end in the "
			      "same section and mode, or set it again (.section/.popsection, .code64) "
			      "after .endif", st->name, p->bits_unknown ? "code mode" : "section",
			      p->unknown_where);
		return;
	}
	/* In a .macro body the section is the expansion's, unknown here: pad
	 * rather than guess (a site in data would only be a useless record). */
	if (!p->sec_exec && !p->macro_depth) {
		ab_pass_error(p, line, "sensitive instruction '%s' in non-executable section '%s'",
			      st->name, p->sec->name);
		return;
	}
	if (p->sec_copied) {
		p->res->copied++;
		ab_pass_report(p, line, AB_REP_COPIED, "%s in copied section %s (not padded)",
			       ab_class_name((unsigned)cls), p->sec->name);
		return;
	}
	if (p->bits != 64) {
		ab_pass_report(p, line, AB_REP_MODE_INSN, "%s in %u-bit code (not padded)",
			       ab_class_name((unsigned)cls), p->bits);
		return;
	}
	size_t last = k;
	if (cls == AB_CLASS_STI) {
		size_t j = find_pair_tail(p, k, &tail);
		if (j) {
			in.pair_cls = (unsigned)tail.tail_cls;
			in.flags |= AB_SITE_F_PAIR;
			if (!in.opsize)
				in.opsize = tail.opsize;
			p->pair_tail_of[j] = k;
			p->res->pairs[in.pair_cls]++;
			last = j;
		}
	}
	if (p->passthrough) {
		if (!ab_pass_has_site_start(p, first))
			ab_pass_error(p, line, "'%.*s' has no afterburn site, but the file is afterburn "
				      "output (edited afterwards, or an older afterburn's?): afterburn the "
				      "original instead",
				      (int)st->bodylen, st->body);
		p->res->sites++;
		p->res->per_class[cls]++;
		return;
	}
	struct ab_buf b = { 0 };
	unsigned n = ++p->label_no;
	if (in.guard_len) {	/* own labels around the statement: see ab_insn.guard_len */
		ab_emit_guard_start(&b, n);
		add_text(&p->pre[k], b.p, 1);
		b.len = 0;
		ab_emit_guard_end(&b, n, in.guard_len, st->body, st->bodylen);
		ab_pass_post(p, k, b.p);
		b.len = 0;
	}
	ab_buf_free(&b);
	ab_pass_site(p, n, first, last, &in);
}

static void walk(struct ab_pass *p)
{
	size_t k = 0;

	for (size_t i = 0; i < p->src->nline; i++) {
		const struct ab_line *l = &p->src->line[i];
		if (l->kind == AB_LINE_MARKER) {
			ab_data_flush(p);	/* report pending bytes at their own location */
			free(p->mk_file);
			p->mk_file = strdup(l->marker_file);
			p->mk_line = l->marker_line;
			p->mk_phys = i;
			/* "# 0 "" 2" closes an inline-asm block: back to .loc */
			p->loc_mode = l->marker_file[0] ? LOC_MARKER : p->loc_seen ? LOC_DOTLOC : LOC_NONE;
			continue;
		}
		for (unsigned s = 0; s < l->nstmt; s++, k++) {
			struct ab_stmt st;
			stmt_at(p, k, &st);
			if (st.nlabels) {
				if (p->sec_exec) {
					const struct ab_span *sp = &l->stmt[s];
					id_labels(p, l->clean + sp->off, (size_t)(st.body - (l->clean + sp->off)));
				}
				ab_data_flush(p);
				p->prefix_pending = 0;	/* a label splits "rep" from what follows */
				p->prefix_flags = 0;
			}
			switch (st.kind) {
			case AB_STMT_DIRECTIVE:
				if (!is_transparent(&st))
					p->prefix_pending = p->prefix_flags = 0;
				ab_directive(p, k, &st);
				break;
			case AB_STMT_PREFIX:
				ab_data_flush(p);
				if (!p->prefix_pending) {
					p->prefix_pending = 1;
					p->prefix_start = k;
				}
				p->prefix_flags |= st.prefixes;
				break;
			case AB_STMT_INSN:
				ab_data_flush(p);
				do_insn(p, k, &st);
				break;
			default:
				break;
			}
		}
	}
	ab_data_flush(p);
}

static void write_output(struct ab_pass *p, struct ab_buf *out)
{
	size_t k = 0;

	if (p->passthrough) {	/* already afterburned: unchanged */
		ab_buf_put(out, p->src->data, p->src->size);
		return;
	}

	for (size_t i = 0; i < p->src->nline; i++) {
		const struct ab_line *l = &p->src->line[i];
		int changed = 0;
		for (unsigned s = 0; s < l->nstmt; s++)
			if (p->pre[k + s] || p->post[k + s])
				changed = 1;
		if (!changed) {
			ab_buf_put(out, l->text, l->len);
		} else {
			size_t ws = 0;
			while (ws < l->len && (l->text[ws] == ' ' || l->text[ws] == '\t'))
				ws++;
			if (l->starts_in_comment)
				ab_buf_puts(out, "*/ ");
			else
				ab_buf_put(out, l->text, ws);
			for (unsigned s = 0; s < l->nstmt; s++) {
				const struct ab_span *sp = &l->stmt[s];
				if (s)
					ab_buf_puts(out, "; ");
				if (p->pre[k + s])
					ab_buf_puts(out, p->pre[k + s]);
				ab_buf_put(out, l->clean + sp->off, sp->len);
				if (p->post[k + s])
					ab_buf_puts(out, p->post[k + s]);
			}
			if (l->ends_in_comment)
				ab_buf_puts(out, " /*");
		}
		k += l->nstmt;
		if (i + 1 < p->src->nline || (p->src->size && p->src->data[p->src->size - 1] == '\n'))
			ab_buf_puts(out, "\n");
	}
	if (out->len && out->p[out->len - 1] != '\n')
		ab_buf_puts(out, "\n");
	if (p->tail.len)
		ab_buf_put(out, p->tail.p, p->tail.len);
	ab_emit_abi_word(out);
	if (p->opt->ids || p->opt->profile)	/* also with no labels: the file is part of the program */
		ab_emit_id_file(out, p->id_file);
}

int ab_process(struct ab_src *src, const struct ab_options *opt,
	       struct ab_buf *out, struct ab_result *res, FILE *errf)
{
	struct ab_pass p;
	int rc;

	memset(&p, 0, sizeof(p));
	memset(res, 0, sizeof(*res));
	p.src = src;
	p.opt = opt;
	p.res = res;
	p.errf = errf;
	p.name = opt->display_name ? opt->display_name : src->name;
	p.bits = 64;
	for (size_t i = 0; i < src->nline; i++)
		p.nstmt += src->line[i].nstmt;
	p.stmt_line = malloc((p.nstmt + 1) * sizeof(size_t));
	p.stmt_idx = malloc((p.nstmt + 1) * sizeof(unsigned));
	p.pair_tail_of = malloc((p.nstmt + 1) * sizeof(size_t));
	p.pre = calloc(p.nstmt + 1, sizeof(char *));
	p.post = calloc(p.nstmt + 1, sizeof(char *));
	if (!p.stmt_line || !p.stmt_idx || !p.pair_tail_of || !p.pre || !p.post) {
		fprintf(errf, "afterburn: out of memory\n");
		rc = -1;
		goto out;
	}
	for (size_t i = 0, k = 0; i < src->nline; i++)
		for (unsigned s = 0; s < src->line[i].nstmt; s++, k++) {
			p.stmt_line[k] = i;
			p.stmt_idx[k] = s;
			p.pair_tail_of[k] = SIZE_MAX;
		}
	/* every macro name, for instructions that a later macro shadows */
	for (size_t k = 0; k < p.nstmt; k++) {
		struct ab_stmt st;
		const struct ab_line *l = &src->line[p.stmt_line[k]];
		const char *t = l->clean + l->stmt[p.stmt_idx[k]].off;
		if (l->stmt[p.stmt_idx[k]].len >= 9 && !strncasecmp(t, ".altmacro", 9) &&
		    (l->stmt[p.stmt_idx[k]].len == 9 || isspace((unsigned char)t[9])))
			p.altmacro = 1;
		if (l->stmt[p.stmt_idx[k]].len < 6 || strncasecmp(t, ".macro", 6))
			continue;	/* cheap filter before parsing */
		stmt_at(&p, k, &st);
		if (st.kind != AB_STMT_DIRECTIVE || strcmp(st.name, ".macro"))
			continue;
		size_t n = 0;
		while (n < st.argslen && n < AB_NAME_MAX - 1 && st.args[n] != ',' &&
		       st.args[n] != ' ' && st.args[n] != '\t')
			n++;
		void *m = realloc(p.allmac, (p.nallmac + 1) * sizeof(*p.allmac));
		if (!m)
			break;
		p.allmac = m;
		p.allmac[p.nallmac].name = strndup(st.args, n);
		for (char *c = p.allmac[p.nallmac].name; c && *c; c++)
			*c = (char)tolower((unsigned char)*c);
		p.allmac[p.nallmac++].k = k;
	}
	ab_sections_init(&p);
	id_file_init(&p);
	p.passthrough = detect_own_output(&p);
	walk(&p);
	ab_sections_finish(&p);
	if (!p.passthrough)	/* the profile was applied by the first afterburn */
		profile_finish(&p);
	rc = res->errors ? -1 : 0;
	if (!rc)
		write_output(&p, out);
out:
	for (size_t k = 0; k < p.nstmt; k++) {
		if (p.pre)
			free(p.pre[k]);
		if (p.post)
			free(p.post[k]);
	}
	free(p.pre);
	free(p.post);
	free(p.stmt_line);
	free(p.stmt_idx);
	free(p.pair_tail_of);
	ab_sections_free(&p);
	for (size_t i = 0; i < p.nmacros; i++)
		free(p.macros[i]);
	free(p.macros);
	for (size_t i = 0; i < p.nallmac; i++)
		free(p.allmac[i].name);
	free(p.allmac);
	free(p.formals);
	for (size_t i = 0; i < p.nfiles; i++)
		free(p.files[i]);
	free(p.files);
	free(p.mk_file);
	for (int i = 0; i < p.nirp; i++)
		free(p.irp[i].vals);
	free(p.data.buf);
	free(p.data.stmt);
	free(p.id_seen);
	free(p.cond);
	ab_buf_free(&p.tail);
	return rc;
}

void ab_result_free(struct ab_result *res)
{
	for (size_t i = 0; i < res->nitem; i++) {
		free(res->item[i].where);
		free(res->item[i].what);
	}
	free(res->item);
	memset(res, 0, sizeof(*res));
}
