#!/usr/bin/python3
"""run.py [--quick] - recwatch's benchmarks: every stage of the chain, and
the whole extract, side by side with the tools a user would pick instead;
writes bench/RESULTS.md.  Run from the top of the tree (make bench).

What it does, in order:
  1. installs the peers it compares with (apt-get; daff with npm, as
     bench/diff/compare.sh does), noting each one it cannot get;
  2. generates the inputs into bench/work/ (deterministic, kept between
     runs): implementation-status pages (gen-html.py), PDF scorecards
     (gen-scorecard.py, then LibreOffice), snapshot pairs
     (bench/diff/gen-pair.py);
  3. runs each group of commands in rounds, the order rotating every
     round, under /usr/bin/time -f '%e %M' (max RSS of every run);
  4. writes bench/RESULTS.md: machine, versions, inputs, medians, ratios,
     targets met or missed, and every run.

--quick runs one round of each group on the small inputs only, to try
the script out.  --only PART[,PART...] runs some parts only (html, pdf,
csv, diff, batch: the batch is the per-document overhead, with the
extract rows of the scaling table when html runs too); what the other
parts measured is kept from the RESULTS.md already there, each marked
with the date of its run.  Standard library only; Python is
/usr/bin/python3.
"""
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "bench/work"
RESULTS = "bench/RESULTS.md"
PY = "/usr/bin/python3"
DAFF = "bench/node_modules/daff/bin/daff.js"
B = "bench/work/bin"  # a copy of bin/, so that a rebuild during the run does not hit it
NODE_HEAP_MB = os.environ.get("NODE_HEAP_MB", "20000")
QUICK = "--quick" in sys.argv
PARTS = ["html", "pdf", "csv", "diff", "batch"]


def parts_asked():
    """The parts --only names (all of them without it)."""
    if "--only" not in sys.argv[:-1]:
        return set(PARTS)
    asked = set(sys.argv[sys.argv.index("--only") + 1].split(","))
    unknown = asked - set(PARTS)
    if unknown:
        sys.exit(f"run.py: unknown part(s) {', '.join(sorted(unknown))} (parts: {', '.join(PARTS)})")
    return asked


ONLY = parts_asked()

REPS = 1 if QUICK else 5
SLOW_S = 20       # a command slower than this on its first run gets 3 runs
VERY_SLOW_S = 60   # ... and slower than this, one run
TIMEOUT_S = 900
BUDGET_S = 22 * 60  # past this, every remaining command runs once

# HTML page rows: 2,400 rows is about 1.25 MB; 4x and 16x make 5 and 20 MB.
HTML_BASE_ROWS = 2400
PDF_ROWS = {10: 112, 200: 2740}  # rows that LibreOffice lays out on N pages
DIFF_SIZES = [62500, 100000, 250000, 1000000]
BATCH_DOCS = 1000

START = time.monotonic()
notes = []       # lines for the "Notes" section
runs_log = []    # (group, label, round, wall, e, maxrss_kb, rc)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, **kw)


def first_line(cmd):
    r = sh(cmd)
    out = (r.stdout + r.stderr).strip().splitlines()
    return out[0].strip() if out and r.returncode in (0, 1) else None


