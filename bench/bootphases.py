#!/usr/bin/env python3
# bench/bootphases.py - helper of bench/linux-bootphases.sh (see there).
#
#   bootphases.py count LOG MARKS STOP OUT
#     reads QEMU's -d in_asm,exec,nochain log (a FIFO) as it is written:
#     in_asm gives each translation block's instruction count, exec each
#     block executed; writes OUT: "mark NAME N" (guest instructions executed
#     before the first block at a marker's address), "total N" and "pc HEX N"
#     (instructions per block address); returns at the block at STOP
#     (a name in MARKS, lines "NAME HEXADDR").
#   bootphases.py report A.count A.nm B.count B.nm [TOP]
#     the phase table and the TOP functions whose counts differ most.
#   bootphases.py printk A.log A.nm B.log B.nm [MIN]
#     two consoles of boots with printk.time=1 initcall_debug under -icount
#     (a timestamp's ns is an instruction once the TSC is calibrated): the
#     messages both print, matched in order (initcall addresses as names),
#     and every step between two of them where the difference grows or
#     shrinks by MIN (default 10) us or more.
# Counts are what TCG executed (a rep-string iteration counts one, as under
# -icount); an idle CPU executes nothing, so idle time (which -icount's
# clock skips over) is not in them.
import bisect, collections, sys


def count(log, marks_file, stop, out):
    marks, order = {}, []
    for line in open(marks_file):
        name, addr = line.split()
        marks[int(addr, 16)] = name
        order.append(name)
    stop_pc = [a for a, n in marks.items() if n == stop]
    stop_pc = stop_pc[0] if stop_pc else None
    size, per_pc, seen = {}, collections.Counter(), {}
    total, in_tb, first, n = 0, False, None, 0
    with open(log, errors="replace") as f:
        for line in f:
            if line.startswith("Trace "):
                i = line.index("/") + 1
                pc = int(line[i:line.index("/", i)], 16)
                if pc in marks and marks[pc] not in seen:
                    seen[marks[pc]] = total
                if pc == stop_pc:
                    break
                k = size.get(pc, 1)
                total += k
                per_pc[pc] += k
            elif line.startswith("IN:"):
                in_tb, first, n = True, None, 0
            elif in_tb and line.startswith("0x"):
                if first is None:
                    first = int(line.split(":")[0], 16)
                n += 1
            elif in_tb and not line.strip():
                if first is not None:
                    size[first] = n
                in_tb = False
    with open(out, "w") as o:
        for name in order:
            if name in seen:
                o.write("mark %s %d\n" % (name, seen[name]))
        o.write("total %d\n" % total)
        for pc, k in per_pc.items():
            o.write("pc %x %d\n" % (pc, k))


def text_symbols(nm_file):
    """The text symbols of `nm -n` output: sorted addresses and their names."""
    addrs, names = [], []
    for line in open(nm_file):
        p = line.split()
        if len(p) == 3 and p[1] in "tTwW":
            addrs.append(int(p[0], 16))
            names.append(p[2])
    return addrs, names


def load(count_file, nm_file):
    addrs, names = text_symbols(nm_file)
    marks, total, per_fn = {}, 0, collections.Counter()
    for line in open(count_file):
        p = line.split()
        if p[0] == "mark":
            marks[p[1]] = int(p[2])
        elif p[0] == "total":
            total = int(p[1])
        elif p[0] == "pc":
            pc, k = int(p[1], 16), int(p[2])
            if pc < 0x100000:
                fn = "(below 1 MiB: BIOS, option ROM, setup)"
            elif pc < 0xffffffff80000000:
                fn = "(physical: the decompressor)"
            else:
                i = bisect.bisect_right(addrs, pc) - 1
                fn = names[i] if i >= 0 else "?"
            per_fn[fn] += k
    return marks, total, per_fn


def report(a_count, a_nm, b_count, b_nm, top=30):
    am, at, af = load(a_count, a_nm)
    bm, bt, bf = load(b_count, b_nm)
    print("%-28s %14s %14s %12s %12s" % ("marker (first reached)", "afterburn-cc", "plain", "diff", "phase diff"))
    prev = 0
    for name in am:
        if name not in bm:
            continue
        d = am[name] - bm[name]
        print("%-28s %14d %14d %+12d %+12d" % (name, am[name], bm[name], d, d - prev))
        prev = d
    print("%-28s %14d %14d %+12d %+12d" % ("(stop)", at, bt, at - bt, at - bt - prev))
    print()
    print("%-40s %14s %14s %12s" % ("function (instructions to the stop)", "afterburn-cc", "plain", "diff"))
    for fn in sorted(set(af) | set(bf), key=lambda f: -abs(af[f] - bf[f]))[:top]:
        print("%-40s %14d %14d %+12d" % (fn, af[fn], bf[fn], af[fn] - bf[fn]))


def printk(a_log, a_nm, b_log, b_nm, least=10):
    import difflib, re

    def lines(log, nm_file):
        addrs, names = text_symbols(nm_file)

        def name(m):
            i = bisect.bisect_right(addrs, int(m.group(0), 16)) - 1
            return names[i] if i >= 0 else m.group(0)
        out = []
        for line in open(log, errors="replace"):
            m = re.match(r"\[\s*(\d+)\.(\d+)\] (.*)", line)
            if m:
                msg = re.sub(r"0xffffffff[0-9a-f]{8}", name, m.group(3))
                out.append((int(m.group(1)) * 1000000 + int(m.group(2)), re.sub(r"after \d+ usecs", "", msg)))
        return out
    a, b = lines(a_log, a_nm), lines(b_log, b_nm)
    sm = difflib.SequenceMatcher(None, [m for _, m in a], [m for _, m in b], autojunk=False)
    prev = None
    print("%10s %10s  %s" % ("step us", "total us", "between (the messages both kernels print)"))
    for i, j, n in sm.get_matching_blocks():
        for x in range(n):
            d = a[i + x][0] - b[j + x][0]
            if prev is not None and abs(d - prev[0]) >= least:
                print("%+10d %+10d  %s -> %s" % (d - prev[0], d, prev[1][:50], a[i + x][1][:50]))
            prev = (d, a[i + x][1])


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "count":
        count(*sys.argv[2:6])
    elif len(sys.argv) in (6, 7) and sys.argv[1] == "printk":
        printk(*sys.argv[2:6], *([int(sys.argv[6])] if len(sys.argv) == 7 else []))
    elif len(sys.argv) in (6, 7) and sys.argv[1] == "report":
        report(*sys.argv[2:6], *([int(sys.argv[6])] if len(sys.argv) == 7 else []))
    else:
        sys.exit("usage: bootphases.py count LOG MARKS STOP OUT | report A.count A.nm B.count B.nm [TOP] | printk A.log A.nm B.log B.nm [MIN]")
