#!/usr/bin/env bash
# bench/clang.sh - part of make bench (issue 11): the sample guest built by
# clang (build/clang/, make KERNEL_CC=clang images) against the one built by
# gcc (build/), each pre-virtualized and plain, side by side:
#   1. sites per class (afterburn-sites list), with verify and check of both
#      pre-virtualized images (measured: clang 242, gcc 238 sites: clang
#      inlines switch_to, with its CR3 read and write, into its two callers);
#   2. guest instructions, deterministic: the guest's "workload tsc=" under
#      QEMU TCG -icount shift=0,sleep=off and under Bochs (TSC = instruction count),
#      back end native (only the NOP pads added), and the executed sites of
#      the trace back end (TCG -icount: the timer ticks at the same
#      instructions each run);
#   3. text size of each image;
#   4. Linux 6.1, when both kernels are built: sites per class and /init's
#      workload (measured: gcc 2,985 sites, clang 3,718, most of the
#      difference rdmsr/wrmsr inlined: 54/58 -> 188/272; workload 37.98 M
#      vs 35.83 M instructions).
# Builds the clang tree first when it is missing or out of date (make
# decides).  Never fails on a number: exit status is non-zero only when a
# build or a boot fails or a tool is missing.
# Environment: BENCH_GCC (default build), BENCH_CLANG (default build/clang).
set -u
cd "$(dirname "$0")/.." || exit 1

G=${BENCH_GCC:-build}
C=${BENCH_CLANG:-build/clang}
status=0

if ! command -v clang >/dev/null 2>&1; then
	echo "bench/clang.sh: clang is not installed: nothing to compare" >&2
	exit 1
fi
echo "== clang vs gcc: building $C (make KERNEL_CC=clang BUILD=$C images)"
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -j2 KERNEL_CC=clang BUILD="$C" images >/dev/null; then
	echo "bench/clang.sh: the clang build failed" >&2
	exit 1
fi
for f in "$G/bin/afterburn-run" "$G/bin/afterburn-sites" "$G/guest/guest.elf" "$G/guest/guest-plain.elf" \
	 "$C/guest/guest.elf" "$C/guest/guest-plain.elf"; do
	if [ ! -e "$f" ]; then
		echo "bench/clang.sh: $f is missing: run make first" >&2
		exit 1
	fi
done
run=$G/bin/afterburn-run
sites=$G/bin/afterburn-sites
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

BENCH_NAME=bench/clang.sh
. bench/lib.sh
row() { printf '%-34s %14s %14s %10s\n' "$@"; }

echo
echo "== 1. sites per class (pre-virtualized guest.elf)"
# the per-class totals after the "sites: N" line of afterburn-sites list
classes() { "$sites" list "$1" | awk 'f && NF == 2 { print $1, $2 } /^sites: / { print "total", $2; f = 1 }'; }
classes "$G/guest/guest.elf" >"$work/g.sites"
classes "$C/guest/guest.elf" >"$work/c.sites"
row "class" "gcc" "clang" "clang-gcc"
awk 'NR == FNR { g[$1] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }; next }
     { c[$1] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
     END { for (i = 1; i <= n; i++) { k = order[i]; if (k == "total") continue
		printf "%-34s %14d %14d %+10d\n", k, g[k], c[k], c[k] - g[k] }
	   printf "%-34s %14d %14d %+10d\n", "all sites", g["total"], c["total"], c["total"] - g["total"] }' \
	"$work/g.sites" "$work/c.sites"
for t in gcc clang; do
	d=$G
	[ $t = clang ] && d=$C
	v=$("$sites" verify "$d/guest/guest.elf" 2>&1 | tail -n 1)
	"$sites" check "$d/guest/guest.elf" >"$work/check-$t.txt" 2>&1
	echo "$t: $v; check: exit $? ($(tail -n 1 "$work/check-$t.txt" | sed 's/;.*//'))"
done
echo

echo "== 2. guest instructions (deterministic), back end native"
for t in gcc clang; do
	d=$G
	[ $t = clang ] && d=$C
	boot "tcg-$t" tcg "$d/guest/guest.elf" --icount --backend native
	boot "tcg-$t-plain" tcg "$d/guest/guest-plain.elf" --icount --backend native
	boot "trace-$t" tcg "$d/guest/guest.elf" --icount --backend trace
	boot "bochs-$t" bochs "$d/guest/guest.elf" --backend native
	boot "bochs-$t-plain" bochs "$d/guest/guest-plain.elf" --backend native
done
row "" "gcc" "clang" "clang/gcc"
for img in "" -plain; do
	for tgt in tcg bochs; do
		a=$(kv "$work/$tgt-gcc$img.log" workload_tsc) b=$(kv "$work/$tgt-clang$img.log" workload_tsc)
		label="TCG -icount"
		[ $tgt = bochs ] && label="Bochs TSC"
		row "$label: guest${img}.elf" "${a:--}" "${b:--}" "$(pct "${b:-}" "${a:-}")"
	done
done
for t in gcc clang; do
	a=$(kv "$work/tcg-$t.log" workload_tsc) b=$(kv "$work/tcg-$t-plain.log" workload_tsc)
	echo "$t: pre-virtualized vs plain (TCG -icount): $(pct "${a:-}" "${b:-}")"
done
a=$(kv "$work/trace-gcc.log" trace_total) b=$(kv "$work/trace-clang.log" trace_total)
row "trace: sites executed (whole run)" "${a:--}" "${b:--}" "$(pct "${b:-}" "${a:-}")"
echo

echo "== 3. text size (bytes)"
row "" "gcc" "clang" "clang/gcc"
for img in guest guest-plain; do
	a=$(size -A "$G/guest/$img.elf" | awk '$1 == ".text" { print $2 }')
	b=$(size -A "$C/guest/$img.elf" | awk '$1 == ".text" { print $2 }')
	row "$img.elf .text" "${a:--}" "${b:--}" "$(pct "${b:-}" "${a:-}")"
done

# 4. Linux, when both kernels are built (make linux; make LINUX_CC=clang linux:
# not part of make bench, each is a kernel build): sites per class and /init's
# workload, pre-virtualized, back end native, TCG -icount.
echo
if [ -s "$G/linux/vmlinux" ] && [ -s "$C/linux/vmlinux" ]; then
	echo "== 4. Linux 6.1: sites per class and /init workload (pre-virtualized, native)"
	classes "$G/linux/vmlinux" >"$work/lg.sites"
	classes "$C/linux/vmlinux" >"$work/lc.sites"
	row "class" "gcc" "clang" "clang-gcc"
	join -a1 -a2 -e0 -o 0,1.2,2.2 <(sort "$work/lg.sites") <(sort "$work/lc.sites") |
		awk '$1 != "total" { printf "%-34s %14d %14d %+10d\n", $1, $2, $3, $3 - $2 }
		     $1 == "total" { t = $0 } END { split(t, f, " "); printf "%-34s %14d %14d %+10d\n", "all sites", f[2], f[3], f[3] - f[2] }'
	boot "linux-gcc" tcg "$G/linux/bzImage" --icount --backend native
	boot "linux-clang" tcg "$C/linux/bzImage" --icount --backend native
	a=$(kv "$work/linux-gcc.log" workload_tsc) b=$(kv "$work/linux-clang.log" workload_tsc)
	row "TCG -icount: /init workload" "${a:--}" "${b:--}" "$(pct "${b:-}" "${a:-}")"
else
	echo "== 4. Linux: skipped ($G/linux/vmlinux and $C/linux/vmlinux are both needed: make linux; make LINUX_CC=clang linux)"
fi
exit $status
