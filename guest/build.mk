# guest/build.mk - the sample guest kernel, twice from the same sources:
#   build/guest/guest.elf        compiled through afterburn-cc (pre-virtualized)
#   build/guest/guest-plain.elf  compiled with plain $(KERNEL_CC)
# Both link libwedge (built without the afterburner: it is the VMM).

GUEST_SRCS := guest/boot.S guest/entry.S guest/main.c guest/cpu.c guest/paging.c guest/pool.c \
	      guest/proc.c guest/pgstress.c guest/test_cpu.c guest/test_sys.c guest/test_priv.c guest/lib.c
GUEST_HDRS := guest/guest.h guest/guest_asm.h wedge/wedge.h include/afterburn/site.h include/afterburn/x86.h
GUEST_OBJ_AB := $(patsubst guest/%,$(OBJ)/guest/ab/%.o,$(GUEST_SRCS))
GUEST_OBJ_PLAIN := $(patsubst guest/%,$(OBJ)/guest/plain/%.o,$(GUEST_SRCS))

# No SSE in the kernel, no loop-to-memset rewriting (lib.c forwards memset).
GUEST_CFLAGS := $(KERNEL_CFLAGS) -Iwedge -Iguest $(KERNEL_NO_LIBCALLS)
GUEST_ASFLAGS := $(KERNEL_ASFLAGS) -Iwedge -Iguest
GUEST_LDFLAGS := -nostdlib -static $(KERNEL_NO_PIE) -Wl,--build-id=none -Wl,-z,max-page-size=0x1000 \
		 -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments -T guest/guest.ld

$(OBJ)/guest/plain/%.c.o: guest/%.c $(GUEST_HDRS)
	@mkdir -p $(@D)
	$(KERNEL_CC) $(GUEST_CFLAGS) -c $< -o $@

$(OBJ)/guest/plain/%.S.o: guest/%.S $(GUEST_HDRS)
	@mkdir -p $(@D)
	$(KERNEL_CC) $(GUEST_ASFLAGS) -c $< -o $@

$(OBJ)/guest/ab/%.c.o: guest/%.c $(GUEST_HDRS) $(BIN)/afterburn-cc
	@mkdir -p $(@D)
	$(BIN)/afterburn-cc $(KERNEL_CC) $(GUEST_CFLAGS) -c $< -o $@

$(OBJ)/guest/ab/%.S.o: guest/%.S $(GUEST_HDRS) $(BIN)/afterburn-cc
	@mkdir -p $(@D)
	$(BIN)/afterburn-cc $(KERNEL_CC) $(GUEST_ASFLAGS) -c $< -o $@

$(BUILD)/guest/guest-plain.elf: $(GUEST_OBJ_PLAIN) $(WEDGE_LIB) guest/guest.ld
	@mkdir -p $(@D)
	$(KERNEL_CC) $(GUEST_LDFLAGS) -o $@ $(GUEST_OBJ_PLAIN) $(WEDGE_LIB)

$(BUILD)/guest/guest.elf: $(GUEST_OBJ_AB) $(WEDGE_LIB) guest/guest.ld
	@mkdir -p $(@D)
	$(KERNEL_CC) $(GUEST_LDFLAGS) -o $@ $(GUEST_OBJ_AB) $(WEDGE_LIB)

# ---- the profile-driven second pass (issue 4) ----
#   build/guest/guest.profile      the page-table stores of guest.elf, profiled on the
#                                  host this machine has: afterburn-kvm --profile where
#                                  /dev/kvm works, else the VT-x hypervisor in Bochs
#                                  (afterburn-run --on vtx --profile); one run to learn
#                                  the table frames, one seeded run.  PROFILE_HOST=kvm|vtx
#                                  chooses; the profile's comments say which ran.
#   build/guest/guest-pass2.elf    the same sources through afterburn-cc --profile
#   build/guest/guest-shift*.elf   build N+1 for tests/suites/75-profile.sh: the sources
#                                  with -DAFTERBURN_TEST_SHIFT (code inserted), first pass
#                                  and second pass with build N's profile
# Not in ALL_TARGETS (a profiling run takes a while); `make guest-pass2`.  The profile
# is rewritten only when its sites change (counts vary with timing), so objects are
# not rebuilt for nothing.
GUEST_PROFILE := $(BUILD)/guest/guest.profile
GUEST_PROFILE_CMDLINE := afterburn.backend=native
PROFILE_HOST ?= auto

