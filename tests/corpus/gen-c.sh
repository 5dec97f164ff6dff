#!/bin/sh
# gen-c.sh - regenerate tests/corpus/gen/*.s from tests/corpus/c/*.c: every
# C file compiled with gcc and clang (-S) under each option set below.
# The generated .s files are committed so that the corpus test does not
# depend on the compiler versions installed; rerun this after editing c/
# (needs gcc and clang).  Usage: tests/corpus/gen-c.sh [OUTDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/gen}
mkdir -p "$out"
# name:flags
sets='O0:-O0
O2:-O2
O0g:-O0 -g
O2g:-O2 -g
O2fs:-O2 -ffunction-sections
O2pic:-O2 -fPIC
O2kern:-O2 -fno-pic -mcmodel=kernel -mno-red-zone
O2nounw:-O2 -fno-asynchronous-unwind-tables
O2all:-O2 -g -fPIC -ffunction-sections -fno-asynchronous-unwind-tables'
common='-ffreestanding -fno-stack-protector -fcf-protection=none -w'
# clang as afterburn-cc runs it: GNU as (-fno-integrated-as: inline asm verbatim,
# not re-printed by clang's parser); clang's .addrsig is unknown to GNU as
extra_gcc() { :; }
extra_clang() { echo -fno-addrsig -fno-integrated-as; }
cd "$here/c"
n=0
for c in *.c; do
	for cc in gcc clang; do
		echo "$sets" | while IFS=: read -r name flags; do
			# relative paths and a fixed comp dir: no machine paths in the output
			# shellcheck disable=SC2086
			$cc $common $(extra_$cc) $flags -fdebug-prefix-map="$here/c"=. -S -o "$out/${c%.c}.$cc-$name.s" "$c"
		done
	done
	n=$((n + 1))
done
echo "gen-c: $n C files -> $(ls "$out"/*.s | wc -l) .s files in $out"
