/* card.c - a recommendation laid out as a card, as content management
 * systems publish them: a title that names one recommendation
 * ("Recommendation 5.4: Publish security reports") and under it lines
 * "Status: In progress", "Board action: Approved", "Priority: P1".  Each
 * line is a table row in other clothes: its label maps to a field by the
 * [header] rules, its value by the field's vocabulary.
 *
 * The title is a heading, and the card holds up to the next heading of
 * its level or higher; or a line that is nothing but a recommendation's
 * name (a paragraph, an accordion's summary, a bold line: it reads whole
 * as an id cell does, after a [context] word), and the card holds up to
 * the next heading or title.  A label may stand alone on its line with
 * its value on the next, as a definition list or a form sets them
 * ("Board action" over "Approved"), or run in with it, no colon between
 * ("Implementation status Done").  A line whose label names its own
 * recommendation ("Recommendation 3 - Status: Not started") is that
 * recommendation's, in a card or not.  A table of two columns, a label
 * and its value a row, is a card too (card_table). */
#include "match.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The level a card opened by a line, not a heading, takes: deeper than
 * any heading, so that every heading ends it. */
#define LINE_CARD_LEVEL 7

/* Opens the card of the one recommendation text names after a [context]
 * word; 1 when it did. */
static int card_open(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		     int level)
{
	const char *text = b->text ? b->text : "";
	size_t len = strlen(text), at = strspn(text, " ");
	rw_hit h;
	if (!rw_rules_at(m->rules, RW_R_CONTEXT, NULL, text, len, at, &h))
		return 0;
	rw_idlist l = {0};
	char *bad = NULL;
	rw_id_list(m->rules, text, len, h.end, &l, &bad);
	free(bad);
	int one = l.n == 1;
	if (one) {
		card_flush(m, d, w);
		free(w->card_id);
		w->card_id = rw_xstrdup(l.v[0]);
		w->card_level = level;
		w->card_label = 0;
		explain(m, "  %s: a card for recommendation %s: its \"label: value\" lines are read",
			b->locator ? b->locator : "?", w->card_id);
	}
	rw_idlist_free(&l);
	return one;
}

void card_heading(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b, int level)
{
	w->card_label = 0;
	if (w->card_id && level <= w->card_level) {
		free(w->card_id);
		w->card_id = NULL;
	}
	card_open(m, d, w, b, level);
}

/* A line that is only a recommendation's name: the whole of it reads as
 * an id cell. It ends the card before it (card_open). */
static int card_title(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	char *id = rw_id_from_cell(m->rules, b->text ? b->text : "");
	int title = id && card_open(m, d, w, b, LINE_CARD_LEVEL);
	free(id);
	return title;
}

/* The recommendation a line's label names before its field, as a row's
 * first cell would ([idlead]: "Recommendation 3 - Status: Not started"),
 * or after it ("Status of Recommendation 3.2: Not started"): the line is
 * that recommendation's, whatever card it stands in. In *field the
 * label's words that name the field (allocated; "" when none). */
static char *label_names(struct matcher *m, const char *label, char **field)
{
	rw_hit h;
	size_t from, to, len = strlen(label);
	/* the lead ends at a space after the id or its bracketed title, as
	 * before a value: the label is searched with one after it */
	char *spaced = rw_xasprintf("%s ", label), *id = NULL;
	*field = NULL;
	if (rw_rules_at(m->rules, RW_R_IDLEAD, "named", spaced, len + 1, strspn(label, " "), &h)) {
		if (rw_hit_group(&h, "id", &from, &to)) {
			id = rw_xstrndup(spaced + from, to - from);
			*field = rw_xstrdup(h.end <= len ? label + h.end : "");
		}
	} else if (rw_rules_search(m->rules, RW_R_IDLEAD, "named", spaced, len + 1, 0, &h) &&
		   rw_hit_group(&h, "id", &from, &to) && h.end == len + 1 && h.start > 0) {
		/* the id last, after the field's words */
		char *words = rw_xstrndup(label, h.start);
		if (header_field(m, words) >= 0) {
			id = rw_xstrndup(spaced + from, to - from);
			*field = words;
		} else {
			free(words);
		}
	}
	free(spaced);
	if (!*field)
		*field = rw_xstrdup("");
	return id;
}

