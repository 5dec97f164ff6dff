#!/usr/bin/env bash
# tests/suites/76-llvm-pass.sh - the LLVM pass plugin and the wedge's profile back end (issue 11).
#  - unit-llvm: CUnit tests of the IR-level ID (llvm/ab_irid.h)
#  - the plugin on a small file: a probe before each store outside the frame (pointer,
#    global, atomic, memset), none for the frame's own; IDs survive lines inserted above
#    and edits of another function; a bad mode is an error
#  - guest-llvmprof.elf (clang + plugin, instrument mode) on tcg with
#    afterburn.backend=profile: PASS, `afterburn-run --profile` extracts the profile, and
#    it names exactly paging.c's table stores (every pointer store of paging.c's
#    functions, from objdump of the image, each mapped to its probe's ID); the same IDs
#    on bochs
#  - errors: --profile on an image that prints none, backend=profile on an image
#    without probes
#  - use mode: guest-llvmpass2.elf (afterburn-cc clang --profile= the tcg profile): one
#    pt-write site per profiled ID, PASS on tcg native/trace and on vtx hypercall with
#    afterburn.ptwrite=direct (the wedge stores from the records); afterburn-cc's and the
#    plugin's errors on profiles they cannot apply
#  - crosscheck.sh on the sample guest against build/guest/guest.profile (when made)
#  - numbers (# lines): workload instructions (tcg -icount) of the clang guest without
#    the plugin, the instrumented one on native (probes return at once) and on profile
#  - Linux built with the plugin (make linux-llvmprof; skipped when not built, it is not
#    part of make or CI): /init PASS on tcg with backend=profile, the profile extracted
#    names Linux's table writers of each kind, no limit hit
set -u
. "$(dirname "$0")/../lib.sh"
B=build
PLUGIN=$B/lib/afterburn-llvm.so
RUN=$B/bin/afterburn-run
PROF_IMG=$B/guest/guest-llvmprof.elf
PLAIN_IMG=$B/guest/guest-llvmplain.elf
tl_tmp
TL_PREFIX="llvm: "
TL_SHOW=12

tl_unit "unit-llvm" "$B/tests/unit-llvm"

if ! command -v clang-14 >/dev/null || ! command -v llvm-config-14 >/dev/null; then
	skip "plugin: clang-14 / llvm-14-dev not installed (.ci/run installs them)"; exit 0
fi
for f in "$PLUGIN" "$PROF_IMG" "$PLAIN_IMG" "$RUN"; do
	[ -e "$f" ] || { nok "$f is not built (run make)"; exit 0; }
done

# --- the plugin on a small file ------------------------------------------------------
cat >"$T/t.c" <<'EOF'
unsigned long g;
struct s { long a[8]; };
void f(unsigned long *t, unsigned long v)
{
	unsigned long loc[4];
	loc[v & 3] = v;
	t[3] = v;
	g = loc[1];
	__atomic_fetch_add(&g, 1, 0);
}
void h(struct s *p) { __builtin_memset(p, 0, sizeof *p); }
EOF
# the same file (same name: the name is part of the ID) with lines inserted above f, h changed
mkdir "$T/v2"
{ printf 'int pad1;\n\n\nint other(int x) { return x + 1; }\n'; sed 's/sizeof \*p/sizeof *p - 8/' "$T/t.c"; } >"$T/v2/t.c"
irc() { AFTERBURN_LLVM_MODE=${MODE-instrument} clang-14 -O2 -g -fpass-plugin="$PLUGIN" -S -emit-llvm -o "$2" "$1"; }
if irc "$T/t.c" "$T/t.ll" 2>"$T/e" && irc "$T/v2/t.c" "$T/t2.ll" 2>>"$T/e"; then
	# probes in f: t[3], g =, atomicrmw g; none for loc[]; h: memset with 64
	pf=$(awk '/^define .*@f\(/,/^}/' "$T/t.ll" | grep -c 'call void @afterburn_probe_store')
	ph=$(awk '/^define .*@h\(/,/^}/' "$T/t.ll" | grep -c 'call void @afterburn_probe_store(i8\* %[0-9]*, i64 64,')
	check "probes before t[3]=, g= and the atomic add, none for the frame's array ($pf in f)" \
		"$([ "$pf" = 3 ]; echo $?)" "$(grep afterburn_probe_store "$T/t.ll" | head -n 5 | tr '\n' ' ')"
	check "memset counts as a store of its length (64)" "$([ "$ph" = 1 ]; echo $?)" "h: $ph probes of 64 bytes"
	ids() { awk -v fn="$2" '$0 ~ "^define .*@" fn "\\(" {p=1} p && /afterburn_probe_store\(/ { sub(/.*i32 /, ""); sub(/\).*/, ""); print } /^}/ {p=0}' "$1" | tr '\n' ' '; }
	i1=$(ids "$T/t.ll" f); i2=$(ids "$T/t2.ll" f)
	check "IDs of f's stores survive lines inserted above and an edit of h ($i1)" \
		"$([ -n "$i1" ] && [ "$i1" = "$i2" ]; echo $?)" "before: $i1 after: $i2"
	n=$(grep -c 'section "afterburn_probes"' "$T/t.ll")
	check "one afterburn_probes table per module" "$([ "$n" = 1 ]; echo $?)" "$n tables"