def say(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def snapshot_bin():
    """Copies bin/ and the rules file into bench/work, where the driver and
    rw-match find them (beside the binary; rules/ one level up)."""
    os.makedirs(B, exist_ok=True)
    os.makedirs(f"{WORK}/rules", exist_ok=True)
    shutil.copyfile("rules/recwatch.rules", f"{WORK}/rules/recwatch.rules")
    for prog in sorted(os.listdir("bin")) or ["recwatch"]:  # every filter the driver may call
        for attempt in range(10):  # another make may be writing it just now
            try:
                shutil.copy2(f"bin/{prog}", f"{B}/{prog}.tmp")
                os.replace(f"{B}/{prog}.tmp", f"{B}/{prog}")
                break
            except OSError:
                time.sleep(3)
        else:
            notes.append(f"bin/{prog} is missing (make failed?); its runs fail and are marked so.")


# ---- peers ---------------------------------------------------------------

APT_PEERS = ["time", "libxml2-utils", "python3-pandas", "python3-lxml",
             "poppler-utils", "python3-pdfminer", "miller",
             "libreoffice-writer-nogui"]
apt_updated = False


def installed(pkg):
    r = sh(f"dpkg-query -W -f='${{Status}}' {pkg}")
    return r.returncode == 0 and "install ok installed" in r.stdout


def apt_install(pkg):
    """Installs pkg when missing; returns None or what went wrong."""
    global apt_updated
    if installed(pkg):
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for attempt in (1, 2):
        say(f"apt-get install -y {pkg}")
        r = sh(f"apt-get install -y --no-install-recommends {pkg}", env=env)
        if r.returncode == 0:
            return None
        if attempt == 1 and not apt_updated:
            apt_updated = True
            sh("apt-get update", env=env)
        else:
            break
    return (r.stderr.strip().splitlines() or ["apt-get failed"])[-1]


def install_peers():
    have = {}
    for pkg in APT_PEERS:
        err = apt_install(pkg)
        have[pkg] = err is None
        if err:
            notes.append(f"Could not install `{pkg}` ({err}); the runs that need it are skipped.")
    if not os.path.exists(DAFF):
        say("npm install daff into bench/node_modules")
        r = sh("npm install --prefix bench --no-audit --no-fund --no-save daff@1.4.2")
        if r.returncode:
            notes.append("Could not install daff with npm; the daff runs are skipped.")
    have["daff"] = os.path.exists(DAFF) and shutil.which("node") is not None
    if not have["daff"] and os.path.exists(DAFF):
        notes.append("node is not installed; the daff runs are skipped.")
    have["pdf2txt"] = shutil.which("pdf2txt") or shutil.which("pdf2txt.py")
    return have


# ---- inputs --------------------------------------------------------------

def mb(path):
    return os.path.getsize(path) / 1e6


def html_page(rows):
    path = f"{WORK}/page-{rows}.html"
    if not os.path.exists(path):
        say(f"generating {path}")
        subprocess.run([PY, "bench/gen-html.py", str(rows), path], check=True)
    return path


def pdf_scorecard(pages, have_lo):
    """The PDF of about `pages` pages, or None when LibreOffice fails."""
    rows = PDF_ROWS[pages]
    base = f"{WORK}/scorecard-{pages}p"
    if os.path.exists(base + ".pdf"):
        return base + ".pdf"
    if not have_lo:
        return None
    subprocess.run([PY, "bench/gen-scorecard.py", str(rows), base + ".html"], check=True)
    say(f"libreoffice --convert-to pdf {base}.html")
    # A profile of its own, so that a LibreOffice the user has open does
    # not take the job.
    r = sh(f"libreoffice -env:UserInstallation=file://{TOP}/{WORK}/lo-profile "
           f"--headless --convert-to pdf --outdir {WORK} {base}.html", timeout=600)
    if r.returncode or not os.path.exists(base + ".pdf"):
        notes.append(f"LibreOffice could not make {base}.pdf: {r.stderr.strip()[-200:]}")
        return None
    return base + ".pdf"


def pdf_pages(path):
    r = sh(f"pdfinfo {path}")
    for line in r.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def snapshot_pair(n):
    old, new = f"{WORK}/diff/old-{n}.csv", f"{WORK}/diff/new-{n}.csv"
    if not (os.path.exists(old) and os.path.exists(new)):
        os.makedirs(f"{WORK}/diff", exist_ok=True)
        say(f"generating snapshot pair of {n} records")
        subprocess.run([PY, "bench/diff/gen-pair.py", str(n), f"{WORK}/diff"], check=True)
    return old, new


def batch_docs():
    """BATCH_DOCS small pages (copies of one 10-row page) in one folder."""
    d = f"{WORK}/batch"
    if not os.path.exists(f"{d}/doc-{BATCH_DOCS:04d}.html"):
        os.makedirs(d, exist_ok=True)
        src = f"{WORK}/page-10.html"
        subprocess.run([PY, "bench/gen-html.py", "10", src], check=True)
        for i in range(1, BATCH_DOCS + 1):
            shutil.copyfile(src, f"{d}/doc-{i:04d}.html")
    return d


# ---- measuring -----------------------------------------------------------

class Cmd:
    def __init__(self, label, cmd, ok=(0,), ours=False):
        self.label, self.cmd, self.ok, self.ours = label, cmd, ok, ours
        self.walls, self.cpus, self.rss, self.failed, self.reps = [], [], [], None, REPS

    def median(self):
        return statistics.median(self.walls) if self.walls else None

    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None

    def rss_mb(self):
        return max(self.rss) / 1024 if self.rss else None


def measure(group, c, rnd):
    """One run of c under /usr/bin/time; keeps wall time and max RSS."""
    with tempfile.NamedTemporaryFile(dir=WORK, suffix=".time", delete=False) as tf:
        tfile = tf.name
    argv = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tfile, "bash", "-c", c.cmd]
    t0 = time.perf_counter()
    try:
        r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=TIMEOUT_S)
        rc, err = r.returncode, r.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        rc, err = None, f"timed out after {TIMEOUT_S} s"
    wall = time.perf_counter() - t0
    with open(tfile) as f:
        lines = [ln for ln in f.read().splitlines() if ln and ln[0].isdigit()]
    os.unlink(tfile)
    e, kb, us, ss = (lines[-1].split() + ["", "", "", ""])[:4] if lines else ("", "", "", "")
    cpu = float(us) + float(ss) if us and ss else None
    runs_log.append((group, c.label, rnd, wall, e, kb, cpu, rc))
    if rc not in c.ok:
        last = err.strip().splitlines()[-1:] or [f"exit status {rc}"]
        c.failed = f"failed (exit {rc}): {last[0][:160]}"
        say(f"{c.label}: {c.failed}")
        return
    c.walls.append(wall)
    if cpu is not None:
        c.cpus.append(cpu)
    if kb.isdigit():
        c.rss.append(int(kb))


def run_group(name, cmds, reps=None):
    """Runs cmds in rounds (reps, default REPS), the order rotating each
    round; the slowest get fewer runs (SLOW_S, VERY_SLOW_S, BUDGET_S)."""
    reps = reps or REPS
    for c in cmds:
        c.reps = min(c.reps, reps)
    for rnd in range(reps):
        k = len(cmds)
        for i in range(k):
            c = cmds[(i + rnd) % k]
            if c.failed or len(c.walls) >= c.reps:
                continue
            if time.monotonic() - START > BUDGET_S and c.walls:
                c.reps = len(c.walls)
                continue
            say(f"{name}: {c.label} (round {rnd + 1})")
            measure(name, c, rnd + 1)
            if len(c.walls) == 1:
                w = c.walls[0]
                c.reps = 1 if w > VERY_SLOW_S else 3 if w > SLOW_S else c.reps
    return cmds


