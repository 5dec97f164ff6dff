#!/usr/bin/env bash
# bench/linux-ptwrites.sh - issue 9's comparison: the page-table stores the
# Linux profile found (make linux-pass2), by function, against what Linux's
# own paravirt MMU hooks cover.
#
# The kernel is built without CONFIG_PARAVIRT, so every hook is an inlined
# native_* helper inside some bigger function, and the profile names only
# that function.  Which helper a store came from is in the DWARF inline
# chain, which the kernel is not built with: each object that matters is
# compiled once more from its saved kbuild command with -g added (gcc's -g
# does not change the code; the bytes of every executable section are
# compared with the pass-one object, and a difference is reported), and
# addr2line -i gives the chain of every store in it.
#   objects: those whose source names a page-table primitive (set_pte_at,
#   pmd_populate, ptep_*, ...), and those of the profiled functions.
# A store belongs to the hook of the outermost ptep_* wrapper in its chain
# (ptep_get_and_clear, ptep_modify_prot_start/commit: the native_pte_clear
# inside ptep_get_and_clear is not the pte_clear hook), else of a
# native_*_clear in it (native_pmd_clear is pmd_clear, though its store is
# native_set_pmd's), else of the innermost native_set_* (native_set_pte is
# set_pte), else of ptep_set_wrprotect / ptep_test_and_clear_young
# (bit operations), else it is a plain store (memset, a struct field).
# Which of these paravirt hooks is read from the tree's
# arch/x86/include/asm/paravirt.h: a primitive is hooked when paravirt.h
# defines it, as an inline function or a macro (pte_clear there is
# set_pte(0), pmd_clear set_pmd(0), pgd_clear set_pgd(0) under 5-level
# paging; ptep_get_and_clear, ptep_set_wrprotect and
# ptep_test_and_clear_young it leaves native).
#
# Usage: bench/linux-ptwrites.sh [PROFILE [VMLINUX [OBJDIR]]]
#   defaults: build/linux-pass2/linux.profile.run, build/linux/vmlinux
#   (the image the profile was made of), $LINUX_PASS1_OBJ or build/linux/obj
# Prints the table (markdown); exit 1 on missing input.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
prof=${1:-$root/build/linux-pass2/linux.profile.run}
vmlinux=${2:-$root/build/linux/vmlinux}
obj=${3:-${LINUX_PASS1_OBJ:-$root/build/linux/obj}}
die() { echo "linux-ptwrites: error: $*" >&2; exit 1; }
for f in "$prof" "$vmlinux" "$obj/.config"; do [ -e "$f" ] || die "$f missing (make linux-pass2 first)"; done
src=$(sed -n 's/^source_init\/main.o := \(.*\)\/init\/main.c$/\1/p' "$obj/init/.main.o.cmd")
[ -r "$src/arch/x86/include/asm/paravirt.h" ] || die "the kernel tree of $obj is not readable ($src)"
grep -q '^afterburn-profile' "$prof" || die "$prof: not a profile"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- which primitives paravirt hooks: the inline functions paravirt.h defines ---
prims='set_pte set_pte_atomic pte_clear set_pmd pmd_clear set_pud pud_clear set_p4d p4d_clear set_pgd pgd_clear
ptep_modify_prot_start ptep_modify_prot_commit ptep_get_and_clear ptep_set_wrprotect ptep_test_and_clear_young'
for p in $prims; do
	if grep -Eq "^(static inline [a-z_]+ \*?(__)?$p\(|#define $p\()" "$src/arch/x86/include/asm/paravirt.h"; then
		echo "$p yes"
	else
		echo "$p no"
	fi
done >"$tmp/hooked"
# set_pte_atomic is set_pte's
sed -i 's/^set_pte_atomic .*/set_pte_atomic yes/' "$tmp/hooked"

# --- the objects: naming a primitive, or holding a profiled function ---
re='\b(set_pte_at|set_pte|set_pte_atomic|pte_clear|ptep_[a-z_]+|pmd_populate[a-z_]*|pud_populate|p4d_populate|pgd_populate|set_pmd|set_pmd_at|set_pud|set_p4d|set_pgd|pmd_clear|pud_clear|p4d_clear|pgd_clear)\('
find "$obj" -name '.*.o.cmd' | grep -v '/scripts/\|/tools/\|/arch/x86/boot/\|/arch/x86/realmode/\|/vdso/\|\.mod\.o\.cmd$' |
while read -r c; do
	s=$(sed -n 's/^source_[^ ]* := //p' "$c")
	o=$(dirname "$c")/$(basename "$c" .cmd | sed 's/^\.//')
	[ -f "$o" ] || continue
	echo "$o $s"
