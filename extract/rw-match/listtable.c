/* listtable.c - tables that are not one row per recommendation.
 *
 * A summary table pairs a value with a list of recommendations, a row per
 * value: `Status | Recommendations` with "17 Recommendations: 3.2, 3.3,
 * ..." beside "Complete".  Each listed id gets the row's status, Board
 * action or priority (the stated count is checked); a row with no value
 * of its own continues the list of the row above.
 *
 * A table whose header maps nothing but whose first column reads as ids
 * ("Ref", "State"; a header row the reader merged into one cell) - or
 * any row of it whose first cell does - is not
 * read - guessing its columns would be guessing - but never dropped in
 * silence: each such row goes to the rejects and the table is a near
 * miss (nearmiss.c). */
#include "match.h"

#include <stdlib.h>
#include <string.h>

/* The row's value for the field in column c, or NULL (unmapped: tallied). */
static const char *row_value(struct matcher *m, struct doc *d, const struct grid *g, int r, int c)
{
	return field_value(m, d, (enum rw_field)g->col_field[c], cell_text(g, r, c), cell_loc(g, r, c));
}

struct list_ctx {
	const char *review, *asof, *action_date;
};

/* Does row r give a value (any cell of a status, decision or priority
 * column not empty)? */
static int row_has_value(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++)
		if (is_valued(g->col_field[c]) && *cell_text(g, r, c))
			return 1;
	return 0;
}

/* The list cells of rows [r0, r1) joined: a list wrapped over rows. */
static char *group_list(const struct grid *g, int r0, int r1)
{
	rw_buf b = {0};
	for (int r = r0; r < r1; r++) {
		const char *t = cell_text(g, r, g->list_col);
		if (*t && b.len)
			rw_buf_addc(&b, ' ');
		rw_buf_adds(&b, t);
	}
	return rw_buf_take(&b);
}

/* Rows [r0, r1): the values of row r0 for the ids the group lists. */
static void list_group(struct matcher *m, struct doc *d, const struct grid *g, int r0, int r1,
		       const struct list_ctx *x)
{
	char *text = group_list(g, r0, r1);
	const char *loc = cell_loc(g, r0, g->list_col);
	rw_idlist l;
	long count = ids_listed(m, text, &l);
	if (!l.n) {
		if (*text && !rw_rules_classify(m->rules, RW_R_EMPTY, text))
			emit_reject(m, d, loc, "no list of recommendations", text,
				    "cannot read a list of recommendations from \"%s\"", text);
	} else if (!row_has_value(g, r0)) {
		emit_reject(m, d, loc, "a list with no value beside it", text,
			    "%zu recommendation%s listed with no value beside them", l.n,
			    l.n == 1 ? "" : "s");
	} else {
		check_count(m, d, loc, count, l.n);
	}
	for (int c = 0; c < g->cols && c < RW_MAX_COLS && l.n; c++) {
		if (!is_valued(g->col_field[c]))
			continue;
		const char *v = row_value(m, d, g, r0, c);
		enum rw_field f = (enum rw_field)g->col_field[c];
		char own[RW_ISO_DATE_SIZE];
		const char *raw = cell_text(g, r0, c);
		const char *date = f == RW_F_BOARD_ACTION ? action_date(m, raw, own, x->action_date)
							  : x->asof;
		for (size_t i = 0; v && i < l.n; i++)
			emit_fact(m, d, x->review, l.v[i], f, v, raw, date, cell_loc(g, r0, c));
	}
	rw_idlist_free(&l);
	free(text);
}

void list_table_read(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g)
{
	const char *cap_review = g->caption ? review_in(m, g->caption) : NULL;
	char asof[RW_ISO_DATE_SIZE];
	const char *from = table_asof(m, d, w, g, asof), *act_from;
	struct list_ctx x = {
		.review = cap_review && !m->force_review ? cap_review : current_review(m, d, w),
		.asof = asof,
		.action_date = table_action_date(d, w, g, &act_from),
	};
	explain(m, "    a value per row for the recommendations listed in column %d; snapshot date %s%s%s",
		g->list_col + 1, asof[0] ? asof : "none", from ? ", from " : "", from ? from : "");
	/* a row with no value of its own goes on with the list of the row
	 * above (a cell wrapped over rows, a page break) */
	for (int r0 = g->nhead, r1; r0 < g->rows; r0 = r1) {
		if (row_is_header(g, r0)) {
			r1 = r0 + 1;
			continue;
		}
		for (r1 = r0 + 1; r1 < g->rows && !row_is_header(g, r1) && !row_has_value(g, r1);)
			r1++;
		list_group(m, d, g, r0, r1, &x);
	}
}

