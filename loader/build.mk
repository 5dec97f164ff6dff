# loader/build.mk - the rewriter core (host and freestanding variants), the
# ELF helpers and the host CLI afterburn-sites.
#
#   $(OBJ)/loader/libabloader.a   host library: rewriter core + ELF helpers
#   REWRITER_KERNEL_OBJ           freestanding rewriter for the wedge (one
#                                 relocatable object, KERNEL_CFLAGS, no libc)
#   $(BIN)/afterburn-sites        host CLI (libelf + Zydis)
#   $(BUILD)/tests/unit-loader    CUnit tests of the core (tests/suites/30-loader.sh)
#   $(BUILD)/tests/afterburn-sites-asan   the CLI under ASan/UBSan (tests/suites/35-*)

LOADER_CORE_SRCS := loader/rewriter.c loader/rewriter_slot.c loader/rewriter_nop.c loader/rewriter_operand.c
LOADER_ELF_SRCS  := loader/elfimg.c loader/sites_zy.c loader/outfile.c loader/profile_write.c
LOADER_HOST_SRCS := $(LOADER_CORE_SRCS) loader/rewriter_sync_host.c $(LOADER_ELF_SRCS)
LOADER_HOST_OBJS := $(patsubst %.c,$(OBJ)/%.o,$(LOADER_HOST_SRCS))
LOADER_LIB       := $(OBJ)/loader/libabloader.a

# gcc turns byte loops into memcpy/memset calls even with -ffreestanding;
# the wedge has no libc, so forbid that for the kernel variant.
LOADER_KERNEL_CFLAGS := $(KERNEL_CFLAGS) $(KERNEL_NO_LIBCALLS)
LOADER_KERNEL_PARTS  := $(patsubst %.c,$(OBJ)/%.kpart.o,$(LOADER_CORE_SRCS) loader/rewriter_sync_x86.c)
REWRITER_KERNEL_OBJ  := $(OBJ)/loader/rewriter.kernel.o

LOADER_HDRS := loader/rewriter.h loader/rewriter_int.h loader/rewriter_trace.h loader/sites.h include/afterburn/site.h

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

# ---- the host CLI ----
# verify --profile reads profiles with the afterburner's own reader (afterburner/profile.c).
LOADER_CLI_SRCS := loader/sites_main.c loader/sites_list.c loader/sites_verify.c loader/sites_check.c loader/sites_patch.c \
		   loader/sites_profile.c
LOADER_CLI_OBJS := $(patsubst %.c,$(OBJ)/%.o,$(LOADER_CLI_SRCS)) $(OBJ)/loader/ab_profile.o
$(OBJ)/loader/sites_profile.o: loader/sites_profile.c $(LOADER_HDRS) afterburner/afterburner.h include/afterburn/profile.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -Iafterburner -c $< -o $@
$(OBJ)/loader/ab_profile.o: afterburner/profile.c afterburner/afterburner.h include/afterburn/profile.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -Iafterburner -c $< -o $@
$(BIN)/afterburn-sites: $(LOADER_CLI_OBJS) $(LOADER_LIB)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $(LOADER_CLI_OBJS) $(LOADER_LIB) -lelf -lZydis

# The same CLI with AddressSanitizer/UBSan, for the hostile-input tests of
# tests/suites/35-afterburn-sites.sh (a crash there must not go unseen).
LOADER_ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
LOADER_ASAN_SRCS  := $(LOADER_CLI_SRCS) $(LOADER_CORE_SRCS) loader/rewriter_sync_host.c $(LOADER_ELF_SRCS) \
		     afterburner/profile.c
$(BUILD)/tests/afterburn-sites-asan: $(LOADER_ASAN_SRCS) $(LOADER_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -Iafterburner $(LOADER_ASAN_FLAGS) -o $@ $(LOADER_ASAN_SRCS) -lelf -lZydis

# ---- unit tests (CUnit) ----
LOADER_TEST_SRCS := $(wildcard tests/unit/test_rewriter*.c)
# Built from the core's sources with ASan/UBSan: an out-of-bounds read in
# the core fails a test even where it would not crash.
# tests/unit/cunit_lines.c prints the ok/not ok lines (shared with unit-afterburner).
LOADER_UNIT_SRCS := $(LOADER_TEST_SRCS) tests/unit/cunit_lines.c $(LOADER_CORE_SRCS) loader/rewriter_sync_host.c
$(BUILD)/tests/unit-loader: $(LOADER_UNIT_SRCS) $(LOADER_HDRS) tests/unit/test_rewriter.h tests/unit/cunit_lines.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) $(LOADER_ASAN_FLAGS) -o $@ $(LOADER_UNIT_SRCS) -lcunit

ALL_TARGETS += $(LOADER_LIB) $(REWRITER_KERNEL_OBJ) $(BUILD)/tests/unit-loader $(BIN)/afterburn-sites \
	       $(BUILD)/tests/afterburn-sites-asan

# ---- fuzzing the ELF reading (tests/fuzz/fuzz_elf.c) ----
# make fuzz-elf: libFuzzer (clang) for FUZZ_SECONDS; new inputs go to
# $(BUILD)/fuzz/elf-corpus, crashers to $(BUILD)/fuzz/elf-crash-*; the
# seeds are tests/fuzz/elf-corpus/.  make test replays those seeds with
# the same harness built by gcc + ASan/UBSan (tests/fuzz/replay.c as main).
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_ELF_SRCS := tests/fuzz/fuzz_elf.c $(filter-out loader/sites_main.c,$(LOADER_CLI_SRCS)) \
		 $(LOADER_CORE_SRCS) loader/rewriter_sync_host.c $(LOADER_ELF_SRCS) afterburner/profile.c
FUZZ_ELF_BIN  := $(BUILD)/fuzz/fuzz-elf
$(FUZZ_ELF_BIN): $(FUZZ_ELF_SRCS) $(LOADER_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=gnu11 -g -O1 -Iinclude -Iloader -Iafterburner -D_GNU_SOURCE \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
		-o $@ $(FUZZ_ELF_SRCS) -lelf -lZydis
.PHONY: fuzz-elf
fuzz-elf: $(FUZZ_ELF_BIN)
	@mkdir -p $(BUILD)/fuzz/elf-corpus
	$(FUZZ_ELF_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -close_fd_mask=3 \
		-artifact_prefix=$(BUILD)/fuzz/elf-crash- $(BUILD)/fuzz/elf-corpus tests/fuzz/elf-corpus

$(BUILD)/tests/fuzz-elf-replay: $(FUZZ_ELF_SRCS) tests/fuzz/replay.c $(LOADER_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -Iafterburner $(LOADER_ASAN_FLAGS) -o $@ $(FUZZ_ELF_SRCS) tests/fuzz/replay.c -lelf -lZydis
ALL_TARGETS += $(BUILD)/tests/fuzz-elf-replay
