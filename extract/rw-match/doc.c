/* doc.c - what a document says of itself, and the context that headings
 * set while its blocks are read: which review, which dates. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

#define FRONT_BLOCKS 40 /* the "first page" of an HTML page, in blocks */

const char *review_in(struct matcher *m, const char *text)
{
	rw_hit h;
	if (!text || !rw_rules_search(m->rules, RW_R_REVIEW, NULL, text, strlen(text), 0, &h))
		return NULL;
	return h.key;
}

/* The date inside the first match of a section's rules in text. */
static int dated_phrase(struct matcher *m, enum rw_rsec sec, const char *text, char iso[RW_ISO_DATE_SIZE])
{
	rw_hit h;
	size_t len = text ? strlen(text) : 0;
	if (!len || !rw_rules_search(m->rules, sec, NULL, text, len, 0, &h))
		return 0;
	return rw_rules_date(m->rules, text, h.end, h.start, iso, NULL, NULL);
}

int asof_in(struct matcher *m, const char *text, char iso[RW_ISO_DATE_SIZE])
{
	return dated_phrase(m, RW_R_ASOF, text, iso);
}

static int is_front(const struct blk *b)
{
	return b->kind == RW_BLK_TITLE || b->kind == RW_BLK_HEADING ||
	       b->kind == RW_BLK_PARAGRAPH || b->kind == RW_BLK_DOCUMENT;
}

/* The review a document is about when no heading says: the title's, else
 * the one its text names most often.  Before the end (!whole) only the
 * title's is known: NULL, *known 0 when it names none. */
static const char *doc_review(struct matcher *m, struct doc *d, int whole, int *known)
{
	const char *names[64];
	size_t counts[64], n = 0, best = 0;
	*known = 1;
	for (size_t i = 0; i < d->n; i++) {
		const struct blk *b = &d->b[i];
		if (b->kind == RW_BLK_CELL)
			continue; /* cells do not name the document's review */
		int title = b->kind == RW_BLK_DOCUMENT || b->kind == RW_BLK_TITLE;
		const char *r = review_in(m, b->text);
		if (r && title)
			return r;
		if (!whole && !title) {
			*known = 0;
			return NULL;
		}
		if (!r)
			continue;
		size_t k = 0;
		while (k < n && strcmp(names[k], r))
			k++;
		if (k == n && n < 64)
			names[n] = r, counts[n++] = 0;
		if (k < n)
			counts[k]++;
	}
	if (!whole) { /* only titles so far */
		*known = 0;
		return NULL;
	}
	for (size_t k = 1; k < n; k++)
		if (counts[k] > counts[best])
			best = k;
	return n ? names[best] : NULL;
}

/* Where a block is, for the --explain account. */
static const char *where(const struct blk *b)
{
	if (b->kind == RW_BLK_DOCUMENT || b->kind == RW_BLK_TITLE)
		return "the title";
	return b->locator ? b->locator : "?";
}

static int governs_itself(struct matcher *m, const char *text)
{
	rw_hit h;
	return text && rw_rules_search(m->rules, RW_R_GOVERNS, NULL, text, strlen(text), 0, &h);
}

void doc_review_settle(struct matcher *m, struct doc *d)
{
	if (d->review_known)
		return;
	int known;
	const char *r = doc_review(m, d, d->ended, &known);
	d->review = r ? rw_xstrdup(r) : NULL;
	d->review_known = known;
}

void doc_front_in(struct doc *d, const struct blk *b)
{
	/* the front is the first page with something on it (a PDF may
	 * open with a blank page); it is read once a table, a later page
	 * or FRONT_BLOCKS blocks have come */
	if (!d->front_page)
		d->front_page = b->page;
	d->front_ready |= d->n >= FRONT_BLOCKS || b->kind == RW_BLK_TABLE ||
			  (d->front_page && b->page > d->front_page);
}

