#!/bin/sh
# 25-afterburn-cc.sh - the compiler driver: afterburn-cc gcc on .c (inline
# asm) and .S files, an afterburn error reported at the .c line, --32
# objects passing through, debug info, temp-file cleanup, -### / -v / -pipe,
# make CC="afterburn-cc gcc", and no recursion into the wrapper.
# Run from the repository root.
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$(pwd)/$BUILD ;; esac
CC="$BUILD/bin/afterburn-cc"
if [ ! -x "$CC" ] || [ ! -x "$BUILD/libexec/afterburn/as" ]; then
	echo "not ok - afterburn-cc/built: $CC or its assembler wrapper not built (run make)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/t"	# TMPDIR for the compiles: must be empty afterwards
export TMPDIR="$tmp/t"
cd "$tmp" || exit 1

pass() { echo "ok - afterburn-cc/$1"; }
fail() { echo "not ok - afterburn-cc/$1: $2"; }
nsites() {	# records in an object's afterburn_sites (32 bytes each)
	sz=$(objdump -h "$1" | awk '$2 == "afterburn_sites" { print $3 }')
	echo $(( 0x${sz:-0} / 32 ))
}

cat >k.c <<'C'
static inline void irq_off(void) { asm volatile("cli" ::: "memory"); }
static inline void out8(unsigned short p, unsigned char v) { asm volatile("outb %0, %1" :: "a"(v), "Nd"(p)); }
static inline unsigned long cr3(void) { unsigned long v; asm volatile("mov %%cr3, %0" : "=r"(v)); return v; }
unsigned long kwork(void)
{
	irq_off();
	out8(0x80, 1);
	asm volatile("sti; hlt");
	return cr3();
}
C
if "$CC" gcc -O2 -g -c k.c -o k.o 2>k.err; then
	n=$(nsites k.o)
	if [ "$n" = 4 ] && objdump -d k.o | grep -A1 -P '\tcli' | grep -q nop; then
		pass "c-inline-asm"
	else
		fail "c-inline-asm" "$n sites (want 4) or cli not padded"
	fi
	if readelf -S k.o | grep -q afterburn_abi && readelf -S k.o | grep -q afterburn_slots; then
		pass "c-abi-and-slots"
	else
		fail "c-abi-and-slots" "afterburn_abi/afterburn_slots missing"
	fi
	if readelf --debug-dump=line k.o 2>/dev/null | grep -q 'k\.c' &&
	   ! readelf --debug-dump=line k.o 2>/dev/null | grep -q 'afterburn-'; then
		pass "c-debug-info-kept"
	else
		fail "c-debug-info-kept" "line table lacks k.c or names a temp file"
	fi
else
	fail "c-inline-asm" "compile failed: $(head -n 3 k.err | tr '\n' ' ')"
fi

cat >e.S <<'S'
#define PORT 0x3f8
#define IRQ_OFF cli
	.text
	.globl entry
entry:
	IRQ_OFF
	movw	$PORT, %dx
	outb	%al, %dx
	sti
	hlt
	ret
S
if "$CC" gcc -g -c e.S -o e.o 2>e.err; then
	n=$(nsites e.o)
	if [ "$n" = 3 ]; then pass "S-file"; else fail "S-file" "$n sites, want 3"; fi
	if readelf --debug-dump=line e.o 2>/dev/null | grep -q 'e\.S' &&
	   ! readelf --debug-dump=line e.o 2>/dev/null | grep -q 'afterburn-'; then
		pass "S-debug-info-kept"
	else
		fail "S-debug-info-kept" "line table lacks e.S or names a temp file"
	fi
else
	fail "S-file" "compile failed: $(head -n 3 e.err | tr '\n' ' ')"
fi

# An afterburn error is a compile error at the original .c line.
cat >bad.c <<'C'
void ok(void) { asm volatile("cli"); }

void bad(void)
{
	asm volatile("outb %bl, $0x80");
}
C
"$CC" gcc -O2 -c bad.c -o bad.o 2>bad.err
rc=$?
if [ $rc -ne 0 ] && grep -q '^bad\.c:5: error: ' bad.err && [ ! -e bad.o ]; then
	pass "error-at-c-line"
else
	fail "error-at-c-line" "status $rc, no object expected; messages: $(head -n 3 bad.err | tr '\n' ' ')"
fi
"$CC" gcc -O2 -g -c bad.c -o bad.o 2>bad.err
if [ $? -ne 0 ] && grep -q '^bad\.c:5: error: ' bad.err; then
	pass "error-at-c-line-with-g"
else
	fail "error-at-c-line-with-g" "$(head -n 3 bad.err | tr '\n' ' ')"
