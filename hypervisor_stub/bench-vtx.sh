#!/bin/sh
# bench-vtx.sh - issue 3's benchmark: the same guest workload on
#   (a) bare Bochs (GRUB boots the guest directly, HV_BARE=1),
#   (b) the hypervisor, trap-and-emulate   (afterburn.backend=native),
#   (c) the hypervisor, pre-virtualized    (afterburn.backend=hypercall),
# reporting the guest's deterministic "workload tsc" (Bochs: instructions),
# the hypervisor's exits per reason and the ratios against the targets
# ((c) >= 10x fewer exits than (b); (c) <= 1.10x the instructions of (a)).
#
# Usage: hypervisor_stub/bench-vtx.sh [GUEST.elf]   (default build/guest/guest.elf)
#        `make hv-bench` runs it.  Each boot is under run-vtx.sh's timeout.
# HV_BENCH_IPS (default "10000000 100000000"): Bochs ips values to compare at.
# Bochs' TSC counts instructions and ips of them make a second, so the
# guest's 1 kHz timer ticks every ips/1000 instructions: at 10 M ips that is
# 100x denser than on real hardware, and every tick costs a VM exit (no
# posted interrupts), which dominates the pre-virtualized exit count.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
GUEST=${1:-$HERE/../build/guest/guest.elf}
[ -f "$GUEST" ] || { echo "bench-vtx: $GUEST not found (run make)" >&2; exit 64; }
T=$(mktemp -d "${TMPDIR:-/tmp}/bench-vtx.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

run() {	# NAME BARE BACKEND  (uses $ips)
	HV_IPS=$ips HV_BARE=$2 HV_TIMEOUT=${HV_TIMEOUT:-300} "$HERE/run-vtx.sh" "$GUEST" "afterburn.backend=$3" \
		>"$T/$1.log" 2>&1 </dev/null
}
field() { sed -n "s/^afterburn-guest: workload tsc=\([0-9]*\).*/\1/p" "$T/$1.log" | tail -n1; }
exits() { sed -n 's/^exits: //p' "$T/$1.log" | tail -n1; }
total() { sed -n 's/^exits: total=\([0-9]*\).*/\1/p' "$T/$1.log" | tail -n1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }

for ips in ${HV_BENCH_IPS:-10000000 100000000}; do
	run bare 1 native
	run native 0 native
	run hyper 0 hypercall

	a=$(field bare) b=$(field native) c=$(field hyper)
	echo "vtx-bench: guest $(basename "$GUEST") at ips=$ips"
	echo "vtx-bench: (a) bare bochs          workload_tsc=${a:-none}"
	echo "vtx-bench: (b) hv trap-and-emulate workload_tsc=${b:-none} x$(ratio "${b:-0}" "${a:-0}") of (a)"
	echo "vtx-bench:     exits: $(exits native)"
	echo "vtx-bench:     $(grep '^hv: port accesses' "$T/native.log" | sed 's/^hv: //')"
	mode=$(sed -n 's/^afterburn: platform=[a-z]* backend=\([a-z]*\).*/\1/p' "$T/hyper.log" | head -n1)
	echo "vtx-bench: (c) hv pre-virtualized workload_tsc=${c:-none} x$(ratio "${c:-0}" "${a:-0}") of (a) (wedge back end: ${mode:-?})"
	echo "vtx-bench:     exits: $(exits hyper)"
	tb=$(total native) tc=$(total hyper)
	echo "vtx-bench: exits (b)/(c) = $(ratio "${tb:-0}" "${tc:-0}") (target >= 10); instructions (c)/(a) = $(ratio "${c:-0}" "${a:-0}") (target <= 1.10)"
	[ "$mode" = hypercall ] || echo "vtx-bench: note: the wedge fell back to '$mode': (c) is not pre-virtualized yet"
done
