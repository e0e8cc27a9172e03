/* table.c - a <table> as a grid of cells, read as it is parsed.
 *
 * Rows come from the table itself and its <thead>/<tbody>/<tfoot>
 * (and from wrappers a sloppy page puts around rows, such as <form>);
 * a run of cells right in the table is a row too.  Cells are placed as
 * the HTML table model places them: each goes to the first free column
 * of its row, and its rowspan/colspan fill the slots below and to the
 * right, where copies are written with `span`; a rowspan stops at the
 * end of its row group.
 *
 * When a row ends (html_row_ended), what of its table lies before it is
 * read (the rows in order, a caption, text outside the cells) and the
 * row's cells are placed; what is read is freed from the tree, but for
 * what is still to be written (text outside the cells, the caption, a
 * held row whose cells hold a table).  Each part of the table that holds
 * rows (a `holder`: the table, a row group, a wrapper) remembers the last
 * child it kept, so each row end reads only what came since.
 *
 * A table the walk meets as it comes (its parent is walked open,
 * stream.c) is written as it is read: its `table` block before its first
 * row, each row when it ends, padded with empty cells to the widest row
 * so far.  Its size is never written: a reader of the stream takes it
 * from the cells (schema/blocks.md).  Any other table (in a cell, in a
 * paragraph) is held and written when the walk reaches it, after the
 * block it is in, every row padded to the widest.  Text that a page puts
 * inside a table but outside its cells is written before the table (where
 * a browser shows it) when it comes before the table's first row is
 * written, else after the table's rows. */
#include "html.h"

#include <limits.h>
#include <stdlib.h>
#include <strings.h>

typedef struct cell {
	size_t text;     /* folded, in table.texts */
	int row, col;    /* top-left grid slot */
	int colspan, rowspan; /* rowspan 0: to the end of the row group */
	unsigned th : 1, bold : 1, blank : 1;
	unsigned nested_from, nested_to; /* its tables, in table.nested */
} cell;

/* What a row read says of itself. */
typedef struct row {
	int group, head;   /* its row group; in a <thead> */
	size_t from, to;   /* the cells that start in it, in table.cells */
	int cells, th_cells, bold_cells, filled_cells;
} row;

/* A cell's rowspan, still to fill rows below. */
typedef struct span {
	size_t cell;
	int col, colspan;
	int left; /* rows still to fill; -1: to the end of the row group */
} span;

/* A row placed, held until its table is written. */
typedef struct held {
	int *slot; /* the cell of each column, -1 = none */
	size_t n;
	int header;
} held;

/* A part of a table that holds rows: the table, a row group, a wrapper. */
typedef struct holder {
	xmlNode *node;
	xmlNode *kept; /* its last child read and kept in the tree; NULL: none */
	int group;     /* of the rows right in it */
	int head;      /* inside a <thead> */
	struct holder *next; /* the table's other holders */
} holder;

