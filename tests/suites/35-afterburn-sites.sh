#!/usr/bin/env bash
# 35-afterburn-sites.sh - the host CLI afterburn-sites on images built here
# from tests/sites/fixture.S (the afterburner's emission pattern, by hand):
# list / verify / check / patch / unpatch with asserted output, byte-exact
# round trips, and hostile inputs (truncated, flipped bytes, bogus records,
# wrong ABI word, missing sections) run under the ASan/UBSan build, which
# must answer with a message and exit 1, never crash.  Finally the real
# guest image, if built.
set -u
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
S=$BUILD/bin/afterburn-sites
A=$BUILD/tests/afterburn-sites-asan
HOSTCC=${HOSTCC:-gcc}

# the reason is a separate argument here (not lib.sh's ok/nok/skip TEXT)
ok()   { echo "ok - sites/$1"; }
bad()  { echo "not ok - sites/$1: $2"; }
skip() { echo "skip - sites/$1: $2"; }

if [ ! -x "$S" ]; then
	bad build "$S not built (run make)"
	exit 0
fi
[ -x "$A" ] || A=$S	# without the sanitizer build, still check exit codes

tl_tmp

# ---- fixtures ----
build_fixture() {	# NAME [CPPFLAGS...]
	local name=$1
	shift
	"$HOSTCC" -c -I"$T" -Iinclude "$@" tests/sites/fixture.S -o "$T/$name.o" &&
	ld --no-warn-rwx-segments -Ttext=0x100000 -o "$T/$name.elf" "$T/$name.o"
}
if ! "$HOSTCC" -Iinclude tests/sites/gen_equ.c -o "$T/gen_equ" || ! "$T/gen_equ" >"$T/abi.inc" ||
   ! build_fixture fix || ! build_fixture uncov -DUNCOVERED; then
	bad fixtures "could not assemble/link tests/sites/fixture.S"
	exit 0
fi
F=$T/fix.elf

# run CMD...: sets rc, out, err
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}
expect() {	# NAME WANT_RC GREP_PATTERN(on stdout+stderr, may be empty) CMD...
	local name=$1 want=$2 pat=$3
	shift 3
	run "$@"
	if [ "$rc" != "$want" ]; then
		bad "$name" "exit $rc, want $want; $(echo "$err" | head -n 2 | tr '\n' ' ')"
	elif [ -n "$pat" ] && ! printf '%s\n%s\n' "$out" "$err" | grep -qE -- "$pat"; then
		bad "$name" "output lacks /$pat/: $(printf '%s %s' "$out" "$err" | tail -c 300 | tr '\n' ' ')"
	else
		ok "$name"
	fi
}

# ---- list / verify / check on a good image ----
expect list 0 '^sites: 24$' "$S" list "$F"
n=$(grep -c '^0x' "$T/out")
[ "$n" = 24 ] && ok list-lines || bad list-lines "$n site lines, want 24"
grep -qE '^0x0+10003e +_start\+0x3e +lgdt +7 +7 +mem gdtr\(%rip\)' "$T/out" &&
	ok list-rip-operand || bad list-rip-operand "lgdt line missing or wrong"
grep -qE '^0x[0-9a-f]+ +guest_exit_path +sti +4 +5 +- \+sysret$' "$T/out" &&
	ok list-pair || bad list-pair "sti+sysret line missing or wrong"
expect verify 0 ': 24 sites, 0 problems$' "$S" verify "$F"
expect check 0 '29 sensitive, 26 covered, 0 not covered, 3 reported 16/32-bit, 1 not padded by design' \
	"$S" check "$F"
grep -q 'guest_exit_path+0x1b int3: not padded by design' "$T/out" && ok check-int3 || bad check-int3 "int3 not listed"
grep -q 'boot32+0x1 mov-from-cr: reported, 32-bit' "$T/out" && ok check-32bit || bad check-32bit "32-bit range not reported"
grep -q code_blob "$T/out" && bad check-data-skipped "data in code was decoded" || ok check-data-skipped
grep -q 'deliberately unpadded, by reason: 1 int3, 3 in 16/32-bit ranges, 0 in copied sections' "$T/out" &&
	ok check-summary-by-reason || bad check-summary-by-reason "$(grep 'by reason' "$T/out")"