else
	nok "clang with the plugin failed"; show "$T/e"
fi
MODE=off irc "$T/t.c" "$T/off.ll" 2>"$T/e"
check "mode off: no probes" "$(! grep -q afterburn_probe_store "$T/off.ll"; echo $?)" "probes in the off build"
if MODE=bogus irc "$T/t.c" "$T/bad.ll" 2>"$T/e"; then
	nok "AFTERBURN_LLVM_MODE=bogus was accepted"
else
	check "AFTERBURN_LLVM_MODE=bogus: error naming the mode" "$(grep -q 'bogus is not a mode' "$T/e"; echo $?)" "$(head -n 2 "$T/e")"
fi

# afterburn-cc loads the plugin only when a mode asks for it (clang -### shows cc1's arguments)
p0=$(cd "$T" && "$OLDPWD/$B/bin/afterburn-cc" clang-14 -### -O2 -c t.c 2>&1 | grep -c 'afterburn-llvm.so')
p1=$(cd "$T" && AFTERBURN_LLVM_MODE=instrument "$OLDPWD/$B/bin/afterburn-cc" clang-14 -### -O2 -c t.c 2>&1 | grep -c 'afterburn-llvm.so')
check "afterburn-cc clang: the plugin only with AFTERBURN_LLVM_MODE (without: $p0, with: $p1)" \
	"$([ "$p0" = 0 ] && [ "$p1" -ge 1 ]; echo $?)" "plain build loads it or instrument does not"

# ccache in front of afterburn-cc: it cannot see AFTERBURN_LLVM_MODE, so afterburn-cc
# refuses to be cached with it (compiled uncached); a later build without the mode
# must not get the instrumented object from the cache
if command -v ccache >/dev/null; then
	export CCACHE_DIR=$T/ccache
	(cd "$T" && AFTERBURN_LLVM_MODE=instrument ccache "$OLDPWD/$B/bin/afterburn-cc" clang-14 -O2 -c t.c -o c1.o) >"$T/cc.err" 2>&1
	(cd "$T" && ccache "$OLDPWD/$B/bin/afterburn-cc" clang-14 -O2 -c t.c -o c2.o) >>"$T/cc.err" 2>&1
	check "ccache afterburn-cc clang: instrumented with the mode, plain without it (never the cached one)" \
		"$(nm "$T/c1.o" 2>/dev/null | grep -q afterburn_probe_store && [ -s "$T/c2.o" ] &&
		   ! nm "$T/c2.o" | grep -q afterburn_probe_store; echo $?)" "$(tail -n 3 "$T/cc.err" | tr '\n' ' ')"
	unset CCACHE_DIR
fi

# --- the instrumented guest on tcg, profile back end -----------------------------------
if ! $RUN --on tcg --check >/dev/null 2>&1; then
	skip "guest runs: tcg not usable here"; exit 0
fi
timeout 600 $RUN --on tcg --profile "$T/g.prof" "$PROF_IMG" -- afterburn.backend=profile >"$T/run.out" 2>&1
rc=$?
check "guest-llvmprof.elf on tcg, backend=profile: PASS" \
	"$([ $rc = 0 ] && grep -aq '^afterburn: platform=tcg backend=profile' "$T/run.out" &&
	   grep -aq 'afterburn-guest: PASS' "$T/run.out"; echo $?)" \
	"exit $rc; $(grep -a 'not ok\|FAIL\|PANIC\|afterburn-run:' "$T/run.out" | head -n 4 | tr '\n' ' ')"
