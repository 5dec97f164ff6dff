#!/usr/bin/env bash
# patches/linux-6.1/pass2.sh - `make linux-pass2`: the second build pass of
# Linux (issue 9).  Profiles the pass-one bzImage (build/linux, `make linux`)
# running its /init, then builds the same tree again through
# `afterburn-cc gcc --profile=` (build.sh LINUX_ONLY=pass2), so that every
# instruction the profile saw storing into a page table becomes a pt-write
# site.  Output, in build/linux-pass2/:
#   linux.profile      the profile the build used (program line widened, below)
#   linux.profile.run  the profile as the profiling run wrote it
#   bzImage, vmlinux   the pass-two kernel; initramfs.cpio beside it
#   NOTE               which profiling host ran, the numbers, the checks
#
# The profiling host: PROFILE_HOST=auto (default) takes afterburn-kvm
# (afterburn-run --on kvmhost) where /dev/kvm works, else our VT-x
# hypervisor in Bochs (--on vtx, hv.profile); kvm or vtx choose.  One run,
# unseeded: Linux reuses freed table pages as data, so a seed (frames that
# were tables in an earlier run, protected throughout) would count data
# stores.  The run is repeated only when what it depends on changed (the
# bzImage, its vmlinux and initramfs, the profiler), and the build profile
# is rewritten only when its sites changed (counts vary with timing), so an
# up-to-date pass two rebuilds nothing.
#
# The program line: afterburn refuses a profile when the file being
# assembled is not among its `program files` (a profile of another
# program).  The profiling run lists the files of vmlinux; the build also
# assembles objects that vmlinux does not link (lib.a members nobody
# calls) and kbuild's compiler probes (/dev/null, stdin).  So the build
# profile lists the files of every pass-one object, and the probes' names;
# a probe that failed anyway would change the config or the flags, which
# is checked after the build (.config and a compile command are compared
# with pass one's).
# Environment: PROFILE_HOST, LINUX_JOBS, LINUX_CC (gcc; clang: build/clang),
# LINUX_PASS1_OBJ (pass one's object folder, default build/linux/obj).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case ${LINUX_CC:-gcc} in
gcc) tree=$root/build ;;
clang) tree=$root/build/clang ;;
*) echo "make linux-pass2: error: LINUX_CC=$LINUX_CC: want gcc or clang" >&2; exit 1 ;;
esac
one=$tree/linux
two=$tree/linux-pass2
p1obj=${LINUX_PASS1_OBJ:-$one/obj}
run=$tree/bin/afterburn-run
sites=$tree/bin/afterburn-sites

die() { echo "make linux-pass2: error: $*" >&2; exit 1; }
say() { echo "make linux-pass2: $*"; echo "$*" >>"$two/NOTE.new"; }

for f in "$one/bzImage" "$one/vmlinux" "$one/initramfs.cpio" "$p1obj/vmlinux" "$run" "$sites"; do
	[ -e "$f" ] || die "$f missing: run make linux first"
done
mkdir -p "$two"
rm -f "$two/NOTE.new"

# --- the profiling host ---
host=${PROFILE_HOST:-auto}
if [ "$host" = auto ]; then
	if "$run" --on kvmhost --check >/dev/null 2>&1; then host=kvm
	elif "$run" --on vtx --check >/dev/null 2>&1; then host=vtx
	else die "no profiling host: $("$run" --on vtx --check 2>&1 | head -n 1)"
	fi
fi
case $host in
kvm) target=kvmhost; profiler=$tree/bin/afterburn-kvm ;;
vtx) target=vtx; profiler=$tree/hypervisor_stub/hv.elf ;;
*) die "PROFILE_HOST=$host: want auto, kvm or vtx" ;;
esac

# --- the profiling run (again only when its inputs changed) ---
stamp=$( { echo "$host"; cat "$one/bzImage" "$one/vmlinux" "$one/initramfs.cpio" "$profiler" "$run"; } |
	sha256sum | cut -c1-16)
if [ "$(cat "$two/profile.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -s "$two/linux.profile.run" ]; then
	echo "make linux-pass2: profiling $one/bzImage (its /init) on $host"
	t0=$SECONDS
	"$run" --on "$target" --backend native --timeout 1200 \
		--profile "$two/linux.profile.run.new" "$one/bzImage" >"$two/profile-run.log" 2>&1 ||
		{ tail -n 20 "$two/profile-run.log" >&2; die "the profiling run on $host did not pass (log: $two/profile-run.log)"; }
	mv "$two/linux.profile.run.new" "$two/linux.profile.run"
	echo "$((SECONDS - t0))" >"$two/profile.seconds"
	echo "$stamp" >"$two/profile.stamp"