# padding between/after functions (tests/sites/padding.S, a vmlinux in miniature):
# counted, not listed; the int3 in a body, the int3 entry and the uncovered cli are
if "$HOSTCC" -c tests/sites/padding.S -o "$T/pad.o" && ld -Ttext=0x100000 -o "$T/pad.elf" "$T/pad.o"; then
	expect check-padding-exit-1 1 '^0x[0-9a-f]+ f_uncov\+0x1 cli: not covered' "$S" check "$T/pad.elf"
	n=$(grep -c '^0x' "$T/out")
	[ "$n" = 3 ] && grep -q '^0x[0-9a-f]* _start+0x2 int3: not padded by design$' "$T/out" &&
		grep -q '^0x[0-9a-f]* f_int3 int3: not padded by design$' "$T/out" && ok check-padding-not-listed ||
		bad check-padding-not-listed "$n lines listed, want 3: $(grep '^0x' "$T/out" | head -n 4 | tr '\n' ' ')"
	grep -qE 'padding, not listed: 200[0-9]{2} int3 in 2005 runs' "$T/out" && ok check-padding-counted ||
		bad check-padding-counted "$(grep 'by reason' "$T/out")"
else
	bad check-padding "could not assemble tests/sites/padding.S"
fi
expect check-uncovered 1 '^0x[0-9a-f]+ uncovered_fn cli: not covered' "$S" check "$T/uncov.elf"

# ---- the Zydis -> class mapping: every sensitive form, and look-alikes ----
if "$HOSTCC" -c tests/sites/classes.S -o "$T/cls.o" 2>/dev/null &&
   ld -Ttext=0x100000 -o "$T/cls.elf" "$T/cls.o"; then
	run "$S" check "$T/cls.elf"
	want=$(grep -c '^x_' tests/sites/classes.S)
	# "ADDR x_CLASS_N CLASS: not covered": the label must name the class
	wrong=$(awk '$4 == "not" && $5 == "covered" { n = $2; c = $3; sub(/:$/, "", c); l = n; sub(/^x_/, "", n);
		sub(/_[0-9]+$/, "", n); gsub(/_/, "-", n); if (l !~ /^x_/ || n != c) print l "=" c }' "$T/out")
	got=$(grep -c ': not covered' "$T/out")
	if [ "$rc" = 1 ] && [ "$got" = "$want" ] && [ -z "$wrong" ]; then
		ok "classify-every-form ($want forms)"
	else
		bad classify-every-form "exit $rc, $got of $want reported, misclassified: $(echo $wrong | head -c 300)"
	fi
	grep -q 'neg_25 int3: not padded by design' "$T/out" && ok classify-int3-by-design ||
		bad classify-int3-by-design "int3 not reported as by design"
else
	bad classify-every-form "could not assemble tests/sites/classes.S"
fi

# ---- patch / unpatch ----
expect patch-trace 0 'backend trace, 24 sites, 24 patched' "$S" patch --backend trace "$F" -o "$T/tr.elf"
expect verify-patched 0 '24 sites, 0 problems' "$S" verify "$T/tr.elf"
expect patch-twice-refused 1 'already pre-patched' "$S" patch --backend native "$T/tr.elf" -o "$T/x.elf"
expect unpatch-trace 0 '24 restored' "$S" unpatch "$T/tr.elf" -o "$T/un.elf"
cmp -s "$F" "$T/un.elf" && ok trace-round-trip-exact || bad trace-round-trip-exact "unpatched image differs from the original"
n=$(cmp -l "$F" "$T/tr.elf" | wc -l)
[ "$n" -gt 24 ] && ok trace-changes-bytes || bad trace-changes-bytes "only $n bytes differ"
expect patch-native 0 'backend native, 24 sites, 0 patched' "$S" patch --backend native "$F" -o "$T/na.elf"
n=$(cmp -l "$F" "$T/na.elf" | wc -l)
[ "$n" = 1 ] && ok native-only-flag || bad native-only-flag "$n bytes differ, want 1 (the flag)"
expect unpatch-native 0 '' "$S" unpatch "$T/na.elf" -o "$T/un2.elf"
cmp -s "$F" "$T/un2.elf" && ok native-round-trip-exact || bad native-round-trip-exact "differs"
expect unpatch-unpatched 1 'not pre-patched' "$S" unpatch "$F" -o "$T/x.elf"
expect patch-bad-backend 2 'native or trace' "$S" patch --backend bogus "$F" -o "$T/x.elf"
expect patch-no-output 2 '-o OUT' "$S" patch --backend trace "$F"
strip -o "$T/stripped.elf" "$F"
expect patch-no-wedge-symbol 1 'no symbol afterburn_wedge_prepatched' "$S" patch --backend trace "$T/stripped.elf" -o "$T/x.elf"