# ---- the groups ----------------------------------------------------------

def skipped(label, why):
    c = Cmd(label, "")
    c.failed = f"skipped: {why}"
    return c


def stage_inputs(page):
    """The block and fact streams of page, written once, so that rw-match
    and rw-fold can be timed (and their memory taken) each on its own."""
    stem = os.path.splitext(os.path.basename(page))[0]
    blocks, facts = f"{WORK}/{stem}.blocks", f"{WORK}/{stem}.facts"
    sh(f"{B}/rw-html {page} >{blocks} && {B}/rw-match {blocks} >{facts}")
    return blocks, facts


def html_group(page, have):
    blocks, facts = stage_inputs(page)
    cmds = [Cmd("rw-html", f"{B}/rw-html {page} >/dev/null", ours=True),
            Cmd("recwatch extract", f"{B}/recwatch extract {page} >/dev/null", ours=True),
            Cmd("rw-match alone (its blocks from a file)", f"{B}/rw-match {blocks} >/dev/null", ours=True),
            Cmd("rw-fold alone (its facts from a file)", f"{B}/rw-fold {facts} >/dev/null", ours=True)]
    cmds.append(Cmd("xmllint --html --noout", f"xmllint --html --noout {page} 2>/dev/null")
                if have["libxml2-utils"] else skipped("xmllint --html --noout", "libxml2-utils missing"))
    py = ("import sys, pandas; "
          "pandas.read_html(sys.argv[1], match='Rec #', flavor='lxml')")
    cmds.append(Cmd("pandas.read_html", f'{PY} -c "{py}" {page}')
                if have["python3-pandas"] and have["python3-lxml"]
                else skipped("pandas.read_html", "python3-pandas or python3-lxml missing"))
    return cmds


def pdf_group(pdf, have):
    cmds = [Cmd("rw-pdf", f"{B}/rw-pdf {pdf} >/dev/null", ours=True),
            Cmd("recwatch extract", f"{B}/recwatch extract {pdf} >/dev/null", ours=True)]
    cmds.append(Cmd("pdftotext -bbox-layout", f"pdftotext -bbox-layout {pdf} /dev/null")
                if have["poppler-utils"] else skipped("pdftotext -bbox-layout", "poppler-utils missing"))
    cmds.append(Cmd("pdf2txt (pdfminer)", f"{have['pdf2txt']} {pdf} >/dev/null")
                if have["pdf2txt"] else skipped("pdf2txt (pdfminer)", "python3-pdfminer missing"))
    return cmds


def daff_cmd(old, new):
    # As bench/diff/compare.sh runs it: keyed, unordered, same ignored fields.
    return (f"node --max-old-space-size={NODE_HEAP_MB} {DAFF} diff --unordered "
            f"--id review --id rec_id --ignore as_of --ignore sources --context 0 "
            f"--output {WORK}/daff.out {old} {new}")


def diff_group(old, new, have, peers=True):
    cmds = [Cmd("recwatch diff", f"{B}/recwatch diff -f csv {old} {new} >/dev/null",
                ok=(0, 1), ours=True)]
    if peers:
        cmds.append(Cmd("daff", daff_cmd(old, new)) if have["daff"]
                    else skipped("daff", "daff (npm) missing"))
        cmds.append(Cmd("sort-join.sh", f"bash bench/diff/sort-join.sh {old} {new} >/dev/null"))
    return cmds


def csv2json_cmd():
    """The recwatch command that turns a records CSV snapshot into JSON, if
    the tree has one yet."""
    probe = f"{WORK}/probe.csv"
    with open(probe, "w") as f:
        f.write("review,rec_id,board_action,board_action_date,status,priority,"
                "as_of,description,update,sources\nSSR2,1.1,approved,2021-07-22,"
                "complete,P1,2022-06-30,\"A, b\",,x.html\n")
    for cmd in (f"{B}/recwatch convert -f json", f"{B}/rw-fold --records -f json"):
        r = sh(f"{cmd} {probe}")
        if r.returncode == 0 and r.stdout.lstrip().startswith("[") and '"1.1"' in r.stdout:
            return cmd
    return None


def csv2json_group(csv, have, ours):
    cmds = []
    if ours:
        cmds.append(Cmd(ours.replace(B + "/", ""), f"{ours} {csv} >/dev/null", ours=True))
    cmds.append(Cmd("mlr --icsv --ojson cat", f"mlr --icsv --ojson cat {csv} >/dev/null")
                if have["miller"] else skipped("mlr --icsv --ojson cat", "miller missing"))
    return cmds


# ---- the report ----------------------------------------------------------

def fmt_s(s):
    return "-" if s is None else f"{s:.3f}" if s < 10 else f"{s:.1f}"


def fmt_mb(m):
    return "-" if m is None else f"{m:.1f}"


