#!/usr/bin/env bash
# tests/suites/78-hv-shadow.sh - shadow paging in the VT-x hypervisor (issue 12,
# hv.mmu=shadow, afterburn-run --mmu shadow):
#  - tg_shadow (A/D bits, #PF error codes and CR2, invlpg remap, a table freed
#    and reused, a self-referencing PML4, 2 MiB pages, CR3 switch) passes bare
#    in Bochs, under EPT and under shadow, printing the same lines; under
#    shadow its table stores were emulated (MOV) or unshadowed (rep stos);
#  - tg_shadow notes: a store announced by AB_BATCH_PT_NOTE opens its table,
#    an unannounced one into the open table is still seen (snapshot compare);
#  - hostile guests stop with a report, and the hypervisor powers off: a page
#    table outside guest RAM, a leaf naming the shadow pool, CR3 at the pool;
#  - the sample guest (pgstress) passes under shadow natively (every table
#    store an emulated EPT violation) and pre-virtualized (guest-pass2,
#    afterburn.ptwrite=note): at least 5x fewer page-table exits;
#  - Linux 6.1 (build/linux/bzImage, --backend native) reaches its /init and
#    passes under shadow (it clears its live PML4 with rep stos and recycles
#    table frames: the two loops fixed in hv_shadow.c);
#  - afterburn-run --mmu refuses anything but ept|shadow.
# Bochs boots run one after another; without Bochs/GRUB they are skipped.
# Numbered after 75 (make guest-pass2) and 50 (make linux), whose images it boots.
set -u
. "$(dirname "$0")/../lib.sh"
run=build/bin/afterburn-run
tg=build/hypervisor_stub/guests/tg_shadow.elf
guest=build/guest/guest.elf
pass2=build/guest/guest-pass2.elf
tl_tmp
TL_PREFIX="hv-shadow: "
checks=18	# tg_shadow's checks (20 with notes)

if [ -x "$run" ]; then
	"$run" --on vtx --mmu paging "$tg" >"$T/usage.out" 2>&1
	rc=$?
	check "afterburn-run --mmu paging is a usage error" "$([ $rc -eq 4 ] && grep -q 'want ept or shadow' "$T/usage.out"; echo $?)" \
		"exit $rc: $(head -n 2 "$T/usage.out" | tr '\n' ' ')"
fi
for t in bochs grub-mkrescue xorriso; do
	if ! command -v $t >/dev/null 2>&1; then
		skip "guest boots: '$t' is not installed"
		exit 0
	fi
done
if [ ! -f "$tg" ] || [ ! -f "$guest" ] || [ ! -x "$run" ]; then
	nok "$tg, $guest or $run not built (run make)"
	exit 0
fi

# boot NAME IMAGE TARGET [ARGS...] [-- CMDLINE]: $T/NAME.log, $rc
boot() {
	local name=$1 img=$2 target=$3
	shift 3
	timeout 400 "$run" --on "$target" --ips 10000000 --timeout 300 "$@" "$img" ${CMDLINE:+-- $CMDLINE} \
		>"$T/$name.log" 2>"$T/$name.err" </dev/null
	rc=$?
}
lines() { grep -aE '^(ok|not ok) [0-9]+ - |^afterburn-guest: (PASS|FAIL)' "$T/$1.log" | tr -d '\r'; }
field() { grep -a "^$1" "$T/$2.log" | grep -oE "$3=[0-9]+" | head -n 1 | cut -d= -f2; }

# ---- tg_shadow: bare, EPT, shadow ----
CMDLINE= boot bare "$tg" bochs; rc_bare=$rc
CMDLINE= boot ept "$tg" vtx --mmu ept; rc_ept=$rc
CMDLINE= boot shadow "$tg" vtx --mmu shadow; rc_sh=$rc
for m in bare ept shadow; do
	lines $m >"$T/$m.lines"
