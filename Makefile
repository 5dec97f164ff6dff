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

BUILD     := build
BIN       := $(BUILD)/bin
OBJ       := $(BUILD)/obj

HOSTCC    ?= gcc
HOST_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wshadow -Wno-unused-parameter \
	       -Iinclude -Iloader -D_GNU_SOURCE
HOST_LDLIBS :=

# Code that runs inside a guest or on bare metal: no libc, no SSE, no red
# zone (interrupts and our out-of-line slots write below %rsp), no PIC.
KERNEL_CC ?= gcc
KERNEL_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter \
	-ffreestanding -fno-builtin -nostdlib -fno-pic -fno-pie -fno-stack-protector \
	-fno-asynchronous-unwind-tables -mno-red-zone -mgeneral-regs-only \
	-mcmodel=small -fcf-protection=none -Iinclude -Iloader
KERNEL_ASFLAGS := -g -Iinclude -D__ASSEMBLER__

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
-include profiler/build.mk
-include hypervisor_stub/build.mk
include tests/build.mk
include tests/corpus/build.mk
include tests/fuzz/build.mk
include bench/build.mk
include patches/build.mk

all: $(ALL_TARGETS)

deps:
	.ci/run --install-only

clean:
	rm -rf $(BUILD)