void doc_read_front(struct matcher *m, struct doc *d)
{
	doc_review_settle(m, d);
	int front = d->front_page;
	for (size_t i = 0; i < d->n && i < FRONT_BLOCKS; i++) {
		const struct blk *b = &d->b[i];
		if (b->kind == RW_BLK_TABLE || (front && b->page > front))
			break;
		if (!is_front(b))
			continue;
		/* a sentence tied to its own Board date ([governs]) dates
		 * itself and what follows it, not the document */
		if (!d->date[0] && !governs_itself(m, b->text) &&
		    dated_phrase(m, RW_R_DOCDATE, b->text, d->date))
			d->date_from = where(b);
		if (!d->asof[0] && (b->kind == RW_BLK_DOCUMENT || b->kind == RW_BLK_TITLE))
			asof_in(m, b->text, d->asof);
	}
	explain(m, "document %s", d->source);
	explain(m, "  review: %s", d->review ? d->review : d->review_known ? "none named" : "?");
	explain(m, "  Board action date of the document: %s%s%s", d->date[0] ? d->date : "none",
		d->date_from ? ", from " : "", d->date_from ? d->date_from : "");
	explain(m, "  snapshot date of the title: %s", d->asof[0] ? d->asof : "none");
}

void walk_start(const struct doc *d, struct walk *w)
{
	memcpy(w->section_governs, d->date, sizeof w->section_governs);
	memcpy(w->para_governs, d->date, sizeof w->para_governs);
	memcpy(w->governs, d->date, sizeof w->governs);
	w->section_governs_from = w->para_governs_from = w->governs_from = d->date_from;
}

const char *action_date(struct matcher *m, const char *raw, char own[RW_ISO_DATE_SIZE],
			const char *around)
{
	return rw_rules_date(m->rules, raw, strlen(raw), 0, own, NULL, NULL) ? own : around;
}

const char *walk_asof(const struct doc *d, const struct walk *w, const char **from)
{
	if (w->asof[0]) {
		*from = w->asof_from;
		return w->asof;
	}
	for (int l = 6; l >= 1; l--)
		if (w->heading_asof[l][0]) {
			*from = w->heading_asof_from[l];
			return w->heading_asof[l];
		}
	*from = d->asof[0] ? "the title" : NULL;
	return d->asof;
}

/* A heading opens a section: the review it names holds for the section,
 * dates and carried decisions of the section before it end; its own
 * snapshot date holds up to the next heading of its level or higher. */
void walk_heading(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	int level = b->level >= 1 && b->level <= 6 ? b->level : 6;
	card_flush(m, d, w); /* in the card's own context, before the heading's */
	const char *r = review_in(m, b->text);
	for (int l = level; l <= 6; l++) {
		w->heading_review[l] = NULL;
		w->heading_asof[l][0] = 0;
	}
	w->heading_review[level] = r;
	if (asof_in(m, b->text, w->heading_asof[level]))
		w->heading_asof_from[level] = where(b);
	w->para_review = NULL;
	walk_start(d, w);
	w->carried = NULL;
	memset(w->heading_value, 0, sizeof w->heading_value);
	struct group_value gv;
	int f = value_heading(m, b->text ? b->text : "", where(b), &gv);
	if (f >= 0) {
		w->heading_value[f] = gv;
		explain(m, "  %s: the heading gives %s %s to what is under it that says none",
			where(b), rw_field_name((enum rw_field)f), gv.value);
	}
	card_heading(m, d, w, b, level);
	w->skipping = 0;
	w->asof[0] = 0;
}

/* The review the walk names here (--review, a paragraph's, a
 * heading's), or NULL. */
static const char *walk_review(const struct matcher *m, const struct walk *w)
{
	if (m->force_review)
		return m->force_review;
	if (w->para_review)
		return w->para_review;
	for (size_t l = sizeof w->heading_review / sizeof *w->heading_review - 1; l >= 1; l--)
		if (w->heading_review[l])
			return w->heading_review[l];
	return NULL;
}

int review_waits(const struct matcher *m, const struct doc *d, const struct walk *w)
{
	return !d->review_known && !walk_review(m, w);
}

const char *current_review(struct matcher *m, struct doc *d, const struct walk *w)
{
	const char *r = walk_review(m, w);
	if (r)
		return r;
	if (!d->review_known) { /* the end tells it */
		doc_hold(d);
		return held_review;
	}
	if (d->review)
		return d->review;
	if (!d->review_warned)
		rw_warn(d->source, "no review is named in the document; its records have an empty "
			"review (use --review CODE)");
	d->review_warned = 1;
	return "";
}
