# hypervisor_stub: the bare-metal VT-x hypervisor (build/hypervisor_stub/hv.elf)
# and its small test guests (build/hypervisor_stub/guests/*.elf).
# Run a guest under it in Bochs: build/bin/afterburn-run --on vtx GUEST.elf [-- cmdline]

HV_DIR     := hypervisor_stub
HV_OUT     := $(BUILD)/hypervisor_stub
HV_OBJDIR  := $(OBJ)/hypervisor_stub
HV_C_SRCS  := $(wildcard $(HV_DIR)/hv_*.c $(HV_DIR)/vmx_*.c)
HV_S_SRCS  := $(HV_DIR)/hv_boot.S $(HV_DIR)/hv_entry.S
HV_OBJS    := $(patsubst $(HV_DIR)/%.c,$(HV_OBJDIR)/%.o,$(HV_C_SRCS)) \
	      $(patsubst $(HV_DIR)/%.S,$(HV_OBJDIR)/%.o,$(HV_S_SRCS)) \
	      $(DEV_KERNEL_OBJS)	# devices/ (devices/build.mk), kernel variant
HV_ELF     := $(HV_OUT)/hv.elf

HV_GUEST_SRCS := $(wildcard $(HV_DIR)/tests-guests/tg_*.S)
HV_GUESTS  := $(patsubst $(HV_DIR)/tests-guests/%.S,$(HV_OUT)/guests/%.elf,$(HV_GUEST_SRCS))

ALL_TARGETS += $(HV_ELF) $(HV_GUESTS)

$(HV_OBJDIR)/%.o: $(HV_DIR)/%.c $(wildcard $(HV_DIR)/*.h) include/afterburn/hypercall.h include/afterburn/x86.h \
		  $(DEV_HDRS)
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_CFLAGS) -I$(HV_DIR) $(DEV_CFLAGS) -c $< -o $@

$(HV_OBJDIR)/%.o: $(HV_DIR)/%.S
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -c $< -o $@

$(HV_ELF): $(HV_OBJS) $(HV_DIR)/hv.ld
	@mkdir -p $(@D)
	$(KERNEL_CC) -nostdlib -static $(KERNEL_NO_PIE) -Wl,--build-id=none -Wl,-z,max-page-size=4096 -Wl,--no-warn-rwx-segments \
		-T $(HV_DIR)/hv.ld -o $@ $(HV_OBJS)

# A guest that must load somewhere else says so here (tg.ld's tg_base).
TG_LDFLAGS =
$(HV_OUT)/guests/tg_low.elf: TG_LDFLAGS = -Wl,--defsym=tg_base=0x8000
$(HV_OUT)/guests/tg_low1.elf: TG_LDFLAGS = -Wl,--defsym=tg_base=0x1000
$(HV_OUT)/guests/tg_low1.elf: $(HV_DIR)/tests-guests/tg_low.S

$(HV_OUT)/guests/%.elf: $(HV_DIR)/tests-guests/%.S $(HV_DIR)/tests-guests/tg_common.inc \
			$(HV_DIR)/tests-guests/tg.ld include/afterburn/hypercall.h $(HV_DIR)/build.mk
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -I$(HV_DIR)/tests-guests -nostdlib -static $(KERNEL_NO_PIE) \
		-Wl,--build-id=none -Wl,-z,max-page-size=4096 -Wl,--no-warn-rwx-segments $(TG_LDFLAGS) \
		-T $(HV_DIR)/tests-guests/tg.ld -o $@ $<

.PHONY: hypervisor_stub
hypervisor_stub: $(HV_ELF) $(HV_GUESTS)

# issue 3's benchmark (bare Bochs vs trap-and-emulate vs pre-virtualized) is
# bench/hosts.sh vtx; hv-bench is its old name.  Not part of make test.
.PHONY: hv-bench
hv-bench: $(HV_ELF) $(BUILD)/guest/guest.elf $(BIN)/afterburn-run
	bench/hosts.sh vtx

# ---- unit tests (CUnit, on the host): the MSR table and CPUID policy ----
# hv_msr.c and hv_cpuid.c as they are, plus stubs in the test for the few
# hypervisor functions the tested code references; run by suite 62.
HV_UNIT_SRCS := tests/unit/test_hv_msr.c tests/unit/cunit_lines.c $(HV_DIR)/hv_msr.c $(HV_DIR)/hv_cpuid.c
$(BUILD)/tests/unit-hv-msr: $(HV_UNIT_SRCS) $(wildcard $(HV_DIR)/*.h) $(DEV_HDRS) tests/unit/cunit_lines.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all -I$(HV_DIR) $(DEV_CFLAGS) \
		-o $@ $(HV_UNIT_SRCS) -lcunit
ALL_TARGETS += $(BUILD)/tests/unit-hv-msr

# issue 10's equivalence table: the faithful test guests bare in Bochs vs
# under the hypervisor (bench/hv-equiv.sh; suite 62 checks the same runs).
# Not part of make test or make bench.
.PHONY: hv-equiv
hv-equiv: $(HV_ELF) $(HV_GUESTS) $(BIN)/afterburn-run
	bench/hv-equiv.sh
