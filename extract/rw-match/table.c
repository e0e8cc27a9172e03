/* table.c - recommendation tables.
 *
 * A table is about recommendations when one of its columns has a header
 * that names ids ([header] id: "Rec #", "No.") and holds ids below it
 * (header.c; a column of lists of ids goes to listtable.c).  Rows are then
 * rebuilt by id: a row whose id cell is empty continues the row above
 * (wrapped cells, rows split over a page break), as does one whose id
 * cell holds the rest of the id above it (broken_id_rest); a row whose
 * cells all say the same thing is a section row (its decision, if it
 * names one, holds for the rows under it); a repeated header row is
 * skipped.
 *
 * A table is read when it ends, or - when its blocks come in while it is
 * still being written (a reader writes a long table row by row) - as its
 * rows come once its header is settled: when SETTLE_ROWS rows under the
 * header rows are in, the header is read from those rows and kept, and
 * each row is read as the next one starts.  A table whose header maps no
 * id column then, or that may go on with the table before it, waits for
 * its end; one whose review only the document's end tells (no heading or
 * paragraph before it names one) waits for that, so that its facts are
 * not held. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

/* Rows under the header rows after which the header of a table still
 * coming in is taken as settled: the id column is the one whose header
 * names ids and most of whose cells hold one (header.c), and fifty rows
 * tell that as the whole table does on every page and table that recwatch
 * is tested on; a shorter table is read when it ends. */
#define SETTLE_ROWS 50

struct row {
	char *id;
	const char *id_loc;
	rw_buf text[RW_F__COUNT];
	const char *loc[RW_F__COUNT];
	rw_buf date; /* its cells of a board_action_date column */
	const char *date_loc; /* the first of them */
	rw_idlist also; /* more ids its id cell lists ("1.6, 1.7"): the row is
			   theirs too */
	rw_idlist joined; /* more id cells its id cell holds after its own
			     ("Rec. 8.3 Rec. 9.1"): rows a reader set as one */
	char *joined_text; /* those id cells' text, and where */
	const char *joined_loc;
	char *mark_open;  /* or, with no id yet: an id cell's text that ends with a
			     footnote mark's start ("R5.5^"), held for the
			     next row's cell to end it, and where */
	const char *mark_loc;
	size_t *words_at; /* or: where in the row's description each joined id's
			     words start and the words before them end (2 a
			     joined id; the last run to the description's end) */
	int words_in_id;  /* its description came after the id in its id cell */
	int page;         /* the page of its last line, 0 when none is known */
};

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
	rw_buf_free(&row->date);
	rw_idlist_free(&row->also);
	rw_idlist_free(&row->joined);
	free(row->words_at);
	free(row->mark_open);
	free(row->joined_text);
	memset(row, 0, sizeof *row);
}

int is_empty_value(struct matcher *m, const char *t)
{
	return !*t || rw_rules_classify(m->rules, RW_R_EMPTY, t) != NULL;
}

/* The page of row r (the first cell that has one), 0 when none does. */
static int row_page(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++) {
		const struct blk *b = grid_cell(g, r, c);
		if (b && b->page)
			return b->page;
	}
	return 0;
}

/* Adds the mapped cells of row r to the row being rebuilt. */
static void row_take(struct matcher *m, const struct grid *g, int r, struct row *row)
{
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++) {
		int f = g->col_field[c];
		const char *t = cell_text(g, r, c);
		if (f == COL_ACTION_DATE && *t) {
			if (!row->date.len)
				row->date_loc = cell_loc(g, r, c);
			rw_buf_addc(&row->date, ' ');
			rw_buf_adds(&row->date, t);
		}
		if (f < 0 || f >= RW_F__COUNT || !*t)
			continue;
		if (row->text[f].len)
			rw_buf_addc(&row->text[f], ' ');
		else
			row->loc[f] = cell_loc(g, r, c);
		rw_buf_adds(&row->text[f], t);
	}
	int page = row_page(g, r);
	row->page = page ? page : row->page;
}

struct table_ctx {
	const char *review;
	char asof[RW_ISO_DATE_SIZE];
	char action_date[RW_ISO_DATE_SIZE];
	/* what the current section row (else the heading above the
	 * table) gives to rows that say none of their own */
	struct group_value section[RW_F__COUNT];
	unsigned char has[RW_F__COUNT]; /* the table has a column of the field */
	int run_on;                     /* grid.run_on */
	int rows;                       /* rows read (row_flush) */
	int valued[RW_F__COUNT];        /* of them, those with a value of the field */
	char *name[RW_F__COUNT];        /* each field's column: its name, and where */
	char *name_loc[RW_F__COUNT];
};

/* A column of values empty in every one of this many rows or more says
 * its values print no text (icons, images, a status drawn as a coloured
 * dot); fewer may be rows not yet decided. */
#define EMPTY_COLUMN_ROWS 3

/* The recommendation table being read; it stays open across tables that
 * continue it, with the row being rebuilt. */
struct table_state {
	int cols, id_col;
	int col_field[RW_MAX_COLS];
	struct table_ctx t;
	struct row row;
	/* a cell a page break cut (cut_cell): the rest of it, at the top of
	 * the next page, and the whole value, for the rows it spans there */
	const char *cut_rest[RW_F__COUNT];
	char *cut_whole[RW_F__COUNT];
};

/* Characters between two values a reader set in one cell. */
#define VALUE_SEPARATORS " ,;:/-"

/* A cell of a field of values f that starts with another such field's
 * value and holds a whole value of its own after it ("Not eligible for
 * prioritization Accepted" under "Priority Board action": two columns
 * a PDF reader set as one, headers too, the field first in the rules
 * taking the column): the first value is the other field's when the row
 * has none of its own, else it is said. */
