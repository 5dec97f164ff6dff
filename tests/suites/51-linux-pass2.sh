#!/usr/bin/env bash
# tests/suites/51-linux-pass2.sh - the second build pass of Linux (issue 9).
#   always:  afterburn reads a profile whose 'program' line is longer than
#            2 KiB (Linux's names ~500 files; the reader stopped at 2047);
#   pass 2:  `make linux-pass2` profiles build/linux/bzImage's /init on the
#            profiling host (vtx here without /dev/kvm) and builds the tree
#            again through afterburn-cc --profile into build/linux-pass2:
#            - the run passes, and every storing instruction it reports is
#              kernel code with a stable ID: none from user space (before
#              hv_prof.c dropped freed tables reused as data, there were
#              ~900 such, and the run ran into the watchdog);
#            - verify --profile: every entry is exactly one pt-write site;
#            - an up-to-date make linux-pass2 neither profiles nor rebuilds;
#            - the pass-two bzImage boots its /init to PASS on tcg (trace:
#              the pt-write sites run and are counted), bochs and vtx
#              (native, and hypercall);
#            - bench/linux-ptwrites.sh compares the sites with paravirt's
#              hooks: the profile finds set_pte's stores (do_set_pte).
# Pass 2 needs pass one's objects (suite 50's make linux); without them,
# or without a profiling host, it skips saying why.
# Cost (2 CPUs): a profiling run (40-200 s), one more kernel build (~6 min),
# the -g compiles of the comparison (~1-2 min), five boots (~4 min).
set -u
. "$(dirname "$0")/../lib.sh"
TL_PREFIX="linux-pass2: "
tl_tmp
B=build

# --- always: a long program line (a regression of the profile reader) ---
printf 'int *p;\nvoid f(void) { *p = 1; }\n' >"$T/t.c"
if $B/bin/afterburn-cc gcc -O2 -c "$T/t.c" -o "$T/t.o" 2>"$T/t.err"; then
	{ echo "afterburn-profile 2"
	  printf 'program files='; for i in $(seq 1 400); do printf 'file_number_%03d.c,' "$i"; done; echo "t.c"
	} >"$T/long.prof"
	if $B/bin/afterburn-cc gcc -O2 -c --profile="$T/long.prof" "$T/t.c" -o "$T/t2.o" 2>"$T/t2.err"; then
		ok "afterburn reads a profile whose program line is $(sed -n 2p "$T/long.prof" | wc -c) bytes"
	else
		nok "a profile with a long program line is refused"; show "$T/t2.err"
	fi
else
	nok "afterburn-cc gcc did not build a one-line file"; show "$T/t.err"
fi

# --- pass 2 ---
if [ ! -f build/linux/obj/vmlinux ] || [ ! -f build/linux/bzImage ]; then
	skip "build/linux (pass one, with its objects) missing: make linux (suite 50) first"
	exit 0
fi
if ! $B/bin/afterburn-run --on vtx --check >/dev/null 2>&1 && ! $B/bin/afterburn-run --on kvmhost --check >/dev/null 2>&1; then
	skip "no profiling host: $($B/bin/afterburn-run --on vtx --check 2>&1 | head -n 1)"
	exit 0
fi
t0=$SECONDS
if make -s linux-pass2 >"$T/make.out" 2>"$T/make.err"; then
	ok "make linux-pass2 ($((SECONDS - t0)) s)"
else
	nok "make linux-pass2 failed"; show "$T/make.out" "$T/make.err"; exit 0
fi
two=build/linux-pass2
sed 's/^/# /' "$two/NOTE"
prof=$two/linux.profile.run
host=$(sed -n 's/^profiling host: \([a-z]*\).*/\1/p' "$two/NOTE")
check "the NOTE says which profiling host ran (${host:-none})" "$([ -n "$host" ]; echo $?)" "$(head -n 1 "$two/NOTE")"
grep -a 'result=' "$two/profile-run.log" | tail -n 1 | grep -q 'result=pass' &&
	ok "the profiling run of /init passed" || nok "the profiling run did not pass: $(grep -a 'result=' "$two/profile-run.log" | tail -n 1)"