/* The field of a line that is a label alone ([valuelist] alone), else
 * -1. A line that names recommendations ([context]: "Recommendations 29
 * and 30 - pending") is none: its ids are read as prose. */
static int label_alone(struct matcher *m, const char *text)
{
	rw_hit h;
	size_t ls, le;
	if (!rw_rules_search(m->rules, RW_R_VALUELIST, "alone", text, strlen(text), 0, &h) ||
	    !rw_hit_group(&h, "label", &ls, &le) ||
	    rw_rules_search(m->rules, RW_R_CONTEXT, "named", text, strlen(text), 0, &h))
		return -1;
	char *label = rw_xstrndup(text + ls, le - ls);
	int f = header_field(m, label);
	free(label);
	return f;
}

/* Words: a field's label is a few ("Priority level assigned by the
 * community": 6); past them a line is prose, and each try copies the
 * line's start. */
#define RUN_IN_LABEL_WORDS 8

/* A label run in with its value, no colon between ("Implementation
 * status Done": LaTeX sets a description list's term in bold, its
 * definition after it on the line): the words before a space are a
 * label as one alone on its line would be (label_alone: its length
 * bounded by that rule, its field by [header]), and the words after it
 * read as a value of that field. The field, and in *value_at where the
 * value starts; else -1. */
static int label_run_in(struct matcher *m, const char *text, size_t *value_at)
{
	int words = 0;
	for (const char *sp = strchr(text, ' '); sp && ++words <= RUN_IN_LABEL_WORDS;
	     sp = strchr(sp + 1, ' ')) {
		if (sp > text && sp[-1] == ':')
			continue; /* "Status: ...": a "label: value" line (label_line) */
		char *label = rw_xstrndup(text, (size_t)(sp - text));
		int f = label_alone(m, label);
		free(label);
		const char *raw = sp + strspn(sp, " ");
		if (f >= 0 && is_valued(f) && *raw &&
		    rw_rules_classify(m->rules, vocab_of((enum rw_field)f), raw)) {
			*value_at = (size_t)(raw - text);
			return f;
		}
	}
	return -1;
}

static void set_text(char **at, const char *s)
{
	free(*at);
	*at = s ? rw_xstrdup(s) : NULL;
}

/* Emits the card's Board action held undated (card_value), dated
 * `date`, and lets it go. */
static void acted_emit(struct matcher *m, struct doc *d, struct walk *w, const char *date)
{
	if (!w->acted_id)
		return;
	emit_fact(m, d, current_review(m, d, w), w->acted_id, RW_F_BOARD_ACTION, w->acted_value,
		  w->acted_raw, date, w->acted_loc);
	set_text(&w->acted_id, NULL);
	set_text(&w->acted_raw, NULL);
	set_text(&w->acted_loc, NULL);
}

/* The date of a card's Board action line ("Date of Board action: 22
 * July 2021"): it dates the card's Board action, read before or after
 * it. A line that holds no date ("to be set") leaves the action
 * undated, said: the dates around the card are for actions that give
 * none, not for one whose own could not be read. 1 when it is a date. */
static int card_action_date(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
			    const char *id, const char *raw)
{
	int dated = rw_rules_date(m->rules, raw, strlen(raw), 0, w->card_date, NULL, NULL);
	if (!dated) {
		emit_reject(m, d, b->locator, "a Board action date that is no date", raw,
			    "board_action_date \"%s\" is not a date", raw);
		w->card_date[0] = '\0';
	}
	set_text(&w->dated_id, id);
	if (w->acted_id && !strcmp(w->acted_id, id))
		acted_emit(m, d, w, w->card_date);
	return dated;
}

/* Emits field f of the card from raw; 1 when it gave a fact.  A value
 * outside its vocabulary is tallied. */
