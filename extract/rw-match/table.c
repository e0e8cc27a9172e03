/* table.c - recommendation tables.
 *
 * A table is about recommendations when one of its columns has a header
 * that names ids ([header] id: "Rec #", "No.") and holds ids below it
 * (header.c; a column of lists of ids goes to listtable.c).  Rows are then
 * rebuilt by id: a row whose id cell is empty continues the row above
 * (wrapped cells, rows split over a page break), a row whose cells all say
 * the same thing is a section row (its decision, if it names one, holds
 * for the rows under it), a repeated header row is skipped. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

struct row {
	char *id;
	const char *id_loc;
	rw_buf text[RW_F__COUNT];
	const char *loc[RW_F__COUNT];
};

/* A row whose non-empty cells all hold the same text (a spanning group
 * row); returns that text or NULL.  The caller checks that the id cell
 * holds it too: a row with an empty id cell continues the row above. */
static const char *section_text(const struct grid *g, int r)
{
	const char *t = NULL;
	int n = 0;
	for (int c = 0; c < g->cols; c++) {
		const char *x = cell_text(g, r, c);
		if (!*x)
			continue;
		if (t && strcmp(t, x))
			return NULL;
		t = x;
		n++;
	}
	return t && (n > 1 || g->cols > 1) ? t : NULL;
}

static void row_clear(struct row *row)
{
	free(row->id);
	for (int f = 0; f < RW_F__COUNT; f++)
		rw_buf_free(&row->text[f]);
	memset(row, 0, sizeof *row);
}

static int is_empty_value(struct matcher *m, const char *t)
{
	return !*t || rw_rules_classify(m->rules, RW_R_EMPTY, t) != NULL;
}

/* Adds the mapped cells of row r to the row being rebuilt. */
static void row_take(struct matcher *m, const struct grid *g, int r, struct row *row)
{
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++) {
		int f = g->col_field[c];
		const char *t = cell_text(g, r, c);
		if (f < 0 || f == RW_F__COUNT || !*t)
			continue;
		if (row->text[f].len)
			rw_buf_addc(&row->text[f], ' ');
		else
			row->loc[f] = cell_loc(g, r, c);
		rw_buf_adds(&row->text[f], t);
	}
}

struct table_ctx {
	const char *review;
	char asof[RW_ISO_DATE_SIZE];
	char action_date[RW_ISO_DATE_SIZE];
	/* what the current section row (else the heading above the
	 * table) gives to rows that say none of their own */
	struct group_value section[RW_F__COUNT];
};

/* The recommendation table being read; it stays open across tables that
 * continue it, with the row being rebuilt. */
struct table_state {
	int cols, id_col;
	int col_field[RW_MAX_COLS];
	struct table_ctx t;
	struct row row;
};

static int row_flush(struct matcher *m, struct doc *d, const struct table_ctx *t, struct row *row)
{
	int facts = 0;
	for (int f = 0; f < RW_F__COUNT; f++) {
		const char *raw = row->text[f].s ? row->text[f].s : "";
		if (is_empty_value(m, raw))
			continue;
		const char *value = raw;
		if (f == RW_F_BOARD_ACTION || f == RW_F_STATUS || f == RW_F_PRIORITY) {
			value = rw_rules_classify(m->rules, vocab_of((enum rw_field)f), raw);
			if (!value) {
				tally_unmapped(m, d, (enum rw_field)f, raw, row->loc[f]);
				continue;
			}
		}
		const char *date = f == RW_F_BOARD_ACTION ? t->action_date : t->asof;
		emit_fact(m, d, t->review, row->id, (enum rw_field)f, value, raw, date, row->loc[f]);
		facts++;
	}
	for (int f = 0; f < RW_F__COUNT; f++) {
		const struct group_value *gv = &t->section[f];
		if (row->text[f].len || !gv->value)
			continue;
		emit_fact(m, d, t->review, row->id, (enum rw_field)f, gv->value, gv->raw,
			  f == RW_F_BOARD_ACTION ? t->action_date : t->asof, gv->locator);
		facts++;
	}
	if (!facts) {
		emit_reject(m, d, row->id_loc, "an id with no value beside it", row->id,
			    "recommendation %s has no value beside it", row->id);
	}
	row_clear(row);
	return facts;
}

static void section_row(struct matcher *m, struct table_ctx *t, const struct grid *g, int r,
			const char *text)
{
	rw_hit h;
	struct group_value gv;
	memset(t->section, 0, sizeof t->section);
	if (rw_rules_search(m->rules, RW_R_DECISION, NULL, text, strlen(text), 0, &h))
		t->section[RW_F_BOARD_ACTION] = (struct group_value){h.key, text, cell_loc(g, r, 0)};
	int f = value_heading(m, text, cell_loc(g, r, 0), &gv);
	if (f >= 0 && !t->section[f].value)
		t->section[f] = gv;
}

static int is_header_text(struct matcher *m, const char *t)
{
	rw_hit h;
	return rw_rules_search(m->rules, RW_R_HEADER, "id", t, strlen(t), 0, &h);
}