static void value_before_own(struct matcher *m, struct doc *d, struct row *row, int f)
{
	rw_buf *b = &row->text[f];
	rw_hit h;
	for (int g = 0; g < RW_F__COUNT; g++) {
		if (g == f || !is_valued(g) || !rw_rules_at(m->rules, vocab_of((enum rw_field)g), NULL, b->s, b->len, 0, &h))
			continue;
		const char *own = b->s + h.end + strspn(b->s + h.end, VALUE_SEPARATORS);
		if (!*own || !whole_value(m, vocab_of((enum rw_field)f), own))
			continue;
		if (row->text[g].len) {
			emit_reject(m, d, row->loc[f], "a second value in a cell", b->s,
				    "%s \"%s\" holds a second value beside the row's own %s",
				    rw_field_name((enum rw_field)f), b->s, rw_field_name((enum rw_field)g));
			return;
		}
		rw_buf_add(&row->text[g], b->s, h.end);
		row->loc[g] = row->loc[f];
		memmove(b->s, own, strlen(own) + 1);
		b->len = strlen(b->s);
		return;
	}
}

/* A cell of a field of values that holds, after its value, the whole
 * value of another such field ("Partially implemented Eligible for
 * prioritization"): two columns a PDF reader set as one, their cells
 * a word space apart. The second value is its field's when the row has
 * none of its own; else it is said and kept in the rejects, as is a
 * second value of the cell's own field ("P1 P2", "In Progress
 * Underway": lines of two rows a reader joined, the row under it left
 * without one), of which the first is read; the same words twice are
 * one cell's text a page break cut and a printer set again on the next
 * page. A cell that does not start with its own field's value is tried
 * the other way round first (value_before_own). */
static void split_second_values(struct matcher *m, struct doc *d, struct row *row)
{
	rw_hit h;
	for (int f = 0; f < RW_F__COUNT; f++)
		if (is_valued(f) && row->text[f].len &&
		    !rw_rules_at(m->rules, vocab_of((enum rw_field)f), NULL, row->text[f].s, row->text[f].len, 0, &h))
			value_before_own(m, d, row, f);
	for (int f = 0; f < RW_F__COUNT; f++) {
		rw_buf *b = &row->text[f];
		if (!is_valued(f) || !b->len || !rw_rules_at(m->rules, vocab_of((enum rw_field)f), NULL, b->s, b->len, 0, &h))
			continue;
		size_t at = h.end + strspn(b->s + h.end, VALUE_SEPARATORS);
		int g = b->s[at] ? value_field(m, b->s + at) : -1;
		if (g == f && (strlen(b->s + at) != h.end || strncmp(b->s, b->s + at, h.end)))
			emit_reject(m, d, row->loc[f], "a second value in a cell", b->s,
				    "%s \"%s\" holds two values; the first is read",
				    rw_field_name((enum rw_field)f), b->s);
		if (g < 0 || g == f)
			continue;
		if (row->text[g].len) {
			emit_reject(m, d, row->loc[f], "a second value in a cell", b->s,
				    "%s \"%s\" holds a second value beside the row's own %s",
				    rw_field_name((enum rw_field)f), b->s, rw_field_name((enum rw_field)g));
			continue;
		}
		rw_buf_adds(&row->text[g], b->s + at);
		row->loc[g] = row->loc[f];
		b->len = h.end;
		b->s[b->len] = '\0';
	}
}

/* A cell of a field without a vocabulary (a description) that ends,
 * after a sentence's end, with the whole value of a field the row has
 * none of though the table has its column ("... the annual budget. Not
 * eligible for prioritization"): in a table printed a cell a line, the
 * text cell's last line filled the measure, so a PDF reader ran the
 * next cell on as the paragraph's next line. The value is its field's. */
static void split_run_on_values(struct matcher *m, const struct table_ctx *t, struct row *row)
{
	for (int f = 0; f < RW_F__COUNT && t->run_on; f++) {
		rw_buf *b = &row->text[f];
		if (is_valued(f) || !b->len)
			continue;
		for (char *end = strstr(b->s, ". "); end; end = strstr(end + 1, ". ")) {
			const char *tail = end + 2;
			int g = value_field(m, tail);
			if (g < 0 || !t->has[g] || row->text[g].len)
				continue;
			rw_buf_adds(&row->text[g], tail);
			row->loc[g] = row->loc[f];
			b->len = (size_t)(end + 1 - b->s);
			b->s[b->len] = '\0';
			break;
		}
	}
}

/* The facts of the row for one of its ids; returns how many. */
static int row_facts(struct matcher *m, struct doc *d, const struct table_ctx *t,
		     const struct row *row, const char *id, const char *acted)
{
	int facts = 0;
	for (int f = 0; f < RW_F__COUNT; f++) {
		const char *raw = row->text[f].s ? row->text[f].s : "";
		const char *value = field_value(m, d, (enum rw_field)f, raw, row->loc[f]);
		if (!value)
			continue;
		char own[RW_ISO_DATE_SIZE];
		const char *date = f == RW_F_BOARD_ACTION ? action_date(m, raw, own, acted) : t->asof;
		emit_fact(m, d, t->review, id, (enum rw_field)f, value, raw, date, row->loc[f]);
		facts++;
	}
	for (int f = 0; f < RW_F__COUNT; f++) {
		const struct group_value *gv = &t->section[f];
		if (row->text[f].len || !gv->value)
			continue;
		emit_fact(m, d, t->review, id, (enum rw_field)f, gv->value, gv->raw,
			  f == RW_F_BOARD_ACTION ? acted : t->asof, gv->locator);
		facts++;
	}
	return facts;
}

/* Says that recommendation id of row has no value beside it. */
static void no_value(struct matcher *m, struct doc *d, const struct row *row, const char *id)
{
	emit_reject(m, d, row->id_loc, "an id with no value beside it", id,
		    "recommendation %s has no value beside it", id);
}

/* Says that id cell text t, at loc, reads no recommendation id. */
static void no_id(struct matcher *m, struct doc *d, const char *loc, const char *t)
{
	emit_reject(m, d, loc, "no recommendation id in the id column", t,
		    "cannot read a recommendation id from \"%s\"", t);
}

/* Text b as n whole values of field f one after another ("Completed
 * Complete"), their ends in end[0..n-1]; 0 when it is not. */
static int values_in_turn(struct matcher *m, enum rw_field f, const rw_buf *b, size_t n, size_t *end)
{
	size_t at = 0;
	for (size_t k = 0; k < n; k++) {
		rw_hit h;
		if (!b->s || !rw_rules_at(m->rules, vocab_of(f), NULL, b->s + at, b->len - at, 0, &h))
			return 0;
		end[k] = at + h.end;
		at = end[k] + strspn(b->s + end[k], VALUE_SEPARATORS);
	}
	return at == b->len;
}

