/* akvm_prof.c - placeholder until the profiler lands. */
#include "akvm.h"
#include <errno.h>
int akvm_prof_init(struct akvm_vm *vm, const char *out_path) { akvm_err("--profile: not yet"); return -ENOTSUP; }
int akvm_prof_exit(struct akvm_vm *vm) { return 0; }
int akvm_prof_mmio(struct akvm_vm *vm) { return 0; }
int akvm_prof_debug(struct akvm_vm *vm) { return 0; }
int akvm_prof_finish(struct akvm_vm *vm) { return 0; }
