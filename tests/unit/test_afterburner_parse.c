/*
 * test_afterburner_parse.c - each parser construct afterburn must handle,
 * run through the whole pass (ab_process) on small inputs: statement
 * splitting, comments and strings, labels, prefixes, .macro/.rept/.irp,
 * #APP blocks, sections and copied sections, code modes, .byte, sti pairs,
 * locations in messages, and the line-for-line output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "afterburner.h"

#define CHECK(ok, ...) do { char m_[700]; snprintf(m_, sizeof(m_), __VA_ARGS__); \
	CU_assertImplementation((ok) ? CU_TRUE : CU_FALSE, __LINE__, m_, __FILE__, "", CU_FALSE); } while (0)

struct run {
	int rc;
	struct ab_result res;
	struct ab_buf out;
	char *errs;
};

static void run(struct run *r, const char *text, const char *copied)
{
	struct ab_options opt = { 0 };
	struct ab_src src;
	char err[300];
	size_t elen = 0;
	FILE *ef = open_memstream(&r->errs, &elen);

	memset(&r->out, 0, sizeof(r->out));
	if (copied)
		opt.copied[opt.ncopied++] = copied;
	ab_src_from_mem(&src, "t.s", text, strlen(text));
	if (ab_src_split(&src, err, sizeof(err))) {
		fprintf(ef, "t.s:%s\n", err);
		memset(&r->res, 0, sizeof(r->res));
		r->res.errors = 1;
		r->rc = -1;
	} else {
		r->rc = ab_process(&src, &opt, &r->out, &r->res, ef);
	}
	fclose(ef);
	ab_src_free(&src);
}

static void done(struct run *r)
{
	ab_result_free(&r->res);
	ab_buf_free(&r->out);
	free(r->errs);
}

static int has_item(const struct run *r, enum ab_report_kind k, const char *what)
{
	for (size_t i = 0; i < r->res.nitem; i++)
		if (r->res.item[i].kind == k && (!what || strstr(r->res.item[i].what, what)))
			return 1;
	return 0;
}

static size_t count_lines(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		n += *s == '\n';
	return n;
}

/* sites expected from one input; and no error */
#define SITES(text, n) do { struct run r_; run(&r_, text, NULL); \
	CHECK(r_.rc == 0 && r_.res.sites == (n), "%s: rc %d sites %u want %u: %s", #text, \
	      r_.rc, r_.res.sites, (unsigned)(n), r_.errs); done(&r_); } while (0)