# ---- output: a temporary beside the target, renamed on success ----
# A write error must not remove what the tool did not create: a symlink to
# /dev/full is written through (a device, in place) and survives.
if [ -w /dev/full ]; then
	ln -s /dev/full "$T/full"
	expect out-device-write-error 1 'write failed' "$S" patch --backend trace "$F" -o "$T/full"
	[ -L "$T/full" ] && [ -c /dev/full ] && ok out-device-not-removed ||
		bad out-device-not-removed "the symlink to /dev/full (or /dev/full) is gone"
else
	skip out-device-write-error "/dev/full not writable"
fi
# A failed write (file size limit) leaves an existing output as it was, and no temporary behind.
printf 'old contents\n' >"$T/keep.elf"
( ulimit -f 4; trap '' XFSZ; "$S" patch --backend trace "$F" -o "$T/keep.elf" ) >"$T/out" 2>"$T/err"
rc=$?
if [ $rc = 1 ] && [ "$(cat "$T/keep.elf")" = "old contents" ] && ! ls -A "$T" | grep -q '\.afterburn-'; then
	ok out-write-error-keeps-old-file
else
	bad out-write-error-keeps-old-file "exit $rc, keep.elf: $(head -c 40 "$T/keep.elf" | tr -cd '[:print:]'), temps: $(ls -A "$T" | grep '\.afterburn-' | tr '\n' ' ')"
fi
# Success replaces the file and keeps its mode; the output may be the input itself.
cp "$F" "$T/self.elf"; chmod 751 "$T/self.elf"
expect out-over-input 0 '24 patched' "$S" patch --backend trace "$T/self.elf" -o "$T/self.elf"
[ "$(stat -c %a "$T/self.elf")" = 751 ] && cmp -s "$T/self.elf" "$T/tr.elf" && ok out-mode-kept-content-right ||
	bad out-mode-kept-content-right "mode $(stat -c %a "$T/self.elf") or content differs from tr.elf"
expect out-to-dev-null 0 '24 patched' "$S" patch --backend trace "$F" -o /dev/null
[ -c /dev/null ] && ok out-dev-null-still-device || bad out-dev-null-still-device "/dev/null is no longer a device"

