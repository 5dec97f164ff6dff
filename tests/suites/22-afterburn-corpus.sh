#!/bin/sh
# 22-afterburn-corpus.sh - afterburn proven on code nobody here wrote for it
# (tests/corpus/README.md): every corpus input is assembled as is and after
# afterburn, and afterburn-diffcheck compares the two objects (coverage of
# every sensitive instruction, same instructions in the same order, every
# branch/relocation/symbol on its counterpart, same data).  One line per
# input.  Then the checker's own self-test (it must catch broken output),
# the generated .S files are up to date, and the afterburner fuzz corpus
# replays under ASan/UBSan (gcc build, no clang needed).
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
export BUILD
AB=$BUILD/bin/afterburn
DC=$BUILD/bin/afterburn-diffcheck
REPLAY=$BUILD/tests/fuzz-afterburn-replay
C=tests/corpus
jobs=${CORPUS_JOBS:-$(nproc 2>/dev/null || echo 2)}

for b in "$AB" "$DC" "$REPLAY"; do
	if [ ! -x "$b" ]; then
		nok "corpus/build: $b not built (run make)"
		exit 0
	fi
done
tl_tmp

# ---- the corpus, $jobs inputs at a time (check.sh prints the lines) ----
ls "$C"/gen/*.s "$C"/S/*.S "$C"/S-gen/*.S >"$T/inputs"
n=$(wc -l <"$T/inputs")
if [ "$n" -lt 200 ]; then
	nok "corpus/size: only $n inputs (want at least 200)"
fi
xargs -P "$jobs" -n 16 "$C/check.sh" <"$T/inputs" >"$T/lines" 2>&1
grep -E '^(ok|not ok) - ' "$T/lines"
got=$(grep -cE '^(ok|not ok) - ' "$T/lines")
check "corpus/all-inputs-checked" "$([ "$got" -eq "$n" ]; echo $?)" "$got lines for $n inputs: $(grep -vE '^(ok|not ok) - ' "$T/lines" | head -n 3 | tr '\n' ' ')"

# ---- the checker catches broken afterburn output ----
# Known-good inputs, their afterburned text broken by hand (cpp output: one
# blank between words), the checker must say not ok with the right reason.
prepare() {	# INPUT: $T/orig.o, $T/ab.s, $T/rep
	gcc -E -x assembler-with-cpp "$1" >"$T/in.s"
	as -o "$T/orig.o" "$T/in.s"
	"$AB" --report="$T/rep" -o "$T/ab.s" "$T/in.s"
}
selftest() {	# NAME SED-SCRIPT EXPECTED-MESSAGE-PART
	sed "$2" "$T/ab.s" >"$T/bad.s"
	if cmp -s "$T/ab.s" "$T/bad.s"; then
		nok "corpus/diffcheck-catches/$1: the mutation did not apply"
		return
	fi
	if ! as -o "$T/bad.o" "$T/bad.s" 2>"$T/as.err"; then
		nok "corpus/diffcheck-catches/$1: mutated output does not assemble: $(head -n 2 "$T/as.err" | tr '\n' ' ')"
		return
	fi
	out=$("$DC" --name=x "$T/orig.o" "$T/bad.o" "$T/rep")
	rc=$?
	case $rc:$out in
	1:*"$3"*) ok "corpus/diffcheck-catches/$1" ;;
	*) nok "corpus/diffcheck-catches/$1: exit $rc, '$out' (wanted '$3')" ;;
	esac
}
prepare "$C/S-gen/extable.cli-stihlt-pushf.S"
out=$(as -o "$T/ab.o" "$T/ab.s" 2>&1 && "$DC" --name=x "$T/orig.o" "$T/ab.o" "$T/rep")
case $out in
"ok - x ("*) ok "corpus/diffcheck-selftest-baseline" ;;
*) nok "corpus/diffcheck-selftest-baseline: $out" ;;
esac
# a site record dropped: its cli is no longer covered
selftest missing-record '0,/cli;/s/cli;.*\.popsection/cli/' "not in a site"
# its record dropped, the pad left: NOPs where the original has none
selftest missing-record-pad '0,/cli;/s/\.pushsection "afterburn_sites"[^;]*;.*\.popsection/nop/' "NOPs that are not alignment"
# an extra instruction inside the code
selftest extra-insn '0,/pushfq;/s/pushfq;/pushfq; incl %eax;/' "different instruction"
# an immediate changed
selftest changed-insn 's/movq \$-14, %rax/movq $-15, %rax/' "different instruction"
# an exception-table entry that no longer points at its fixup
selftest moved-target 's/\.long 1b - \., 3f - \./.long 1b - ., 3f + 1 - ./' "relocation to"
prepare "$C/S-gen/numlabels.cli-stihlt-pushf.S"
# a branch inside the section (resolved by gas, no relocation) one byte off
selftest moved-branch 's/jne 1b/jne 1b+1/' "target +0x"
prepare "$C/S-gen/plain.invlpg-hlt-swapgs.S"
# invlpg (%rdi) recorded with base %rsi (form 3 = MEM, base 7 -> 6)
selftest wrong-operand 's/25, 0, 0, 0, 3, 255, 7, 255/25, 0, 0, 0, 3, 255, 6, 255/' "record's memory operand"
prepare "$C/S/head.S"
# a data byte (the GDT) changed
selftest data-byte 's/0x00af9a000000ffff/0x00af9b000000ffff/' "section .rodata+0xd: byte 0x9a became 0x9b"
# a mode range that forgets the 32-bit code: its sensitive instructions are then 64-bit and uncovered
selftest lost-mode 's/\.pushsection afterburn_modes.*\.popsection//' "is not in a site"

# ---- generated inputs are what the generator makes ----
sh "$C/gen-S.sh" "$T/S-gen" >/dev/null
if diff -r "$C/S-gen" "$T/S-gen" >"$T/gen.diff"; then
	ok "corpus/S-gen-up-to-date"
else
	nok "corpus/S-gen-up-to-date: tests/corpus/gen-S.sh output differs from tests/corpus/S-gen (rerun it): $(head -n 3 "$T/gen.diff" | tr '\n' ' ')"
fi

# ---- the fuzz corpus replays without a sanitizer report ----
if "$REPLAY" tests/fuzz/afterburn-corpus/* >"$T/replay" 2>&1; then
	ok "corpus/fuzz-replay ($(sed -n 's/^replay: \([0-9]*\) inputs$/\1/p' "$T/replay") inputs)"
else
	nok "corpus/fuzz-replay: $(grep -v '^replay: ' "$T/replay" | head -n 5 | tr '\n' ' ')"
fi
