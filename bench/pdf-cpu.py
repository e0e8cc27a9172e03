#!/usr/bin/python3
"""pdf-cpu.py [--rounds N] [--reps N] [--bin DIR] PDF... - rw-pdf's CPU
time (user + system, both threads) as a ratio of pdftotext -bbox-layout's
on the same PDF, and the maximum resident set of each.

The two programs run in turns (a round is REPS runs of each), so that
whatever else the machine does weighs on both alike; the ratio printed is
the median of the rounds' ratios, with the lowest and highest beside it.
Made for the scorecards make bench writes (bench/work/scorecard-10p.pdf,
scorecard-200p.pdf) and for checking a change to rw-pdf against them:
give --bin twice to compare two builds in the same rounds. Given PDFs of
different lengths (gen-scorecard.py makes longer ones), it ends with how
much the maximum resident set grows a page, by a least-squares line
through (pages, max RSS): memory flat in pages grows by little.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys


def run(cmd):
    """CPU seconds (user + system) and maximum resident set (kB) of cmd."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"pdf-cpu.py: {' '.join(cmd)} failed")
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def slope(points):
    """KB a page of the least-squares line through (pages, kB) points."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--reps", type=int, default=3, help="runs of each program a round")
    ap.add_argument("--bin", action="append", help="directory of rw-pdf (default: bin)")
    ap.add_argument("pdf", nargs="+")
    a = ap.parse_args()
    bins = a.bin or ["bin"]
    grows = {b: [] for b in bins + ["pdftotext"]}
    for pdf in a.pdf:
        peer = ["pdftotext", "-bbox-layout", pdf, "/dev/null"]
        ratios = {b: [] for b in bins}
        rss = {b: 0 for b in bins}
        peer_cpu, peer_rss = [], 0
        for _ in range(a.rounds):
            t, m = zip(*(run(peer) for _ in range(a.reps)))
            peer_cpu.append(sum(t) / a.reps)
            peer_rss = max(peer_rss, *m)
            for b in bins:
                t, m = zip(*(run([os.path.join(b, "rw-pdf"), pdf]) for _ in range(a.reps)))
                ratios[b].append(sum(t) / a.reps / peer_cpu[-1])
                rss[b] = max(rss[b], *m)
        print(f"{pdf}: pdftotext -bbox-layout {statistics.median(peer_cpu) * 1000:.1f} ms CPU, "
              f"max RSS {peer_rss / 1024:.1f} MB")
        for b in bins:
            r = ratios[b]
            print(f"  {b}/rw-pdf: CPU {statistics.median(r):.3f}x pdftotext's "
                  f"(rounds {min(r):.3f}-{max(r):.3f}), max RSS {rss[b] / 1024:.1f} MB")
        n = pages(pdf)
        if n:
            grows["pdftotext"].append((n, peer_rss))
            for b in bins:
                grows[b].append((n, rss[b]))
    if len({n for n, _ in grows["pdftotext"]}) >= 2:
        for who, points in grows.items():
            name = who if who == "pdftotext" else f"{who}/rw-pdf"
            print(f"max RSS grows {slope(points):.1f} KB a page: {name} "
                  f"({', '.join(f'{n} p {k / 1024:.1f} MB' for n, k in sorted(points))})")


if __name__ == "__main__":
    main()
