# tests/fuzz/build.mk - fuzzing (included by the top Makefile).
#   make fuzz-afterburn   libFuzzer on the afterburner's parser/pass for FUZZ_SECONDS
#                         (default 60), seeds tests/fuzz/afterburn-corpus/; new inputs
#                         go to build/fuzz/afterburn-work/, crashes to build/fuzz/
#   make fuzz             fuzz-afterburn and fuzz-elf (loader/build.mk)
#   $(BUILD)/tests/fuzz-afterburn-replay   the same harness built with gcc + ASan/UBSan
#                         and a plain main: replays the seed corpus in make test
#                         (tests/suites/22-afterburn-corpus.sh), no clang needed
# Fuzzing needs clang and libclang-rt-14-dev (libFuzzer); make test does not.

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# every afterburner source but the three programs' mains
FUZZ_AB_SRCS := $(patsubst %,afterburner/%.c,$(AB_SRCS)) $(AB_OBJ)/site_macro.c
FUZZ_AB_HDRS := afterburner/afterburner.h include/afterburn/site.h include/afterburn/site_asm.h include/afterburn/profile.h

.PHONY: fuzz fuzz-afterburn

$(FUZZ_DIR)/fuzz_afterburn: tests/fuzz/fuzz_afterburn.c $(FUZZ_AB_SRCS) $(FUZZ_AB_HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(HOST_CFLAGS) -Iafterburner -fsanitize=fuzzer $(FUZZ_SAN) -o $@ \
		tests/fuzz/fuzz_afterburn.c $(FUZZ_AB_SRCS) -ldl

$(BUILD)/tests/fuzz-afterburn-replay: tests/fuzz/fuzz_afterburn.c tests/fuzz/replay.c \
				      $(FUZZ_AB_SRCS) $(FUZZ_AB_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Iafterburner $(FUZZ_SAN) -o $@ \
		tests/fuzz/fuzz_afterburn.c tests/fuzz/replay.c $(FUZZ_AB_SRCS) -ldl

ALL_TARGETS += $(BUILD)/tests/fuzz-afterburn-replay

# The seeds are read-only input; libFuzzer adds what it finds to the work dir.
fuzz-afterburn: $(FUZZ_DIR)/fuzz_afterburn
	@mkdir -p $(FUZZ_DIR)/afterburn-work
	$(FUZZ_DIR)/fuzz_afterburn -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=4096 -dict=tests/fuzz/afterburn.dict \
		-artifact_prefix=$(FUZZ_DIR)/afterburn- $(FUZZ_DIR)/afterburn-work tests/fuzz/afterburn-corpus

# fuzz-elf (afterburn-sites' ELF reading) is in loader/build.mk.
fuzz: fuzz-afterburn fuzz-elf
