#!/usr/bin/env bash
# tests/suites/26-afterburn-failclosed.sh - the afterburner fails closed:
#  - afterburn -o: written through a temp file renamed over the target; a
#    device, fifo or symlink to a device is written directly and never
#    removed (-o to a symlink to /dev/full: the link stays); an existing
#    output is untouched when processing or writing fails
#  - afterburn-cc refuses what would bypass our assembler (-fintegrated-as,
#    also in @files, before a -fno-integrated-as, or added by clang's
#    CCC_OVERRIDE_OPTIONS, whose rewriting edits are refused too; -flto;
#    -emit-llvm; -Xclang -emit-obj) and detects a compile that produced an
#    object without running the wrapper; clang's other assembler options
#    (-Wa, --target, a -B of the user's, -x assembler[-with-cpp],
#    -save-temps, .ll input) keep the wrapper
#  - the wrapper never re-execs itself (AFTERBURN_REAL_AS = itself, a link,
#    a copy) and refuses several inputs
#  - ccache: afterburn-cc ccache gcc (the supported spelling) misses on a
#    changed profile, hits on the same inputs with an object that has sites;
#    ccache afterburn-cc gcc never serves an object of another profile
# Environment: BUILD (default build) names the build tree under test.
set -u
. "$(dirname "$0")/../lib.sh"
B=${BUILD:-build}
case $B in /*) ;; *) B=$(pwd)/$B ;; esac
AB=$B/bin/afterburn
CC=$B/bin/afterburn-cc
WRAP=$B/libexec/afterburn/as
tl_tmp
TL_PREFIX="failclosed: "
TL_SHOW=6

for t in "$AB" "$CC" "$WRAP"; do
	[ -x "$t" ] || { nok "$t is not built (run make)"; exit 0; }
done
cd "$T" || exit 1
mkdir t
export TMPDIR="$T/t"

nsites() {	# records in an object's afterburn_sites (32 bytes each)
	local sz
	sz=$(objdump -h "$1" 2>/dev/null | awk '$2 == "afterburn_sites" { print $3 }')
	echo $(( 0x${sz:-0} / 32 ))
}
# expect_err NAME WANT CMD...: exit 1..123 (no signal, no timeout) and WANT on stderr
expect_err() {
	local name=$1 want=$2 rc; shift 2
	timeout 20 "$@" >e.out 2>e.err
	rc=$?
	if [ $rc -ne 0 ] && [ $rc -lt 124 ] && grep -q -- "$want" e.err; then
		ok "$name (exit $rc)"
	else
		nok "$name: exit $rc, want non-zero and '$want'"
		show e.err
	fi
}

printf '\t.text\n\tcli\n\tret\n' >x.s
printf '\t.text\n\toutb %%bl, $0x80\n' >bad.s
for i in $(seq 400); do printf '\tcli\n'; done >big.s

# --- afterburn -o -------------------------------------------------------------------
ln -s /dev/full full
expect_err "-o symlink to /dev/full: clear error" "cannot write full: No space left" "$AB" -o full x.s
check "-o symlink to /dev/full: the link is still there" \
	"$([ -L full ] && [ "$(readlink full)" = /dev/full ] && [ -c /dev/full ]; echo $?)" "$(ls -l full /dev/full 2>&1)"
if [ "$(id -u)" != 0 ]; then
	expect_err "-o /dev/full (not root): clear error" "cannot write /dev/full" "$AB" -o /dev/full x.s
fi
expect_err "standard output on /dev/full: clear error" "cannot write standard output" sh -c "'$AB' x.s >/dev/full"

echo keep >out.s
expect_err "processing fails: error" "bad.s:2: error" "$AB" -o out.s bad.s
check "processing fails: existing output untouched" "$([ "$(cat out.s)" = keep ]; echo $?)" "out.s: $(head -c 80 out.s)"
# Writing fails half-way (file size limit: EFBIG): the old file stays whole.
expect_err "write fails (EFBIG): error" "cannot write out.s" bash -c "trap '' XFSZ; ulimit -f 1; exec '$AB' -o out.s big.s"
check "write fails (EFBIG): existing output untouched" "$([ "$(cat out.s 2>/dev/null)" = keep ]; echo $?)" \
	"out.s $( [ -e out.s ] && echo changed || echo removed)"
check "write fails: no temp file left" "$(ls -A | grep -q afterburn-; [ $? = 1 ]; echo $?)" "$(ls -A | tr '\n' ' ')"

chmod 640 out.s
if "$AB" -o out.s x.s 2>w.err && grep -q 'afterburn_sites' out.s && [ "$(stat -c %a out.s)" = 640 ]; then
	ok "-o regular file: replaced, mode kept"
else
	nok "-o regular file: $(cat w.err) mode $(stat -c %a out.s)"
fi
ln -s out.s link.s
echo keep >out.s
if "$AB" -o link.s x.s 2>w.err && [ -L link.s ] && grep -q afterburn_sites out.s; then
	ok "-o symlink to a regular file: link kept, file replaced"
else
	nok "-o symlink to a regular file: $(cat w.err) $(ls -l link.s out.s | tr '\n' ' ')"
fi
mkfifo fifo
cat fifo >fifo.out &
reader=$!
if timeout 20 "$AB" -o fifo x.s 2>w.err; then
	wait "$reader"
	check "-o fifo: written directly, fifo kept" "$([ -p fifo ] && cmp -s fifo.out out.s; echo $?)" \
		"$(ls -l fifo) $(wc -c <fifo.out) bytes"
else
	kill "$reader" 2>/dev/null
	nok "-o fifo: $(cat w.err)"
fi
expect_err "-o into a missing folder: error names the file" "cannot write no-such-dir/o.s" "$AB" -o no-such-dir/o.s x.s
check "no temp files left by afterburn" "$(ls -A | grep -q '\.afterburn-'; [ $? = 1 ]; echo $?)" "$(ls -A | tr '\n' ' ')"

# --- afterburn-cc: options that bypass the assembler --------------------------------
cat >k.c <<'C'
void kwork(void) { asm volatile("cli; outb %al, $0x80"); }
C
expect_err "clang -fintegrated-as refused" "-fintegrated-as: the compiler would assemble in-process" \
	"$CC" clang -c k.c -o kc.o -fintegrated-as
check "clang -fintegrated-as: no object" "$([ ! -e kc.o ]; echo $?)" "kc.o written"
expect_err "clang -integrated-as refused" "-integrated-as" "$CC" clang -integrated-as -c k.c -o kc.o
printf -- '-O2 "-fintegrated-as"\n' >ias.rsp
printf -- '-c @ias.rsp\n' >outer.rsp
expect_err "-fintegrated-as in a nested response file refused" "-fintegrated-as in ias.rsp" \
	"$CC" clang @outer.rsp k.c -o kc.o
expect_err "-Xclang -emit-obj refused" "-Xclang -emit-obj" "$CC" clang -Xclang -emit-obj -c k.c -o kc.o
expect_err "gcc -flto refused" "-flto: link-time optimisation" "$CC" gcc -flto -c k.c -o kl.o
expect_err "gcc -flto=auto -ffat-lto-objects refused" "-flto=auto" "$CC" gcc -flto=auto -ffat-lto-objects -c k.c -o kl.o
printf -- '-flto\n' >lto.rsp
expect_err "-flto in a response file refused" "-flto" "$CC" gcc @lto.rsp -c k.c -o kl.o
check "-flto: no object" "$([ ! -e kl.o ]; echo $?)" "kl.o written"
expect_err "clang -emit-llvm refused" "-emit-llvm" "$CC" clang -emit-llvm -c k.c -o kl.o
if "$CC" gcc -flto -fno-lto -c k.c -o kn.o 2>w.err && [ "$(nsites kn.o)" = 2 ]; then
	ok "-flto turned off again by -fno-lto: built, 2 sites"
else
	nok "-flto -fno-lto: $(head -n 2 w.err | tr '\n' ' ')"
fi
# -fno-afterburn: the plain compiler (kbuild's cc-option sees it accepted);
# the last of -fno-afterburn / -fafterburn wins.
if "$CC" gcc -fno-afterburn -c k.c -o kp.o 2>w.err && [ -e kp.o ] && [ "$(nsites kp.o)" = 0 ] &&
   ! objdump -h kp.o | grep -q afterburn; then
	ok "-fno-afterburn: plain object, no afterburn sections"
else
	nok "-fno-afterburn: $(head -n 2 w.err | tr '\n' ' ') $(nsites kp.o 2>/dev/null) sites"
fi
if "$CC" gcc -fno-afterburn -fafterburn -c k.c -o ka.o 2>w.err && [ "$(nsites ka.o)" = 2 ]; then
	ok "-fno-afterburn -fafterburn: afterburned again, 2 sites"
else
	nok "-fno-afterburn -fafterburn: $(head -n 2 w.err | tr '\n' ' ')"
fi
if command -v clang >/dev/null; then
	if "$CC" clang -c k.c -o kc.o 2>w.err && [ "$(nsites kc.o)" = 2 ]; then
		ok "clang: assembled by the wrapper, 2 sites"
	else
		nok "clang: $(head -n 2 w.err | tr '\n' ' ')"
	fi
else
	skip "clang: not installed"
fi
# A later -fno-integrated-as does not make an earlier -fintegrated-as fine:
# the refusal does not depend on the order.
expect_err "clang -fintegrated-as -fno-integrated-as refused" "-fintegrated-as: the compiler would assemble" \
	"$CC" clang -c k.c -o kc.o -fintegrated-as -fno-integrated-as
# CCC_OVERRIDE_OPTIONS edits clang's command line after afterburn-cc built it:
# "+-fintegrated-as" would come after our -fno-integrated-as (through ccache
# no check after the compile would see it), an x/s edit could drop our -B.
rm -f kc.o
for e in '+-fintegrated-as' '#^-O1 +-integrated-as' '+-Xclang +-emit-obj'; do
	CCC_OVERRIDE_OPTIONS=$e expect_err "CCC_OVERRIDE_OPTIONS='$e' refused" "in CCC_OVERRIDE_OPTIONS: " \
		"$CC" clang -c k.c -o kc.o
done
for e in 'x-fno-integrated-as' 's/-B/-I/'; do
	CCC_OVERRIDE_OPTIONS=$e expect_err "CCC_OVERRIDE_OPTIONS='$e' (rewrites arguments) refused" \
		"clang would rewrite or remove arguments after afterburn-cc" "$CC" clang -c k.c -o kc.o
done
CCC_OVERRIDE_OPTIONS='+-fintegrated-as' expect_err "CCC_OVERRIDE_OPTIONS='+-fintegrated-as' with ccache refused" \
	"in CCC_OVERRIDE_OPTIONS: " "$CC" ccache clang -c k.c -o kc.o
check "CCC_OVERRIDE_OPTIONS refused: no object" "$([ ! -e kc.o ]; echo $?)" "kc.o written"
# What clang passes on to the assembler step differently from gcc: each of
# these still assembles through the wrapper (the sites are there).
if command -v clang >/dev/null; then
	printf '\t.text\n\tcli\n\toutb %%al, $0x80\n' >ka.S
	mkdir -p userb
	printf '#!/bin/sh\necho user-as >&2\nexec as "$@"\n' >userb/as
	cp userb/as userb/x86_64-linux-gnu-as
	chmod +x userb/as userb/x86_64-linux-gnu-as
	clang -S -emit-llvm k.c -o k.ll 2>/dev/null
	echo -fintegrated-as >ias.cfg	# a config file's options come before the command line's
	while IFS='|' read -r what args; do
		rm -f kv.o
		# shellcheck disable=SC2086
		if CCC_OVERRIDE_OPTIONS='#O1 +-DAB_X=1' "$CC" clang $args -o kv.o 2>w.err && [ "$(nsites kv.o)" = 2 ] &&
		   ! grep -q user-as w.err; then
			ok "clang $what: assembled by the wrapper, 2 sites"
		else
			nok "clang $what: $(nsites kv.o) sites: $(head -n 2 w.err | tr '\n' ' ')"
		fi
	done <<'L'
-Wa,--noexecstack -Wa,-g|-c k.c -Wa,--noexecstack -Wa,-g
--target=x86_64-linux-gnu|--target=x86_64-linux-gnu -c k.c
a -B of the user's with an as and a triple-as in it|-B userb/ --target=x86_64-linux-gnu -c k.c
-x assembler-with-cpp|-c -x assembler-with-cpp ka.S
-x assembler|-c -x assembler ka.S
-save-temps -g|-c k.c -save-temps -g
LLVM IR input (.ll)|-c k.ll
a clang config file saying -fintegrated-as|--config ./ias.cfg -c k.c
CCC_OVERRIDE_OPTIONS with only O and + edits|-c k.c
L
else
	skip "clang: the assembler options: not installed"
fi

# A compiler that does not use our assembler (it drops -B): detected, object removed.
cat >sneaky-cc <<'S'
#!/bin/sh
# drops -B DIR: the plain as assembles
for a; do shift; if [ "$skip" ]; then skip=; continue; fi
	[ "$a" = -B ] && { skip=1; continue; }; set -- "$@" "$a"; done
exec gcc "$@"
S
chmod +x sneaky-cc
expect_err "compile without the wrapper detected" "compiled k.c without running the afterburner's assembler" \
	"$CC" ./sneaky-cc -c k.c -o ks.o
check "compile without the wrapper: its object removed" "$([ ! -e ks.o ]; echo $?)" "ks.o left ($(nsites ks.o) sites)"
(mkdir -p sub && cd sub && expect_err "compile without the wrapper, default output name" "removed k.o" \
	"$CC" ../sneaky-cc -c ../k.c; [ ! -e k.o ]) || nok "default output k.o left behind"
for m in -E -S -fsyntax-only; do
	if "$CC" ./sneaky-cc "$m" k.c -o /dev/null 2>w.err; then
		ok "$m: nothing to assemble, no check"
	else
		nok "$m: $(head -n 2 w.err | tr '\n' ' ')"
	fi
done

# --- the wrapper never runs itself ------------------------------------------------------
expect_err "AFTERBURN_REAL_AS = the wrapper: refused" "is this wrapper" \
	env AFTERBURN_REAL_AS="$WRAP" "$CC" gcc -c k.c -o kr.o
ln -s "$WRAP" as-link
expect_err "AFTERBURN_REAL_AS = a link to the wrapper: refused" "is this wrapper" \
	env AFTERBURN_REAL_AS="$T/as-link" "$CC" gcc -c k.c -o kr.o
mkdir copy && cp "$WRAP" copy/as
expect_err "AFTERBURN_REAL_AS = a copy of the wrapper: the copy refuses to run itself" "is this wrapper" \
	env AFTERBURN_REAL_AS="$T/copy/as" "$CC" gcc -c k.c -o kr.o
mkdir copy2 && cp "$WRAP" copy2/as
expect_err "two copies of the wrapper on PATH running each other: stop" "wrappers ran one another" \
	env PATH="$T/copy:$T/copy2:$PATH" "$CC" gcc -c k.c -o kr.o
check "no object from a recursion" "$([ ! -e kr.o ]; echo $?)" "kr.o written"
# a chain (the wrapper, then one copy first on PATH, then GNU as) is legitimate:
# the copy passes the afterburned text through, the sites are there once
"$CC" gcc -c k.c -o k1.o 2>"$T/k1.err"
env PATH="$T/copy:$PATH" "$CC" gcc -c k.c -o kc.o 2>"$T/kc.err"
sites_size() { readelf -SW "$1" 2>/dev/null | sed -n 's/.* afterburn_sites *PROGBITS *[0-9a-f]* [0-9a-f]* \([0-9a-f]*\) .*/\1/p'; }
check "a copy of the wrapper first on PATH: same sites as one wrapper" \
	"$([ -n "$(sites_size k1.o)" ] && [ "$(sites_size kc.o)" = "$(sites_size k1.o)" ] && [ "$(sites_size k1.o)" != 000000 ]; echo $?)" \
	"sizes $(sites_size k1.o) vs $(sites_size kc.o): $(head -c 300 "$T/kc.err")"
