/*
 * rewriter_int.h - internals shared by the files of the rewriter core
 * (rewriter.c, rewriter_nop.c, rewriter_sync_*.c).  Not part of loader's
 * face: other components include rewriter.h only.  Freestanding.
 */
#ifndef AFTERBURN_REWRITER_INT_H
#define AFTERBURN_REWRITER_INT_H

#include "rewriter.h"

/* Longest single NOP gas emits for `.nops` on x86-64 (binutils 2.40). */
#define AB_RW_NOP_MAX	11

/* Length of the one NOP encoding at p (at most avail bytes), 0 if none. */
size_t ab_rw_nop_len(const uint8_t *p, size_t avail);

/* Fill [p, p+len) with the same NOP encodings gas uses for `.nops len`. */
void ab_rw_nop_fill(uint8_t *p, size_t len);

#endif /* AFTERBURN_REWRITER_INT_H */
