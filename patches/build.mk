# patches/build.mk - `make linux`: Linux 6.1 built through afterburn-cc with
# the series in patches/linux-6.1/ (build.sh says what and where), plus
# the plain-gcc build of the same tree and config, and the initramfs with
# the test /init (patches/init) beside each bzImage, where afterburn-run
# looks for it.  kbuild decides what is out of date, so the script always
# runs.

.PHONY: linux
linux: $(BIN)/afterburn-cc $(WEDGE_LINUX_LIB) $(LINUX_OUT)/init
	patches/linux-6.1/build.sh
	$(MAKE) --no-print-directory $(LINUX_OUT)/initramfs.cpio
	@if [ -d $(LINUX_OUT)/plain ]; then cmp -s $(LINUX_OUT)/initramfs.cpio $(LINUX_OUT)/plain/initramfs.cpio || \
		cp $(LINUX_OUT)/initramfs.cpio $(LINUX_OUT)/plain/initramfs.cpio; fi
