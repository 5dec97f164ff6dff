#!/usr/bin/env bash
# tests/suites/77-pt-batch.sh - the hypercall back end's page-table-write sites
# (wedge/ptwrite.c) on the second-pass image build/guest/guest-pass2.elf:
#  - afterburn-kvm --irqchip user: native vs hypercall with afterburn.ptwrite=slot
#    (the default), direct and batch: every run passes its self-tests (the page-table
#    workload checks every mapping through the identity map, so a store the guest
#    could not see would fail it); the wedge's pt-write line counts every store in
#    the chosen path (slot: out of line; direct: stored by the wedge; batch: queued
#    and flushed, one AB_HC_FLUSH each), all at identity-mapped addresses
#  - exits fall vs native (user-space exits <= native / 4), the 8259 EOIs ride in the
#    lazily applied batch (IO exits <= 60), no interrupt-window exits to speak of
#    (interrupts parked while RFLAGS.IF = 0), KVM emulates no page-fault writes
#    (pf_emulate = 0: the premise of the slot default)
#  - the VT-x hypervisor in Bochs (if bochs and grub are installed): slot and batch
#    pass; batch applies every store through the shared page
# Guest consoles are shown indented ("  | ") only on failure.  The kvmhost part is
# skipped with the reason without a usable /dev/kvm; guest-pass2.elf itself is built
# by profiling on KVM or, without it, on the VT-x hypervisor (make guest-pass2).
set -u
. "$(dirname "$0")/../lib.sh"
kvm=build/bin/afterburn-kvm
p2=build/guest/guest-pass2.elf
tl_tmp
TL_PREFIX="pt-batch: "

if [ ! -x "$kvm" ]; then
	nok "$kvm is not built (run make)"
	exit 0
fi
kvm_skip=
if [ ! -e /dev/kvm ]; then
	kvm_skip="/dev/kvm absent on this machine"
elif ! { exec 3<>/dev/kvm; } 2>/dev/null; then
	kvm_skip="/dev/kvm not usable by $(id -un) (permission)"
else
	exec 3>&-
fi
if ! make -s -j2 guest-pass2 >"$T/make.log" 2>&1; then
	nok "make guest-pass2 failed"; show "$T/make.log"; exit 0
fi
nsites=$(build/bin/afterburn-sites list "$p2" 2>/dev/null | grep -c ' pt-write ')
if [ "${nsites:-0}" -lt 1 ]; then
	nok "guest-pass2.elf has no pt-write sites"; exit 0
fi

# val FILE KEY: KEY=N from the last exits: line (0 if absent)
val() { grep -a '^exits:' "$1" | tail -n1 | tr ' ' '\n' | sed -n "s/^$2=\([0-9]*\)$/\1/p" | head -n1 | sed 's/^$/0/'; }
kstat() { grep -a '^kvm-stats:' "$1" | tail -n1 | tr ' ' '\n' | sed -n "s/^$2=\([0-9]*\)$/\1/p"; }
ptval() { grep -a '^afterburn: hypercall pt-write ' "$1" | tail -n1 | tr -d '\r' | tr ' ' '\n' | sed -n "s/^$2=\([0-9a-z]*\)$/\1/p"; }
v0() { local v; v=$(val "$@"); echo "${v:-0}"; }

# kvmrun NAME CMDLINE: $T/NAME (console + host lines), $rc
kvmrun() {
	timeout 120 "$kvm" --irqchip user --kvm-stats "$p2" -- $2 >"$T/$1" 2>&1 </dev/null
	rc=$?
}
passed() {
	[ "$rc" -eq 0 ] && grep -a -q '^afterburn-guest: PASS' "$1" && ! grep -a -q '^not ok' "$1"
}

if [ -n "$kvm_skip" ]; then
	skip "kvmhost runs of guest-pass2.elf: $kvm_skip"
else
kvmrun native "afterburn.backend=native"
if passed "$T/native"; then
	ok "kvmhost native: guest-pass2.elf passes ($(grep -a '^exits:' "$T/native"))"
else
	nok "kvmhost native: status $rc"; show "$T/native"
fi
ntot=$(v0 "$T/native" total)

