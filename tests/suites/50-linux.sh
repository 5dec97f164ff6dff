#!/usr/bin/env bash
# tests/suites/50-linux.sh - Linux 6.1 as a pre-virtualized guest.
#   build:  `make linux` (patches/linux-6.1: the series, afterburn-cc and
#           plain gcc builds of the same tree and config) finishes, says
#           nothing on stderr (no orphan, modpost or objtool warning), and
#           an up-to-date build does not rebuild;
#   sites:  afterburn-sites verify finds no problem; check finds no
#           uncovered sensitive instruction;
#   trace:  one trace boot shows what only Linux has: the sites handed
#           back to the kernel (its alternatives, its entry code's iret and
#           gs load) and a faulting iret to user mode handled as Linux does.
# The boots on every target and back end are suite 90's (Linux is a row).
# Numbered 50 so that it builds Linux before the suites that boot it on our
# hypervisor (64, 78) and through the runner (87, 90) run; a skip there for a
# missing bzImage would hide them in CI.
# Needs Debian's linux-source-6.1 (.ci/run installs it); skips without it.
set -u
. "$(dirname "$0")/../lib.sh"
TL_PREFIX="linux: "

tarball=${LINUX_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
if [ ! -r "$tarball" ]; then
	skip "$tarball missing (Debian's linux-source-6.1; make deps installs it)"
	exit 0
fi
tl_tmp
bz=build/linux/bzImage
plain=build/linux/plain/bzImage

# --- build ---
if make -s linux >"$T/build.out" 2>"$T/build.err"; then
	ok "make linux: afterburn-cc and plain kernels built"
else
	nok "make linux failed"
	show "$T/build.out" "$T/build.err"
	exit 0
fi
# the wall time of each build, for the record (benchmarks are make bench's)
grep '^make linux:' "$T/build.out" | sed 's/^/# /'
check "make linux: the builds said nothing on stderr (no orphan/modpost/objtool warnings)" \
	"$([ ! -s "$T/build.err" ]; echo $?)" "$(head -n 5 "$T/build.err" | tr '\n' ' ')"
before=$(stat -c %Y build/linux/obj/vmlinux.o 2>/dev/null)
make -s linux >"$T/again.out" 2>&1
check "make linux again: up to date, vmlinux.o not relinked" \
	"$([ "$(stat -c %Y build/linux/obj/vmlinux.o 2>/dev/null)" = "$before" ]; echo $?)" \
	"$(tail -n 3 "$T/again.out" | tr '\n' ' ')"
for s in afterburn_sites afterburn_abi afterburn_slots afterburn_wedge_text; do
	readelf -SW build/linux/vmlinux | grep -q " $s " && ok "vmlinux has its $s section" ||
		nok "vmlinux has no $s section"
done
# The slots are zero until boot: NOLOAD at the end of the bss (no file
# bytes), which lies in an executable segment (the RWE one).
sec=$(readelf -SW build/linux/vmlinux | sed 's/^ *\[ *[0-9]*\]//' | awk '$1 == "afterburn_slots" { print $2, $3 }')
if [ -n "$sec" ]; then
	set -- $sec
	sa=$2
	[ "$1" = NOBITS ] && ok "afterburn_slots takes no bytes in the image (NOBITS)" ||
		nok "afterburn_slots is $1, not NOBITS: its zeros are in the image"
	in=0
	while read -r va msz; do
		[ $((0x$sa >= va && 0x$sa < va + msz)) = 1 ] && in=1
	done < <(readelf -lW build/linux/vmlinux | awk '$1 == "LOAD" && / R?W?E / { print $3, $6 }')
	[ $in = 1 ] && ok "afterburn_slots lies in an executable segment" ||
		nok "afterburn_slots at 0x$sa is outside every executable segment"
else
	nok "afterburn_slots not found"
fi
readelf -SW build/linux/plain/vmlinux | grep -q afterburn_sites && nok "plain vmlinux has site records" ||
	ok "plain vmlinux has no site records"

# --- sites ---
if build/bin/afterburn-sites verify build/linux/vmlinux >"$T/verify" 2>&1 &&
   grep -q ' 0 problems' "$T/verify"; then
	ok "verify: $(tail -n 1 "$T/verify" | sed 's/^verify: [^:]*: //')"
else
	nok "verify found problems"; show "$T/verify"
fi
build/bin/afterburn-sites check build/linux/vmlinux >"$T/check" 2>&1
grep 'not covered' "$T/check" | grep -v '^check:' >"$T/uncovered"
# None may be left: .byte encodings are sites (same class), the \op of msr-reg.S
# is judged at macro expansion, sti; mwait is one pair site.  Only the
# documented reasons remain, counted apart (int3, copied sections).
check "check: no uncovered sensitive instruction ($(grep '^check:' "$T/check" | head -n 1 | sed 's/^check: [^:]*: //'))" \
	"$([ ! -s "$T/uncovered" ] && grep -q ', 0 not covered,' "$T/check"; echo $?)" "$(head -n 5 "$T/uncovered" | tr '\n' ' ')"

# --- what only Linux shows: one trace boot (the full matrix of targets and
# back ends for this bzImage is suite 90's, where Linux is a row) ---
log=$T/tcg-trace.log
if build/bin/afterburn-run --on tcg --backend trace "$bz" >"$log" 2>&1; then
	ok "tcg trace: $(grep '^afterburn-run: target' "$log" | sed 's/^afterburn-run: //')"
	n=$(sed -n 's/.*afterburn: \([0-9]*\) sites handed back to the kernel.*/\1/p' "$log")
	# 7 rdtsc_ordered alternatives, the iret and the gs load of the entry code
	[ "${n:-0}" -ge 9 ] && ok "tcg trace: $n sites handed back to the kernel, and said so" ||
		nok "tcg trace: ${n:-no} sites handed back (want the 7 alternatives + iret + gs load)"
	grep -q '^ok [0-9]* - bad-iret' "$log" && ok "tcg trace: a faulting iret to user mode is the process's SIGSEGV" ||
		nok "tcg trace: /init's bad-iret test did not pass"
else
	nok "tcg trace: $(grep '^afterburn-run:' "$log" | tail -n 1)"
	show "$log"
fi
