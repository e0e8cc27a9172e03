/* header.c - what a table's header says: which column holds the ids (or
 * lists of them), which field each other column holds, and the snapshot
 * date of the table.  Header rows are joined per column first, so that a
 * header split over rows ("Implementation" over "Status", "Update as of"
 * over "December 31, 2023") reads as one. */
#include "match.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A column of lists wins over a column of ids when at least this share
 * of its filled cells list several ids or count them ("17
 * Recommendations: ..."): a summary table, not a scorecard with one
 * merged row (whose row is reported, not read). */
#define LIST_CELLS_SHARE_NUM 1
#define LIST_CELLS_SHARE_DEN 4

/* Bytes: a header this long at most is a column's name, in which a word
 * a narrow column broke may be mended (header_text); a longer one is a
 * title or a note, tried as it is. */
#define MEND_MAX_BYTES 64

/* The fields whose cells hold values of a vocabulary. */
static const enum rw_field valued[] = {RW_F_STATUS, RW_F_BOARD_ACTION, RW_F_PRIORITY};
enum { NVALUED = sizeof valued / sizeof *valued };

int value_starts(struct matcher *m, const char *text)
{
	rw_hit h;
	for (size_t v = 0; v < NVALUED; v++)
		if (rw_rules_search(m->rules, vocab_of(valued[v]), NULL, text, strlen(text), 0, &h))
			return 1;
	return 0;
}

/* An id as a row's first cell names it ([idlead], white space after
 * it) and a whole value after it: two columns' cells a reader set as
 * one ("R4.1 P3"). *words: where the value starts. */
static char *id_and_value(struct matcher *m, const char *t, size_t *words)
{
	rw_hit h;
	size_t s, e, len = strlen(t);
	if (!rw_rules_at(m->rules, RW_R_IDLEAD, NULL, t, len, strspn(t, " "), &h) ||
	    !rw_hit_group(&h, "id", &s, &e) || strspn(t + e, " \t\n") != h.end - e || !is_value(m, t + h.end))
		return NULL;
	*words = h.end;
	return rw_xstrndup(t + s, e - s);
}

/* The id of a cell [idcell] does not read, under a header naming ids:
 * by [idtext] unless the words start with a value, else before a whole
 * value (id_and_value). */
static char *id_with_words(struct matcher *m, const char *t, size_t *words)
{
	char *id = rw_id_and_words(m->rules, RW_R_IDTEXT, t, words);
	if (id && value_starts(m, t + *words)) {
		free(id);
		id = NULL;
	}
	return id ? id : id_and_value(m, t, words);
}

char *id_cell(struct matcher *m, const char *t, int named, size_t *words)
{
	char *id = rw_id_and_words(m->rules, RW_R_IDCELL, t, words);
	return id || !named ? id : id_with_words(m, t, words);
}

/* What a cell's text reads as: READ_ bits. */
static unsigned char cell_reading(struct matcher *m, const char *t)
{
	size_t words;
	char *id = rw_id_from_cell(m->rules, t), *worded = id ? NULL : id_with_words(m, t, &words);
	rw_idlist l;
	long count = ids_listed(m, t, &l);
	unsigned char r = (unsigned char)(READ_DONE | (id ? READ_ID : 0) | (worded ? READ_ID_WORDS : 0) |
					  (l.n ? READ_LIST : 0) |
					  (l.n > 1 || (l.n && count >= 0) ? READ_SEVERAL : 0));
	free(id);
	free(worded);
	rw_idlist_free(&l);
	return r;
}

static void read_column(struct matcher *m, const struct grid *g, int c, struct column_reading *cr)
{
	memset(cr, 0, sizeof *cr);
	for (int r = g->nhead; r < g->rows; r++) {
		struct blk *b = grid_cell(g, r, c);
		if (!b || !b->text || !*b->text || row_is_header(g, r))
			continue;
		if (!b->reading)
			b->reading = cell_reading(m, b->text);
		cr->filled++;
		cr->ids += (b->reading & READ_ID) != 0;
		cr->worded += (b->reading & READ_ID_WORDS) != 0;
		cr->lists += (b->reading & READ_LIST) != 0;
		cr->several += (b->reading & READ_SEVERAL) != 0;
	}
}

/* The columns whose header cell names ids, by bit, as far as a bit
 * holds them (the rest are read when the table ends). */
#define INCOMING_COLS (int)(8 * sizeof(unsigned long long))

void header_cell_in(struct matcher *m, struct doc *d, struct blk *b)
{
	rw_hit h;
	if (b->table != d->incoming.table) {
		d->incoming.table = b->table;
		d->incoming.id_cols = 0;
	}
	if (b->col < 0 || b->col >= INCOMING_COLS || !b->text || !*b->text)
		return;
	unsigned long long bit = 1ull << b->col;
	if (b->header || b->row == 0) { /* a header cell, as far as can be told yet */
		if (rw_rules_search(m->rules, RW_R_HEADER, "id", b->text, strlen(b->text), 0, &h))
			d->incoming.id_cols |= bit;
	} else if (d->incoming.id_cols & bit) {
		b->reading = cell_reading(m, b->text);
	}
}

/* Column c read under the header as it now stands: the header is
 * mapped more than once while its depth is settled, and reading every
 * cell of a column of ids is most of that work. */
static const struct column_reading *column_read(struct matcher *m, struct grid *g, int c)
{
	struct column_reading *cr = &g->reading[c];
	if (cr->under != g->nhead + 1) {
		read_column(m, g, c, cr);
		cr->under = g->nhead + 1;
	}
	return cr;
}

int holds_most(int n, int filled)
{
	return n > 0 && n * 2 >= filled;
}

/* Column c's header is another column's too: one cell across them (a
 * header row merged into one cell names no column of its own). */
static int header_shared(char **head, int ncols, int c)
{
	for (int k = 0; k < ncols; k++)
		if (k != c && !strcmp(head[k], head[c]))
			return 1;
	return 0;
}

/* Most filled cells of column c under the header name a recommendation
 * in words ([context] named: "Rec 2.1"), as row headers under a header
 * cell that names nothing must: a bare figure there may be a count. */
static int names_own_ids(struct matcher *m, const struct grid *g, int c)
{
	int filled = 0, named = 0;
	for (int r = g->nhead; r < g->rows; r++) {
		const char *t = cell_text(g, r, c);
		rw_hit h;
		filled += *t != 0;
		named += *t && rw_rules_search(m->rules, RW_R_CONTEXT, "named", t, strlen(t), 0, &h);
	}
	return holds_most(named, filled);
}

/* The first column whose header the [header] rule key names and that
 * holds ids (id_col) or lists of ids (list_col); a header naming ids
 * among other words (idin) only where it is its column's own, one
 * naming nothing (idblank) only over cells naming recommendations in
 * words (names_own_ids). */
static void id_column_named(struct matcher *m, struct grid *g, char **head, int ncols,
			    const char *key)
{
	int among = !strcmp(key, "idin"), blank = !strcmp(key, "idblank");
	for (int c = 0; c < ncols; c++) {
		rw_hit h;
		if (!rw_rules_search(m->rules, RW_R_HEADER, key, head[c], strlen(head[c]), 0, &h) ||
		    (among && header_shared(head, ncols, c)) || (blank && !names_own_ids(m, g, c)))
			continue;
		const struct column_reading *cr = column_read(m, g, c);
		int listy = cr->several * LIST_CELLS_SHARE_DEN >= cr->filled * LIST_CELLS_SHARE_NUM;
		if (holds_most(cr->ids + cr->worded, cr->filled) && !(listy && cr->several)) {
			g->id_col = c;
			return;
		}
		if (holds_most(cr->lists, cr->filled)) {
			g->list_col = c;
			return;
		}
	}
}

/* Finds the column whose header names ids: a column of ids (id_col) or
 * of lists of ids (list_col). A header naming ids among other words
 * ([header] idin: two headers a reader set in one cell), then one
 * naming nothing ([header] idblank: a stub column of row headers), is
 * tried when none names them alone. */
static void id_column(struct matcher *m, struct grid *g, char **head, int ncols)
{
	g->id_col = g->list_col = -1;
	static const char *const keys[] = {"id", "idin", "idblank"};
	for (size_t k = 0; k < sizeof keys / sizeof *keys && g->id_col < 0 && g->list_col < 0; k++)
		id_column_named(m, g, head, ncols, keys[k]);
}

int header_field(struct matcher *m, const char *name)
{
	size_t next = 0;
	const char *key;
	while ((key = rw_rules_classify_next(m->rules, RW_R_HEADER, name, &next))) {
		int f = !strcmp(key, "board_action_date") ? COL_ACTION_DATE : rw_field_parse(key);
		if (f >= 0)
			return f;
	}
	return -1;
}

/* Fewer than half of column c's filled cells under the header start
 * with a value of field f's vocabulary. */
static int few_values(struct matcher *m, const struct grid *g, int c, int f)
{
	int filled = 0, values = 0;
	for (int r = g->nhead; r < g->rows; r++) {
		const char *t = cell_text(g, r, c);
		rw_hit h;
		if (is_empty_value(m, t))
			continue;
		filled++;
		values += rw_rules_search(m->rules, vocab_of((enum rw_field)f), NULL, t, strlen(t), 0, &h);
	}
	return 2 * values < filled;
}

/* The field of a column: the first, in rules order, that matches and no
 * column left of it took. A header naming a field of values and a field
 * of text after it ("Implementation Recommendation text Status": an icon
 * column's header a reader set in its neighbour's) heads the text when
 * its cells are not the values. */
static void map_field(struct matcher *m, struct grid *g, int c, const char *head, int *taken)
{
	size_t next = 0;
	const char *key;
	int chosen = -1;
	while ((key = rw_rules_classify_next(m->rules, RW_R_HEADER, head, &next))) {
		int f = !strcmp(key, "board_action_date") ? COL_ACTION_DATE : rw_field_parse(key);
		if (f < 0 || taken[f])
			continue;
		if (chosen < 0) {
			chosen = f;
			if (!is_valued(f))
				break;
		} else if (f < RW_F__COUNT && !is_valued(f)) {
			if (few_values(m, g, c, chosen))
				chosen = f;
			break;
		}
	}
	if (chosen < 0)
		return;
	taken[chosen] = 1;
	g->col_field[c] = chosen;
	if (chosen == RW_F_BOARD_ACTION)
		rw_rules_date(m->rules, head, strlen(head), 0, g->action_date, NULL, NULL);
}

/* Text after a value that is only a date after a dash ("Complete – 30
 * June 2022": when it came to be). */
static int dated_after(struct matcher *m, const char *rest)
{
	static const char *const dashes[] = {"–", "—", "-"};
	for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++) {
		size_t n = strlen(dashes[k]);
		if (strncmp(rest, dashes[k], n))
			continue;
		const char *d = rest + n + strspn(rest + n, " ");
		size_t len = strlen(d), s, e;
		char iso[RW_ISO_DATE_SIZE];
		return len && rw_rules_date(m->rules, d, len, 0, iso, &s, &e) && s == 0 &&
		       d[e + strspn(d + e, " .")] == 0;
	}
	return 0;
}

