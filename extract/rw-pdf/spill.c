/* spill.c - a document's pages parked in a temporary file until the
 * document is written.
 *
 * rw-pdf writes a document's blocks once every page is read: running
 * heads and feet are found by comparing all pages, and a table may go on
 * from one page to the next. Most of what a page holds until then (the
 * words of its lines, the cells of its tables) is looked at again only
 * when that page is planned and written, one page at a time. So it is
 * written to a temporary file (unlinked at once: nothing is left behind
 * however rw-pdf ends) and read back a page at a time; in memory stay the
 * few numbers a line or a table keeps for the passes over the whole
 * document (boxes, sizes, flags), and memory grows little with the pages.
 *
 * A page's record: its line headers, the words of each line, the words'
 * texts (each ending in a NUL), then each table's cell boxes, header and
 * plain flags and cell texts, then the rulings. The file is the
 * process's own, read back by the same build: structures are written as
 * they lie in memory, their pointers rewritten on reading.
 */
#include "rwlib.h"
#include "spill.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pdf_spill {
	FILE *f;
	long end; /* bytes written */
};

pdf_spill *pdf_spill_new(void)
{
	FILE *f = tmpfile();
	if (!f)
		return NULL;
	pdf_spill *s = rw_xcalloc(1, sizeof *s);
	s->f = f;
	return s;
}

void pdf_spill_free(pdf_spill *s)
{
	if (!s)
		return;
	fclose(s->f);
	free(s);
}

/* n bytes at p (NULL when none: a page without lines) */
static void put(rw_buf *b, const void *p, size_t n)
{
	if (n)
		rw_buf_add(b, p, n);
}

static void put_text(rw_buf *b, const char *s)
{
	put(b, s, strlen(s) + 1);
}

/* The record of a page in b. */
static void record(rw_buf *b, const pdf_line *l, size_t nl, const pdf_table *t, size_t nt,
		   const pdf_ruling *r, size_t nr)
{
	put(b, l, nl * sizeof *l);
	for (size_t k = 0; k < nl; k++)
		put(b, l[k].w, l[k].nw * sizeof *l[k].w);
	for (size_t k = 0; k < nl; k++)
		for (size_t i = 0; i < l[k].nw; i++)
			put_text(b, l[k].w[i].text);
	for (size_t k = 0; k < nt; k++) {
		size_t n = (size_t)t[k].rows * t[k].cols;
		put(b, t[k].cb, n * sizeof *t[k].cb);
		put(b, t[k].span_from, n * sizeof *t[k].span_from);
		put(b, t[k].header, (size_t)t[k].rows);
		put(b, t[k].plain, (size_t)t[k].rows);
		put(b, t[k].open_foot, (size_t)t[k].cols);
		for (size_t i = 0; i < n; i++)
			put_text(b, t[k].cell[i]);
	}
	put(b, r, nr * sizeof *r);
}

int pdf_spill_park(pdf_spill *s, pdf_line *l, size_t nl, pdf_table *t, size_t nt,
		   pdf_ruling **r, size_t nr, pdf_parked *where)
{
	rw_buf b = {0};
	record(&b, l, nl, t, nt, *r, nr);
	int ok = !b.len || (fseek(s->f, s->end, SEEK_SET) == 0 &&
			    fwrite(b.s, 1, b.len, s->f) == b.len);
	*where = (pdf_parked){ok ? s->end : -1, ok ? b.len : 0};
	rw_buf_free(&b);
	if (!ok)
		return -1;
	s->end += (long)where->bytes;
	for (size_t k = 0; k < nl; k++) {
		free(l[k].w); /* their texts too */
		l[k].w = NULL;
	}
	for (size_t k = 0; k < nt; k++) {
		for (size_t i = 0; i < (size_t)t[k].rows * t[k].cols; i++)
			free(t[k].cell[i]);
		free(t[k].cell);
		free(t[k].cb);
		free(t[k].span_from);
		free(t[k].header);
		free(t[k].plain);
		free(t[k].open_foot);
		t[k].cell = NULL, t[k].cb = NULL, t[k].span_from = NULL;
		t[k].header = t[k].plain = t[k].open_foot = NULL;
	}
	free(*r);
	*r = NULL;
	return 0;
}

/* A record read back, taken apart in order. */
typedef struct cursor {
	char *s, *at;
} cursor;

static cursor read_record(pdf_spill *s, const pdf_parked *where)
{
	char *buf = rw_xmalloc(where->bytes + 1);
	if (fflush(s->f) != 0 || fseek(s->f, where->at, SEEK_SET) != 0 ||
	    fread(buf, 1, where->bytes, s->f) != where->bytes)
		rw_die(NULL, "cannot read back the temporary file of a document's pages");
	return (cursor){buf, buf};
}

/* The next n bytes, in memory of their own. */
static void *take(cursor *c, size_t n)
{
	void *p = rw_xmalloc(n ? n : 1);
	memcpy(p, c->at, n);
	c->at += n;
	return p;
}

static char *take_text(cursor *c)
{
	return take(c, strlen(c->at) + 1);
}

/* The words of nl lines whose headers h holds, into l: each line's
 * words with their texts in one allocation, as pdf_words_copy makes. */
static void take_words(cursor *c, const pdf_line *h, pdf_line *l, size_t nl)
{
	/* the words of every line come first, then every text */
	char *words = c->at;
	for (size_t k = 0; k < nl; k++)
		c->at += h[k].nw * sizeof *l[k].w;
	for (size_t k = 0; k < nl; k++) {
		size_t n = h[k].nw, bytes = 0;
		for (size_t i = 0; i < n; i++)
			bytes += strlen(c->at + bytes) + 1;
		pdf_word *w = rw_xmalloc(n * sizeof *w + bytes);
		memcpy(w, words, n * sizeof *w);
		memcpy(w + n, c->at, bytes);
		for (size_t i = 0, at = 0; i < n; i++) {
			w[i].text = (char *)(w + n) + at;
			at += strlen(w[i].text) + 1;
		}
		words += n * sizeof *w;
		c->at += bytes;
		l[k].w = w;
	}
}

void pdf_spill_fetch(pdf_spill *s, const pdf_parked *where, pdf_line *l, size_t nl,
		     pdf_table *t, size_t nt, pdf_ruling **r, size_t nr)
{
	if (where->at < 0)
		return;
	cursor c = read_record(s, where);
	const pdf_line *h = (const pdf_line *)c.at;
	c.at += nl * sizeof *l;
	take_words(&c, h, l, nl);
	for (size_t k = 0; k < nt; k++) {
		size_t n = (size_t)t[k].rows * t[k].cols;
		t[k].cb = take(&c, n * sizeof *t[k].cb);
		t[k].span_from = take(&c, n * sizeof *t[k].span_from);
		t[k].header = take(&c, (size_t)t[k].rows);
		t[k].plain = take(&c, (size_t)t[k].rows);
		t[k].open_foot = take(&c, (size_t)t[k].cols);
		t[k].cell = rw_xmalloc((n ? n : 1) * sizeof *t[k].cell);
		for (size_t i = 0; i < n; i++)
			t[k].cell[i] = take_text(&c);
	}
	*r = take(&c, nr * sizeof **r);
	free(c.s);
}

pdf_line *pdf_spill_lines(pdf_spill *s, const pdf_parked *where, size_t nl)
{
	if (where->at < 0)
		return NULL;
	cursor c = read_record(s, where);
	pdf_line *l = take(&c, nl * sizeof *l);
	take_words(&c, l, l, nl);
	free(c.s);
	return l;
}
