#!/bin/sh
# 20-afterburner.sh - afterburn itself: the CUnit tests (classifier, parser
# constructs, record encoding), the input/expected-output cases in
# tests/afterburn/cases, the error cases in tests/afterburn/errors, the
# --report text, and garbage/binary/truncated inputs (under valgrind when
# it is installed).
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
AB=$BUILD/bin/afterburn
UNIT=$BUILD/tests/unit-afterburner
T=tests/afterburn
case $AB in /*) ABS=$AB ;; *) ABS=$(pwd)/$AB ;; esac

tl_unit afterburner/unit "$UNIT"

if [ ! -x "$AB" ]; then
	echo "not ok - afterburner/binary: $AB not built (run make)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Cases: X.s -> X.expected (exact output), and the output must assemble.
for in in "$T"/cases/*.s; do
	[ -e "$in" ] || continue
	name=$(basename "$in" .s)
	if ! "$AB" "$in" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
		echo "not ok - afterburner/case/$name: afterburn failed: $(head -n 2 "$tmp/$name.err" | tr '\n' ' ')"
		continue
	fi
	if ! cmp -s "$tmp/$name.out" "$T/cases/$name.expected"; then
		echo "not ok - afterburner/case/$name: output differs from $name.expected: $(diff "$T/cases/$name.expected" "$tmp/$name.out" | head -n 4 | tr '\n' ' ')"
		continue
	fi
	if ! as -o "$tmp/$name.o" "$tmp/$name.out" 2>"$tmp/$name.as"; then
		echo "not ok - afterburner/case/$name: output does not assemble: $(head -n 2 "$tmp/$name.as" | tr '\n' ' ')"
		continue
	fi
	echo "ok - afterburner/case/$name"
done

# Error cases: X.s must fail with exit 1 and print every line of X.msg.
for in in "$T"/errors/*.s; do
	[ -e "$in" ] || continue
	name=$(basename "$in" .s)
	# from inside the folder, so messages name the file as the .msg does
	(cd "$T/errors" && "$ABS" "$name.s") >"$tmp/$name.out" 2>"$tmp/$name.err"
	rc=$?
	if [ $rc -ne 1 ]; then
		echo "not ok - afterburner/error/$name: exit status $rc, want 1"
		continue
	fi
	if [ -s "$tmp/$name.out" ]; then
		echo "not ok - afterburner/error/$name: output written despite the error"
		continue
	fi
	missing=
	while IFS= read -r want; do
		[ -n "$want" ] || continue
		grep -qF -- "$want" "$tmp/$name.err" || missing="$missing [$want]"
	done <"$T/errors/$name.msg"
	if [ -n "$missing" ]; then
		echo "not ok - afterburner/error/$name: message lacks$missing; got: $(head -n 3 "$tmp/$name.err" | tr '\n' ' ')"
	else
		echo "ok - afterburner/error/$name"
	fi
done

# Images: X.s -> afterburn -> as -> ld; every site's record must match its
# decoded bytes (afterburn-sites verify) and no sensitive instruction may be
# left uncovered (afterburn-sites check).  X.sites holds the wanted count.
SITES=$BUILD/bin/afterburn-sites
for in in "$T"/images/*.s; do
	[ -e "$in" ] || continue
	name=$(basename "$in" .s)
	if [ ! -x "$SITES" ]; then
		echo "not ok - afterburner/image/$name: $SITES not built"
		continue
	fi
	if ! "$AB" "$in" >"$tmp/i-$name.s" 2>"$tmp/i-$name.err" ||
	   ! as -o "$tmp/i-$name.o" "$tmp/i-$name.s" 2>>"$tmp/i-$name.err" ||
	   ! ld --no-warn-rwx-segments -e 0 -Ttext=0x100000 -o "$tmp/i-$name.elf" "$tmp/i-$name.o" 2>>"$tmp/i-$name.err"; then
		echo "not ok - afterburner/image/$name: build failed: $(head -n 3 "$tmp/i-$name.err" | tr '\n' ' ')"
		continue
	fi
	want=$(cat "$T/images/$name.sites" 2>/dev/null)
	v=$("$SITES" verify "$tmp/i-$name.elf" 2>&1)
	c=$("$SITES" check "$tmp/i-$name.elf" 2>&1)
	if ! printf '%s\n' "$v" | grep -q ": $want sites, 0 problems\$"; then
		echo "not ok - afterburner/image/$name: verify (want $want sites): $(printf '%s' "$v" | tail -n 4 | tr '\n' ' ')"
	elif ! printf '%s\n' "$c" | grep -q ', 0 not covered,'; then
		echo "not ok - afterburner/image/$name: check: $(printf '%s' "$c" | grep -E 'not covered|^check' | head -n 4 | tr '\n' ' ')"
	elif [ -e "$T/images/$name.records" ] &&
	     ! { objcopy -O binary -j afterburn_sites "$tmp/i-$name.elf" "$tmp/i-$name.bin" &&
		 od -An -tu1 -v -w32 "$tmp/i-$name.bin" |
		 awk '{ print $11, $16, $21 + $22 * 256 + $23 * 65536 + $24 * 16777216 }' >"$tmp/i-$name.rec" &&
		 cmp -s "$tmp/i-$name.rec" "$T/images/$name.records"; }; then
		# class, reg and imm of every record: the register an argument chose
		echo "not ok - afterburner/image/$name: records (class reg imm) differ from $name.records: $(diff "$T/images/$name.records" "$tmp/i-$name.rec" | head -n 4 | tr '\n' ' ')"
	else
		echo "ok - afterburner/image/$name"
	fi
done

# Assembly-time failures: afterburn X.s succeeds, gas must then stop with
# every line of X.msg (an argument the record cannot follow, int $SYM = 3).
for in in "$T"/asfail/*.s; do
	[ -e "$in" ] || continue
	name=$(basename "$in" .s)
	if ! "$AB" "$in" >"$tmp/f-$name.s" 2>"$tmp/f-$name.err"; then
		echo "not ok - afterburner/asfail/$name: afterburn failed: $(head -n 2 "$tmp/f-$name.err" | tr '\n' ' ')"
		continue
	fi
	if as -o "$tmp/f-$name.o" "$tmp/f-$name.s" 2>"$tmp/f-$name.as"; then
		echo "not ok - afterburner/asfail/$name: assembled, want an error"
		continue
	fi
	missing=
	while IFS= read -r want; do
		[ -n "$want" ] || continue
		grep -qF -- "$want" "$tmp/f-$name.as" || missing="$missing [$want]"
	done <"$T/asfail/$name.msg"
	if [ -n "$missing" ]; then
		echo "not ok - afterburner/asfail/$name: gas messages lack$missing: $(grep -m 2 Error "$tmp/f-$name.as" | tr '\n' ' ' | cut -c1-300)"
	else
		echo "ok - afterburner/asfail/$name"
	fi
done

# COMDAT: two objects with the same group link (the duplicate's records go
# with it) and exactly one record of the group's site survives.
if [ -e "$T/cases/comdat.s" ] && "$AB" "$T/cases/comdat.s" >"$tmp/cd1.s" 2>/dev/null; then
	sed 's/_start/_start2/g' "$tmp/cd1.s" >"$tmp/cd2.s"
	if as -o "$tmp/cd1.o" "$tmp/cd1.s" && as -o "$tmp/cd2.o" "$tmp/cd2.s" &&
	   ld -o "$tmp/cd.elf" -e _start --no-warn-rwx-segments "$tmp/cd1.o" "$tmp/cd2.o" 2>"$tmp/cd.err"; then
		n=$(objdump -h "$tmp/cd.elf" | awk '$2 == "afterburn_sites" { print $3 }')
		if [ $((0x${n:-0} / 32)) -eq 3 ]; then
			echo "ok - afterburner/comdat-link"
		else
			echo "not ok - afterburner/comdat-link: $((0x${n:-0} / 32)) records, want 3"
		fi
	else
		echo "not ok - afterburner/comdat-link: $(head -n 2 "$tmp/cd.err" | tr '\n' ' ')"
	fi
fi

# --report: per-class counts and every unpadded instruction with file:line.
if [ -e "$T/report/report.s" ]; then
	if "$AB" --report="$tmp/report.txt" -o "$tmp/report.out" "$T/report/report.s" 2>"$tmp/report.err"; then
		missing=
		while IFS= read -r want; do
			[ -n "$want" ] || continue
			grep -qF -- "$want" "$tmp/report.txt" || missing="$missing [$want]"
		done <"$T/report/report.want"
		if [ -z "$missing" ]; then
			echo "ok - afterburner/report"
		else
			echo "not ok - afterburner/report: lacks$missing"
		fi
	else
		echo "not ok - afterburner/report: afterburn failed: $(head -n 2 "$tmp/report.err" | tr '\n' ' ')"
	fi
fi

# Options and usage.
if "$AB" --help | grep -q '^usage: afterburn'; then
	echo "ok - afterburner/help"
else
	echo "not ok - afterburner/help: no usage line"
fi
"$AB" --bogus >/dev/null 2>"$tmp/opt.err"
if [ $? -eq 2 ] && grep -q "unknown option" "$tmp/opt.err"; then
	echo "ok - afterburner/unknown-option"
else
	echo "not ok - afterburner/unknown-option: not rejected"
fi
"$AB" /nonexistent/x.s >/dev/null 2>"$tmp/nx.err"
if [ $? -eq 1 ] && grep -q "cannot open" "$tmp/nx.err"; then
	echo "ok - afterburner/missing-input"
else
	echo "not ok - afterburner/missing-input: $(cat "$tmp/nx.err")"
fi
printf '\tcli\n' | "$AB" - >"$tmp/stdin.out" 2>&1
if grep -q '\.Lafterburn_s1 = \.; cli' "$tmp/stdin.out"; then
	echo "ok - afterburner/stdin"
else
	echo "not ok - afterburner/stdin: $(head -c 200 "$tmp/stdin.out")"
fi
"$AB" -o "$tmp/o.s" "$T/errors/data-section.s" 2>/dev/null
if [ ! -e "$tmp/o.s" ]; then
	echo "ok - afterburner/no-output-on-error"
else
	echo "not ok - afterburner/no-output-on-error: $tmp/o.s left behind"
fi

# Garbage, binary and truncated inputs: an error or a clean pass, never a
# crash (status >= 128) or a hang (timeout).
VG=
if command -v valgrind >/dev/null 2>&1; then
	VG="valgrind -q --error-exitcode=99 --leak-check=no"
fi
head -c 4096 /dev/urandom >"$tmp/random.bin"
printf '\177ELF\002\001\001\000\000\000' >"$tmp/elf.bin"
cp "$BUILD/bin/afterburn" "$tmp/self.bin"
tr -d '\000' <"$tmp/random.bin" >"$tmp/random.txt"
head -c 1234 "$T/cases/kernel-entry.s" >"$tmp/truncated.s" 2>/dev/null || printf '\tcli\n/* x' >"$tmp/truncated.s"
printf '\t.macro m\n\tcli\n' >"$tmp/truncated-macro.s"
printf '\t.ascii "abc\n' >"$tmp/unterminated.s"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "\tcli; sti; nop # %d\n", i }' >"$tmp/big.s"
awk 'BEGIN { s = ""; for (i = 0; i < 100000; i++) s = s "("; print "\tlgdt " s }' >"$tmp/deep.s"
awk 'BEGIN { printf "\t.byte "; for (i = 0; i < 50000; i++) printf "0x0f,0x01,0xcb,"; print "0x90" }' >"$tmp/bytes.s"
for f in random.bin elf.bin self.bin random.txt truncated.s truncated-macro.s unterminated.s big.s deep.s bytes.s; do
	case $f in big.s) vg= ;; *) vg=$VG ;; esac
	timeout 60 $vg "$AB" "$tmp/$f" >"$tmp/g.out" 2>"$tmp/g.err"
	rc=$?
	if [ $rc -ge 99 ]; then
		echo "not ok - afterburner/garbage/$f: status $rc (crash, memory error or hang): $(tail -n 3 "$tmp/g.err" | tr '\n' ' ')"
	elif [ $rc -ne 0 ] && ! grep -q 'error' "$tmp/g.err"; then
		echo "not ok - afterburner/garbage/$f: status $rc without an error message"
	else
		echo "ok - afterburner/garbage/$f"
	fi
done
exit 0