/* Whether a cell is a value of section sec and nothing more: the
 * phrase, then at most punctuation, a remark in brackets ("Complete
 * (see the report)") or a date after a dash (dated_after); not a
 * sentence that starts with a value word ("Complete by next year"). */
int whole_value(struct matcher *m, enum rw_rsec sec, const char *t)
{
	rw_hit h;
	size_t len = strlen(t);
	if (!rw_rules_at(m->rules, sec, NULL, t, len, 0, &h))
		return 0;
	const char *rest = t + h.end + strspn(t + h.end, " .,;:");
	return !*rest || (*rest == '(' && t[len - 1] == ')') || dated_after(m, rest);
}

int value_field(struct matcher *m, const char *t)
{
	for (size_t v = 0; v < NVALUED; v++)
		if (whole_value(m, vocab_of(valued[v]), t))
			return (int)valued[v];
	return -1;
}

int sole_value_field(struct matcher *m, const char *t)
{
	int found = -1;
	for (size_t v = 0; v < NVALUED; v++)
		if (whole_value(m, vocab_of(valued[v]), t)) {
			if (found >= 0)
				return -1; /* a phrase of two vocabularies tells neither */
			found = (int)valued[v];
		}
	return found;
}

int is_value(struct matcher *m, const char *t)
{
	return value_field(m, t) >= 0;
}

