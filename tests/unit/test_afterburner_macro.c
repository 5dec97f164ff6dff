/*
 * test_afterburner_macro.c - the gas macro of include/afterburn/site_asm.h
 * against struct ab_site in C: a .S file that includes the header writes
 * records with a distinct value in every field (plain, in a COMDAT group,
 * with a relocated displacement, inside .rept and under .altmacro), is
 * assembled with gcc and linked with ld, and each record must equal,
 * byte for byte, the struct ab_site this test builds from the symbols.
 * The afterburner's own expansion of the macro (sitemacro.c) must write
 * the same bytes, assembled by a plain as.
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <CUnit/CUnit.h>
#include "afterburner.h"

#define CHECK(ok, ...) do { char m_[1200]; snprintf(m_, sizeof(m_), __VA_ARGS__); \
	CU_assertImplementation((ok) ? CU_TRUE : CU_FALSE, __LINE__, m_, __FILE__, "", CU_FALSE); } while (0)


/*
 * Field values are arbitrary but all different, so a swapped or shifted
 * field shows.  Records in link order: r1, r3 (reloc), r4 and r4' (the two
 * .rept copies, one label number), r6 (under .altmacro), r2 (COMDAT).
 */
struct call {
	const char *before;	/* text up to the site's tail */
	unsigned nargs;
	const char *args[17];
	const char *after;
};

static const struct call calls[] = {
	{ "\t.text\n\t.globl _start\n_start:\tnop\n\t.Lafterburn_s1 = .\nr1:\tinb $0x60, %al\n", 15,
	  { "1", "5", "0x11", "0x12", "0x13", "0x14", "0x15", "0x16", "0x17", "0x18", "0x19", "0x1a",
	    "0x1b1c1d1e", "-2", "0x21222324" }, "" },
	{ "\t.Lafterburn_s3 = .\nr3:\tlgdt tgt+8(%rip)\n", 17,
	  { "3", "5", "0x31", "0x32", "0x33", "0x34", "0x35", "0x36", "0x37", "0x38", "0x39", "0x3a",
	    "(1 + 2)", "tgt+8", "0x41", "", "1" }, "" },
	{ "\t.rept 2\n\t.Lafterburn_s4 = .\n\tcli\n", 15,
	  { "4", "7", "0x51", "0x52", "0x53", "0x54", "0x55", "0x56", "0x57", "0x58", "0x59", "0x5a",
	    "0x5b", "0x5c", "0x5d" }, "\t.endr\n" },
	{ "\t.altmacro\n\t.macro um val\n\t.Lafterburn_s6 = .\nr6:\thlt\n", 15,
	  { "6", "5", "0x61", "0x62", "0x63", "0x64", "0x65", "0x66", "0x67", "0x68", "0x69", "0x6a",
	    "val", "0x6c", "0x6d" }, "\t.endm\n\tum 0x6b\n\t.noaltmacro\n" },
	{ "\t.section .text.g,\"axG\",@progbits,grp,comdat\n\t.Lafterburn_s2 = .\nr2:\tcpuid\n", 16,
	  { "2", "6", "0x81", "0x82", "0x83", "0x84", "0x85", "0x86", "0x87", "0x88", "0x89", "0x8a",
	    "0x8b", "0x8c", "0x8d", "grp" }, "\t.data\ntgt:\t.quad 0, 0\n" },
};

/* The test file: gas calls the header's macro, or (expanded) afterburn's expansion of it. */
static char *source(int expanded)
{
	struct ab_buf b = { 0 };

	if (!expanded)
		ab_buf_puts(&b, "#include \"afterburn/site_asm.h\"\n");
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		const struct call *c = &calls[i];
		ab_buf_puts(&b, c->before);
		if (expanded) {
			ab_buf_puts(&b, "\t");
			if (ab_site_expand(&b, c->args, c->nargs))
				ab_buf_puts(&b, ".error \"ab_site_expand failed\"");
		} else {
			ab_buf_puts(&b, "\t.Lafterburn_site ");
			for (unsigned a = 0; a < c->nargs; a++)
				ab_buf_printf(&b, "%s%s", a ? ", " : "", c->args[a]);
		}
		ab_buf_printf(&b, "\n%s", c->after);
	}
	return b.p;
}

struct rsec {
	uint64_t addr, size;
	const uint8_t *data;
};

struct rimg {
	Elf *e;
	int fd;
	struct rsec sites, slots, text, textg;
	Elf_Data *sym;
	GElf_Shdr symsh;
};

static uint64_t rsym(struct rimg *im, const char *name)
{
	size_t n = im->symsh.sh_entsize ? im->symsh.sh_size / im->symsh.sh_entsize : 0;
	for (size_t i = 0; i < n; i++) {
		GElf_Sym s;
		if (gelf_getsym(im->sym, (int)i, &s) && !strcmp(elf_strptr(im->e, im->symsh.sh_link, s.st_name), name))
			return s.st_value;
	}
	return 0;
}

