# llvm/build.mk - the LLVM pass plugin build/lib/afterburn-llvm.so (issue 11)
# and the sample guest built with clang + the plugin in instrument mode:
#   build/guest/guest-llvmprof.elf   every store outside the frame calls the
#                                    wedge's probe (boot with afterburn.backend=profile)
# Needs llvm-14-dev and clang-14 (.ci/run); without llvm-config-14 nothing here is built.

LLVM_CONFIG ?= llvm-config-14
LLVM_CXX ?= clang++-14
LLVM_CLANG ?= clang-14
LLVM_PLUGIN := $(BUILD)/lib/afterburn-llvm.so
LLVM_HAVE := $(shell command -v $(LLVM_CONFIG) >/dev/null 2>&1 && command -v $(LLVM_CXX) >/dev/null 2>&1 && echo yes)

ifeq ($(LLVM_HAVE),yes)
# No libLLVM on the link line: clang, which loads the plugin, has every symbol.
$(LLVM_PLUGIN): llvm/afterburn_llvm.cpp llvm/ab_irid.h include/afterburn/probe.h include/afterburn/profile.h llvm/build.mk
	@mkdir -p $(@D)
	$(LLVM_CXX) $(shell $(LLVM_CONFIG) --cxxflags) -O2 -g -Wall -fPIC -shared -Iinclude -Illvm \
		-Wno-unused-parameter -o $@ $<

# The instrumented sample guest (clang, afterburned, probes).  Objects in
# build/obj/guest/llvmprof/.  gcc-only flags of GUEST_CFLAGS are left out.
GUEST_LLVMPROF_CFLAGS := $(filter-out -fno-tree-loop-distribute-patterns,$(GUEST_CFLAGS))
GUEST_OBJ_llvmprof := $(patsubst guest/%,$(OBJ)/guest/llvmprof/%.o,$(GUEST_SRCS))
$(OBJ)/guest/llvmprof/%.c.o: guest/%.c $(GUEST_HDRS) $(BIN)/afterburn-cc $(LLVM_PLUGIN)
	@mkdir -p $(@D)
	AFTERBURN_LLVM_MODE=instrument $(BIN)/afterburn-cc $(LLVM_CLANG) -fpass-plugin=$(LLVM_PLUGIN) \
		$(GUEST_LLVMPROF_CFLAGS) -c $< -o $@
$(OBJ)/guest/llvmprof/%.S.o: guest/%.S $(GUEST_HDRS) $(BIN)/afterburn-cc
	@mkdir -p $(@D)
	$(BIN)/afterburn-cc $(LLVM_CLANG) $(GUEST_ASFLAGS) -c $< -o $@
$(BUILD)/guest/guest-llvmprof.elf: $(GUEST_OBJ_llvmprof) $(WEDGE_LIB) guest/guest.ld
	@mkdir -p $(@D)
	$(KERNEL_CC) $(GUEST_LDFLAGS) -o $@ $(GUEST_OBJ_llvmprof) $(WEDGE_LIB)

.PHONY: llvm
llvm: $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf
ALL_TARGETS += $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf
endif
