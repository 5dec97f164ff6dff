# devices: the PC's legacy devices (8259 pair, 8254, 16550, CMOS/RTC), the
# deadline arithmetic and the shared-page batch, one freestanding library
# built twice: with the kernel flags for hv.elf ($(DEV_KERNEL_OBJS)) and with
# the host flags for afterburn-kvm and the CUnit tests ($(DEV_HOST_OBJS)).
# Every devices/*.c is part of it.  Included before the components that link it.
#   $(BUILD)/tests/unit-devices   CUnit tests (tests/suites/32-devices.sh)

DEV_DIR          := devices
DEV_SRCS         := $(wildcard $(DEV_DIR)/*.c)
DEV_HDRS         := $(wildcard $(DEV_DIR)/*.h) include/afterburn/hypercall.h
DEV_KERNEL_OBJS  := $(patsubst $(DEV_DIR)/%.c,$(OBJ)/devices/kernel/%.o,$(DEV_SRCS))
DEV_HOST_OBJS    := $(patsubst $(DEV_DIR)/%.c,$(OBJ)/devices/host/%.o,$(DEV_SRCS))
DEV_CFLAGS       := -I$(DEV_DIR)

# The kernel variant must not call memset/memcpy behind our back (hv.elf has none).
$(OBJ)/devices/kernel/%.o: $(DEV_DIR)/%.c $(DEV_HDRS)
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_CFLAGS) $(KERNEL_NO_LIBCALLS) $(DEV_CFLAGS) -c $< -o $@

$(OBJ)/devices/host/%.o: $(DEV_DIR)/%.c $(DEV_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(DEV_CFLAGS) -c $< -o $@

DEV_TEST_SRCS := $(wildcard tests/unit/test_devices*.c)
$(BUILD)/tests/unit-devices: $(DEV_TEST_SRCS) tests/unit/cunit_lines.c tests/unit/cunit_lines.h \
			     $(DEV_HOST_OBJS) $(DEV_HDRS) $(wildcard tests/unit/test_devices*.h)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(DEV_CFLAGS) -Itests/unit -o $@ $(DEV_TEST_SRCS) tests/unit/cunit_lines.c \
		$(DEV_HOST_OBJS) -lcunit

# The local APIC's CUnit tests (tests/suites/61-hv-lapic.sh runs them).
$(BUILD)/tests/unit-lapic: tests/unit/test_lapic.c tests/unit/cunit_lines.c tests/unit/cunit_lines.h \
			   $(DEV_HOST_OBJS) $(DEV_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(DEV_CFLAGS) -Itests/unit -o $@ tests/unit/test_lapic.c tests/unit/cunit_lines.c \
		$(DEV_HOST_OBJS) -lcunit
ALL_TARGETS += $(BUILD)/tests/unit-lapic

.PHONY: devices
devices: $(DEV_KERNEL_OBJS) $(DEV_HOST_OBJS) $(BUILD)/tests/unit-devices

ALL_TARGETS += $(DEV_KERNEL_OBJS) $(DEV_HOST_OBJS) $(BUILD)/tests/unit-devices
