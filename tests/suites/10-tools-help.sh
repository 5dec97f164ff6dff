#!/usr/bin/env bash
# tests/suites/10-tools-help.sh - every tool in build/bin answers --help
# (exit 0, some text on stdout) and rejects an unknown option (non-zero exit
# plus a message on stderr, no crash).  A tool that waits for stdin or hangs
# fails after 20 s instead of blocking the run.
set -u
cd "$(dirname "$0")/../.." || exit 1
bin=build/bin

tools=()
for t in "$bin"/*; do
	[ -f "$t" ] && [ -x "$t" ] && tools+=("$t")
done
if [ ${#tools[@]} -eq 0 ]; then
	echo "not ok - tools-help: no executables in $bin (run make first)"
	exit 0
fi
# The issue's required tools must all be there.
for want in afterburn afterburn-cc afterburn-sites afterburn-run; do
	if [ -x "$bin/$want" ]; then
		echo "ok - tools-help: $want is built"
	else
		echo "not ok - tools-help: $bin/$want is missing"
	fi
done

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
for t in "${tools[@]}"; do
	name=$(basename "$t")
	timeout 20 "$t" --help >"$out" 2>"$err" </dev/null
	rc=$?
	if [ $rc -eq 0 ] && [ -s "$out" ]; then
		echo "ok - $name --help"
	else
		echo "not ok - $name --help: exit $rc, $(wc -c <"$out") bytes on stdout (want exit 0 and a help text)"
		sed 's/^/  | /' "$err" | head -5
	fi

	timeout 20 "$t" --no-such-option-xyzzy >"$out" 2>"$err" </dev/null
	rc=$?
	# 124 = timeout, >= 128 = killed by a signal (crash)
	if [ $rc -ne 0 ] && [ $rc -ne 124 ] && [ $rc -lt 128 ] && [ -s "$err" ]; then
		echo "ok - $name rejects an unknown option (exit $rc)"
	else
		echo "not ok - $name --no-such-option-xyzzy: exit $rc, $(wc -c <"$err") bytes on stderr (want non-zero exit and a message, no crash or hang)"
	fi
done
exit 0