# ---- a huge file (3 GiB, sparse): mapped, never read whole ----
# The image with 3 GiB of zeros after it (trailing bytes no header names):
# list/verify/check touch only what the headers point at; patch writes a
# sparse copy in chunks.  Peak RSS from tests/sites/maxrss.c.
if "$HOSTCC" -O2 tests/sites/maxrss.c -o "$T/maxrss" && cp "$F" "$T/big.elf" && truncate -s 3G "$T/big.elf"; then
	for cmd in list verify check "patch --backend trace"; do
		o=()
		[ "$cmd" = "patch --backend trace" ] && o=(-o "$T/big-tr.elf")
		t0=$(date +%s)
		# shellcheck disable=SC2086
		"$T/maxrss" "$S" $cmd "$T/big.elf" "${o[@]}" >"$T/out" 2>"$T/err"
		rc=$? secs=$(( $(date +%s) - t0 ))
		kb=$(sed -n 's/^maxrss //p' "$T/err")
		if [ $rc = 0 ] && [ "${kb:-999999}" -lt 65536 ] && [ $secs -lt 60 ]; then
			ok "huge-file-${cmd%% *} (max RSS ${kb} KB, ${secs} s)"
		else
			bad "huge-file-${cmd%% *}" "exit $rc, max RSS ${kb:-?} KB (limit 65536), $secs s: $(grep -v maxrss "$T/err" | head -n 1)"
		fi
	done
	blocks=$(du -k "$T/big-tr.elf" 2>/dev/null | cut -f1)
	if [ "$(stat -c %s "$T/big-tr.elf" 2>/dev/null)" = $((3 << 30)) ] && [ "${blocks:-999999}" -lt 65536 ] &&
	   cmp -s <(head -c "$(stat -c %s "$F")" "$T/big-tr.elf") "$T/tr.elf"; then
		ok "huge-file-patch-output-sparse-and-right (${blocks} KB on disk)"
	else
		bad huge-file-patch-output-sparse-and-right "size $(stat -c %s "$T/big-tr.elf" 2>/dev/null), ${blocks:-?} KB on disk, or content differs"
	fi
	rm -f "$T/big.elf" "$T/big-tr.elf"
else
	bad huge-file "could not build tests/sites/maxrss.c or a sparse file"
fi

# ---- a second PT_LOAD far away: only the segments near the sites are rewritten ----
if "$HOSTCC" -c -I"$T" -Iinclude -DFAR tests/sites/fixture.S -o "$T/far.o" &&
   ld --no-warn-rwx-segments -Ttext=0x100000 --section-start=.far=0x200000000 -o "$T/far.elf" "$T/far.o"; then
	expect far-segment-verify 0 '24 sites, 0 problems' "$S" verify "$T/far.elf"
	expect far-segment-patch 0 '24 patched' "$S" patch --backend trace "$T/far.elf" -o "$T/far-tr.elf"
	expect far-segment-unpatch 0 '24 restored' "$S" unpatch "$T/far-tr.elf" -o "$T/far-un.elf"
	cmp -s "$T/far.elf" "$T/far-un.elf" && ok far-segment-round-trip || bad far-segment-round-trip "differs"
else
	bad far-segment "could not build the far-segment fixture"
fi

