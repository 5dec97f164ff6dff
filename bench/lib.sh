# bench/lib.sh - what every benchmark script does the same way; sourced, after
# setting run (afterburn-run), work (a scratch folder) and BENCH_NAME (its name
# in messages).  Benchmarks never fail on a number: status becomes 1 only when
# a boot fails.
status=${status:-0}

# bench_workdir: $work, a scratch folder removed at exit, or BENCH_KEEP=DIR
# (kept, with every run's files) when the caller wants to look at them
bench_workdir() {
	if [ -n "${BENCH_KEEP:-}" ]; then
		work=$BENCH_KEEP
		mkdir -p "$work" || exit 1
	else
		work=$(mktemp -d)
		trap 'rm -rf "$work"' EXIT
	fi
}

# kv FILE KEY: the last KEY=value in FILE
kv() { grep -a -o -- "$2=[^ ]*" "$1" | tail -1 | cut -d= -f2; }
# median: of the numbers on stdin, "-" when there are none
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# pct A B: A/B as "+x.xx%";  xratio A B: A/B as "x.xxxxx";  "-" when either is missing
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%+.2f%%\n", (a / b - 1) * 100; else print "-" }'; }
xratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.4fx\n", a / b; else print "-" }'; }

# boot NAME TARGET IMAGE [afterburn-run options...]: one boot, its log in
# $work/NAME.log (the summary line; the serial console too when
# BENCH_STREAM=1); a failed boot is reported with the log's tail.
boot() {
	local name=$1 target=$2 img=$3 rc q=--quiet
	shift 3
	[ "${BENCH_STREAM:-0}" = 1 ] && q=
	"$run" --on "$target" $q "$@" "$img" >"$work/$name.log" 2>&1 </dev/null
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "${BENCH_NAME:-bench}: boot $name failed (exit $rc):" >&2
		tail -n 8 "$work/$name.log" | sed 's/^/  | /' >&2
		status=1
	fi
	return $rc
}