check "afterburn-run --profile wrote the profile (afterburn-profile 2, program files=)" \
	"$([ "$(head -n 1 "$T/g.prof" 2>/dev/null)" = "afterburn-profile 2" ] &&
	   sed -n 2p "$T/g.prof" | grep -q '^program files=.*paging.c'; echo $?)" "$(head -n 3 "$T/g.prof" 2>&1 | tr '\n' ' ')"

# Independent list: every store through a pointer (not the stack, not rip-relative) in
# the functions of paging.c's object (objdump of the image), mapped to the ID of the
# probe call before it (mov $ID, %edx; call afterburn_probe_store: the store cannot move
# above its own probe, nor below the next one, which may read it).
fns=$(nm --defined-only "$B/obj/guest/llvmprof/paging.c.o" | awk 'tolower($2)=="t"{print $3}' | paste -sd'|')
objdump -d --no-show-raw-insn "$PROF_IMG" | awk -v re="^($fns)\$" '
	/^[0-9a-f]+ <.*>:$/ { name = $2; gsub(/[<>:]/, "", name); f = (name ~ re); id = "none"; next }
	!f { next }
	/\tmov +\$0x[0-9a-f]+,%edx$/ { cand = $0; sub(/.*\$0x/, "", cand); sub(/,.*/, "", cand); next }
	/\tcall .*<afterburn_probe_store>/ { id = cand; next }
	/\t(mov|stos)/ && /,.*\(/ && !/\(%rsp\)/ && !/\(%rip\)/ {
		sub(":", "", $1)
		print $1, (id == "none" ? id : substr("00000000" id, length(id) + 1)), name; id = "none" }' >"$T/expect"
awk '{ print $2 }' "$T/expect" | sort -u >"$T/expect.ids"
grep '^site ' "$T/g.prof" | awk '{ print $2 }' | sort -u >"$T/got.ids"
unprobed=$(awk '$2 == "none" { print $1 "(" $3 ")" }' "$T/expect" | tr '\n' ' ')
missing=$(comm -23 "$T/expect.ids" "$T/got.ids" | tr '\n' ' ')
extra=$(comm -13 "$T/expect.ids" "$T/got.ids" | tr '\n' ' ')
check "every pointer store of paging.c has its probe ($(wc -l <"$T/expect") stores)" \
	"$([ -z "$unprobed" ] && [ "$(wc -l <"$T/expect")" -ge 8 ]; echo $?)" "no probe before: $unprobed"
check "profile names exactly paging.c's $(wc -l <"$T/expect.ids") table-store IDs (objdump)" \
	"$([ -z "$missing" ] && [ -z "$extra" ] && [ -s "$T/got.ids" ]; echo $?)" "missing: $missing extra: $extra"
check "every profiled site is in paging.c" \
	"$(grep '^site ' "$T/g.prof" | awk '$5 != "paging.c"' | grep -q .; [ $? = 1 ]; echo $?)" \
	"$(grep '^site ' "$T/g.prof" | awk '$5 != "paging.c"' | head -n 3 | tr '\n' ' ')"
grep '^# afterburn profile back end' "$T/g.prof" | sed 's/^# /# tcg: /'
check "profile back end hit no limit" "$(! grep -q '^# limits' "$T/g.prof"; echo $?)" "$(grep '^# limits' "$T/g.prof")"

if $RUN --on bochs --check >/dev/null 2>&1; then
	timeout 900 $RUN --on bochs --quiet --profile "$T/b.prof" "$PROF_IMG" -- afterburn.backend=profile >"$T/b.out" 2>&1
	rc=$?
	check "bochs: PASS, afterburn-run --profile extracts the same profiled IDs as on tcg" \
		"$([ $rc = 0 ] && [ -s "$T/got.ids" ] &&
		   [ "$(grep '^site ' "$T/b.prof" 2>/dev/null | awk '{ print $2 }' | sort -u)" = "$(cat "$T/got.ids")" ]; echo $?)" \
		"exit $rc; $(grep 'afterburn-run' "$T/b.out" | head -n 3 | tr '\n' ' ')"