for mode in slot direct batch; do
	cmd="afterburn.backend=hypercall"
	[ $mode != slot ] && cmd="$cmd afterburn.ptwrite=$mode"
	kvmrun $mode "$cmd"
	f=$T/$mode
	echo "# kvmhost hypercall ptwrite=$mode: $(grep -a '^exits:' "$f") | $(grep -a '^kvm-stats:' "$f" | cut -c1-200)"
	if passed "$f" && grep -a -q "^afterburn: hypercall: pt-write sites $mode " "$f"; then
		ok "kvmhost hypercall ptwrite=$mode: guest-pass2.elf passes its self-tests"
	else
		nok "kvmhost hypercall ptwrite=$mode: status $rc"; show "$f"; continue
	fi
	d=$(ptval "$f" direct) b=$(ptval "$f" batched) fl=$(ptval "$f" flushes) o=$(ptval "$f" out-of-line)
	ni=$(ptval "$f" non-identity) m=$(ptval "$f" mode)
	case $mode in
	slot)   good=$([ "${o:-0}" -gt 0 ] && [ "${d:-1}" = 0 ] && [ "${b:-1}" = 0 ]; echo $?); slotn=${o:-0} ;;
	direct) good=$([ "${d:-0}" -gt 0 ] && [ "${o:-1}" = 0 ] && [ "${b:-1}" = 0 ] && [ "$d" = "$slotn" ]; echo $?) ;;
	batch)  good=$([ "${b:-0}" -gt 0 ] && [ "$b" = "${fl:-0}" ] && [ "${o:-1}" = 0 ] && [ "$b" = "$slotn" ]; echo $?) ;;
	esac
	check "kvmhost ptwrite=$mode: every pt-write store counted in its path (mode=$m direct=$d batched=$b flushes=$fl out-of-line=$o; slot run $slotn)" \
		"$good" "counts do not add up"
	[ $mode != slot ] &&	# slot: the CPU translates, the wedge does not walk
	check "kvmhost ptwrite=$mode: every store at an identity-mapped address (CR3 walk in the wedge)" \
		"$([ "${ni:-1}" = 0 ]; echo $?)" "non-identity=${ni:-?}"
	if [ $mode = batch ]; then
		hc=$(v0 "$f" HYPERCALL)
		check "kvmhost ptwrite=batch: one AB_HC_FLUSH exit per store (HYPERCALL exits $hc >= $b)" \
			"$([ "$hc" -ge "${b:-0}" ]; echo $?)" "too few hypercall exits"
	fi
done

# The default (slot) against native: the numbers behind the choice.
f=$T/slot
if [ -s "$f" ] && passed "$f"; then
	tot=$(v0 "$f" total) io=$(v0 "$f" IO) win=$(v0 "$f" IRQ_WINDOW)
	check "kvmhost: exits fall vs native (hypercall $tot, native $ntot: want <= native/4)" \
		"$([ "$ntot" -gt 0 ] && [ $((tot * 4)) -le "$ntot" ]; echo $?)" "not enough"
	if grep -a -q '^afterburn: hypercall: .*lazy batch applied at every exit' "$f"; then
		check "kvmhost: afterburn-kvm applies the batch at every exit: EOIs batched (IO exits $io <= 60)" \
			"$([ "$io" -le 60 ]; echo $?)" "EOIs still trap?"
	else
		nok "kvmhost: the wedge found no lazy batch on afterburn-kvm"
	fi
	check "kvmhost: interrupts parked while the guest's IF is 0 (IRQ_WINDOW exits $win <= 5)" \
		"$([ "$win" -le 5 ]; echo $?)" "interrupt-window exits remain"
	pfe=$(kstat "$f" pf_emulate)
	if [ -z "$pfe" ]; then
		skip "kvmhost: KVM binary stats unavailable: pf_emulate not checked"
	else
		check "kvmhost: KVM emulates no page-table write faults (pf_emulate $pfe = 0: PTE stores need no host notification)" \
			"$([ "$pfe" = 0 ]; echo $?)" "the slot default rests on this"
		de=$(kstat "$T/direct" insn_emulation) se=$(kstat "$f" insn_emulation)
		[ -n "$de" ] && echo "# kvmhost KVM-emulated instructions: slot $se, direct $de"
	fi
fi
fi # kvmhost

# ---- the VT-x hypervisor in Bochs --------------------------------------------
missing=
for t in bochs grub-mkrescue xorriso; do
	command -v $t >/dev/null 2>&1 || missing="$missing $t"
done
if [ ! -f build/hypervisor_stub/hv.elf ]; then
	skip "vtx: build/hypervisor_stub/hv.elf is not built"
elif [ -n "$missing" ]; then
	skip "vtx: not installed:$missing"
else
	for mode in slot batch; do
		build/bin/afterburn-run --on vtx --ips 10000000 --timeout 300 "$p2" \
			-- afterburn.backend=hypercall afterburn.ptwrite=$mode >"$T/vtx-$mode" 2>&1 </dev/null
		rc=$?
		f=$T/vtx-$mode
		echo "# vtx hypercall ptwrite=$mode: $(grep -a '^exits:' "$f" | tail -n1)"
		if [ $rc -eq 0 ] && grep -a -q '^afterburn-guest: PASS' "$f" && ! grep -a -q '^not ok' "$f"; then
			ok "vtx hypercall ptwrite=$mode: guest-pass2.elf passes"
		else
			nok "vtx hypercall ptwrite=$mode: status $rc"; show "$f"; continue
		fi
		if [ $mode = batch ]; then
			b=$(ptval "$f" batched) fl=$(ptval "$f" flushes) vm=$(grep -a '^exits:' "$f" | tail -n1 | tr ' ' '\n' | sed -n 's/^vmcall=//p')
			check "vtx ptwrite=batch: every store applied by the hypervisor from the batch (batched $b = flushes $fl, vmcall ${vm:-?})" \
				"$([ "${b:-0}" -gt 0 ] && [ "$b" = "${fl:-0}" ] && [ "${vm:-0}" -ge "$b" ]; echo $?)" "counts"
		fi
	done
fi
exit 0