/* The first non-empty cell text of row r, or NULL. */
static const char *first_text(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++)
		if (*cell_text(g, r, c))
			return cell_text(g, r, c);
	return NULL;
}

static void rows_read(struct matcher *m, struct doc *d, struct table_state *st, const struct grid *g)
{
	struct table_ctx *t = &st->t;
	struct row *row = &st->row;
	for (int r = g->nhead; r < g->rows; r++) {
		const char *idt = cell_text(g, r, g->id_col), *sec;
		char *id = *idt ? rw_id_from_cell(m->rules, idt) : NULL;
		/* a header row repeated on a new page says nothing; a row the
		 * reader marked as header but whose id reads is a row */
		if (row_is_header(g, r) && !id)
			continue;
		if (!id && *idt && (sec = section_text(g, r))) {
			if (row->id)
				row_flush(m, d, t, row);
			section_row(m, t, g, r, sec);
			continue;
		}
		if (id) {
			if (row->id)
				row_flush(m, d, t, row);
			row->id = id;
			row->id_loc = cell_loc(g, r, g->id_col);
		} else if (*idt && is_header_text(m, idt)) {
			continue; /* a header row repeated (on a new page) */
		} else if (*idt) {
			emit_reject(m, d, cell_loc(g, r, g->id_col), "no recommendation id in the id column",
				    idt, "cannot read a recommendation id from \"%s\"", idt);
			if (row->id)
				row_flush(m, d, t, row);
			continue;
		} else if (!row->id) {
			const char *t0 = first_text(g, r);
			if (t0)
				emit_reject(m, d, cell_loc(g, r, g->id_col), "a row with no id and no row above",
					    t0, "a row with no recommendation id and no row above to join: \"%s\"", t0);
			continue;
		}
		row_take(m, g, r, row);
	}
}

void table_close(struct matcher *m, struct doc *d, struct walk *w)
{
	struct table_state *st = w->table;
	if (!st)
		return;
	if (st->row.id)
		row_flush(m, d, &st->t, &st->row);
	free(st);
	w->table = NULL;
}

static int same_columns(const struct table_state *st, const struct grid *g)
{
	return st->cols == g->cols && st->id_col == g->id_col &&
	       !memcmp(st->col_field, g->col_field, sizeof st->col_field);
}

static struct table_state *table_open(struct matcher *m, struct doc *d, struct walk *w,
				      const struct grid *g)
{
	struct table_state *st = rw_xcalloc(1, sizeof *st);
	st->cols = g->cols;
	st->id_col = g->id_col;
	memcpy(st->col_field, g->col_field, sizeof st->col_field);
	const char *cap_review = g->caption ? review_in(m, g->caption) : NULL;
	st->t.review = cap_review && !m->force_review ? cap_review : current_review(m, d, w);
	const char *asof_from = table_asof(m, d, w, g, st->t.asof);
	memcpy(st->t.section, w->heading_value, sizeof st->t.section);
	const char *act_from;
	const char *act = table_action_date(d, w, g, &act_from);
	memcpy(st->t.action_date, act, RW_ISO_DATE_SIZE);
	explain(m, "    snapshot date %s%s%s; Board action date %s%s%s", st->t.asof[0] ? st->t.asof : "none",
		asof_from ? ", from " : "", asof_from ? asof_from : "", act[0] ? act : "none",
		act[0] ? ", from " : "", act[0] ? act_from : "");
	return st;
}

void table_read(struct matcher *m, struct doc *d, struct walk *w, size_t i)
{
	struct grid g = {0};
	if (d->b[i].table <= w->tables_done)
		return; /* a part already read with the table it continues */
	w->tables_done = d->b[i].table;
	if (grid_read(d, i, &g) == 0) {
		int mapped = find_header(m, &g);
		if (mapped && g.cols > RW_MAX_COLS)
			rw_warn(d->source, "%s: %d columns; those past the first %d are not read",
				d->b[i].locator ? d->b[i].locator : "a table", g.cols, RW_MAX_COLS);
		struct table_state *st = w->table;
		if (mapped && g.id_col < 0) {
			table_close(m, d, w);
			explain_header(m, &g, &d->b[i]);
			list_table_read(m, d, w, &g);
			free(g.cell);
			return;
		}
		/* a table with a header of its own that maps nothing is
		 * another table, not the open one going on */
		int continues = st && st->cols == g.cols && (mapped ? same_columns(st, &g) : !g.nhead);
		if (continues && !mapped) {
			g.nhead = 0; /* no header of its own: the open table's columns */
			g.id_col = st->id_col;
			memcpy(g.col_field, st->col_field, sizeof g.col_field);
		}
		if (!continues) {
			table_close(m, d, w);
			if (mapped) {
				explain_header(m, &g, &d->b[i]);
				w->table = table_open(m, d, w, &g);
			} else {
				unmapped_table(m, d, &d->b[i], &g);
			}
		} else {
			explain(m, "  table %d (%s): goes on with the table before it",
				d->b[i].table, d->b[i].locator ? d->b[i].locator : "?");
		}
		if (w->table)
			rows_read(m, d, w->table, &g);
	}
	free(g.cell);
}
