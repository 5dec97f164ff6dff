#!/usr/bin/env bash
# bench/bench.sh - make bench: what pre-virtualization costs on bare metal.
#
# guest.elf (backend native: only NOP pads added) against guest-plain.elf
# (same sources, plain gcc), same workload and the same command line
# (afterburn.backend=native for both, so GRUB and the guest parse the same):
#   1. guest instructions, deterministic: the guest's "workload tsc=" under
#      QEMU TCG -icount shift=0,sleep=off and under Bochs (TSC = instruction count),
#      plus Bochs' tick count for the whole run (BIOS+GRUB+guest; one tick
#      per instruction, halted time included);
#   2. wall time of whole TCG boots (BENCH_RUNS runs, median);
#   3. build time of the guest objects: afterburn-cc gcc vs gcc (BENCH_RUNS
#      clean compiles each way, median), using the exact compile commands
#      of the guest's own make rules.
# Prints side-by-side tables with ratios.  Never fails on a timing: exit
# status is non-zero only when a boot fails or a tool is missing.
set -u
cd "$(dirname "$0")/.." || exit 1

run=build/bin/afterburn-run
guest=${BENCH_GUEST:-build/guest/guest.elf}
plain=${BENCH_PLAIN:-build/guest/guest-plain.elf}
runs=${BENCH_RUNS:-5}
status=0

for f in "$run" "$guest" "$plain"; do
	if [ ! -e "$f" ]; then
		echo "bench: $f is missing: run make first" >&2
		exit 1
	fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

BENCH_NAME=bench
. bench/lib.sh
row() { printf '%-34s %16s %16s %10s\n' "$@"; }

echo "== 1. guest instructions (deterministic)"
boot tcg-guest tcg "$guest" --icount --backend native
boot tcg-plain tcg "$plain" --icount --backend native
boot bochs-guest bochs "$guest" --backend native --keep "$work/bochs-guest"
boot bochs-plain bochs "$plain" --backend native --keep "$work/bochs-plain"
# Bochs prefixes each log line with its tick count (one tick per
# instruction, and ticks go on while halted); the shutdown-port line is the
# guest's last instruction.  QEMU gives no such total, so TCG has none.
ticks() { grep -a -m1 'Shutdown port' "$work/$1/bochs.log" 2>/dev/null | grep -o '^[0-9]*' | sed 's/^0*//'; }
tg=$(kv "$work/tcg-guest.log" workload_tsc) tp=$(kv "$work/tcg-plain.log" workload_tsc)
bg=$(kv "$work/bochs-guest.log" workload_tsc) bp=$(kv "$work/bochs-plain.log" workload_tsc)
wg=$(ticks bochs-guest) wp=$(ticks bochs-plain)
row "" "guest.elf native" "guest-plain.elf" "ratio"
row "TCG -icount: workload insns" "${tg:--}" "${tp:--}" "$(pct "${tg:-}" "${tp:-}")"
row "Bochs: workload insns (TSC)" "${bg:--}" "${bp:--}" "$(pct "${bg:-}" "${bp:-}")"
row "Bochs: whole run ticks (+BIOS,GRUB)" "${wg:--}" "${wp:--}" "$(pct "${wg:-}" "${wp:-}")"
awk -v a="${tg:-}" -v b="${tp:-}" 'BEGIN { if (a ~ /^[0-9]+$/ && b ~ /^[0-9]+$/ && b > 0)
	printf "target: at most +0.5%% more guest instructions (TCG): %s (%+.3f%%)\n", (a / b - 1) * 100 <= 0.5 ? "met" : "NOT met", (a / b - 1) * 100 }'
echo

echo "== 2. wall time, whole TCG boot ($runs runs each, median seconds)"
for i in $(seq "$runs"); do
	for which in guest plain; do
		img=$guest
		[ $which = plain ] && img=$plain
		boot "wall-$which-$i" tcg "$img" --backend native || continue
		kv "$work/wall-$which-$i.log" seconds >>"$work/wall-$which"
		kv "$work/wall-$which-$i.log" workload_tsc >>"$work/wtsc-$which"
	done
done
mg=$(median <"$work/wall-guest" 2>/dev/null) mp=$(median <"$work/wall-plain" 2>/dev/null)
tg=$(median <"$work/wtsc-guest" 2>/dev/null) tp=$(median <"$work/wtsc-plain" 2>/dev/null)
row "" "guest.elf native" "guest-plain.elf" "ratio"
row "TCG whole boot, wall seconds" "${mg:--}" "${mp:--}" "$(pct "${mg:-}" "${mp:-}")"
# Without -icount, TCG's TSC follows host time: the workload's wall time.
row "TCG workload tsc (host time)" "${tg:--}" "${tp:--}" "$(pct "${tg:-}" "${tp:-}")"
echo

echo "== 3. building the guest objects: afterburn-cc gcc vs gcc ($runs clean builds each, median seconds)"
# The guest's own compile commands for guest.elf, as make would run them.
make -s -n -B "$guest" 2>/dev/null | grep -E '(^|[ /])afterburn-cc .* -c ' >"$work/cmds" || true
n=$(wc -l <"$work/cmds")
if [ "$n" -eq 0 ]; then
	echo "bench: no 'afterburn-cc ... -c' commands in make -n -B $guest; skipping build timing"
else
	# build KIND I: run every command once, objects into a scratch dir
	build() {
		local kind=$1 i=$2 dir="$work/obj-$1-$2" k=0 cmd
		mkdir -p "$dir"
		while IFS= read -r cmd; do
			k=$((k + 1))
			# Redirect the object; the plain build drops the driver.
			cmd=$(sed -E "s#-o +[^ ]+#-o $dir/$k.o#" <<<"$cmd")
			[ "$kind" = gcc ] && cmd=$(sed -E 's#(^|[ ])[^ ]*afterburn-cc +#\1#' <<<"$cmd")
			bash -c "$cmd" >/dev/null 2>&1 || { echo "bench: compile failed ($kind): $cmd" >&2; return 1; }
		done <"$work/cmds"
	}
	for i in $(seq "$runs"); do
		for kind in afterburn gcc; do
			s=$(date +%s.%N)
			build "$kind" "$i" || { status=1; continue; }
			awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f\n", e - s }' >>"$work/build-$kind"
		done
	done
	ba=$(median <"$work/build-afterburn" 2>/dev/null) bgcc=$(median <"$work/build-gcc" 2>/dev/null)
	row "" "afterburn-cc gcc" "gcc" "ratio"
	row "$n objects, seconds (median)" "${ba:--}" "${bgcc:--}" "$(pct "${ba:-}" "${bgcc:-}")"
	awk -v a="${ba:-}" -v b="${bgcc:-}" -v n="$n" 'BEGIN { if (a > 0 && b > 0) printf "per compile: %+.1f ms for afterburn-cc\n", (a - b) / n * 1000 }'
fi
exit $status
