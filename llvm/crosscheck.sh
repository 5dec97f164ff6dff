#!/usr/bin/env bash
# llvm/crosscheck.sh - the instrumentation profile against the EPT profile
# (issue 11: "cross-check the profilers"), at function level.
#
#   llvm/crosscheck.sh INSTR.profile INSTR-VMLINUX EPT.profile
#
# INSTR.profile: afterburn-run --profile of an image built with the LLVM
# plugin in instrument mode (the wedge's profile back end; IR-level IDs).
# INSTR-VMLINUX: that image's ELF, built with line tables (-g or
# -gline-tables-only): each profiled ID is found at its probe call (the
# `mov $ID, %edx` before `call afterburn_probe_store`) and addr2line -i
# names the store's source line and the functions inlined there.
# EPT.profile: afterburn-run --on vtx --profile (the hypervisor's EPT
# profile; its lines name SYMBOL+OFFSET of each storing instruction) of the
# same program built by any compiler.
#
# Two compilers inline differently, so a store is "found by both" when the
# EPT's function is the instrumented store's function or any function inlined
# at the probe (addr2line's chain).  Prints a markdown table (found by both /
# only by instrumentation / only by EPT, with a reason derived from the
# instrumented ELF: no symbol there, a section without probes, no probes at
# all, or probed but never a table store) and a tally line.  Exit 0, or 2 on
# bad arguments or input that is not a profile.
set -euo pipefail