else
	skip "bochs: target not usable here"
fi

# --- cross-check with the host's profile of the gcc guest (llvm/crosscheck.sh) -----------
# guest.profile (make guest-pass2: afterburn-kvm or the VT-x hypervisor's EPT profile of
# guest.elf): the same functions, boot.S's 32-bit stores (no probes) only there.
if [ -s "$B/guest/guest.profile" ]; then
	llvm/crosscheck.sh "$T/g.prof" "$PROF_IMG" "$B/guest/guest.profile" >"$T/cc.out" 2>&1
	rc=$?
	tally=$(grep '^tally:' "$T/cc.out")
	check "crosscheck.sh: the sample guest's instrumentation and host profiles name the same functions (${tally#tally: })" \
		"$([ $rc = 0 ] && echo "$tally" | grep -q 'only by instrumentation=0, only by EPT=1;' &&
		   grep -q '^| guest_start32 | - | .* | only EPT: no probe in it' "$T/cc.out" &&
		   grep -q '^| table_alloc | .* | both |$' "$T/cc.out"; echo $?)" "exit $rc; $(tail -n 4 "$T/cc.out" | tr '\n' ' ')"
else
	skip "crosscheck.sh on the sample guest: build/guest/guest.profile not made (make guest-pass2)"
fi

# --- errors ----------------------------------------------------------------------------------
timeout 600 $RUN --on tcg --profile "$T/none.prof" "$B/guest/guest.elf" -- afterburn.backend=native >"$T/e.out" 2>&1
rc=$?
check "--profile on an image that prints no profile: exit 4, says why, writes nothing" \
	"$([ $rc = 4 ] && grep -q "no 'afterburn: profile begin' line" "$T/e.out" && [ ! -e "$T/none.prof" ]; echo $?)" \
	"exit $rc; $(grep 'afterburn-run: ' "$T/e.out" | head -n 2 | tr '\n' ' ')"
timeout 600 $RUN --on tcg "$PLAIN_IMG" -- afterburn.backend=profile >"$T/e2.out" 2>&1
rc=$?
check "backend=profile on an image without probes: the wedge says so, native runs, the run fails" \
	"$([ $rc = 1 ] && grep -aq 'profile back end not available: the image has no store probes' "$T/e2.out" &&
	   grep -aq '^afterburn: platform=tcg backend=native' "$T/e2.out"; echo $?)" \
	"exit $rc; $(grep -a 'afterburn' "$T/e2.out" | head -n 3 | tr '\n' ' ')"

