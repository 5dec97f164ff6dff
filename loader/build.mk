# loader/build.mk - the rewriter core (host and freestanding variants), the
# ELF helpers and the host CLI afterburn-sites.
#
#   $(OBJ)/loader/libabloader.a   host library: rewriter core + ELF helpers
#   REWRITER_KERNEL_OBJ           freestanding rewriter for the wedge (one
#                                 relocatable object, KERNEL_CFLAGS, no libc)
#   $(BIN)/afterburn-sites        host CLI (libelf + Zydis)
#   $(BUILD)/tests/unit-loader    CUnit tests of the core (tests/suites/30-loader.sh)

LOADER_CORE_SRCS := loader/rewriter.c loader/rewriter_nop.c
LOADER_HOST_SRCS := $(LOADER_CORE_SRCS) loader/rewriter_sync_host.c $(LOADER_ELF_SRCS)
LOADER_HOST_OBJS := $(patsubst %.c,$(OBJ)/%.o,$(LOADER_HOST_SRCS))
LOADER_LIB       := $(OBJ)/loader/libabloader.a

# gcc turns byte loops into memcpy/memset calls even with -ffreestanding;
# the wedge has no libc, so forbid that for the kernel variant.
LOADER_KERNEL_CFLAGS := $(KERNEL_CFLAGS) -fno-tree-loop-distribute-patterns
LOADER_KERNEL_PARTS  := $(patsubst %.c,$(OBJ)/%.kpart.o,$(LOADER_CORE_SRCS) loader/rewriter_sync_x86.c)
REWRITER_KERNEL_OBJ  := $(OBJ)/loader/rewriter.kernel.o

LOADER_HDRS := loader/rewriter.h loader/rewriter_int.h include/afterburn/site.h

$(OBJ)/loader/%.o: loader/%.c $(LOADER_HDRS) $(wildcard loader/*.h)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(OBJ)/loader/%.kpart.o: loader/%.c $(LOADER_HDRS)
	@mkdir -p $(dir $@)
	$(KERNEL_CC) $(LOADER_KERNEL_CFLAGS) -c $< -o $@

# One object, so the wedge needs a single name; ld -r keeps it relocatable.
$(REWRITER_KERNEL_OBJ): $(LOADER_KERNEL_PARTS)
	$(KERNEL_CC) -nostdlib -r -o $@ $^

$(LOADER_LIB): $(LOADER_HOST_OBJS)
	rm -f $@
	ar rcs $@ $^

# ---- unit tests (CUnit) ----
LOADER_TEST_SRCS := $(wildcard tests/unit/test_rewriter*.c)
$(BUILD)/tests/unit-loader: $(LOADER_TEST_SRCS) $(LOADER_LIB) $(LOADER_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $(LOADER_TEST_SRCS) $(LOADER_LIB) -lcunit

ALL_TARGETS += $(LOADER_LIB) $(REWRITER_KERNEL_OBJ) $(BUILD)/tests/unit-loader