# ---- hostile input, under ASan/UBSan ----
export ASAN_OPTIONS=exitcode=99:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:exitcode=98
hostile() {	# NAME FILE PATTERN: every subcommand exits 1 with a message, no crash
	local name=$1 file=$2 pat=$3 cmd fail=
	for cmd in list verify check "patch --backend trace" unpatch; do
		local o=()
		case $cmd in patch*|unpatch) o=(-o "$T/h-out.elf") ;; esac
		# shellcheck disable=SC2086
		run "$A" $cmd "$file" "${o[@]}"
		case $cmd in	# list and check may still read it; check may find gaps
		list|check)
			if [ "$rc" = 0 ] || { [ "$rc" = 1 ] && [ -n "$err$out" ]; }; then
				continue
			fi ;;
		esac
		if [ "$rc" != 1 ] || [ -z "$err" ]; then
			fail="$cmd: exit $rc $(echo "$err" | grep -m1 -E 'ERROR|runtime error|afterburn' )"
			break
		fi
		if [ -n "$pat" ] && [ "$cmd" = verify ] && ! grep -qE -- "$pat" <<<"$err"; then
			fail="verify: message lacks /$pat/: $(echo "$err" | head -n 1)"
			break
		fi
	done
	[ -z "$fail" ] && ok "hostile-$name" || bad "hostile-$name" "$fail"
}
# poke FILE OFFSET BYTES... (decimal offset, hex bytes)
poke() {
	local f=$1 off=$2 b
	shift 2
	for b in "$@"; do
		printf "\\x$b" | dd of="$f" bs=1 seek="$off" conv=notrunc status=none
		off=$((off + 1))
	done
}
# file offset (decimal) of section $2 in $1
secoff() { local h; h=$(objdump -h "$1" | awk -v s="$2" '$2 == s { print $6 }'); echo $((16#${h:-0})); }
size=$(stat -c %s "$F")
for cut in 0 4 16 63 64 200 $((size / 2)) $((size - 1)); do
	head -c "$cut" "$F" >"$T/cut.elf"
	hostile "truncated-$cut" "$T/cut.elf" ''
done
echo "just text" >"$T/text.elf"
hostile not-elf "$T/text.elf" 'not an ELF'
hostile relocatable "$T/fix.o" 'not a linked image'
sites=$(secoff "$F" afterburn_sites)
abi=$(secoff "$F" afterburn_abi)
cp "$F" "$T/h.elf"; poke "$T/h.elf" "$abi" 02
hostile wrong-abi-word "$T/h.elf" 'afterburn_abi word 0 is 0xab5e0002'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 3)) ff ff ff 7f	# site offset of record 3
hostile record-site-outside "$T/h.elf" 'record 3'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 3 + 4)) 00 00 00 80	# slot offset
hostile record-slot-outside "$T/h.elf" 'slot|outside'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 5 + 9)) ff	# site_len 255
hostile record-huge-length "$T/h.elf" 'insn_len/site_len'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 5 + 8)) f0	# insn_len 240
hostile record-huge-insn "$T/h.elf" 'insn_len'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 8 + 10)) fe	# class 254
hostile record-bad-class "$T/h.elf" 'class'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 8 + 10)) 1f	# cpuid record says rdtsc
hostile record-lies-about-class "$T/h.elf" 'record says rdtsc, code is `cpuid`'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 12 + 24)) 00 00 00 00	# lgdt disp
hostile record-rip-mismatch "$T/h.elf" 'rip-relative|addresses'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 14 + 16)) 00	# invlpg (%rdi) recorded as (%rax)
hostile record-wrong-mem-base "$T/h.elf" 'memory operand'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 15 + 15)) 05	# mov %ax,%ds recorded with %rbp
hostile record-wrong-register "$T/h.elf" 'not an operand'
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 4 + 20)) 61	# in $0x60,%al recorded as port 0x61
hostile record-wrong-immediate "$T/h.elf" 'immediate is not'
# the rewriter itself refuses it too (back ends take the port from the record):
# the record named with its class, nothing written, for every back end
for b in trace native; do
	rm -f "$T/h-out.elf"
	expect "patch-$b-refuses-record-port-not-bytes" 1 \
		"record 4 \\(in\\): record's operands \\(port, width, direction\\) disagree" \
		"$S" patch --backend $b "$T/h.elf" -o "$T/h-out.elf"
	[ ! -e "$T/h-out.elf" ] && ok "patch-$b-record-port-not-bytes-no-output" ||
		bad "patch-$b-record-port-not-bytes-no-output" "wrote $T/h-out.elf"
