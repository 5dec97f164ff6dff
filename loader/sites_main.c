/*
 * sites_main.c - afterburn-sites, the host CLI over a pre-virtualized ELF
 * image: command line and dispatch to list/verify/check/patch/unpatch
 * (sites_list.c, sites_verify.c, sites_check.c, sites_patch.c).
 *
 * Exit status: 0 fine, 1 problems found or bad input, 2 usage error.
 */
#include <stdlib.h>
#include <string.h>
#include "sites.h"

static const char ab_sites_usage[] =
"usage: afterburn-sites COMMAND [OPTIONS] IMAGE\n"
"Inspect and rewrite the site table of a pre-virtualized ELF64 x86-64 image.\n"
"\n"
"commands:\n"
"  list IMAGE        one line per site: address, symbol+offset, class,\n"
"                    insn_len, site_len, operands; per-class totals at the end\n"
"  verify IMAGE      ABI words, record bounds and sections, Zydis decode of\n"
"                    every site against its record, NOP pads, overlaps; memory\n"
"                    sites (pt-write, mmio-*) must write/read memory and carry an ID\n"
"  verify --profile FILE IMAGE\n"
"                    also: FILE (afterburn-kvm --profile) is of this program and\n"
"                    every entry landed on exactly one memory site (same ID, kind,\n"
"                    and the address afterburn_ids gives the ID), nothing else padded\n"
"  check IMAGE       decode every executable section and list each sensitive\n"
"                    instruction no site covers; 16/32-bit ranges (afterburn_modes),\n"
"                    int3 and copied sections are reported, not failed; int3/nop\n"
"                    padding between functions or after jmp/ret is only counted\n"
"  patch --backend native|trace IMAGE -o OUT\n"
"                    rewrite a copy for a back end (same core as the wedge)\n"
"                    and set " AB_PREPATCHED_SYMBOL " = backend + 1\n"
"  unpatch IMAGE -o OUT\n"
"                    undo a patch exactly, set " AB_PREPATCHED_SYMBOL " = 0\n"
"\n"
"options:\n"
"  -h, --help        this text\n"
"  -q, --quiet       verify/check: print only problems and the summary\n"
"\n"
"A corrupt or unsuitable IMAGE is an error for every command (exit 1).\n"
"The input is mapped, not read: only what the headers point at is touched.\n"
"patch/unpatch write OUT through a temporary file beside it, renamed over\n"
"it on success; an OUT that is not a regular file is written in place.\n"
"\n"
"Exit status: 0 ok, 1 problems found or unusable input, 2 usage error.\n";

static int ab_sites_usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "afterburn-sites: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'afterburn-sites --help'.\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *cmd = NULL, *image = NULL, *out = NULL, *backend = NULL, *profile = NULL;
	struct ab_elf e;
	int i, quiet = 0, rc, b = -1;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(ab_sites_usage, stdout);
			return 0;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			quiet = 1;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--backend")) {
			if (i + 1 >= argc)
				return ab_sites_usage_error("%s needs an argument", a);
			*(a[1] == 'o' ? &out : &backend) = argv[++i];
		} else if (!strcmp(a, "--profile")) {
			if (i + 1 >= argc)
				return ab_sites_usage_error("%s needs an argument", a);
			profile = argv[++i];
		} else if (!strncmp(a, "--profile=", 10)) {
			profile = a + 10;
		} else if (!strncmp(a, "--backend=", 10)) {
			backend = a + 10;
		} else if (a[0] == '-' && a[1]) {
			return ab_sites_usage_error("unknown option '%s'", a);
		} else if (!cmd) {
			cmd = a;
		} else if (!image) {
			image = a;
		} else {
			return ab_sites_usage_error("unexpected argument '%s'", a);
		}
	}
	if (!cmd)
		return ab_sites_usage_error("%s", "no command given");
	if (strcmp(cmd, "list") && strcmp(cmd, "verify") && strcmp(cmd, "check") &&
	    strcmp(cmd, "patch") && strcmp(cmd, "unpatch"))
		return ab_sites_usage_error("unknown command '%s'", cmd);
	if (!image)
		return ab_sites_usage_error("%s: no IMAGE given", cmd);
	if (!strcmp(cmd, "patch") || !strcmp(cmd, "unpatch")) {
		if (!out)
			return ab_sites_usage_error("%s: -o OUT is required", cmd);
		if (!strcmp(cmd, "patch")) {
			b = backend ? ab_backend_parse(backend, strlen(backend)) : -1;
			if (b != AB_BACKEND_NATIVE && b != AB_BACKEND_TRACE)
				return ab_sites_usage_error("patch: --backend must be native or trace (got '%s')",
							    backend ? backend : "nothing");
		}
	} else if (out || backend) {
		return ab_sites_usage_error("%s: takes no -o/--backend", cmd);
	}
	if (profile && strcmp(cmd, "verify"))
		return ab_sites_usage_error("%s: takes no --profile (only verify does)", cmd);

	if (ab_elf_open(&e, image)) {
		ab_elf_close(&e);
		return 1;
	}
	if (!strcmp(cmd, "list"))
		rc = ab_sites_list(&e);
	else if (!strcmp(cmd, "verify"))
		rc = ab_sites_verify(&e, quiet) | (profile ? ab_sites_verify_profile(&e, profile, quiet) : 0);
	else if (!strcmp(cmd, "check"))
		rc = ab_sites_check(&e, quiet);
	else if (!strcmp(cmd, "patch"))
		rc = ab_sites_patch(&e, (enum ab_backend)b, out);
	else
		rc = ab_sites_unpatch(&e, out);
	ab_elf_close(&e);
	return rc ? 1 : 0;
}
