/*
 * llvm/irprof.h - the profile as the plugin's use mode reads it (C, shared
 * with nothing else; the format is afterburn/profile.h's).
 */
#ifndef AFTERBURN_LLVM_IRPROF_H
#define AFTERBURN_LLVM_IRPROF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Read PATH and keep the IDs of its `site` lines of kind pt-write or
 * mmio-write whose FILE is file (a source base name).  Returns 0 and fills
 * *ids (malloc'd, sorted) / *n, *listed (site lines of this file, any kind);
 * -1 with "PATH:LINE: error: ..." in err on a bad profile, on one whose
 * `program files=` does not name file ("a profile of a program built from
 * other sources").
 */
int ab_irprof_read(const char *path, const char *file, uint32_t **ids, size_t *n, size_t *listed,
		   char *err, size_t nerr);

/* Is id in the sorted ids[0..n)? */
int ab_irprof_has(const uint32_t *ids, size_t n, uint32_t id);

#ifdef __cplusplus
}
#endif
#endif