static int rload(struct rimg *im, const char *path)
{
	size_t shstr;
	Elf_Scn *scn = NULL;

	memset(im, 0, sizeof(*im));
	elf_version(EV_CURRENT);
	im->fd = open(path, O_RDONLY);
	if (im->fd < 0 || !(im->e = elf_begin(im->fd, ELF_C_READ, NULL)) || elf_getshdrstrndx(im->e, &shstr))
		return -1;
	while ((scn = elf_nextscn(im->e, scn))) {
		GElf_Shdr sh;
		gelf_getshdr(scn, &sh);
		const char *name = elf_strptr(im->e, shstr, sh.sh_name);
		Elf_Data *d = elf_getdata(scn, NULL);
		struct rsec *s = !strcmp(name, AB_SITES_SECTION) ? &im->sites :
				 !strcmp(name, AB_SLOTS_SECTION) ? &im->slots :
				 !strcmp(name, ".text") ? &im->text : NULL;
		if (sh.sh_type == SHT_SYMTAB) {
			im->sym = d;
			im->symsh = sh;
		}
		if (s) {
			s->addr = sh.sh_addr;
			s->size = sh.sh_size;
			s->data = d && sh.sh_type != SHT_NOBITS ? d->d_buf : NULL;
		}
	}
	return 0;
}

/* The record the macro must have written: the C struct, fields by name. */
static struct ab_site want(uint64_t rec, uint64_t site, uint64_t slot, uint8_t insn_len, uint8_t site_len,
			   uint8_t base_val, int32_t imm, int32_t disp, uint32_t id)
{
	struct ab_site w;

	memset(&w, 0, sizeof(w));
	w.site = (int32_t)(site - (rec + __builtin_offsetof(struct ab_site, site)));
	w.slot = (int32_t)(slot - (rec + __builtin_offsetof(struct ab_site, slot)));
	w.insn_len = insn_len;
	w.site_len = site_len;
	w.cls = base_val;		/* then base_val + 1 ... + 9 in field order */
	w.pair_cls = base_val + 1;
	w.flags = base_val + 2;
	w.opsize = base_val + 3;
	w.form = base_val + 4;
	w.reg = base_val + 5;
	w.base = base_val + 6;
	w.index = base_val + 7;
	w.scale = base_val + 8;
	w.seg = base_val + 9;
	w.imm = imm;
	w.disp = disp;
	w.id = id;
	return w;
}

static void compare(struct rimg *im, unsigned i, const struct ab_site *w, const char *what)
{
	const uint8_t *got = im->sites.data + (size_t)i * sizeof(struct ab_site);
	char hex[3 * 32 + 1] = "", whex[3 * 32 + 1] = "";

	for (unsigned b = 0; b < sizeof(struct ab_site); b++) {
		snprintf(hex + 3 * b, 4, "%02x ", got[b]);
		snprintf(whex + 3 * b, 4, "%02x ", ((const uint8_t *)w)[b]);
	}
	CHECK(!memcmp(got, w, sizeof(*w)), "record %u (%s): macro wrote %s, struct ab_site is %s", i, what, hex, whex);
}

/* Assemble and link variant `expanded` in dir; 0 and *im loaded, or -1. */
static int build(const char *dir, const char *inc, int expanded, struct rimg *im)
{
	char path[300], cmd[PATH_MAX + 512];
	char *text = source(expanded);

	snprintf(path, sizeof(path), "%s/m%d.S", dir, expanded);
	FILE *f = fopen(path, "w");
	if (!f || !text)
		return -1;
	fputs(text, f);
	fclose(f);
	free(text);
	/* the expansion must assemble with a plain as: no cpp, no include path */
	if (expanded)
		snprintf(cmd, sizeof(cmd), "cd %s && as -o m1.o m1.S && ld -o m1.elf -Ttext=0x100000 -e _start "
			 "--no-warn-rwx-segments m1.o", dir);
	else
		snprintf(cmd, sizeof(cmd), "cd %s && gcc -c -I'%s' -o m0.o m0.S && ld -o m0.elf -Ttext=0x100000 "
			 "-e _start --no-warn-rwx-segments m0.o", dir, inc);
	int rc = system(cmd);
	CHECK(rc == 0, "assembling failed: %.300s", cmd);
	snprintf(path, sizeof(path), "%s/m%d.elf", dir, expanded);
	return rc == 0 ? rload(im, path) : -1;
}

