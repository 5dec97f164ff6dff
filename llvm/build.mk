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
# The site macro of include/afterburn/site_asm.h as one C string, its labels
# renamed from .Lafterburn_ (which the afterburner refuses in its input) to
# .Lablvm_: cpp's text of the header, never a second copy of the record layout.
$(OBJ)/llvm/site_macro.inc: include/afterburn/site_asm.h include/afterburn/site.h llvm/build.mk
	@mkdir -p $(@D)
	$(HOSTCC) -E -P -x assembler-with-cpp -Iinclude $< >$@.cpp
	sed 's/\.Lafterburn_/.Lablvm_/g; s/^[ \t]*//; /^$$/d; s/\\/\\\\/g; s/"/\\"/g; s/.*/"&\\n"/' $@.cpp >$@.tmp
	! grep -q Lafterburn_ $@.tmp && mv $@.tmp $@ && rm -f $@.cpp

# No libLLVM on the link line: clang, which loads the plugin, has every symbol.
$(LLVM_PLUGIN): llvm/afterburn_llvm.cpp llvm/irprof.c llvm/irprof.h llvm/ab_irid.h include/afterburn/probe.h \
		include/afterburn/profile.h include/afterburn/site.h $(OBJ)/llvm/site_macro.inc llvm/build.mk
	@mkdir -p $(@D) $(OBJ)/llvm
	$(LLVM_CLANG) -O2 -g -Wall -Wextra -fPIC -Iinclude -c -o $(OBJ)/llvm/irprof.o llvm/irprof.c
	$(LLVM_CXX) $(shell $(LLVM_CONFIG) --cxxflags) -O2 -g -Wall -fPIC -shared -Iinclude -Illvm -I$(OBJ)/llvm \
		-Wno-unused-parameter -Wno-c99-designator -o $@ $< $(OBJ)/llvm/irprof.o

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

# Use mode (second pass, not in `make all`: it boots QEMU): the instrumented
# guest's profile from one tcg run on the profile back end, rewritten only
# when its set of sites changes, then the same sources through
# `afterburn-cc clang --profile=` (afterburn-cc hands an IR-level profile to
# the plugin's use mode): build/guest/guest-llvmpass2.elf, every profiled
# table store a pt-write site.  `make guest-llvmpass2`.
GUEST_LLVM_PROFILE := $(BUILD)/guest/guest-llvm.profile
$(GUEST_LLVM_PROFILE): $(BUILD)/guest/guest-llvmprof.elf $(BIN)/afterburn-run
	@mkdir -p $(@D)
	$(BIN)/afterburn-run --on tcg --quiet --timeout 300 --profile $@.new $< -- afterburn.backend=profile >/dev/null
	@if [ -f $@ ] && [ "$$(sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' $@)" = \
	     "$$(sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' $@.new)" ]; then \
		rm -f $@.new; touch $@; else mv $@.new $@; fi
$(eval $(call llvm_guest,llvmpass2,AFTERBURN_LLVM_MODE=,--profile=$(GUEST_LLVM_PROFILE)))
$(GUEST_OBJ_llvmpass2): $(GUEST_LLVM_PROFILE)
.PHONY: guest-llvmpass2
guest-llvmpass2: $(BUILD)/guest/guest-llvmpass2.elf

.PHONY: llvm
llvm: $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf $(BUILD)/guest/guest-llvmplain.elf
ALL_TARGETS += $(LLVM_PLUGIN) $(BUILD)/guest/guest-llvmprof.elf $(BUILD)/guest/guest-llvmplain.elf
endif

# CUnit tests of the IR-level ID (C only: no LLVM needed).
$(BUILD)/tests/unit-llvm: tests/unit/test_irid.c tests/unit/cunit_lines.c llvm/ab_irid.h include/afterburn/profile.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Illvm -Itests/unit -o $@ tests/unit/test_irid.c tests/unit/cunit_lines.c -lcunit
ALL_TARGETS += $(BUILD)/tests/unit-llvm
