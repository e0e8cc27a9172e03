/* table.c - a <table> as a full grid of cells.
 *
 * Rows come from the table itself and its <thead>/<tbody>/<tfoot>
 * (and from wrappers a sloppy page puts around rows, such as <form>).
 * Cells are placed as the HTML table model places them: each goes to the
 * first free column of its row, and its rowspan/colspan fill the slots
 * below and to the right, where copies are written with `span`.  Ragged
 * rows are padded with empty cells so every row has `cols` cells.  Text
 * that a page puts inside a table but outside any cell is written before
 * the table, where a browser shows it.
 *
 * A table is read as it is parsed: when a row of it ends (html_row_ended),
 * its cells are read, kept in the table's state (the table node's psvi)
 * and the row's subtree is freed; a run of such rows leaves one childless
 * <tr> in the tree, its psvi the number of rows it stands for.  A row
 * whose cells hold a table, or that holds anything but cells, stays in
 * the tree and is read with the table, as are rows in other wrappers. */
#include "html.h"

#include <stdlib.h>
#include <strings.h>

typedef struct cell {
	size_t text;     /* folded, in table.texts */
	int row, col;    /* top-left grid slot */
	int colspan, rowspan; /* rowspan 0: to the end of the row group */
	unsigned th : 1, bold : 1, blank : 1;
	unsigned nested_from, nested_to; /* its tables, in table.nested */
} cell;

typedef struct row {
	xmlNode *tr;           /* NULL: a run of cells right in the table */
	xmlNode *first, *last; /* that run */
	int group;             /* row group: rowspan=0 stops at its end */
	int in_thead;
	int read;              /* its cells were read as the page was parsed */
	int cells;             /* cells that start in this row, and of them */
	int th_cells, bold_cells, filled_cells;
	size_t from, to;       /* those cells, in table.cells */
} row;

typedef struct slots {
	int *v; /* index into table.cells, -1 = free */
	size_t n, cap;
} slots;

typedef struct table {
	xmlNode *node, *caption;
	row *rows;
	size_t nrows, rows_cap;
	cell *cells;
	size_t ncells, cells_cap;
	rw_buf texts; /* the cells' texts, each ended by a NUL: one block,
		       * not one allocation a cell */
	slots *grid; /* one per row */
	size_t cols;
	long used;   /* slots filled so far: the bound on work and memory */
	int groups;
	html_nodes nested, stray;
	row *read;   /* rows read as the page was parsed, in order */
	size_t nread, read_cap, read_next;
	int full;    /* over HTML_MAX_CELLS cells read: later rows are not */
	struct table *prev, *next; /* in html_walker.reading */
} table;

/* ---- attributes ------------------------------------------------------ */

static const char *attr_value(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (!strcasecmp((const char *)a->name, name))
			return a->children && a->children->content
				       ? (const char *)a->children->content : "";
	return NULL;
}

/* A span attribute as browsers read it: leading digits, else dflt;
 * clamped to max. Returns -1 for an explicit 0 (rowspan="0"). */
static int span_value(const xmlNode *n, const char *name, int max)
{
	const char *v = attr_value(n, name);
	if (!v)
		return 1;
	while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r' || *v == '+')
		v++;
	if (*v < '0' || *v > '9')
		return 1;
	long x = 0;
	for (; *v >= '0' && *v <= '9'; v++)
		if (x <= max)
			x = x * 10 + (*v - '0');
	if (x == 0)
		return -1;
	return x > max ? max : (int)x;
}

/* ---- rows ------------------------------------------------------------ */

static int is_cell(const xmlNode *n) { return html_is(n, "td") || html_is(n, "th"); }

/* Whether a wrapper holds rows or cells (not looking into nested tables). */
static int holds_rows(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || html_is(c, "table"))
			continue;
		if (html_is(c, "tr") || is_cell(c) || holds_rows(c))
			return 1;
	}
	return 0;
}

static int is_stray_text(const xmlNode *n)
{
	return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
	       n->content && !rw_is_blank((const char *)n->content);
}