fi
cat >bad.S <<'S'
	.text
	nop
	.data
	cli
S
"$CC" gcc -c bad.S -o badS.o 2>badS.err
if [ $? -ne 0 ] && grep -q '^bad\.S:4: error: ' badS.err; then
	pass "error-at-S-line"
else
	fail "error-at-S-line" "$(head -n 3 badS.err | tr '\n' ' ')"
fi

# --32 objects pass through untouched (and -v says so).
if "$CC" gcc -m32 -v -c k.c -o k32.o 2>k32.err; then
	if [ "$(nsites k32.o)" = 0 ] && ! readelf -S k32.o | grep -q afterburn &&
	   grep -q 'passing through untouched' k32.err; then
		pass "m32-passthrough"
	else
		fail "m32-passthrough" "32-bit object was changed or not reported"
	fi
else
	fail "m32-passthrough" "gcc -m32 -c failed: $(grep -i error k32.err | head -n 2 | tr '\n' ' ')"
fi

# -### shows the wrapper as the assembler and runs nothing.
if "$CC" gcc -### -c k.c -o hash.o 2>hash.err && grep -q 'libexec/afterburn/as' hash.err && [ ! -e hash.o ]; then
	pass "dash-dash-dash"
else
	fail "dash-dash-dash" "$(tail -n 2 hash.err | tr '\n' ' ')"
fi
# AFTERBURN_VERBOSE=1 narrates.
if AFTERBURN_VERBOSE=1 "$CC" gcc -c k.c -o kv.o 2>kv.err && grep -q 'afterburn-as: .*sites' kv.err; then
	pass "verbose"
else
	fail "verbose" "$(head -n 2 kv.err | tr '\n' ' ')"
fi
# AFTERBURN_REPORT=FILE collects the reports of all assemblies.
if AFTERBURN_REPORT="$tmp/all.rep" "$CC" gcc -c k.c -o kr1.o 2>/dev/null &&
   AFTERBURN_REPORT="$tmp/all.rep" "$CC" gcc -c e.S -o kr2.o 2>/dev/null &&
   [ "$(grep -c '^afterburn report:' "$tmp/all.rep")" = 2 ] && grep -q '^sites: 4' "$tmp/all.rep" &&
   grep -q '^sites: 3' "$tmp/all.rep"; then
	pass "report-env"
else
	fail "report-env" "$(head -c 300 "$tmp/all.rep" 2>/dev/null | tr '\n' ' ')"
fi
# -pipe: the assembly arrives on stdin.
if "$CC" gcc -pipe -O2 -c k.c -o kp.o 2>kp.err && [ "$(nsites kp.o)" = 4 ]; then
	pass "pipe"
else
	fail "pipe" "$(head -n 2 kp.err | tr '\n' ' ')"
fi
# No temp files left behind, also after an error.
left=$(ls -A "$TMPDIR" | head -n 3)
if [ -z "$left" ]; then pass "temp-files-cleaned"; else fail "temp-files-cleaned" "left: $left"; fi

# make CC="afterburn-cc gcc"
printf 'all: k.o e.o\n' >Makefile
rm -f k.o e.o
if make -s CC="$CC gcc" CFLAGS=-O2 >make.out 2>&1 && [ "$(nsites k.o)" = 4 ] && [ "$(nsites e.o)" = 3 ]; then
	pass "make-CC"
else
	fail "make-CC" "$(tail -n 3 make.out | tr '\n' ' ')"
fi

# The wrapper's own folder first on PATH: it must not run itself.
if PATH="$BUILD/libexec/afterburn:$PATH" timeout 20 "$CC" gcc -c k.c -o kr.o 2>kr.err && [ "$(nsites kr.o)" = 4 ]; then
	pass "no-recursion"
else
	fail "no-recursion" "$(head -n 2 kr.err | tr '\n' ' ')"
fi
# Without the wrapper next to it, afterburn-cc refuses (never a silent plain build).
mkdir -p lone/bin && cp "$CC" lone/bin/
if ! lone/bin/afterburn-cc gcc -c k.c -o kl.o 2>kl.err && grep -q 'wrapper' kl.err && [ ! -e kl.o ]; then
	pass "missing-wrapper"
else
	fail "missing-wrapper" "built without the wrapper"
fi
# --profile with a profile that does not exist: an error, and no object.
if ! "$CC" gcc --profile=x.prof -c k.c -o kx.o 2>kx.err && grep -q 'x.prof' kx.err && [ ! -e kx.o ]; then
	pass "profile-missing-file"
else
	fail "profile-missing-file" "a missing --profile file was not refused"
fi
if "$CC" --help | grep -q '^usage: afterburn-cc'; then pass "help"; else fail "help" "no usage"; fi
exit 0
