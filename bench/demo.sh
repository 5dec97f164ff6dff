#!/usr/bin/env bash
# bench/demo.sh - the main job (make demo): boot the SAME pre-virtualized
# build/guest/guest.elf on every target with the native and the trace back
# end, then print one comparison table.
#
# Usage: bench/demo.sh [IMAGE]   (make demo builds everything first)
# Environment: DEMO_TARGETS (default "tcg bochs kvm").
# Exit status: 0 if every available target passed with both back ends.
set -u
cd "$(dirname "$0")/.." || exit 1

run=build/bin/afterburn-run
image=${1:-build/guest/guest.elf}
targets=${DEMO_TARGETS:-tcg bochs kvm}

for f in "$run" "$image"; do
	if [ ! -e "$f" ]; then
		echo "demo: $f is missing: run make first" >&2
		exit 1
	fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sum=$(sha256sum "$image" | cut -d' ' -f1)
echo "demo: booting $image (sha256 ${sum:0:16}...) on: $targets"

# kv LINE KEY: the value of KEY=value in LINE
kv() { grep -o -- "$2=[^ ]*" <<<"$1" | head -1 | cut -d= -f2; }

rows=() failed=0
for target in $targets; do
	for backend in native trace; do
		log="$work/$target-$backend.log"
		if ! why=$("$run" --on "$target" --check 2>&1); then
			rows+=("$target|$backend|unavailable|-|-|-|-")
			echo "demo: $target: ${why#afterburn-run: }"
			continue 2
		fi
		printf 'demo: %-6s %-7s ... ' "$target" "$backend"
		"$run" --on "$target" --backend "$backend" "$image" >"$log" 2>&1 </dev/null
		rc=$?
		final=$(grep -a '^afterburn-run: target=' "$log" | tail -1)
		guest=$(grep -a '^afterburn-run: guest ' "$log" | tail -1)
		result=$(kv "$final" result)
		verdict=$(grep -a -o 'afterburn-guest: \(PASS\|FAIL\)[^\r]*' "$log" | tail -1 | sed 's/afterburn-guest: //')
		[ -n "$verdict" ] || verdict=${result:-error}
		[ $rc -eq 0 ] || { verdict="$verdict (exit $rc: ${result:-?})"; failed=1; }
		sites=$(kv "$guest" sites) patched=$(kv "$guest" patched)
		total=$(kv "$guest" trace_total) tsc=$(kv "$guest" workload_tsc)
		secs=$(kv "$final" seconds)
		[ "${total:--1}" = -1 ] && total=-
		[ "${tsc:--1}" = -1 ] && tsc=-
		echo "$verdict (${secs:-?} s)"
		[ $rc -eq 0 ] || tail -n 15 "$log" | sed 's/^/  | /'
		rows+=("$target|$backend|$verdict|${patched:-?}/${sites:-?}|$total|$tsc|${secs:-?}")
	done
done

if [ "$(sha256sum "$image" | cut -d' ' -f1)" != "$sum" ]; then
	echo "demo: $image changed while booting!" >&2
	failed=1
fi

echo
echo "Same image on every target: $image (sha256 ${sum:0:16}...)"
printf '%-7s %-8s %-16s %-15s %-12s %-14s %8s\n' target backend verdict "patched/sites" "trace total" "workload tsc" "wall s"
printf '%-7s %-8s %-16s %-15s %-12s %-14s %8s\n' ------- -------- ---------------- --------------- ------------ -------------- --------
for r in "${rows[@]}"; do
	IFS='|' read -r t b v p tt w s <<<"$r"
	printf '%-7s %-8s %-16s %-15s %-12s %-14s %8s\n' "$t" "$b" "$v" "$p" "$tt" "$w" "$s"
done
echo "(workload tsc: rdtsc delta around the guest workload; on Bochs it counts instructions)"
exit $failed