def table(title, size_mb, cmds, unit="MB/s"):
    """Markdown: one row a command, with its ratio against ours."""
    ours = next((c for c in cmds if c.ours and c.walls), None)
    out = [f"#### {title}", "",
           f"| command | runs | median wall s | median CPU s | {unit} | max RSS MB (worst run) | RSS each run (MB) | ours vs it: wall (CPU) |",
           "|---|---:|---:|---:|---:|---:|---|---|"]
    for c in cmds:
        if not c.walls:
            out.append(f"| {c.label} | 0 | - | - | - | - | - | {c.failed or 'not run'} |")
            continue
        tput = f"{size_mb / c.median():.1f}" if size_mb else "-"
        each = " ".join(f"{k / 1024:.0f}" for k in c.rss)
        if c.ours:
            ratio = "(ours)"
        elif ours:
            ratio = "; ".join(f"{c.median() / o.median():.2f}x ({cpu_ratio(c, o)}) "
                              f"({o.label} is {'faster' if c.median() > o.median() else 'slower'})"
                              for o in [ours] + [x for x in cmds if x.label == "recwatch extract"
                                                 and x.walls and x is not ours])
        else:
            ratio = "-"
        if c.failed:
            ratio += f"; {c.failed}"
        out.append(f"| {c.label} | {len(c.walls)} | {fmt_s(c.median())} | {fmt_s(c.cpu())} | {tput} | "
                   f"{fmt_mb(c.rss_mb())} | {each} | {ratio} |")
    return out + [""]


def cpu_ratio(peer, ours):
    if not peer.cpu() or not ours.cpu():
        return "-"
    return f"{peer.cpu() / ours.cpu():.2f}x"


def find(cmds, label):
    return next((c for c in cmds if c.label == label and c.walls), None)


def target(what, ours, peer, want):
    """A line saying whether ours is at least `want` times faster than peer
    (want < 1: may be slower by 1/want)."""
    if not ours or not peer:
        return f"- {what}: **not measured** ({'ours' if not ours else 'peer'} did not run)."
    got = peer.median() / ours.median()
    ok = got >= want
    cpu = ""
    if peer.cpu() and ours.cpu():
        cr = peer.cpu() / ours.cpu()
        cpu = f"; by CPU time {cr:.2f}" + ("" if (cr >= want) == ok else
                                           f", which would be {'met' if cr >= want else 'missed'}")
    return (f"- {what}: wanted {peer.label} time / {ours.label} time >= {want:g}, "
            f"got {got:.2f} (wall){cpu} -> **{'met' if ok else 'MISSED'}**.")


def versions(have):
    v = [("recwatch", first_line(f"{B}/recwatch --version")),
         ("source tree", first_line("git describe --always --dirty") and
          first_line("git log -1 --format='commit %h, %cd'") + ("; with uncommitted changes" if sh("git status --porcelain --untracked-files=no extract include").stdout.strip() else "")),
         ("rw-html", first_line(f"{B}/rw-html --version")),
         ("rw-pdf", first_line(f"{B}/rw-pdf --version")),
         ("rw-diff", first_line(f"{B}/rw-diff --version")),
         ("cc", first_line("cc --version")),
         ("xmllint (libxml2)", first_line("xmllint --version")),
         ("pdftotext (poppler)", first_line("pdftotext -v")),
         ("pdf2txt (pdfminer.six)", first_line(f"{have['pdf2txt']} --version") if have["pdf2txt"] else None),
         ("python3", first_line(f"{PY} --version")),
         ("pandas / lxml", first_line(f"{PY} -c 'import pandas, lxml.etree as e; print(pandas.__version__, \".\".join(map(str, e.LXML_VERSION)))'")),
         ("daff / node", (first_line(f"node {DAFF} version") or "?") + " / " + (first_line("node --version") or "?") if have["daff"] else None),
         ("mlr (Miller)", first_line("mlr --version")),
         ("LibreOffice", first_line("libreoffice --version")),
         ("GNU sort / join", first_line("sort --version"))]
    return [f"| {k} | {val or 'not installed'} |" for k, val in v]


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    return [f"- CPUs (nproc): {sh('nproc').stdout.strip()}; model: {model}",
            f"- RAM: {mem_kb / 1024 / 1024:.1f} GiB; kernel {platform.release()}; {platform.platform()}",
            f"- load average at start: {START_LOAD}; at end: {open('/proc/loadavg').read().split()[:3]}"]


START_LOAD = open("/proc/loadavg").read().split()[:3]


def zoo_section():
    """The "## Table zoo" section bench/zoo.sh wrote into RESULTS.md, kept as it is."""
    try:
        with open(RESULTS) as f:
            lines = f.read().split("\n")
    except OSError:
        return []
    kept, inside = [], False
    for line in lines:
        if line.startswith("## "):
            inside = line.strip() == "## Table zoo"
        if inside:
            kept.append(line)
    return kept


