/*
 * cc.h - afterburn-cc's view of a compiler command line (cc_args.c): the
 * options that would make gcc/clang produce code without our assembler
 * (refused), and what the compile is expected to assemble, so cc.c can tell
 * afterward whether the assembler wrapper really ran.
 */
#ifndef AFTERBURN_CC_H
#define AFTERBURN_CC_H

#define CC_MAX_SOURCES	64	/* source names kept (for the default X.o names) */

struct cc_scan {
	int no_asm;		/* -E, -S, -M, -MM, -fsyntax-only, -###, --help, ...: nothing assembled */
	int compile_only;	/* -c */
	int nsources;		/* inputs the compiler assembles (C, C++, .s, .S, ...) */
	const char *sources[CC_MAX_SOURCES];
	const char *output;	/* -o FILE, or NULL */
	const char *lto;	/* the -flto option in force at the end, or NULL */
};

/* Scans the compiler's arguments (response files @FILE too).  Refused
 * options print "afterburn-cc: error: ..." and return -1; else 0. */
int cc_args_scan(int argc, char **argv, struct cc_scan *sc);

#endif
