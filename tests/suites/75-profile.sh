#!/usr/bin/env bash
# tests/suites/75-profile.sh - the profile-driven second build pass (issue 4).
#  no KVM needed:
#  - stable IDs: build N+1 of the guest (-DAFTERBURN_TEST_SHIFT: code inserted above
#    every table store of paging.c) labels paging.c's stores with the same IDs at
#    other addresses
#  - bad input: missing/corrupt profile (file:line), a profile of a different program,
#    an unreadable image - clear errors, non-zero exit
#  - a profiled store of an immediate to a rip-relative symbol (disp32 not last):
#    padded, verified, and the trace slot re-bases the disp32 to the same target
#  with a profiling host (afterburn-kvm where /dev/kvm works, else the VT-x
#  hypervisor in Bochs: afterburn-run --on vtx --profile):
#  - the seeded profile of guest.elf finds exactly the table stores of
#    paging.c (every pointer store of its functions, from objdump and the object's own
#    symbols) and, without an ID, only the 32-bit boot code's
#  - guest-pass2.elf: every profile entry on exactly one memory site (verify --profile),
#    `list` shows them, PASS on tcg/kvm/bochs (afterburn-run) native/trace and on
#    afterburn-kvm native/hypercall
#  - build N's profile applied to build N+1 lands on the same instructions
#  - numbers: profile run vs normal run wall time, exits plain vs pass 2 (as # lines)
set -u
. "$(dirname "$0")/../lib.sh"
B=build
AB=$B/bin/afterburn
ABCC=$B/bin/afterburn-cc
SITES=$B/bin/afterburn-sites
KVM=$B/bin/afterburn-kvm
tl_tmp

TL_PREFIX="profile: "	# ok/nok/skip/check/show: tests/lib.sh
TL_SHOW=12

for t in "$AB" "$ABCC" "$SITES" "$KVM"; do
	[ -x "$t" ] || { nok "$t is not built (run make)"; exit 0; }
done

# expect_err NAME WANT CMD... : non-zero exit (not a signal) and WANT on stderr
expect_err() {
	local name=$1 want=$2; shift 2
	"$@" >"$T/e.out" 2>"$T/e.err"
	local rc=$?
	if [ $rc -ne 0 ] && [ $rc -lt 124 ] && grep -q -- "$want" "$T/e.err"; then
		ok "$name: exit $rc, '$(grep -m1 -- "$want" "$T/e.err")'"
	else
		nok "$name: exit $rc, want non-zero and '$want'"
		show "$T/e.err"
	fi
}