typedef struct table {
	xmlNode *node, *caption;
	const xmlNode *owner;  /* streams: the owner of the bare text before it */
	int streams;   /* written as it is read */
	int started;   /* its number given, what reads before it written */
	int number;
	int caption_done;
	int over;      /* past HTML_MAX_CELLS: the rows after are left out */
	holder top, *holders;
	int groups;
	cell *cells;   /* of the rows not written yet, and of open rowspans */
	size_t ncells, cells_cap;
	rw_buf texts;  /* the cells' texts, each ended by a NUL: one block,
			* not one allocation a cell */
	html_nodes nested, stray;
	size_t stray_done; /* stray nodes written */
	span *spans;
	size_t nspans, spans_cap;
	int *slot;     /* the row being placed */
	size_t nslot, slot_cap;
	held *held;
	size_t nheld, held_cap;
	size_t rows;   /* rows placed */
	int last_group;
	size_t cols;   /* the widest row so far */
	long used;     /* slots filled: the bound on work and memory */
	long written;  /* cells written (streams) */
	int first_bold; /* the first row is wholly bold: a header */
	int first_run;  /* the rows so far are all in the first row's group */
	long first_reach; /* rows the first row's rowspans reach */
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

/* ---- what a table holds ---------------------------------------------- */

static int is_cell(const xmlNode *n) { return html_is(n, "td") || html_is(n, "th"); }

static int is_group(const xmlNode *n)
{
	return html_is(n, "thead") || html_is(n, "tbody") || html_is(n, "tfoot");
}

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

/* Reads each cell of a row from first to last (NULL: to the end),
 * looking through wrappers. */
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

/* Gives columns [x, x + n) of the row being placed to cell i where free
 * (overlapping spans: the first cell keeps the slot). */
static void fill(table *t, size_t x, size_t n, size_t i)
{
	if (x + n > t->nslot) {
		t->slot = rw_xgrow(t->slot, &t->slot_cap, x + n, sizeof *t->slot);
		while (t->nslot < x + n)
			t->slot[t->nslot++] = -1;
	}
	for (size_t xx = x; xx < x + n; xx++)
		if (t->slot[xx] < 0)
			t->slot[xx] = (int)i;
	t->used += (long)n;
}

static int all_th(const row *r) { return r->cells && r->th_cells == r->cells; }

static int all_bold(const row *r)
{
	return r->filled_cells && r->bold_cells == r->filled_cells;
}

/* Header rows: rows in <thead>, rows of only <th>, and - what CMS pages
 * do instead - a first row whose filled cells are all wholly bold, with
 * the rows its rowspans cover when they are bold too. */
static int is_header(table *t, const row *r)
{
	if (t->rows == 0) {
		t->first_bold = all_bold(r);
		t->first_reach = 1;
		for (size_t i = r->from; i < r->to; i++) {
			long rs = t->cells[i].rowspan ? t->cells[i].rowspan : LONG_MAX;
			if (rs > t->first_reach)
				t->first_reach = rs;
		}
		return r->head || all_th(r) || t->first_bold;
	}
	return r->head || all_th(r) ||
	       (t->first_bold && t->first_run && (long)t->rows < t->first_reach && all_bold(r));
}

/* Places row r's cells in the next row of the grid (t->slot); returns
 * whether it is a header row. */
static int place_row(table *t, const row *r)
{
	if (t->rows > 0 && r->group != t->last_group) {
		t->nspans = 0; /* a rowspan stops at the end of its row group */
		t->first_run = 0;
	} else if (t->rows == 0) {
		t->first_run = 1;
	}
	t->last_group = r->group;
	t->nslot = 0;
	size_t keep = 0;
	for (size_t k = 0; k < t->nspans; k++) {
		span s = t->spans[k];
		fill(t, (size_t)s.col, (size_t)s.colspan, s.cell);
		if (s.left > 0)
			s.left--;
		if (s.left != 0)
			t->spans[keep++] = s;
	}
	t->nspans = keep;
	size_t x = 0;
	for (size_t i = r->from; i < r->to; i++) {
		cell *c = &t->cells[i];
		while (x < t->nslot && t->slot[x] >= 0)
			x++;
		c->row = (int)t->rows;
		c->col = (int)x;
		fill(t, x, (size_t)c->colspan, i);
		if (c->rowspan != 1) {
			t->spans = rw_xgrow(t->spans, &t->spans_cap, t->nspans + 1, sizeof *t->spans);
			t->spans[t->nspans++] = (span){.cell = i, .col = (int)x, .colspan = c->colspan,
						       .left = c->rowspan ? c->rowspan - 1 : -1};
		}
		x += (size_t)c->colspan;
	}
	if (t->nslot > t->cols)
		t->cols = t->nslot;
	int header = is_header(t, r);
	t->rows++;
	return header;
}

/* Slots the open rowspans will still fill, as far as they are known. */
static long spans_ahead(const table *t)
{
	long n = 0;
	for (size_t k = 0; k < t->nspans; k++)
		if (t->spans[k].left > 0)
			n += (long)t->spans[k].colspan * t->spans[k].left;
	return n;
}

/* Keeps only the cells open rowspans still copy (a table written as it
 * is read holds no more). */
static void forget_cells(table *t)
{
	size_t n = 0, len = 0;
	for (size_t k = 0; k < t->nspans; k++) {
		cell c = t->cells[t->spans[k].cell];
		size_t size = strlen(t->texts.s + c.text) + 1;
		memmove(t->texts.s + len, t->texts.s + c.text, size);
		c.text = len;
		c.nested_from = c.nested_to = 0;
		len += size;
		t->cells[n] = c;
		t->spans[k].cell = n++;
	}
	t->ncells = n;
	t->texts.len = len;
	t->nested.n = 0;
}

/* ---- output ---------------------------------------------------------- */

static void write_block(html_walker *w, rw_block *b)
{
	b->source = (char *)w->source;
	if (!w->write_error && rw_block_write(w->out, b) != 0)
		w->write_error = 1;
}

static void emit_caption(html_walker *w, table *t)
{
	html_nodes nested = {0};
	html_gather g = {.buf = &w->text, .deferred = &nested};
	w->text.len = 0;
	if (w->text.s)
		w->text.s[0] = 0;
	t->caption_done = 1;
	html_gather_children(&g, t->caption, 0);
	if (!rw_is_blank(w->text.s ? w->text.s : "")) {
		rw_block b = {.kind = RW_BLK_CAPTION, .table = t->number};
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

/* Writes grid row y (slot: the cell of each column) padded to width
 * columns, each nested table after the cell that holds it. */
static void write_row(html_walker *w, table *t, size_t y, const int *slot, size_t n,
		      size_t width, int header)
{
	/* "table[N]/tr[R]/td[", then each column's number */
	char loc[80];
	int row_len = snprintf(loc, sizeof loc - 24, "table[%d]/tr[%zu]/td[", t->number, y + 1);
	for (size_t x = 0; x < width && !w->write_error; x++) {
		int i = x < n ? slot[x] : -1;
		const cell *c = i >= 0 ? &t->cells[i] : NULL;
		put_column(loc + row_len, x + 1);
		rw_block b = {.kind = RW_BLK_CELL, .table = t->number, .row = (int)y,
			      .col = (int)x, .locator = loc,
			      .text = c ? t->texts.s + c->text : "", .header = header};
		int copy = c && ((size_t)c->row != y || (size_t)c->col != x);
		b.span = copy;
		write_block(w, &b);
		if (c && !copy)
			for (size_t k = c->nested_from; k < c->nested_to; k++)
				html_table(w, t->nested.v[k]);
	}
}

/* The tables nested in cells [from, to), written although their table
 * is not. */
static void write_nested(html_walker *w, table *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		for (size_t k = t->cells[i].nested_from; k < t->cells[i].nested_to; k++)
			html_table(w, t->nested.v[k]);
}

/* What sits in the table outside its cells and is not written yet. */
static void write_stray(html_walker *w, table *t)
{
	for (; t->stray_done < t->stray.n; t->stray_done++)
		html_walk_node(w, t->stray.v[t->stray_done], t->node);
	html_flush(w, t->node);
}

/* Gives the table its number, after writing what reads before it. */
static void table_begin(html_walker *w, table *t)
{
	t->started = 1;
	html_start(w);
	if (t->streams)
		html_flush(w, t->owner);
	write_stray(w, t);
	t->number = ++w->tables;
}

static void write_head(html_walker *w, table *t)
{
	rw_block b = {.kind = RW_BLK_TABLE, .table = t->number};
	b.locator = (char *)html_locator(w, t->node);
	write_block(w, &b);
	if (t->caption)
		emit_caption(w, t);
}

static void too_big(html_walker *w, table *t)
{
	if (t->rows > 1 && t->streams)
		rw_warn(w->source, "table %d: more than %ld cells; row %zu and those after it left out",
			t->number, HTML_MAX_CELLS, t->rows);
	else
		rw_warn(w->source, "table %d: more than %ld cells; table left out",
			t->number, HTML_MAX_CELLS);
	w->failed = 1;
	t->over = 1;
}

/* A row read: placed, then written (a table that streams) or held. */
static void row_ready(html_walker *w, table *t, row *r)
{
	if (t->over) {
		write_nested(w, t, r->from, r->to);
		return;
	}
	int header = place_row(t, r);
	if (!t->streams) {
		t->over = t->used > HTML_MAX_CELLS;
		t->held = rw_xgrow(t->held, &t->held_cap, t->nheld + 1, sizeof *t->held);
		held *h = &t->held[t->nheld++];
		h->slot = rw_xmalloc((t->nslot ? t->nslot : 1) * sizeof *h->slot);
		if (t->nslot) /* a row with no cell has no slots to copy */
			memcpy(h->slot, t->slot, t->nslot * sizeof *h->slot);
		h->n = t->nslot;
		h->header = header;
		return;
	}
	int first = !t->started;
	if (first)
		table_begin(w, t);
	if (t->written + (long)t->cols + spans_ahead(t) > HTML_MAX_CELLS) {
		too_big(w, t);
		write_nested(w, t, r->from, r->to);
		return;
	}
	if (first)
		write_head(w, t);
	write_row(w, t, t->rows - 1, t->slot, t->nslot, t->cols, header);
	t->written += (long)t->cols;
	forget_cells(t);
}

/* ---- reading rows as they end -------------------------------------- */

static table *table_state(html_walker *w, xmlNode *node)
{
	if (node->psvi)
		return node->psvi;
	table *t = rw_xcalloc(1, sizeof *t);
	t->node = node;
	t->top.node = node;
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
	for (size_t i = 0; i < t->nheld; i++)
		free(t->held[i].slot);
	free(t->held);
	while (t->holders) { /* their nodes may be freed already */
		holder *l = t->holders;
		t->holders = l->next;
		free(l);
	}
	free(t->spans);
	free(t->slot);
	free(t->cells);
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

void html_table_opens(html_walker *w, xmlNode *node, const xmlNode *owner)
{
	table *t = table_state(w, node);
	t->streams = 1;
	t->owner = owner;
}

/* The holder of a row group or wrapper c met in L, made when first met:
 * a row group is a group of its own, and the rows after it in L another. */
static holder *holder_of(table *t, holder *L, xmlNode *c)
{
	if (c->psvi)
		return c->psvi;
	holder *l = rw_xcalloc(1, sizeof *l);
	l->node = c;
	l->next = t->holders;
	t->holders = l;
	c->psvi = l;
	l->head = L->head;
	l->group = L->group;
	if (is_group(c)) {
		l->group = ++t->groups;
		l->head = L->head || html_is(c, "thead");
		L->group = ++t->groups;
	}
	return l;
}

/* The mark of a <tr> read and emptied, left in the tree until a later
 * sibling comes: libxml2 adds the next text to the last child of an
 * element when it is text, and a row's end must not make a kept text
 * (or one already freed) the last. */
static char row_read;

static void hollow(xmlNode *tr)
{
	xmlFreeNodeList(tr->children);
	tr->children = tr->last = NULL;
	xmlFreePropList(tr->properties);
	tr->properties = NULL;
	tr->psvi = &row_read;
}

/* Reads the row that is the cells first..last (first == last: a <tr>)
 * and frees it, unless what it holds is still to be written. */
static void take_row(html_walker *w, table *t, holder *L, xmlNode *first, xmlNode *last,
		     int *kept_last)
{
	int tr = first == last && html_is(first, "tr");
	row r = {.group = L->group, .head = L->head, .from = t->ncells};
	size_t nested = t->nested.n, stray = t->stray.n;
	if (!t->over)
		row_cells(w, t, &r, tr ? first->children : first, tr ? NULL : last);
	r.to = t->ncells;
	int keep = t->stray.n != stray || (!t->streams && t->nested.n != nested);
	row_ready(w, t, &r);
	if (keep) {
		if (tr || !*kept_last)
			L->kept = last;
		*kept_last = 1;
		return;
	}
	if (tr && !first->next) {
		hollow(first);
		return;
	}
	for (xmlNode *c = first, *next; c; c = next) {
		next = c->next;
		int end = c == last;
		if (is_cell(c) || c == first) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
		if (end)
			break;
	}
}

static void keep_node(holder *L, xmlNode *c, int *kept_last)
{
	L->kept = c;
	*kept_last = 1;
}

static void drain(html_walker *w, table *t, holder *L, xmlNode *tr);

/* Whether c, met in a table, holds its rows: a row group, or a wrapper
 * (one known as such already: its rows may be read and gone). */
static int holds_rows_here(const xmlNode *c)
{
	return is_group(c) || (!html_is(c, "table") && (c->psvi || holds_rows(c)));
}

/* Reads c, a child of L that has ended. */
static void take_child(html_walker *w, table *t, holder *L, xmlNode *c, int *kept_last)
{
	if (c->psvi == &row_read) {
		html_free_node(c);
	} else if (html_is(c, "tr")) {
		take_row(w, t, L, c, c, kept_last);
	} else if (html_is(c, "caption") && !t->caption) {
		t->caption = c;
		keep_node(L, c, kept_last);
	} else if (html_is(c, "col") || html_is(c, "colgroup") || html_role(c) == ROLE_SKIP) {
		html_free_node(c);
	} else if (holds_rows_here(c)) {
		holder *l = holder_of(t, L, c);
		drain(w, t, l, NULL);
		if (l->kept) {
			keep_node(L, c, kept_last);
		} else {
			l->node = NULL;
			html_free_node(c);
		}
	} else {
		html_nodes_push(&t->stray, c);
		keep_node(L, c, kept_last);
	}
}

/* The child of L on the way down to n, or NULL. */
static xmlNode *path_child(xmlNode *n, const xmlNode *L)
{
	while (n && n->parent != L)
		n = n->parent;
	return n;
}

/* Reads what of holder L has not been read and lies before tr (the row
 * that just ended, inside L; NULL: all of L, which has ended), then tr
 * when it is a row of the table. */
static void drain(html_walker *w, table *t, holder *L, xmlNode *tr)
{
	xmlNode *stop = tr ? path_child(tr, L->node) : NULL;
	xmlNode *run = NULL, *run_end = NULL;
	int kept_last = 0; /* a node after the run's last cell was kept */
	xmlNode *c = L->kept ? L->kept->next : L->node->children;
	while (c && c != stop) {
		xmlNode *next = c->next;
		if (is_cell(c)) {
			if (!run)
				run = c;
			run_end = c;
			kept_last = 0;
		} else if (is_stray_text(c)) {
			html_nodes_push(&t->stray, c);
			keep_node(L, c, &kept_last);
		} else if (c->type != XML_ELEMENT_NODE) {
			html_free_node(c);
		} else {
			if (run)
				take_row(w, t, L, run, run_end, &kept_last);
			run = NULL;
			take_child(w, t, L, c, &kept_last);
		}
		c = next;
	}
	if (run)
		take_row(w, t, L, run, run_end, &kept_last);
	if (!stop)
		return;
	if (stop == tr) {
		take_row(w, t, L, tr, tr, &kept_last);
		return;
	}
	/* the row lies in a row group or wrapper still open, or in what
	 * holds no rows (a caption, a row still open) */
	if (html_is(stop, "tr") || html_is(stop, "col") || html_is(stop, "colgroup") ||
	    html_role(stop) == ROLE_SKIP ||
	    (html_is(stop, "caption") && !t->caption))
		return;
	drain(w, t, holder_of(t, L, stop), tr);
}

void html_row_ended(html_walker *w, xmlNode *tr)
{
	xmlNode *p = tr->parent;
	while (p && !html_is(p, "table")) {
		if (is_cell(p))
			return; /* a row inside a cell is the cell's text */
		p = p->parent;
	}
	if (p) {
		table *t = table_state(w, p);
		drain(w, t, &t->top, tr);
	}
}

void html_table(html_walker *w, xmlNode *node)
{
	html_start(w);
	table *t = table_state(w, node);
	drain(w, t, &t->top, NULL);
	if (!t->started) {
		table_begin(w, t);
		if (t->over || (t->cols && (long)t->rows > HTML_MAX_CELLS / (long)t->cols)) {
			too_big(w, t);
			write_nested(w, t, 0, t->ncells);
		} else {
			write_head(w, t);
			for (size_t y = 0; y < t->nheld && !w->write_error; y++)
				write_row(w, t, y, t->held[y].slot, t->held[y].n, t->cols,
					  t->held[y].header);
		}
	}
	/* what came after the first row was written: after the rows */
	write_stray(w, t);
	if (t->caption && !t->caption_done && !t->over)
		emit_caption(w, t);
	node->psvi = NULL;
	table_drop(w, t);
}