/* A column whose header names no field is known by its values: when
 * most of its cells that say something - this share of them - are
 * values of one vocabulary, whole, and no column holds that field yet,
 * it holds it ("Implementation" over "Complete", "In progress"). */
#define VALUES_SHARE (2.0 / 3.0)

static void map_by_values(struct matcher *m, struct grid *g, int c, int *taken)
{
	int said = 0, hits[NVALUED] = {0};
	for (int r = g->nhead; r < g->rows; r++) {
		const char *t = cell_text(g, r, c);
		if (is_empty_value(m, t))
			continue;
		said++;
		for (size_t v = 0; v < NVALUED; v++)
			if (whole_value(m, vocab_of(valued[v]), t)) {
				hits[v]++;
				break;
			}
	}
	for (size_t v = 0; v < NVALUED; v++)
		if (said && hits[v] >= VALUES_SHARE * said && !taken[valued[v]]) {
			taken[valued[v]] = 1;
			g->col_field[c] = valued[v];
			return;
		}
}

int column_holds_ids(struct matcher *m, struct grid *g, int c)
{
	const struct column_reading *cr = column_read(m, g, c);
	return holds_most(cr->ids, cr->filled) && !cr->several;
}

/* The first column most of whose cells hold one id each, or -1. */
static int ids_column(struct matcher *m, struct grid *g, int ncols)
{
	for (int c = 0; c < ncols; c++)
		if (column_holds_ids(m, g, c))
			return c;
	return -1;
}

