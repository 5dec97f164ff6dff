#!/bin/sh
# check.sh - prove afterburn on corpus inputs: for each INPUT (.s, or .S run
# through cpp first) assemble it as is and after `afterburn --report`, then
# compare the two objects with afterburn-diffcheck.  One line per input:
# "ok - corpus/NAME (...)" or "not ok - corpus/NAME: first difference".
# Usage: tests/corpus/check.sh [-k KEEPDIR] INPUT...   (from the top of the tree)
# Environment: BUILD (default build), AS (default as), CPP (default "gcc -E").
BUILD=${BUILD:-build}
AB=$BUILD/bin/afterburn
DC=$BUILD/bin/afterburn-diffcheck
AS=${AS:-as}
CPP=${CPP:-gcc -E}
keep=
if [ "${1:-}" = -k ]; then
	keep=$2
	shift 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one_line() { head -n 3 "$1" | tr '\n' ' ' | cut -c1-300; }
rc=0
for in in "$@"; do
	name=corpus/$(basename "$(dirname "$in")")/$(basename "$in")
	t=$tmp/x
	src=$in
	case $in in
	*.S)
		# kernel style: cpp with linemarkers (afterburn reports the .S lines)
		# shellcheck disable=SC2086
		if ! $CPP -x assembler-with-cpp -D__ASSEMBLER__ -Iinclude "$in" >"$t.s" 2>"$t.err"; then
			echo "not ok - $name: cpp failed: $(one_line "$t.err")"
			rc=1
			continue
		fi
		src=$t.s ;;
	esac
	if ! $AS -o "$t.orig.o" "$src" 2>"$t.err"; then
		echo "not ok - $name: the input itself does not assemble: $(one_line "$t.err")"
		rc=1
		continue
	fi
	if ! "$AB" --name="$in" --report="$t.rep" -o "$t.ab.s" "$src" 2>"$t.err"; then
		echo "not ok - $name: afterburn failed: $(one_line "$t.err")"
		rc=1
		continue
	fi
	if ! $AS -o "$t.ab.o" "$t.ab.s" 2>"$t.err"; then
		echo "not ok - $name: afterburn's output does not assemble: $(one_line "$t.err")"
		rc=1
		[ -n "$keep" ] && cp "$t.ab.s" "$keep/$(basename "$in").ab.s"
		continue
	fi
	"$DC" --name="$name" "$t.orig.o" "$t.ab.o" "$t.rep" || rc=1
	if [ -n "$keep" ]; then
		cp "$t.ab.s" "$keep/$(basename "$in").ab.s"
		cp "$t.rep" "$keep/$(basename "$in").rep"
	fi
done
exit $rc
