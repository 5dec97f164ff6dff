/*
 * afterburn/probe.h - the store probe of the LLVM instrumentation pass
 * (llvm/, build/lib/afterburn-llvm.so) and the wedge's profile back end
 * (wedge/profile.c): the call the pass puts before each store and the
 * record it writes for each such store.
 *
 * Instrument mode inserts, before every store that may write memory
 * outside the current stack frame,
 *     afterburn_probe_store(addr, size, id);
 * and emits one struct ab_probe_rec per instrumented store into the
 * allocated, read-only section AB_PROBES_SECTION (a C identifier, so the
 * linker provides __start_/__stop_ symbols).  The wedge reads the records
 * at exit to name each profiled ID's file and source position.
 *
 * IR-level IDs live in the same 32-bit space as the afterburner's
 * (afterburn/profile.h: ab_id_of) but are computed from other text: see
 * llvm/ab_irid.h.
 *
 * Included by freestanding code (the wedge) and by host tools.
 */
#ifndef AFTERBURN_PROBE_H
#define AFTERBURN_PROBE_H

#define AB_PROBES_SECTION	"afterburn_probes"
#define AB_PROBE_FUNC		"afterburn_probe_store"

#ifndef __ASSEMBLER__
#include <stdint.h>

struct ab_probe_rec {
	uint32_t id;		/* IR-level stable ID; 0: only names file (one per module) */
	uint32_t line;		/* debug line of the store, 0 if none */
	uint32_t column;	/* debug column, 0 if none */
	uint32_t size;		/* bytes stored, 0 if not a constant (memset/memcpy) */
	const char *file;	/* source base name (NUL terminated) */
	const char *func;	/* the function the store is in (after inlining) */
};

_Static_assert(sizeof(struct ab_probe_rec) == 32, "ab_probe_rec is 32 bytes");

/* The probe: answered by the wedge (the profile back end counts, every
 * other back end returns at once). */
void afterburn_probe_store(void *addr, uint64_t size, uint32_t id);
#endif

#endif /* AFTERBURN_PROBE_H */
