# guest/build.mk - the sample guest kernel, twice from the same sources:
#   build/guest/guest.elf        compiled through afterburn-cc (pre-virtualized)
#   build/guest/guest-plain.elf  compiled with plain $(KERNEL_CC)
# Both link libwedge (built without the afterburner: it is the VMM).

GUEST_SRCS := guest/boot.S guest/entry.S guest/main.c guest/cpu.c guest/paging.c guest/pool.c \
	      guest/proc.c guest/pgstress.c guest/test_cpu.c guest/test_sys.c guest/test_priv.c guest/lib.c
GUEST_HDRS := guest/guest.h guest/guest_asm.h wedge/wedge.h include/afterburn/site.h
GUEST_OBJ_AB := $(patsubst guest/%,$(OBJ)/guest/ab/%.o,$(GUEST_SRCS))
GUEST_OBJ_PLAIN := $(patsubst guest/%,$(OBJ)/guest/plain/%.o,$(GUEST_SRCS))

# No SSE in the kernel, no loop-to-memset rewriting (lib.c forwards memset).
GUEST_CFLAGS := $(KERNEL_CFLAGS) -Iwedge -Iguest -fno-tree-loop-distribute-patterns
GUEST_ASFLAGS := $(KERNEL_ASFLAGS) -Iwedge -Iguest
GUEST_LDFLAGS := -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-z,max-page-size=0x1000 \
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

.PHONY: guest guest-plain
guest: $(BUILD)/guest/guest.elf $(BUILD)/guest/guest-plain.elf
guest-plain: $(BUILD)/guest/guest-plain.elf

ALL_TARGETS += $(BUILD)/guest/guest.elf $(BUILD)/guest/guest-plain.elf
