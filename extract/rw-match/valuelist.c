/* valuelist.c - a status, Board action or priority given for a list of
 * recommendations, as implementation pages summarise them ("Complete:
 * 3.2, 3.3 and 5.1", "In progress - 4 recommendations (1.1, ...)").
 * Every listed id gets the value; a stated count is checked as for
 * decisions.  The shapes come from the rules: the value phrases of
 * [status], [board_action] and [priority], what joins them to the list
 * ([valuelist] join, tail), the list itself ([context], [list]). */
#include "match.h"

#include <stdlib.h>
#include <string.h>

enum rw_rsec vocab_of(enum rw_field f)
{
	return f == RW_F_BOARD_ACTION ? RW_R_BOARD_ACTION : f == RW_F_STATUS ? RW_R_STATUS : RW_R_PRIORITY;
}

int is_valued(int f)
{
	return f == RW_F_STATUS || f == RW_F_BOARD_ACTION || f == RW_F_PRIORITY;
}

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The longest cell rejoined_value tries, in bytes: the longest phrases
 * of the vocabularies ("Approved, subject to prioritization, costing and
 * implementation considerations") run to 80; a longer cell is no value
 * broken once, and each try reads the whole cell again. */
#define REJOIN_MAX_BYTES 160

/* The vocabulary's key for raw with one space between two letters taken
 * out, the first that reads, or NULL: a word a narrow cell broke where
 * it did not fit, with no hyphen ("Partially implemente" over "d";
 * LibreOffice breaks a word wider than its cell anywhere), whose lines
 * the reader joined with a space. */
static const char *rejoined_value(struct matcher *m, enum rw_field f, const char *raw)
{
	size_t n = strlen(raw);
	if (n > REJOIN_MAX_BYTES)
		return NULL;
	char *t = rw_xmalloc(n + 1);
	const char *v = NULL;
	for (size_t i = 1; i + 1 < n && !v; i++) {
		if (raw[i] != ' ' || !is_letter(raw[i - 1]) || !is_letter(raw[i + 1]))
			continue;
		memcpy(t, raw, i);
		memcpy(t + i, raw + i + 1, n - i);
		v = rw_rules_classify(m->rules, vocab_of(f), t);
	}
	free(t);
	return v;
}

const char *field_value(struct matcher *m, struct doc *d, enum rw_field f, const char *raw,
			const char *locator)
{
	if (is_empty_value(m, raw))
		return NULL;
	if (!is_valued(f))
		return raw;
	const char *v = rw_rules_classify(m->rules, vocab_of(f), raw);
	if (!v)
		v = rejoined_value(m, f, raw);
	if (!v)
		tally_unmapped(m, d, f, raw, locator);
	return v;
}

void check_count(struct matcher *m, struct doc *d, const char *locator, long count, size_t n)
{
	if (count >= 0 && (size_t)count != n)
		doc_warn(d, "%s: says %ld recommendations but lists %zu",
			locator ? locator : "?", count, n);
}

long stated_count(struct matcher *m, const char *text, const rw_hit *h)
{
	size_t cs, ce;
	if (!rw_hit_group(h, "count", &cs, &ce))
		return -1;
	if (text[cs] >= '0' && text[cs] <= '9')
		return strtol(text + cs, NULL, 10);
	char *word = rw_xstrndup(text + cs, ce - cs);
	const char *k = rw_rules_classify(m->rules, RW_R_NUMBER, word);
	free(word);
	return k ? strtol(k, NULL, 10) : -1;
}

/* How a list after a value ends (list_to_end): an id glued to it
 * (glued_id: the list's start, its end, the glued id's start and the
 * glued list's end; glued is 0 when none), the next value's list after
 * it (next: where that value starts, 0 when none), or text no rule
 * reads (unended: the ids read before it, when they are a list, not a
 * count). */
struct list_end {
	size_t from, end, glued, stop, next;
	size_t unended;
};

static const enum rw_field valued[] = {RW_F_STATUS, RW_F_BOARD_ACTION, RW_F_PRIORITY};

/* Text starts with a value of vocabulary k (the vocabularies' phrases
 * are anchored at a cell's start), joined to what follows ([valuelist]
 * join): its phrase in *v, the join in *j. */
static int value_joined(struct matcher *m, size_t k, const char *text, size_t len, rw_hit *v,
			rw_hit *j)
{
	return rw_rules_search(m->rules, vocab_of(valued[k]), NULL, text, len, 0, v) && v->start == 0 &&
	       rw_rules_at(m->rules, RW_R_VALUELIST, "join", text, len, v->end, j);
}

/* Where the next value's list starts after a list ending at `end`: a
 * value of a vocabulary joined to a list, after white space and a stop
 * at most (two items of a summary printed on one line, "Not approved:
 * R9.4 Pending: R8.1"); 0 when none does. */
static size_t next_value(struct matcher *m, const char *text, size_t len, size_t end)
{
	size_t at = end;
	while (at < len && strchr(" ;.", text[at]))
		at++;
	rw_hit v, j;
	for (size_t k = 0; at > end && k < sizeof valued / sizeof *valued; k++)
		if (value_joined(m, k, text + at, len - at, &v, &j))
			return at;
	return 0;
}

/* A list read from `pos` to the end of text (only `tail` after it): a
 * [context] phrase there, else a bare list.  With e, the list may also
 * end with an id glued to it (glued_id), which is not read, or where the
 * next value's list starts (next_value), which e notes, as it notes ids
 * read before text no rule reads.  Returns the count or -1. */
static long list_to_end(struct matcher *m, const char *text, size_t pos, rw_idlist *l,
			struct list_end *e)
{
	size_t len = strlen(text);
	rw_hit h, t;
	long count = -1;
	if (rw_rules_at(m->rules, RW_R_CONTEXT, NULL, text, len, pos, &h)) {
		count = stated_count(m, text, &h);
		pos = h.end;
	}
	char *bad = NULL;
	size_t end = rw_id_list(m->rules, text, len, pos, l, &bad), stop = end, glued = 0;
	free(bad);
	int tail = l->n && rw_rules_at(m->rules, RW_R_VALUELIST, "tail", text, len, end, &t);
	if (e && l->n && !tail && (glued = glued_id(m, text, len, end, &stop)) != 0)
		tail = rw_rules_at(m->rules, RW_R_VALUELIST, "tail", text, len, stop, &t);
	size_t next = e && l->n && !tail ? next_value(m, text, len, stop) : 0;
	if (e)
		*e = (struct list_end){pos, end, glued, stop, next, 0};
	if (!tail && !next) {
		/* a count is no list ("Complete: 12 of 20 tasks"): ids of
		 * a list are several, or more than a number */
		if (e && (l->n > 1 || (l->n && l->v[0][strspn(l->v[0], "0123456789")])))
			e->unended = l->n;
		rw_idlist_free(l);
		return -1;
	}
	return count;
}

long ids_listed(struct matcher *m, const char *text, rw_idlist *l)
{
	size_t pos = 0;
	memset(l, 0, sizeof *l);
	while (text[pos] == ' ')
		pos++;
	return list_to_end(m, text, pos, l, NULL);
}

const char *progress_for(struct matcher *m, const char *text, size_t end, size_t list_start,
			 size_t ids_start, size_t list_end)
{
	rw_hit h;
	if (rw_rules_search(m->rules, RW_R_PROGRESS, NULL, text, end, list_end, &h) &&
	    strcspn(text + list_end, ",;:.()") >= h.start - list_end)
		return h.key;
	if (rw_rules_search(m->rules, RW_R_PROGRESS, NULL, text, ids_start, list_start, &h))
		return h.key;
	return NULL;
}

int value_heading(struct matcher *m, const char *text, const char *locator, struct group_value *gv)
{
	size_t len = strlen(text);
	for (size_t k = 0; k < sizeof valued / sizeof *valued; k++) {
		rw_hit v, t;
		if (rw_rules_search(m->rules, vocab_of(valued[k]), NULL, text, len, 0, &v) && !v.start &&
		    rw_rules_at(m->rules, RW_R_VALUELIST, "heading", text, len, v.end, &t)) {
			*gv = (struct group_value){v.key, text, locator};
			return (int)valued[k];
		}
	}
	return -1;
}

/* The most values a row read as a line holds: one a field. */
#define ROW_VALUES 3

struct row_value {
	enum rw_field f;
	const char *key;
	size_t start, end; /* its text in the line */
};

struct line_row {
	size_t id_start, id_end;
	struct row_value v[ROW_VALUES];
	size_t n;
};

/* The row starting at text+pos: an id as a row's first cell names it
 * ([idlead]: a title in brackets and a stop may follow it, "Recommendation
 * 2.1 (Reviews): Complete"), then whole values one after the other, each
 * of another field; returns where it ends (the next row's id, or the
 * end), or 0 when there is none. */
static size_t line_row_at(struct matcher *m, const char *text, size_t len, size_t pos,
			  struct line_row *r)
{
	rw_hit h;
	if (!rw_rules_at(m->rules, RW_R_IDLEAD, NULL, text, len, pos, &h) ||
	    !rw_hit_group(&h, "id", &r->id_start, &r->id_end))
		return 0;
	r->n = 0;
	for (pos = h.end; pos < len && r->n < ROW_VALUES;) {
		rw_hit x, next;
		size_t k = 0;
		while (k < sizeof valued / sizeof *valued &&
		       !rw_rules_at(m->rules, vocab_of(valued[k]), NULL, text + pos, len - pos, 0, &x))
			k++;
		if (k == sizeof valued / sizeof *valued)
			return 0;
		for (size_t j = 0; j < r->n; j++)
			if (r->v[j].f == valued[k])
				return 0; /* two values of one field: no row */
		/* the value ends where the next value or row starts, or the
		 * text does: whole (no words but a remark in brackets) */
		size_t end = len;
		if (rw_rules_search(m->rules, RW_R_IDLEAD, NULL, text, len, pos + x.end, &next))
			end = next.start;
		for (size_t q = pos + x.end; q < end; q++)
			if ((q == pos + x.end || text[q - 1] == ' ') && value_starts(m, text + q)) {
				end = q;
				break;
			}
		char *cell = rw_xstrndup(text + pos, end - pos);
		int whole = whole_value(m, vocab_of(valued[k]), cell);
		free(cell);
		if (!whole)
			return 0;
		r->v[r->n++] = (struct row_value){valued[k], x.key, pos, end};
		pos = end;
		if (end < len && rw_rules_at(m->rules, RW_R_IDLEAD, NULL, text, len, end, &next))
			break;
	}
	return r->n ? pos : 0;
}

int row_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	const char *text = b->text ? b->text : "";
	size_t len = strlen(text), pos = strspn(text, " "), n = 0, cap = 0;
	struct line_row *rows = NULL;
	while (pos < len) {
		rows = rw_xgrow(rows, &cap, n + 1, sizeof *rows);
		size_t end = line_row_at(m, text, len, pos, &rows[n]);
		if (!end)
			break;
		n++;
		pos = end + strspn(text + end, " ");
	}
	if (pos < len)
		n = 0; /* not every word of the block is a row's */
	const char *review = n ? current_review(m, d, w) : NULL, *asof_from = NULL;
	for (size_t i = 0; i < n; i++) {
		char *id = rw_xstrndup(text + rows[i].id_start, rows[i].id_end - rows[i].id_start);
		for (size_t j = 0; j < rows[i].n; j++) {
			const struct row_value *v = &rows[i].v[j];
			char *raw = rw_xstrndup(text + v->start, v->end - v->start);
			/* a Board action that dates itself ("Approved (22 July
			 * 2021)") gives its own date, as a cell does */
			char own[RW_ISO_DATE_SIZE];
			const char *date = v->f == RW_F_BOARD_ACTION ? action_date(m, raw, own, w->governs)
								     : walk_asof(d, w, &asof_from);
			explain(m, "  %s: a row read as a line: %s %s for %s", b->locator ? b->locator : "?",
				rw_field_name(v->f), v->key, id);
			emit_fact(m, d, review, id, v->f, v->key, raw, date, b->locator);
			free(raw);
		}
		free(id);
	}
	free(rows);
	return n > 0;
}