int map_headless(struct matcher *m, struct grid *g)
{
	int taken[COL_ACTION_DATE + 1] = {0}, mapped = 0;
	int ncols = g->cols < RW_MAX_COLS ? g->cols : RW_MAX_COLS;
	g->nhead = 0;
	g->list_col = -1;
	for (int c = 0; c < ncols; c++)
		g->col_field[c] = -1;
	g->id_col = g->rows >= 2 ? ids_column(m, g, ncols) : -1;
	if (g->id_col < 0)
		return 0;
	g->col_field[g->id_col] = RW_F__COUNT;
	for (int c = 0; c < ncols; c++)
		if (c != g->id_col)
			map_by_values(m, g, c, taken);
	for (int c = 0; c < ncols; c++)
		mapped += g->col_field[c] >= 0;
	if (mapped >= 2)
		return mapped;
	g->col_field[g->id_col] = -1;
	g->id_col = -1;
	return 0;
}

/* Column c's header: its header rows' cells joined, else, when no
 * [header] rule reads them so, its last header row's own cell where
 * one does (a column's name under a group's name spanning several,
 * "Summary" under "Decision"), else with a word a narrow column broke
 * over two lines without a hyphen mended ("Recommendati" over "on", as
 * a spreadsheet breaks a word wider than its column): the first space
 * before a lowercase letter, inside letters, whose removal lets a rule
 * read it goes. */
static char *header_text(struct matcher *m, const struct grid *g, int c)
{
	char *t = column_header(g, c);
	size_t len = strlen(t);
	if (!len || rw_rules_classify(m->rules, RW_R_HEADER, t))
		return t;
	const char *own = g->nhead > 1 ? cell_text(g, g->nhead - 1, c) : "";
	if (*own && rw_rules_classify(m->rules, RW_R_HEADER, own)) {
		free(t);
		return rw_xstrdup(own);
	}
	if (len > MEND_MAX_BYTES)
		return t;
	char mended[MEND_MAX_BYTES + 1];
	for (size_t i = 1; i + 1 < len; i++) {
		if (t[i] != ' ' || !isalpha((unsigned char)t[i - 1]) || !islower((unsigned char)t[i + 1]))
			continue;
		memcpy(mended, t, i);
		memcpy(mended + i, t + i + 1, len - i); /* the rest and its NUL */
		if (rw_rules_classify(m->rules, RW_R_HEADER, mended)) {
			memcpy(t, mended, len);
			break;
		}
	}
	return t;
}

/* Maps columns to fields; returns the number of columns mapped (the id
 * or list column included), 0 when there is neither. */
