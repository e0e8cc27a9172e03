/* grid.c - a table's cells as a grid, from the cell blocks that follow
 * its `table` block. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

/* Cells of one table, at most: a grid of pointers this big is 32 MB; a
 * larger one is a misreading or an attack, said and left out. */
#define MAX_CELLS 4000000u

const char *cell_text(const struct grid *g, int r, int c)
{
	const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->text ? b->text : "";
}

const char *cell_loc(const struct grid *g, int r, int c)
{
	const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
	return b && b->locator ? b->locator : "?";
}

int row_is_header(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++) {
		const rw_block *b = g->cell[(size_t)r * (size_t)g->cols + (size_t)c];
		if (b && b->header)
			return 1;
	}
	return 0;
}

/* Fills g from the cell blocks of table `tno` that follow block i. */
int grid_read(struct doc *d, size_t i, struct grid *g)
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