/* The ids of a list after value v (s from v's start to `end`) run on
 * into text no rule reads: none of them is read, and the reader should
 * know. */
static void say_unended(struct matcher *m, struct doc *d, const char *locator, const char *s,
			const rw_hit *v, size_t end)
{
	char *what = rw_xstrdup(s + v->start);
	emit_reject(m, d, locator, "a list after a value that runs on into text no rule reads", what,
		    "\"%s\": the list after \"%.*s\" runs on into \"%s\", which no [valuelist] rule reads; not read",
		    what, (int)(v->end - v->start), s + v->start, s + end);
	free(what);
}

/* The list after value v (field f, joined by j) in s: its facts
 * emitted; where the next value's list starts (0: none), or -1 when
 * there is no list (*unended: where ids read ran on into text no rule
 * reads, else left). */
static long value_list(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		       const char *s, enum rw_field f, const rw_hit *v, const rw_hit *j,
		       size_t *unended)
{
	rw_idlist l = {0};
	struct list_end e;
	long count = list_to_end(m, s, j->end, &l, &e);
	if (!l.n) {
		if (e.unended)
			*unended = e.end;
		return -1;
	}
	if (e.glued)
		take_glued(m, d, b->locator, s, e.from, e.end, e.glued, e.stop, &l);
	check_count(m, d, b->locator, count, l.n);
	const char *from = NULL;
	const char *date = f == RW_F_BOARD_ACTION ? w->governs : walk_asof(d, w, &from);
	char *raw = rw_xstrndup(s + v->start, v->end - v->start);
	char rule[96];
	explain(m, "  %s: %s %s for %zu listed (%s): %s; date %s", b->locator ? b->locator : "?",
		rw_field_name(f), v->key, l.n, explain_rule(vocab_of(f), v, rule, sizeof rule),
		s + v->start, *date ? date : "none");
	for (size_t i = 0; i < l.n; i++)
		emit_fact(m, d, current_review(m, d, w), l.v[i], f, v->key, raw, date, b->locator);
	free(raw);
	rw_idlist_free(&l);
	return (long)e.next;
}

int value_list_sentence(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
			const char *text, size_t start, size_t end)
{
	char *s = rw_xstrndup(text + start, end - start);
	size_t len = strlen(s), pos = 0;
	int found = 0;
	/* a value joined to a list, then perhaps the next value's list,
	 * each read as a sentence of its own */
	for (long next = 0; next >= 0;) {
		const char *seg = s + pos;
		size_t seglen = len - pos;
		next = -1;
		rw_hit v, j, said = {0};
		size_t unended = 0;
		for (size_t k = 0; k < sizeof valued / sizeof *valued && next < 0; k++)
			if (value_joined(m, k, seg, seglen, &v, &j)) {
				next = value_list(m, d, w, b, seg, valued[k], &v, &j, &unended);
				said = unended && !said.end ? v : said;
			}
		if (next < 0 && unended)
			say_unended(m, d, b->locator, seg, &said, unended);
		found |= next >= 0;
		if (next <= 0)
			break;
		pos += (size_t)next;
	}
	free(s);
	return found;
}