/* A row whose id cell held more id cells after its own (rows a reader
 * set as one: a table without padding whose rows of one line stand a
 * line apart) is as many rows when each of its cells holds as many
 * whole values in turn, or none ("Rec. 8.3 Rec. 9.1" beside "Completed
 * Complete"): each id gets its own. Otherwise, or when a cell of text
 * (a description, a date) has something to share, the first id keeps
 * the row and the others are said and kept in the rejects. Returns
 * whether the row was read so (its facts counted in *facts). */
static int split_joined(struct matcher *m, struct doc *d, const struct table_ctx *t,
			struct row *row, const char *acted, int *facts)
{
	size_t n = row->joined.n + 1;
	size_t *end = rw_xmalloc(((size_t)RW_F__COUNT * n + 1) * sizeof *end);
	int worded = row->words_at != NULL; /* the ids came with their words */
	int fits = !row->date.len;
	for (int f = 0; f < RW_F__COUNT && fits; f++)
		fits = !row->text[f].len || (worded && f == RW_F_DESCRIPTION) ||
		       (is_valued(f) && values_in_turn(m, (enum rw_field)f, &row->text[f], n, end + f * n));
	if (!fits) {
		/* ids met in a description's words may be a sentence's: the
		 * row stays as it reads */
		if (!worded)
			emit_reject(m, d, row->joined_loc, "a second id in an id cell", row->joined_text,
				    "the id cell holds \"%s\" after its id too: another row's id (rows "
				    "read as one); not read", row->joined_text);
		free(end);
		return 0;
	}
	for (size_t k = 0; k < n; k++) {
		struct row one = {0};
		for (int f = 0; f < RW_F__COUNT; f++) {
			if (!row->text[f].len)
				continue;
			one.loc[f] = row->loc[f];
			if (worded && f == RW_F_DESCRIPTION) {
				size_t a = k ? row->words_at[2 * (k - 1)] : 0;
				size_t b = k + 1 < n ? row->words_at[2 * k + 1] : row->text[f].len;
				rw_buf_add(&one.text[f], row->text[f].s + a, b - a);
				continue;
			}
			size_t from = k ? end[f * n + k - 1] : 0;
			from += strspn(row->text[f].s + from, VALUE_SEPARATORS);
			rw_buf_add(&one.text[f], row->text[f].s + from, end[f * n + k] - from);
		}
		const char *id = k ? row->joined.v[k - 1] : row->id;
		int got = row_facts(m, d, t, &one, id, acted);
		if (!got)
			no_value(m, d, row, id);
		*facts += got;
		for (int f = 0; f < RW_F__COUNT; f++)
			rw_buf_free(&one.text[f]);
	}
	free(end);
	return 1;
}

/* Counts row's values for empty_columns. */
static void count_values(struct table_ctx *t, const struct row *row)
{
	t->rows++;
	for (int f = 0; f < RW_F__COUNT; f++)
		t->valued[f] += row->text[f].len || t->section[f].value;
}

/* Each column of values of the table that held none in any of its rows
 * (EMPTY_COLUMN_ROWS at least) is said: its values printed no text. */
static void empty_columns(struct matcher *m, struct doc *d, struct table_ctx *t)
{
	for (int f = 0; f < RW_F__COUNT; f++) {
		if (t->name[f] && is_valued(f) && t->rows >= EMPTY_COLUMN_ROWS && !t->valued[f])
			emit_reject(m, d, t->name_loc[f], "a column of values with none", t->name[f],
				    "the %s column \"%s\" holds no value in any of its %d rows: values "
				    "drawn as icons or images print no text; not read",
				    rw_field_name((enum rw_field)f), t->name[f], t->rows);
		free(t->name[f]);
		free(t->name_loc[f]);
	}
}

static int row_flush(struct matcher *m, struct doc *d, struct table_ctx *t, struct row *row)
{
	int split = 0;
	if (row->joined.n && split_joined(m, d, t, row, t->action_date, &split)) {
		row_clear(row);
		return split;
	}
	split_second_values(m, d, row);
	split_run_on_values(m, t, row);
	count_values(t, row);
	/* the row's Board action date: its own date column's, else the
	 * table's; a date cell that holds no date (a date broken over a
	 * page, "2020" under "April 1,") leaves the row undated, said: the
	 * table's date is for rows that give none, not for one whose own
	 * could not be read */
	char dated[RW_ISO_DATE_SIZE];
	const char *acted = row->date.len ? action_date(m, row->date.s, dated, t->action_date)
					  : t->action_date;
	if (acted != dated && row->date.len && !is_empty_value(m, row->date.s + 1)) {
		emit_reject(m, d, row->date_loc, "a Board action date that is no date",
			    row->date.s + 1, "board_action_date \"%s\" is not a date", row->date.s + 1);
		acted = "";
	}
	int facts = row_facts(m, d, t, row, row->id, acted);
	for (size_t i = 0; i < row->also.n; i++)
		row_facts(m, d, t, row, row->also.v[i], acted);
	if (!facts)
		no_value(m, d, row, row->id);
	row_clear(row);
	return facts;
}

static void section_row(struct matcher *m, struct table_ctx *t, const struct grid *g, int r,
			const char *text)
{
	rw_hit h;
	struct group_value gv;
	memset(t->section, 0, sizeof t->section);
	if (rw_rules_search(m->rules, RW_R_DECISION, NULL, text, strlen(text), 0, &h))
		t->section[RW_F_BOARD_ACTION] = (struct group_value){h.key, text, cell_loc(g, r, 0)};
	int f = value_heading(m, text, cell_loc(g, r, 0), &gv);
	if (f >= 0 && !t->section[f].value)
		t->section[f] = gv;
}

int heads_ids(struct matcher *m, const char *t)
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

/* Id id read from a row's id cell, bare digits, under the row being
 * rebuilt whose id above ends in a digit after a letter prefix ("0"
 * under "LE.2"): the rest of that id, which a narrow cell broke inside
 * its number and the reader took for a row of its own (LibreOffice
 * breaks a word wider than its cell anywhere and sets rows without
 * padding). Returns the id the two make as the rules read it ("LE.20"),
 * or NULL. */