/* The text of row r, its cells joined by " | ". */
static char *row_text(const struct grid *g, int r)
{
	rw_buf b = {0};
	for (int c = 0; c < g->cols; c++) {
		if (c)
			rw_buf_adds(&b, " | ");
		rw_buf_adds(&b, cell_text(g, r, c));
	}
	return rw_buf_take(&b);
}

/* The header cells no [header] rule maps, quoted, for the near-miss line. */
static char *unmapped_heads(struct matcher *m, const struct grid *g, int nhead)
{
	rw_buf b = {0};
	for (int c = 0; c < g->cols && c < RW_MAX_COLS && nhead; c++) {
		struct grid one = *g;
		one.nhead = nhead;
		char *head = column_header(&one, c);
		if (c == 0 || !rw_rules_classify(m->rules, RW_R_HEADER, head))
			rw_buf_addf(&b, "%s\"%s\"", b.len ? ", " : "", head);
		free(head);
	}
	if (!b.len)
		rw_buf_adds(&b, "no header row");
	return rw_buf_take(&b);
}

/* A table whose header names two fields of values or more (status,
 * Board action, priority) and whose first column holds no id: the
 * columns of a recommendation table a reader set apart from its ids
 * (two tables side by side where the page has one). Said in one line,
 * its rows kept in the rejects. */
static void values_without_ids(struct matcher *m, struct doc *d, const struct blk *tb,
			       const struct grid *g, int nhead)
{
	unsigned named = 0;
	int fields = 0, rows = 0;
	for (int c = 0; c < g->cols && nhead; c++) {
		rw_buf h = {0};
		for (int r = 0; r < nhead; r++) {
			if (h.len)
				rw_buf_addc(&h, ' ');
			rw_buf_adds(&h, cell_text(g, r, c));
		}
		int f = h.len ? header_field(m, h.s) : -1;
		if (is_valued(f) && !(named & (1u << f)))
			named |= 1u << f, fields++;
		rw_buf_free(&h);
	}
	if (fields < 2)
		return;
	for (int r = nhead; r < g->rows; r++) {
		char *text = row_text(g, r);
		if (*text) {
			reject_quietly(m, d, cell_loc(g, r, 0), "a row of a table with values and no ids", text);
			rows++;
		}
		free(text);
	}
	if (rows)
		doc_warn(d, "%s: a table whose header names recommendation fields but no column of ids: "
			 "%d rows not read", tb->locator ? tb->locator : "a table", rows);
}

void unmapped_table(struct matcher *m, struct doc *d, const struct blk *tb, const struct grid *g)
{
	/* the header: the rows the reader marked, else a first row that
	 * does not read as an id */
	int nhead = 0;
	while (nhead < g->rows && row_is_header(g, nhead))
		nhead++;
	char *first = nhead || !g->rows ? NULL : rw_id_from_cell(m->rules, cell_text(g, 0, 0));
	if (!nhead && g->rows > 1 && !first && *cell_text(g, 0, 0))
		nhead = 1;
	free(first);
	int ids = 0, filled = 0;
	for (int r = nhead; r < g->rows; r++) {
		const char *t = cell_text(g, r, 0);
		char *id = *t ? rw_id_from_cell(m->rules, t) : NULL;
		filled += *t != 0;
		ids += id != NULL;
		free(id);
	}
	if (!ids) {
		values_without_ids(m, d, tb, g, nhead);
		return; /* no row names a recommendation */
	}
	for (int r = nhead; r < g->rows; r++) {
		char *id = rw_id_from_cell(m->rules, cell_text(g, r, 0));
		if (id) {
			char *text = row_text(g, r);
			reject_quietly(m, d, cell_loc(g, r, 0), "a row of a table whose header names no field",
				       text);
			free(text);
		}
		free(id);
	}
	char *heads = unmapped_heads(m, g, nhead);
	near_table(m, d, tb, ids, filled, heads);
	free(heads);
}