done >"$tmp/objs"
awk '{ print $2 }' "$tmp/objs" | xargs grep -lE "$re" 2>/dev/null | sort -u >"$tmp/prim.src" || true
grep '^site ' "$prof" | awk '{ split($6, a, "+"); print $5, a[1] }' | sort -u >"$tmp/prof.fn"
: >"$tmp/want"
while read -r o s; do
	if grep -qxF "$s" "$tmp/prim.src"; then
		echo "$o" >>"$tmp/want"
		continue
	fi
	base=$(basename "$s")
	awk -v b="$base" '$1 == b { print $2 }' "$tmp/prof.fn" | while read -r fn; do
		nm "$o" 2>/dev/null | awk -v f="$fn" '$3 == f { found = 1 } END { exit !found }' && echo "$o"
	done >>"$tmp/want"
done <"$tmp/objs"
sort -u -o "$tmp/want" "$tmp/want"

# --- each object again with -g: the inline chain of every store ---
: >"$tmp/stores" ; : >"$tmp/differs"
n=0
while read -r o; do
	n=$((n + 1))
	c=$(dirname "$o")/.$(basename "$o").cmd
	rel=${o#"$obj"/}
	cmd=$(sed -n 's/^\(saved\)\{0,1\}cmd_[^ ]* := //p' "$c" | head -n 1 | sed 's/;.*//')
	g=$tmp/g$n.o
	# same command, -g added, output and dependency file elsewhere
	cmd=$(printf '%s' "$cmd" | sed "s# -o $rel # -g -o $g #; s#-Wp,-MMD,[^ ]*#-Wp,-MMD,$tmp/g$n.d#")
	(cd "$obj" && eval "$cmd") >"$tmp/g$n.log" 2>&1 || { echo "$rel: the -g compile failed" >>"$tmp/differs"; continue; }
	for sec in $(objdump -h "$o" | awk '$2 ~ /text/ { print $2 }'); do
		objcopy -O binary --only-section="$sec" "$o" "$tmp/a.bin" 2>/dev/null
		objcopy -O binary --only-section="$sec" "$g" "$tmp/b.bin" 2>/dev/null
		cmp -s "$tmp/a.bin" "$tmp/b.bin" || echo "$rel: $sec differs with -g" >>"$tmp/differs"
	done
	# stores: a memory operand last (AT&T), not the stack; string stores
	objdump -d -w --no-show-raw-insn "$g" | awk -v o="$rel" '
		/^Disassembly of section / { sec = $4; sub(":", "", sec); next }
		/^[0-9a-f]+ <.*>:$/ { fn = $2; gsub(/[<>:]/, "", fn); next }
		/^ *[0-9a-f]+:\t/ {
			split($0, f, "\t"); addr = f[1]; gsub(/[ :]/, "", addr); ins = f[2]
			m = ins; sub(/ .*/, "", m)
			if (m ~ /^(lock|rep|repz|repnz)$/) { m = ins; sub(/^[a-z]+ +/, "", m); sub(/ .*/, "", m) }
			if (m ~ /^(cmp|test|bt|push|pop|call|jmp|lea|nop|prefetch|cl|j)/ && m !~ /^(btr|bts|btc|cmpxchg)/) next
			ops = ins; sub(/^[^ ]+ +/, "", ops)
			if (m ~ /^(stos|movs)/ || (ops ~ /\)$/ && ops !~ /%rsp\)$/) || ops ~ /,0x[0-9a-f]+$/)
				print o, sec, fn, addr, ins
		}' >"$tmp/st$n"
	# addr2line per section: function chains, innermost first
	awk '{ print $2 }' "$tmp/st$n" | sort -u | while read -r sec; do
		awk -v s="$sec" '$2 == s { print "0x" $4 }' "$tmp/st$n" |
			addr2line -a -i -f -e "$g" -j "$sec" | awk -v s="$sec" '
			/^0x/ { if (a != "") print s, a, ch; a = $1; sub(/^0x0*/, "", a); if (a == "") a = "0"; ch = ""; k = 0; next }
			{ if (k++ % 2 == 0) ch = ch (ch == "" ? "" : ",") $1 }
			END { if (a != "") print s, a, ch }'
	done >"$tmp/ch$n"
	# join: object section symbol address chain instruction
	awk 'NR == FNR { c[$1 " " $2] = $3; next }
	     { a = $4; sub(/^0*/, "", a); if (a == "") a = "0"; k = $2 " " a
	       ins = $0; for (i = 1; i <= 4; i++) sub(/^[^ ]+ /, "", ins)
	       print $1, $2, $3, $4, (k in c ? c[k] : "?"), ins }' "$tmp/ch$n" "$tmp/st$n" >>"$tmp/stores"
	# symbol values, for the profile's SYMBOL+OFFSET
	nm "$g" | awk -v o="$rel" 'NF == 3 { print o, $3, $1 }' >>"$tmp/syms"
done <"$tmp/want"