/* an error whose message contains msg */
#define FAILS(text, msg) do { struct run r_; run(&r_, text, NULL); \
	CHECK(r_.rc == -1 && r_.errs && strstr(r_.errs, msg), "%s: rc %d, messages '%s', want '%s'", \
	      #text, r_.rc, r_.errs, msg); done(&r_); } while (0)

static void test_statements(void)
{
	SITES("cli; sti; nop\n", 2);
	SITES("\tcli;sti;hlt\n", 2);		/* sti;hlt is one pair site */
	SITES("nop # cli\n", 0);
	SITES("nop /* cli */ ; nop\n", 0);
	SITES("/* start\ncli\nend */ nop\n", 0);
	SITES("/ cli as a line comment\n", 0);
	SITES(".ascii \"cli; sti # hlt\"\n", 0);
	SITES(".asciz \"a\\\"; cli\"\n", 0);
	SITES("movb $'#, %al; cli\n", 1);
	SITES("movb $';, %al\n", 0);
	SITES("cli\r\n", 1);
	SITES("", 0);
	SITES("cli", 1);			/* no newline at the end */
}

static void test_labels(void)
{
	SITES("cli: nop\n\tcall cli\n\tjmp sti\nsti:\n", 0);
	SITES("1: cli\n\tjmp 1b\n", 1);
	SITES("foo: bar: outb %al, $0x80\n", 1);
	SITES(".Lx:\tinb $0x60, %al\n", 1);
	SITES("x = 5\nstr = 3\n", 0);
	struct run r;
	run(&r, "1: cli\n", NULL);
	CHECK(r.rc == 0 && strstr(r.out.p, ".Lafterburn_s1 = .; 1: cli; .Lafterburn_ie1 = .;"), "label kept in front: %s", r.out.p);
	done(&r);
}

static void test_prefixes(void)
{
	struct run r;

	run(&r, "\trep; insb\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && strstr(r.out.p, ".Lafterburn_s1 = .; rep; insb; .Lafterburn_ie1 = .;"),
	      "site starts at the prefix: %s", r.out.p);
	CHECK(strstr(r.out.p, ", 8, 0, 8, 1, 4,") != NULL, "rep flag recorded: %s", r.out.p);
	done(&r);
	run(&r, "\trep\n\toutsw\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && strstr(r.out.p, ".Lafterburn_s1 = .; rep\n"), "prefix line: %s", r.out.p);
	done(&r);
	SITES("lock; orl $0, (%rsp)\n", 0);
	SITES("{disp32} lgdt (%rax)\n", 1);
	SITES("data16 ltr %ax\n", 1);
	SITES("rex64 iret\n", 1);
	SITES("addr32 invlpg (%eax)\n", 1);
}

static void test_macros(void)
{
	struct run r;

	SITES(".macro irqoff\n\tcli\n.endm\n\tirqoff\n\tirqoff\n", 1);
	SITES(".macro cli\n\tnop\n.endm\n\tcli\n", 0);	/* a macro named like an insn */
	SITES(".rept 3\n\tcli\n.endr\n", 1);
	SITES(".irp port, 0x20, 0xa0\n\toutb %al, $\\port\n.endr\n", 1);
	SITES(".macro io p\n\tinb $\\p, %al\n.endm\n", 1);
	/* a mnemonic from an argument: one site whose record gas picks at
	 * expansion (mparam.c), with the .irpc that hashes the argument */
	run(&r, ".macro do op\n\t\\op\n.endm\n\tdo cli\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && strstr(r.out.p, ".Lafterburn_s1 = .; ") &&
	      strstr(r.out.p, ".irpc afterburn_c,\"\\op \"") && !has_item(&r, AB_REP_MACRO_PARAM, NULL),
	      "macro parameter mnemonic: a site chosen by gas: %s", r.out.p);
	done(&r);
	run(&r, ".irp op, cli, sti\n\t\\op\n.endr\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1, ".irp \\op: a site chosen by gas");
	done(&r);
	/* in 32-bit code nothing is padded: still only reported */
	run(&r, ".code32\n.macro do op\n\t\\op\n.endm\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 0 && has_item(&r, AB_REP_MACRO_PARAM, "\\op"),
	      "macro parameter mnemonic in 32-bit code reported: %s", r.errs);
	done(&r);
	FAILS(".macro do a, b\n\t\\a\\()\\b\n.endm\n", "the mnemonic must be one argument");
	/* a label holding an argument is a label: the cli after it is a site */
	SITES(".macro stub v\nstub_\\v:\tcli\n.endm\n", 1);
	FAILS(".macro m\n\tcli\n", "end of input inside .macro");
	/* registers from parameters: .irp values are checked, .macro ones reported */
	SITES(".irp r, rdi, rsi, rax\n\tpushq %\\r\n\tpopq %\\r\n.endr\n", 0);
	SITES(".irpc n, 89\n\tpushq %r\\n\n.endr\n", 0);
	/* issue 7: sensitive for some values: one site, gas picks the record */
	SITES(".irp r, rax, fs\n\tpushq %\\r\n.endr\n", 1);
	SITES(".irp s, ds, es\n\tmovw %ax, %\\s\n.endr\n", 1);
	SITES(".macro save r\n\tpushq %\\r\n.endm\n", 1);
	SITES(".macro save r\n\tpushq \\r\n.endm\n", 1);
	SITES(".macro sw s\n\tmovq \\s, %cr3\n\tmov %cr3, \\s\n\trdgsbase \\s\n.endm\n", 3);
	SITES(".macro cp a, b\n\tmovq \\a, \\b\n.endm\n", 1);
	SITES(".macro cr n\n\tmov %rax, %cr\\n\n.endm\n", 1);
	SITES(".macro ok r\n\taddq $8, \\r\n\tpushq 8(\\r)\n\tleaq (%rax), \\r\n.endm\n", 0);
	/* a known value that cannot be recorded: an afterburn error */
	FAILS(".irp r, rax, ax\n\tmovq %\\r, %cr3\n.endr\n", "with r=ax is 'movq %ax, %cr3'");
	FAILS(".irp r, %rax, (%rsp)\n\trdgsbase \\r\n.endr\n", "with r=(%rsp)");
	/* a .macro body is assembled where it is expanded: its directives do
	 * not change the state after .endm, and the definition's section
	 * does not make its instructions errors */
	SITES("\t.data\n.macro m\n\tcli\n.endm\n\t.text\n\tm\n", 1);
	SITES(".macro m32\n\t.code32\n.endm\n\tcli\n", 1);
	SITES(".macro md\n\t.section .data\n.endm\n\tcli\n", 1);
	SITES(".macro mp\n\t.pushsection .data\n\tnop\n\t.popsection\n\tcli\n.endm\n\tsti\n", 2);
	SITES(".rept 1\n\t.data\n.endr\n\t.text\n\tcli\n", 1);
	FAILS(".rept 1\n\t.data\n.endr\n\tcli\n", "'.data'");
	SITES(".macro m r\n\tmov %\\r, %cr3\n.endm\n", 1);
}

static void test_app_blocks(void)
{
	struct run r;

	run(&r, "\t.text\nf:\n#APP\n# 7 \"k.c\" 1\n\tcli\n# 0 \"\" 2\n#NO_APP\n\tret\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1, "#APP block: %s", r.errs);
	done(&r);
	FAILS("\t.data\n#APP\n# 7 \"k.c\" 1\n\tnop\n\tcli\n# 0 \"\" 2\n#NO_APP\n", "k.c:8: error:");
	FAILS("\t.data\n#APP\n# 7 \"k.c\" 1\n\tcli\n# 0 \"\" 2\n#NO_APP\n", "t.s:4");
}

static void test_sections(void)
{
	struct run r;

	FAILS("\t.data\n\tcli\n", "non-executable section '.data'");
	FAILS("\t.bss\n\tcli\n", "'.bss'");
	FAILS("\t.section .rodata\n\tcli\n", "'.rodata'");
	FAILS("\t.section .foo\n\tcli\n", "'.foo'");
	FAILS("\t.data\n\t.text\n\t.previous\n\tcli\n", "'.data'");
	FAILS("\t.pushsection .data\n\t.popsection\n\t.section .data\n\tcli\n", "'.data'");
	SITES("\t.section .text.unlikely\n\tcli\n", 1);
	SITES("\t.section .init.text,\"ax\",@progbits\n\tcli\n", 1);
	SITES("\t.section \"weird name\",\"ax\"\n\tcli\n", 1);
	SITES("\t.pushsection .data\n\t.popsection\n\tcli\n", 1);
	SITES("\t.data\n\t.text\n\t.previous\n\t.previous\n\tcli\n", 1);
	SITES("\t.section .data\n\t.subsection 1\n\t.text\n\tcli\n", 1);
	SITES("\t.text 1\n\tcli\n\t.subsection 2\n\tsti\n", 2);
	SITES("\t.section .foo,\"ax\"\n\t.data\n\t.section .foo\n\tcli\n", 1);
	run(&r, "\t.popsection\n\tcli\n", NULL);	/* gas ignores it with a warning */
	CHECK(r.rc == 0 && r.res.sites == 1 && strstr(r.errs, "warning: .popsection without"), "stray .popsection");
	done(&r);
	run(&r, "\t.pushsection .altinstr_replacement,\"ax\"\n\tstac\n\t.popsection\n\tclac\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && r.res.copied == 1 && has_item(&r, AB_REP_COPIED, "stac"),
	      "copied section: sites %u copied %u", r.res.sites, r.res.copied);
	done(&r);
	run(&r, "\t.section .mycopy,\"ax\"\n\tcli\n\t.text\n\tcli\n", ".mycopy");
	CHECK(r.rc == 0 && r.res.sites == 1 && r.res.copied == 1, "--copied-section: %u %u",
	      r.res.sites, r.res.copied);
	done(&r);
}

static void test_modes(void)
{
	struct run r;

	run(&r, "\t.code32\n\tcli\n\tinb $0x60, %al\n\t.code64\n\tcli\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1, "only 64-bit padded: %u", r.res.sites);
	CHECK(has_item(&r, AB_REP_MODE_RANGE, "32-bit") && has_item(&r, AB_REP_MODE_INSN, "cli"),
	      "32-bit code reported");
	CHECK(strstr(r.out.p, "afterburn_modes") && strstr(r.out.p, ".long 32, 0"), "range recorded: %s", r.out.p);
	done(&r);
	run(&r, "\t.code16\n\tcli\n", NULL);	/* range closed at end of file */
	CHECK(r.rc == 0 && r.res.sites == 0 && strstr(r.out.p, ".long 16, 0"), "16-bit to EOF: %s", r.out.p);
	done(&r);
	run(&r, "\t.code32\n\t.section .data\n\t.long 1\n\t.text\n\tcli\n\t.code64\n", NULL);
	CHECK(r.rc == 0 && count_lines(r.out.p) == 7, "range split at section change: %s", r.out.p);
	done(&r);
}

static void test_bytes(void)
{
	struct run r;

	/* whole statements: padded and recorded like the mnemonic */
	run(&r, "\t.byte 0x0f, 0x01, 0xcb\n\t.byte 0xfa\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 2 && r.res.per_class[AB_CLASS_STAC] == 1 &&
	      r.res.per_class[AB_CLASS_CLI] == 1 && r.res.nitem == 0, ".byte statements padded: %u sites",
	      r.res.sites);
	done(&r);
	run(&r, "\t.byte 0x0f\n\t.byte 0x20, 0xd8\n", NULL);	/* split over lines */
	CHECK(r.res.sites == 1 && r.res.per_class[AB_CLASS_MOV_FROM_CR] == 1, ".byte over two lines padded");
	done(&r);
	run(&r, "1:\t.byte 0x48, 0x0f, 0xc7, 0x2f\n", NULL);	/* Linux XSTATE_OP: xsaves behind a label */
	CHECK(r.res.sites == 1 && r.res.per_class[AB_CLASS_XSAVES] == 1 &&
	      strstr(r.out.p, "= .; 1:\t.byte"), "labelled .byte xsaves padded: %s", r.out.p);
	done(&r);
	/* a boundary inside a statement, and sti: reported, not padded */
	run(&r, "# 5 \"a.S\"\n\t.byte 0x90, 0xfa\n# 20 \"b.h\"\n\tnop\n", NULL);
	CHECK(r.res.sites == 0 && r.res.nitem == 1 && strstr(r.res.item[0].where, "a.S:5:") &&
	      has_item(&r, AB_REP_BYTES, "cli"), ".byte inside a statement reported at %s",
	      r.res.nitem ? r.res.item[0].where : "none");
	done(&r);
	run(&r, "\t.byte 0xfb\n", NULL);
	CHECK(r.res.sites == 0 && has_item(&r, AB_REP_BYTES, "sti"), ".byte sti reported, not padded");
	done(&r);
	run(&r, "\t.code32\n\t.byte 0xfa\n\t.code64\n", NULL);
	CHECK(r.res.sites == 0 && has_item(&r, AB_REP_BYTES, "cli"), ".byte in 32-bit code reported");
	done(&r);
	run(&r, "\t.data\n\t.byte 0xfa\n", NULL);
	CHECK(r.res.nitem == 0, ".byte in data not reported");
	done(&r);
	run(&r, "\t.byte 0x90, 0x90\n\t.long 0x90909090\n", NULL);
	CHECK(r.res.nitem == 0, "innocuous bytes not reported");
	done(&r);
	run(&r, "\t.insn 0x0f01ca\n", NULL);
	CHECK(has_item(&r, AB_REP_INSN_DIRECTIVE, NULL), ".insn reported");
	done(&r);
	FAILS("\t.include \"x.s\"\n", ".include");
}

static void test_pairs(void)
{
	struct run r;

	run(&r, "\tsti\n\thlt\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && r.res.pairs[AB_CLASS_HLT] == 1, "sti;hlt pair");
	CHECK(strstr(r.out.p, ".Lafterburn_s1 = .; sti\n\thlt; .Lafterburn_ie1 = .;") != NULL, "pad after the pair: %s", r.out.p);
	CHECK(strstr(r.out.p, ", 2, 5, 1,") != NULL, "cls sti, pair hlt, F_PAIR: %s", r.out.p);
	done(&r);
	run(&r, "\tsti; ret\n", NULL);
	CHECK(r.res.sites == 1 && r.res.pairs[AB_CLASS_RET] == 1, "sti;ret");
	done(&r);
	run(&r, "\tsti\n\tsysretq\n", NULL);
	CHECK(r.res.sites == 1 && r.res.pairs[AB_CLASS_SYSRET] == 1, "sti;sysretq");
	done(&r);
	run(&r, "\tsti\n\t.loc 1 4 0\n\tiretq\n", NULL);
	CHECK(r.res.sites == 1 && r.res.pairs[AB_CLASS_IRET] == 1, "sti;.loc;iretq");
	done(&r);
	SITES("\tsti\n\tnop\n\thlt\n", 2);
	SITES("\tsti\n\tcli\n", 2);
	SITES("\tsti\n\t.p2align 4\n\thlt\n", 2);
	/* gcc -g puts block-end labels between an inline-asm sti and the ret */
	run(&r, "#APP\n\tsti\n#NO_APP\n.LBE7:\n.LBE6:\n\t.loc 1 3 33 view .LVU9\n\t.cfi_restore 3\n\tret\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && r.res.pairs[AB_CLASS_RET] == 1, "debug labels in a pair: %s", r.errs);
	done(&r);
	/* a branch target before ret (gcc: "jnc .L43; sti; .L43: ret"): sti
	 * alone is the site, the ret stays outside it */
	run(&r, "\tjnc .L5\n\tsti\n.L5:\n\tret\n", NULL);
	CHECK(r.rc == 0 && r.res.sites == 1 && r.res.pairs[AB_CLASS_RET] == 0 &&
	      r.res.per_class[AB_CLASS_STI] == 1, "sti; .L5: ret: %s", r.errs);
	done(&r);
	SITES("\tsti\n.LBE3:\tret\n\tjmp .LBE3\n", 1);
	SITES("\tsti\nfoo:\n\tret\n", 1);
	FAILS("\tsti\n1:\thlt\n", "label between 'sti' and 'hlt'");
	FAILS("\tsti\n.L5:\n\tsysretq\n", "label between 'sti' and 'sysretq'");
	FAILS("\tsti\nx:\tiretq\n", "label between 'sti' and 'iretq'");
}

static void test_intel_syntax(void)
{
	SITES("\t.intel_syntax noprefix\n\tmov rax, rbx\n\tmov eax, fs:[rax]\n\tpush rax\n"
	      "\tjmp foo\n\tret\n\t.att_syntax\n\tcli\n", 1);
	FAILS("\t.intel_syntax noprefix\n\tcli\n", "Intel syntax");
	FAILS("\t.intel_syntax noprefix\n\tmov rax, cr3\n", "Intel syntax");
	FAILS("\t.intel_syntax noprefix\n\tmov ds, ax\n", "Intel syntax");
	FAILS("\t.intel_syntax noprefix\n\tpush fs\n", "Intel syntax");
	FAILS("\t.intel_syntax noprefix\n\tjmp far [rax]\n", "Intel syntax");
	FAILS("\t.intel_syntax noprefix\n\tMOV DR7, RAX\n", "Intel syntax");
}

static void test_locations(void)
{
	FAILS("# 10 \"foo.S\"\n\tnop\n\t.data\n\tcli\n", "foo.S:12: error:");
	FAILS("\t.file 1 \"bar.c\"\n\t.loc 1 42 3\n\t.data\n\tcli\n", "bar.c:42: error:");
	FAILS("\t.file 0 \"/dir\" \"d5.c\"\n\t.file 2 \"/dir\" \"inc.h\"\n\t.loc 2 9 1\n\t.data\n\tcli\n",
	      "inc.h:9: error:");
	FAILS("\t.data\n\tcli\n", "t.s:2: error:");
	FAILS("# 3 \"x.S\"\n\t.data\n\tcli\n", "afterburn: t.s:3");
}

static void test_output(void)
{
	struct run r;
	const char *in = "\t.text\n\tcli\n\tnop # c\n\tsti; nop\n";

	run(&r, in, NULL);
	CHECK(r.rc == 0 && count_lines(r.out.p) == count_lines(in) + 1,
	      "one line per input line + ABI line: %zu", count_lines(r.out.p));
	CHECK(strstr(r.out.p, "\tnop # c\n") != NULL, "unchanged line verbatim");
	const char *abi = strstr(r.out.p, "afterburn_abi");
	CHECK(abi && !strstr(abi + 1, "afterburn_abi") && strstr(r.out.p, ".long 0xab5e0001"),
	      "one ABI word");
	CHECK(r.res.per_class[AB_CLASS_CLI] == 1 && r.res.per_class[AB_CLASS_STI] == 1, "per class");
	done(&r);
	run(&r, "\tint3\n\tint $3\n\tint $4\n", NULL);
	CHECK(r.res.int3 == 2 && r.res.sites == 1 && has_item(&r, AB_REP_INT3, NULL), "int3 counted, not padded");
	done(&r);
	run(&r, "\tlgdt gdt(%rip)\n", NULL);
	CHECK(strstr(r.out.p, ".long (gdt) - .;") != NULL, "pc-relative disp: %s", r.out.p);
	done(&r);
}

static void test_garbage(void)
{
	struct run r;
	static const char *const g[] = {
		"\x01\x02\x7f ;;; ::: $$$ %%% (((", "\"unterminated", "/* open comment",
		"cli %", "lgdt (", "lgdt )(", "inb $", "mov %cr0,", ",,,,", ": : :",
		"\xff\xfe\xfd", ".section", ".section ,\"ax\"", ".file 99999999999 \"x\"",
		".loc", "# 99999999999999999999 \"x\"", "'", "movb $'", "sti\n1:", ".macro",
		"mov %cr0, %cr3", "lgdt 1(%rax,%rbx,9)",
	};
	for (size_t i = 0; i < sizeof(g) / sizeof(g[0]); i++) {
		run(&r, g[i], NULL);
		CHECK(r.rc == 0 || (r.errs && strstr(r.errs, "error")), "'%s': rc %d without a message",
		      g[i], r.rc);
		done(&r);
	}
	FAILS("\"unterminated\n", "unterminated string");
	FAILS("/* open\n", "unterminated comment");
}

void tab_suite_parse(void)
{
	CU_pSuite s = CU_add_suite("afterburner-parse", NULL, NULL);
	CU_add_test(s, "statements-comments-strings", test_statements);
	CU_add_test(s, "labels", test_labels);
	CU_add_test(s, "prefixes", test_prefixes);
	CU_add_test(s, "macro-rept-irp", test_macros);
	CU_add_test(s, "app-blocks", test_app_blocks);
	CU_add_test(s, "sections", test_sections);
	CU_add_test(s, "code16-code32", test_modes);
	CU_add_test(s, "byte-encoded", test_bytes);
	CU_add_test(s, "sti-pairs", test_pairs);
	CU_add_test(s, "intel-syntax-fails-closed", test_intel_syntax);
	CU_add_test(s, "error-locations", test_locations);
	CU_add_test(s, "output-shape", test_output);
	CU_add_test(s, "garbage", test_garbage);
}