def write_results(sections, have, inputs):
    total = time.monotonic() - START
    out = ["# recwatch benchmarks", "",
           f"Written by `make bench` (bench/run.py{' --quick' if QUICK else ''}"
           f"{' --only ' + ','.join(p for p in PARTS if p in ONLY) if ONLY != set(PARTS) else ''}) on "
           f"{time.strftime('%Y-%m-%d %H:%M %Z')}, in {total / 60:.1f} minutes.", "",
           "How to read: every command ran in rounds, the order of the commands "
           "rotating each round; wall time is measured around "
           "`/usr/bin/time -f '%e %M %U %S' bash -c CMD` (so each figure carries a few "
           "ms of process start-up, the same for every tool); max RSS is "
           "/usr/bin/time's %M: for a pipeline or the recwatch driver, the "
           "largest single process in it, not the sum; CPU time is %U+%S, summed over "
           "every process of the command (it is steadier than wall time when other "
           "work shares the machine, see the load average). \"ours vs it\" is the "
           "peer's median time divided by ours: 20x means recwatch is 20 times "
           "faster. Commands slower than "
           f"{SLOW_S} s on their first run ran 3 times, slower than {VERY_SLOW_S} s once "
           "(the runs column says how many).", "",
           "## Machine", ""] + machine() + [
           "", "## Tool versions", "", "| tool | version |", "|---|---|"] + versions(have) + [
           "", "## Inputs", "", "| input | size | what |", "|---|---:|---|"] + inputs + [""]
    for sec in sections:
        out += sec
    if notes:
        out += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    out += zoo_section()
    out += ["## Every run", "", "<details><summary>group, command, round, wall s "
            "(perf_counter), %e, max RSS KB, CPU s (%U+%S), exit</summary>", "", "```"]
    out += [f"{g} | {lbl} | {r} | {w:.3f} | {e} | {kb} | {'-' if cpu is None else f'{cpu:.2f}'} | {rc}"
            for g, lbl, r, w, e, kb, cpu, rc in runs_log]
    out += ["```", "", "</details>", ""]
    with open(RESULTS + ".tmp", "w") as f:
        f.write("\n".join(out))
    os.replace(RESULTS + ".tmp", RESULTS)
    say(f"wrote {RESULTS} in {total / 60:.1f} minutes")


# ---- main ----------------------------------------------------------------

# ---- parts not re-run: what the last RESULTS.md says ---------------------

def old_results():
    try:
        with open(RESULTS) as f:
            return f.read().split("\n")
    except OSError:
        return []


OLD = old_results()
OLD_DATE = next((ln.split(" on ", 1)[1].split(",")[0] for ln in OLD
                 if ln.startswith("Written by") and " on " in ln), "an earlier run")


def carried(what, date=None):
    return f"_Not re-run: {what} from the run of {date or OLD_DATE}._"


def old_origin(section, what):
    """The run a part of the last RESULTS.md comes from: the date its own
    "_Not re-run: ..._" line names when it was carried there too, else
    the date of that file."""
    inside = False
    for line in OLD:
        if line.startswith("## "):
            inside = line.strip() == f"## {section}"
        elif inside and line.startswith("_Not re-run:") and what in line and "from the run of " in line:
            return line.split("from the run of ", 1)[1].rstrip("._")
    return OLD_DATE


def old_section(title):
    """The "## title" section of the last RESULTS.md, marked as carried
    (with the date of the run it was measured in)."""
    out, inside = [], False
    for line in OLD:
        if line.startswith("## "):
            if inside:
                break
            inside = line.strip() == f"## {title}"
            if inside:
                out += [line, "", carried("this section", old_origin(title, "this section"))]
            continue
        if inside and not line.startswith("_Not re-run: this section"):
            out.append(line)
    return out or [f"## {title}", "", f"_Not run, and not in the last {RESULTS} either._", ""]


def old_lines(section, start, stop=None):
    """Lines of a section of the last RESULTS.md from the first that
    starts with `start` up to (not with) the next header line, or the
    next line starting with `stop`."""
    out, inside, within = [], False, False
    for line in OLD:
        if line.startswith("## "):
            within = line.strip() == f"## {section}"
            inside = False
            continue
        if not within:
            continue
        if line.startswith(start):
            inside = True
        elif inside and (line.startswith("#") or (stop and line.startswith(stop))):
            inside = False
        if inside and not line.startswith("_Not re-run"):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def old_target_group(start):
    """A group of lines of the last Targets section (a heading line such
    as "PDF scorecard of 10 pages:" and its "- " lines), marked."""
    out, inside = [], False
    for line in OLD:
        if line.startswith("## "):
            inside = False
        if line.startswith(start) and line.endswith(":"):
            inside = True
            out.append(line if "not re-run (from the run of" in line else
                       f"{line[:-1]}, not re-run (from the run of {OLD_DATE}):")
            continue
        if inside and not line.startswith("- "):
            inside = False
        if inside:
            out.append(line)
    return out


def old_inputs(pattern):
    return [ln for ln in OLD if ln.startswith("| ") and pattern in ln.split("|")[1]]


def run_input(inputs, res, key, path, what, group, cmds, title):
    """Runs the commands of one input: its row of the inputs table, its
    results in res[key], and its table of timings (returned)."""
    inputs.append(f"| {path} | {mb(path):.2f} MB | {what} |")
    cmds = run_group(group, cmds)
    res[key] = (path, cmds)
    return table(title, mb(path), cmds)