done
for m in bare:$rc_bare ept:$rc_ept shadow:$rc_sh; do
	name=${m%%:*} r=${m#*:}
	if [ "$r" -eq 0 ] && grep -q "^afterburn-guest: PASS tests=$checks\$" "$T/$name.lines"; then
		ok "tg_shadow $name: $checks checks pass"
	else
		nok "tg_shadow $name: afterburn-run exit $r, $(grep -c '^ok' "$T/$name.lines") checks ok"
		grep '^not ok' "$T/$name.lines" | sed 's/^/  | /'
		show "$T/$name.log"
	fi
done
if [ -s "$T/bare.lines" ] && cmp -s "$T/bare.lines" "$T/ept.lines" && cmp -s "$T/bare.lines" "$T/shadow.lines"; then
	ok "tg_shadow prints the same $(wc -l <"$T/bare.lines") lines bare, under EPT and under shadow"
else
	nok "tg_shadow output differs between bare Bochs, EPT and shadow"
	diff "$T/bare.lines" "$T/shadow.lines" | sed 's/^/  | /' | head -n 20
fi
emul=$(field 'hv: shadow: cr3_loads' shadow wp_emul)
unsh=$(field 'hv: shadow: notes' shadow wp_open)
dead=$(field 'hv: shadow: notes' shadow untracked_dead)
guestpf=$(field 'hv: shadow: cr3_loads' shadow guest_pf)
check "tg_shadow under shadow: table stores emulated (MOV), a table opened for rep stos, a freed table reused as data untracked, guest faults reflected" \
	"$([ "${emul:-0}" -gt 0 ] && [ "${unsh:-0}" -gt 0 ] && [ "${dead:-0}" -gt 0 ] && [ "${guestpf:-0}" -eq 5 ]; echo $?)" \
	"wp_emul=${emul:-?} wp_open=${unsh:-?} untracked_dead=${dead:-?} guest_pf=${guestpf:-?} (want >0, >0, >0, 5)"
if grep -aq '^exits: .* invlpg=' "$T/shadow.log" && ! grep -aq 'invlpg=' "$T/ept.log"; then
	ok "invlpg exits under shadow only"
else
	nok "invlpg exits: $(grep -a '^exits:' "$T/shadow.log") / $(grep -a '^exits:' "$T/ept.log")"
fi

CMDLINE=notes boot notes "$tg" vtx --mmu shadow
lines notes >"$T/notes.lines"
if [ "$rc" -eq 0 ] && grep -q "^afterburn-guest: PASS tests=$((checks + 2))\$" "$T/notes.lines" &&
   grep -aq '^hv: shadow: notes=2 opens=2 open_traps=2 ' "$T/notes.log"; then
	ok "notes: a noted store opens the table, an unnoted one is caught at the next CR3 load, a change undone in an open table is seen"
else
	nok "notes: exit $rc"
	grep -a -e '^not ok' -e '^hv: shadow' "$T/notes.log" | sed 's/^/  | /'
fi

# ---- hostile ----
for h in "table:guest page table outside guest RAM at 0x7f000000" \
	 "leaf:guest page maps memory outside guest RAM at 0x8000000" \
	 "cr3:CR3 outside guest RAM (0x8000000)"; do
	what=${h%%:*} want=${h#*:}
	CMDLINE=hostile=$what boot "h-$what" "$tg" vtx --mmu shadow
	if [ "$rc" -eq 2 ] && grep -aqF "hv: guest stopped: $want" "$T/h-$what.log" &&
	   grep -aq '^hv: all guests done' "$T/h-$what.log"; then
		ok "hostile $what: stopped with \"$want\", the hypervisor powers off"
	else
		nok "hostile $what: exit $rc"
		show "$T/h-$what.log"
	fi
done

# ---- Linux under shadow (before the sample guest's pass-2 part, which may skip the rest) ----
bz=build/linux/bzImage
if [ -f "$bz" ] && [ -f build/linux/initramfs.cpio ]; then
	timeout 700 "$run" --on vtx --mmu shadow --backend native --timeout 600 --hv-arg hv.watchdog=60 "$bz" \
		>"$T/linux.log" 2>"$T/linux.err" </dev/null
	rc=$?
	if [ "$rc" -eq 0 ] && grep -aq '^afterburn-init: ' "$T/linux.log" && grep -aq 'result=pass' "$T/linux.log"; then
		ok "Linux (native) reaches /init and passes under shadow ($(grep -a '^hv: guest ran' "$T/linux.log" | awk '{print $4}') instructions)"
	else
		nok "Linux under shadow: exit $rc"
		grep -a -e '^hv: shadow' -e 'stopped' "$T/linux.log" | sed 's/^/  | /'
	fi
else
	skip "Linux under shadow: $bz or its initramfs.cpio not built (make linux)"
fi
# The pass-two kernel, pre-virtualized: its notes open frames that stay open
# across #PFs and most INVLPGs (fork and exec once went wrong there).
bz2=build/linux-pass2/bzImage
if [ -f "$bz2" ] && [ -f build/linux-pass2/initramfs.cpio ]; then
	timeout 700 "$run" --on vtx --mmu shadow --timeout 600 --hv-arg hv.watchdog=60 "$bz2" \
		--append afterburn.ptwrite=note >"$T/linux2.log" 2>"$T/linux2.err" </dev/null
	rc=$?
	if [ "$rc" -eq 0 ] && grep -aq '^afterburn-init: ' "$T/linux2.log" && grep -aq 'result=pass' "$T/linux2.log" &&
	   grep -aq 'pt-write mode=note' "$T/linux2.log"; then
		ok "Linux pass two (hypercall, ptwrite=note) passes /init under shadow ($(grep -a '^hv: shadow: notes' "$T/linux2.log" | cut -d' ' -f3-5))"
	else
		nok "Linux pass two under shadow: exit $rc"
		grep -a -e '^not ok' -e '^hv: shadow' -e 'stopped' "$T/linux2.log" | sed 's/^/  | /'
	fi
else
	skip "Linux pass two under shadow: $bz2 or its initramfs.cpio not built (make linux-pass2)"
fi

# ---- the sample guest: native (trap and emulate) and pre-virtualized (notes) ----
CMDLINE=afterburn.backend=native boot g-native "$guest" vtx --mmu shadow
native_pt=$(field 'exits:' g-native ept_violation)
if [ "$rc" -eq 0 ] && grep -aq '^afterburn-guest: PASS' "$T/g-native.log"; then
	ok "sample guest native under shadow passes (table-store exits: ${native_pt:-0})"
else
	nok "sample guest native under shadow: exit $rc"
	show "$T/g-native.log"
fi
if [ ! -f "$pass2" ]; then
	skip "sample guest pre-virtualized under shadow: $pass2 not built (make guest-pass2)"
	exit 0
fi
CMDLINE="afterburn.backend=hypercall afterburn.ptwrite=note" boot g-note "$pass2" vtx --mmu shadow
if [ "$rc" -eq 0 ] && grep -aq '^afterburn-guest: PASS' "$T/g-note.log"; then
	ok "sample guest pre-virtualized (ptwrite=note) under shadow passes"
else
	nok "sample guest pre-virtualized under shadow: exit $rc"
	show "$T/g-note.log"
fi
# page-table exits: EPT violations on table frames, plus the flushes of full batches
note_traps=$(field 'exits:' g-note ept_violation)
note_flushes=$(grep -a 'pt-write mode=note' "$T/g-note.log" | grep -oE 'flushes=[0-9]+' | cut -d= -f2)
note_pt=$(( ${note_traps:-0} + ${note_flushes:-0} ))
check "pre-virtualized: at least 5x fewer page-table exits than trap-and-emulate (${native_pt:-?} vs $note_pt)" \
	"$([ "${native_pt:-0}" -gt 0 ] && [ $((note_pt * 5)) -le "${native_pt:-0}" ]; echo $?)" \
	"native ${native_pt:-?}, notes ${note_traps:-?} traps + ${note_flushes:-?} flushes"
CMDLINE="afterburn.backend=hypercall afterburn.ptwrite=batch" boot g-batch "$pass2" vtx --mmu shadow
hcw=$(field 'hv: shadow: cr3_loads' g-batch hc_ptwrite)
if [ "$rc" -eq 0 ] && grep -aq '^afterburn-guest: PASS' "$T/g-batch.log" && [ "${hcw:-0}" -gt 0 ]; then
	ok "sample guest pre-virtualized (ptwrite=batch, stores applied by the hypervisor) under shadow passes ($hcw stores)"
else
	nok "sample guest ptwrite=batch under shadow: exit $rc, hc_ptwrite=${hcw:-?}"
	show "$T/g-batch.log"
fi