# ids IMAGE SRC: "ID FUNCTION+OFF TEXT" for the afterburn_ids records of source SRC
ids() {
	local h
	h=$(python3 -c "import sys
h=2166136261
for c in sys.argv[1].encode(): h=((h^c)*16777619)&0xffffffff
print(h)" "$2")
	python3 - "$1" "$h" <<'EOF'
import struct, sys
d = open(sys.argv[1], 'rb').read()
shoff, = struct.unpack_from('<Q', d, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', d, 0x3a)
def sh(i):
    return struct.unpack_from('<IIQQQQIIQQ', d, shoff + i * shentsize)
stro = sh(shstrndx)[4]
for i in range(shnum):
    s = sh(i)
    name = d[stro + s[0]:d.index(b'\0', stro + s[0])]
    if name == b'afterburn_ids':
        for o in range(s[4], s[4] + s[5] - 15, 16):
            a, ident, f = struct.unpack_from('<QII', d, o)
            if f == int(sys.argv[2]) and a:
                print('%x %08x' % (a, ident))
EOF
}

# --- stable IDs across an unrelated change (no KVM) ---------------------------
if make -s -j2 "$B/guest/guest.elf" "$B/guest/guest-shift.elf" >"$T/make.log" 2>&1; then
	ids "$B/guest/guest.elf" paging.c | sort -k2 >"$T/n.ids"
	ids "$B/guest/guest-shift.elf" paging.c | sort -k2 >"$T/n1.ids"
	n=$(wc -l <"$T/n.ids")
	same=$(join -1 2 -2 2 "$T/n.ids" "$T/n1.ids" | wc -l)
	moved=$(join -1 2 -2 2 "$T/n.ids" "$T/n1.ids" | awk '$2 != $3' | wc -l)
	check "IDs of paging.c's stores are those of build N+1 (shifted code): $same of $n, $moved moved" \
		"$([ "$n" -gt 5 ] && [ "$same" = "$n" ] &&
		   [ "$moved" = "$n" ]; echo $?)" "IDs differ or not all moved"
else
	nok "make guest.elf guest-shift.elf failed"; show "$T/make.log"
fi

# --- the ID scheme on a small file: gcc's label numbers and other functions do not
# matter; identical stores in one function differ by ordinal; file and function count
printf '\t.file\t"a.c"\n\t.text\nf:\n\tmovq\t%%rax, .LC3(%%rip)\n\tmovq %%rax,(%%rdi)\n\tmovq %%rax, (%%rdi)\ng:\n\tmovq %%rax, (%%rdi)\n\tret\n' >"$T/a1.s"
printf '\t.file\t"a.c"\n\t.text\nh:\n\tmovl $1, x(%%rip)\n\tret\n\n\nf:\n\tmovq  %%rax, .LC17(%%rip)\n\tmovq %%rax, (%%rdi)\n\tmovq %%rax, (%%rdi)\ng:\n\tnop\n\tmovq %%rax, (%%rdi)\n\tret\n' >"$T/a2.s"
sed 's/"a.c"/"b.c"/' "$T/a1.s" >"$T/b1.s"
idl() { "$AB" --ids "$1" | grep -o '\.long 0x[0-9a-f]*, ' | cut -c7-16; }
i1=$(idl "$T/a1.s" | tr '\n' ' '); i2=$(idl "$T/a2.s" | tail -n 4 | tr '\n' ' '); ib=$(idl "$T/b1.s" | tr '\n' ' ')
set -- $i1
check "IDs: same after renumbered .L labels, a function inserted above and code added in another ($i1)" \
	"$([ "$i1" = "$i2" ] && [ $# = 4 ] && [ "$2" != "$3" ] && [ "$3" != "$4" ] && [ "$i1" != "$ib" ]; echo $?)" \
	"a1: $i1 a2: $i2 b1: $ib"

# --- bad input (no KVM) -----------------------------------------------------------
cat >"$T/t.c" <<'EOF'
unsigned long g, tab[4];
unsigned h;
void f(unsigned long *t, unsigned long v) { t[3] = v; g = 0; h = 7; }
EOF
"$ABCC" gcc -O2 -S -o "$T/t.s" "$T/t.c"
"$AB" --ids "$T/t.s" >"$T/t.ids.s"
id_of() { grep -F ".; $1" "$T/t.ids.s" | grep '\.Lafterburn_id[0-9]* = \.; ' | grep -o '\.long 0x[0-9a-f]*' | head -n1 | cut -c9-; }
id_st=$(id_of 'movq	%rsi, 24(%rdi)')
id_g=$(id_of 'movq	$0, g(%rip)')
id_h=$(id_of 'movl	$7, h(%rip)')
if [ -n "$id_st" ] && [ -n "$id_g" ] && [ -n "$id_h" ]; then
	ok "first pass labels the three stores of t.c ($id_st $id_g $id_h)"
else
	nok "first pass did not label t.c's stores: '$id_st' '$id_g' '$id_h'"; show "$T/t.ids.s"
fi
{ echo "afterburn-profile 2"; echo "program files=t.c"
  echo "site $id_st pt-write 3 t.c f+0 ; mov"
  echo "site $id_g pt-write 2 t.c f+4 ; movq \$0, g(%rip)"
  echo "site $id_h mmio-write 1 t.c f+0xf ; movl \$7, h(%rip)"; } >"$T/t.prof"

expect_err "missing profile" "cannot read profile" "$AB" --profile="$T/none.prof" "$T/t.s"
expect_err "afterburn-cc: missing profile" "No such file" "$ABCC" gcc -c --profile="$T/none.prof" "$T/t.c" -o "$T/x.o"
sed '3s/pt-write/pt-wrote/' "$T/t.prof" >"$T/bad1.prof"
expect_err "corrupt profile: bad kind (file:line)" "bad1.prof:3: error: bad kind" "$AB" --profile="$T/bad1.prof" "$T/t.s"
sed '4s/ 2 / x /' "$T/t.prof" >"$T/bad2.prof"
expect_err "corrupt profile: bad count (file:line)" "bad2.prof:4: error: bad count" "$ABCC" gcc -c --profile="$T/bad2.prof" "$T/t.c" -o "$T/x.o"
printf 'garbage\n' >"$T/bad3.prof"
expect_err "not a profile" "bad3.prof:1: error: not a profile" "$AB" --profile="$T/bad3.prof" "$T/t.s"
head -n 3 "$T/t.prof" | sed '2d' >"$T/bad4.prof"
expect_err "truncated profile (no program line)" "bad4.prof:2: error: 'site' before the 'program' line" "$AB" --profile="$T/bad4.prof" "$T/t.s"
sed '2s/t.c/other.c/' "$T/t.prof" >"$T/other.prof"
expect_err "profile of a different program (afterburn-cc)" "other.prof:2: error: profile of a program built from other sources" \
	"$ABCC" gcc -O2 -c --profile="$T/other.prof" "$T/t.c" -o "$T/x.o"
awk '/^site/ { n++; printf "site %08x %s\n", 3735928559 + n, substr($0, 15); next } { print }' \
	"$T/t.prof" >"$T/foreign.prof"
expect_err "profile with none of this file's IDs" "none of the 3 profiled sites of t.c" \
	"$ABCC" gcc -O2 -c --profile="$T/foreign.prof" "$T/t.c" -o "$T/x.o"
expect_err "verify: unreadable image" "cannot" "$SITES" verify --profile "$T/t.prof" "$T/no-such.elf"
chmod 000 "$T/t.prof" 2>/dev/null
if [ "$(id -u)" != 0 ]; then
	expect_err "unreadable profile" "cannot read profile" "$AB" --profile="$T/t.prof" "$T/t.s"
fi
chmod 644 "$T/t.prof"

# --- rip-relative stores of an immediate: pad, verify, trace slot ------------------
if "$ABCC" gcc -O2 -c --profile="$T/t.prof" "$T/t.c" -o "$T/t.o" 2>"$T/t.err" &&
   printf '.globl _start\n_start: hlt\n.data\n.globl afterburn_wedge_prepatched\n.type afterburn_wedge_prepatched,@object\n.size afterburn_wedge_prepatched,4\nafterburn_wedge_prepatched: .long 0\n' |
	as -o "$T/s.o" - &&
   ld -static -Ttext 0x100000 --no-warn-rwx-segments -o "$T/t.elf" "$T/s.o" "$T/t.o" 2>>"$T/t.err"; then
	"$SITES" list "$T/t.elf" >"$T/t.list" 2>&1
	check "list shows the 3 profiled memory sites with IDs" \
		"$([ "$(grep '^0x' "$T/t.list" | grep -cE ' (pt-write|mmio-write) ')" = 3 ] && grep -q "id $id_g" "$T/t.list"; echo $?)" \
		"$(grep -E 'pt-write|mmio' "$T/t.list" | tr '\n' ' ')"
	"$SITES" verify --profile "$T/t.prof" "$T/t.elf" >"$T/v.out" 2>&1
	check "verify --profile: each entry on exactly one memory site" "$?" "$(tail -n 3 "$T/v.out" | tr '\n' ' ')"
	if "$SITES" patch --backend trace "$T/t.elf" -o "$T/t.trace.elf" >"$T/p.out" 2>&1; then
		g=$(nm "$T/t.elf" | awk '$3=="g"{print $1}' | sed 's/^0*//')
		hh=$(nm "$T/t.elf" | awk '$3=="h"{print $1}' | sed 's/^0*//')
		# slot code only (objdump loses sync on the slots' count/saved fields)
		sa=$(objdump -h "$T/t.trace.elf" | awk '$2=="afterburn_slots"{print $4}')
		: >"$T/slots.txt"
		for i in 0 1 2; do
			objdump -d --start-address=$((0x$sa + 96 * i)) --stop-address=$((0x$sa + 96 * i + 56)) \
				"$T/t.trace.elf" >>"$T/slots.txt"
		done
		check "trace slots re-base disp32 before the immediate (movq \$0 -> g, movl \$7 -> h)" \
			"$(grep -q "movq   \$0x0,.*# $g" "$T/slots.txt" && grep -q "movl   \$0x7,.*# $hh" "$T/slots.txt"; echo $?)" \
			"slot code does not address g=$g / h=$hh"
	else
		nok "afterburn-sites patch --backend trace refused the rip-relative immediate stores"; show "$T/p.out"
	fi
else
	nok "second pass of t.c (rip-relative stores) did not build"; show "$T/t.err"
fi

# --- with a profiling host: afterburn-kvm where /dev/kvm works, else the VT-x
# hypervisor in Bochs (afterburn-run --on vtx --profile); make picks the same one
if [ -e /dev/kvm ] && "$KVM" --check >/dev/null 2>&1; then
	host=kvm
elif $B/bin/afterburn-run --on vtx --check >/dev/null 2>&1; then
	host=vtx
	echo "# profiling host: the VT-x hypervisor in Bochs (no usable /dev/kvm here)"
else
	skip "profile runs: neither KVM nor the vtx target is usable here ($($B/bin/afterburn-run --on vtx --check 2>&1 | head -n1))"
	exit 0
fi
# profile_run OUT SEED IMAGE: one profiling run on $host (SEED "" = none)
profile_run() {
	local seed=()
	if [ $host = kvm ]; then
		[ -n "$2" ] && seed=(--profile-seed "$2")
		timeout 120 "$KVM" -q --profile "$1" "${seed[@]}" "$3" -- afterburn.backend=native >/dev/null 2>&1
	else
		[ -n "$2" ] && seed=(--profile-seed "$2")
		timeout 300 $B/bin/afterburn-run --on vtx --quiet --profile "$1" "${seed[@]}" "$3" -- \
			afterburn.backend=native >/dev/null 2>&1
	fi
}
if ! make -s -j2 guest-pass2 guest-shift >"$T/make2.log" 2>&1; then
	nok "make guest-pass2 guest-shift failed"; show "$T/make2.log"; exit 0
fi
check "make guest-pass2 profiled on $host" "$(grep -q "profiling guest.elf on $host" "$T/make2.log" || \
	[ ! -s "$T/make2.log" ]; echo $?)" "$(head -n 2 "$T/make2.log" | tr '\n' ' ')"
prof=$B/guest/guest.profile
p2=$B/guest/guest-pass2.elf
guest=$B/guest/guest.elf

# Independent list: every store through a pointer (not the stack, not a global) in
# the functions defined in paging.c's object, addresses from objdump of the image.
fns=$(nm --defined-only "$B/obj/guest/ab/paging.c.o" | awk 'tolower($2)=="t"{print $3}' | paste -sd'|')
objdump -d --no-show-raw-insn "$guest" | awk -v re="^($fns)\$" '
	/^[0-9a-f]+ <.*>:$/ { name = $2; gsub(/[<>:]/, "", name); f = (name ~ re); next }
	f && /\t(mov|stos)/ && /,.*\(/ && !/\(%rsp\)/ && !/\(%rip\)/ { sub(":", "", $1); print $1 }' |
	sort >"$T/expect.addr"
# what the profiler found: every store address, less those without an ID (boot code).
# A fresh seeded profile of this guest.elf: make keeps guest.profile when its
# sites (IDs) are unchanged, so its address comments may be an older build's.
profile_run "$T/f1.prof" "" "$guest"
profile_run "$T/fresh.prof" "$T/f1.prof" "$guest"
grep '^# noid' "$T/fresh.prof" | awk '{ print substr($4, 3) }' | sort -u >"$T/noid.addr"
sed -n 's/^# \(ptwrite\|ptinit\) 0x\([0-9a-f]*\) .*/\2/p' "$T/fresh.prof" | sort -u | comm -23 - "$T/noid.addr" >"$T/got.addr"
missing=$(comm -23 "$T/expect.addr" "$T/got.addr" | tr '\n' ' ')
extra=$(comm -13 "$T/expect.addr" "$T/got.addr" | tr '\n' ' ')
noid_out=$(grep '^# noid' "$T/fresh.prof" | grep -vc ' guest_start32+')
check "profile finds exactly paging.c's $(wc -l <"$T/expect.addr") table stores (objdump), no-ID ones only in boot code" \
	"$([ -z "$missing" ] && [ -z "$extra" ] && [ "$(wc -l <"$T/expect.addr")" -ge 8 ] && [ "$noid_out" = 0 ]; echo $?)" \
	"missing: $missing extra: $extra no-ID outside boot code: $noid_out"
check "every profiled site with an ID is in paging.c" \
	"$(grep '^site ' "$prof" | awk '$5 != "paging.c"' | grep -q .; [ $? = 1 ] && grep -q '^site ' "$prof"; echo $?)" \
	"$(grep '^site ' "$prof" | awk '$5 != "paging.c"' | head -n 3 | tr '\n' ' ')"

"$SITES" verify --profile "$prof" "$p2" >"$T/v2.out" 2>&1
check "guest-pass2.elf: every profile entry on exactly one memory site" "$?" "$(tail -n 3 "$T/v2.out" | tr '\n' ' ')"
"$SITES" check -q "$p2" >"$T/c2.out" 2>&1
check "afterburn-sites check guest-pass2.elf: nothing sensitive uncovered beside the memory sites" "$?" \
	"$(tail -n 3 "$T/c2.out" | tr '\n' ' ')"
np=$(grep -c '^site ' "$prof")
nl=$("$SITES" list "$p2" | grep '^0x' | grep -c ' pt-write ')
check "afterburn-sites list shows the $np pt-write sites of guest-pass2.elf" "$([ "$nl" = "$np" ]; echo $?)" "list shows $nl"
"$SITES" verify --profile "$prof" "$B/guest/guest-shift-pass2.elf" >"$T/v3.out" 2>&1
check "build N's profile applied to build N+1 (shifted code) lands on the same instructions" "$?" \
	"$(tail -n 3 "$T/v3.out" | tr '\n' ' ')"
a2=$("$SITES" list "$p2" | awk '/^0x.* pt-write /{print $NF, $1}' | sort)
a3=$("$SITES" list "$B/guest/guest-shift-pass2.elf" | awk '/^0x.* pt-write /{print $NF, $1}' | sort)
check "... at other addresses (the inserted code moved them)" "$([ "$a2" != "$a3" ] && \
	[ "$(echo "$a2" | cut -d' ' -f1)" = "$(echo "$a3" | cut -d' ' -f1)" ]; echo $?)" "same offsets or other IDs"
# Fixpoint: profiling the pass-2 image (native: the padded stores run as they are)
# finds the same sites under the same IDs.
profile_run "$T/q1.prof" "" "$p2"
profile_run "$T/q2.prof" "$T/q1.prof" "$p2"
sites_of() { grep '^site \|^program ' "$1" | cut -d' ' -f1-3,5; }
check "profiling guest-pass2.elf again gives the same sites and IDs" \
	"$([ -n "$(sites_of "$T/q2.prof")" ] && [ "$(sites_of "$T/q2.prof")" = "$(sites_of "$prof")" ]; echo $?)" \
	"$(diff <(sites_of "$prof") <(sites_of "$T/q2.prof") | head -n 4 | tr '\n' ' ')"
if [ $host = kvm ]; then
	timeout 60 "$KVM" --profile "$T/tiny.prof" $B/profiler/akvm_tiny.elf >/dev/null 2>&1
	expect_err "tiny guest's profile on the sample guest's sources" "profile of a program built from other sources" \
		"$ABCC" gcc -c --profile="$T/tiny.prof" "$T/t.c" -o "$T/x.o"
	expect_err "verify --profile: tiny guest's profile on guest-pass2.elf" "profile of a different program" \
		"$SITES" verify --profile "$T/tiny.prof" "$p2"
else
	skip "tiny guest's profile (akvm_tiny.elf runs on afterburn-kvm only)"
	expect_err "vtx: --profile-seed from another image is refused" "made from another image" \
		$B/bin/afterburn-run --on vtx --quiet --profile "$T/x.prof" --profile-seed "$prof" "$p2"
fi

# pass-2 image runs: native and trace on tcg, kvm (QEMU), bochs, vtx and kvmhost
# (afterburn-kvm); hypercall on vtx and kvmhost
run_ok() {	# NAME CMD... : PASS verdict and no "not ok"
	local name=$1; shift
	"$@" >"$T/run.out" 2>&1
	local rc=$?
	if [ $rc = 0 ] && grep -aq 'afterburn-guest: PASS' "$T/run.out" && ! grep -aq '^not ok' "$T/run.out"; then
		ok "$name"
	else
		nok "$name: exit $rc"; grep -a 'not ok\|PANIC\|FAIL' "$T/run.out" | show
	fi
}
for tgt in tcg kvm bochs vtx kvmhost; do
	if ! $B/bin/afterburn-run --on $tgt --check >/dev/null 2>&1; then
		skip "guest-pass2.elf on $tgt: target not usable here ($($B/bin/afterburn-run --on $tgt --check 2>&1 | head -n1))"
		continue
	fi
	for b in native trace; do
		run_ok "guest-pass2.elf on $tgt, $b" timeout 600 $B/bin/afterburn-run --on $tgt --backend $b "$p2"
	done
	ptw=$(grep -ao 'pt-write=[0-9]*' "$T/run.out" | cut -d= -f2)
	check "trace back end on $tgt counts pt-write sites (${ptw:-none})" "$([ "${ptw:-0}" -gt 1000 ]; echo $?)" "no pt-write count"
	if [ $tgt = kvmhost ] || [ $tgt = vtx ]; then
		run_ok "guest-pass2.elf on $tgt, hypercall" timeout 600 $B/bin/afterburn-run --on $tgt --backend hypercall "$p2"
		check "hypercall back end chosen on $tgt" \
			"$(grep -aq '^afterburn: platform=afterburnvmm backend=hypercall' "$T/run.out"; echo $?)" "wedge line: $(grep -a '^afterburn: platform' "$T/run.out")"
	fi
done

# --- numbers ---------------------------------------------------------------------
wall() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
exits() { "$@" 2>&1 >/dev/null | grep '^exits:'; }
if [ $host = vtx ]; then
	vexits() { "$@" 2>/dev/null | sed -n 's/.*result=pass.* exits: /exits: /p'; }
	echo "# vtx guest.elf native, plain run:    $(vexits $B/bin/afterburn-run --on vtx --quiet "$guest" -- afterburn.backend=native)"
	echo "# vtx guest.elf native, seeded profile: $(vexits $B/bin/afterburn-run --on vtx --quiet --profile "$T/v.prof" \
		--profile-seed "$prof" "$guest" -- afterburn.backend=native)"
	exit 0
fi
w0=$(wall timeout 120 "$KVM" -q "$guest" -- afterburn.backend=native)
timeout 120 "$KVM" -q --profile "$T/s.prof" "$guest" -- afterburn.backend=native >/dev/null 2>&1
w1=$(wall timeout 120 "$KVM" -q --profile "$T/p.prof" --profile-seed "$T/s.prof" "$guest" -- afterburn.backend=native)
echo "# wall: normal run ${w0}s, seeded profile run ${w1}s (ratio $(echo "$w1 $w0" | awk '{ printf "%.1f", ($2 > 0 ? $1 / $2 : 0) }'))"
for img in "$guest" "$p2"; do
	for b in native hypercall; do
		echo "# $(basename "$img") $b: $(exits timeout 120 "$KVM" -q --irqchip user "$img" -- afterburn.backend=$b)"
	done
done
exit 0
