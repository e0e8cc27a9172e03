/* stacked.c - a table printed a cell a line: the columns' names one
 * under the other, then each row the same way, its id first ("Ref",
 * "Board decision", "Status", then "Recommendation LE.4", "Approved",
 * "Complete", ...). A table whose cells are laid out as blocks - a grid
 * of <div>s whose style sheet did not come with it, a page's narrow
 * layout that stacks a row's cells - prints so, and its text reads as
 * a run of short paragraphs. The run is read as the table it is, with
 * the table reader (table.c), when its names map an id column first. */
#include "match.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A column's name is a few words, not a sentence that mentions a field
 * ("The status of ..."): the longest names publishers give run to five
 * ("Date of Board action taken"). */
#define NAME_WORDS 6
/* Rows under the names a run needs: one is a label and its value, read
 * as a card. */
#define MIN_ROWS 2

static int is_para(const struct blk *b)
{
	return b->kind == RW_BLK_PARAGRAPH && b->text && *b->text;
}

static size_t words(const char *t)
{
	size_t n = 0;
	for (int in = 0; *t; t++) {
		int space = *t == ' ';
		n += !space && !in;
		in = !space;
	}
	return n;
}

/* Text t is an id alone, not a value that reads as one. */
static int id_alone(struct matcher *m, const char *t)
{
	if (is_value(m, t))
		return 0;
	char *id = rw_id_from_cell(m->rules, t);
	int alone = id != NULL;
	free(id);
	return alone;
}

/* Paragraph b is a row's id. */
static int is_id(struct matcher *m, const struct blk *b)
{
	return is_para(b) && id_alone(m, b->text);
}

/* Paragraph b may name a column: a few words, no id. */
static int is_name(struct matcher *m, const struct blk *b)
{
	return is_para(b) && words(b->text) <= NAME_WORDS && !is_id(m, b);
}

/* Whether v starts with a value of column field f's vocabulary. */
static int starts_with_value(struct matcher *m, int f, const char *v)
{
	rw_hit h;
	return is_valued(f) && rw_rules_at(m->rules, vocab_of(f), NULL, v, strlen(v), 0, &h);
}

/* The column of a row's value v, the row's columns before next filled
 * or left empty: next when v starts with a value of its vocabulary ("Passed
 * through to the GNSO Council"); else the first whose vocabulary v is
 * wholly a value of (the cells between left empty); else the first that
 * takes text (a field without a vocabulary; a column whose name maps
 * none, when v is a value of some vocabulary: find_header may know it by
 * its values); else the first after next whose vocabulary v starts with
 * a value of (the Board's decision after a status drawn as an icon, which
 * printed nothing). -1 when none does: v is no cell of the row. */
static int value_column(struct matcher *m, const int *field, int cols, const char *v, int next)
{
	if (starts_with_value(m, field[next], v))
		return next;
	for (int k = next; k < cols; k++)
		if (is_valued(field[k]) && whole_value(m, vocab_of(field[k]), v))
			return k;
	for (int k = next; k < cols; k++)
		if (field[k] < 0 ? is_value(m, v) : !is_valued(field[k]))
			return k;
	for (int k = next + 1; k < cols; k++)
		if (starts_with_value(m, field[k], v))
			return k;
	return -1;
}

/* An id stands among the n blocks from j on (the next row's). */
static int id_within(struct matcher *m, const struct doc *d, size_t j, size_t n)
{
	for (size_t k = j; k < d->n && k <= j + n; k++)
		if (is_id(m, &d->b[k]))
			return 1;
	return 0;
}

/* Puts block j at row r, column c of g; 0 when the grid is full
 * (RW_GRID_MAX_CELLS): the run ends there, its rest read as text. */
static int put(struct grid *g, int r, int c, size_t j)
{
	return rw_grid_put(&g->cells, r, c, (void *)(uintptr_t)(j + 1), NULL) == 0;
}

/* Where an id cell starts in text v that is a row's last cell followed
 * by it, lines a PDF reader set as one paragraph where the cell's line
 * was the page's longest: a whole value ("Placed in pending status
 * Recommendation R6.2"), or text up to a sentence's end, for a column
 * without a vocabulary (text_col: "... annual metrics. Recommendation
 * LE.7", the [sentence] rules' end); the cell's end in *vend; 0 when v
 * is none such. */