def main():
    os.chdir(TOP)
    os.makedirs(WORK, exist_ok=True)
    snapshot_bin()
    have = install_peers()
    inputs, sections = [], []
    if ONLY != set(PARTS):
        notes.append(f"This run measured only: {', '.join(p for p in PARTS if p in ONLY)} "
                     f"(bench/run.py --only); the rest is kept from the run of {OLD_DATE}, "
                     "marked where it stands.")

    # HTML reader and the whole extract, 100 rows and ~20 MB.
    res_html = {}
    if "html" in ONLY:
        big_rows = HTML_BASE_ROWS * 16
        pages = [(100, html_page(100))] + ([] if QUICK else [(big_rows, html_page(big_rows))])
        sec = ["## HTML: reader and whole extract", "",
               "pandas runs `pandas.read_html(path, match='Rec #', flavor='lxml')` under "
               "/usr/bin/python3, import included (about what an analyst would write). "
               "rw-match and rw-fold alone read the page's block and fact streams from "
               "files, to take each stage's time and peak memory on its own.", ""]
        for rows, page in pages:
            sec += run_input(inputs, res_html, rows, page, f"implementation-status page, {rows} rows (gen-html.py)",
                             f"html-{rows}", html_group(page, have), f"{rows} rows, {mb(page):.2f} MB")
        sections.append(sec)
    else:
        inputs += old_inputs("page-100.html") + old_inputs(f"page-{HTML_BASE_ROWS * 16}.html")
        sections.append(old_section("HTML: reader and whole extract"))

    # PDF reader and the whole extract, 10 and 200 pages.
    res_pdf = {}
    if "pdf" in ONLY:
        sec = ["## PDF: reader and whole extract", "",
               "pdf2txt runs with its defaults (text with layout analysis).", ""]
        for pages_want in ([10] if QUICK else [10, 200]):
            pdf = pdf_scorecard(pages_want, have["libreoffice-writer-nogui"])
            if not pdf:
                sec += [f"#### {pages_want} pages: skipped (no PDF; see Notes)", ""]
                continue
            n = pdf_pages(pdf)
            sec += run_input(inputs, res_pdf, pages_want, pdf,
                             f"scorecard, {n} pages, {PDF_ROWS[pages_want]} rows (gen-scorecard.py + LibreOffice)",
                             f"pdf-{pages_want}p", pdf_group(pdf, have), f"{n} pages, {mb(pdf):.2f} MB")
        sections.append(sec)
    else:
        inputs += old_inputs("scorecard-")
        sections.append(old_section("PDF: reader and whole extract"))

    # CSV to JSON.
    ours = csv2json_cmd()
    res_csv = None
    if "csv" in ONLY:
        sec = ["## CSV snapshot to JSON", ""]
        if not ours:
            sec += ["**Missing in recwatch**: no command turns a records CSV snapshot into "
                    "JSON (tried `recwatch convert -f json FILE` and `rw-fold --records -f json FILE`; "
                    "`rw-fold --facts` reads facts, not records). Suggested: `recwatch convert "
                    "[-f csv|json|jsonl] [-o FILE] SNAPSHOT...` (or `rw-fold --records`), "
                    "reading with rw_rows_read and writing with rw_writer, so that "
                    "a snapshot moves between formats without re-extracting. "
                    "Miller is timed alone below, as the figure to beat.", ""]
        for n in ([100000] if QUICK else [100000, 1000000]):
            old, _ = snapshot_pair(n)
            cmds = run_group(f"csv2json-{n}", csv2json_group(old, have, ours))
            res_csv = cmds
            sec += table(f"{n} records, {mb(old):.1f} MB ({old})", mb(old), cmds)
        sections.append(sec)
    else:
        sections.append(old_section("CSV snapshot to JSON"))

    # Diff, 100k and 1M records, against daff and sort|join; then the
    # agreement check of bench/diff/compare.sh at 100k.
    res_diff = {}
    if "diff" in ONLY:
        sec = ["## Diff of two snapshots", "",
               "daff runs as bench/diff/compare.sh runs it (keyed on review and rec_id, "
               "--unordered, as_of and sources ignored, node heap "
               f"{NODE_HEAP_MB} MB); `sort | join` is bench/diff/sort-join.sh, a lower "
               "bound that does not parse CSV.", ""]
        for n in ([100000] if QUICK else [100000, 1000000]):
            old, new = snapshot_pair(n)
            size = mb(old) + mb(new)
            inputs.append(f"| {old} + new | {size:.1f} MB | snapshot pair, {n} records each (bench/diff/gen-pair.py) |")
            cmds = run_group(f"diff-{n}", diff_group(old, new, have))
            res_diff[n] = (size, cmds)
            sec += table(f"{n} records a side, {size:.1f} MB both", size, cmds)
        if have["daff"]:
            say("bench/diff/compare.sh -r 1 100000 (do the tools agree?)")
            r = sh("bash bench/diff/compare.sh -r 1 100000", timeout=600)
            agree = [ln for ln in r.stderr.splitlines() if "agree" in ln or "DIFFERS" in ln]
            sec += ["Agreement check (`bench/diff/compare.sh -r 1 100000`, which diffs with "
                    "rw-diff, daff and sort|join and compares the records each reports): "
                    + (agree[-1] if agree else f"did not finish (exit {r.returncode})"), ""]
        sections.append(sec)
    else:
        inputs += [ln for ln in old_inputs("/diff/old-") if "(bench/diff/gen-pair.py)" in ln]
        sections.append(old_section("Diff of two snapshots"))

    # Scaling.
    sec = ["## Scaling", "", "`recwatch extract` on pages of 1x, 4x and 16x "
           f"{HTML_BASE_ROWS} rows; `recwatch diff` on pairs of 62,500, 250,000 and "
           "1,000,000 records (the largest of each from the runs above).", ""]
    srows = ["| input | size MB | runs | median wall s | median CPU s | MB/s | max RSS MB | time / previous | CPU / previous | size / previous |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    if "html" in ONLY:
        rows_list = [HTML_BASE_ROWS] if QUICK else [HTML_BASE_ROWS, HTML_BASE_ROWS * 4, HTML_BASE_ROWS * 16]
        prev = None
        for rows in rows_list:
            page = html_page(rows)
            if rows in res_html:
                c = find(res_html[rows][1], "recwatch extract")
            else:
                inputs.append(f"| {page} | {mb(page):.2f} MB | implementation-status page, {rows} rows |")
                c = run_group(f"scale-extract-{rows}", [Cmd("recwatch extract", f"{B}/recwatch extract {page} >/dev/null", ours=True)])[0]
            prev = scale_row(srows, f"extract, {rows} rows", mb(page), c, prev)
    else:
        inputs += [ln for ln in old_inputs("bench/work/page-") if "(gen-html.py)" not in ln]
        srows += old_lines("Scaling", "| extract, ", "|  |")
    srows.append("|  |  |  |  |  |  |  |  |  |  |")
    if "diff" in ONLY:
        prev = None
        for n in ([62500] if QUICK else [62500, 250000, 1000000]):
            old, new = snapshot_pair(n)
            size = mb(old) + mb(new)
            if n in res_diff:
                c = find(res_diff[n][1], "recwatch diff")
            else:
                inputs.append(f"| {old} + new | {size:.1f} MB | snapshot pair, {n} records each |")
                c = run_group(f"scale-diff-{n}", diff_group(old, new, have, peers=False))[0]
            prev = scale_row(srows, f"diff, {n} records a side", size, c, prev)
    else:
        inputs += [ln for ln in old_inputs("/diff/old-") if "(bench/diff/gen-pair.py)" not in ln]
        srows += old_lines("Scaling", "| diff, ")
    sec += srows + [""]
    for rows, part in (("extract", "html"), ("diff", "diff")):
        if part not in ONLY:
            sec += [carried(f"the {rows} rows", old_origin("Scaling", f"the {rows} rows")), ""]

    # Per-document overhead.
    res_batch = None
    if "batch" in ONLY:
        d = batch_docs()
        one = Cmd(f"one call, {BATCH_DOCS} documents", f"{B}/recwatch extract {d}/*.html >/dev/null", ours=True)
        many = Cmd(f"{BATCH_DOCS} calls, one document each",
                   f"for f in {d}/*.html; do {B}/recwatch extract \"$f\" || exit; done >/dev/null", ours=True)
        xml_each = (Cmd(f"xmllint --html --noout, {BATCH_DOCS} processes",
                        f"for f in {d}/*.html; do xmllint --html --noout \"$f\" 2>/dev/null; done")
                    if have["libxml2-utils"] else None)
        run_group("batch", [one, many] + ([xml_each] if xml_each else []), reps=min(REPS, 3))
        inputs.append(f"| {d}/doc-*.html | {BATCH_DOCS} x {mb(d + '/doc-0001.html') * 1000:.1f} KB | the same 10-row page, {BATCH_DOCS} times |")
        sec += ["#### Per-document overhead", "",
                "| how | runs | median wall s | median CPU s | ms per document (wall) | max RSS MB |", "|---|---:|---:|---:|---:|---:|"]
        for c in [one, many] + ([xml_each] if xml_each else []):
            if c.walls:
                sec.append(f"| {c.label} | {len(c.walls)} | {fmt_s(c.median())} | {fmt_s(c.cpu())} | "
                           f"{c.median() * 1000 / BATCH_DOCS:.2f} | {fmt_mb(c.rss_mb())} |")
            else:
                sec.append(f"| {c.label} | 0 | - | - | - | {c.failed} |")
        sec.append("")
        if xml_each:
            res_batch = (find([one], one.label), find([xml_each], xml_each.label))
    else:
        inputs += old_inputs("/batch/")
        sec += old_lines("Scaling", "#### Per-document overhead")
        sec += ["", carried("the per-document overhead", old_origin("Scaling", "per-document")), ""]
    sections.append(sec)

    sections.insert(0, targets(res_html, res_pdf, res_diff, res_csv, ours, res_batch))
    write_results(sections, have, inputs)


def scale_row(out, what, size, c, prev):
    if not c or not c.walls:
        out.append(f"| {what} | {size:.1f} | 0 | - | - | - | - | - | - | - |")
        return None
    t_ratio = f"{c.median() / prev[1]:.2f}x" if prev else "-"
    c_ratio = f"{c.cpu() / prev[2]:.2f}x" if prev and prev[2] and c.cpu() else "-"
    s_ratio = f"{size / prev[0]:.2f}x" if prev else "-"
    out.append(f"| {what} | {size:.1f} | {len(c.walls)} | {fmt_s(c.median())} | {fmt_s(c.cpu())} | "
               f"{size / c.median():.1f} | {fmt_mb(c.rss_mb())} | {t_ratio} | {c_ratio} | {s_ratio} |")
    return (size, c.median(), c.cpu())


# The peak memory a stage of the chain may take, in multiples of the
# document it reads: the chain streams, so no stage should hold much more
# than the document.
STAGE_RSS_PER_INPUT = 2
# ... for documents of at least this size: below it a process's own size
# (some 5 MB of libraries and rules) is most of what it takes.
STAGE_RSS_MIN_DOC_MB = 10


def memory_targets(cmds, size_mb):
    """Lines on the peak memory of each stage of the extract: the
    largest process of the whole extract, and each stage run alone."""
    whole = find(cmds, "recwatch extract")
    if size_mb < STAGE_RSS_MIN_DOC_MB:
        return [(f"- peak memory of a stage: {whole.rss_mb():.1f} MB (a document under "
                 f"{STAGE_RSS_MIN_DOC_MB} MB is not held to {STAGE_RSS_PER_INPUT}x its size)."
                 if whole and whole.rss else "- peak memory of a stage: **not measured**.")]
    if not whole or not whole.rss:
        return ["- peak memory of a stage: **not measured**."]
    limit = STAGE_RSS_PER_INPUT * size_mb
    rss = whole.rss_mb()
    stages = []
    for label in ("rw-html", "rw-match alone (its blocks from a file)", "rw-fold alone (its facts from a file)"):
        c = find(cmds, label)
        if c and c.rss:
            stages.append(f"{label.split(' ')[0]} {c.rss_mb():.1f} MB = {c.rss_mb() / size_mb:.1f}x "
                          f"({'met' if c.rss_mb() <= limit else 'MISSED'})")
    return [f"- no stage above {STAGE_RSS_PER_INPUT}x the document ({size_mb:.2f} MB): the largest "
            f"process of the extract took {rss:.1f} MB = {rss / size_mb:.1f}x -> "
            f"**{'met' if rss <= limit else 'MISSED'}**" +
            (f"; each stage alone: {', '.join(stages)}." if stages else ".")]


def targets(res_html, res_pdf, res_diff, res_csv, ours_csv, res_batch=None):
    out = ["## Targets", "",
           "Ratios from this one run on this machine (time ratio = throughput ratio "
           "on the same input).", ""]
    for rows, (page, cmds) in sorted(res_html.items()):
        ours = find(cmds, "rw-html")
        whole = find(cmds, "recwatch extract")
        out.append(f"HTML page of {rows} rows ({mb(page):.1f} MB):")
        out.append(target("HTML reader at least half of xmllint's throughput", ours, find(cmds, "xmllint --html --noout"), 0.5))
        out.append(target("HTML reader at least 20x pandas.read_html", ours, find(cmds, "pandas.read_html"), 20))
        out.append(target("whole extract (rw-html | rw-match | rw-fold) at least half of xmllint's throughput",
                          whole, find(cmds, "xmllint --html --noout"), 0.5))
        out.append(target("whole extract at least 20x pandas.read_html", whole, find(cmds, "pandas.read_html"), 20))
        out += memory_targets(cmds, mb(page))
    if "html" not in ONLY:
        out += old_target_group("HTML page of")
    for pages, (pdf, cmds) in sorted(res_pdf.items()):
        ours = find(cmds, "rw-pdf")
        whole = find(cmds, "recwatch extract")
        out.append(f"PDF scorecard of {pages} pages:")
        out.append(target("PDF reader at least half of pdftotext -bbox-layout", ours, find(cmds, "pdftotext -bbox-layout"), 0.5))
        out.append(target("PDF reader at least 10x pdf2txt", ours, find(cmds, "pdf2txt (pdfminer)"), 10))
        out.append(target("whole extract at least half of pdftotext -bbox-layout", whole, find(cmds, "pdftotext -bbox-layout"), 0.5))
    if "pdf" not in ONLY:
        out += old_target_group("PDF scorecard of")
    if "batch" not in ONLY:
        out += old_target_group("Batch of")
    if res_batch:
        one, xml_each = res_batch
        out.append(f"Batch of {BATCH_DOCS} small pages:")
        out.append(target("one extract of the batch at least as fast as xmllint run over it one process each",
                          one, xml_each, 1))
    if 1000000 in res_diff:
        size, cmds = res_diff[1000000]
        ours = find(cmds, "recwatch diff")
        out.append("Diff of the 1,000,000-record pair:")
        out.append(target("diff at least 30x faster than daff", ours, find(cmds, "daff"), 30))
        if ours and ours.rss:
            rss = ours.rss_mb()
            out.append(f"- max RSS under 3x the input size ({size:.0f} MB, both snapshots): "
                       f"{rss:.0f} MB = {rss / size:.2f}x -> **{'met' if rss < 3 * size else 'MISSED'}** "
                       f"(against one snapshot, {size / 2:.0f} MB: {2 * rss / size:.2f}x, "
                       f"{'met' if rss < 1.5 * size else 'missed'}).")
    if "diff" not in ONLY:
        out += old_target_group("Diff of the")
    if "csv" not in ONLY:
        out += old_target_group("CSV to JSON")
    elif ours_csv and res_csv:
        out.append("CSV to JSON (1,000,000 records):")
        out.append(target("CSV to JSON at least as fast as Miller", res_csv[0] if res_csv[0].walls else None,
                          find(res_csv, "mlr --icsv --ojson cat"), 1))
    else:
        out.append("- CSV to JSON at least as fast as Miller: **not measurable** - recwatch "
                   "has no command that turns a CSV snapshot into JSON (see below).")
    return out + [""]


if __name__ == "__main__":
    main()
