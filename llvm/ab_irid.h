/*
 * llvm/ab_irid.h - the IR-level stable site ID (issue 11), in C so that the
 * plugin and the unit test (tests/unit/test_irid.c) share one definition.
 *
 * ID = FNV-1a 32 of
 *     file '\0' function '\0' text '\0' ordinal          (0 -> 1)
 * exactly as afterburn/profile.h, with these fields:
 *   file      base name of the module's source file (Module::getSourceFileName)
 *   function  the LLVM function that holds the store after inlining (its
 *             symbol name, the afterburner's "enclosing function")
 *   text      "ir:SCOPE+REL:COL" with debug info: SCOPE the subprogram of
 *             the store's own debug location (the inlined callee for an
 *             inlined store), REL its line minus SCOPE's first line, COL its
 *             column; "ir:#N" without debug info (N = index of the store
 *             among the function's instrumented stores)
 *   ordinal   how many earlier stores of the same function had the same text
 * The text starts with "ir:", which no assembly statement does, so an IR ID
 * never equals an afterburner ID of the same store by construction; the
 * two schemes do not map onto each other (the IR has no assembly text), and
 * an IR profile is applied by the plugin's use mode, never by afterburn.
 */
#ifndef AFTERBURN_LLVM_IRID_H
#define AFTERBURN_LLVM_IRID_H

#include <stdio.h>
#include <string.h>
#include "afterburn/profile.h"

/* The text field into buf (size n): with debug info (line != 0) or by index. */
static inline void ab_ir_text(char *buf, size_t n, const char *scope, unsigned line,
			      unsigned scope_line, unsigned col, unsigned index)
{
	if (line)
		snprintf(buf, n, "ir:%s+%d:%u", scope, (int)line - (int)scope_line, col);
	else
		snprintf(buf, n, "ir:#%u", index);
}

#endif /* AFTERBURN_LLVM_IRID_H */
