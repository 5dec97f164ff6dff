#!/usr/bin/env bash
# tests/suites/91-clang-matrix.sh - clang as a first-class KERNEL_CC (issue 11):
#  - `make KERNEL_CC=clang images` builds every image (sample guest and its
#    plain build, wedge archives, hypervisor, its test guests, the KVM host's
#    test guest) into build/clang/, its own build dir, so the gcc build in
#    build/ is never touched (CLANG_BUILD names another dir)
#  - the images really are clang's: their compile units (debug info) or
#    archive members (.comment) name clang, none gcc
#  - the wedge archives use no symbol they do not define (wedge/build.mk
#    binds clang's memset/memcpy calls to the wedge's own; checked here again)
#  - the same boot matrix as the gcc images, by running the suites that hold
#    it on build/clang (their BUILD variable): 90 on tcg, bochs and kvm
#    (native, trace, plain), 95 on vtx and kvmhost (native, trace,
#    hypercall, plain, the wedge's default; the hypervisor is clang's too),
#    60 (clang's test guests under clang's hypervisor, and the sample
#    guests on it).  Their check lines are prefixed "clang: ".
# Time: the build ~1-2 min of both cores from scratch (nothing when up to
# date), the boots ~3 min.
set -u
. "$(dirname "$0")/../lib.sh"
TL_PREFIX="clang: "
D=${CLANG_BUILD:-build/clang}

if ! command -v clang >/dev/null 2>&1; then
	skip "all: clang is not installed (apt-get install clang)"
	exit 0
fi
tl_tmp

# A make of our own: not the jobserver of a make test above us (its fds are
# not passed down), and none of its command-line variables (KERNEL_CC=...).
start=$(date +%s)
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -j2 KERNEL_CC=clang BUILD="$D" images >"$T/make.log" 2>&1; then
	ok "make KERNEL_CC=clang BUILD=$D images ($(( $(date +%s) - start )) s)"
else
	nok "make KERNEL_CC=clang BUILD=$D images failed"
	TL_SHOW=25 show "$T/make.log"
	exit 0
fi
if grep -E '(^|[^-])(warning|error):' "$T/make.log" | grep -v '^\s*#' >"$T/warn.txt"; then
	nok "the clang build printed warnings: $(head -n 1 "$T/warn.txt")"
	show "$T/warn.txt"
else
	ok "the clang build printed no warning"
fi

# producers FILE: who compiled each part: a linked image's DW_AT_producer per
# compile unit; an archive's .comment per member (its members' DWARF 5
# string indices are not resolved before linking)
producers() {
	case $1 in
	*.a) readelf -p .comment "$1" 2>/dev/null | sed -n 's/^ *\[ *[0-9a-f]*\] *//p' ;;
	*) readelf --debug-dump=info "$1" 2>/dev/null | sed -n 's/.*DW_AT_producer *: *\(([^)]*): *\)\?//p' ;;
	esac
}
for img in guest/guest.elf guest/guest-plain.elf wedge/libwedge.a wedge/libwedge-linux.a \
	   hypervisor_stub/hv.elf hypervisor_stub/guests/tg_hello.elf; do
	f=$D/$img
	if [ ! -f "$f" ]; then
		nok "$f missing after the build"
		continue
	fi
	producers "$f" >"$T/prod.txt"
	n_clang=$(grep -c 'clang version' "$T/prod.txt")
	n_gcc=$(grep -c '^\(GNU C\|GCC:\)' "$T/prod.txt")
	if [ "$n_clang" -gt 0 ] && [ "$n_gcc" -eq 0 ]; then
		ok "$img: $n_clang parts compiled by clang, none by gcc"
	else
		nok "$img: $n_clang parts compiled by clang, $n_gcc by gcc: $(sort -u "$T/prod.txt" | head -n 3 | tr '\n' ';')"
	fi
done

for a in "$D/wedge/libwedge.a" "$D/wedge/libwedge-linux.a"; do
	[ -f "$a" ] || continue
	nm --defined-only "$a" | awk 'NF == 3 { print $3 }' | sort -u >"$T/def.txt"
	ext=$(nm -u "$a" | awk 'NF == 2 { print $2 }' | sort -u | comm -23 - "$T/def.txt" | grep -Ev '^__(start|stop)_' | tr '\n' ' ')
	check "$(basename "$a"): every symbol it uses is its own (no memset/memcpy of the kernel's)" \
		"$([ -z "$ext" ]; echo $?)" "undefined: $ext"
done

# vtx through this tree's afterburn-run boots this tree's hypervisor
# (afterburn-run finds it beside itself): the ISO a dry run prepares holds it.
if "$D/bin/afterburn-run" --on vtx --dry-run --keep "$T/vtx" "$D/guest/guest.elf" >"$T/vtx.log" 2>&1 &&
   cmp -s "$T/vtx/iso/boot/hv.elf" "$D/hypervisor_stub/hv.elf"; then
	ok "$D/bin/afterburn-run --on vtx boots $D/hypervisor_stub/hv.elf"
else
	nok "$D/bin/afterburn-run --on vtx: its ISO does not hold $D/hypervisor_stub/hv.elf"
	show "$T/vtx.log"
fi

# The matrices, as the gcc images get them; each suite's own check lines,
# prefixed so that they read as this suite's.
sub() { "$@" 2>&1 | sed -u -e 's/^\(ok\|not ok\|skip\) - /\1 - clang: /'; }
export BUILD=$D
sub env MATRIX_GUEST="$D/guest/guest.elf" MATRIX_PLAIN="$D/guest/guest-plain.elf" tests/suites/90-boot-matrix.sh
sub tests/suites/95-hosts-matrix.sh
sub tests/suites/60-hypervisor.sh
echo "# clang matrix took $(( $(date +%s) - start )) s"
exit 0