static int card_value(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		      const char *id, int f, const char *raw)
{
	if (f == COL_ACTION_DATE)
		return card_action_date(m, d, w, b, id, raw);
	/* a line's text is kept as it is ("N/A" included) */
	const char *value = f < 0 ? NULL
			    : is_valued(f) ? field_value(m, d, (enum rw_field)f, raw, b->locator) : raw;
	if (!value)
		return 0;
	char own[RW_ISO_DATE_SIZE];
	const char *from = NULL;
	const char *card_dated = w->dated_id && !strcmp(w->dated_id, id) ? w->card_date : w->governs;
	const char *date = f == RW_F_BOARD_ACTION ? action_date(m, raw, own, card_dated)
						  : walk_asof(d, w, &from);
	if (f == RW_F_BOARD_ACTION && date != own && date != w->card_date) {
		/* held: a date line after it dates it, whatever the date
		 * around (the latest date wins when it is emitted, so a
		 * fact dated by the document's date could not be dated
		 * again earlier) */
		acted_emit(m, d, w, w->acted_date);
		set_text(&w->acted_id, id);
		set_text(&w->acted_raw, raw);
		w->acted_value = value;
		set_text(&w->acted_loc, b->locator);
		snprintf(w->acted_date, sizeof w->acted_date, "%s", date);
		return 1;
	}
	emit_fact(m, d, current_review(m, d, w), id, (enum rw_field)f, value, raw, date, b->locator);
	return 1;
}

static int label_parts(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		       const char *text);
static int lone_hold(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b, int f,
		     const char *text);
static int label_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		      const char *text, int title);

int card_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b)
{
	const char *text = b->text ? b->text : "";
	int pending = w->card_label - 1;
	w->card_label = 0;
	/* a title is read as prose too, as a heading is; it may hold a
	 * "label: value" of its own */
	int title = card_title(m, d, w, b);
	if (!title && w->card_id && pending >= 0)
		return card_value(m, d, w, b, w->card_id, pending, text) || 1;
	/* a line that is wholly a value is no label ("In progress" is no
	 * name of a progress column) */
	int f = !title && w->card_id ? sole_value_field(m, text) : -1;
	if (f >= 0)
		return lone_hold(m, d, w, b, f, text);
	int alone = !title && w->card_id ? label_alone(m, text) : -1;
	size_t value_at;
	int run_in = !title && w->card_id ? label_run_in(m, text, &value_at) : -1;
	if (run_in >= 0)
		return card_value(m, d, w, b, w->card_id, run_in, text + value_at) || 1;
	if (alone >= 0) {
		w->card_label = alone + 1;
		return 1;
	}
	int parts = !title && w->card_id ? label_parts(m, d, w, b, text) : 0;
	if (parts)
		return parts > 0;
	return label_line(m, d, w, b, text, title);
}

/* A line that is a value alone in card w (a status badge under an
 * accordion's title, a definition list's value under "Recommendation
 * 4.1"): held until the card ends, and read then if it was the card's
 * only one. A card of several (a table row printed a cell a line, "Rec.
 * 7" over "Done", "P3", "Not started") tells no value's column: none is
 * read, and the rows are said as before. 1 when the line was held. */
static int lone_hold(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b, int f,
		     const char *text)
{
	if (w->lone_id && !strcmp(w->lone_id, w->card_id)) {
		w->lone_count++;
		return 0;
	}
	card_flush(m, d, w);
	w->lone_id = rw_xstrdup(w->card_id);
	w->lone_raw = rw_xstrdup(text);
	w->lone_loc = rw_xstrdup(b->locator ? b->locator : "?");
	w->lone_field = f;
	w->lone_count = 1;
	return 1;
}

void card_flush(struct matcher *m, struct doc *d, struct walk *w)
{
	if (w->lone_id && w->lone_count == 1) {
		struct blk b = {.text = w->lone_raw, .locator = w->lone_loc};
		card_value(m, d, w, &b, w->lone_id, w->lone_field, w->lone_raw);
	} else if (w->lone_id) {
		explain(m, "  %s: %d values alone under recommendation %s: none read", w->lone_loc,
			w->lone_count, w->lone_id);
	}
	free(w->lone_id);
	free(w->lone_raw);
	free(w->lone_loc);
	w->lone_id = w->lone_raw = w->lone_loc = NULL;
	w->lone_count = 0;
	acted_emit(m, d, w, w->acted_date);
}

