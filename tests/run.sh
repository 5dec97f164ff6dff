#!/usr/bin/env bash
# tests/run.sh - run every executable tests/suites/*.sh in name order,
# stream their output, tally the check lines they print and end with the one
# line "N passed, N failed, N skipped".
#
# A check line starts in column 0: "ok - NAME", "not ok - NAME: why",
# "skip - NAME: why" (CUnit binaries may number them: "ok 3 - NAME").  Guest
# consoles and tool output that suites pass through must be indented so they
# are never counted.  A suite that exits non-zero or prints no check line
# counts as one extra failure, so a broken suite can never look green.
#
# Usage: tests/run.sh [PATTERN]   (PATTERN filters suite file names, e.g. 90)
# Environment: SUITE_TIMEOUT (seconds per suite, default 1800).
# Run from the top of the tree (make test does).
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
pattern=${1:-}
# A hung suite must not hang CI: each gets SUITE_TIMEOUT seconds.
suite_timeout=${SUITE_TIMEOUT:-1800}

passed=0 failed=0 skipped=0 bad_suites=()
start=$(date +%s)

for suite in tests/suites/*.sh; do
	[ -e "$suite" ] || continue
	name=$(basename "$suite")
	[ -n "$pattern" ] && [[ $name != *"$pattern"* ]] && continue
	if [ ! -x "$suite" ]; then
		echo "# $name: not executable, not run"
		continue
	fi
	echo "# --- $name"
	s_start=$(date +%s)
	s_pass=0 s_fail=0 s_skip=0
	# Read the suite's output line by line as it comes (stream and tally).
	while IFS= read -r line || [ -n "$line" ]; do
		printf '%s\n' "$line"
		case $line in
		"ok "*)               [[ $line =~ ^ok( [0-9]+)?\ -\  ]] && s_pass=$((s_pass + 1)) ;;
		"not ok "*)           [[ $line =~ ^not\ ok( [0-9]+)?\ -\  ]] && s_fail=$((s_fail + 1)) ;;
		"skip "*)             [[ $line =~ ^skip( [0-9]+)?\ -\  ]] && s_skip=$((s_skip + 1)) ;;
		esac
	done < <(timeout -k 30 "$suite_timeout" "./$suite" 2>&1 </dev/null)
	# bash sets $! to the process substitution, and wait gives its status.
	wait $!
	status=$?
	if [ "$status" = 124 ] || [ "$status" = 137 ]; then
		echo "not ok - $name: suite killed after $suite_timeout s (SUITE_TIMEOUT)"
		s_fail=$((s_fail + 1))
		bad_suites+=("$name")
	elif [ "$status" != 0 ]; then
		echo "not ok - $name: suite exited with status $status"
		s_fail=$((s_fail + 1))
		bad_suites+=("$name")
	elif [ $((s_pass + s_fail + s_skip)) -eq 0 ]; then
		echo "not ok - $name: suite printed no ok/not ok/skip lines"
		s_fail=$((s_fail + 1))
		bad_suites+=("$name")
	fi
	echo "# $name: $s_pass passed, $s_fail failed, $s_skip skipped ($(( $(date +%s) - s_start )) s)"
	passed=$((passed + s_pass))
	failed=$((failed + s_fail))
	skipped=$((skipped + s_skip))
done

echo "# total time $(( $(date +%s) - start )) s${bad_suites[*]:+; broken suites: ${bad_suites[*]}}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
