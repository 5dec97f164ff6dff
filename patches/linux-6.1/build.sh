#!/usr/bin/env bash
# patches/linux-6.1/build.sh - `make linux`: Linux 6.1 as a pre-virtualized
# guest.  Unpacks Debian's linux-source-6.1 tarball, applies the series in
# this folder, writes the config (tinyconfig + afterburn.config) and builds
# the same tree twice, out of tree:
#   build/linux/bzImage, vmlinux         CC="afterburn-cc gcc" (sites, wedge)
#   build/linux/plain/bzImage, vmlinux   CC=gcc (same tree, same config)
# A build that is up to date does not rebuild (kbuild decides); the source
# is unpacked again only when the tarball or the series changed.
# Environment: LINUX_TARBALL (default /usr/src/linux-source-6.1.tar.xz),
# LINUX_JOBS (default: the number of CPUs), LINUX_ONLY=afterburn|plain|pass2,
# LINUX_CC=gcc|clang (default gcc).  LINUX_ONLY=pass2 (pass2.sh, `make
# linux-pass2`) builds the same tree with CC="afterburn-cc gcc
# --profile=$LINUX_PROFILE" into build/linux-pass2/ (bzImage, vmlinux, obj/).  LINUX_CC=clang builds the same with
# clang (CC="afterburn-cc clang", plain CC=clang; LLVM_IAS=0, since kbuild
# otherwise passes -fintegrated-as, which afterburn-cc refuses: clang would
# assemble without the afterburner) into build/clang/linux/, with the tools
# and the clang-built wedge of build/clang/ (make KERNEL_CC=clang images).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lcc=${LINUX_CC:-gcc}
kextra=()
case $lcc in
gcc) tree=$root/build ;;
clang) tree=$root/build/clang; kextra=(LLVM_IAS=0) ;;
*) echo "make linux: error: LINUX_CC=$lcc: want gcc or clang" >&2; exit 1 ;;
esac
out=$tree/linux
# --- LINUX_LLVM=instrument (make linux-llvmprof, llvm/README.md): the LLVM
# plugin's instrument mode on Linux.  With the tools and wedge of build/
# (gcc-built, as `make linux`), CC="afterburn-cc clang" with
# AFTERBURN_LLVM_MODE=instrument (a store probe before every store outside
# the frame; the wedge's profile back end answers it) into
# build/linux-llvmprof/, and the same without the plugin into
# build/linux-llvmprof/noprobe/ (the baseline of the probes' cost).  Both
# with -gline-tables-only, so that the IR IDs carry source positions and the
# probe calls map to file:line (addr2line) for the cross-check.
llvm_mode=${LINUX_LLVM:-}
case $llvm_mode in
"") ;;
instrument)
	lcc=clang tree=$root/build out=$root/build/linux-llvmprof
	kextra=(LLVM_IAS=0 KCFLAGS=-gline-tables-only)
	[ -r "$tree/lib/afterburn-llvm.so" ] || { echo "make linux: error: $tree/lib/afterburn-llvm.so missing: run make (needs llvm-14-dev)" >&2; exit 1; } ;;
