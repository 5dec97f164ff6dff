#!/bin/sh
# 21-afterburn-hostile.sh - afterburn against hostile syntax (issue 7), on
# every input of tests/afterburn/cases (suite 20 checks their exact output):
#  - conditional assembly: the output is assembled once per "# as-variant:"
#    line of the case (gas options, e.g. --defsym A=1) besides the plain run,
#    linked, and afterburn-sites verify + check must pass: every live
#    sensitive instruction has a correct record whichever branch gas takes;
#  - labels: the branch targets of the assembled original and the assembled
#    output (with and without --ids) are the same instructions (objdump);
#  - idempotence: afterburn of afterburn output is the same text (with and
#    without --ids), and two copies of the as wrapper in a row give the same
#    object as one.
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
AB=$BUILD/bin/afterburn
SITES=$BUILD/bin/afterburn-sites
WRAP=$BUILD/libexec/afterburn/as
C=tests/afterburn/cases
TL_PREFIX="afterburn-hostile/"
tl_tmp

if [ ! -x "$AB" ]; then
	nok "binary: $AB not built (run make)"
	exit 0
fi

# targets OBJ: one line per branch in .text, "mnemonic -> the instruction
# at its target" (addresses dropped: padding moves them).
targets() {
	objdump -d --no-show-raw-insn -j .text "$1" | awk -F'\t' '
		/^ *[0-9a-f]+:\t/ {
			a = $1; sub(/^ */, "", a); sub(/:$/, "", a)
			t = $2; gsub(/[0-9a-f]+ <[^>]*>/, "<>", t); sub(/ *#.*/, "", t)
			n++; ins[n] = $2; at[a] = t
		}
		END {
			for (i = 1; i <= n; i++)
				if (ins[i] ~ /^(j[a-z]*|call[a-z]*|loop[a-z]*) +[0-9a-f]+ </) {
					split(ins[i], w, / +/)
					print w[1] " -> " ((w[2] in at) ? at[w[2]] : "outside .text")
				}
		}'
}

for in in "$C"/*.s; do
	[ -e "$in" ] || continue
	name=$(basename "$in" .s)
	if ! "$AB" "$in" >"$T/$name.out" 2>"$T/$name.err"; then
		nok "$name: afterburn failed: $(head -n 2 "$T/$name.err" | tr '\n' ' ')"
		continue
	fi

	# every branch outcome assembles and is fully covered
	if [ -x "$SITES" ]; then
		why="" nv=0 cmds="verify check"
		# no records at all: nothing to verify; a macro-parameter
		# mnemonic (\op) and a .byte-encoded instruction that is not
		# whole statements are not padded by design (reported)
		"$AB" --report="$T/rep" -o /dev/null "$in" 2>/dev/null
		grep -q 'afterburn_sites' "$T/$name.out" || cmds=
		grep -qE 'macro-parameter mnemonic|byte-encoded .*not padded' "$T/rep" && cmds=verify
		{ echo; sed -n 's/^# as-variant: *//p' "$in"; } >"$T/variants"
		while IFS= read -r v; do
			nv=$((nv + 1))
			# shellcheck disable=SC2086 # v is a list of gas options
			if ! as $v -o "$T/v.o" "$T/$name.out" 2>"$T/v.err"; then
				why="as ${v:-(plain)}: $(head -n 2 "$T/v.err" | tr '\n' ' ')"
				break
			fi
			if ! ld -o "$T/v.elf" -e 0 --no-warn-rwx-segments --unresolved-symbols=ignore-all \
			     "$T/v.o" 2>"$T/v.err"; then
				why="ld ${v:-(plain)}: $(head -n 2 "$T/v.err" | tr '\n' ' ')"
				break
			fi
			for cmd in $cmds; do
				if ! "$SITES" -q $cmd "$T/v.elf" >"$T/v.err" 2>&1; then
					why="afterburn-sites $cmd ${v:-(plain)}: $(head -n 3 "$T/v.err" | tr '\n' ' ')"
					break 2
				fi
			done
		done <"$T/variants"
		check "$name/branches ($nv as runs, ${cmds:-no records})" "$([ -z "$why" ]; echo $?)" "$why"
	else
		skip "$name/branches: $SITES not built"
	fi

	# branches land where they land without afterburn
	if as -o "$T/orig.o" "$in" 2>/dev/null; then
		targets "$T/orig.o" >"$T/orig.t"
		why=
		for ids in "" --ids; do
			"$AB" $ids "$in" >"$T/l.s" 2>"$T/l.err" && as -o "$T/l.o" "$T/l.s" 2>>"$T/l.err" ||
				{ why="afterburn $ids: $(head -n 2 "$T/l.err" | tr '\n' ' ')"; break; }
			targets "$T/l.o" >"$T/l.t"
			if ! cmp -s "$T/orig.t" "$T/l.t"; then
				why="afterburn $ids moves branch targets: $(diff "$T/orig.t" "$T/l.t" | grep '^[<>]' | head -n 4 | tr '\n' ' ')"
				break
			fi
		done
		check "$name/targets ($(wc -l <"$T/orig.t") branches)" "$([ -z "$why" ]; echo $?)" "$why"
	fi

	# afterburn(afterburn(x)) = afterburn(x)
	why=
	for ids in "" --ids; do
		"$AB" $ids "$in" >"$T/i1.s" 2>/dev/null
		if ! "$AB" $ids "$T/i1.s" >"$T/i2.s" 2>"$T/i2.err"; then
			why="second afterburn $ids failed: $(head -n 2 "$T/i2.err" | tr '\n' ' ')"
		elif ! cmp -s "$T/i1.s" "$T/i2.s"; then
			why="second afterburn $ids changed the text: $(diff "$T/i1.s" "$T/i2.s" | head -n 3 | tr '\n' ' ')"
		elif ! as -o "$T/i2.o" "$T/i2.s" 2>"$T/i2.err"; then
			why="$(head -n 2 "$T/i2.err" | tr '\n' ' ')"
		fi
		[ -z "$why" ] || break
	done
	check "$name/idempotent" "$([ -z "$why" ]; echo $?)" "$why"
done

# The second pass (--profile) on its own output: passed through, and the
# profile's sites are not reported missing.
cat >"$T/t.c" <<'CEOF'
unsigned long g;
void f(unsigned long *t, unsigned long v) { t[3] = v; g = 0; }
CEOF
if gcc -O2 -S -o "$T/t.s" "$T/t.c" 2>/dev/null && "$AB" --ids "$T/t.s" >"$T/t.ids.s"; then
	id=$(grep -F '.; movq	%rsi, 24(%rdi)' "$T/t.ids.s" | grep -o '\.long 0x[0-9a-f]*' | head -n 1 | cut -c9-)
	printf 'afterburn-profile 2\nprogram files=t.c\nsite %s pt-write 10 t.c f ; movq %%rsi, 24(%%rdi)\n' \
		"$id" >"$T/t.prof"
	if "$AB" --profile="$T/t.prof" "$T/t.s" >"$T/p1.s" 2>"$T/p.err" &&
	   "$AB" --profile="$T/t.prof" "$T/p1.s" >"$T/p2.s" 2>>"$T/p.err" && cmp -s "$T/p1.s" "$T/p2.s" &&
	   [ ! -s "$T/p.err" ] && grep -q 'Lafterburn_s[0-9]* = \.; movq' "$T/p1.s"; then
		ok "profile-twice: second --profile pass passes its own output through, no warning"
	else
		nok "profile-twice: $(head -n 2 "$T/p.err" | tr '\n' ' ')"
	fi
else
	skip "profile-twice: gcc -S failed"
fi

# Random programs (tests/afterburn/gen/cond-fuzz.awk, fixed seeds): nested
# conditionals, .rept/.irp/.macro bodies, .pushsection blocks and numeric
# labels; for each --defsym set the output assembles, afterburn-sites verify
# and check pass, and the branch targets are those of the original; and a
# second afterburn passes the output through.
FUZZ_N=${FUZZ_N:-30}
if [ -x "$SITES" ]; then
	why="" runs=0
	seed=1
	while [ $seed -le "$FUZZ_N" ] && [ -z "$why" ]; do
		awk -v seed=$seed -f tests/afterburn/gen/cond-fuzz.awk >"$T/fz.s"
		if ! "$AB" "$T/fz.s" >"$T/fz.out" 2>"$T/fz.err"; then
			why="seed $seed: afterburn: $(head -n 2 "$T/fz.err" | tr '\n' ' ')"
			break
		fi
		if ! "$AB" "$T/fz.out" >"$T/fz2.out" 2>"$T/fz.err" || ! cmp -s "$T/fz.out" "$T/fz2.out"; then
			why="seed $seed: second afterburn did not pass it through: $(head -n 2 "$T/fz.err" | tr '\n' ' ')"
			break
		fi
		for v in "" "--defsym A=1" "--defsym B=1 --defsym C=1" "--defsym A=1 --defsym B=1"; do
			# shellcheck disable=SC2086 # v is a list of gas options
			as $v -o "$T/fz0.o" "$T/fz.s" 2>/dev/null || continue	# gas rejects the program itself
			runs=$((runs + 1))
			# shellcheck disable=SC2086
			if ! as $v -o "$T/fz.o" "$T/fz.out" 2>"$T/fz.err"; then
				why="seed $seed ${v:-(plain)}: output does not assemble: $(head -n 2 "$T/fz.err" | tr '\n' ' ')"
				break
			fi
			targets "$T/fz0.o" >"$T/fz0.t"
			targets "$T/fz.o" >"$T/fz.t"
			if ! cmp -s "$T/fz0.t" "$T/fz.t"; then
				why="seed $seed ${v:-(plain)}: branch targets moved"
				break
			fi
			ld -o "$T/fz.elf" -e 0 --no-warn-rwx-segments "$T/fz.o" 2>"$T/fz.err" ||
				{ why="seed $seed: ld: $(head -n 1 "$T/fz.err")"; break; }
			for cmd in verify check; do
				if ! "$SITES" -q $cmd "$T/fz.elf" >"$T/fz.err" 2>&1; then
					why="seed $seed ${v:-(plain)}: afterburn-sites $cmd: $(head -n 3 "$T/fz.err" | tr '\n' ' ')"
					break 2
				fi
			done
		done
		seed=$((seed + 1))
	done
	check "cond-fuzz ($FUZZ_N programs, $runs as runs)" "$([ -z "$why" ]; echo $?)" "$why"
else
	skip "cond-fuzz: $SITES not built"
fi

# Two as wrappers in a row (nested afterburn-cc, ccache in front of a
# wrapper): the second sees afterburn output and passes it through.
if [ -x "$WRAP" ]; then
	mkdir -p "$T/w1" "$T/w2"
	cp "$WRAP" "$T/w1/as"
	cp "$WRAP" "$T/w2/as"
	real=$(command -v as)
	AFTERBURN_REAL_AS=$real "$T/w1/as" -o "$T/one.o" "$C/labels.s" 2>"$T/w.err"
	rc1=$?
	# w1 finds w2 first on PATH; w2 finds the real as (not itself)
	PATH="$T/w2:$PATH" "$T/w1/as" -o "$T/two.o" "$C/labels.s" 2>>"$T/w.err"
	rc2=$?
	dump() { objdump -dr -s "$1" | sed 1,3d; }
	if [ $rc1 -ne 0 ] || [ $rc2 -ne 0 ]; then
		nok "two-wrappers: wrapper failed ($rc1, $rc2): $(head -n 3 "$T/w.err" | tr '\n' ' ')"
	elif ! objdump -h "$T/one.o" | grep -q afterburn_sites; then
		nok "two-wrappers: the wrapper did not afterburn"
	elif [ "$(dump "$T/one.o")" = "$(dump "$T/two.o")" ]; then
		ok "two-wrappers: same object as one wrapper"
	else
		nok "two-wrappers: objects differ"
	fi
else
	skip "two-wrappers: $WRAP not built"
fi
exit 0
