/* table.c - recommendation tables.
 *
 * A table is about recommendations when one of its columns has a header
 * that names ids ([header] id: "Rec #", "No.") and holds ids below it.
 * The other columns map to fields by their headers, in any order; header
 * rows are joined per column first, so that a two-row header with a
 * colspan ("Implementation" over "Status") reads as one.  Rows are then
 * rebuilt by id: a row whose id cell is empty continues the row above
 * (wrapped cells, rows split over a page break), a row whose cells all say
 * the same thing is a section row (its decision, if it names one, holds
 * for the rows under it), a repeated header row is skipped. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

#define MAX_CELLS 4000000u

struct grid {
	int rows, cols, nhead;
	const rw_block **cell; /* rows * cols, NULL where the reader gave none */
	int col_field[64];     /* -1, RW_F__COUNT for id, else an rw_field */
	int id_col;
	const char *caption;
	char action_date[11]; /* a date in the Board action column's header */
};

struct row {
	char *id;
	const char *id_loc;
	rw_buf text[RW_F__COUNT];
	const char *loc[RW_F__COUNT];
};

static const char *cell_text(const struct grid *g, int r, int c)
{
	const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->text ? b->text : "";
}

static const char *cell_loc(const struct grid *g, int r, int c)
{
	const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->locator ? b->locator : "?";
}

static int row_is_header(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++) {
		const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
		if (b && b->header)
			return 1;
	}
	return 0;
}

/* Fills g from the cell blocks of table `tno` that follow block i. */
static int grid_read(struct doc *d, size_t i, struct grid *g)
{
	const rw_block *tb = &d->b[i];
	int tno = tb->table;
	g->rows = g->cols = 0;
	size_t j;
	for (j = i + 1; j < d->n; j++) {
		const rw_block *b = &d->b[j];
		if (b->kind != RW_BLK_CELL && b->kind != RW_BLK_CAPTION && b->kind != RW_BLK_TABLE)
			break;
		/* a position past MAX_CELLS cannot fit anyway (and row + 1 must not overflow) */
		if (b->kind == RW_BLK_CELL && b->table == tno && b->row >= 0 && b->col >= 0 &&
		    b->row < (int)MAX_CELLS && b->col < (int)MAX_CELLS) {
			if (b->row >= g->rows)
				g->rows = b->row + 1;
			if (b->col >= g->cols)
				g->cols = b->col + 1;
		}
		if (b->kind == RW_BLK_CAPTION && b->table == tno)
			g->caption = b->text;
	}
	if (!g->rows || !g->cols)
		return -1;
	if ((size_t)g->rows * (size_t)g->cols > MAX_CELLS) {
		rw_warn(d->source, "%s: table %d: more than %u cells; left out",
			tb->locator ? tb->locator : "?", tno, MAX_CELLS);
		return -1;
	}
	g->cell = rw_xcalloc((size_t)g->rows * (size_t)g->cols, sizeof *g->cell);
	for (size_t k = i + 1; k < j; k++) {
		const rw_block *b = &d->b[k];
		if (b->kind == RW_BLK_CELL && b->table == tno && b->row >= 0 && b->col >= 0 &&
		    b->row < (int)MAX_CELLS && b->col < (int)MAX_CELLS)
			g->cell[(size_t)b->row * (size_t)g->cols + (size_t)b->col] = b;
	}
	return 0;
}

/* The header text of each column, header rows joined top to bottom. */
static char *column_header(const struct grid *g, int c)
{
	rw_buf b = {0};
	const char *prev = NULL;
	for (int r = 0; r < g->nhead; r++) {
		const char *t = cell_text(g, r, c);
		if (!*t || (prev && !strcmp(prev, t)))
			continue;
		if (b.len)
			rw_buf_addc(&b, ' ');
		rw_buf_adds(&b, t);
		prev = t;
	}
	return rw_buf_take(&b);
}

/* Do most of the non-empty cells under the header of column c read as
 * ids? */
static int holds_ids(struct matcher *m, const struct grid *g, int c)
{
	int ids = 0, filled = 0;
	for (int r = g->nhead; r < g->rows; r++) {
		const char *t = cell_text(g, r, c);
		if (!*t || row_is_header(g, r))
			continue;
		filled++;
		char *id = rw_id_from_cell(m->rules, t);
		ids += id != NULL;
		free(id);
	}
	return ids > 0 && ids * 2 >= filled;
}

/* Maps columns to fields; returns the number of columns mapped (id
 * included), 0 when there is no id column. */