expect_err "AFTERBURN_REAL_AS not executable: error names it" "AFTERBURN_REAL_AS=$T/none" \
	env AFTERBURN_REAL_AS="$T/none" "$CC" gcc -c k.c -o kr.o
expect_err "wrapper with two inputs: error" "2 input files" "$WRAP" -o two.o x.s x.s

# --- ccache ------------------------------------------------------------------------------
if ! command -v ccache >/dev/null; then
	skip "ccache: not installed (.ci/run installs it)"
	exit 0
fi
export CCACHE_DIR="$T/ccache" CCACHE_NOHASHDIR=1 CCACHE_TEMPDIR="$T/ccache-tmp"
unset CCACHE_DISABLE CCACHE_RECACHE CCACHE_PREFIX CCACHE_EXTRAFILES
ccstat() { ccache --print-stats | awk -v k="$1" '$1 == k { print $2 }'; }
hits() { echo $(( $(ccstat direct_cache_hit) + $(ccstat preprocessed_cache_hit) )); }
misses() { ccstat cache_miss; }
cat >t.c <<'C'
unsigned long g;
void f(unsigned long *t, unsigned long v) { t[3] = v; g = 0; asm volatile("cli"); }
C
"$CC" gcc -O2 -S -o t.s t.c && "$AB" --ids t.s >t.ids.s
id=$(grep -F 'movq	%rsi, 24(%rdi)' t.ids.s | grep -o '\.long 0x[0-9a-f]*' | head -n1 | cut -c9-)
[ -n "$id" ] || nok "ccache: no ID for t.c's store"
printf 'afterburn-profile 2\nprogram files=t.c\n' >p.prof
cp p.prof empty.prof
{ cat empty.prof; echo "site $id pt-write 3 t.c f+0 ; mov"; } >site.prof