done
# record 9 claims record 8's site (cpuid at 0x10002a): the two overlap
le32() { printf '%08x' $(( $1 & 0xffffffff )) | sed 's/\(..\)\(..\)\(..\)\(..\)/\4 \3 \2 \1/'; }
vma=$(objdump -h "$F" | awk '$2 == "afterburn_sites" { print $4 }'); vma=$((16#$vma))
cp "$F" "$T/h.elf"; poke "$T/h.elf" $((sites + 32 * 9)) $(le32 $((0x10002a - (vma + 32 * 9))))
hostile record-overlap "$T/h.elf" 'overlaps|state'

# ---- corrupt files: an error for every subcommand ----
# corrupt NAME FILE PATTERN: each subcommand exits 1 with "afterburn-sites:
# FILE: ..." matching PATTERN, no sanitizer report; and (valgrind installed)
# one subcommand per file, in turn, under memcheck: no invalid read anywhere,
# libelf included.
corrupt_cmds=(list verify "verify --profile /dev/null" check "patch --backend trace"
	      "patch --backend native" unpatch)
corrupt_vg=0
corrupt() {
	local name=$1 file=$2 pat=$3 cmd fail= o
	for cmd in "${corrupt_cmds[@]}"; do
		o=()
		case $cmd in patch*|unpatch) o=(-o "$T/c-out.elf") ;; esac
		# shellcheck disable=SC2086
		run "$A" $cmd "$file" "${o[@]}"
		if [ "$rc" != 1 ]; then
			fail="$cmd: exit $rc, want 1: $(echo "$out $err" | grep -m1 -E 'ERROR|runtime error|afterburn|sites:' )"
		elif ! grep -qF -- "afterburn-sites: $file: " <<<"$err"; then
			fail="$cmd: no message naming the file: $(head -c 200 <<<"$err")"
		elif ! grep -qE -- "$pat" <<<"$err"; then
			fail="$cmd: message lacks /$pat/: $(head -n 1 <<<"$err")"
		elif [ -e "$T/c-out.elf" ]; then
			fail="$cmd: wrote $T/c-out.elf from a corrupt file"
		fi
		[ -n "$fail" ] && break
	done
	if [ -z "$fail" ] && command -v valgrind >/dev/null; then
		cmd=${corrupt_cmds[$((corrupt_vg % ${#corrupt_cmds[@]}))]}
		corrupt_vg=$((corrupt_vg + 1))
		o=()
		case $cmd in patch*|unpatch) o=(-o "$T/c-out.elf") ;; esac
		# shellcheck disable=SC2086
		run valgrind -q --error-exitcode=97 "$S" $cmd "$file" "${o[@]}"
		[ "$rc" = 1 ] || fail="valgrind $cmd: exit $rc: $(grep -m1 -E 'Invalid|uninit|==[0-9]+==' <<<"$err")"
	fi
	[ -z "$fail" ] && ok "corrupt-$name" || bad "corrupt-$name" "$fail"
}
# ELF64 header fields (decimal offsets)
shoff=$(readelf -h "$F" | awk '/Start of section headers/ { print $5 }')
secidx() { readelf -SW "$1" | sed -n 's/^ *\[ *\([0-9]*\)\] \([^ ]*\) .*/\1 \2/p' | awk -v s="$2" '$2 == s { print $1 }'; }
shdr() { echo $((shoff + 64 * $(secidx "$F" "$1"))); }	# file offset of a section header
le64() { printf '%016x' "$1" | sed 's/\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)/\8 \7 \6 \5 \4 \3 \2 \1/'; }
mk() { cp "$F" "$T/c.elf"; poke "$T/c.elf" "$@"; }
mk 62 ff 00;				corrupt shstrndx-out-of-range "$T/c.elf" 'e_shstrndx 255'
mk 62 01 00;				corrupt shstrndx-not-strtab "$T/c.elf" 'e_shstrndx 1 is not a string table'
mk $(shdr afterburn_sites) ff ff 00 00;	corrupt section-name-outside "$T/c.elf" 'name offset 0xffff'
mk $(( $(shdr afterburn_sites) + 24 )) $(le64 $((size + 4096)));	corrupt section-offset-beyond-file "$T/c.elf" 'lies outside the file'
mk $(( $(shdr afterburn_sites) + 32 )) $(le64 $((size * 4)));	corrupt section-size-beyond-file "$T/c.elf" 'lies outside the file'
mk $(( $(shdr afterburn_sites) + 32 )) $(le64 $((24 * 32 - 4)));	corrupt sites-size-not-records "$T/c.elf" 'not a loaded table of 32-byte records'
mk $(( $(shdr .symtab) + 40 )) 7f 00 00 00;	corrupt symtab-bad-link "$T/c.elf" 'sh_link 127 is not a string table'
mk $(( $(shdr .symtab) + 40 )) $(printf '%02x' "$(secidx "$F" afterburn_sites)") 00 00 00
					corrupt symtab-link-not-strtab "$T/c.elf" 'is not a string table'
mk $(( $(shdr .symtab) + 56 )) 10 00 00 00;	corrupt symtab-entsize "$T/c.elf" 'not a table of 24-byte symbols'
symoff=$((16#$(readelf -SW "$F" | awk '$2 == ".symtab" || $3 == ".symtab" { for (i = 1; i <= NF; i++) if ($i == "SYMTAB") print $(i + 2) }')))
mk $((symoff + 24 * 3)) ff ff ff 0f;	corrupt symbol-name-outside "$T/c.elf" 'symbol 3: name offset'
mk 4 01;				corrupt elf32 "$T/c.elf" 'ELF class 1: 32-bit'
mk 5 02;				corrupt big-endian "$T/c.elf" 'data encoding 2'
mk 18 03 00;				corrupt not-x86-64 "$T/c.elf" 'e_machine 3'
mk 58 20 00;				corrupt shentsize "$T/c.elf" 'e_shentsize is 32'
mk 54 20 00;				corrupt phentsize "$T/c.elf" 'e_phentsize is 32'
mk 60 00 00;				corrupt no-sections "$T/c.elf" 'site table by section name'
modes=$(secoff "$F" afterburn_modes)
mk $((modes + 16)) 40;			corrupt modes-64-bit "$T/c.elf" 'afterburn_modes entry 0'
mk $((sites + 32 * 3)) ff ff ff 7f;	corrupt record-site-outside "$T/c.elf" 'record 3: site 0x[0-9a-f]+ \(\+[0-9]+\) lies outside'
mk $((sites + 32 * 3 + 4)) 00 00 00 80;	corrupt record-slot-outside "$T/c.elf" 'record 3: slot 0x[0-9a-f]+ lies outside afterburn_slots'
mk $((sites + 32 * 5 + 9)) ff;		corrupt record-huge-length "$T/c.elf" 'record 5: insn_len/site_len'
mk $((sites + 32 * 8 + 10)) fe;		corrupt record-bad-class "$T/c.elf" 'record 8: class 254'
echo "just text" >"$T/text.elf";	corrupt not-elf "$T/text.elf" 'not an ELF file'
: >"$T/empty.elf";			corrupt empty "$T/empty.elf" 'not an ELF file'
for cut in 0 4 16 63 64 200 $((size / 2)) $((size - 1)); do
	head -c "$cut" "$F" >"$T/cut.elf"
	corrupt "truncated-$cut" "$T/cut.elf" 'not an ELF|truncated|outside the file'
done

for s in afterburn_sites afterburn_abi afterburn_slots; do
	objcopy --remove-section "$s" "$F" "$T/nosec.elf" 2>/dev/null
	hostile "missing-$s" "$T/nosec.elf" "$s"
done
# random byte flips: any outcome but a crash
crashes=0
for seed in $(seq 1 60); do
	cp "$F" "$T/r.elf"
	for k in 1 2 3 4 5 6; do
		off=$(( (seed * 7919 + k * 104729) % size ))
		poke "$T/r.elf" "$off" "$(printf '%02x' $(( (seed * 31 + k * 17) % 256 )))"
	done
	for cmd in list verify check patch; do
		o=()
		[ $cmd = patch ] && o=(--backend trace -o "$T/r-out.elf")
		"$A" $cmd "${o[@]}" "$T/r.elf" >/dev/null 2>"$T/err"
		rc=$?
		if [ $rc -gt 2 ]; then
			crashes=$((crashes + 1))
			echo "  | seed $seed $cmd: exit $rc $(grep -m1 -E 'ERROR|runtime error' "$T/err")"
		fi
	done
done
[ $crashes = 0 ] && ok hostile-random-flips-240-runs || bad hostile-random-flips "$crashes crashes"

# ---- the fuzz corpus (tests/fuzz/elf-corpus: seeds and past findings) ----
# replayed through the libFuzzer harness, built with gcc + ASan/UBSan
R=$BUILD/tests/fuzz-elf-replay
if [ -x "$R" ]; then
	n=$(find tests/fuzz/elf-corpus -type f ! -name '.*' | wc -l)
	t0=$(date +%s)
	run "$R" tests/fuzz/elf-corpus
	if [ "$rc" = 0 ] && grep -q "^replay: $n inputs$" <<<"$err"; then
		ok "fuzz-elf-corpus-replay ($n inputs, $(( $(date +%s) - t0 )) s)"
	else
		bad fuzz-elf-corpus-replay "exit $rc: $(grep -m1 -E 'ERROR|runtime error|replay: [0-9]' <<<"$err")"
	fi
else
	bad fuzz-elf-corpus-replay "$R not built (run make)"
fi

# ---- the real guest image ----
G=$BUILD/guest/guest.elf
if [ -f "$G" ]; then
	expect guest-check-0-uncovered 0 ' 0 not covered' "$S" check -q "$G"
	expect guest-verify 0 ' 0 problems' "$S" verify "$G"
	echo "$out" | sed 's/^/  | /'
	# patch + unpatch round trip on the real image
	run "$S" patch --backend trace "$G" -o "$T/g-tr.elf"
	if [ $rc != 0 ] && grep -q 'is in bss' <<<"$err"; then
		skip guest-patch-round-trip "the wedge keeps afterburn_wedge_prepatched in bss (must be initialised data to survive in the file)"
		skip guest-prepatched-trace-boots-tcg "no pre-patched image (see above)"
	elif [ $rc != 0 ]; then
		bad guest-patch-round-trip "patch: exit $rc: $(head -n 1 <<<"$err")"
	else
		expect guest-verify-patched 0 ' 0 problems' "$S" verify "$T/g-tr.elf"
		run "$S" unpatch "$T/g-tr.elf" -o "$T/g-un.elf"
		if [ $rc = 0 ] && cmp -s "$G" "$T/g-un.elf"; then
			ok guest-patch-round-trip
		else
			bad guest-patch-round-trip "unpatch exit $rc or image differs: $(head -n 1 <<<"$err")"
		fi
		# the host-patched image boots: the wedge sees it pre-patched and counts
		R=$BUILD/bin/afterburn-run
		if [ -x "$R" ] && "$R" --on tcg --check >/dev/null 2>&1; then
			timeout 120 "$R" --on tcg --timeout 60 "$T/g-tr.elf" >"$T/boot" 2>&1
			rc=$?
			if [ $rc = 0 ] && grep -q 'prepatched=trace' "$T/boot" &&
			   grep -q '^afterburn: trace total=[1-9]' "$T/boot"; then
				ok guest-prepatched-trace-boots-tcg
			else
				bad guest-prepatched-trace-boots-tcg "exit $rc: $(grep -E 'afterburn(-run)?:|not ok' "$T/boot" | tail -n 3 | tr '\n' ' ')"
			fi
		else
			skip guest-prepatched-trace-boots-tcg "afterburn-run or QEMU TCG not available"
		fi
	fi
	# The load-time rewrite's cost per site (issue 8: Linux's 2985 sites
	# in <= 1M guest instructions).  Counted by callgrind inside
	# ab_rewrite_all only: 1,244 per site before the slot-code template,
	# word-sized copies and the single check of each record; ~620 after;
	# ~305 since the trace code is built straight into the slot, classes
	# come from one table and phase 2 reads only offsets (rewriter.c).
	if command -v valgrind >/dev/null 2>&1; then
		n=$("$S" list "$G" 2>/dev/null | grep -c '^ *[0-9]')
		valgrind --tool=callgrind --toggle-collect=ab_rewrite_all --callgrind-out-file="$T/cg" \
			"$S" patch --backend trace "$G" -o "$T/g-cg.elf" >/dev/null 2>"$T/cg.err"
		ir=$(sed -n 's/^==[0-9]*== Collected : //p' "$T/cg.err")
		if [ -n "$ir" ] && [ "${n:-0}" -gt 0 ] && [ $((ir / n)) -le 400 ]; then
			ok "patch-cost-per-site ($((ir / n)) instructions for each of $n sites)"
		else
			bad patch-cost-per-site "${ir:-?} instructions for ${n:-?} sites: more than 400 each"
		fi
	else
		skip patch-cost-per-site "valgrind not installed"
	fi
else
	skip guest-check-0-uncovered "$G not built yet (guest component)"
	skip guest-verify "$G not built yet (guest component)"
	skip guest-patch-round-trip "$G not built yet (guest component)"
fi
exit 0
