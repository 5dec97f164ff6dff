# Top-level build for the pre-virtualization toolchain.
#
# Each component keeps its rules in its own <component>/build.mk, included
# below; the variables here are the only contract between them.
#   make          build the toolchain, the wedge and the sample guests into build/
#   make test     run every test (tests/run.sh prints one closing tally line)
#   make bench    run the benchmarks (never part of make test)
#   make fuzz     libFuzzer runs, FUZZ_SECONDS each (tests/fuzz/build.mk; needs clang)
#   make demo     the main job: build, boot the same image on every target, compare
#   make deps     install the Debian packages everything needs (root);
#                 demo, test and bench do this first when a package is missing

# Images built by another KERNEL_CC go to a build dir of their own
# (make KERNEL_CC=clang: build/clang/), so that both builds live side by
# side to be compared and neither is mistaken for the other (make does not
# rebuild objects when only the compiler changes).  The host tools are built
# there too (HOSTCC), so each dir is complete: build/clang/bin/afterburn-run
# boots build/clang/hypervisor_stub/hv.elf.  BUILD=DIR on the command line
# overrides.
KERNEL_CC ?= gcc
ifeq ($(KERNEL_CC),gcc)
BUILD     := build
else
BUILD     := build/$(notdir $(lastword $(KERNEL_CC)))
endif
BIN       := $(BUILD)/bin
OBJ       := $(BUILD)/obj

HOSTCC    ?= gcc
HOST_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wshadow -Wno-unused-parameter \
	       -Iinclude -Iloader -D_GNU_SOURCE
HOST_LDLIBS :=

# Code that runs inside a guest or on bare metal: no libc, no SSE, no red
# zone (interrupts and our out-of-line slots write below %rsp), no PIC.
# KERNEL_CC (gcc or clang; default gcc, set above) compiles it.
KERNEL_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter \
	-ffreestanding -fno-builtin -nostdlib -fno-pic -fno-pie -fno-stack-protector \
	-fno-asynchronous-unwind-tables -mno-red-zone -mgeneral-regs-only \
	-mcmodel=small -fcf-protection=none -Iinclude -Iloader
KERNEL_ASFLAGS := -g -Iinclude -D__ASSEMBLER__

# Flags that one KERNEL_CC knows and another does not (gcc, clang) are
# chosen here, each tested once per make run: $(call kcc_option,FLAG[,ELSE])
# is FLAG if $(KERNEL_CC) compiles an empty C file with it under -Werror (so
# clang's "argument unused" and "optimization flag not supported" warnings
# count as not known), else ELSE.
kcc_option = $(shell if $(KERNEL_CC) -Werror $(1) -c -x c /dev/null -o /dev/null >/dev/null 2>&1; \
	then echo '$(1)'; else echo '$(2)'; fi)
# No call to a memset/memcpy the freestanding code does not define: gcc's
# loop distribution turns byte loops (wedge_memset) into memset() calls even
# under -fno-builtin; clang's loop-idiom pass forms none under -fno-builtin
# (the library is not assumed), so clang needs nothing more.  (Its calls for
# big zero-fills and struct copies are another matter: wedge/build.mk.)
KERNEL_NO_LIBCALLS := $(call kcc_option,-fno-tree-loop-distribute-patterns)
# gcc's .text.unlikely/.text.startup/.text.hot: see WEDGE_LINUX_MODEL (wedge/build.mk).
KERNEL_NO_REORDER := $(call kcc_option,-fno-reorder-functions)
# The static kernel links: gcc (PIE by default on Debian) needs -no-pie
# besides -static; clang's -static alone links no PIE and it warns that
# -no-pie is unused.
KERNEL_NO_PIE := $(call kcc_option,-no-pie)

.PHONY: all test bench demo deps clean

# A fresh machine needs no separate set-up step: before anything is built,
# demo/test/bench install the Debian packages that are missing (.ci/run holds
# the one list).  Done at parse time so that it precedes every job under -j.
ifneq ($(filter demo test bench,$(MAKECMDGOALS)),)
ifneq ($(shell .ci/run --ensure >&2 || echo failed),)
$(error the Debian packages above are missing (run 'sudo make deps'))
endif
endif
all:

# Components append their targets to ALL_TARGETS and their test suites to
# tests/suites/ (see tests/run.sh).
ALL_TARGETS :=
include afterburner/build.mk
include loader/build.mk
include wedge/build.mk
include guest/build.mk
include llvm/build.mk
include runner/build.mk
include patches/init/build.mk
include devices/build.mk
-include profiler/build.mk
-include hypervisor_stub/build.mk
include tests/build.mk
include tests/corpus/build.mk
include tests/fuzz/build.mk
include bench/build.mk
include patches/build.mk

all: $(ALL_TARGETS)

# What KERNEL_CC builds (guests, wedge, hypervisor, test guests) and the host
# tools that boot and inspect them (afterburn-run, -sites, -kvm), without the rest of `all` (unit tests,
# sanitizer builds): make KERNEL_CC=clang images (tests/suites/91).
.PHONY: images
images: $(BUILD)/guest/guest.elf $(BUILD)/guest/guest-plain.elf $(WEDGE_LIB) $(WEDGE_LINUX_LIB) \
	$(HV_ELF) $(HV_GUESTS) $(BUILD)/profiler/akvm_tiny.elf $(BIN)/afterburn-run $(BIN)/afterburn-sites $(BIN)/afterburn-kvm

deps:
	.ci/run --install-only

clean:
	rm -rf $(BUILD)