# ccache in front of the compiler: afterburn-cc ccache gcc
for mode in direct preprocessor; do
	rm -rf "$CCACHE_DIR"
	[ $mode = preprocessor ] && export CCACHE_NODIRECT=1
	cp empty.prof p.prof
	"$CC" ccache gcc -O2 -c --profile=p.prof t.c -o a1.o 2>w.err
	m1=$(misses)
	"$CC" ccache gcc -O2 -c --profile=p.prof t.c -o a2.o 2>>w.err
	check "afterburn-cc ccache gcc ($mode): same inputs -> hit, same object with sites" \
		"$([ "$(hits)" = 1 ] && [ "$m1" = 1 ] && cmp -s a1.o a2.o && [ "$(nsites a2.o)" = 1 ]; echo $?)" \
		"hits $(hits) misses $(misses), sites $(nsites a2.o); $(head -n 2 w.err | tr '\n' ' ')"
	cp site.prof p.prof	# same name, other contents
	"$CC" ccache gcc -O2 -c --profile=p.prof t.c -o a3.o 2>>w.err
	check "afterburn-cc ccache gcc ($mode): changed profile -> miss, other object" \
		"$([ "$(misses)" = 2 ] && ! cmp -s a1.o a3.o && [ "$(nsites a3.o)" = 2 ]; echo $?)" \
		"hits $(hits) misses $(misses), sites $(nsites a3.o)"
	AFTERBURN_COPIED_SECTIONS=.foo "$CC" ccache gcc -O2 -c --profile=p.prof t.c -o a4.o 2>>w.err
	check "afterburn-cc ccache gcc ($mode): AFTERBURN_COPIED_SECTIONS changed -> miss" \
		"$([ "$(misses)" = 3 ]; echo $?)" "hits $(hits) misses $(misses)"
	unset CCACHE_NODIRECT