static void check_records(struct rimg *im, const char *what)
{
	const unsigned n = 6;

	CHECK(im->sites.size == n * sizeof(struct ab_site), "%s: %s: %lu bytes, want %u records", what,
	      AB_SITES_SECTION, (unsigned long)im->sites.size, n);
	CHECK(im->slots.size == n * AB_SLOT_SIZE, "%s: %s: %lu bytes", what, AB_SLOTS_SECTION,
	      (unsigned long)im->slots.size);
	if (im->sites.size != n * sizeof(struct ab_site) || !im->sites.data || im->slots.size != n * AB_SLOT_SIZE)
		return;
	uint64_t rec = im->sites.addr, slot = im->slots.addr, tgt = rsym(im, "tgt");
	uint64_t r4 = rsym(im, "r3") + 7;	/* the first .rept copy follows lgdt */
	struct ab_site w;
	char m[80];
	/* link order: .text (r1, r3, r4, r4', r6), then .text.g (r2) */
	w = want(rec, rsym(im, "r1"), slot, 2, 5, 0x11, 0x1b1c1d1e, -2, 0x21222324);
	snprintf(m, sizeof(m), "%s, plain", what);
	compare(im, 0, &w, m);
	w = want(rec + 32, rsym(im, "r3"), slot + 96, 7, 7, 0x31, 3, 0, 0x41);
	w.disp = (int32_t)(tgt + 8);	/* R_X86_64_32S: the absolute target */
	snprintf(m, sizeof(m), "%s, reloc", what);
	compare(im, 1, &w, m);
	w = want(rec + 64, r4, slot + 192, 1, 7, 0x51, 0x5b, 0x5c, 0x5d);
	snprintf(m, sizeof(m), "%s, .rept copy 1", what);
	compare(im, 2, &w, m);
	w = want(rec + 96, r4 + 7, slot + 288, 1, 7, 0x51, 0x5b, 0x5c, 0x5d);
	snprintf(m, sizeof(m), "%s, .rept copy 2", what);
	compare(im, 3, &w, m);
	w = want(rec + 128, rsym(im, "r6"), slot + 384, 1, 5, 0x61, 0x6b, 0x6c, 0x6d);
	snprintf(m, sizeof(m), "%s, .altmacro", what);
	compare(im, 4, &w, m);
	w = want(rec + 160, rsym(im, "r2"), slot + 480, 2, 6, 0x81, 0x8b, 0x8c, 0x8d);
	snprintf(m, sizeof(m), "%s, COMDAT group", what);
	compare(im, 5, &w, m);
}

/*
 * Records written by gas through the header's macro, and by the
 * afterburner's expansion of it, each equal the struct built in C (and so
 * each other); the code around them (pads) is the same too.
 */
static void test_macro_vs_struct(void)
{
	char dir[] = "/tmp/ab-macro-XXXXXX", cmd[300], inc[PATH_MAX];
	struct rimg g, x;
	const char *incdir = getenv("AFTERBURN_INCLUDE") ? getenv("AFTERBURN_INCLUDE") : "include";

	CU_ASSERT_FATAL(realpath(incdir, inc) != NULL);	/* the test runs from the top directory */
	CU_ASSERT_FATAL(mkdtemp(dir) != NULL);
	int gok = build(dir, inc, 0, &g) == 0, xok = build(dir, inc, 1, &x) == 0;
	if (gok)
		check_records(&g, "gas, site_asm.h");
	if (xok)
		check_records(&x, "afterburn's expansion");
	if (gok && xok)
		CHECK(g.text.size == x.text.size && g.text.data && x.text.data &&
		      !memcmp(g.text.data, x.text.data, g.text.size), ".text differs between gas and the expansion");
	if (gok) {
		elf_end(g.e);
		close(g.fd);
	}
	if (xok) {
		elf_end(x.e);
		close(x.fd);
	}
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
}

/* The expander refuses nothing it is given and names the header's macro. */
static void test_expander(void)
{
	struct ab_buf b = { 0 };
	const char *args[] = { "9", "5", "1" };

	CHECK(ab_site_macro_name() && !strcmp(ab_site_macro_name(), AB_LBL_PREFIX "site"), "macro name %s",
	      ab_site_macro_name() ? ab_site_macro_name() : "(none)");
	CHECK(ab_site_expand(&b, args, 3) == 0 && b.p, "expands with defaults");
	if (b.p) {
		CHECK(!strchr(b.p, '\\') && !strchr(b.p, '\n'), "no formal left, one line: %s", b.p);
		CHECK(strstr(b.p, ".Lafterburn_ie9 = .; .if (.Lafterburn_ie9 - .Lafterburn_s9) < 5;") == b.p,
		      "starts with the pad: %.80s", b.p);
		CHECK(!strstr(b.p, ".ifb") && !strstr(b.p, ".else") && !strstr(b.p, ".reloc") &&
		      !strstr(b.p, "comdat"), "argument conditionals decided: %s", b.p);
	}
	ab_buf_free(&b);
	const char *many[18] = { 0 };
	CHECK(ab_site_expand(&b, many, 18) == -1, "more arguments than formals refused");
	ab_buf_free(&b);
}

void tab_suite_macro(void)
{
	CU_pSuite s = CU_add_suite("afterburner-macro", NULL, NULL);
	CU_add_test(s, "macro-vs-struct", test_macro_vs_struct);
	CU_add_test(s, "expander", test_expander);
}