static char *broken_id_rest(struct matcher *m, const char *above, const char *id)
{
	size_t n = strlen(above);
	if (!n || !(above[0] >= 'A' && above[0] <= 'Z') || !(above[n - 1] >= '0' && above[n - 1] <= '9'))
		return NULL;
	for (const char *c = id; *c; c++)
		if (*c < '0' || *c > '9')
			return NULL;
	rw_buf b = {0};
	rw_buf_adds(&b, above);
	rw_buf_addc(&b, ' ');
	rw_buf_adds(&b, id);
	char *joined = rw_id_from_cell(m->rules, b.s);
	rw_buf_free(&b);
	return joined;
}

/* Where a [mark] footnote starts that begins in text's first n bytes and
 * takes in the rest of it; 0 when none does. */
static size_t mark_across(struct matcher *m, const char *text, size_t n)
{
	size_t len = strlen(text);
	rw_hit h;
	if (!n || !rw_rules_search(m->rules, RW_R_MARK, "footnote", text, len, n - 1, &h) ||
	    h.start >= n || h.end != len)
		return 0;
	return h.start;
}

/* Id cell text t ends with the start of a footnote's mark and no more
 * ("R5.5^": a text report's caret, its digits on the next line, which a
 * page break or a narrow cell put there): a digit after it would end a
 * [mark] footnote begun in t. */
static int mark_opens(struct matcher *m, const char *t)
{
	char *probe = rw_xasprintf("%s 0", t);
	int opens = mark_across(m, probe, strlen(t)) > 0;
	free(probe);
	return opens;
}

/* The id of id cell text `above`, whose footnote mark the next row's id
 * cell t ends ("R5.5^" over "6": R5.5), or NULL. */
static char *id_after_mark(struct matcher *m, const char *above, const char *t)
{
	char *joined = rw_xasprintf("%s %s", above, t);
	size_t at = mark_across(m, joined, strlen(above)), words = 0;
	char *id = NULL;
	if (at) {
		joined[at] = '\0';
		id = id_cell(m, joined, 1, &words);
		if (id && joined[words + strspn(joined + words, " ")]) {
			free(id); /* words besides the id: no id cell alone */
			id = NULL;
		}
	}
	free(joined);
	return id;
}

/* A row held for its id cell's mark (mark_open) that the row under it
 * did not end: said as an id cell that reads no id, its cells let go. */
static void mark_left_open(struct matcher *m, struct doc *d, struct row *row)
{
	no_id(m, d, row->mark_loc, row->mark_open);
	row_clear(row);
}

/* Row r of g says something of field f in a column of its own. */
static int says_field(const struct grid *g, int r, int f)
{
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++)
		if (g->col_field[c] == f && (f == RW_F_DESCRIPTION || *cell_text(g, r, c)))
			return 1;
	return 0;
}

/* Words that are id cells one after another and nothing else ("Rec.
 * 9.1", "Rec. 12.3 Rec. 12.4"), none starting with a value ("P3" after
 * an id is the priority's): their ids, in *ids; 0 when they are not. */
static int joined_ids(struct matcher *m, const char *words, rw_idlist *ids)
{
	while (*words && !value_starts(m, words)) {
		size_t after;
		char *id = id_cell(m, words, 1, &after);
		if (!id)
			break;
		rw_idlist_add(ids, id);
		if (!after)
			break; /* no text read: no further */
		words += after;
	}
	if (*words) {
		rw_idlist_free(ids);
		memset(ids, 0, sizeof *ids);
	}
	return ids->n > 0;
}

/* The recommendation's words of an id cell, the row's description so
 * far, that go on, after a sentence's end, with more id cells and their
 * words ("Group data ... compliance. R10.4 - Input publish ..."): rows
 * of one line each that a reader set as one (split_joined). Notes the
 * ids and where their words start and the words before end in row. */
static void worded_ids(struct matcher *m, const rw_buf *desc, struct row *row)
{
	size_t cap = 0;
	for (const char *p = strstr(desc->s, ". "); p; p = strstr(p + 1, ". ")) {
		size_t after;
		char *id = id_cell(m, p + 2, 1, &after);
		if (!id || !after || !p[2 + after]) {
			free(id);
			continue;
		}
		rw_idlist_add(&row->joined, id);
		row->words_at = rw_xgrow(row->words_at, &cap, 2 * row->joined.n, sizeof *row->words_at);
		row->words_at[2 * row->joined.n - 2] = (size_t)(p + 2 + after - desc->s);
		row->words_at[2 * row->joined.n - 1] = (size_t)(p + 1 - desc->s);
	}
}

/* The words an id cell holds after the id: a whole value of a field the
 * row says nothing of ("R4.1 P3": the id's cell and the priority's, set
 * as one by a reader) is that field's; the recommendation's words ("3.1:
 * Data access", "1.1 The Board should ...") are the row's description
 * when no column holds one, and more id cells, or more ids with their
 * words after a sentence's end, are rows a reader set as one
 * (split_joined). Else they are said and kept in the rejects: a value
 * beside the row's own, or words that start with one. */
static void id_words(struct matcher *m, struct doc *d, const struct grid *g, int r, const char *words,
		     struct row *row)
{
	if (!*words)
		return;
	if (joined_ids(m, words, &row->joined)) {
		/* "Rec. 8.3 Rec. 9.1": the id cells of rows a reader set
		 * as one, not a recommendation's words (split_joined) */
		row->joined_text = rw_xstrdup(words);
		row->joined_loc = cell_loc(g, r, g->id_col);
		return;
	}
	int f = value_field(m, words);
	if (f < 0 && !value_starts(m, words))
		f = RW_F_DESCRIPTION;
	if (f >= 0 && !says_field(g, r, f)) {
		row->loc[f] = cell_loc(g, r, g->id_col);
		rw_buf_adds(&row->text[f], words);
		row->words_in_id = f == RW_F_DESCRIPTION;
		if (f == RW_F_DESCRIPTION)
			worded_ids(m, &row->text[f], row);
	} else if (f != RW_F_DESCRIPTION) {
		emit_reject(m, d, cell_loc(g, r, g->id_col), "words beside an id not read", words,
			    "the id cell holds \"%s\" after the id too; not read", words);
	}
}