# --- the hook of a chain ---
classify='
function hook(ch,   n, f, i, outer) {
	n = split(ch, f, ",")
	for (i = n; i >= 1; i--)
		if (f[i] ~ /^(__)?ptep_modify_prot_(start|commit)$/) { sub(/^__/, "", f[i]); return f[i] }
		else if (f[i] ~ /^(ptep_get_and_clear(_full)?|native_ptep_get_and_clear|native_local_ptep_get_and_clear|ptep_clear)$/) return "ptep_get_and_clear"
	for (i = 1; i <= n; i++)
		if (f[i] ~ /^native_(pte|pmd|pud|p4d|pgd)_clear$/) { sub(/^native_/, "", f[i]); return f[i] }
	for (i = 1; i <= n; i++) {
		if (f[i] ~ /^native_set_pte(_atomic)?$/) return "set_pte"
		if (f[i] ~ /^native_(pte_clear|set_pmd|pmd_clear|set_pud|pud_clear|set_p4d|p4d_clear|set_pgd|pgd_clear)$/) { sub(/^native_/, "", f[i]); return f[i] }
		if (f[i] ~ /^(ptep_set_wrprotect|ptep_test_and_clear_young)$/) return f[i]
	}
	return "-"
}'
awk "$classify"'{ print $3, hook($5) }' "$tmp/stores" | awk '$2 != "-"' | sort | uniq -c >"$tmp/universe"

# the profile: SYMBOL+OFF of each site -> the store in its object -> hook
grep '^site ' "$prof" | while read -r _ id kind count file where _ insn; do
	fn=${where%%+*}; off=${where#"$fn"}; off=${off#+}; off=$((${off:-0}))
	line=$(awk -v f="$fn" -v b="${file%.*}.o" '$2 == f { n = split($1, p, "/"); if (p[n] == b) print $1, $3 }' "$tmp/syms" | head -n 1)
	if [ -z "$line" ]; then
		echo "$fn $count ? $id $where"
		continue
	fi
	set -- $line
	a=$(printf '%x' $((0x$2 + off)))
	ch=$(awk -v o="$1" -v f="$fn" -v a="$a" '{ x = $4; sub(/^0*/, "", x) } $1 == o && $3 == f && x == a { print $5; exit }' "$tmp/stores")
	echo "$fn $count ${ch:-?} $id $where"
done | awk "$classify"'{ print $1, $2, ($3 == "?" ? "?" : hook($3)), $4, $5, $3 }' >"$tmp/found"

hooked() { awk -v p="$1" '$1 == p { print $2 }' "$tmp/hooked"; }
echo "## Linux pt-write sites (profile $(basename "$prof"), $(grep -c '^site ' "$prof") sites) vs paravirt's MMU hooks"
echo
echo "| primitive | paravirt hook | profile found (function: stores) | not found (functions with such a store) |"
echo "|---|---|---|---|"
for p in set_pte pte_clear set_pmd pmd_clear set_pud pud_clear set_p4d p4d_clear set_pgd pgd_clear \
	 ptep_modify_prot_start ptep_modify_prot_commit ptep_get_and_clear ptep_set_wrprotect ptep_test_and_clear_young; do
	fnd=$(awk -v p="$p" '$3 == p { c[$1] += $2 } END { for (f in c) print f ": " c[f] }' "$tmp/found" | sort | paste -sd';' | sed 's/;/, /g')
	miss=$(awk -v p="$p" '$3 == p { print $1 }' "$tmp/found" | sort -u >"$tmp/f1"
	       awk -v p="$p" '$3 == p { print $2 }' "$tmp/universe" | sort -u | comm -23 - "$tmp/f1" | paste -sd' ' | sed 's/ /, /g')
	echo "| $p | $(hooked "$p") | ${fnd:--} | ${miss:--} |"
done
echo
echo "Found by the profile, not through a hooked primitive (paravirt does not see these stores):"
echo
echo "| function | stores | what the store is (inline chain, innermost first) |"
echo "|---|---|---|"
awk '{ print $3, $0 }' "$tmp/found" | while read -r h fn count _ id where ch; do
	case $(hooked "$h") in yes) continue ;; esac
	what=$h; [ "$h" = - ] && what="plain store ($ch)"; [ "$h" = "?" ] && what="? (object not found)"
	echo "| $where | $count | $what |"
done | sort
echo
nsum=$(awk '{ n += $2 } END { print n + 0 }' "$tmp/found")
hsum=$(while read -r fn count h _; do [ "$(hooked "$h")" = yes ] && echo "$count"; done <"$tmp/found" | awk '{ n += $1 } END { print n + 0 }')
echo "stores: $nsum profiled, $hsum of them through a primitive paravirt hooks; $(wc -l <"$tmp/want") objects recompiled with -g"
if [ -s "$tmp/differs" ]; then
	echo "warning: -g changed code (chains there may be off):"; sed 's/^/  /' "$tmp/differs"
fi
