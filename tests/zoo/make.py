#!/usr/bin/python3
"""make.py - render zoo documents and write their ground truth.

  make.py --out DIR [--seed N] [--per-combo K] [--styles a,b] [--producers a,b] [-j 2]

Renders K documents (seeds N, N+1, ...) for every style a producer can
express (model.IMPOSSIBLE lists the pairs it cannot) and writes, per
document ID (STYLE-PRODUCER-SEED):
  DIR/ID.pdf         the document
  DIR/ID.tK.csv      the expected cells of its K-th table (1-based)
  DIR/ID.json        the document model, with each table's covered slots
and DIR/manifest.tsv (id, style, producer, tables). A document whose PDF
does not hold every word of its truth (pdftotext -raw; a cell cut off the
page, a glyph the font lacks) is dropped with a line on stderr: the truth
must be what the page shows.
Needs chromium, libreoffice (Writer and Calc), python3-reportlab, python3-bidi,
groff, ghostscript (ps2pdf for groff, gs for the ghostscript producer), weasyprint,
wkhtmltopdf, pdflatex (texlive), poppler-utils and fonts-dejavu, fonts-liberation2.
"""
import argparse
import collections
import concurrent.futures
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402
import render_fods  # noqa: E402
import render_fodt  # noqa: E402
import render_html  # noqa: E402
import render_latex  # noqa: E402
import render_groff  # noqa: E402
import render_rl  # noqa: E402

CHROMIUM_TIMEOUT_S = 120   # one document set (Chromium, groff); a hung one is a failed document
SOFFICE_TIMEOUT_S = 900    # one LibreOffice run converts a whole batch
SOFFICE_BATCH = 40         # documents per LibreOffice run


def chromium(html, pdf):
    r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html],
                       capture_output=True, timeout=CHROMIUM_TIMEOUT_S)
    return r.returncode == 0 and os.path.exists(pdf)


def ghostscript(html, pdf):
    """Chromium's PDF of html, rewritten by Ghostscript's pdfwrite."""
    printed = pdf + ".chromium.pdf"
    try:
        if not chromium(html, printed):
            return False
        r = subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
                            "-o", pdf, printed], capture_output=True, timeout=CHROMIUM_TIMEOUT_S)
        return r.returncode == 0 and os.path.exists(pdf)
    finally:
        if os.path.exists(printed):
            os.remove(printed)


def weasyprint(html, pdf):
    r = subprocess.run(["weasyprint", "--quiet", html, pdf], capture_output=True, timeout=CHROMIUM_TIMEOUT_S)
    return r.returncode == 0 and os.path.exists(pdf)


def wkhtmltopdf(doc, html, pdf):
    """Qt WebKit's print: it takes the page's size and margins from its
    options, not from @page."""
    r = subprocess.run(["wkhtmltopdf", "--quiet", "--enable-local-file-access",
                        "--page-size", doc["page"], "--orientation", "Landscape" if doc["landscape"] else "Portrait",
                        "-T", "%dmm" % model.MARGIN_MM, "-B", "%dmm" % model.MARGIN_MM,
                        "-L", "%dmm" % model.MARGIN_MM, "-R", "%dmm" % model.MARGIN_MM, html, pdf],
                       capture_output=True, timeout=CHROMIUM_TIMEOUT_S)
    return os.path.exists(pdf)


def groff(doc, ms, pdf):
    with open(ms, "w", encoding="utf-8") as f:
        f.write(render_groff.render(doc))
    subprocess.run(render_groff.command(doc, ms, pdf), shell=True, timeout=CHROMIUM_TIMEOUT_S)
    return os.path.exists(pdf)


def latex(doc, tex, pdf):
    """pdfLaTeX sets tex beside itself; the PDF is moved to pdf."""
    with open(tex, "w", encoding="utf-8") as f:
        f.write(render_latex.render(doc))
    here = os.path.dirname(tex)
    subprocess.run(render_latex.command(tex, here), capture_output=True, timeout=CHROMIUM_TIMEOUT_S)
    made = os.path.splitext(tex)[0] + ".pdf"
    if os.path.exists(made):
        shutil.move(made, pdf)
    return os.path.exists(pdf)


def libreoffice(fodts, outdir, profile):
    for i in range(0, len(fodts), SOFFICE_BATCH):
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir] + fodts[i:i + SOFFICE_BATCH],
                       capture_output=True, timeout=SOFFICE_TIMEOUT_S)


HTML_PRINTERS = {"chromium": chromium, "ghostscript": ghostscript, "weasyprint": weasyprint,
                 "wkhtmltopdf": wkhtmltopdf}


def is_rtl(word):
    return any("\u0590" <= ch <= "\u06ff" for ch in word)


