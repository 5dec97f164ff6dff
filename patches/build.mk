# patches/build.mk - `make linux`: Linux 6.1 built through afterburn-cc with
# the series in patches/linux-6.1/ (build.sh says what and where), plus
# the plain-gcc build of the same tree and config.  kbuild decides what is
# out of date, so the script always runs.

.PHONY: linux
linux: $(BIN)/afterburn-cc $(WEDGE_LINUX_LIB)
	patches/linux-6.1/build.sh
