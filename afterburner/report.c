/*
 * report.c - the --report text: sites per class, and every sensitive
 * instruction afterburn saw but did not pad (int3, copied sections,
 * 16/32-bit code, .byte-encoded instructions, macro-parameter mnemonics,
 * .insn), each with its file:line.
 */
#include "afterburner.h"

static const char *kind_name(enum ab_report_kind k)
{
	switch (k) {
	case AB_REP_INT3: return "int3";
	case AB_REP_COPIED: return "copied";
	case AB_REP_MODE_RANGE: return "mode";
	case AB_REP_MODE_INSN: return "mode-insn";
	case AB_REP_BYTES: return "bytes";
	case AB_REP_MACRO_PARAM: return "macro-param";
	case AB_REP_INSN_DIRECTIVE: return "insn";
	}
	return "?";
}

void ab_report_write(FILE *f, const char *input, const struct ab_result *res)
{
	fprintf(f, "afterburn report: %s\n", input);
	fprintf(f, "sites: %u\n", res->sites);
	for (unsigned c = 1; c < AB_CLASS_COUNT; c++)
		if (res->per_class[c])
			fprintf(f, "  %-14s %u\n", ab_class_name(c), res->per_class[c]);
	for (unsigned c = 1; c < AB_CLASS_COUNT; c++)
		if (res->pairs[c])
			fprintf(f, "  pair sti+%-9s %u\n", ab_class_name(c), res->pairs[c]);
	fprintf(f, "int3 (not padded): %u\n", res->int3);
	fprintf(f, "in copied sections (not padded): %u\n", res->copied);
	fprintf(f, "not padded: %zu\n", res->nitem);
	for (size_t i = 0; i < res->nitem; i++)
		fprintf(f, "  %s %s: %s\n", res->item[i].where, kind_name(res->item[i].kind),
			res->item[i].what);
}