done
# The afterburner itself changed (another wrapper binary, same place): a miss.
rm -rf "$CCACHE_DIR" cc2 && mkdir -p cc2/bin cc2/libexec/afterburn
cp "$CC" cc2/bin/ && cp "$WRAP" cc2/libexec/afterburn/as
cc2/bin/afterburn-cc ccache gcc -O2 -c t.c -o b1.o 2>w.err
printf 'changed' >>cc2/libexec/afterburn/as	# same code, other bytes
cc2/bin/afterburn-cc ccache gcc -O2 -c t.c -o b2.o 2>>w.err
check "afterburn-cc ccache gcc: another afterburner build -> miss" \
	"$([ "$(misses)" = 2 ] && [ "$(hits)" = 0 ] && [ "$(nsites b2.o)" = 1 ]; echo $?)" \
	"hits $(hits) misses $(misses); $(head -n 2 w.err | tr '\n' ' ')"

# gcc on PATH is a link to ccache (Debian's /usr/lib/ccache): also keyed.
rm -rf "$CCACHE_DIR" && mkdir mq && ln -s "$(command -v ccache)" mq/gcc
cp empty.prof p.prof
PATH="$T/mq:$PATH" "$CC" gcc -O2 -c --profile=p.prof t.c -o m1.o 2>w.err
cp site.prof p.prof
PATH="$T/mq:$PATH" "$CC" gcc -O2 -c --profile=p.prof t.c -o m2.o 2>>w.err
PATH="$T/mq:$PATH" "$CC" gcc -O2 -c --profile=p.prof t.c -o m3.o 2>>w.err
check "gcc = a ccache link: changed profile -> miss, same -> hit with sites" \
	"$([ "$(misses)" = 2 ] && [ "$(hits)" = 1 ] && [ "$(nsites m1.o)" = 1 ] && [ "$(nsites m2.o)" = 2 ] &&
	   cmp -s m2.o m3.o; echo $?)" \
	"hits $(hits) misses $(misses), sites $(nsites m1.o) $(nsites m2.o); $(head -n 2 w.err | tr '\n' ' ')"

