/*
 * fuzz_elf.c - libFuzzer harness for the ELF reading of afterburn-sites:
 * the bytes go through ab_elf_open_mem (the same parsing ab_elf_open does
 * after mapping a file) and then through every subcommand the CLI has -
 * list, verify, check, patch (both back ends) and unpatch - each on a
 * fresh open, with the output written to /dev/null (a device: written in
 * place, never removed).  Nothing here may crash, hang, read out of bounds
 * or leak, whatever the bytes.
 *
 * Built two ways (loader/build.mk): with clang -fsanitize=fuzzer for
 * `make fuzz-elf`, and with gcc + ASan/UBSan and tests/fuzz/replay.c as a
 * main that replays tests/fuzz/elf-corpus/ in `make test`.
 */
#include <stdint.h>
#include <stdlib.h>
#include "sites.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One subcommand on a fresh open of the bytes. */
static void fz_run(const uint8_t *data, size_t size, int cmd)
{
	struct ab_elf e;

	if (ab_elf_open_mem(&e, "fuzz-input", data, size) == 0) {
		switch (cmd) {
		case 0: ab_sites_list(&e); break;
		case 1: ab_sites_verify(&e, 1); break;
		case 2: ab_sites_check(&e, 0); break;
		case 3: ab_sites_patch(&e, AB_BACKEND_TRACE, "/dev/null"); break;
		case 4: ab_sites_patch(&e, AB_BACKEND_NATIVE, "/dev/null"); break;
		default: ab_sites_unpatch(&e, "/dev/null"); break;
		}
	}
	ab_elf_close(&e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int cmd;

	for (cmd = 0; cmd < 6; cmd++)
		fz_run(data, size, cmd);
	return 0;
}