die() { echo "crosscheck: error: $*" >&2; exit 2; }
[ $# = 3 ] || die "usage: llvm/crosscheck.sh INSTR.profile INSTR-VMLINUX EPT.profile"
iprof=$1 ielf=$2 eprof=$3
for f in "$iprof" "$ielf" "$eprof"; do [ -r "$f" ] || die "$f: cannot read"; done
head -n 1 "$iprof" | grep -q '^afterburn-profile' || die "$iprof:1: not a profile"
head -n 1 "$eprof" | grep -q '^afterburn-profile' || die "$eprof:1: not a profile"
grep -q '^# ids afterburn-llvm' "$iprof" || die "$iprof: not an instrumentation profile (no '# ids afterburn-llvm' line)"
command -v addr2line >/dev/null && command -v objdump >/dev/null || die "needs binutils (objdump, addr2line)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. profiled IDs: id count file func@line:col
awk '$1 == "site" { split($6, a, "@"); print $2, $4, $5, a[1] }' "$iprof" >"$tmp/ids"
[ -s "$tmp/ids" ] || die "$iprof: no site lines"

# 2. the instrumented ELF: each probe call's ID and address, the function
# holding each probe call, and each function's section.
objdump -d --no-show-raw-insn "$ielf" | awk -v ids="$tmp/ids" '
	BEGIN { while ((getline l < ids) > 0) { split(l, a, " "); want[a[1]] = 1 } }
	/^[0-9a-f]+ <.*>:$/ { fn = $2; gsub(/[<>:]/, "", fn); imm = ""; next }
	/mov +\$0x[0-9a-f]+,%edx/ { imm = $0; sub(/.*\$0x/, "", imm); sub(/,.*/, "", imm); next }
	/\t(call|jmp) +[0-9a-f]+ <[^>+]+>$/ && !/<afterburn_probe_store>/ { g = $NF; gsub(/[<>]/, "", g); print "edge", fn, g; next }
	/call.*<afterburn_probe_store>/ {
		probed[fn] = 1
		if (imm != "") { id = imm; while (length(id) < 8) id = "0" id
			if (id in want) { ad = $1; sub(/:/, "", ad); sub(/^0+/, "", ad); print "call", id, ad } }
		next }
	END { for (f in probed) print "probed", f }' >"$tmp/calls"
# every symbol (assembly labels have no F type) and its section
objdump -t "$ielf" | awk -F '\t' 'NF == 2 { n = split($1, a, " "); split($2, b, " "); if (b[2] != "") print b[2], a[n] }' >"$tmp/fsec"

# 3. addr2line -i at each probe call: the chain, innermost first
awk '$1 == "call" { print $3 }' "$tmp/calls" >"$tmp/addrs"
: >"$tmp/chain"
if [ -s "$tmp/addrs" ]; then
	addr2line -a -i -f -e "$ielf" <"$tmp/addrs" | awk -v pwd="$PWD" '
		/^0x[0-9a-f]+$/ { if (cur != "") print cur; cur = substr($0, 3); sub(/^0+/, "", cur); odd = 1; next }
		odd { fn = $0; odd = 0; next }
		{ loc = $0; sub(/ \(discriminator.*/, "", loc); sub(/.*\/src\//, "", loc); if (index(loc, pwd "/") == 1) loc = substr(loc, length(pwd) + 2)
		  cur = cur " " fn "=" loc; odd = 1 }
		END { if (cur != "") print cur }' >"$tmp/chain"
fi

# 4. join and report
awk -v ids="$tmp/ids" -v calls="$tmp/calls" -v chain="$tmp/chain" -v fsec="$tmp/fsec" -v eprof="$eprof" '
function base(s) { sub(/\+0x[0-9a-f]+$/, "", s); sub(/\..*/, "", s); return s }
function add(list, x) { return index(" " list " ", " " x " ") ? list : (list == "" ? x : list " " x) }
BEGIN {
	while ((getline l < ids) > 0) { split(l, a, " "); n_id++; id[n_id] = a[1]; icount[a[1]] = a[2]; ifunc[a[1]] = base(a[4]) }
	while ((getline l < calls) > 0) { split(l, a, " ")
		if (a[1] == "call") at[a[2]] = a[3]
		else if (a[1] == "edge") { f = base(a[2]); g = base(a[3]); if (!((f, g) in seen)) { seen[f, g] = 1; callees[f] = callees[f] " " g } }
		else probed[base(a[2])] = 1 }
	while ((getline l < chain) > 0) { k = split(l, a, " "); c = a[1]; ch[c] = ""
		for (i = 2; i <= k; i++) { split(a[i], p, "="); if (!(c in inner)) { inner[c] = p[1]; innerloc[c] = p[2] }
			ch[c] = ch[c] " " base(p[1]) } }
	while ((getline l < fsec) > 0) { split(l, a, " "); sec[base(a[1])] = a[2] }
	# EPT: site and noid lines, by function
	while ((getline l < eprof) > 0) {
		k = split(l, a, " ")
		if (a[1] == "site") { cnt = a[4]; sym = a[6] }
		else if (a[1] == "#" && a[2] == "noid") { cnt = a[5]; sym = a[6] }
		else continue
		f = (sym == "?" || sym == "" || sym == ";") ? "(no symbol: user space)" : base(sym)
		if (!(f in esites)) { ne++; efn[ne] = f }
		esites[f]++; ehits[f] += cnt; etotal += cnt
	}
	for (i = 1; i <= n_id; i++) {
		x = id[i]; names = ifunc[x]
		if (x in at && at[x] in ch) names = names ch[at[x]]
		nm[x] = names
		loc = (x in at && at[x] in innerloc) ? base(inner[at[x]]) "@" innerloc[at[x]] : ifunc[x] "@?"
		iloc[x] = loc
		matched = ""
		k = split(names, a, " ")
		for (j = 1; j <= k; j++) if (a[j] in esites) { matched = a[j]; break }
		if (matched != "") { bothid[matched] = bothid[matched] + 1; bothhits[matched] += icount[x]; bothloc[matched] = add(bothloc[matched], loc) }
		else { key = ifunc[x]; if (!(key in oid)) { no++; ofn[no] = key }
			oid[key]++; ohits[key] += icount[x]; oloc[key] = add(oloc[key], loc) }
		itotal += icount[x]
	}
	print "| function | instrumentation: IDs / hits (store: innermost function@file:line) | EPT: sites / hits | verdict: reason |"
	print "|---|---|---|---|"
	# Inlined differently: the EPT function F of gcc, not inlined the same by clang,
	# calls or jumps to (within 4 calls, in the instrumented build) a function G whose stores
	# the instrumentation found, and found at a page-table helper (native_set_*, pgtable*.h).
	for (i = 1; i <= ne; i++) { f = efn[i]
		if (f in bothid || !(f in callees)) continue
		delete lvl; lvl[f] = 0; q[1] = f; qn = 1; qh = 1; via = ""
		while (qh <= qn && via == "") { x = q[qh++]; if (lvl[x] >= 4) continue
			k = split(callees[x], a, " ")
			for (j = 1; j <= k; j++) { g = a[j]; if (g in lvl) continue; lvl[g] = lvl[x] + 1; q[++qn] = g
				if ((g in oid) && oloc[g] ~ /native_set_|pgtable/) { via = g; break } } }
		if (via != "") { callvia[f] = via; taken[via] = 1 }
	}
	for (i = 1; i <= ne; i++) { f = efn[i]
		if (f in callvia) { nb++; g = callvia[f]
			printf "| %s | %d / %d (%s: %s) | %d / %d | both: clang did not inline %s into %s, gcc did |\n", f, oid[g], ohits[g], g, oloc[g], esites[f], ehits[f], g, f }
		if (f in bothid) { nb++
			printf "| %s | %d / %d (%s) | %d / %d | both |\n", f, bothid[f], bothhits[f], bothloc[f], esites[f], ehits[f] }
	}
	for (i = 1; i <= no; i++) { f = ofn[i]; if (f in taken) continue; ni++
		s = (f in sec) ? sec[f] : "?"
		why = s == ".init.text" ? "only instrumentation: __init code" : "only instrumentation"
		printf "| %s | %d / %d (%s) | - | %s |\n", f, oid[f], ohits[f], oloc[f], why }
	for (i = 1; i <= ne; i++) { f = efn[i]
		if (f in bothid || f in callvia) continue
		nx++
		if (f ~ /^\(no symbol/) why = "user space: the EPT profiler counts user stores into (reused) table frames"
		else if (!(f in sec)) why = "no symbol in the instrumented build (clang inlined it, or it is not built)"
		else if (sec[f] ~ /^\.(noinstr|entry|head|cpuidle)\.text/) why = "no probes: " sec[f]
		else if (!(f in probed)) why = "no probe in it (assembly, or no store outside the frame)"
		else why = "probed, no table store counted in the instrumented run"
		printf "| %s | - | %d / %d | only EPT: %s |\n", f, esites[f], ehits[f], why }
	printf "\ntally: functions found by both=%d, only by instrumentation=%d, only by EPT=%d; hits instrumentation=%d (IDs %d), EPT=%d\n", nb, ni, nx, itotal, n_id, etotal
}'