static int map_columns(struct matcher *m, struct grid *g)
{
	int taken[COL_ACTION_DATE + 1] = {0}, mapped = 0;
	int ncols = g->cols < RW_MAX_COLS ? g->cols : RW_MAX_COLS;
	char *head[RW_MAX_COLS];
	for (int c = 0; c < ncols; c++) {
		head[c] = header_text(m, g, c);
		g->col_field[c] = -1;
	}
	id_column(m, g, head, ncols);
	int key_col = g->id_col >= 0 ? g->id_col : g->list_col;
	if (key_col >= 0) {
		g->col_field[key_col] = RW_F__COUNT;
		for (int c = 0; c < ncols; c++)
			if (c != key_col && *head[c])
				map_field(m, g, c, head[c], taken);
		for (int c = 0; c < ncols; c++)
			if (g->col_field[c] < 0)
				map_by_values(m, g, c, taken);
		for (int c = 0; c < ncols; c++)
			mapped += g->col_field[c] >= 0;
	}
	for (int c = 0; c < ncols; c++)
		free(head[c]);
	return mapped;
}

/* The cell that says which recommendation a row is about. */
static int key_col(const struct grid *g)
{
	return g->id_col >= 0 ? g->id_col : g->list_col;
}

static int row_dated(struct matcher *m, const struct grid *g, int r)
{
	char iso[RW_ISO_DATE_SIZE];
	for (int c = 0; c < g->cols; c++) {
		const char *t = cell_text(g, r, c);
		if (rw_rules_date(m->rules, t, strlen(t), 0, iso, NULL, NULL))
			return 1;
	}
	return 0;
}

/* Dated rows under the header with nothing in the id column go on with
 * it ("Update as of" over "December 31, 2023"). */
static void dated_header_rows(struct matcher *m, struct grid *g)
{
	int more = g->nhead;
	while (more < g->rows - 1 && !*cell_text(g, more, key_col(g)) && row_dated(m, g, more))
		more++;
	if (more == g->nhead)
		return;
	int had = g->nhead;
	g->nhead = more;
	if (map_columns(m, g) < 2) {
		g->nhead = had;
		map_columns(m, g);
	}
}

/* Row r names columns: its id cell empty or the header's own (a header
 * cell spanning two rows, given to both), and every other cell it fills
 * a column's name ([header]), one at least. Where its id cell is the
 * header's own, a cell no [header] rule knows ("Comments") is a name
 * too: a row of data holds an id there, never the id column's name
 * (and the rows are the header's only when they map more columns). */
static int names_row(struct matcher *m, const struct grid *g, int r)
{
	int k = key_col(g), names = 0;
	if (k < 0)
		return 0;
	const char *id = cell_text(g, r, k);
	if (*id && (!g->nhead || strcmp(id, cell_text(g, g->nhead - 1, k))))
		return 0;
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++) {
		const char *t = cell_text(g, r, c);
		if (c == k || !*t)
			continue;
		if (header_field(m, t) >= 0)
			names++;
		else if (!*id)
			return 0;
	}
	return names > 0;
}

/* Rows of names under the header go on with it when they map more
 * columns: a header of two rows, a group's name over two columns
 * ("Decision" over "Recommendation text" and "Board Decision") that a
 * reader did not mark as one. */
static void named_header_rows(struct matcher *m, struct grid *g)
{
	int had = g->nhead, before = map_columns(m, g), more = had;
	while (more < g->rows - 1 && names_row(m, g, more))
		more++;
	if (more == had)
		return;
	g->nhead = more;
	if (map_columns(m, g) <= before) {
		g->nhead = had;
		map_columns(m, g);
	}
}

/* Whether the header rows are all titles across the table. */
static int only_titles(const struct grid *g)
{
	for (int r = 0; r < g->nhead; r++)
		if (!row_spans_table(g, r))
			return 0;
	return 1;
}

/* Rows across the table at its top (a title, or the heading and
 * paragraph over the table that a PDF reader took into it): titles,
 * which head no column; their count, 0 when no other row comes under
 * them. */
static int titles_at_top(const struct grid *g)
{
	int r = 0;
	while (r < g->rows && row_spans_table(g, r))
		r++;
	return r < g->rows ? r : 0;
}