# --- use mode: guest-llvmpass2.elf -------------------------------------------------------
if make -s -j2 guest-llvmpass2 >"$T/make2.log" 2>&1; then
	P2=$B/guest/guest-llvmpass2.elf
	GP=$B/guest/guest-llvm.profile
	$B/bin/afterburn-sites list "$P2" >"$T/p2.list" 2>&1
	want=$(grep '^site ' "$GP" | awk '{ print $2 }' | sort | tr '\n' ' ')
	have=$(grep '^0x' "$T/p2.list" | awk '/ pt-write /{ print $NF }' | sort | tr '\n' ' ')
	check "guest-llvmpass2.elf: one pt-write site per profiled ID, with that ID ($(echo $want | wc -w))" \
		"$([ -n "$want" ] && [ "$want" = "$have" ]; echo $?)" "profile: $want sites: $have"
	$B/bin/afterburn-sites check -q "$P2" >"$T/c2.out" 2>&1
	check "afterburn-sites check guest-llvmpass2.elf: nothing sensitive uncovered" "$?" "$(tail -n 3 "$T/c2.out" | tr '\n' ' ')"
	for b in native trace; do
		timeout 600 $RUN --on tcg --backend $b "$P2" >"$T/p2$b.out" 2>&1
		rc=$?
		check "guest-llvmpass2.elf on tcg, $b: PASS" \
			"$([ $rc = 0 ] && grep -aq 'afterburn-guest: PASS' "$T/p2$b.out"; echo $?)" \
			"exit $rc; $(grep -a 'not ok\|FAIL\|PANIC' "$T/p2$b.out" | head -n 3 | tr '\n' ' ')"
	done
	ptw=$(grep -ao 'pt-write=[0-9]*' "$T/p2trace.out" | cut -d= -f2)
	hits=$(grep '^site ' "$T/g.prof" | awk '{ s += $4 } END { print s + 0 }')	# this run's ($GP keeps its counts while its sites stay)
	# the same source stores on the same platform: every execution of a profiled
	# store was a table store, and the probe counted each
	check "trace counts the pt-write sites as often as the profile counted their stores (${ptw:-none} = $hits)" \
		"$([ "${ptw:-0}" = "$hits" ] && [ "$hits" -gt 1000 ]; echo $?)" "pt-write=${ptw:-none}, profile hits $hits"
	# the records' operands are right: the hypercall back end stores from them itself
	if $RUN --on vtx --check >/dev/null 2>&1; then
		timeout 900 $RUN --on vtx --backend hypercall "$P2" -- afterburn.ptwrite=direct >"$T/p2vtx.out" 2>&1
		rc=$?
		line=$(grep -a 'hypercall pt-write mode=direct' "$T/p2vtx.out" | tr -d '\r')
		d=$(echo "$line" | grep -o ' direct=[0-9]*' | cut -d= -f2)
		check "guest-llvmpass2.elf on vtx, hypercall, afterburn.ptwrite=direct: PASS, every pt-write stored by the wedge from its record (${d:-?}, none out of line)" \
			"$([ $rc = 0 ] && [ "${d:-0}" -gt 1000 ] && echo "$line" | grep -q ' out-of-line=0 '; echo $?)" \
			"exit $rc; ${line:-no pt-write line}"
	else
		skip "guest-llvmpass2.elf on vtx: target not usable here"
	fi
else
	nok "make guest-llvmpass2 failed"; show "$T/make2.log"
fi
# afterburn-cc: an IR-level profile is the plugin's; gcc cannot use it; the plugin checks it
printf 'afterburn-profile 2\nprogram files=t.c\n# ids afterburn-llvm\nsite 12345678 pt-write 3 t.c f@7:7 ; store 8\n' >"$T/ir.prof"
out=$($B/bin/afterburn-cc gcc -O2 -c --profile="$T/ir.prof" "$T/t.c" -o "$T/x.o" 2>&1)
check "afterburn-cc gcc --profile=IR profile: refused, says why" \
	"$([ $? != 0 ] && echo "$out" | grep -q 'IR-level IDs (afterburn-llvm): it applies to clang builds only'; echo $?)" "$out"
out=$(cd "$T" && "$OLDPWD/$B/bin/afterburn-cc" clang-14 -O2 -g -c --profile=ir.prof t.c -o x.o 2>&1)
check "afterburn-cc clang --profile=IR profile listing none of t.c's stores: error" \
	"$([ $? != 0 ] && echo "$out" | grep -q 'none of the 1 profiled sites of t.c is in this build'; echo $?)" "$out"