/* Row r's id cell, which holds no id, goes on with the words the open
 * row's id cell held after its id (its description, id_words): it reads
 * as no value, and the open row holds no value yet (a description
 * wrapped over two lines in the id column, the row's values set in the
 * middle of its height, beside the second line). */
static int id_words_go_on(struct matcher *m, const struct grid *g, int r, const struct row *row)
{
	const char *t = cell_text(g, r, g->id_col);
	if (!row->id || !row->words_in_id || value_field(m, t) >= 0 || value_starts(m, t))
		return 0;
	for (int f = 0; f < RW_F__COUNT; f++)
		if (is_valued(f) && row->text[f].len)
			return 0;
	return 1;
}

/* A header row holds t in column c, or the header rows joined do. */
static int header_holds(const struct grid *g, int c, const char *t)
{
	for (int h = 0; h < g->nhead; h++)
		if (!strcmp(t, cell_text(g, h, c)))
			return 1;
	char *head = column_header(g, c);
	int said = !strcmp(t, head);
	free(head);
	return said;
}

/* The first text of row r that no header row holds in its column (nor
 * the header rows joined): a row that repeats the header says nothing
 * else. NULL when there is none. */
static const char *beyond_header(const struct grid *g, int r)
{
	for (int c = 0; c < g->cols; c++) {
		const char *t = cell_text(g, r, c);
		if (*t && !header_holds(g, c, t))
			return t;
	}
	return NULL;
}

/* An id cell that lists several ids and nothing else ([list]: "1.6,
 * 1.7", "1.8-1.9", "R2.1 / R2.2"); 1 with them in *l. Ids run
 * together without a separator ("LE.5 LE.6": rows a reader merged) are
 * no list. */
static int listed_ids(struct matcher *m, const char *text, rw_idlist *l)
{
	ids_listed(m, text, l);
	if (l->n > 1)
		return 1;
	rw_idlist_free(l);
	return 0;
}


/* Text reads as one value of column field f and nothing more: a date
 * (but for punctuation after it), or wholly a value of its vocabulary. */
static int one_value(struct matcher *m, int f, const char *t)
{
	char iso[RW_ISO_DATE_SIZE];
	size_t len = strlen(t), s, e;
	if (f == COL_ACTION_DATE)
		return rw_rules_date(m->rules, t, len, 0, iso, &s, &e) && s == strspn(t, " ") &&
		       !t[e + strspn(t + e, " .,;:")];
	return f >= 0 && f < RW_F__COUNT && is_valued(f) && whole_value(m, vocab_of((enum rw_field)f), t);
}

/* Cells x over y (either may be empty) read together as one value of
 * column field f. */
static int reads_joined(struct matcher *m, int f, const char *x, const char *y)
{
	x += strspn(x, " ");
	if (!*x || !*y)
		return one_value(m, f, *x ? x : y);
	char *both = rw_xasprintf("%s %s", x, y);
	int one = one_value(m, f, both);
	free(both);
	return one;
}

/* Row r of a PDF's table, its id cell empty, under the row being rebuilt
 * and over a row with an id, starts the row below rather than going on
 * with the one above: in some column of values its cell reads as one
 * value with the cell under it (the rest of a value wrapped over two
 * lines: "Passed through to the GNSO" over "Council"; "April 1," over
 * "2020"; or a value beside an empty cell) but not with the row above's,
 * and in none the other way. A PDF reader takes a row's lines for rows
 * of their own where rows are set solid; where cells stand in the middle
 * of their rows, or at their bottom, or the page broke a row and its id
 * fell on the second page, the lines before the id are its row's. */
static int starts_row_below(struct matcher *m, const struct grid *g, int r, const struct row *row)
{
	if (r + 1 >= g->rows || !row_page(g, r) || row_is_header(g, r + 1) ||
	    !*cell_text(g, r + 1, g->id_col))
		return 0;
	size_t words;
	char *id = id_cell(m, cell_text(g, r + 1, g->id_col), g->nhead > 0, &words);
	int below = 0, above = 0;
	for (int c = 0; c < g->cols && c < RW_MAX_COLS && id; c++) {
		int f = g->col_field[c];
		const char *cell = cell_text(g, r, c);
		if (!*cell || (f != COL_ACTION_DATE && (f < 0 || f >= RW_F__COUNT || !is_valued(f))))
			continue;
		const rw_buf *up = f == COL_ACTION_DATE ? &row->date : &row->text[f];
		int with_up = reads_joined(m, f, up->len ? up->s : "", cell);
		int with_down = reads_joined(m, f, cell, cell_text(g, r + 1, c));
		below += with_down && !with_up;
		above += with_up && !with_down;
	}
	free(id);
	return below && !above;
}

/* The id row r's id cell begins and the next row's ends ("Recommendation"
 * over "LE.4", "RDS-WHOIS2 Rec" over "3.1": a narrow cell wrapped the id
 * and a reader took each line for a row), or NULL; row: the row being
 * rebuilt above. The caller knows row r's cell holds no id of its own. */
static char *id_over_rows(struct matcher *m, const struct grid *g, int r, const struct row *row)
{
	const char *top = cell_text(g, r, g->id_col);
	if (r + 1 >= g->rows || !*cell_text(g, r + 1, g->id_col))
		return NULL;
	/* the header's name of the column, printed again; but for a row
	 * whose values read whole only with the row under it (a page
	 * break cut the row and its id, "Recommendation" at the foot of
	 * the page, "R7.2" at the top of the next) */
	if (header_holds(g, g->id_col, top) && !starts_row_below(m, g, r, row))
		return NULL;
	char *joined = rw_xasprintf("%s %s", top, cell_text(g, r + 1, g->id_col));
	size_t words;
	char *id = id_cell(m, joined, g->nhead > 0, &words);
	free(joined);
	/* an id whose words start within row r's cell is whole there, not
	 * broken over the rows ("LE.5 LE.6" over "LE.7": rows a reader ran
	 * together, not an id and its words "LE.6 LE.7") */
	if (id && words <= strlen(top)) {
		free(id);
		id = NULL;
	}
	return id;
}

