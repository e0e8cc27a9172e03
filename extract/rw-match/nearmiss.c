/* nearmiss.c - what came close to a fact and was not one.  A table whose
 * first column reads as ids under headers the rules cannot map, and
 * sentences that name recommendations without a decision, are kept while
 * the document is read; at its end a document with no fact gets one
 * line saying what came closest (so that "nothing here" and "could not
 * read it" differ), and a document with facts one line per such table. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

struct near_table {
	int table;
	char *locator, *unmapped;
	int rows, filled; /* rows whose first cell reads as an id, of rows */
};

struct near {
	struct near_table *t;
	size_t nt, tcap;
	struct near_prose { /* blocks naming recommendations, no decision */
		const char *text, *locator; /* in the document's arena */
		rw_idlist ids;              /* the recommendations named */
	} *prose;
	size_t np, pcap;
};

static struct near *near_of(struct doc *d)
{
	if (!d->near)
		d->near = rw_xcalloc(1, sizeof *d->near);
	return d->near;
}

void near_table(struct matcher *m, struct doc *d, const struct blk *tb, int rows_with_ids,
		int rows, const char *unmapped)
{
	struct near *n = near_of(d);
	n->t = rw_xgrow(n->t, &n->tcap, n->nt + 1, sizeof *n->t);
	n->t[n->nt++] = (struct near_table){tb->table, rw_xstrdup(tb->locator ? tb->locator : "?"),
					    rw_xstrdup(unmapped), rows_with_ids, rows};
	explain(m, "  table %d (%s): not read: %d of %d rows have a first cell that reads as an id, "
		"under headers that map no id column: %s", tb->table, tb->locator ? tb->locator : "?",
		rows_with_ids, rows, unmapped);
}

void near_prose(struct doc *d, const struct blk *b, const rw_idlist *ids)
{
	struct near *n = near_of(d);
	if (!n->np || n->prose[n->np - 1].text != b->text ||
	    n->prose[n->np - 1].locator != b->locator) {
		n->prose = rw_xgrow(n->prose, &n->pcap, n->np + 1, sizeof *n->prose);
		n->prose[n->np++] = (struct near_prose){b->text, b->locator, {0}};
	}
	for (size_t i = 0; i < ids->n; i++)
		rw_idlist_add(&n->prose[n->np - 1].ids, rw_xstrdup(ids->v[i]));
}

static void say_table(struct doc *d, const struct near_table *t, const char *lead)
{
	rw_warn(d->source, "%s%s: %d of %d rows start with a recommendation id, but the header "
		"maps no id column (headers not mapped: %s); rows not read", lead, t->locator,
		t->rows, t->filled, t->unmapped);
}

static int has_text(const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->b[i].kind != RW_BLK_DOCUMENT && d->b[i].text && *d->b[i].text)
			return 1;
	return 0;
}

/* The one line of a document with no fact. */
static void say_closest(struct matcher *m, struct doc *d, const struct near *n)
{
	size_t best = 0;
	for (size_t i = 1; i < n->nt; i++)
		if (n->t[i].rows > n->t[best].rows)
			best = i;
	if (n->nt) {
		say_table(d, &n->t[best], "no recommendation read; closest: ");
		return;
	}
	for (size_t i = 0; i < n->np; i++)
		reject_quietly(m, d, n->prose[i].locator, "names recommendations but no decision",
			       n->prose[i].text);
	if (n->np)
		rw_warn(d->source, "no recommendation read; closest: %zu paragraph%s naming "
			"recommendations without a decision verb or value (first: %s)", n->np,
			n->np == 1 ? "" : "s", n->prose[0].locator ? n->prose[0].locator : "?");
	else
		rw_warn(d->source, "no recommendation read: no table or sentence in it names one");
}

void near_report(struct matcher *m, struct doc *d)
{
	static const struct near none;
	const struct near *n = d->near ? d->near : &none;
	if (!d->nfacts && has_text(d))
		say_closest(m, d, n);
	else
		for (size_t i = 0; i < n->nt; i++)
			say_table(d, &n->t[i], "");
}

/* Of the blocks naming recommendations without a decision in a
 * document that gave facts, those naming one that no fact anywhere in
 * the document is about ("the Board directs staff to implement
 * Recommendations 12.1 and 12.2"): that recommendation was lost. Each
 * goes to the rejects (unless reported already, leads.c), and the
 * document gets one line naming them. */
void near_unread_prose(struct matcher *m, struct doc *d)
{
	const struct near *n = d->near;
	if (!n || !d->nfacts)
		return;
	rw_buf ids = {0};
	size_t blocks = 0, named = 0;
	const char *first = NULL;
	for (size_t i = 0; i < n->np; i++) {
		const struct near_prose *p = &n->prose[i];
		size_t unread = 0;
		for (size_t k = 0; k < p->ids.n; k++)
			unread += !leads_id_read(d, p->ids.v[k]);
		if (!unread || leads_locator_said(d, p->locator))
			continue;
		for (size_t k = 0; k < p->ids.n; k++)
			if (!leads_id_read(d, p->ids.v[k]) && named++ < NAMED_IDS)
				rw_buf_addf(&ids, "%s%s", named > 1 ? ", " : "", p->ids.v[k]);
		reject_quietly(m, d, p->locator, "names recommendations but no decision", p->text);
		first = first ? first : p->locator ? p->locator : "?";
		blocks++;
	}
	char *list = rw_buf_take(&ids);
	if (blocks)
		rw_warn(d->source, "%zu paragraph%s name%s recommendations without a decision verb "
			"or value, and nothing in the document was read for them: %s%s (first: %s)",
			blocks, blocks == 1 ? "" : "s", blocks == 1 ? "s" : "", list,
			named > NAMED_IDS ? ", ..." : "", first);
	free(list);
}

void near_free(struct doc *d)
{
	struct near *n = d->near;
	if (!n)
		return;
	for (size_t i = 0; i < n->nt; i++) {
		free(n->t[i].locator);
		free(n->t[i].unmapped);
	}
	free(n->t);
	for (size_t i = 0; i < n->np; i++)
		rw_idlist_free(&n->prose[i].ids);
	free(n->prose);
	free(n);
	d->near = NULL;
}
