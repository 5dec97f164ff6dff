# patches/init: the test /init for Linux guests and its initramfs (issue 8).
#   build/linux/init            static, part of `make` (glibc's libc.a)
#   build/linux/initramfs.cpio  needs the kernel tree's usr/gen_init_cpio,
#                               which `make linux` builds; not part of `make`
# LINUX_GEN_INIT_CPIO names that tool (override on the command line).
INIT_OUT            := $(BUILD)/linux
LINUX_GEN_INIT_CPIO ?= $(BUILD)/linux/obj/usr/gen_init_cpio
INIT_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wshadow -D_GNU_SOURCE

ALL_TARGETS += $(INIT_OUT)/init

.PHONY: initramfs
initramfs: $(INIT_OUT)/initramfs.cpio

$(INIT_OUT)/init: patches/init/init.c
	@mkdir -p $(@D)
	$(HOSTCC) $(INIT_CFLAGS) -static -o $@ $<

# -t 0: directories and device nodes get a fixed mtime (/init keeps its own).
$(INIT_OUT)/initramfs.cpio: patches/init/initramfs.list $(INIT_OUT)/init \
		$(wildcard $(LINUX_GEN_INIT_CPIO))
	@test -x $(LINUX_GEN_INIT_CPIO) || { echo "$(LINUX_GEN_INIT_CPIO) missing: run make linux (or set LINUX_GEN_INIT_CPIO to a kernel tree's usr/gen_init_cpio)" >&2; exit 1; }
	ABR_INIT=$(abspath $(INIT_OUT)/init) $(LINUX_GEN_INIT_CPIO) -t 0 $< > $@.tmp
	mv $@.tmp $@
