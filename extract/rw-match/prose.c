/* prose.c - decisions (and statuses) in sentences.
 *
 * A sentence decides on recommendations when it has a decision verb
 * ([decision]) and a list of recommendations in a recommendation context
 * ([context]: "Recommendation 5.4", "16 recommendations (2.1, ...)").
 * Each list takes the verb before it in the same sentence, else the verb
 * after it ("Recommendations 1 and 2 are approved"; first in a sentence
 * whose first list comes before any verb, in the passive), else the decision a
 * heading or an introducing paragraph carried down to it ("Section A,
 * the recommendations that the Board adopts:").  Its date is the one that
 * governs the sentence ([governs]: "Resolved (2021.07.22.12)", "On 1 May
 * 2022 ..."), else the last such date in its paragraph (for a list item:
 * in the paragraph that introduced it), else the heading's, else the
 * document's meeting date.  Numbers outside a recommendation context are
 * never read as ids.  A sentence that is a value given for a list
 * ("Complete: 3.2 and 3.3") goes to valuelist.c.  A list may also take a
 * status from a [progress] phrase of its clause ("1.1 and 1.2 are
 * complete"), or, with no decision, the value of the heading above it
 * ("Complete (3)"); a list that takes nothing is a near miss. */
#include "match.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_VERBS 64
#define MAX_LISTS 64

struct verb {
	size_t start, end;
	const char *value;
};

struct list {
	size_t start, end;
	size_t ids_start; /* where the ids begin (after the context phrase) */
	rw_idlist ids;
	long count; /* stated count, -1 when none */
};

struct sentence {
	const char *text; /* the whole block text */
	size_t start, end;
	struct verb verbs[MAX_VERBS];
	size_t nverbs;
	struct list lists[MAX_LISTS];
	size_t nlists;
	char date[RW_ISO_DATE_SIZE];
};

static int starts_with_rule(struct matcher *m, const char *key, const char *text)
{
	rw_hit h;
	return rw_rules_search(m->rules, RW_R_SKIP, key, text, strlen(text), 0, &h);
}

/* Decision verbs of the sentence, leftmost first, overlaps dropped. */
static void find_verbs(struct matcher *m, struct sentence *s)
{
	rw_hit h;
	size_t pos = s->start;
	while (s->nverbs < MAX_VERBS &&
	       rw_rules_search(m->rules, RW_R_DECISION, NULL, s->text, s->end, pos, &h)) {
		s->verbs[s->nverbs++] = (struct verb){h.start, h.end, h.key};
		pos = h.end > h.start ? h.end : h.start + 1;
	}
}

/* Where an id stands glued to the end of a list by one character that
 * no [list] rule reads and that does not end a clause ("LE.14?LE.21": a
 * dash the producer could not encode; "3.1/3.2"), or 0.  That id is not
 * read, and the reader should know (take_glued). */
size_t glued_id(struct matcher *m, const char *text, size_t len, size_t end, size_t *stop)
{
	const unsigned char *c = (const unsigned char *)text + end;
	if (end >= len || isspace(*c) || isalnum(*c) || (*c < 0x80 && strchr(".,;:!)]}'\"", *c)))
		return 0;
	size_t at = end + (*c < 0x80 ? 1 : rw_utf8_seq(c));
	if (at == end || at >= len)
		return 0;
	rw_idlist l = {0};
	char *bad = NULL;
	*stop = rw_id_list(m->rules, text, len, at, &l, &bad);
	free(bad);
	rw_idlist_free(&l);
	return *stop > at ? at : 0;
}

void take_glued(struct matcher *m, struct doc *d, const char *locator, const char *text,
		size_t from, size_t end, size_t glued, size_t stop, rw_idlist *l)
{
	rw_idlist t = {0};
	char *bad = NULL;
	rw_id_list(m->rules, text, stop, glued, &t, &bad);
	free(bad);
	char *list = rw_xstrndup(text + from, stop - from);
	emit_reject(m, d, locator, "an id joined to a list by a character no rule reads", list,
		    "\"%s\": \"%s\" is joined to the list by \"%.*s\", which no [list] rule reads; not read",
		    list, t.n ? t.v[0] : "", (int)(glued - end), text + end);
	free(list);
	for (size_t i = 1; i < t.n; i++)
		rw_idlist_add(l, t.v[i]), t.v[i] = NULL;
	t.n = t.n ? 1 : 0;
	rw_idlist_free(&t);
}