static size_t cell_then_id(struct matcher *m, const char *v, int text_col, size_t *vend)
{
	size_t len = strlen(v);
	rw_hit h;
	for (int f = 0; f < RW_F__COUNT; f++) {
		if (!is_valued(f) || !rw_rules_at(m->rules, vocab_of((enum rw_field)f), NULL, v, len, 0, &h))
			continue;
		size_t at = h.end + strspn(v + h.end, " ");
		if (at > h.end && v[at] && id_alone(m, v + at)) {
			*vend = h.end;
			return at;
		}
	}
	for (size_t from = 0; text_col && rw_rules_search(m->rules, RW_R_SENTENCE, NULL, v, len, from, &h);
	     from = h.end)
		if (h.end > h.start && id_alone(m, v + h.end)) {
			*vend = h.start;
			return h.end;
		}
	return 0;
}

/* The rows of the run whose names are blocks i..i+cols-1: each an id
 * and the values under it that take a column after the last one filled
 * (a value and the next row's id in one paragraph, cell_then_id, end
 * the row and start the next); into g. Returns the block after the last
 * row, or d->n when the run may go on in blocks still to come. */
static size_t take_rows(struct matcher *m, struct doc *d, size_t i, const int *field, int cols,
			struct grid *g)
{
	size_t j = i + (size_t)cols, next_id = 0; /* next_id: where the last block's id starts */
	int r = 1, open = 1;
	while (open && (next_id || j < d->n)) {
		if (next_id) {
			const char *t = d->b[j - 1].text;
			open = grid_put_part(g, r, 0, &d->b[j - 1], t + next_id, strlen(t + next_id));
		} else if (is_id(m, &d->b[j]) && put(g, r, 0, j)) {
			j++;
		} else {
			break;
		}
		next_id = 0;
		for (int c = 1; open && c < cols && j < d->n && is_para(&d->b[j]) && !is_id(m, &d->b[j]); j++) {
			const char *t = d->b[j].text;
			size_t vend = 0, at = cell_then_id(m, t, c + 1 == cols && !is_valued(field[c]), &vend);
			char *value = at ? rw_xstrndup(t, vend) : NULL; /* the row's part */
			int k = value_column(m, field, cols, value ? value : t, c);
			/* a line that fits no column is the row's all the
			 * same when another row follows it (a cell whose
			 * value the vocabularies lack): in its place */
			size_t ahead = (size_t)(cols - c);
			if (k < 0 && j + 1 + ahead >= d->n && !d->ended) {
				free(value);
				return d->n;
			}
			if (k < 0 && !id_within(m, d, j + 1, ahead)) {
				free(value);
				open = 0;
				break;
			}
			c = k < 0 ? c : k;
			open = at ? grid_put_part(g, r, c++, &d->b[j], value, vend) : put(g, r, c++, j);
			free(value);
			if (at && open) {
				next_id = at;
				j++;
				break;
			}
		}
		r++;
	}
	return j;
}

size_t stacked_read(struct matcher *m, struct doc *d, struct walk *w, size_t i)
{
	int field[RW_MAX_COLS], cols = 1;
	if (!is_name(m, &d->b[i]) || !heads_ids(m, d->b[i].text))
		return 0;
	/* the names, up to the first row's id */
	field[0] = RW_F__COUNT;
	while (i + (size_t)cols < d->n && cols < RW_MAX_COLS && is_name(m, &d->b[i + (size_t)cols])) {
		/* -1: find_header may still know the column by its values */
		field[cols] = header_field(m, d->b[i + (size_t)cols].text);
		cols++;
	}
	if (i + (size_t)cols == d->n)
		return d->ended ? 0 : STACKED_WAIT;
	if (cols < 2 || !is_id(m, &d->b[i + (size_t)cols]))
		return 0;
	struct grid g = {0};
	g.blocks = &d->b;
	g.run_on = 1;
	for (int c = 0; c < cols; c++)
		put(&g, 0, c, i + (size_t)c);
	size_t end = take_rows(m, d, i, field, cols, &g);
	if (end == d->n && !d->ended) {
		grid_free(&g);
		return STACKED_WAIT;
	}
	g.rows = g.cells.rows;
	g.cols = g.cells.cols;
	int read = g.rows - 1 >= MIN_ROWS;
	if (read)
		explain(m, "  %s: a table printed a cell a line, %d columns, %d rows",
			d->b[i].locator ? d->b[i].locator : "?", g.cols, g.rows - 1);
	read = read && grid_table_read(m, d, w, &g, &d->b[i]);
	grid_free(&g);
	return read ? end - i : 0;
}