*) echo "make linux: error: LINUX_LLVM=$llvm_mode: want instrument" >&2; exit 1 ;;
esac
tarball=${LINUX_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
jobs=${LINUX_JOBS:-$(nproc)}
cc_ab="$tree/bin/afterburn-cc $lcc"
wedge=$tree/wedge/libwedge-linux.a

die() { echo "make linux: error: $*" >&2; exit 1; }

[ -r "$tarball" ] || die "$tarball missing: install Debian's linux-source-6.1 (make deps) or set LINUX_TARBALL"
for f in "$tree/bin/afterburn-cc" "$tree/libexec/afterburn/as" "$wedge"; do
	[ -e "$f" ] || die "$f missing: run make first"
done
mapfile -t series < <(grep -v '^#' "$here/series" | sed '/^$/d')

# --- source: unpack and patch once per (tarball, series) ---
want=$( { stat -c '%s %Y' "$tarball"; for p in "${series[@]}"; do cat "$here/$p"; done; } | sha256sum | cut -c1-16)
src=$out/src
if [ "$(cat "$out/src.stamp" 2>/dev/null)" != "$want" ]; then
	echo "make linux: unpacking $tarball and applying ${#series[@]} patches"
	rm -rf "$out/src" "$out/src.stamp" "$out/obj" "$out/obj-plain" "$tree/linux-pass2/obj"
	mkdir -p "$out/unpack"
	tar -C "$out/unpack" -xf "$tarball"
	top=$(ls "$out/unpack")
	[ "$(echo "$top" | wc -l)" = 1 ] || die "$tarball: expected one top folder, found: $top"
	mv "$out/unpack/$top" "$src"
	rmdir "$out/unpack"
	for p in "${series[@]}"; do
		patch -d "$src" -p1 --quiet --no-backup-if-mismatch <"$here/$p" ||
			die "patch $p does not apply to $tarball"
	done
	echo "$want" >"$out/src.stamp"
fi

# --- one build: $1 = obj folder, $2 = CC, $3 = where the images go ---
build() {
	local obj=$1 cc=$2 dest=$3 key=""
	mkdir -p "$obj" "$dest"
	local kmake=(make -s -C "$src" O="$obj" CC="$cc" AFTERBURN_WEDGE="$wedge" ${kextra[@]+"${kextra[@]}"} -j"$jobs")
	if [ "$cc" != "$lcc" ]; then
		# kbuild rebuilds an object when its command line changes: put the
		# afterburner's identity on it, so a new afterburner means new objects.
		# A pass-2 build: the profile's sites too (kbuild does not know
		# the profile is an input; its counts do not matter).
		key=$({ cat "$tree/libexec/afterburn/as" "$tree/bin/afterburn" "$tree/bin/afterburn-cc"
			[ -z "${LINUX_PROFILE:-}" ] || sed -n 's/^\(site [^ ]* [^ ]*\) [0-9]*/\1/p;/^program/p' "$LINUX_PROFILE"
		      } | sha256sum | cut -c1-16)
		# LINUX_LLVM: the plugin and its mode are part of what an object is
		[ -z "$llvm_mode" ] || key=$( { echo "$key ${AFTERBURN_LLVM_MODE:-off}"
			cat "$tree/lib/afterburn-llvm.so"; } | sha256sum | cut -c1-16)
		kmake+=(KCPPFLAGS="-D__AFTERBURN_KEY=0x$key")
	fi
	if [ "$(cat "$obj/config.stamp" 2>/dev/null)" != "$(sha256sum <"$here/afterburn.config")" ]; then
		# (merge_config warns about every choice it overrides, as it should;
		# the check below is what decides)
		{ "${kmake[@]}" tinyconfig &&
		  "$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$here/afterburn.config" &&
		  "${kmake[@]}" olddefconfig; } >"$obj/config.log" 2>&1 ||
			{ cat "$obj/config.log" >&2; die "configuring $obj failed"; }
		grep '^CONFIG_' "$here/afterburn.config" | while read -r line; do
			grep -qx "$line" "$obj/.config" ||
				die "$line is not in force in $obj/.config (a dependency is missing)"
		done
		sha256sum <"$here/afterburn.config" >"$obj/config.stamp"
	fi
	local t0=$SECONDS
	"${kmake[@]}" bzImage 2>"$obj/build.err" || { cat "$obj/build.err" >&2; die "kernel build failed ($cc)"; }
	# Anything the build says on stderr is shown: warnings are not hidden.
	if [ -s "$obj/build.err" ]; then
		echo "make linux: the build ($cc) said:" >&2
		cat "$obj/build.err" >&2
	fi
	cp "$obj/vmlinux" "$dest/vmlinux.tmp" && mv "$dest/vmlinux.tmp" "$dest/vmlinux"
	cp "$obj/arch/x86/boot/bzImage" "$dest/bzImage.tmp" && mv "$dest/bzImage.tmp" "$dest/bzImage"
	echo "make linux: $dest/bzImage ($cc, $((SECONDS - t0)) s)"
}

if [ -n "$llvm_mode" ]; then
	case ${LINUX_ONLY:-} in
	plain) ;;
	*) AFTERBURN_LLVM_MODE=$llvm_mode build "$out/obj" "$cc_ab" "$out" ;;
	esac
	case ${LINUX_ONLY:-} in
	afterburn) ;;
	*) AFTERBURN_LLVM_MODE= build "$out/obj-noprobe" "$cc_ab" "$out/noprobe" ;;
	esac
	exit 0
fi
case ${LINUX_ONLY:-} in
plain) build "$out/obj-plain" "$lcc" "$out/plain" ;;
pass2) [ -r "${LINUX_PROFILE:-}" ] || die "LINUX_ONLY=pass2 needs LINUX_PROFILE=FILE (pass2.sh writes it)"
    build "$tree/linux-pass2/obj" "$cc_ab --profile=$LINUX_PROFILE" "$tree/linux-pass2" ;;
afterburn) build "$out/obj" "$cc_ab" "$out" ;;
"") build "$out/obj" "$cc_ab" "$out"
    build "$out/obj-plain" "$lcc" "$out/plain" ;;
*) die "LINUX_ONLY=$LINUX_ONLY: want afterburn, plain or pass2" ;;
esac