static void find_lists(struct matcher *m, struct doc *d, const struct blk *b, struct sentence *s)
{
	rw_hit h;
	size_t pos = s->start;
	while (s->nlists < MAX_LISTS &&
	       rw_rules_search(m->rules, RW_R_CONTEXT, NULL, s->text, s->end, pos, &h)) {
		struct list *l = &s->lists[s->nlists];
		memset(l, 0, sizeof *l);
		char *bad = NULL;
		size_t end = rw_id_list(m->rules, s->text, s->end, h.end, &l->ids, &bad);
		if (bad) {
			char *list = rw_xstrndup(s->text + h.end, end - h.end);
			emit_reject(m, d, b->locator, "a range that cannot be expanded", list, "%s", bad);
			free(list);
			free(bad);
		}
		size_t stop, glued = end > h.end ? glued_id(m, s->text, s->end, end, &stop) : 0;
		if (glued) {
			take_glued(m, d, b->locator, s->text, h.end, end, glued, stop, &l->ids);
			end = stop;
		}
		pos = end > h.end ? end : h.end + 1;
		if (!l->ids.n)
			continue;
		l->start = h.start;
		l->ids_start = h.end;
		l->end = end;
		l->count = stated_count(m, s->text, &h);
		check_count(m, d, b->locator, l->count, l->ids.n);
		s->nlists++;
	}
}

/* Whether the list is taken out of what comes before it: an [list]
 * except phrase ends right where it starts ("approves all
 * recommendations except Recommendations 3.1 and 9.2"). */
static int excepted(struct matcher *m, const struct sentence *s, const struct list *l)
{
	rw_hit h;
	return rw_rules_search(m->rules, RW_R_LIST, "except", s->text, l->start, s->start, &h);
}

/* A clause of the list's own opens right after it ([list] relative:
 * "Recommendation 23, which ..."). */
static int clause_after(struct matcher *m, const struct sentence *s, const struct list *l)
{
	rw_hit h;
	return rw_rules_at(m->rules, RW_R_LIST, "relative", s->text, s->end, l->end, &h);
}

/* Verb v, after list l, ends a clause that introduces what follows it
 * ([list] introduces: "... the recommendations that the Board does not
 * adopt:", up to the next list or the sentence's end): l does not take
 * it. */
static int introduces(struct matcher *m, const struct sentence *s, const struct list *l,
		      const struct verb *v)
{
	size_t to = s->end;
	for (size_t i = 0; i < s->nlists; i++)
		if (s->lists[i].start >= v->end) {
			to = s->lists[i].start;
			break;
		}
	rw_hit h;
	return rw_rules_at(m->rules, RW_R_LIST, "introduces", s->text, to, l->end, &h);
}

/* The sentence names recommendations before any decision verb, in the
 * passive ("Recommendation 5 is approved, and Recommendation 6 is
 * rejected"): each list's verb follows it. */
static int passive(const struct sentence *s)
{
	return s->nlists && (!s->nverbs || s->verbs[0].start >= s->lists[0].end);
}

/* The verb of the sentence a list takes (see the top of this file), or
 * NULL: then the decision carried down to it holds, if any. A list an
 * except phrase takes out of the verb before it takes only a verb after
 * it ("..., which the Board places into pending status"), and no
 * decision carried down: *out is set. A list a clause of its own
 * follows, or a list of a sentence in the passive, takes the verb after
 * it first; none takes a verb that introduces what follows it. */
