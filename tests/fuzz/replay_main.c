/*
 * replay_main.c - runs a libFuzzer harness over files without libFuzzer,
 * so a fuzz corpus can be replayed in `make test` with gcc and ASan/UBSan
 * (no clang needed).  Usage: PROG FILE...; prints one line per file on
 * stdout and exits 0 if every file went through (a crash kills the process).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int rc = 0;

	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, n;

		if (!f) {
			perror(argv[i]);
			rc = 1;
			continue;
		}
		do {
			if (len == cap) {
				uint8_t *p = realloc(buf, cap = cap ? cap * 2 : 4096);
				if (!p) {
					fputs("replay: out of memory\n", stderr);
					exit(1);
				}
				buf = p;
			}
			n = fread(buf + len, 1, cap - len, f);
			len += n;
		} while (n);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		printf("replayed %s (%zu bytes)\n", argv[i], len);
	}
	return rc;
}