/* Row r, the first of a new page (under the table's header printed
 * again or not), goes on with the row above (still open, from the page
 * before) where a value cell of it reads as a value only with that
 * row's cell of its field over it ("Approved, subject to
 * prioritization, costing and" at a page's foot, "implementation
 * considerations" at the next one's top): a cell the page break cut,
 * its rest spanning the rows under it as it spanned the row above. The
 * row above takes the rest; the rows the rest spans take the whole
 * value (cut_take). */
static void cut_cell(struct matcher *m, struct table_state *st, const struct grid *g, int r)
{
	struct row *row = &st->row;
	for (int c = 0; c < g->cols && c < RW_MAX_COLS && row->id; c++) {
		int f = g->col_field[c];
		const char *rest = cell_text(g, r, c);
		if (f < 0 || f >= RW_F__COUNT || !is_valued(f) || !row->text[f].len || !*rest ||
		    one_value(m, f, rest) || !reads_joined(m, f, row->text[f].s, rest))
			continue;
		rw_buf_addc(&row->text[f], ' ');
		rw_buf_adds(&row->text[f], rest);
		free(st->cut_whole[f]);
		st->cut_whole[f] = rw_xstrdup(row->text[f].s);
		st->cut_rest[f] = rest;
	}
}

/* The row being read holds the rest of a cut cell (cut_cell) alone in
 * its field: it takes the whole value. A row that holds anything else
 * there ends the rest's span. */
static void cut_take(struct table_state *st, struct row *row)
{
	for (int f = 0; f < RW_F__COUNT; f++) {
		if (!st->cut_rest[f])
			continue;
		if (row->text[f].len && !strcmp(row->text[f].s, st->cut_rest[f])) {
			rw_buf_free(&row->text[f]);
			rw_buf_adds(&row->text[f], st->cut_whole[f]);
			continue;
		}
		free(st->cut_whole[f]);
		st->cut_whole[f] = NULL;
		st->cut_rest[f] = NULL;
	}
}

/* Reads rows [from, g->rows) of the table (from >= its header rows). */
static void rows_read(struct matcher *m, struct doc *d, struct table_state *st, const struct grid *g,
		      int from)
{
	struct table_ctx *t = &st->t;
	struct row *row = &st->row;
	int broken = -1; /* a row that starts the row below (starts_row_below) */
	for (int r = from; r < g->rows; r++) {
		const char *idt = cell_text(g, r, g->id_col), *sec;
		size_t words = 0;
		rw_idlist listed;
		char *id = *idt ? id_cell(m, idt, g->nhead > 0, &words) : NULL;
		/* a header row repeated on a new page says nothing; a row the
		 * reader marked as header but whose id reads is a row */
		if (row_is_header(g, r) && !id)
			continue;
		if (row->page && row_page(g, r) > row->page)
			cut_cell(m, st, g, r);
		char *split = !id && *idt && !row_is_header(g, r) && beyond_header(g, r) ? id_over_rows(m, g, r, row)
										      : NULL;
		if (split) {
			if (row->id)
				row_flush(m, d, t, row);
			row->id = split;
			row->id_loc = cell_loc(g, r, g->id_col);
			row_take(m, g, r, row);
			row_take(m, g, ++r, row); /* the row whose id cell ends the id */
			continue;
		}
		if (!id && *idt && mark_opens(m, idt)) {
			/* held for the row under it to end its mark */
			if (row->id)
				row_flush(m, d, t, row);
			if (row->mark_open)
				mark_left_open(m, d, row);
			row->mark_open = rw_xstrdup(idt);
			row->mark_loc = cell_loc(g, r, g->id_col);
			row_take(m, g, r, row);
			continue;
		}
		if (!id && *idt && (sec = section_text(g, r))) {
			if (row->id)
				row_flush(m, d, t, row);
			section_row(m, t, g, r, sec);
			continue;
		}
		if (row->mark_open) {
			char *marked = *idt ? id_after_mark(m, row->mark_open, idt) : NULL;
			if (marked) { /* the row above goes on, its id whole */
				free(id);
				free(row->mark_open);
				row->mark_open = NULL;
				row->id = marked;
				row->id_loc = row->mark_loc;
				row_take(m, g, r, row);
				continue;
			}
			mark_left_open(m, d, row);
		}
		char *whole = id && row->id ? broken_id_rest(m, row->id, id) : NULL;
		if (whole) {
			free(id);
			free(row->id);
			row->id = whole;
		} else if (id) {
			if (row->id)
				row_flush(m, d, t, row);
			row->id = id;
			row->id_loc = cell_loc(g, r, g->id_col);
			id_words(m, d, g, r, idt + words, row);
			if (broken >= 0 && broken == r - 1)
				row_take(m, g, broken, row);
		} else if (*idt && heads_ids(m, idt)) {
			/* a header row repeated (on a new page) */
			const char *other = beyond_header(g, r);
			if (other)
				emit_reject(m, d, cell_loc(g, r, g->id_col), "a header row holding other text",
					    other, "a row repeating the header holds \"%s\" too; not read", other);
			continue;
		} else if (*idt && listed_ids(m, idt, &listed)) {
			/* a row for several recommendations ("1.6, 1.7",
			 * "1.8-1.9"): the row is each one's */
			if (row->id)
				row_flush(m, d, t, row);
			row->id = listed.v[0];
			listed.v[0] = NULL;
			for (size_t i = 1; i < listed.n; i++)
				rw_idlist_add(&row->also, listed.v[i]), listed.v[i] = NULL;
			rw_idlist_free(&listed);
			row->id_loc = cell_loc(g, r, g->id_col);
		} else if (*idt && id_words_go_on(m, g, r, row)) {
			rw_buf_addc(&row->text[RW_F_DESCRIPTION], ' ');
			rw_buf_adds(&row->text[RW_F_DESCRIPTION], idt);
		} else if (*idt) {
			no_id(m, d, cell_loc(g, r, g->id_col), idt);
			if (row->id)
				row_flush(m, d, t, row);
			continue;
		} else if (starts_row_below(m, g, r, row)) {
			if (row->id)
				row_flush(m, d, t, row);
			broken = r;
			continue;
		} else if (!row->id) {
			const char *t0 = first_text(g, r);
			if (t0)
				emit_reject(m, d, cell_loc(g, r, g->id_col), "a row with no id and no row above",
					    t0, "a row with no recommendation id and no row above to join: \"%s\"", t0);
			continue;
		}
		row_take(m, g, r, row);
		cut_take(st, row);
	}
}

