/*
 * fuzz_afterburn.c - libFuzzer harness for the afterburner's parser and pass.
 *
 * Each input is taken as the text of one assembly file and run through the
 * same in-process entry points the command line and the `as` wrapper use
 * (ab_src_from_mem, ab_src_split, ab_process), once as a first pass and once
 * with --ids (the memory-write labelling).  Errors are the expected outcome
 * for most inputs; what must not happen is a crash, a sanitizer report or a
 * hang.  Messages go to /dev/null so a run is not flooded.
 *
 * Built two ways (tests/fuzz/build.mk): with clang -fsanitize=fuzzer for
 * `make fuzz-afterburn`, and with gcc + ASan/UBSan and replay.c as a
 * plain replay of tests/fuzz/afterburn-corpus/ in `make test`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "afterburner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *fz_null(void)
{
	static FILE *f;

	if (!f)
		f = fopen("/dev/null", "w");
	return f ? f : stderr;
}

static void fz_run(const uint8_t *data, size_t size, int ids)
{
	struct ab_options opt = { 0 };
	struct ab_src src;
	struct ab_buf buf = { 0 };
	struct ab_result res;
	char err[512];

	opt.ids = ids;
	opt.display_name = "fuzz.s";
	if (ab_src_from_mem(&src, "fuzz.s", (const char *)data, size))
		return;
	if (ab_src_split(&src, err, sizeof(err)) == 0) {
		ab_process(&src, &opt, &buf, &res, fz_null());
		/* the report is part of the output path: format it too */
		ab_report_write(fz_null(), "fuzz.s", &res);
		ab_result_free(&res);
	}
	ab_buf_free(&buf);
	ab_src_free(&src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_run(data, size, 0);
	fz_run(data, size, 1);
	return 0;
}
