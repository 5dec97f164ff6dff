/*
 * test_afterburner_encode.c - record encoding, end to end: afterburn a
 * small file, assemble it with as, link it with ld, then read the
 * afterburn_sites / afterburn_slots / afterburn_abi / afterburn_modes bytes
 * back with libelf and check every field against the symbols placed at
 * each site and against what was encoded (pads must decode as NOPs).
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <Zydis/Zydis.h>
#include <CUnit/CUnit.h>
#include "afterburner.h"

#define CHECK(ok, ...) do { char m_[1200]; snprintf(m_, sizeof(m_), __VA_ARGS__); \
	CU_assertImplementation((ok) ? CU_TRUE : CU_FALSE, __LINE__, m_, __FILE__, "", CU_FALSE); } while (0)

static const char input[] =
	"\t.text\n\t.globl _start\n_start:\n"
	"s_cli:\tcli\n"
	"s_in:\tinb $0x60, %al\n"
	"s_out:\trep; outsw\n"
	"s_lgdt:\tlgdt gdt+2(%rip)\n"
	"s_lidt:\tlidt 0x10(%rip)\n"
	"s_crw:\tmovq %r9, %cr3\n"
	"s_sti:\tsti\n\thlt\n"
	"s_seg:\tmov %fs:8(%rax,%rcx,4), %ss\n"
	"s_int:\tint $0x80\n"
	"s_lret:\tlretq\n"
	"s_lar:\tlar %ax, %edx\n"
	"s_mac:\tmcli\n"
	"s_abs:\tlidt gdt+8\n"
	"\t.code32\ns_m32:\tcli\n\t.code64\ne_m32:\tnop\n"
	"\t.data\ngdt:\t.quad 0, 0\n";

struct want {
	const char *sym;
	unsigned insn_len, cls, pair, flags, opsize, form, reg, base, index, scale, seg;
	int imm;
};

#define N AB_REG_NONE
static const struct want wants[] = {
	{ "s_cli", 1, AB_CLASS_CLI, 0, 0, 0, AB_FORM_NONE, N, N, N, 0, N, 0 },
	{ "s_in", 2, AB_CLASS_IN, 0, 0, 1, AB_FORM_IMM, N, N, N, 0, N, 0x60 },
	{ "s_out", 3, AB_CLASS_OUTS, 0, AB_SITE_F_REP, 2, AB_FORM_DX, N, N, N, 0, N, 0 },
	{ "s_lgdt", 7, AB_CLASS_LGDT, 0, AB_SITE_F_DISP_PCREL, 10, AB_FORM_MEM, N, AB_REG_RIP, N, 1, N, 0 },
	{ "s_lidt", 7, AB_CLASS_LIDT, 0, AB_SITE_F_RIP_NUMERIC, 10, AB_FORM_MEM, N, AB_REG_RIP, N, 1, N, 0 },
	{ "s_crw", 4, AB_CLASS_MOV_TO_CR, 0, 0, 8, AB_FORM_REG, AB_REG_R9, N, N, 0, N, AB_REG_CR0 + 3 },
	{ "s_sti", 2, AB_CLASS_STI, AB_CLASS_HLT, AB_SITE_F_PAIR, 0, AB_FORM_NONE, N, N, N, 0, N, 0 },
	{ "s_seg", 5, AB_CLASS_MOV_TO_SEG, 0, 0, 2, AB_FORM_MEM, N, AB_REG_RAX, AB_REG_RCX, 4, AB_REG_FS, AB_REG_SS },
	{ "s_int", 2, AB_CLASS_INT, 0, 0, 0, AB_FORM_IMM, N, N, N, 0, N, 0x80 },
	{ "s_lret", 2, AB_CLASS_FAR_RET, 0, 0, 8, AB_FORM_NONE, N, N, N, 0, N, 0 },
	{ "s_lar", 3, AB_CLASS_LAR, 0, 0, 4, AB_FORM_REG, AB_REG_RAX, N, N, 0, N, AB_REG_RDX },
	{ "s_mac", 1, AB_CLASS_CLI, 0, 0, 0, AB_FORM_NONE, N, N, N, 0, N, 0 },
	{ "s_abs", 8, AB_CLASS_LIDT, 0, 0, 10, AB_FORM_MEM, N, N, N, 1, N, 0 },
};

struct sec {
	uint64_t addr, size;
	const uint8_t *data;
};

struct img {
	Elf *e;
	int fd;
	struct sec sites, slots, abi, modes, text;
	Elf_Data *sym;
	GElf_Shdr symsh;
};

static uint64_t sym_addr(struct img *im, const char *name)
{
	size_t n = im->symsh.sh_entsize ? im->symsh.sh_size / im->symsh.sh_entsize : 0;
	for (size_t i = 0; i < n; i++) {
		GElf_Sym s;
		if (gelf_getsym(im->sym, (int)i, &s) && !strcmp(elf_strptr(im->e, im->symsh.sh_link, s.st_name), name))
			return s.st_value;
	}
	return 0;
}

static int load(struct img *im, const char *path)
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
		struct sec *s = !strcmp(name, AB_SITES_SECTION) ? &im->sites :
				!strcmp(name, AB_SLOTS_SECTION) ? &im->slots :
				!strcmp(name, AB_ABI_SECTION) ? &im->abi :
				!strcmp(name, AB_MODES_SECTION) ? &im->modes :
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

static int is_nops(const uint8_t *p, size_t len)
{
	ZydisDecoder dec;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];

	ZydisDecoderInit(&dec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	for (size_t o = 0; o < len; o += in.length) {
		if (ZYAN_FAILED(ZydisDecoderDecodeFull(&dec, p + o, len - o, &in, ops)))
			return 0;
		if (in.mnemonic != ZYDIS_MNEMONIC_NOP && !(in.mnemonic == ZYDIS_MNEMONIC_XCHG &&
		    in.length == 2 && p[o] == 0x66 && p[o + 1] == 0x90))
			return 0;
	}
	return 1;
}

static void test_records(void)
{
	char dir[] = "/tmp/ab-encode-XXXXXX", cmd[1024], path[300], err[300];
	struct ab_src src;
	struct ab_options opt = { 0 };
	struct ab_buf out = { 0 };
	struct ab_result res;
	struct img im;

	CU_ASSERT_FATAL(mkdtemp(dir) != NULL);
	char *text;
	CU_ASSERT_FATAL(asprintf(&text, ".macro mcli\n\tcli\n.endm\n%s", input) > 0);
	ab_src_from_mem(&src, "enc.s", text, strlen(text));
	free(text);
	CU_ASSERT_FATAL(ab_src_split(&src, err, sizeof(err)) == 0);
	CU_ASSERT_FATAL(ab_process(&src, &opt, &out, &res, stderr) == 0);
	CHECK(res.sites == sizeof(wants) / sizeof(wants[0]), "sites %u", res.sites);
	snprintf(path, sizeof(path), "%s/enc.s", dir);
	FILE *f = fopen(path, "w");
	CU_ASSERT_FATAL(f != NULL);
	fwrite(out.p, 1, out.len, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "cd %s && as -o enc.o enc.s && ld -o enc.elf -Ttext=0x100000 -e _start "
		 "--no-warn-rwx-segments enc.o", dir);
	int rc = system(cmd);
	CHECK(rc == 0, "as/ld failed: %s", cmd);
	snprintf(path, sizeof(path), "%s/enc.elf", dir);
	if (rc == 0 && load(&im, path) == 0) {
		size_t n = im.sites.size / sizeof(struct ab_site);
		CHECK(im.sites.size == sizeof(wants) / sizeof(wants[0]) * sizeof(struct ab_site),
		      "afterburn_sites size %lu", (unsigned long)im.sites.size);
		CHECK(im.slots.size == n * AB_SLOT_SIZE, "one slot per site: %lu", (unsigned long)im.slots.size);
		CHECK(im.abi.size == 4 && im.abi.data && *(const uint32_t *)im.abi.data == AB_ABI_WORD, "ABI word");
		for (size_t i = 0; i < n && i < sizeof(wants) / sizeof(wants[0]); i++) {
			const struct ab_site *r = (const void *)(im.sites.data + i * sizeof(*r));
			const struct want *w = &wants[i];
			uint64_t rec = im.sites.addr + i * sizeof(*r);
			uint64_t site = rec + (int64_t)r->site;
			uint64_t slot = rec + 4 + (int64_t)r->slot;
			CHECK(site == sym_addr(&im, w->sym), "%s: site %#lx want %#lx", w->sym,
			      (unsigned long)site, (unsigned long)sym_addr(&im, w->sym));
			CHECK(slot >= im.slots.addr && slot + AB_SLOT_SIZE <= im.slots.addr + im.slots.size &&
			      (slot - im.slots.addr) % AB_SLOT_SIZE == 0 && slot % 8 == 0, "%s: slot %#lx",
			      w->sym, (unsigned long)slot);
			CHECK(r->insn_len == w->insn_len, "%s: insn_len %u want %u", w->sym, r->insn_len, w->insn_len);
			unsigned need = ab_class_site_len(w->cls);
			CHECK(r->site_len >= need && r->site_len <= AB_SITE_MAX_LEN &&
			      (r->insn_len >= need || r->site_len == need), "%s: site_len %u", w->sym, r->site_len);
			const uint8_t *code = im.text.data + (site - im.text.addr);
			CHECK(is_nops(code + r->insn_len, r->site_len - r->insn_len), "%s: pad not NOPs", w->sym);
			CHECK(r->cls == w->cls && r->pair_cls == w->pair && r->flags == w->flags,
			      "%s: cls %u pair %u flags %#x", w->sym, r->cls, r->pair_cls, r->flags);
			CHECK(r->opsize == w->opsize && r->form == w->form && r->reg == w->reg,
			      "%s: opsize %u form %u reg %u", w->sym, r->opsize, r->form, r->reg);
			CHECK(r->base == w->base && r->index == w->index && r->scale == w->scale && r->seg == w->seg,
			      "%s: base %u index %u scale %u seg %u", w->sym, r->base, r->index, r->scale, r->seg);
			CHECK(r->imm == w->imm, "%s: imm %d want %d", w->sym, r->imm, w->imm);
			CHECK(r->id == 0, "%s: id %u", w->sym, r->id);
			if (r->flags & AB_SITE_F_DISP_PCREL) {
				uint64_t target = rec + 24 + (int64_t)r->disp;
				CHECK(target == sym_addr(&im, "gdt") + 2, "%s: pc-relative disp -> %#lx", w->sym,
				      (unsigned long)target);
				/* and it matches the instruction's own disp32 (last 4 bytes) */
				int32_t d32;
				memcpy(&d32, code + r->insn_len - 4, 4);
				CHECK(site + r->insn_len + d32 == target, "%s: insn disp32 disagrees", w->sym);
			}
			if (r->flags & AB_SITE_F_RIP_NUMERIC)
				CHECK(r->disp == 0x10, "%s: numeric rip disp %d", w->sym, r->disp);
			if (r->form == AB_FORM_MEM && r->base == AB_REG_RAX)
				CHECK(r->disp == 8, "%s: disp %d", w->sym, r->disp);
			if (!strcmp(w->sym, "s_abs"))	/* absolute symbol+8, via R_X86_64_32S */
				CHECK((uint64_t)(int64_t)r->disp == sym_addr(&im, "gdt") + 8, "%s: disp %#x",
				      w->sym, (unsigned)r->disp);
		}
		CHECK(im.modes.size == sizeof(struct ab_mode_range), "one mode range: %lu", (unsigned long)im.modes.size);
		if (im.modes.size == sizeof(struct ab_mode_range) && im.modes.data) {
			const struct ab_mode_range *m = (const void *)im.modes.data;
			CHECK(m->start == sym_addr(&im, "s_m32") && m->end == sym_addr(&im, "e_m32") &&
			      m->bits == 32 && m->reserved == 0, "mode range %#lx-%#lx bits %u",
			      (unsigned long)m->start, (unsigned long)m->end, m->bits);
		}
		elf_end(im.e);
		close(im.fd);
	}
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd))
		fprintf(stderr, "cannot remove %s\n", dir);
	ab_result_free(&res);
	ab_buf_free(&out);
	ab_src_free(&src);
}

void tab_suite_encode(void)
{
	CU_pSuite s = CU_add_suite("afterburner-encode", NULL, NULL);
	CU_add_test(s, "records-assembled-linked-read-back", test_records);
}
