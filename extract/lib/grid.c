/* grid.c - a table's cells as a grid: row-major, grown as the cells
 * arrive in any order, bounded by RW_GRID_MAX_CELLS.  rw-match and
 * rw-tables both assemble their tables here, so that both read the same
 * tables and refuse the same ones. */
#include "rwlib.h"

#include <stdlib.h>
#include <string.h>

/* Re-lays the cells for `cols` columns and room for `row_cap` rows. */
static void relayout(rw_grid *g, int row_cap, int cols)
{
	void **n = rw_xcalloc((size_t)row_cap * (size_t)cols, sizeof *n);
	for (int r = 0; r < g->rows; r++)
		memcpy(n + (size_t)r * (size_t)cols, g->cell + (size_t)r * (size_t)g->cols,
		       (size_t)g->cols * sizeof *n);
	free(g->cell);
	g->cell = n;
	g->row_cap = row_cap;
	g->cols = cols;
}

/* Room for `rows` rows: the capacity doubles (amortised linear time for
 * cells that come row by row), but never past what the cap allows. */
static void make_rows(rw_grid *g, int rows)
{
	if (rows <= g->row_cap)
		return;
	size_t most = RW_GRID_MAX_CELLS / (size_t)g->cols;
	size_t cap = g->row_cap ? (size_t)g->row_cap * 2 : 1;
	if (cap > most)
		cap = most;
	if (cap < (size_t)rows)
		cap = (size_t)rows;
	relayout(g, (int)cap, g->cols);
}

int rw_grid_put(rw_grid *g, int row, int col, void *v, void **old)
{
	if (row < 0 || col < 0 || (size_t)row >= RW_GRID_MAX_CELLS || (size_t)col >= RW_GRID_MAX_CELLS)
		return -1;
	int rows = row >= g->rows ? row + 1 : g->rows, cols = col >= g->cols ? col + 1 : g->cols;
	if ((size_t)rows * (size_t)cols > RW_GRID_MAX_CELLS)
		return -1;
	if (cols > g->cols)
		relayout(g, rows > g->row_cap ? rows : g->row_cap, cols);
	make_rows(g, rows);
	g->rows = rows;
	void **slot = &g->cell[(size_t)row * (size_t)g->cols + (size_t)col];
	if (old)
		*old = *slot;
	*slot = v;
	return 0;
}

void *rw_grid_at(const rw_grid *g, int row, int col)
{
	return g->cell[(size_t)row * (size_t)g->cols + (size_t)col];
}

void rw_grid_free(rw_grid *g, void (*free_cell)(void *))
{
	for (size_t k = 0; free_cell && k < (size_t)g->rows * (size_t)g->cols; k++)
		free_cell(g->cell[k]);
	free(g->cell);
	memset(g, 0, sizeof *g);
}