def missing_words(pdf, grids):
    """Words of the truth that pdftotext does not find in the PDF (a multiset
    difference; right-to-left words are left out, pdftotext may turn them)."""
    r = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True)
    # ligature glyphs (groff's fi, ff) count as their letters
    found = collections.Counter(unicodedata.normalize("NFKC", r.stdout).split())
    want = collections.Counter(w for g in grids for row in g for c in row for w in c.split() if not is_rtl(w))
    return sorted((want - found).elements())


def doc_id(doc):
    return "%s-%s-%d" % (doc["style"], doc["producer"], doc["seed"])


def write_truth(outdir, doc):
    ident = doc_id(doc)
    grids = []
    for k, table in enumerate(doc["tables"], 1):
        grid, covered = model.truth(table)
        table["covered"] = covered
        grids.append(grid)
        with open(os.path.join(outdir, "%s.t%d.csv" % (ident, k)), "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(grid)
    with open(os.path.join(outdir, ident + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0)
    return grids


def drop(outdir, ident, why):
    print("zoo: %s: dropped: %s" % (ident, why), file=sys.stderr)
    for name in os.listdir(outdir):
        if name.startswith(ident + "."):
            os.remove(os.path.join(outdir, name))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-combo", type=int, default=1)
    ap.add_argument("--styles", default=",".join(model.STYLES))
    ap.add_argument("--producers", default=",".join(model.PRODUCERS))
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args()
    for name, given, known in (("style", a.styles, model.STYLES), ("producer", a.producers, model.PRODUCERS)):
        for x in given.split(","):
            if x not in known:
                ap.error("no %s %s (there are %s)" % (name, x, ", ".join(known)))
    tools = {"chromium": ["chromium"], "libreoffice": ["soffice"], "reportlab": [],
             "groff": ["groff", "ps2pdf"], "ghostscript": ["chromium", "gs"],
             "weasyprint": ["weasyprint"], "wkhtmltopdf": ["wkhtmltopdf"], "latex": ["pdflatex"], "calc": ["soffice"]}
    lacking = [t for p in a.producers.split(",") for t in tools[p] + ["pdftotext"]
               if not shutil.which(t)]
    if lacking:
        sys.exit("zoo: %s not found (.ci/install-deps samples installs what make.py needs)"
                 % ", ".join(sorted(set(lacking))))
    os.makedirs(a.out, exist_ok=True)
    outdir = os.path.abspath(a.out)
    docs = [model.make_document(a.seed + k, s, p)
            for k in range(a.per_combo) for s in a.styles.split(",") for p in a.producers.split(",")
            if (p, s) not in model.IMPOSSIBLE]
    work = tempfile.mkdtemp(prefix="zoo-")
    try:
        grids = {doc_id(d): write_truth(outdir, d) for d in docs}
        jobs, fodts = [], []
        for d in docs:
            ident = doc_id(d)
            pdf = os.path.join(outdir, ident + ".pdf")
            if d["producer"] == "reportlab":
                render_rl.render(d, pdf)
            elif d["producer"] == "groff":
                jobs.append((groff, d, os.path.join(work, ident + ".ms"), pdf))
            elif d["producer"] == "latex":
                jobs.append((latex, d, os.path.join(work, ident + ".tex"), pdf))
            elif d["producer"] in HTML_PRINTERS:
                html = os.path.join(work, ident + ".html")
                with open(html, "w", encoding="utf-8") as f:
                    f.write(render_html.render(d))
                if d["producer"] == "wkhtmltopdf":
                    jobs.append((wkhtmltopdf, d, html, pdf))
                else:
                    jobs.append((HTML_PRINTERS[d["producer"]], html, pdf))
            else:
                # Writer's text or Calc's sheet, both converted by soffice
                writer = d["producer"] == "libreoffice"
                src = os.path.join(work, ident + (".fodt" if writer else ".fods"))
                with open(src, "w", encoding="utf-8") as f:
                    f.write((render_fodt if writer else render_fods).render(d))
                fodts.append(src)
        with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as pool:
            lo = pool.submit(libreoffice, fodts, outdir, os.path.join(work, "lo-profile")) if fodts else None
            list(pool.map(lambda job: job[0](*job[1:]), jobs))
            if lo:
                lo.result()
        kept = []
        for d in docs:
            ident = doc_id(d)
            pdf = os.path.join(outdir, ident + ".pdf")
            if not os.path.exists(pdf):
                drop(outdir, ident, "the producer wrote no PDF")
                continue
            lost = missing_words(pdf, grids[ident])
            if lost:
                drop(outdir, ident, "words of the truth not on the page: " + " ".join(lost[:8]))
                continue
            kept.append(d)
        with open(os.path.join(outdir, "manifest.tsv"), "w", encoding="utf-8") as f:
            for d in kept:
                f.write("%s\t%s\t%s\t%d\n" % (doc_id(d), d["style"], d["producer"], len(d["tables"])))
        print("zoo: %d documents, %d tables in %s (%d dropped)"
              % (len(kept), sum(len(d["tables"]) for d in kept), a.out, len(docs) - len(kept)), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