int find_header(struct matcher *m, struct grid *g)
{
	int titles = titles_at_top(g);
	for (g->nhead = titles; g->nhead < g->rows && row_is_header(g, g->nhead);)
		g->nhead++;
	if (titles && g->nhead == titles && g->nhead + 1 < g->rows)
		g->nhead++; /* nothing marked: the row under the titles heads */
	if (titles) {
		int mapped = map_columns(m, g);
		if (mapped >= 2) {
			if (!g->caption)
				g->caption = cell_text(g, 0, 0);
			return mapped;
		}
		for (g->nhead = 0; g->nhead < g->rows && row_is_header(g, g->nhead);)
			g->nhead++;
	}
	/* a title across the table ("SSR2 Recommendations - Status as of
	 * ...") heads the columns of the row under it, and names the table
	 * as a caption would */
	if (g->nhead && only_titles(g) && g->nhead + 1 < g->rows) {
		g->nhead++;
		if (map_columns(m, g) >= 2) {
			if (!g->caption)
				g->caption = cell_text(g, 0, 0);
			return map_columns(m, g);
		}
		g->nhead--;
	}
	if (!g->nhead) {
		g->nhead = 1;
		if (g->rows < 2 || map_columns(m, g) < 2) {
			g->nhead = 0;
			return 0;
		}
	}
	int mapped = map_columns(m, g);
	if (mapped) {
		dated_header_rows(m, g);
		named_header_rows(m, g);
	}
	/* a title over header rows of their own names the table too */
	if (mapped && g->nhead > 1 && row_spans_table(g, 0) && !g->caption)
		g->caption = cell_text(g, 0, 0);
	return mapped ? map_columns(m, g) : 0;
}

void explain_header(struct matcher *m, const struct grid *g, const struct blk *tb)
{
	if (!m->explain)
		return;
	explain(m, "  table %d (%s): %d rows, %d header row%s", tb->table,
		tb->locator ? tb->locator : "?", g->rows, g->nhead, g->nhead == 1 ? "" : "s");
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++) {
		char *head = header_text(m, g, c);
		int f = g->col_field[c];
		const char *what = f < 0 ? NULL : f == RW_F__COUNT
			? (c == g->id_col ? "id" : "lists of ids")
			: f == COL_ACTION_DATE ? "board_action_date" : rw_field_name((enum rw_field)f);
		rw_hit h;
		char rule[96] = "";
		const char *key = f == RW_F__COUNT ? "id" : f >= 0 ? what : NULL;
		if (key && rw_rules_search(m->rules, RW_R_HEADER, key, head, strlen(head), 0, &h))
			explain_rule(RW_R_HEADER, &h, rule, sizeof rule);
		if (what)
			explain(m, "    column %d \"%s\" -> %s (%s)", c + 1, head, what,
				*rule ? rule : "by its values");
		else
			explain(m, "    column %d \"%s\" -> not mapped (no [header] rule matches, or its "
				"field is taken)", c + 1, head);
		free(head);
	}
}

/* The first dated [asof] phrase in the header: per column (rows joined),
 * then the whole header row by row (a date cell beside its words). */
static const char *header_asof(struct matcher *m, const struct grid *g, char asof[RW_ISO_DATE_SIZE])
{
	int found = 0;
	for (int c = 0; c < g->cols && !found; c++) {
		char *head = column_header(g, c);
		found = asof_in(m, head, asof);
		free(head);
	}
	rw_buf all = {0};
	for (int r = 0; r < g->nhead && !found; r++)
		for (int c = 0; c < g->cols; c++) {
			rw_buf_adds(&all, cell_text(g, r, c));
			rw_buf_addc(&all, ' ');
		}
	if (!found && all.len)
		found = asof_in(m, all.s, asof);
	rw_buf_free(&all);
	return found ? "the table's header" : NULL;
}

const char *table_action_date(const struct doc *d, const struct walk *w, const struct grid *g,
			      const char **from)
{
	if (g->action_date[0]) {
		*from = "the Board action column's header";
		return g->action_date;
	}
	if (w->intro_governs[0]) {
		*from = w->intro_governs_from;
		return w->intro_governs;
	}
	if (d->date[0]) {
		*from = d->date_from ? d->date_from : "the document";
		return d->date;
	}
	*from = w->section_governs_from ? w->section_governs_from : "the section's heading";
	return w->section_governs;
}

const char *table_asof(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g,
		       char asof[RW_ISO_DATE_SIZE])
{
	const char *from = header_asof(m, g, asof);
	if (from)
		return from;
	if (g->caption && asof_in(m, g->caption, asof))
		return "the caption";
	memcpy(asof, walk_asof(d, w, &from), RW_ISO_DATE_SIZE);
	return from;
}