sed 's/program files=t.c/program files=u.c/' "$T/ir.prof" >"$T/ir2.prof"
out=$(cd "$T" && "$OLDPWD/$B/bin/afterburn-cc" clang-14 -O2 -g -c --profile=ir2.prof t.c -o x.o 2>&1)
check "... a profile of other sources: error (file:line)" \
	"$([ $? != 0 ] && echo "$out" | grep -q 'ir2.prof:2: error: profile of a program built from other sources'; echo $?)" "$out"
id_f=$(awk '/^define .*@f\(/,/^}/' "$T/t.ll" | grep -m1 'afterburn_probe_store' | sed 's/.*i32 //; s/).*//')
printf 'afterburn-profile 2\nprogram files=t.c\n# ids afterburn-llvm\nsite %08x pt-write 3 t.c f@7:7 ; store 8\n' \
	"$((id_f & 0xffffffff))" >"$T/ir3.prof"
if (cd "$T" && "$OLDPWD/$B/bin/afterburn-cc" clang-14 -O2 -g -c --profile=ir3.prof t.c -o x.o) >"$T/e3" 2>&1; then
	n=$(readelf -S "$T/x.o" | grep -A1 ' afterburn_sites' | awk 'NR==2 { print $1 }')
	check "afterburn-cc clang --profile: t[3]= of t.c is one pt-write record (32 bytes)" \
		"$([ "$((0x${n:-0}))" = 32 ]; echo $?)" "afterburn_sites size 0x${n:-?}"
else
	nok "afterburn-cc clang --profile on t.c failed"; show "$T/e3"
fi

# --- numbers ---------------------------------------------------------------------------------
wl() { timeout 600 $RUN --on tcg --icount "$@" 2>&1 | grep -o 'workload_tsc=[0-9]*' | cut -d= -f2; }
w0=$(wl "$PLAIN_IMG" -- afterburn.backend=native)
w1=$(wl "$PROF_IMG" -- afterburn.backend=native)
w2=$(wl "$PROF_IMG" -- afterburn.backend=profile)
echo "# tcg -icount workload instructions: clang guest ${w0:-?}, instrumented native ${w1:-?}, instrumented profile ${w2:-?}" \
     "(x$(echo "${w0:-0} ${w1:-0} ${w2:-0}" | awk '{ if ($1 > 0) printf "%.2f / x%.2f", $2 / $1, $3 / $1; else printf "?" }'))"
echo "# profile: $(grep -c '^site ' "$T/g.prof") sites, hits: $(grep '^site ' "$T/g.prof" | awk '{ s += $4 } END { print s }')"

# --- Linux with the plugin (make linux-llvmprof) ---------------------------------------------
# Not built by `make` nor in CI (a third Linux build, ~10 min of two cores besides make linux
# and make KERNEL_CC=clang linux): tested when the image is there, skipped otherwise.  Costs
# one tcg boot with backend=profile (~15 s) and, with noprobe/, two -icount boots.
LX=$B/linux-llvmprof
if [ ! -s "$LX/bzImage" ] || [ ! -s "$LX/vmlinux" ] || [ ! -s "$LX/initramfs.cpio" ]; then
	skip "linux-llvmprof: $LX/bzImage not built (make linux-llvmprof; not part of make or CI: a third Linux build)"
	exit 0
fi
timeout 900 $RUN --on tcg --timeout 600 --profile "$T/lx.prof" "$LX/bzImage" -- afterburn.backend=profile >"$T/lx.out" 2>&1
rc=$?
check "linux-llvmprof on tcg, backend=profile: the wedge runs the profile back end, /init passes" \
	"$([ $rc = 0 ] && grep -aq '^afterburn: platform=tcg backend=profile' "$T/lx.out" &&
	   grep -aq 'result=pass' "$T/lx.out"; echo $?)" \
	"exit $rc; $(grep -a 'afterburn-run:\|Kernel panic\|BUG' "$T/lx.out" | head -n 4 | tr '\n' ' ')"