static int map_columns(struct matcher *m, struct grid *g)
{
	int taken[RW_F__COUNT] = {0}, mapped = 0;
	int ncols = g->cols < 64 ? g->cols : 64;
	char *head[64];
	g->id_col = -1;
	for (int c = 0; c < ncols; c++) {
		head[c] = column_header(g, c);
		g->col_field[c] = -1;
	}
	for (int c = 0; c < ncols && g->id_col < 0; c++) {
		rw_hit h;
		if (rw_rules_search(m->rules, RW_R_HEADER, "id", head[c], strlen(head[c]), 0, &h) &&
		    holds_ids(m, g, c)) {
			g->id_col = c;
			g->col_field[c] = RW_F__COUNT;
			mapped++;
		}
	}
	for (int c = 0; c < ncols && g->id_col >= 0; c++) {
		if (c == g->id_col || !*head[c])
			continue;
		/* the first field, in rules order, that matches and is free */
		size_t next = 0;
		const char *key;
		while ((key = rw_rules_classify_next(m->rules, RW_R_HEADER, head[c], &next))) {
			int f = rw_field_parse(key);
			if (f >= 0 && !taken[f]) {
				taken[f] = 1;
				g->col_field[c] = f;
				mapped++;
				if (f == RW_F_BOARD_ACTION)
					rw_rules_date(m->rules, head[c], strlen(head[c]), 0,
						      g->action_date, NULL, NULL);
				break;
			}
		}
	}
	for (int c = 0; c < ncols; c++)
		free(head[c]);
	return g->id_col >= 0 ? mapped : 0;
}

/* Header rows: those the reader marked at the top; else the first row,
 * when it maps like a header. */
static int find_header(struct matcher *m, struct grid *g)
{
	for (g->nhead = 0; g->nhead < g->rows && row_is_header(g, g->nhead);)
		g->nhead++;
	if (g->nhead)
		return map_columns(m, g);
	g->nhead = 1;
	if (g->rows > 1 && map_columns(m, g) >= 2)
		return 1;
	g->nhead = 0;
	return 0;
}

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
	for (int c = 0; c < g->cols && c < 64; c++) {
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
	char asof[11];
	char action_date[11];
	const char *section_value; /* decision of the current section row */
	const char *section_raw;
	const char *section_loc;
};

/* The recommendation table being read; it stays open across tables that
 * continue it, with the row being rebuilt. */
struct table_state {
	int cols, id_col;
	int col_field[64];
	struct table_ctx t;
	struct row row;
};

static enum rw_rsec vocab_of(enum rw_field f)
{
	return f == RW_F_BOARD_ACTION ? RW_R_BOARD_ACTION : f == RW_F_STATUS ? RW_R_STATUS : RW_R_PRIORITY;
}

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
				emit_reject(m, d, row->loc[f], "not in the vocabulary", raw,
					    "%s \"%s\" is not in the vocabulary",
					    rw_field_name((enum rw_field)f), raw);
				continue;
			}
		}
		const char *date = f == RW_F_BOARD_ACTION ? t->action_date : t->asof;
		emit_fact(m, d, t->review, row->id, (enum rw_field)f, value, raw, date, row->loc[f]);
		facts++;
	}
	if (!row->text[RW_F_BOARD_ACTION].len && t->section_value) {
		emit_fact(m, d, t->review, row->id, RW_F_BOARD_ACTION, t->section_value,
			  t->section_raw, t->action_date, t->section_loc);
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
	t->section_value = NULL;
	if (rw_rules_search(m->rules, RW_R_DECISION, NULL, text, strlen(text), 0, &h)) {
		t->section_value = h.key;
		t->section_raw = text;
		t->section_loc = cell_loc(g, r, 0);
	}
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
		if (row_is_header(g, r))
			continue;
		char *id = *idt ? rw_id_from_cell(m->rules, idt) : NULL;
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

/* The snapshot date of a table: its header cells, its caption, the
 * heading or paragraph before it, the document title. */
static void table_asof(struct matcher *m, struct doc *d, struct walk *w,
		       const struct grid *g, char asof[11])
{
	for (int r = 0; r < g->nhead; r++)
		for (int c = 0; c < g->cols; c++)
			if (asof_in(m, cell_text(g, r, c), asof))
				return;
	if (g->caption && asof_in(m, g->caption, asof))
		return;
	memcpy(asof, w->asof[0] ? w->asof : d->asof, 11);
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
	table_asof(m, d, w, g, st->t.asof);
	const char *act = g->action_date[0] ? g->action_date : d->date[0] ? d->date : w->governs;
	memcpy(st->t.action_date, act, 11);
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
		struct table_state *st = w->table;
		int continues = st && st->cols == g.cols && (!mapped || same_columns(st, &g));
		if (continues && !mapped) {
			g.nhead = 0; /* no header of its own: the open table's columns */
			g.id_col = st->id_col;
			memcpy(g.col_field, st->col_field, sizeof g.col_field);
		}
		if (!continues) {
			table_close(m, d, w);
			if (mapped)
				w->table = table_open(m, d, w, &g);
		}
		if (w->table)
			rows_read(m, d, w->table, &g);
	}
	free(g.cell);
}
