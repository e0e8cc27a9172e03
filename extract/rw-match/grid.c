/* grid.c - a table's cells as a grid, from the cell blocks that follow
 * its `table` block. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

const char *cell_text(const struct grid *g, int r, int c)
{
	const struct blk *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->text ? b->text : "";
}

const char *cell_loc(const struct grid *g, int r, int c)
{
	const struct blk *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->locator ? b->locator : "?";
}

int row_is_header(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++) {
		const struct blk *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
		if (b && b->header)
			return 1;
	}
	return 0;
}

/* Fills g from the cell blocks of table `tno` that follow block i. */
int grid_read(struct doc *d, size_t i, struct grid *g)
{
	const struct blk *tb = &d->b[i];
	int tno = tb->table, too_big = 0;
	rw_grid cells = {0};
	for (size_t j = i + 1; j < d->n; j++) {
		struct blk *b = &d->b[j];
		if (b->kind != RW_BLK_CELL && b->kind != RW_BLK_CAPTION && b->kind != RW_BLK_TABLE)
			break;
		if (b->kind == RW_BLK_CELL && b->table == tno && b->row >= 0 && b->col >= 0)
			too_big |= rw_grid_put(&cells, b->row, b->col, b, NULL) != 0;
		if (b->kind == RW_BLK_CAPTION && b->table == tno)
			g->caption = b->text;
	}
	if (too_big)
		rw_warn(d->source, "%s: table %d: more than %u cells; left out",
			tb->locator ? tb->locator : "?", tno, RW_GRID_MAX_CELLS);
	if (too_big || !cells.rows || !cells.cols) {
		rw_grid_free(&cells, NULL);
		g->rows = g->cols = 0;
		g->cell = NULL;
		return -1;
	}
	g->rows = cells.rows;
	g->cols = cells.cols;
	g->cell = (struct blk **)cells.cell; /* row-major, stride cols */
	return 0;
}

/* The header text of each column, header rows joined top to bottom. */
char *column_header(const struct grid *g, int c)
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