static const struct verb *verb_for(struct matcher *m, const struct sentence *s,
				   const struct list *l, int *out)
{
	const struct verb *before = NULL, *after = NULL;
	for (size_t i = 0; i < s->nverbs && !after; i++) {
		if (s->verbs[i].start < l->start)
			before = &s->verbs[i];
		else if (s->verbs[i].start >= l->end)
			after = &s->verbs[i];
	}
	*out = excepted(m, s, l);
	if (after && introduces(m, s, l, after))
		after = NULL;
	if (after && before && (passive(s) || clause_after(m, s, l)))
		return after;
	return *out || !before ? after : before;
}

static void governing_date(struct matcher *m, struct sentence *s, struct walk *w,
			   const struct blk *b)
{
	rw_hit h;
	s->date[0] = 0;
	if (rw_rules_search(m->rules, RW_R_GOVERNS, NULL, s->text, s->end, s->start, &h) &&
	    rw_rules_date(m->rules, s->text, h.end, h.start, s->date, NULL, NULL)) {
		memcpy(w->governs, s->date, sizeof w->governs);
		w->governs_from = b->locator ? b->locator : "?";
	}
}

/* A list joined to nothing: the sentence names recommendations without
 * a decision.  Said in the account; kept as a near miss. */
static void undecided(struct matcher *m, struct doc *d, const struct blk *b, const struct sentence *s,
		      const struct list *l)
{
	near_prose(d, b, &l->ids);
	explain(m, "  %s: not read: \"%.*s\" names %zu recommendation%s without a decision verb",
		b->locator ? b->locator : "?", (int)(l->end - l->start), s->text + l->start, l->ids.n,
		l->ids.n == 1 ? "" : "s");
}

/* The account of numbers of the sentence that look like ids but are in
 * no recommendation context. */
static void explain_numbers(struct matcher *m, const struct blk *b, const struct sentence *s)
{
	rw_hit h;
	if (!m->explain)
		return;
	for (size_t pos = s->start;
	     rw_rules_search(m->rules, RW_R_LIST, "item", s->text, s->end, pos, &h);
	     pos = h.end > h.start ? h.end : h.start + 1) {
		unsigned char before = h.start > 0 ? (unsigned char)s->text[h.start - 1] : ' ';
		if (isalnum(before) || before >= 0x80)
			continue; /* the tail of a longer number or word */
		int listed = 0;
		for (size_t i = 0; i < s->nlists && !listed; i++)
			listed = h.start >= s->lists[i].start && h.start < s->lists[i].end;
		if (!listed)
			explain(m, "  %s: \"%.*s\" not taken as an id: no recommendation context ([context]) before it",
				b->locator ? b->locator : "?", (int)(h.end - h.start), s->text + h.start);
	}
}

/* A list with no decision under a heading that is a value ("Complete")
 * takes that value; returns 1 when there was one. */
static int heading_values(struct matcher *m, struct doc *d, const struct walk *w, const struct blk *b,
			  const struct list *l, const char *review)
{
	int any = 0;
	for (int f = 0; f < RW_F__COUNT; f++) {
		const struct group_value *gv = &w->heading_value[f];
		if (!gv->value)
			continue;
		const char *from = NULL;
		const char *date = f == RW_F_BOARD_ACTION ? w->governs : walk_asof(d, w, &from);
		explain(m, "  %s: %s %s for %zu listed, from the heading at %s", b->locator ? b->locator : "?",
			rw_field_name((enum rw_field)f), gv->value, l->ids.n, gv->locator);
		for (size_t k = 0; k < l->ids.n; k++)
			emit_fact(m, d, review, l->ids.v[k], (enum rw_field)f, gv->value, gv->raw, date,
				  b->locator);
		any = 1;
	}
	return any;
}

/* A status the sentence gives the list ([progress]); 1 when it did. */
static int sentence_status(struct matcher *m, struct doc *d, const struct walk *w, const struct blk *b,
			   const struct sentence *s, const struct list *l, const char *review)
{
	const char *st = progress_for(m, s->text, s->end, l->start, l->ids_start, l->end);
	if (!st)
		return 0;
	const char *from = NULL;
	const char *date = walk_asof(d, w, &from);
	explain(m, "  %s: status %s for %zu listed, by a [progress] phrase; date %s",
		b->locator ? b->locator : "?", st, l->ids.n, *date ? date : "none");
	char *raw = rw_xstrndup(s->text + s->start, s->end - s->start);
	for (size_t k = 0; k < l->ids.n; k++)
		emit_fact(m, d, review, l->ids.v[k], RW_F_STATUS, st, raw, date, b->locator);
	free(raw);
	return 1;
}