void table_close(struct matcher *m, struct doc *d, struct walk *w)
{
	struct table_state *st = w->table;
	if (!st)
		return;
	if (st->row.id)
		row_flush(m, d, &st->t, &st->row);
	if (st->row.mark_open)
		mark_left_open(m, d, &st->row);
	empty_columns(m, d, &st->t);
	w->closed.cols = st->cols;
	w->closed.id_col = st->id_col;
	memcpy(w->closed.col_field, st->col_field, sizeof w->closed.col_field);
	for (int f = 0; f < RW_F__COUNT; f++)
		free(st->cut_whole[f]);
	free(st);
	w->table = NULL;
}

/* Grid g, with no header of its own, goes on in the columns of the
 * recommendation table closed last: as many columns, and ids in its
 * first row's id cell and in most of the others filled (a table split
 * by a section's name, a note or a heading between its parts). */
static int goes_on_closed(struct matcher *m, const struct walk *w, struct grid *g)
{
	if (g->nhead || !g->rows || w->closed.cols != g->cols)
		return 0;
	char *first = rw_id_from_cell(m->rules, cell_text(g, 0, w->closed.id_col));
	free(first);
	return first && column_holds_ids(m, g, w->closed.id_col);
}

/* Maps grid g, whose header maps nothing: in the columns of the table
 * closed last when it goes on in them, else by what its columns hold
 * when it has no header row; returns whether it mapped. A table with a
 * header of its own ends what a later table may go on with. */
static int map_without_header(struct matcher *m, struct doc *d, struct walk *w, struct grid *g,
			      const struct blk *tb)
{
	const char *where = tb->locator ? tb->locator : "?";
	if (goes_on_closed(m, w, g)) {
		g->id_col = w->closed.id_col;
		memcpy(g->col_field, w->closed.col_field, sizeof g->col_field);
		explain(m, "  table %d (%s): no header of its own; read in the columns of the "
			   "recommendation table before it", tb->table, where);
		return 1;
	}
	if (!g->nhead && map_headless(m, g)) {
		explain(m, "  table %d (%s): no header row; its columns known by their ids and values",
			tb->table, where);
		return 1;
	}
	if (g->nhead)
		w->closed.cols = 0;
	return 0;
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
	const char *asof_from = table_asof(m, d, w, g, st->t.asof);
	memcpy(st->t.section, w->heading_value, sizeof st->t.section);
	for (int c = 0; c < g->cols && c < RW_MAX_COLS; c++)
		if (g->col_field[c] >= 0 && g->col_field[c] < RW_F__COUNT) {
			st->t.has[g->col_field[c]] = 1;
			if (g->nhead > 0) {
				st->t.name[g->col_field[c]] = rw_xstrdup(cell_text(g, g->nhead - 1, c));
				st->t.name_loc[g->col_field[c]] = rw_xstrdup(cell_loc(g, g->nhead - 1, c));
			}
		}
	st->t.run_on = g->run_on;
	const char *act_from;
	const char *act = table_action_date(d, w, g, &act_from);
	memcpy(st->t.action_date, act, RW_ISO_DATE_SIZE);
	explain(m, "    snapshot date %s%s%s; Board action date %s%s%s", st->t.asof[0] ? st->t.asof : "none",
		asof_from ? ", from " : "", asof_from ? asof_from : "", act[0] ? act : "none",
		act[0] ? ", from " : "", act[0] ? act_from : "");
	return st;
}

/* A header cell of the id column that ends with an id cell's text
 * after its name ("No. Recommendation 6"): the first row set solid
 * under an unmarked header, read as more of its lines. Said, as the
 * row's facts are lost. */
static void ids_in_header(struct matcher *m, struct doc *d, const struct grid *g)
{
	for (int r = 0; r < g->nhead && g->id_col >= 0; r++) {
		const char *t = cell_text(g, r, g->id_col);
		for (const char *sp = strchr(t, ' '); sp; sp = strchr(sp + 1, ' ')) {
			char *id = rw_id_from_cell(m->rules, sp + 1);
			int found = id != NULL;
			free(id);
			if (found) {
				emit_reject(m, d, cell_loc(g, r, g->id_col), "an id in the header", t,
					    "the header cell \"%s\" ends with a recommendation id: a row "
					    "read with the header; not read", t);
				break;
			}
		}
	}
}

/* Opens the table of grid g, which its header maps. */
static void open_mapped(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g,
			const struct blk *tb)
{
	table_close(m, d, w);
	explain_header(m, g, tb);
	ids_in_header(m, d, g);
	w->table = table_open(m, d, w, g);
}

/* A table read as its rows come (d->streaming). */
struct table_stream {
	size_t block;  /* its table block */
	size_t seen;   /* blocks up to here are in its grid */
	int settled;   /* 1: its header read, its rows read as they come;
			* -1: read when it ends */
	int done;      /* rows read */
	int whole;     /* rows whole: those before the latest cell's (cells
			* come row by row) */
	struct grid g;
};

void table_stream_free(struct doc *d)
{
	if (!d->streaming)
		return;
	grid_free(&d->streaming->g);
	free(d->streaming);
	d->streaming = NULL;
}

/* Settles the header of the whole rows: whether the table is read as
 * its rows come. */
static int settle(struct matcher *m, struct doc *d, struct walk *w, struct table_stream *ts)
{
	struct grid *g = &ts->g;
	int head = 0, rows = g->rows;
	while (head < ts->whole && row_is_header(g, head))
		head++;
	if (ts->whole < head + SETTLE_ROWS)
		return 0;
	g->rows = ts->whole;
	int mapped = find_header(m, g);
	g->rows = rows;
	if (!mapped || g->id_col < 0 || g->cols > RW_MAX_COLS) {
		ts->settled = -1;
		return 0;
	}
	ts->settled = 1;
	for (int c = g->cols; c < RW_MAX_COLS; c++)
		g->col_field[c] = -1; /* columns a wider row may add map nothing */
	w->tables_done = d->b[ts->block].table;
	open_mapped(m, d, w, g, &d->b[ts->block]);
	ts->done = g->nhead;
	return 1;
}