/* The parts of a line of "label: value" pairs parted by semicolons
 * ("Status: Complete; Priority: P3"), each read as a line of its own
 * when every part is such a pair whose label names a field: 1 when one
 * gave a fact, -1 when none did, 0 when the line is no such line. */
static int label_parts(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		       const char *text)
{
	if (!strchr(text, ';'))
		return 0;
	char *copy = rw_xstrdup(text), *save = NULL;
	char *part[RW_F__COUNT + 1];
	int n = 0, ok = 1;
	for (char *t = strtok_r(copy, ";", &save); t && ok; t = strtok_r(NULL, ";", &save)) {
		rw_hit h;
		size_t ls, le;
		ok = n < RW_F__COUNT + 1 &&
		     rw_rules_search(m->rules, RW_R_VALUELIST, "label", t, strlen(t), 0, &h) &&
		     rw_hit_group(&h, "label", &ls, &le);
		if (ok) {
			char *label = rw_xstrndup(t + ls, le - ls);
			ok = header_field(m, label) >= 0;
			free(label);
			part[n++] = t;
		}
	}
	int read = 0;
	for (int k = 0; ok && n >= 2 && k < n; k++)
		read |= label_line(m, d, w, b, part[k], 0);
	free(copy);
	return ok && n >= 2 ? (read ? 1 : -1) : 0;
}

/* A line "label: value" of card w's recommendation, or of the one the
 * label names ("Recommendation 3 - Status: Not started"): whether it
 * gave a fact. title: the line is the card's title too. */
static int label_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
		      const char *text, int title)
{
	rw_hit h;
	size_t ls, le, vs, ve;
	if (!rw_rules_search(m->rules, RW_R_VALUELIST, "label", text, strlen(text), 0, &h) ||
	    !rw_hit_group(&h, "label", &ls, &le) || !rw_hit_group(&h, "value", &vs, &ve))
		return 0;
	char *label = rw_xstrndup(text + ls, le - ls), *raw = rw_xstrndup(text + vs, ve - vs);
	char *field;
	char *own = label_names(m, label, &field);
	/* a label that is only a recommendation's name ("Recommendation 4:
	 * Complete") is a title, not a field: what follows is no value; nor
	 * is the id a label names ids for ("Recommendation: 1.1", a
	 * listing's field, read as the card's title) */
	char *name = own ? NULL : rw_id_from_cell(m->rules, label);
	int read = !name && !(title && heads_ids(m, label)) && (own || w->card_id) &&
		   card_value(m, d, w, b, own ? own : w->card_id, header_field(m, own ? field : label),
			      raw);
	free(field);
	free(name);
	free(own);
	free(label);
	free(raw);
	return read;
}

/* A card set as a table of two columns, a label and its value a row
 * ("Recommendation | 3.1", "Board action | Approved", "Status |
 * Complete"): every row that says something is labelled by a field, the
 * recommendation by its own row, else by the card it stands in. */
int card_table(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g)
{
	if (g->cols != 2)
		return 0;
	char *id = NULL;
	int fields = 0, stray = 0, id_row = -1;
	for (int r = 0; r < g->rows && !stray; r++) {
		const char *label = cell_text(g, r, 0);
		if (!*label && !*cell_text(g, r, 1))
			continue;
		if (!id && heads_ids(m, label)) {
			id = rw_id_from_cell(m->rules, cell_text(g, r, 1));
			id_row = r;
		} else if (header_field(m, label) >= 0) {
			fields++;
		} else {
			stray = 1; /* a row no field labels: no card */
		}
	}
	const char *whose = id ? id : w->card_id;
	int card = whose && fields > 0 && !stray;
	if (card) {
		explain(m, "  a table of labels and values: the card of recommendation %s", whose);
		for (int r = 0; r < g->rows; r++) {
			int f = header_field(m, cell_text(g, r, 0));
			const struct blk *b = grid_cell(g, r, 1);
			if (r != id_row && b && !is_empty_value(m, cell_text(g, r, 1)))
				card_value(m, d, w, b, whose, f, cell_text(g, r, 1));
		}
	}
	free(id);
	return card;
}
