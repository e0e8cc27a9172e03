/* grid.c - a table's cells as a grid, from the cell blocks that follow
 * its `table` block.  The grid holds each cell as its place among the
 * document's blocks, which grow while a table is read as it comes. */
#include "match.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A cell's place with this bit set is 1 + its index among g->parts. */
#define PART_BIT ((size_t)1 << (sizeof(size_t) * CHAR_BIT - 1))

struct blk *grid_cell(const struct grid *g, int r, int c)
{
	size_t k = (size_t)(uintptr_t)(g->transposed ? rw_grid_at(&g->cells, c, r)
						   : rw_grid_at(&g->cells, r, c));
	if (k & PART_BIT)
		return &g->parts[(k & ~PART_BIT) - 1];
	return k ? &(*g->blocks)[k - 1] : NULL;
}

int grid_put_part(struct grid *g, int r, int c, const struct blk *from, const char *text,
		  size_t len)
{
	g->parts = rw_xgrow(g->parts, &g->partcap, g->nparts + 1, sizeof *g->parts);
	struct blk *b = &g->parts[g->nparts];
	*b = *from;
	b->text = rw_xstrndup(text, len);
	b->reading = 0;
	if (rw_grid_put(&g->cells, r, c, (void *)(uintptr_t)((g->nparts + 1) | PART_BIT), NULL)) {
		free((char *)b->text);
		return 0;
	}
	g->nparts++;
	return 1;
}

const char *cell_text(const struct grid *g, int r, int c)
{
	const struct blk *b = grid_cell(g, r, c);
	return b && b->text ? b->text : "";
}

const char *cell_loc(const struct grid *g, int r, int c)
{
	const struct blk *b = grid_cell(g, r, c);
	return b && b->locator ? b->locator : "?";
}

int row_is_header(const struct grid *g, int r)
{
	if (g->transposed)
		return r == 0;
	for (int c = 0; c < g->cols; c++) {
		const struct blk *b = grid_cell(g, r, c);
		if (b && b->header)
			return 1;
	}
	return 0;
}

/* Whether block b ends the table whose cells come before it. */
static int ends_table(const struct blk *b)
{
	return b->kind != RW_BLK_CELL && b->kind != RW_BLK_CAPTION && b->kind != RW_BLK_TABLE;
}

/* Whether table tno goes on after blocks[j] (before to): the next table
 * block is a part of it. Text a PDF reader found beside a table that
 * goes on over the page (a column of notes the table's grid left out)
 * comes between its parts and ends neither. */
static int goes_on_after(const struct doc *d, size_t j, size_t to, int tno)
{
	for (size_t k = j + 1; k < to; k++)
		if (d->b[k].kind == RW_BLK_TABLE)
			return d->b[k].table == tno;
	return 0;
}

int grid_take(struct doc *d, size_t i, struct grid *g, size_t from, size_t to)
{
	const struct blk *tb = &d->b[i];
	int tno = tb->table, too_big = 0;
	g->blocks = &d->b;
	for (size_t j = from; j < to; j++) {
		const struct blk *b = &d->b[j];
		if (ends_table(b) && !goes_on_after(d, j, to, tno))
			break;
		if (b->kind == RW_BLK_CELL && b->table == tno && b->row >= 0 && b->col >= 0)
			too_big |= rw_grid_put(&g->cells, b->row, b->col, (void *)(uintptr_t)(j + 1), NULL) != 0;
		if (b->kind == RW_BLK_CAPTION && b->table == tno)
			g->caption = b->text;
	}
	if (too_big)
		doc_warn(d, "%s: table %d: more than %u cells; left out",
			 tb->locator ? tb->locator : "?", tno, RW_GRID_MAX_CELLS);
	g->rows = g->cells.rows;
	g->cols = g->cells.cols;
	return too_big ? -1 : 0;
}

struct grid grid_transposed(const struct grid *g)
{
	struct grid t = {.rows = g->cols, .cols = g->rows, .cells = g->cells, .blocks = g->blocks,
			 .caption = g->caption, .transposed = 1, .id_col = -1, .list_col = -1,
			 .parts = g->parts, .nparts = g->nparts};
	return t;
}

int grid_read(struct doc *d, size_t i, struct grid *g)
{
	if (grid_take(d, i, g, i + 1, d->n) != 0 || !g->rows || !g->cols) {
		grid_free(g);
		return -1;
	}
	return 0;
}

void grid_free(struct grid *g)
{
	rw_grid_free(&g->cells, NULL);
	for (size_t k = 0; k < g->nparts; k++)
		free((char *)g->parts[k].text);
	free(g->parts);
	g->parts = NULL;
	g->nparts = g->partcap = 0;
	g->rows = g->cols = 0;
}

int row_spans_table(const struct grid *g, int r)
{
	if (g->cols < 2)
		return 0;
	const char *first = cell_text(g, r, 0);
	int same = 1, alone = 1;
	for (int c = 1; c < g->cols; c++) {
		const char *t = cell_text(g, r, c);
		same &= !strcmp(first, t);
		alone &= !*t;
	}
	/* a cell across the row is its text in every place (HTML), or in
	 * its first with the rest empty (PDF): then the row under it names
	 * the first column (else the text is that column's own name, set
	 * once over a header of two rows) */
	return *first && (same || (alone && r + 1 < g->rows && *cell_text(g, r + 1, 0)));
}

char *column_header(const struct grid *g, int c)
{
	rw_buf b = {0};
	const char *prev = NULL;
	/* a title across the table heads no column, when rows under it do */
	int titles = 0;
	while (titles < g->nhead && row_spans_table(g, titles))
		titles++;
	for (int r = titles < g->nhead ? titles : 0; r < g->nhead; r++) {
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