# ccache as the launcher: ccache afterburn-cc gcc
rm -rf "$CCACHE_DIR"
ccache "$CC" gcc -O2 -c t.c -o c1.o 2>w.err
ccache "$CC" gcc -O2 -c t.c -o c2.o 2>>w.err
check "ccache afterburn-cc gcc: hit, object with sites" \
	"$([ "$(hits)" = 1 ] && cmp -s c1.o c2.o && [ "$(nsites c2.o)" = 1 ]; echo $?)" \
	"hits $(hits) misses $(misses); $(head -n 2 w.err | tr '\n' ' ')"
cp empty.prof p.prof
ccache "$CC" gcc -O2 -c --profile=p.prof t.c -o c3.o 2>>w.err
cp site.prof p.prof
ccache "$CC" gcc -O2 -c --profile=p.prof t.c -o c4.o 2>>w.err
check "ccache afterburn-cc gcc --profile: a changed profile is never served from the cache" \
	"$([ "$(nsites c3.o)" = 1 ] && [ "$(nsites c4.o)" = 2 ]; echo $?)" \
	"sites $(nsites c3.o) then $(nsites c4.o) (want 1 then 2)"
rm -rf "$CCACHE_DIR"
cp empty.prof p.prof
CCACHE_EXTRAFILES="$T/p.prof" ccache "$CC" gcc -O2 -c --profile=p.prof t.c -o d1.o 2>w.err
CCACHE_EXTRAFILES="$T/p.prof" ccache "$CC" gcc -O2 -c --profile=p.prof t.c -o d2.o 2>>w.err
cp site.prof p.prof
CCACHE_EXTRAFILES="$T/p.prof" ccache "$CC" gcc -O2 -c --profile=p.prof t.c -o d3.o 2>>w.err
check "ccache afterburn-cc gcc --profile with CCACHE_EXTRAFILES: hit, then miss on a change" \
	"$([ "$(hits)" = 1 ] && [ "$(misses)" = 2 ] && [ "$(nsites d2.o)" = 1 ] && [ "$(nsites d3.o)" = 2 ]; echo $?)" \
	"hits $(hits) misses $(misses), sites $(nsites d2.o) $(nsites d3.o)"

# make CC="afterburn-cc ccache gcc": a whole rebuild from the cache, with sites
rm -rf "$CCACHE_DIR"
printf 'all: k.o t.o\n' >Makefile
rm -f k.o t.o
make -s CC="$CC ccache gcc" CFLAGS=-O2 >make.out 2>&1
rm -f k.o t.o
if make -s CC="$CC ccache gcc" CFLAGS=-O2 >>make.out 2>&1 && [ "$(hits)" = 2 ] &&
   [ "$(nsites k.o)" = 2 ] && [ "$(nsites t.o)" = 1 ]; then
	ok "make CC=\"afterburn-cc ccache gcc\": rebuild from the cache, objects with sites"
else
	nok "make CC=\"afterburn-cc ccache gcc\": hits $(hits), sites $(nsites k.o) $(nsites t.o)"
	show make.out
fi
exit 0