$(GUEST_PROFILE): $(BUILD)/guest/guest.elf $(BIN)/afterburn-kvm $(BIN)/afterburn-run $(HV_ELF)
	@mkdir -p $(@D)
	@host=$(PROFILE_HOST); \
	if [ $$host = auto ]; then \
		if $(BIN)/afterburn-kvm --check >/dev/null 2>&1; then host=kvm; else host=vtx; fi; \
	fi; \
	echo "guest.profile: profiling guest.elf on $$host"; \
	case $$host in \
	kvm)	timeout 120 $(BIN)/afterburn-kvm -q --profile $@.seed $< -- $(GUEST_PROFILE_CMDLINE) >/dev/null && \
		timeout 120 $(BIN)/afterburn-kvm -q --profile $@.new --profile-seed $@.seed $< -- \
			$(GUEST_PROFILE_CMDLINE) >/dev/null ;; \
	vtx)	$(BIN)/afterburn-run --on vtx --quiet --timeout 300 --profile $@.seed $< -- \
			$(GUEST_PROFILE_CMDLINE) >/dev/null && \
		$(BIN)/afterburn-run --on vtx --quiet --timeout 300 --profile $@.new --profile-seed $@.seed $< -- \
			$(GUEST_PROFILE_CMDLINE) >/dev/null ;; \
	*)	echo "PROFILE_HOST=$$host: want auto, kvm or vtx" >&2; false ;; \
	esac
	@rm -f $@.seed
	@if [ -f $@ ] && [ "$$(sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' $@)" = \
	     "$$(sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' $@.new)" ]; then \
		rm -f $@.new; touch $@; else mv $@.new $@; fi

# guest_variant NAME, EXTRA_FLAGS, PROFILE_ARG, PROFILE_DEP
define guest_variant
GUEST_OBJ_$(1) := $$(patsubst guest/%,$$(OBJ)/guest/$(1)/%.o,$$(GUEST_SRCS))
$$(OBJ)/guest/$(1)/%.c.o: guest/%.c $$(GUEST_HDRS) $$(BIN)/afterburn-cc $(4)
	@mkdir -p $$(@D)
	$$(BIN)/afterburn-cc $$(KERNEL_CC) $(3) $$(GUEST_CFLAGS) $(2) -c $$< -o $$@
$$(OBJ)/guest/$(1)/%.S.o: guest/%.S $$(GUEST_HDRS) $$(BIN)/afterburn-cc $(4)
	@mkdir -p $$(@D)
	$$(BIN)/afterburn-cc $$(KERNEL_CC) $(3) $$(GUEST_ASFLAGS) $(2) -c $$< -o $$@
$$(BUILD)/guest/guest-$(1).elf: $$(GUEST_OBJ_$(1)) $$(WEDGE_LIB) guest/guest.ld
	@mkdir -p $$(@D)
	$$(KERNEL_CC) $$(GUEST_LDFLAGS) -o $$@ $$(GUEST_OBJ_$(1)) $$(WEDGE_LIB)
endef
$(eval $(call guest_variant,pass2,,--profile=$(GUEST_PROFILE),$(GUEST_PROFILE)))
$(eval $(call guest_variant,shift,-DAFTERBURN_TEST_SHIFT,,))
$(eval $(call guest_variant,shift-pass2,-DAFTERBURN_TEST_SHIFT,--profile=$(GUEST_PROFILE),$(GUEST_PROFILE)))

.PHONY: guest-pass2 guest-shift
guest-pass2: $(BUILD)/guest/guest-pass2.elf
guest-shift: $(BUILD)/guest/guest-shift.elf $(BUILD)/guest/guest-shift-pass2.elf

.PHONY: guest guest-plain
guest: $(BUILD)/guest/guest.elf $(BUILD)/guest/guest-plain.elf
guest-plain: $(BUILD)/guest/guest-plain.elf

ALL_TARGETS += $(BUILD)/guest/guest.elf $(BUILD)/guest/guest-plain.elf