static void emit_lists(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		       struct sentence *s)
{
	char *raw = rw_xstrndup(s->text + s->start, s->end - s->start);
	char *folded = rw_fold_ws(raw);
	const char *review = review_in(m, folded);
	if (!review || m->force_review)
		review = current_review(m, d, w);
	const char *date = s->date[0] ? s->date : w->governs;
	const char *from = s->date[0] ? "this sentence" : w->governs_from;
	for (size_t i = 0; i < s->nlists; i++) {
		const struct list *l = &s->lists[i];
		int out;
		const struct verb *v = verb_for(m, s, l, &out);
		const char *value = v ? v->value : out ? NULL : w->carried;
		int status = sentence_status(m, d, w, b, s, l, review);
		if (!value && (status || heading_values(m, d, w, b, l, review)))
			continue;
		if (!value) {
			undecided(m, d, b, s, l);
			continue;
		}
		explain(m, "  %s: %s: \"%.*s\" (%zu id%s), by %s%.*s%s; date %s%s%s",
			b->locator ? b->locator : "?", value, (int)(l->end - l->start), s->text + l->start,
			l->ids.n, l->ids.n == 1 ? "" : "s", v ? "the verb \"" : "the decision carried from above",
			v ? (int)(v->end - v->start) : 0, v ? s->text + v->start : "", v ? "\"" : "",
			*date ? date : "none", *date && from ? ", from " : "", *date && from ? from : "");
		for (size_t k = 0; k < l->ids.n; k++)
			emit_fact(m, d, review, l->ids.v[k], RW_F_BOARD_ACTION, value, folded, date,
				  b->locator);
	}
	free(folded);
	free(raw);
}

/* One verb value when all the verbs agree, else NULL. */
static const char *sole_verb(const struct sentence *s)
{
	const char *v = NULL;
	for (size_t i = 0; i < s->nverbs; i++) {
		if (v && strcmp(v, s->verbs[i].value))
			return NULL;
		v = s->verbs[i].value;
	}
	return v;
}

/* What a sentence carries down to the blocks under it: its sole verb
 * when it names no recommendation; else its last verb, after every list,
 * when that introduces what follows ("(Recommendation 2.5) Section B,
 * which lists the recommendations that the Board does not adopt:"). */
static const char *carried_verb(struct matcher *m, const struct sentence *s)
{
	if (!s->nlists)
		return sole_verb(s);
	if (!s->nverbs)
		return NULL;
	const struct list *l = &s->lists[s->nlists - 1];
	const struct verb *v = &s->verbs[s->nverbs - 1];
	return v->start >= l->end && introduces(m, s, l, v) ? v->value : NULL;
}

static size_t sentence_end(struct matcher *m, const char *text, size_t len, size_t from)
{
	rw_hit h;
	if (rw_rules_search(m->rules, RW_R_SENTENCE, NULL, text, len, from, &h) && h.start > from)
		return h.start;
	return len;
}

/* A sentence in a recommendation's card that names none by its id but
 * names the card's by a [list] this phrase ("The Board approved this
 * recommendation on 22 July 2021"): a list of the card's id. */
static void card_list(struct matcher *m, const struct walk *w, struct sentence *s)
{
	rw_hit h;
	if (s->nlists || !w->card_id ||
	    !rw_rules_search(m->rules, RW_R_LIST, "this", s->text, s->end, s->start, &h))
		return;
	struct list *l = &s->lists[s->nlists++];
	memset(l, 0, sizeof *l);
	rw_idlist_add(&l->ids, rw_xstrdup(w->card_id));
	l->start = h.start;
	l->ids_start = l->end = h.end;
	l->count = -1;
}

/* Reads one sentence; returns what it carries down (a sole verb with no
 * list), or NULL. */
