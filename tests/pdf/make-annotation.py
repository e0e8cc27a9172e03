#!/usr/bin/python3
"""make-annotation.py - writes tests/pdf/annotation.pdf: one page of body
text and a free-text annotation whose appearance draws its own text.

rw-pdf renders a page before reading its text where it can (poppler then
lays the text out once), but a rendering draws annotations too and their
text would join the page's: the annotation's words must not show up in
the blocks.  Standard library only; the PDF is written by hand."""
import os
import sys


def build():
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    page_text = (b"BT /F1 12 Tf 72 700 Td (Recommendation 4.2 is in progress.) Tj ET "
                 b"72 690 m 320 690 l S")
    content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page_text), page_text))
    note = b"BT /F1 10 Tf 2 5 Td (Reviewer note in the margin) Tj ET"
    appearance = add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 180 20] "
                     b"/Resources << /Font << /F1 %d 0 R >> >> /Length %d >>\n"
                     b"stream\n%s\nendstream" % (font, len(note), note))
    annot = add(b"<< /Type /Annot /Subtype /FreeText /Rect [72 600 252 620] "
                b"/Contents (Reviewer note in the margin) /DA (/Helv 10 Tf 0 g) "
                b"/AP << /N %d 0 R >> >>" % appearance)
    pages_id = len(objs) + 2
    page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
               b"/Resources << /Font << /F1 %d 0 R >> >> /Annots [%d 0 R] >>"
               % (pages_id, content, font, annot))
    add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i + 1, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "annotation.pdf")
    with open(path, "wb") as f:
        f.write(build())
