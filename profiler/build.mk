# profiler: afterburn-kvm, the project's own KVM host (see profiler/akvm.h).
AKVM_SRCS := profiler/akvm_main.c profiler/akvm_kvm.c profiler/akvm_load.c \
	     profiler/akvm_dev.c profiler/akvm_emul.c profiler/akvm_irq.c profiler/akvm_prof.c \
	     profiler/akvm_ids.c
AKVM_OBJS := $(patsubst profiler/%.c,$(OBJ)/profiler/%.o,$(AKVM_SRCS))
AKVM_LDLIBS := -lelf -lZydis -lrt

$(OBJ)/profiler/%.o: profiler/%.c profiler/akvm.h include/afterburn/hypercall.h include/afterburn/profile.h \
		     $(DEV_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) $(DEV_CFLAGS) -c -o $@ $<

# devices/ (devices/build.mk): the 16550, CMOS/RTC, 8259 pair and PIT, host variant
$(BIN)/afterburn-kvm: $(AKVM_OBJS) $(DEV_HOST_OBJS)
	@mkdir -p $(dir $@)
	$(HOSTCC) -o $@ $^ $(AKVM_LDLIBS)

# The host's own test guest (profiler/tests/akvm_tiny.S): runs before the
# sample guest exists and gives the profiler a known set of PTE stores.
$(BUILD)/profiler/akvm_tiny.elf: profiler/tests/akvm_tiny.S profiler/tests/akvm_tiny.ld
	@mkdir -p $(dir $@)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -c -o $(BUILD)/profiler/akvm_tiny.o $<
	ld -n --no-warn-rwx-segments -T profiler/tests/akvm_tiny.ld -o $@ $(BUILD)/profiler/akvm_tiny.o

ALL_TARGETS += $(BIN)/afterburn-kvm $(BUILD)/profiler/akvm_tiny.elf
