/*
 * afterburner.h - the face of afterburner/: the build-time afterburner.
 *
 * afterburn reads GNU as (AT&T) assembly as gcc -S or cpp emit it and writes
 * it back with every sensitive instruction kept in place, padded with .nops up
 * to ab_class_site_len(), plus one struct ab_site record per site (see
 * include/afterburn/site.h).  The pieces:
 *   lex.c       input loading, line kinds, statement splitting (';', comments)
 *   stmt.c      one statement: labels, directive / instruction / prefixes
 *   operand.c   AT&T operands: registers, immediates, memory forms
 *   classify.c  mnemonic + operands -> enum ab_class and record operand info
 *   process.c   the pass: sections, modes, locations, pairs, reports
 *   emit.c      output text: site records, mode ranges, ABI word
 *   bytes.c     .byte-encoded instructions, decoded with Zydis
 *   report.c    --report text
 *   main.c      the afterburn command line
 * afterburn-cc (cc.c) and its assembler wrapper (as.c) are separate programs.
 *
 * Every site is written on the physical line of its instruction (statements
 * joined with ';'), so line numbers of the output equal those of the input:
 * cpp linemarkers and gas' own line info for -g stay right.
 */
#ifndef AFTERBURNER_H
#define AFTERBURNER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "afterburn/site.h"
#include "afterburn/profile.h"

/*
 * afterburn's own labels: AB_LBL_PREFIX + kind + a per-file number
 * (".Lafterburn_s7 = .").  Kinds: s site start, ie end of the original
 * instruction(s), se end of the pad, sl slot, ms/me start/end of a
 * .code16/.code32 range, id a labelled memory-writing instruction.  ".L"
 * keeps them out of the symbol table; input that uses the prefix is refused
 * (or, if it is afterburn's own output, passed through), so they cannot
 * collide with a user's or compiler's label.  How they are written: emit.c.
 */
#define AB_LBL_PREFIX	".Lafterburn_"