static const char *read_sentence(struct matcher *m, struct doc *d, struct walk *w,
				 const struct blk *b, struct sentence *s)
{
	find_verbs(m, s);
	governing_date(m, s, w, b);
	if (value_list_sentence(m, d, w, b, s->text, s->start, s->end))
		return NULL;
	find_lists(m, d, b, s);
	card_list(m, w, s);
	explain_numbers(m, b, s);
	if (s->nlists)
		emit_lists(m, d, w, b, s);
	const char *carry = carried_verb(m, s);
	for (size_t i = 0; i < s->nlists; i++)
		rw_idlist_free(&s->lists[i].ids);
	return carry;
}

/* Is the block one of reasons or history, not of decisions?  Also keeps
 * track of rationale stretches. */
static int skipped(struct matcher *m, struct walk *w, const char *text)
{
	if (w->skipping && !starts_with_rule(m, "stop", text))
		return 1;
	w->skipping = 0;
	if (starts_with_rule(m, "section", text)) {
		w->skipping = 1;
		return 1;
	}
	return starts_with_rule(m, "sentence", text);
}

/* The Board date a block starts with: a paragraph (or heading) the
 * section's, a list item the one of the paragraph that introduced it. */
static void governs_enter(struct walk *w, const struct blk *b)
{
	int item = b->kind == RW_BLK_ITEM;
	memcpy(w->governs, item ? w->para_governs : w->section_governs, sizeof w->governs);
	w->governs_from = item ? w->para_governs_from : w->section_governs_from;
}

/* What the block hands on: a paragraph its date to its list items, a
 * heading its date to its section. */
static void governs_leave(struct walk *w, const struct blk *b)
{
	if (b->kind == RW_BLK_ITEM)
		return;
	memcpy(w->para_governs, w->governs, sizeof w->para_governs);
	w->para_governs_from = w->governs_from;
	if (b->kind == RW_BLK_HEADING) {
		memcpy(w->section_governs, w->governs, sizeof w->section_governs);
		w->section_governs_from = w->governs_from;
	}
}

void prose_block(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	const char *text = b->text ? b->text : "";
	size_t len = strlen(text);
	governs_enter(w, b);
	w->intro_governs[0] = 0;
	if (!len || skipped(m, w, text)) {
		governs_leave(w, b);
		return;
	}
	/* a heading may be a row read as a line too ("Recommendation 3.1 —
	 * In progress"), every word of it an id's or a value's */
	if ((b->kind != RW_BLK_HEADING && card_line(m, d, w, b)) || row_line(m, d, w, b)) {
		governs_leave(w, b);
		return;
	}
	if (b->kind == RW_BLK_PARAGRAPH)
		w->para_review = review_in(m, text);
	char asof[RW_ISO_DATE_SIZE];
	if (asof_in(m, text, asof)) {
		memcpy(w->asof, asof, sizeof asof);
		w->asof_from = b->locator ? b->locator : "?";
	}
	struct sentence *s = rw_xcalloc(1, sizeof *s);
	const char *carry = NULL;
	int verbs = 0;
	for (size_t pos = 0; pos < len;) {
		memset(s, 0, sizeof *s);
		s->text = text;
		s->start = pos;
		s->end = sentence_end(m, text, len, pos);
		const char *c = read_sentence(m, d, w, b, s);
		verbs += s->nverbs > 0;
		carry = c ? c : carry;
		pos = s->end;
		while (pos < len && (text[pos] == ' '))
			pos++;
	}
	free(s);
	/* A block with verbs ends what was carried; one that introduces
	 * what follows, with a single decision and no list, carries it. */
	if (verbs)
		w->carried = NULL;
	governs_leave(w, b);
	rw_hit h;
	int intro = rw_rules_search(m->rules, RW_R_CARRY, "intro", text, len, 0, &h);
	if (carry && (intro || rw_rules_search(m->rules, RW_R_CARRY, NULL, text, len, 0, &h)))
		w->carried = carry;
	if (intro && w->governs_from == b->locator && w->governs[0]) {
		memcpy(w->intro_governs, w->governs, sizeof w->intro_governs);
		w->intro_governs_from = b->locator;
	}
}