/* The table at block i, not ended: its rows read as far as they are in. */
static void table_stream(struct matcher *m, struct doc *d, struct walk *w, size_t i)
{
	struct table_stream *ts = d->streaming;
	if (!ts) {
		/* a part of a table read already, or one that may go on with
		 * the open table: read when it ends */
		if (d->b[i].table <= w->tables_done || w->table)
			return;
		ts = d->streaming = rw_xcalloc(1, sizeof *ts);
		ts->block = i;
		ts->seen = i + 1;
	}
	if (ts->settled < 0)
		return;
	if (grid_take(d, i, &ts->g, ts->seen, d->n) != 0) {
		ts->settled = -1;
		return;
	}
	for (size_t j = d->n; j-- > ts->seen;)
		if (d->b[j].kind == RW_BLK_CELL && d->b[j].table == d->b[i].table) {
			ts->whole = d->b[j].row;
			break;
		}
	/* a cell at no place of the grid (said) makes no row whole */
	ts->whole = ts->whole < 0 ? 0 : ts->whole > ts->g.rows ? ts->g.rows : ts->whole;
	ts->seen = d->n;
	if (!ts->settled && !settle(m, d, w, ts))
		return;
	struct grid *g = &ts->g;
	int rows = g->rows;
	g->rows = ts->whole < rows ? ts->whole : rows;
	if (w->table && g->rows > ts->done) {
		rows_read(m, d, w->table, g, ts->done);
		ts->done = g->rows;
	}
	g->rows = rows;
}

/* The rest of a table read as its rows came; 0 when it was not. */
static int stream_end(struct matcher *m, struct doc *d, struct walk *w, size_t i)
{
	struct table_stream *ts = d->streaming;
	if (!ts || ts->block != i)
		return 0;
	if (ts->settled <= 0) {
		table_stream_free(d);
		return 0;
	}
	if (grid_take(d, i, &ts->g, ts->seen, d->n) == 0 && w->table)
		rows_read(m, d, w->table, &ts->g, ts->done);
	table_stream_free(d);
	return 1;
}

int grid_table_read(struct matcher *m, struct doc *d, struct walk *w, struct grid *g,
		    const struct blk *tb)
{
	if (!find_header(m, g) || g->id_col < 0 || g->cols > RW_MAX_COLS)
		return 0;
	open_mapped(m, d, w, g, tb);
	rows_read(m, d, w->table, g, g->nhead);
	table_close(m, d, w);
	return 1;
}

/* Row 0 of g names recommendations past its first cell, most of its
 * filled cells one id each, and column 0 names a field of values below
 * its first cell: a table set across (a column a recommendation). */
static int set_across(struct matcher *m, const struct grid *g)
{
	int filled = 0, ids = 0, fields = 0;
	for (int c = 1; c < g->cols; c++) {
		const char *t = cell_text(g, 0, c);
		char *id = *t ? rw_id_from_cell(m->rules, t) : NULL;
		filled += *t != 0, ids += id != NULL;
		free(id);
	}
	for (int r = 1; r < g->rows; r++) {
		int f = header_field(m, cell_text(g, r, 0));
		fields += f >= 0 && f < RW_F__COUNT && is_valued(f);
	}
	return holds_most(ids, filled) && fields >= 1;
}

/* Reads a table set across (set_across) by its columns, as a table of
 * rows: whether it was read. */
static int across_read(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g,
		       const struct blk *tb)
{
	if (g->rows > RW_MAX_COLS || !set_across(m, g))
		return 0;
	struct grid t = grid_transposed(g);
	explain(m, "  table %d (%s): its first row names the recommendations, its first "
		   "column the fields: read across", tb->table, tb->locator ? tb->locator : "?");
	return grid_table_read(m, d, w, &t, tb);
}

int table_read(struct matcher *m, struct doc *d, struct walk *w, size_t i)
{
	if (!d->ended && review_waits(m, d, w) && !(d->streaming && d->streaming->settled > 0))
		return 0; /* its rows' facts would be held: read at the end */
	if (!d->ended && d->tables_end <= i + 1) {
		table_stream(m, d, w, i);
		return 0;
	}
	if (stream_end(m, d, w, i))
		return 1;
	struct grid g = {0};
	if (d->b[i].table <= w->tables_done)
		return 1; /* a part already read with the table it continues */
	w->tables_done = d->b[i].table;
	if (grid_read(d, i, &g) == 0) {
		int mapped = find_header(m, &g);
		if (mapped && g.cols > RW_MAX_COLS)
			doc_warn(d, "%s: %d columns; those past the first %d are not read",
				 d->b[i].locator ? d->b[i].locator : "a table", g.cols, RW_MAX_COLS);
		struct table_state *st = w->table;
		if (mapped && g.id_col < 0) {
			table_close(m, d, w);
			w->closed.cols = 0;
			explain_header(m, &g, &d->b[i]);
			list_table_read(m, d, w, &g);
			grid_free(&g);
			return 1;
		}
		/* a table with a header of its own that maps nothing is
		 * another table, not the open one going on */
		int continues = st && st->cols == g.cols && (mapped ? same_columns(st, &g) : !g.nhead);
		if (!continues && !mapped)
			mapped = map_without_header(m, d, w, &g, &d->b[i]);
		if (continues && !mapped) {
			g.nhead = 0; /* no header of its own: the open table's columns */
			g.id_col = st->id_col;
			memcpy(g.col_field, st->col_field, sizeof g.col_field);
		}
		if (!continues) {
			if (mapped)
				open_mapped(m, d, w, &g, &d->b[i]);
			else {
				table_close(m, d, w);
				if (!card_table(m, d, w, &g) && !across_read(m, d, w, &g, &d->b[i]))
					unmapped_table(m, d, &d->b[i], &g);
			}
		} else {
			explain(m, "  table %d (%s): goes on with the table before it",
				d->b[i].table, d->b[i].locator ? d->b[i].locator : "?");
		}
		if (w->table)
			rows_read(m, d, w->table, &g, g.nhead);
	}
	grid_free(&g);
	return 1;
}
