# patches/build.mk - `make linux`: Linux 6.1 built through afterburn-cc with
# the series in patches/linux-6.1/ (build.sh says what and where), plus
# the plain-gcc build of the same tree and config, and the initramfs with
# the test /init (patches/init) beside each bzImage, where afterburn-run
# looks for it.  kbuild decides what is out of date, so the script always
# runs.

.PHONY: linux
# make KERNEL_CC=clang linux: the same with clang, into build/clang/linux
# (build.sh's LINUX_CC).
linux: $(BIN)/afterburn-cc $(WEDGE_LINUX_LIB) $(INIT_OUT)/init
	LINUX_CC=$(KERNEL_CC) patches/linux-6.1/build.sh
	$(MAKE) --no-print-directory $(INIT_OUT)/initramfs.cpio
	@if [ -d $(INIT_OUT)/plain ]; then cmp -s $(INIT_OUT)/initramfs.cpio $(INIT_OUT)/plain/initramfs.cpio || \
		cp $(INIT_OUT)/initramfs.cpio $(INIT_OUT)/plain/initramfs.cpio; fi

# make linux-pass2: the second build pass of Linux (issue 9): the pass-one
# bzImage profiled on PROFILE_HOST (auto: afterburn-kvm where /dev/kvm
# works, else our VT-x hypervisor in Bochs), then the tree built again
# through afterburn-cc --profile into build/linux-pass2/ (pass2.sh says
# how; its NOTE says which host ran).  Pass one's objects must exist.
.PHONY: linux-pass2
linux-pass2: $(BIN)/afterburn-cc $(BIN)/afterburn-run $(BIN)/afterburn-sites $(HV_ELF) $(WEDGE_LINUX_LIB) $(INIT_OUT)/init
	LINUX_CC=$(KERNEL_CC) LINUX_ONLY=afterburn patches/linux-6.1/build.sh
	$(MAKE) --no-print-directory $(INIT_OUT)/initramfs.cpio
	LINUX_CC=$(KERNEL_CC) PROFILE_HOST=$(PROFILE_HOST) patches/linux-6.1/pass2.sh

# make linux-llvmprof (issue 11, llvm/README.md): Linux built with clang and
# the LLVM plugin in instrument mode into build/linux-llvmprof/ (boot with
# afterburn.backend=profile), its baseline without the plugin in
# build/linux-llvmprof/noprobe/; build.sh's LINUX_LLVM.  The initramfs is
# make linux's (built with gen_init_cpio of this tree when there is none).
.PHONY: linux-llvmprof
linux-llvmprof: $(BIN)/afterburn-cc $(WEDGE_LINUX_LIB) $(LLVM_PLUGIN) $(INIT_OUT)/init
	LINUX_LLVM=instrument patches/linux-6.1/build.sh
	@test -f $(INIT_OUT)/initramfs.cpio || \
		$(MAKE) --no-print-directory LINUX_GEN_INIT_CPIO=$(BUILD)/linux-llvmprof/obj/usr/gen_init_cpio $(INIT_OUT)/initramfs.cpio
	for d in $(BUILD)/linux-llvmprof $(BUILD)/linux-llvmprof/noprobe; do [ ! -d $$d ] || \
		cmp -s $(INIT_OUT)/initramfs.cpio $$d/initramfs.cpio || cp $(INIT_OUT)/initramfs.cpio $$d/initramfs.cpio; done