fi
prof_run=$two/linux.profile.run
nsites=$(grep -c '^site ' "$prof_run" || true)
nnoid=$(grep -c '^# noid ' "$prof_run" || true)
nstores=$(awk '$1 == "site" { n += $4 } $1 == "#" && $2 == "noid" { n += $5 } END { print n + 0 }' "$prof_run")
say "profiling host: $host (afterburn-run --on $target --backend native --profile), $(cat "$two/profile.seconds" 2>/dev/null || echo '?') s"
say "profile: $nstores page-table stores by $((nsites + nnoid)) instructions, $nsites with a stable ID, $nnoid without"
grep -h '^hv: profile:' "$two/profile-run.log" 2>/dev/null | sed 's/^/  /' >>"$two/NOTE.new" || true

# --- the build profile: the run's sites, the program line widened ---
files=$(mktemp -d)
trap 'rm -rf "$files"' EXIT
sed -n 's/^program files=//p' "$prof_run" | tr ',' '\n' >"$files/list"
find "$p1obj" -name '*.o' ! -name '*.mod.o' ! -name 'vmlinux.o' | while read -r o; do
	objcopy --dump-section afterburn_idfiles="$files/one" "$o" "$files/junk.o" 2>/dev/null || continue
	tr '\0' '\n' <"$files/one"
done >>"$files/list"
# kbuild's probes: cc-option on /dev/null, as-instr and friends on stdin
printf '%s\n' null '<stdin>' stdc-predef.h >>"$files/list"
{
	sed -n 1p "$prof_run"
	echo "program files=$(sed '/^$/d' "$files/list" | sort -u | paste -sd,)"
	echo "# program line: the run's files, every pass-one object's and kbuild's probe inputs (pass2.sh)"
	sed '1,2d' "$prof_run"
} >"$files/profile"
key() { sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' "$1"; }
if [ -f "$two/linux.profile" ] && [ "$(key "$two/linux.profile")" = "$(key "$files/profile")" ]; then
	:	# same sites: keep the file, so kbuild rebuilds nothing
else
	cp "$files/profile" "$two/linux.profile"
fi

# --- the build ---
LINUX_ONLY=pass2 LINUX_PROFILE="$two/linux.profile" "$here/build.sh"
cp "$one/initramfs.cpio" "$two/initramfs.cpio"

# --- checks: same config and flags as pass one; every profile entry a site ---
cmp -s "$p1obj/.config" "$two/obj/.config" ||
	die "the pass-two .config differs from pass one's (a kbuild probe failed under --profile?): diff $p1obj/.config $two/obj/.config"
flags() { sed -n 's/^\(saved\)\{0,1\}cmd_init\/main.o := //p' "$1/init/.main.o.cmd" |
	sed 's/ --profile=[^ ]*//; s/-D__AFTERBURN_KEY=[^ ]*//; s/;.*//' | tr ' ' '\n' |
	grep -v "^/\|^-I/\|^-fmacro-prefix-map=\|^$" ; }	# (paths differ with LINUX_PASS1_OBJ elsewhere)
if [ -f "$p1obj/init/.main.o.cmd" ] && [ "$(flags "$p1obj")" != "$(flags "$two/obj")" ]; then
	die "init/main.o compiles with other flags than in pass one (a kbuild probe failed under --profile?)"
fi
# (the run's profile: verify wants the program line to be vmlinux's files)
"$sites" verify --profile "$prof_run" "$two/vmlinux" >"$two/verify.log" 2>&1 ||
	{ tail -n 20 "$two/verify.log" >&2; die "afterburn-sites verify --profile found problems ($two/verify.log)"; }
npt=$("$sites" list "$two/vmlinux" | grep '^0x' | grep -c ' pt-write ' || true)
say "pass two: $two/bzImage, $npt pt-write sites ($(tail -n 1 "$two/verify.log" | sed 's/^verify: [^:]*: //'))"
say "same .config and compile flags as pass one"
mv "$two/NOTE.new" "$two/NOTE"
