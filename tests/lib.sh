# tests/lib.sh - the helpers the suites in tests/suites share, so the check
# line protocol of tests/run.sh is written once.  A suite sources it first:
#
#	. "$(dirname "$0")/../lib.sh"
#
# which moves to the top of the tree (suites use paths relative to it).
# POSIX sh: the sh suites and the bash suites both use it.  Not executable:
# run.sh runs only tests/suites/*.sh.
#
#   ok/nok/skip TEXT      print "ok - ${TL_PREFIX}TEXT" / "not ok - ..." /
#                         "skip - ..."; set TL_PREFIX (e.g. "hypervisor: ")
#                         before the first call
#   check NAME STATUS WHY ok NAME if STATUS is 0, else nok "NAME: WHY"
#   show FILE...          the last ${TL_SHOW:-15} lines of the files, indented
#                         ("  | ") so run.sh never counts them as checks
#   tl_tmp                T = a fresh temporary directory, removed at exit
#   tl_unit NAME BINARY   run a CUnit binary (tests/unit/cunit_lines.c): its
#                         check lines pass through; a non-zero exit without a
#                         "not ok" line (a crash) is one more failure, NAME

cd "$(dirname "$0")/../.." || exit 1

ok()   { echo "ok - ${TL_PREFIX:-}$1"; }
nok()  { echo "not ok - ${TL_PREFIX:-}$1"; }
skip() { echo "skip - ${TL_PREFIX:-}$1"; }
check() { if [ "$2" = 0 ]; then ok "$1"; else nok "$1: $3"; fi; }
show() { sed 's/^/  | /' "$@" | tail -n "${TL_SHOW:-15}"; }

tl_tmp() {
	T=$(mktemp -d)
	trap 'rm -rf "$T"' EXIT
}

tl_unit() {
	local out rc
	if [ ! -x "$2" ]; then
		echo "not ok - $1: $2 not built (run make)"
		return
	fi
	out=$(mktemp)
	"$2" >"$out" 2>&1
	rc=$?
	grep -E '^(ok|not ok|skip) - ' "$out"
	if [ $rc -ne 0 ] && ! grep -q '^not ok - ' "$out"; then
		echo "not ok - $1: exit status $rc: $(grep -vE '^(ok|not ok|skip) - ' "$out" | tail -n 3 | tr '\n' ' ')"
	fi
	rm -f "$out"
}