static void add_row(table *t, xmlNode *tr, xmlNode *first, xmlNode *last,
		    int group, int head)
{
	t->rows = rw_xgrow(t->rows, &t->rows_cap, t->nrows + 1, sizeof *t->rows);
	t->rows[t->nrows++] = (row){.tr = tr, .first = first, .last = last,
				    .group = group, .in_thead = head};
}

/* The rows a placeholder <tr> stands for. */
static void add_read_rows(table *t, const xmlNode *tr, int group, int head)
{
	for (uintptr_t k = (uintptr_t)tr->psvi; k > 0 && t->read_next < t->nread; k--) {
		add_row(t, NULL, NULL, NULL, group, head);
		row *r = &t->rows[t->nrows - 1];
		*r = t->read[t->read_next++];
		r->group = group;
		r->in_thead = head;
	}
}

static void collect_rows(table *t, xmlNode *parent, int group, int head)
{
	xmlNode *run = NULL, *run_end = NULL;
	for (xmlNode *c = parent->children; c; c = c->next) {
		if (is_cell(c)) {
			if (!run)
				run = c;
			run_end = c;
			continue;
		}
		if (is_stray_text(c)) {
			html_nodes_push(&t->stray, c);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (run)
			add_row(t, NULL, run, run_end, group, head);
		run = NULL;
		if (html_is(c, "tr") && c->psvi) {
			add_read_rows(t, c, group, head);
		} else if (html_is(c, "tr")) {
			add_row(t, c, NULL, NULL, group, head);
		} else if (html_is(c, "thead") || html_is(c, "tbody") || html_is(c, "tfoot")) {
			collect_rows(t, c, ++t->groups, head || html_is(c, "thead"));
			group = ++t->groups;
		} else if (html_is(c, "caption") && !t->caption) {
			t->caption = c;
		} else if (html_is(c, "col") || html_is(c, "colgroup") ||
			   html_role(c) == ROLE_SKIP) {
			continue;
		} else if (!html_is(c, "table") && holds_rows(c)) {
			collect_rows(t, c, group, head);
		} else {
			html_nodes_push(&t->stray, c);
		}
	}
	if (run)
		add_row(t, NULL, run, run_end, group, head);
}

/* ---- cells ----------------------------------------------------------- */

static void read_cell(html_walker *w, table *t, xmlNode *td, row *rw)
{
	t->cells = rw_xgrow(t->cells, &t->cells_cap, t->ncells + 1, sizeof *t->cells);
	cell *c = &t->cells[t->ncells++];
	memset(c, 0, sizeof *c);
	html_gather g = {.buf = &w->text, .deferred = &t->nested};
	w->text.len = 0;
	if (w->text.s)
		w->text.s[0] = 0;
	c->nested_from = (unsigned)t->nested.n;
	/* A cell styled bold as a whole counts as bold. */
	const char *style = attr_value(td, "style");
	int bold = style && strstr(style, "font-weight") &&
		   (strstr(style, "bold") || strstr(style, "700"));
	html_gather_children(&g, td, bold);
	c->nested_to = (unsigned)t->nested.n;
	char *text = rw_fold_ws(w->text.s);
	c->blank = !*text;
	c->text = t->texts.len;
	rw_buf_add(&t->texts, text, strlen(text) + 1);
	free(text);
	c->th = html_is(td, "th");
	int cs = span_value(td, "colspan", HTML_MAX_COLSPAN);
	int rs = span_value(td, "rowspan", HTML_MAX_ROWSPAN);
	c->colspan = cs < 1 ? 1 : cs;
	c->rowspan = rs < 0 ? 0 : rs;
	c->bold = g.bold_text && !g.plain_text;
	rw->cells++;
	rw->th_cells += c->th;
	rw->filled_cells += !c->blank;
	rw->bold_cells += !c->blank && c->bold;
}

/* Reads each cell of row r, looking through wrappers. */
static void row_cells(html_walker *w, table *t, row *r, xmlNode *first,
		      xmlNode *last)
{
	for (xmlNode *c = first; c; c = c->next) {
		if (is_cell(c))
			read_cell(w, t, c, r);
		else if (is_stray_text(c))
			html_nodes_push(&t->stray, c);
		else if (c->type == XML_ELEMENT_NODE && !html_is(c, "table") &&
			 holds_rows(c))
			row_cells(w, t, r, c->children, NULL);
		else if (c->type == XML_ELEMENT_NODE && html_role(c) != ROLE_SKIP)
			html_nodes_push(&t->stray, c);
		if (c == last)
			break;
	}
}

/* ---- the grid -------------------------------------------------------- */

static int slot_taken(const table *t, size_t y, size_t x)
{
	return x < t->grid[y].n && t->grid[y].v[x] >= 0;
}

static void slot_fill(table *t, size_t y, size_t x, int cellno)
{
	slots *s = &t->grid[y];
	if (x >= s->n) {
		s->v = rw_xgrow(s->v, &s->cap, x + 1, sizeof *s->v);
		while (s->n <= x)
			s->v[s->n++] = -1;
	}
	if (s->v[x] < 0) /* overlapping spans: the first cell keeps the slot */
		s->v[x] = cellno;
	if (s->n > t->cols)
		t->cols = s->n;
}

/* The last row of each row's group (a rowspan never reaches past it),
 * found in one pass from the end: asking row by row would walk the
 * group again for every row, quadratic in a long <tbody>. */
static size_t *group_ends(const table *t)
{
	size_t *end = rw_xcalloc(t->nrows ? t->nrows : 1, sizeof *end);
	for (size_t y = t->nrows; y-- > 0;)
		end[y] = y + 1 < t->nrows && t->rows[y + 1].group == t->rows[y].group ? end[y + 1] : y;
	return end;
}

/* Places cells[from..to), the cells that start in row y. Returns -1 when
 * the table would pass HTML_MAX_CELLS. */
static int place_row(table *t, size_t y, size_t group_end, size_t from, size_t to)
{
	size_t x = 0, left = group_end - y + 1;
	for (size_t i = from; i < to; i++) {
		cell *c = &t->cells[i];
		while (slot_taken(t, y, x))
			x++;
		size_t rows = c->rowspan == 0 || (size_t)c->rowspan > left
				      ? left : (size_t)c->rowspan;
		t->used += (long)c->colspan * (long)rows;
		if (t->used > HTML_MAX_CELLS)
			return -1;
		c->row = (int)y;
		c->col = (int)x;
		c->rowspan = (int)rows;
		for (size_t yy = y; yy < y + rows; yy++)
			for (size_t xx = x; xx < x + (size_t)c->colspan; xx++)
				slot_fill(t, yy, xx, (int)i);
		x += (size_t)c->colspan;
	}
	return 0;
}

/* Reads every row's cells and places them. Returns -1 when too big. */
static int build(html_walker *w, table *t)
{
	t->grid = rw_xcalloc(t->nrows ? t->nrows : 1, sizeof *t->grid);
	size_t *end = group_ends(t);
	for (size_t y = 0; y < t->nrows; y++) {
		row *r = &t->rows[y];
		if (!r->read) {
			r->from = t->ncells;
			row_cells(w, t, r, r->tr ? r->tr->children : r->first,
				  r->tr ? NULL : r->last);
			r->to = t->ncells;
		}
		if (place_row(t, y, end[y], r->from, r->to) != 0) {
			free(end);
			return -1;
		}
	}
	free(end);
	if (t->cols && (long)t->nrows > HTML_MAX_CELLS / (long)t->cols)
		return -1;
	return 0;
}

/* ---- header rows ----------------------------------------------------- */

static int all_th(const row *r) { return r->cells && r->th_cells == r->cells; }

static int all_bold(const row *r)
{
	return r->filled_cells && r->bold_cells == r->filled_cells;
}

/* Header rows: rows in <thead>, rows of only <th>, and - what CMS pages
 * do instead - a first row whose filled cells are all wholly bold, with
 * the rows its rowspans cover when they are bold too. */
static void mark_headers(const table *t, unsigned char *hdr)
{
	for (size_t y = 0; y < t->nrows; y++)
		hdr[y] = t->rows[y].in_thead || all_th(&t->rows[y]);
	if (t->nrows == 0 || !all_bold(&t->rows[0]))
		return;
	size_t reach = 1;
	for (size_t i = t->rows[0].from; i < t->rows[0].to; i++)
		if ((size_t)t->cells[i].rowspan > reach)
			reach = (size_t)t->cells[i].rowspan;
	hdr[0] = 1;
	for (size_t y = 1; y < reach && y < t->nrows; y++)
		if (all_bold(&t->rows[y]) || all_th(&t->rows[y]))
			hdr[y] = 1;
}

/* ---- output ---------------------------------------------------------- */

static void write_block(html_walker *w, rw_block *b)
{
	b->source = (char *)w->source;
	if (!w->write_error && rw_block_write(w->out, b) != 0)
		w->write_error = 1;
}

static void emit_caption(html_walker *w, table *t, int number)
{
	html_nodes nested = {0};
	html_gather g = {.buf = &w->text, .deferred = &nested};
	w->text.len = 0;
	if (w->text.s)
		w->text.s[0] = 0;
	html_gather_children(&g, t->caption, 0);
	if (!rw_is_blank(w->text.s ? w->text.s : "")) {
		rw_block b = {.kind = RW_BLK_CAPTION, .table = number};
		b.text = rw_fold_ws(w->text.s);
		b.locator = (char *)html_locator(w, t->caption);
		write_block(w, &b);
		free(b.text);
	}
	for (size_t i = 0; i < nested.n; i++)
		html_table(w, nested.v[i]);
	free(nested.v);
}

/* Writes "C]" at p (snprintf for every cell was a tenth of the time
 * spent on a large table). */
static void put_column(char *p, size_t c)
{
	char digits[24];
	size_t n = 0;
	do
		digits[n++] = (char)('0' + c % 10);
	while ((c /= 10) > 0);
	while (n > 0)
		*p++ = digits[--n];
	*p++ = ']';
	*p = 0;
}

static void emit_cells(html_walker *w, table *t, int number)
{
	unsigned char *hdr = rw_xcalloc(t->nrows ? t->nrows : 1, 1);
	mark_headers(t, hdr);
	for (size_t y = 0; y < t->nrows && !w->write_error; y++) {
		/* "table[N]/tr[R]/td[", then each column's number */
		char loc[80];
		int row_len = snprintf(loc, sizeof loc - 24, "table[%d]/tr[%zu]/td[", number, y + 1);
		for (size_t x = 0; x < t->cols; x++) {
			int i = x < t->grid[y].n ? t->grid[y].v[x] : -1;
			const cell *c = i >= 0 ? &t->cells[i] : NULL;
			put_column(loc + row_len, x + 1);
			rw_block b = {.kind = RW_BLK_CELL, .table = number,
				      .row = (int)y, .col = (int)x, .locator = loc,
				      .text = c ? t->texts.s + c->text : "", .header = hdr[y]};
			int copy = c && ((size_t)c->row != y || (size_t)c->col != x);
			b.span = copy;
			write_block(w, &b);
			if (c && !copy)
				for (size_t k = c->nested_from; k < c->nested_to; k++)
					html_table(w, t->nested.v[k]);
		}
	}
	free(hdr);
}

/* ---- reading rows as they end -------------------------------------- */

static table *table_state(html_walker *w, xmlNode *node)
{
	if (node->psvi)
		return node->psvi;
	table *t = rw_xcalloc(1, sizeof *t);
	t->node = node;
	t->next = w->reading;
	if (w->reading)
		w->reading->prev = t;
	w->reading = t;
	node->psvi = t;
	return t;
}

static void table_free(table *t)
{
	rw_buf_free(&t->texts);
	for (size_t y = 0; y < t->nrows && t->grid; y++)
		free(t->grid[y].v);
	free(t->grid);
	free(t->cells);
	free(t->rows);
	free(t->read);
	free(t->nested.v);
	free(t->stray.v);
	free(t);
}

/* Frees t, which html_table has written or which is never written. */
static void table_drop(html_walker *w, table *t)
{
	if (t->prev)
		t->prev->next = t->next;
	else
		w->reading = t->next;
	if (t->next)
		t->next->prev = t->prev;
	table_free(t);
}

void html_tables_free(html_walker *w)
{
	while (w->reading)
		table_drop(w, w->reading);
}

static void drop_cells(table *t, size_t from)
{
	if (t->ncells > from)
		t->texts.len = t->cells[from].text;
	t->ncells = from;
}

/* Frees tr, whose cells are read: the blank text and comments between
 * it and the row before go too, as they are never read; it joins the
 * placeholder of the row before when there is one, else it becomes
 * one. */
static void free_read_row(xmlNode *tr)
{
	xmlNode *p;
	while ((p = tr->prev) && p->type != XML_ELEMENT_NODE && !is_stray_text(p)) {
		xmlUnlinkNode(p);
		xmlFreeNode(p);
	}
	if (p && html_is(p, "tr") && p->psvi) {
		p->psvi = (void *)((uintptr_t)p->psvi + 1);
		xmlUnlinkNode(tr);
		xmlFreeNode(tr);
		return;
	}
	xmlFreeNodeList(tr->children);
	tr->children = tr->last = NULL;
	xmlFreePropList(tr->properties);
	tr->properties = NULL;
	tr->psvi = (void *)(uintptr_t)1;
}

void html_row_ended(html_walker *w, xmlNode *tr)
{
	xmlNode *p = tr->parent;
	while (html_is(p, "tbody") || html_is(p, "thead") || html_is(p, "tfoot"))
		p = p->parent;
	if (!html_is(p, "table"))
		return;
	table *t = table_state(w, p);
	if (!t->full) {
		row r = {.read = 1, .from = t->ncells};
		size_t nested = t->nested.n, stray = t->stray.n;
		row_cells(w, t, &r, tr->children, NULL);
		if (t->nested.n != nested || t->stray.n != stray) {
			/* read again with the table, which writes these */
			drop_cells(t, r.from);
			t->nested.n = nested;
			t->stray.n = stray;
			return;
		}
		r.to = t->ncells;
		t->read = rw_xgrow(t->read, &t->read_cap, t->nread + 1, sizeof *t->read);
		t->read[t->nread++] = r;
		/* The table is left out whatever follows (each cell fills a
		 * slot at least): the rows after this are not needed. */
		t->full = t->ncells > (size_t)HTML_MAX_CELLS;
	}
	free_read_row(tr);
}

void html_table(html_walker *w, xmlNode *node)
{
	html_start(w);
	table *t = table_state(w, node);
	collect_rows(t, node, 0, 0);
	free(t->read); /* all in t->rows now */
	t->read = NULL;
	int too_big = build(w, t) != 0;
	/* What sits in the table outside its cells reads before it. */
	for (size_t i = 0; i < t->stray.n; i++)
		html_walk_node(w, t->stray.v[i], node);
	html_flush(w, node);
	int number = ++w->tables;
	if (too_big) {
		rw_warn(w->source, "table %d: more than %ld cells; table left out",
			number, HTML_MAX_CELLS);
		w->failed = 1;
		for (size_t i = 0; i < t->nested.n; i++)
			html_table(w, t->nested.v[i]);
	} else {
		rw_block b = {.kind = RW_BLK_TABLE, .table = number, .rows = (int)t->nrows,
			      .cols = (int)t->cols};
		b.locator = (char *)html_locator(w, node);
		write_block(w, &b);
		if (t->caption)
			emit_caption(w, t, number);
		emit_cells(w, t, number);
	}
	node->psvi = NULL;
	table_drop(w, t);
}
