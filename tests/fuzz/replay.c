/*
 * replay.c - a main for a libFuzzer harness without libFuzzer: runs
 * LLVMFuzzerTestOneInput on every file named (a folder: on every file in
 * it), so the corpus is replayed by `make test` with gcc and ASan/UBSan.
 * The tool's own output is not the point: stdout goes to /dev/null.
 * Exit 0 when all inputs ran (a sanitizer report aborts with its own code).
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int rp_file(const char *path, unsigned *n)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f)
		return fprintf(stderr, "replay: %s: %s\n", path, strerror(errno)), -1;
	do {
		if (len == cap) {
			uint8_t *b = realloc(buf, cap = cap ? 2 * cap : 65536);

			if (!b) {
				fclose(f);
				free(buf);
				return fprintf(stderr, "replay: %s: out of memory\n", path), -1;
			}
			buf = b;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got);
	fclose(f);
	fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	(*n)++;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned n = 0;
	int i, rc = 0;

	if (!freopen("/dev/null", "w", stdout))
		return 2;
	for (i = 1; i < argc; i++) {
		struct stat st;
		struct dirent **ents;
		int k, m;

		if (stat(argv[i], &st) < 0 || !S_ISDIR(st.st_mode)) {
			rc |= rp_file(argv[i], &n);
			continue;
		}
		m = scandir(argv[i], &ents, NULL, alphasort);
		if (m < 0)
			return fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno)), 2;
		for (k = 0; k < m; k++) {
			char path[4096];

			if (ents[k]->d_name[0] != '.') {
				snprintf(path, sizeof(path), "%s/%s", argv[i], ents[k]->d_name);
				rc |= rp_file(path, &n);
			}
			free(ents[k]);
		}
		free(ents);
	}
	fprintf(stderr, "replay: %u inputs\n", n);
	return rc ? 1 : 0;
}
