/*
 * memsite.c - which innocuous instructions are candidate memory writes:
 * the first pass labels them with stable IDs (afterburn/profile.h), and
 * the second pass pads those a profile names.
 *
 * AT&T puts the destination last, so "the last operand is memory" plus a
 * list of mnemonics that only read it (compare, test, push, jumps, one-
 * operand multiply/divide, prefetch, x87 loads) is a store.  String stores
 * (stos, movs) have implicit operands.  Loads are not labelled: MMIO reads
 * profiled by afterburn-kvm stay unmatched (see the profiler README).
 */
#include <string.h>
#include "afterburner.h"

static int starts(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

/* Mnemonics whose last (memory) operand is only read. */
static int reads_only(const char *m, int nops)
{
	static const char *const exact[] = { "bt", "btw", "btl", "btq", "lea", "leaw", "leal", "leaq",
					     "clflush", "clflushopt", "clwb", "ldmxcsr", "vldmxcsr",
					     "xrstor", "xrstor64", "fxrstor", "fxrstor64", NULL };
	static const char *const prefix[] = { "cmp", "test", "push", "jmp", "call", "prefetch", "nop",
					      "ucomis", "comis", "vucomis", "vcomis", "ptest", "vptest",
					      "bound", "lcall", "ljmp", NULL };
	if (starts(m, "cmpxchg"))
		return 0;
	for (int i = 0; exact[i]; i++)
		if (!strcmp(m, exact[i]))
			return 1;
	for (int i = 0; prefix[i]; i++)
		if (starts(m, prefix[i]))
			return 1;
	/* one-operand multiply/divide read their memory operand */
	if (nops == 1 && (starts(m, "mul") || starts(m, "imul") || starts(m, "div") || starts(m, "idiv")))
		return 1;
	/* x87: only the stores write memory */
	if (m[0] == 'f' && !starts(m, "fst") && !starts(m, "fist") && !starts(m, "fnst") &&
	    !starts(m, "fsave") && !starts(m, "fnsave") && !starts(m, "fxsave") && !starts(m, "fbstp"))
		return 1;
	if (m[0] == 'j' || starts(m, "loop"))
		return 1;
	return 0;
}

int ab_mem_candidate(const struct ab_stmt *st)
{
	struct ab_span sp[4];
	struct ab_opnd o;
	char err[200];
	int n;

	if (st->kind != AB_STMT_INSN || !st->name[0])
		return 0;
	n = st->args && st->argslen ? ab_opnd_split(st->args, st->argslen, sp, 4) : 0;
	if (n < 0)
		return 0;
	if (n == 0)
		return starts(st->name, "stos") || (starts(st->name, "movs") && strlen(st->name) <= 5);
	if (ab_opnd_parse(st->args + sp[n - 1].off, sp[n - 1].len, &o, err, sizeof(err)))
		return 0;
	if (o.kind != AB_OP_MEM || o.indirect)
		return 0;
	return !reads_only(st->name, n);
}
