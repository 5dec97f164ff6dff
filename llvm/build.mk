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

# The sample guest through afterburn-cc clang: llvmprof with the plugin in
# instrument mode (every store outside the frame calls the wedge's probe),
# llvmplain the same without it (the baseline of the probes' cost).  Objects
# in build/obj/guest/NAME/.  gcc-only flags of GUEST_CFLAGS are left out.
GUEST_LLVM_CFLAGS := $(filter-out -fno-tree-loop-distribute-patterns,$(GUEST_CFLAGS))
# llvm_guest NAME, ENV+FLAGS for C files
define llvm_guest
GUEST_OBJ_$(1) := $$(patsubst guest/%,$$(OBJ)/guest/$(1)/%.o,$$(GUEST_SRCS))
$$(OBJ)/guest/$(1)/%.c.o: guest/%.c $$(GUEST_HDRS) $$(BIN)/afterburn-cc $$(LLVM_PLUGIN)
	@mkdir -p $$(@D)
	$(2) $$(BIN)/afterburn-cc $$(LLVM_CLANG) $(3) $$(GUEST_LLVM_CFLAGS) -c $$< -o $$@
$$(OBJ)/guest/$(1)/%.S.o: guest/%.S $$(GUEST_HDRS) $$(BIN)/afterburn-cc
	@mkdir -p $$(@D)
	$$(BIN)/afterburn-cc $$(LLVM_CLANG) $$(GUEST_ASFLAGS) -c $$< -o $$@
$$(BUILD)/guest/guest-$(1).elf: $$(GUEST_OBJ_$(1)) $$(WEDGE_LIB) guest/guest.ld
	@mkdir -p $$(@D)
	$$(KERNEL_CC) $$(GUEST_LDFLAGS) -o $$@ $$(GUEST_OBJ_$(1)) $$(WEDGE_LIB)
endef
$(eval $(call llvm_guest,llvmprof,AFTERBURN_LLVM_MODE=instrument,-fpass-plugin=$(LLVM_PLUGIN)))
$(eval $(call llvm_guest,llvmplain,AFTERBURN_LLVM_MODE=,))

.PHONY: llvm
llvm: $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf $(BUILD)/guest/guest-llvmplain.elf
ALL_TARGETS += $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf $(BUILD)/guest/guest-llvmplain.elf
endif

# CUnit tests of the IR-level ID (C only: no LLVM needed).
$(BUILD)/tests/unit-llvm: tests/unit/test_irid.c tests/unit/cunit_lines.c llvm/ab_irid.h include/afterburn/profile.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Illvm -Itests/unit -o $@ tests/unit/test_irid.c tests/unit/cunit_lines.c -lcunit
ALL_TARGETS += $(BUILD)/tests/unit-llvm