nsite=$(grep -c '^site .* pt-write ' "$prof")
nnoid=$(grep -c '^# noid ' "$prof")
check "profile: $nsite storing instructions with a stable ID, none without (user space, freed tables)" \
	"$([ "$nsite" -ge 10 ] && [ "$nnoid" = 0 ]; echo $?)" "$nnoid without an ID: $(grep '^# noid ' "$prof" | head -n 3 | tr '\n' ' ')"
for fn in do_set_pte unmap_page_range pmd_install; do
	grep -q "^site .* $fn+" "$prof" && ok "profile finds $fn's table store" || nok "profile misses $fn's table store"
done
grep -q 'same .config and compile flags as pass one' "$two/NOTE" && ok "pass two: same .config and flags as pass one" ||
	nok "pass two's config or flags not checked"
$B/bin/afterburn-sites verify --profile "$prof" "$two/vmlinux" >"$T/verify" 2>&1
check "verify --profile: every profile entry is one pt-write site of the pass-two vmlinux" "$?" "$(tail -n 3 "$T/verify" | tr '\n' ' ')"
npt=$($B/bin/afterburn-sites list "$two/vmlinux" | grep '^0x' | grep -c ' pt-write ')
check "afterburn-sites list: $npt pt-write sites = $nsite profiled" "$([ "$npt" = "$nsite" ]; echo $?)" "list $npt, profile $nsite"
before=$(stat -c %Y "$two/obj/vmlinux.o" 2>/dev/null)
make -s linux-pass2 >"$T/again.out" 2>&1
check "make linux-pass2 again: no profiling run, vmlinux.o not relinked" \
	"$([ "$(stat -c %Y "$two/obj/vmlinux.o" 2>/dev/null)" = "$before" ] && ! grep -q 'profiling .* on' "$T/again.out"; echo $?)" \
	"$(tail -n 3 "$T/again.out" | tr '\n' ' ')"

# --- the pass-two kernel boots ---
passes() {	# LOG TARGET BACKEND IMAGE: the run's verdict is PASS
	$B/bin/afterburn-run --on "$2" --backend "$3" --timeout 600 "$4" >"$1" 2>&1 &&
		grep -aq 'result=pass' "$1" && ! grep -aq '^not ok' "$1"
}
boot() {	# TARGET BACKEND
	local log=$T/boot-$1-$2
	if passes "$log" "$1" "$2" "$two/bzImage"; then
		ok "pass-two bzImage on $1, $2: $(grep -a '^afterburn-run: target=' "$log" | sed 's/ exits:.*//; s/^afterburn-run: //')"
	elif [ "$2" = hypercall ] && ! passes "$T/one" "$1" "$2" build/linux/bzImage; then
		skip "pass-two bzImage on $1, $2: pass one does not pass there either ($(grep -a '^afterburn-run:' "$T/one" | tail -n 1))"
	else
		nok "pass-two bzImage on $1, $2"; grep -a 'not ok\|afterburn-run:\|Kernel panic' "$log" | show
	fi
}
boot tcg trace
ptw=$(grep -ao 'pt-write=[0-9]*' "$T/boot-tcg-trace" | head -n 1 | cut -d= -f2)
check "tcg trace: the pt-write sites run (pt-write=${ptw:-none})" "$([ "${ptw:-0}" -gt 1000 ]; echo $?)" "no pt-write count"
boot bochs native
for b in native hypercall; do
	if $B/bin/afterburn-run --on vtx --check >/dev/null 2>&1; then boot vtx $b; else skip "vtx: target not usable here"; fi
done

# --- the comparison with paravirt's hooks ---
if bench/linux-ptwrites.sh "$prof" build/linux/vmlinux build/linux/obj >"$T/table" 2>"$T/table.err"; then
	sed 's/^/# /' "$T/table"
	grep -q '^| set_pte | yes | .*do_set_pte: ' "$T/table" && ok "linux-ptwrites.sh: set_pte (paravirt-hooked) found in do_set_pte" ||
		nok "linux-ptwrites.sh: set_pte's do_set_pte not in the table"
	grep -q 'warning: -g changed code' "$T/table" && nok "linux-ptwrites.sh: -g changed code" ||
		ok "linux-ptwrites.sh: the -g objects have the same code as pass one's"
else
	nok "bench/linux-ptwrites.sh failed"; show "$T/table.err"
fi
