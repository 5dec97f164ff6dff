/*
 * akvm_ids.c - the image's stable site IDs (afterburn/profile.h): the
 * non-allocated sections afterburn_ids ((address, ID, file) per labelled
 * memory-writing instruction) and afterburn_idfiles (the source names).
 * --profile keys its output by them, so a profile of build N applies to
 * build N+1 of the same sources.  An image built without afterburn-cc has
 * none; the profile then has no site lines (only address comments).
 */
#include "akvm.h"

#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>

static int akvm_id_cmp(const void *a, const void *b)
{
	const struct ab_id_rec *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int akvm_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int akvm_ids_load(struct akvm_vm *vm, const char *path, void *elf)
{
	Elf *e = elf;
	size_t shstr;
	Elf_Scn *scn = NULL;

	if (elf_getshdrstrndx(e, &shstr) != 0)
		return 0;	/* no section names: no IDs */
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_PROGBITS)
			continue;
		const char *nm = elf_strptr(e, shstr, sh.sh_name);
		Elf_Data *d = nm ? elf_getdata(scn, NULL) : NULL;
		if (!d || !d->d_buf)
			continue;
		if (!strcmp(nm, AB_IDS_SECTION)) {
			if (d->d_size % sizeof(struct ab_id_rec)) {
				akvm_err("%s: section %s: size %zu is not a multiple of %zu", path, nm,
					 (size_t)d->d_size, sizeof(struct ab_id_rec));
				return -1;
			}
			vm->nids = d->d_size / sizeof(struct ab_id_rec);
			vm->ids = malloc(d->d_size ? d->d_size : 1);
			if (!vm->ids)
				return -1;
			memcpy(vm->ids, d->d_buf, d->d_size);
			qsort(vm->ids, vm->nids, sizeof(*vm->ids), akvm_id_cmp);
		} else if (!strcmp(nm, AB_IDFILES_SECTION)) {
			const char *p = d->d_buf, *end = p + d->d_size;
			while (p < end) {
				size_t n = strnlen(p, (size_t)(end - p));
				if (n == (size_t)(end - p))
					break;	/* unterminated tail: ignore */
				bool dup = false;
				for (size_t i = 0; i < vm->nidfiles; i++)
					dup = dup || !strcmp(vm->idfiles[i], p);
				if (n && !dup) {
					char **f = realloc(vm->idfiles, (vm->nidfiles + 1) * sizeof(*f));
					if (!f || !(f[vm->nidfiles] = strdup(p)))
						return -1;
					vm->idfiles = f;
					vm->nidfiles++;
				}
				p += n + 1;
			}
		}
	}
	qsort(vm->idfiles, vm->nidfiles, sizeof(char *), akvm_name_cmp);
	return 0;
}

const struct ab_id_rec *akvm_id_at(const struct akvm_vm *vm, uint64_t addr)
{
	size_t lo = 0, hi = vm->nids;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (vm->ids[mid].addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < vm->nids && vm->ids[lo].addr == addr ? &vm->ids[lo] : NULL;
}

const char *akvm_id_file(const struct akvm_vm *vm, uint32_t hash)
{
	for (size_t i = 0; i < vm->nidfiles; i++)
		if (ab_fnv32(AB_FNV32_INIT, vm->idfiles[i], strlen(vm->idfiles[i])) == hash)
			return vm->idfiles[i];
	return "?";
}

void akvm_ids_free(struct akvm_vm *vm)
{
	for (size_t i = 0; i < vm->nidfiles; i++)
		free(vm->idfiles[i]);
	free(vm->idfiles);
	free(vm->ids);
	vm->idfiles = NULL;
	vm->ids = NULL;
	vm->nids = vm->nidfiles = 0;
}
