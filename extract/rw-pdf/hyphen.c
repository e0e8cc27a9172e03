/* hyphen.c - a line of a paragraph ending in a hyphen: a word broken
 * across lines ("recom-" "mendation") or a word with a hyphen in it
 * ("end-" "user", "follow-" "up")?
 *
 * Nothing in a PDF tells them apart but a soft hyphen (U+00AD), which few
 * producers write, and no dictionary is at hand: the document itself is
 * the evidence.  The hyphen goes when the word without it appears
 * elsewhere in the document and the word with it does not; it stays when
 * the word with it does.  When the document has neither, the halves
 * decide: both words of the document elsewhere ("end", "user"), it is a
 * word with a hyphen; otherwise ("recom", "mendation") a broken one.
 */
#include "rwlib.h"
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

struct pdf_words {
	pdf_words_fill fill; /* called once, at the first question */
	void *ctx;
	int filled, sorted;
	char **w;
	size_t n, cap;
};

pdf_words *pdf_words_new(pdf_words_fill fill, void *ctx)
{
	pdf_words *ws = rw_xcalloc(1, sizeof *ws);
	ws->fill = fill;
	ws->ctx = ctx;
	return ws;
}

void pdf_words_free(pdf_words *ws)
{
	if (!ws)
		return;
	for (size_t i = 0; i < ws->n; i++)
		free(ws->w[i]);
	free(ws->w);
	free(ws);
}

/* Letters and digits; any byte of a UTF-8 sequence counts as a letter. */
static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Words are compared in ASCII lowercase. */
static char *lower(char *w)
{
	for (char *p = w; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + ('a' - 'A'));
	return w;
}

static void add(pdf_words *ws, const char *s, size_t n)
{
	char *w = lower(rw_xasprintf("%.*s", (int)n, s));
	ws->w = rw_xgrow(ws->w, &ws->cap, ws->n + 1, sizeof *ws->w);
	ws->w[ws->n++] = w;
	ws->sorted = 0;
}

/* The line ends in a run of letters and a hyphen. */
static int ends_in_hyphen(const char *s, size_t n)
{
	return n >= 2 && s[n - 1] == '-' && word_byte((unsigned char)s[n - 2]);
}

/* Each run of letters is a word, and so is each pair of runs joined by
 * one hyphen ("end-user" gives "end", "user" and "end-user"); the halves
 * of a word a line's end may have broken are not words. */
int pdf_words_add_line(pdf_words *ws, const char *s, int after_hyphen)
{
	const char *prev = NULL; /* the run before, when a hyphen joins it */
	size_t n = strlen(s);
	int ends = ends_in_hyphen(s, n);
	for (const char *p = s; *p;) {
		if (!word_byte((unsigned char)*p)) {
			prev = NULL;
			p++;
			continue;
		}
		const char *a = p;
		while (word_byte((unsigned char)*p))
			p++;
		int half = (a == s && after_hyphen) || (ends && p == s + n - 1);
		if (!half)
			add(ws, a, (size_t)(p - a));
		if (prev)
			add(ws, prev, (size_t)(p - prev));
		prev = *p == '-' && word_byte((unsigned char)p[1]) ? a : NULL;
	}
	return ends;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has(pdf_words *ws, const char *w)
{
	if (!ws->filled) {
		ws->filled = 1;
		ws->fill(ws, ws->ctx);
	}
	if (!ws->n)
		return 0;
	if (!ws->sorted) {
		qsort(ws->w, ws->n, sizeof *ws->w, cmp_str);
		ws->sorted = 1;
	}
	return bsearch(&w, ws->w, ws->n, sizeof *ws->w, cmp_str) != NULL;
}

/* buf ends in "run-" and s starts with a run in lowercase: whether the
 * hyphen is only the line's break (see the top of the file). */
static int broken_word(pdf_words *ws, const rw_buf *buf, const char *s)
{
	size_t end = buf->len - 1, start = end;
	while (start > 0 && word_byte((unsigned char)buf->s[start - 1]))
		start--;
	size_t nb = 0;
	while (word_byte((unsigned char)s[nb]))
		nb++;
	if (start == end || !nb)
		return 0;
	int na = (int)(end - start);
	char *joined = lower(rw_xasprintf("%.*s%.*s", na, buf->s + start, (int)nb, s));
	char *hyphened = lower(rw_xasprintf("%.*s-%.*s", na, buf->s + start, (int)nb, s));
	char *left = lower(rw_xasprintf("%.*s", na, buf->s + start));
	char *right = lower(rw_xasprintf("%.*s", (int)nb, s));
	int broken;
	if (has(ws, hyphened))
		broken = 0;
	else if (has(ws, joined))
		broken = 1;
	else
		broken = !(has(ws, left) && has(ws, right));
	free(joined);
	free(hyphened);
	free(left);
	free(right);
	return broken;
}

void pdf_join_line(rw_buf *buf, const char *s, pdf_words *ws)
{
	static const char soft[] = "\xC2\xAD"; /* U+00AD, a soft hyphen */
	if (buf->len >= 2 && !memcmp(buf->s + buf->len - 2, soft, 2)) {
		buf->len -= 2;
		buf->s[buf->len] = 0;
		rw_buf_adds(buf, s);
		return;
	}
	if (ends_in_hyphen(buf->s, buf->len) && s[0] >= 'a' && s[0] <= 'z') {
		if (broken_word(ws, buf, s))
			buf->s[--buf->len] = 0;
		rw_buf_adds(buf, s);
		return;
	}
	if (buf->len)
		rw_buf_addc(buf, ' ');
	rw_buf_adds(buf, s);
}