/* ---- growable text buffer (emit.c) ---- */
struct ab_buf {
	char *p;
	size_t len, cap;
};
/* Says "afterburn: out of memory" and exits 1 (the afterburner's one answer to it). */
_Noreturn void ab_oom(void);
void ab_buf_put(struct ab_buf *b, const char *s, size_t n);
void ab_buf_puts(struct ab_buf *b, const char *s);
void ab_buf_printf(struct ab_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ab_buf_free(struct ab_buf *b);

/* ---- lexer (lex.c) ---- */
enum ab_line_kind {
	AB_LINE_CODE = 0,	/* statements (maybe none, e.g. only a comment) */
	AB_LINE_MARKER,		/* cpp linemarker: # N "file" [flags] */
	AB_LINE_COMMENT,	/* whole-line comment (#APP, #NO_APP, # ..., / ...) */
};

struct ab_span {
	size_t off, len;	/* into the line text */
};

struct ab_line {
	const char *text;	/* original text, not NUL terminated at len */
	size_t len;
	char *clean;		/* same line in ab_src.clean: comments blanked */
	enum ab_line_kind kind;
	unsigned nstmt;
	struct ab_span *stmt;	/* trimmed statements, spans into clean */
	size_t first_span;	/* index of stmt[0] in ab_src.spans */
	int starts_in_comment, ends_in_comment;	/* inside a C comment */
	long marker_line;	/* AB_LINE_MARKER: N */
	char *marker_file;	/* AB_LINE_MARKER: file name (malloc) */
};

struct ab_src {
	const char *name;	/* as given (for messages) */
	char *data;
	size_t size;
	struct ab_line *line;
	size_t nline;
	char *clean;		/* copy of data, comments blanked */
	struct ab_span *spans;	/* statements of all lines */
	size_t nspans, capspans;
};

/* Reads a whole file ("-" = stdin); -1 with a message in err. */
int ab_src_read(struct ab_src *src, const char *path, char *err, size_t errlen);
/* Copies text (for tests and callers that already hold the input). */
int ab_src_from_mem(struct ab_src *src, const char *name, const char *text, size_t len);
/* Splits src->data into lines and statements; -1 + err ("LINE: what"). */
int ab_src_split(struct ab_src *src, char *err, size_t errlen);
void ab_src_free(struct ab_src *src);

/* ---- one statement (stmt.c) ---- */
enum ab_stmt_kind {
	AB_STMT_EMPTY = 0,	/* only labels, or nothing */
	AB_STMT_DIRECTIVE,	/* .name args */
	AB_STMT_ASSIGN,		/* sym = expr */
	AB_STMT_INSN,		/* [prefixes] mnemonic [operands] */
	AB_STMT_PREFIX,		/* prefixes only (as in "rep; insb") */
};

#define AB_PREFIX_LOCK	0x01
#define AB_PREFIX_REP	0x02
#define AB_PREFIX_REX_W	0x04
#define AB_PREFIX_DATA16 0x08
#define AB_PREFIX_OTHER	0x10

#define AB_NAME_MAX	64

struct ab_stmt {
	enum ab_stmt_kind kind;
	int nlabels;		/* labels in front of it */
	unsigned prefixes;	/* AB_PREFIX_* */
	char name[AB_NAME_MAX];	/* mnemonic or directive, lower case ("" if too long) */
	const char *args;	/* operands / directive arguments (trimmed) */
	size_t argslen;
	const char *body;	/* statement text after the labels */
	size_t bodylen;
	unsigned nprefix;	/* prefix words in front of the mnemonic */
	unsigned seg_prefix;	/* segment prefix word (cs, ds ...): enum ab_reg, or 0 */
};

/* Parses one statement (text of length n, comment-free). */
void ab_stmt_parse(const char *text, size_t n, struct ab_stmt *st);
/* Is word (length n) an instruction prefix (lock, rep..., data16, {disp32})? */
unsigned ab_prefix_word(const char *w, size_t n);
/* The i-th prefix word gas takes (lower case), NULL past the end. */
const char *ab_prefix_name(size_t i);

/* ---- operands (operand.c) ---- */
enum ab_opnd_kind { AB_OP_REG = 1, AB_OP_IMM, AB_OP_MEM };

#define AB_EXPR_MAX	256

struct ab_opnd {
	enum ab_opnd_kind kind;
	int indirect;		/* leading '*' */
	unsigned reg;		/* AB_OP_REG: enum ab_reg */
	unsigned size;		/* AB_OP_REG: bytes (segment: 2) */
	int high8;		/* AB_OP_REG: %ah, %ch, %dh or %bh (reg/size say rax..rbx, 1) */
	unsigned base, index, scale, seg;	/* AB_OP_MEM */
	unsigned base_size;	/* AB_OP_MEM: size of the base register */
	char expr[AB_EXPR_MAX];	/* AB_OP_IMM: value; AB_OP_MEM: displacement ("" = 0) */
};

/* Register by name without '%' (any case): enum ab_reg and size, or -1. */
int ab_reg_lookup(const char *name, size_t n, unsigned *size);
/* Parses one operand; -1 + err. */
int ab_opnd_parse(const char *s, size_t n, struct ab_opnd *o, char *err, size_t errlen);
/* Splits operands at top-level commas: returns count (max), -1 if more. */
int ab_opnd_split(const char *s, size_t n, struct ab_span *out, int max);
/* .att_syntax noprefix: operand text with '%' put before every register name
 * (out is NUL terminated); -1 if it does not fit in cap. */
int ab_att_add_prefix(const char *s, size_t n, char *out, size_t cap);
/* Is the expression a plain number (no symbol)?  Sets *v. */
int ab_expr_number(const char *e, long long *v);
/* A constant integer expression (numbers, ( ), - ~ * / % << >> | & ^ + -)? Sets *v. */
int ab_expr_eval(const char *e, long long *v);

/* ---- classification (classify.c) ---- */
struct ab_insn {
	unsigned cls;		/* enum ab_class, AB_CLASS_NONE if innocuous */
	unsigned pair_cls;	/* set by the caller for sti pairs */
	unsigned flags;		/* AB_SITE_F_* */
	unsigned opsize, form, reg, base, index, scale, seg;
	char imm[AB_EXPR_MAX];	/* expression for the imm field */
	char disp[AB_EXPR_MAX + 16];	/* expression for the disp field */
	int int3;		/* 1: int3 (also "int $3"), 2: int1 - never padded */
	unsigned guard_len;	/* > 0: the instruction must assemble to at least this many
				 * bytes ("int $SYM" must not become int3); checked by gas */
	int tail_cls;		/* may end an sti pair: HLT/SYSRET/IRET/RET, else 0 */
	int macro_reg;		/* mov/push/pop with a %\param register: undecided */
	int disp_reloc;		/* disp is sym+const: emit it as R_X86_64_32S */
	uint32_t id;		/* stable ID for ab_site.id (profiled memory sites), else 0 */
	char reg_expr[16];	/* if set: an expression for the reg field (param.c) */
	int invalid;		/* with -1: gas refuses these operands too (a register in/out
				 * cannot take, checked against gas 2.40), so no record is ever
				 * needed: param.c skips such a macro argument */
};

/*
 * Classifies a parsed instruction statement for 64-bit code.
 * Returns the class (> 0) if sensitive, 0 if innocuous, -1 if the statement
 * is recognised as sensitive but no site can be encoded (err says why).
 */
int ab_classify(const struct ab_stmt *st, struct ab_insn *in, char *err, size_t errlen);
/* Intel syntax: 1 if the statement may be sensitive (it is then refused). */
int ab_classify_intel(const struct ab_stmt *st);
/*
 * param.c: an instruction whose register operand comes from a macro/.irp
 * argument ("movq \reg, %cr3", "push %\r").  0: no such operand (classify
 * as usual); 1: innocuous whatever the argument; 2: a site whose record gas
 * selects at expansion: post gets the text after the instruction (pad, slot,
 * record, via ab_emit_site_end), *cls a class for the counts; -1 + err.
 */
struct ab_param_known {		/* the innermost .irp/.irpc: parameter, values */
	const char *name, *vals;	/* vals NUL-separated; name NULL: none */
	int nvals;
	int noprefix;			/* .att_syntax noprefix in effect */
};
int ab_param_site(const struct ab_stmt *st, const char *group, unsigned label_no, struct ab_buf *post,
		  unsigned *cls, const struct ab_param_known *kn, char *err, size_t errlen);
/* param.c: append to post "; .if .Lafterburn_pv < 0; .error "afterburn:
 * [BODY] WHY"; .endif" (BODY: the statement as gas expands it, quotes
 * dropped), the stop when gas selected no record it can write. */
void ab_param_error_if_unrecorded(struct ab_buf *post, const struct ab_stmt *st, const char *why);
/* The i-th mnemonic spelling the classifier knows, NULL past the end;
 * *always: sensitive whatever the operands. */
const char *ab_mnem_name(size_t i, int *always);
/*
 * mparam.c: an instruction whose mnemonic comes from a macro/.irp argument
 * ("\op", "rd\op", "\op\()l %eax").  gas folds the argument's case and
 * hashes it at expansion (.irpc), then picks the record of the sensitive
 * spelling it names, nothing for an innocuous one, and .error for one that
 * cannot be recorded or that it cannot judge.  1: innocuous for every
 * argument; 2: post holds that text (after the instruction), *cls a class
 * for the counts; -1 + err.  ctx: what the caller knows around the statement.
 */
struct ab_mparam_ctx {
	int prev_sti;		/* the instruction before is sti: no tail (hlt, ...) here */
	int next_tail;		/* the instruction after is hlt/sysret/iret: no sti here */
	const char *const *macros;	/* every .macro name of the file (gas: any case) */
	size_t nmacros;
	const char *const *params;	/* formals and .irp names in scope */
	size_t nparams;
	int altmacro;		/* .altmacro in the file: bare formals are substituted */
};
int ab_mparam_site(const struct ab_stmt *st, const char *group, unsigned label_no, struct ab_buf *post,
		   unsigned *cls, const struct ab_mparam_ctx *ctx, char *err, size_t errlen);
/* Convenience for tests and the .byte decoder: parse + classify one text. */
int ab_classify_text(const char *text, struct ab_insn *in, char *err, size_t errlen);
/* Second pass: record a profiled memory instruction as a site of class cls
 * (PT_WRITE / MMIO_READ / MMIO_WRITE): its memory operand, the source
 * register or immediate, operand size.  -1 + err if it cannot be recorded. */
int ab_classify_mem(const struct ab_stmt *st, unsigned cls, struct ab_insn *in, char *err, size_t errlen);

/* ---- stable IDs and profiles (memsite.c, profile.c) ---- */
/* Is this (innocuous, 64-bit) instruction a candidate memory write?  Its
 * last AT&T operand is memory and it writes it, or a string store. */
int ab_mem_candidate(const struct ab_stmt *st);
/* Normalised statement text for the ID (see afterburn/profile.h). */
size_t ab_id_normalise(const char *s, size_t n, char *out, size_t cap);

#define AB_PROF_FILE_MAX	64
#define AB_PROF_WHERE_MAX	128
struct ab_prof_entry {
	uint32_t id;
	unsigned cls;		/* AB_CLASS_PT_WRITE / MMIO_READ / MMIO_WRITE */
	unsigned long long count;
	unsigned line;		/* in the profile file */
	unsigned used;		/* sites made from it in this run */
	char file[AB_PROF_FILE_MAX];
	char where[AB_PROF_WHERE_MAX];
};
struct ab_profile {
	const char *path;
	struct ab_prof_entry *e;
	size_t n;
	char **files;		/* the program's sources ("program files=") */
	size_t nfiles;
	unsigned program_line;
};
/* Reads a profile; errors "PATH:LINE: error: ..." on errf, -1. */
int ab_profile_load(struct ab_profile *pf, const char *path, FILE *errf);
void ab_profile_free(struct ab_profile *pf);
struct ab_prof_entry *ab_profile_find(const struct ab_profile *pf, uint32_t id);
int ab_profile_has_file(const struct ab_profile *pf, const char *file);
/* "pt-write" -> AB_CLASS_PT_WRITE ..., 0 if not a memory kind. */
unsigned ab_profile_kind(const char *s);

/* ---- the pass (process.c) ---- */
#define AB_MAX_COPIED	16

struct ab_options {
	const char *copied[AB_MAX_COPIED];	/* sections copied at run time */
	int ncopied;
	const char *display_name;	/* name of the input in messages (NULL: path) */
	struct ab_profile *profile;	/* second pass: pad these IDs (NULL: first pass) */
	int ids;			/* label candidate memory writes (stable IDs); afterburn-cc: on */
};

enum ab_report_kind {
	AB_REP_INT3, AB_REP_COPIED, AB_REP_MODE_RANGE, AB_REP_MODE_INSN,
	AB_REP_BYTES, AB_REP_MACRO_PARAM, AB_REP_INSN_DIRECTIVE,
};

struct ab_report_item {
	enum ab_report_kind kind;
	char *where;		/* "orig:line (src.s:line)" */
	char *what;
};

struct ab_result {
	unsigned sites;
	unsigned per_class[AB_CLASS_COUNT];
	unsigned pairs[AB_CLASS_COUNT];	/* sti pairs by tail class */
	unsigned int3;
	unsigned copied;		/* sensitive insns in copied sections */
	struct ab_report_item *item;
	size_t nitem;
	unsigned errors;
	unsigned ids;			/* labelled memory-writing instructions */
	unsigned profiled;		/* of them padded from the profile */
};

/* Runs afterburn over src; output text in out; errors printed to errf.
 * Returns 0, or -1 if any error (out is then incomplete). */
int ab_process(struct ab_src *src, const struct ab_options *opt,
	       struct ab_buf *out, struct ab_result *res, FILE *errf);
void ab_result_free(struct ab_result *res);

/* ---- internal state of one pass (process.c, directive.c) ---- */
enum ab_loc_mode { LOC_NONE = 0, LOC_MARKER, LOC_DOTLOC };

struct ab_section {
	char *name;
	int exec;		/* code: instructions allowed and padded */
	char *group;		/* COMDAT group ("axG"), or NULL */
};

#define AB_SECSTACK_MAX	64
#define AB_POS_KNOWN	0
#define AB_POS_ALIKE	1	/* one of several sections afterburn treats alike */
#define AB_POS_UNKNOWN	2	/* one of several that differ: sites cannot be made */

struct ab_secpos {
	size_t sec;		/* index into ab_pass.secs */
	long sub;		/* subsection */
	int unknown;		/* AB_POS_*: the branches of a .if may leave different ones */
};

/* The section/mode state that .if branches may change (directive.c). */
struct ab_secstate {
	struct ab_secpos cur, prev, stack[AB_SECSTACK_MAX][2];
	int depth;
	int depth_unknown;	/* .if branches left different .pushsection depths */
	unsigned bits;
	int bits_unknown;	/* .if branches left different .code16/32/64 */
};

/* One open .if: the state at it (each branch starts from it) and the merge
 * of the states at the ends of the branches seen so far. */
struct ab_cond {
	struct ab_secstate at, merged;
	int nbranches;		/* branches merged */
	int has_else;
	int block_depth;	/* .macro/.rept nesting at the .if */
	char where[160];	/* its location, for messages */
};


struct ab_pass {
	struct ab_src *src;
	const struct ab_options *opt;
	struct ab_result *res;
	FILE *errf;
	const char *name;	/* input name in messages */
	/* statements, flattened: k -> (line, index in line) */
	size_t nstmt;
	size_t *stmt_line;
	unsigned *stmt_idx;
	size_t *pair_tail_of;	/* SIZE_MAX, or the sti that k ends a pair for */
	char **pre, **post;	/* text in front of / after statement k */
	struct ab_buf tail;	/* appended after the last line */
	int mparam_used;	/* a macro-parameter mnemonic site: tail checks them all */
	/* where lines come from */
	enum ab_loc_mode loc_mode;
	int loc_seen;
	char *mk_file;
	long mk_line;
	size_t mk_phys;
	char **files;		/* .file N "name" */
	size_t nfiles;
	size_t loc_file;
	long loc_line;
	/* sections and modes */
	struct ab_section *secs;
	size_t nsecs;
	struct ab_secpos cur, prev, stack[AB_SECSTACK_MAX][2];
	int depth;
	const struct ab_section *sec;
	int sec_exec, sec_copied;
	unsigned bits;		/* 16, 32, 64 */
	int depth_unknown, bits_unknown;	/* see struct ab_secstate */
	char unknown_where[160];	/* the .if that made something unknown ("file:line") */
	struct ab_cond *cond;	/* open .if's, innermost last */
	int ncond, capcond;
	unsigned range_no;	/* label number of the open mode range */
	unsigned label_no;	/* last label number used (emit.c names) */
	int passthrough;	/* input is afterburn output: verify, copy verbatim */
	int intel;		/* .intel_syntax in effect */
	int noprefix;		/* .att_syntax noprefix: registers without '%' */
	int range_open;
	/* macros, prefix statements, data runs */
	char **macros;		/* macros defined so far */
	size_t nmacros;
	struct { char *name; size_t k; } *allmac;	/* every .macro in the file */
	size_t nallmac;
	int block_depth;	/* .macro/.rept/.irp nesting */
	char block_kind[64];	/* 'm' (.macro) or 'r' (.rept/.irp) per level */
	int macro_depth;	/* inside a .macro body (expanded later, elsewhere) */
	int altmacro;		/* .altmacro somewhere in the file: bare formals are substituted */
	char *formals;		/* formal parameters of the open .macro(s), NUL-separated, "" ends */
	struct ab_macro_save {	/* assembler state at the outermost .macro */
		struct ab_secstate st;
		int range_open;
		unsigned range_no;
	} msave;
	struct ab_irp {		/* .irp/.irpc bodies: parameter and its values */
		char name[AB_NAME_MAX];
		char *vals;	/* NUL-separated */
		int nvals, depth;
	} irp[8];
	int nirp;
	int prefix_pending;
	size_t prefix_start;
	unsigned prefix_flags;
	struct {
		uint8_t *buf;
		size_t *stmt;
		size_t len, cap;
	} data;
	/* stable IDs: source base name, enclosing function, (function, text) counts */
	char id_file[AB_PROF_FILE_MAX];
	char id_func[AB_NAME_MAX * 2];
	struct { uint32_t key; unsigned n; } *id_seen;
	size_t nid_seen;
};

void ab_pass_error(struct ab_pass *p, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void ab_pass_report(struct ab_pass *p, size_t line, enum ab_report_kind kind,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void ab_pass_warning(struct ab_pass *p, size_t line, const char *msg);
/* "orig.c:42" (or "in.s:17") of .s line `line` as messages name it. */
void ab_pass_where(struct ab_pass *p, size_t line, char *buf, size_t n);
void ab_pass_pre(struct ab_pass *p, size_t k, const char *s);
void ab_pass_post(struct ab_pass *p, size_t k, const char *s);
void ab_pass_site(struct ab_pass *p, unsigned n, size_t first, size_t last, const struct ab_insn *in);
/* Does statement k follow a site start label (afterburn output)? */
int ab_pass_has_site_start(const struct ab_pass *p, size_t k);
/* directive.c */
void ab_sections_init(struct ab_pass *p);
void ab_sections_finish(struct ab_pass *p);
void ab_sections_free(struct ab_pass *p);
void ab_directive(struct ab_pass *p, size_t k, const struct ab_stmt *st);
void ab_data_flush(struct ab_pass *p);

/* ---- emit.c ---- */
/* Text of the site start (goes in front of the first statement); n: the
 * site's label number (p->label_no), the same for its site_end. */
void ab_emit_site_start(struct ab_buf *b, unsigned n);
/* Text after the last statement of the site: pad, slot and record.  group:
 * the code's COMDAT group (records go into the same group, so they are
 * discarded with the code), or NULL. */
void ab_emit_site_end(struct ab_buf *b, const struct ab_insn *in, const char *group, unsigned n);

/* ---- sitemacro.c ---- */
/*
 * Appends the macro of include/afterburn/site_asm.h expanded with the
 * arguments vals[0..nvals) (missing ones take the macro's defaults), its
 * statements joined with "; ".  0, or -1 if the header holds a construct
 * sitemacro.c cannot expand.
 */
int ab_site_expand(struct ab_buf *b, const char *const *vals, unsigned nvals);
/* The macro's name (".Lafterburn_site"), or NULL. */
const char *ab_site_macro_name(void);
/* Labels around an instruction whose assembled length gas checks (.error). */
void ab_emit_guard_start(struct ab_buf *b, unsigned n);
void ab_emit_guard_end(struct ab_buf *b, unsigned n, unsigned len, const char *stmt, size_t stmtlen);
void ab_emit_mode_start(struct ab_buf *b, unsigned n);
void ab_emit_mode_end(struct ab_buf *b, unsigned bits, unsigned n);
void ab_emit_abi_word(struct ab_buf *b);
/* The (address, ID) record of a labelled instruction; the source name once per file. */
void ab_emit_id_label(struct ab_buf *b, unsigned n);
void ab_emit_id(struct ab_buf *b, uint32_t id, uint32_t file, const char *group, unsigned n);
void ab_emit_id_file(struct ab_buf *b, const char *file);

/* ---- bytes.c ---- */
struct ab_bytes_hit {
	size_t off;		/* offset of the instruction in the run */
	unsigned len;
	unsigned cls;		/* sensitive class, or 0 with int3 set */
	int int3;
	char text[96];		/* decoded, AT&T */
	struct ab_insn in;	/* its classification (cls in 1..AB_CLASS_COUNT-1) */
};
/* Decodes buf in the given mode (16/32/64); calls hit() per sensitive insn.
 * Returns the number of bytes that decoded as instructions, or (size_t)-1
 * if the decoder (libZydis, loaded on first use) is not available. */
size_t ab_bytes_scan(const uint8_t *buf, size_t len, unsigned bits,
		     void (*hit)(void *ctx, const struct ab_bytes_hit *h), void *ctx);

int ab_bytes_available(void);

/* ---- report.c ---- */
void ab_report_write(FILE *f, const char *input, const struct ab_result *res);

#endif /* AFTERBURNER_H */