# Linux's own table writers, each found through a different path of the back end: the
# direct map built before init_top_pgt is loaded (phys_pmd_init: ring credit), the fixmap
# through the image's mapping (__early_set_fixmap: level1_fixmap_pgt by symbol), a table
# linked at a fault (pmd_install: the look at the stored entry) and the stores into it
# (do_set_pte), the teardown (zap_pte_range).
sites=$(grep -c '^site ' "$T/lx.prof" 2>/dev/null)
missing=""
for fn in phys_pmd_init __early_set_fixmap pmd_install do_set_pte zap_pte_range; do
	grep -q "^site [0-9a-f]* pt-write [0-9]* [^ ]* $fn@" "$T/lx.prof" 2>/dev/null || missing="$missing $fn"
done
check "afterburn-run --profile extracts Linux's profile: ${sites:-0} table-store IDs, among them the direct map's and the fault path's" \
	"$([ "$(sed -n 3p "$T/lx.prof" 2>/dev/null)" = '# ids afterburn-llvm (IR-level IDs: llvm/ab_irid.h)' ] &&
	   [ "${sites:-0}" -ge 20 ] && [ -z "$missing" ]; echo $?)" "missing:$missing; $(head -n 2 "$T/lx.prof" 2>&1 | cut -c1-100 | tr '\n' ' ')"
check "linux-llvmprof: profile back end hit no limit" "$(! grep -q '^# limits' "$T/lx.prof"; echo $?)" "$(grep '^# limits' "$T/lx.prof")"
grep '^# afterburn profile back end\|^# frames found\|^# probes not' "$T/lx.prof" | sed 's/^# /# linux tcg: /'
# Against the hypervisor's EPT profile of the gcc kernel (make linux-pass2 leaves it):
# the profile names Linux's table writers and hardly anything else.  Before the back
# end dropped frames that stop being tables, ~340 functions (slab, scheduler,
# maple tree) were only in the instrumentation profile; the ones left are table
# writers the EPT profiler cannot see (__init code before its first walk, a new pgd
# filled before its first load, clang's change_p4d_range = gcc's change_protection).
EPT_PROF=$B/linux-pass2/linux.profile.run
if [ -s "$EPT_PROF" ]; then
	llvm/crosscheck.sh "$T/lx.prof" "$LX/vmlinux" "$EPT_PROF" >"$T/lxcc.md" 2>&1
	rc=$?
	tally=$(grep '^tally:' "$T/lxcc.md")
	both=$(echo "$tally" | sed -n 's/.*found by both=\([0-9]*\).*/\1/p')
	only=$(echo "$tally" | sed -n 's/.*only by instrumentation=\([0-9]*\).*/\1/p')
	check "crosscheck.sh on Linux: the instrumentation and EPT profiles name the same table writers (${tally#tally: })" \
		"$([ $rc = 0 ] && [ "${both:-0}" -ge 20 ] && [ "${only:-99}" -le 12 ]; echo $?)" \
		"exit $rc; only by instrumentation: $(grep '| only instrumentation' "$T/lxcc.md" | cut -d'|' -f2 | head -n 12 | tr -s ' \n' ' ')"
else
	skip "crosscheck.sh on Linux: $EPT_PROF not made (make linux-pass2)"
fi
if [ -s "$LX/noprobe/bzImage" ]; then
	lxw() { timeout 900 $RUN --on tcg --icount --timeout 600 "$@" 2>&1 | grep -a 'workload_tsc=' | tail -n 1; }
	echo "# linux tcg -icount, clang without probes: $(lxw "$LX/noprobe/bzImage" -- afterburn.backend=native)"
	echo "# linux tcg -icount, instrumented, native: $(lxw "$LX/bzImage" -- afterburn.backend=native)"
fi
exit 0
