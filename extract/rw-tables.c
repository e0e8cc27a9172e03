/* rw-tables - the tables of a block stream, as CSV or JSON.
 *
 * Cells come with their table number and grid position; a table that a
 * PDF reader continued over a page break has several `table` blocks with
 * the same number, and its rows are printed as one table. Tables are
 * printed when their document ends, so memory holds one document.
 *
 * A ruled cell of a PDF that spans rows or columns prints once, in its
 * top-left slot, as the page shows it and as PDF table readers print it;
 * the copies rw-pdf writes in the slots it covers (`span`, for the
 * matcher) print empty. HTML's expanded rowspans and colspans print in
 * every slot they cover.
 */
#include "rwlib.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: rw-tables [-f csv|json] [--source] [FILE]\n"
	"Prints the tables of a block stream (from rw-html or rw-pdf): CSV, the\n"
	"rows of each table with one empty line between tables, or JSON, an\n"
	"array of {source, page, table, bbox, rows}.\n"
	"  --source   CSV rows start with the document, the page (FIRST-LAST for\n"
	"             a table over several pages; empty for HTML) and the table\n";

static enum rw_format opt_format = RW_FMT_CSV;
static int opt_source; /* CSV rows say where their table came from */

typedef struct table {
	int number, page, last_page, has_bbox;
	double bbox[4];
	rw_grid grid; /* of strings; NULL = empty */
	int too_big;  /* a cell past RW_GRID_MAX_CELLS was left out (said) */
} table;

typedef struct doc {
	char *source;
	int pdf; /* its span copies print empty */
	table *t;
	size_t nt, cap;
} doc;

static table *find_table(doc *d, int number)
{
	for (size_t i = 0; i < d->nt; i++)
		if (d->t[i].number == number)
			return &d->t[i];
	return NULL;
}

static table *add_table(doc *d, const rw_block *b)
{
	table *t = find_table(d, b->table);
	if (t) {
		if (b->page > t->last_page)
			t->last_page = b->page;
		return t;
	}
	d->t = rw_xgrow(d->t, &d->cap, d->nt + 1, sizeof *d->t);
	t = &d->t[d->nt++];
	memset(t, 0, sizeof *t);
	t->number = b->table;
	t->page = t->last_page = b->page;
	t->has_bbox = b->has_bbox;
	memcpy(t->bbox, b->bbox, sizeof t->bbox);
	return t;
}

/* Returns -1 when the cell does not fit in a grid (said once a table). */
static int add_cell(doc *d, const rw_block *b)
{
	if (b->row < 0 || b->col < 0)
		return 0; /* no position in a grid: not a cell of it */
	table *t = add_table(d, b);
	char *text = rw_xstrdup(b->text && !(b->span && d->pdf) ? b->text : ""), *old = NULL;
	if (rw_grid_put(&t->grid, b->row, b->col, text, (void **)&old) == 0) {
		free(old);
		return 0;
	}
	free(text);
	if (!t->too_big++)
		rw_warn(d->source, "table %d: more than %u cells; the cells past them are left out",
			t->number, RW_GRID_MAX_CELLS);
	return -1;
}

static size_t tables_printed;

/* --source: the document, pages and table number before each row. */
static int csv_where(FILE *out, const doc *d, const table *t)
{
	char pages[32] = "", number[16];
	if (t->page && t->last_page > t->page)
		snprintf(pages, sizeof pages, "%d-%d", t->page, t->last_page);
	else if (t->page)
		snprintf(pages, sizeof pages, "%d", t->page);
	snprintf(number, sizeof number, "%d", t->number);
	return rw_csv_field(out, d->source, 0) | rw_csv_field(out, pages, 0) | rw_csv_field(out, number, 0);
}

static int print_csv(const doc *d, FILE *out)
{
	int err = 0;
	for (size_t i = 0; i < d->nt; i++) {
		const table *t = &d->t[i];
		if (tables_printed++)
			err |= fputc('\n', out) == EOF;
		const rw_grid *g = &t->grid;
		for (int r = 0; r < g->rows; r++) {
			if (opt_source)
				err |= csv_where(out, d, t);
			for (int c = 0; c < g->cols; c++)
				err |= rw_csv_field(out, rw_grid_at(g, r, c), c + 1 == g->cols);
		}
	}
	return err;
}

static int print_json(const doc *d, FILE *out)
{
	int err = 0;
	for (size_t i = 0; i < d->nt; i++) {
		const table *t = &d->t[i];
		json_t *o = json_object();
		json_object_set_new(o, "source", json_string(d->source ? d->source : ""));
		json_object_set_new(o, "page", t->page ? json_integer(t->page) : json_null());
		json_object_set_new(o, "table", json_integer(t->number));
		json_object_set_new(o, "bbox", t->has_bbox ? json_pack("[ffff]", t->bbox[0], t->bbox[1],
									 t->bbox[2], t->bbox[3])
							   : json_null());
		json_t *rows = json_array();
		const rw_grid *g = &t->grid;
		for (int r = 0; r < g->rows; r++) {
			json_t *row = json_array();
			for (int c = 0; c < g->cols; c++) {
				const char *v = rw_grid_at(g, r, c);
				json_array_append_new(row, json_string(v ? v : ""));
			}
			json_array_append_new(rows, row);
		}
		json_object_set_new(o, "rows", rows);
		err |= fputs(tables_printed++ ? ",\n" : "\n", out) == EOF;
		err |= json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9)) != 0;
		json_decref(o);
	}
	return err;
}

static void doc_clear(doc *d)
{
	for (size_t i = 0; i < d->nt; i++)
		rw_grid_free(&d->t[i].grid, free);
	free(d->t);
	free(d->source);
	memset(d, 0, sizeof *d);
}

static int flush_doc(doc *d)
{
	int err = opt_format == RW_FMT_JSON ? print_json(d, stdout) : print_csv(d, stdout);
	doc_clear(d);
	return err;
}

/* Reads the blocks of in; *bad when a line or a cell could not be used,
 * *good counting the blocks that could. */
static int read_stream(FILE *in, const char *name, int *bad, size_t *good)
{
	doc d = {0};
	rw_block b = {0};
	long lineno = 0;
	int r, err = 0;
	while ((r = rw_block_read(in, name, &b, &lineno)) != 0) {
		if (r < 0) {
			*bad = 1;
			continue;
		}
		(*good)++;
		if (b.kind == RW_BLK_DOCUMENT) {
			err |= flush_doc(&d);
			d.source = b.source ? rw_xstrdup(b.source) : NULL;
			d.pdf = b.format && !strcmp(b.format, "pdf");
		} else if (b.kind == RW_BLK_TABLE) {
			if (!d.source && b.source)
				d.source = rw_xstrdup(b.source);
			add_table(&d, &b);
		} else if (b.kind == RW_BLK_CELL) {
			if (!d.source && b.source)
				d.source = rw_xstrdup(b.source);
			if (add_cell(&d, &b) != 0)
				*bad = 1;
		}
		rw_block_clear(&b);
	}
	err |= flush_doc(&d);
	return err;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"source", no_argument, NULL, 's'},
		{NULL, 0, NULL, 0},
	};
	rw_std_options(argc, argv, usage);
	int c;
	while ((c = getopt_long(argc, argv, "f:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "csv") && strcmp(optarg, "json")) {
				rw_warn(NULL, "-f: expected csv or json, got '%s'", optarg);
				return rw_usage_error(usage, NULL);
			}
			opt_format = rw_format_parse(optarg);
			break;
		case 's': opt_source = 1; break;
		default:
			return rw_usage_error(usage, NULL);
		}
	}
	if (argc - optind > 1) {
		rw_warn(NULL, "one block stream at a time");
		return rw_usage_error(usage, NULL);
	}
	const char *name = optind < argc ? argv[optind] : "-";
	FILE *in = strcmp(name, "-") ? fopen(name, "r") : stdin;
	if (!in)
		rw_die(name, "%s", strerror(errno));
	if (opt_format == RW_FMT_JSON)
		fputc('[', stdout);
	int bad = 0;
	size_t good = 0;
	int err = read_stream(in, name, &bad, &good);
	if (opt_format == RW_FMT_JSON)
		fputs(tables_printed ? "\n]\n" : "]\n", stdout);
	if (in != stdin)
		fclose(in);
	if (err) {
		rw_warn(NULL, "write error on standard output");
		return RW_EXIT_TROUBLE;
	}
	/* the family's rule: nothing usable in a stream with bad lines is
	 * trouble, some is a partial read */
	rw_tally t = {0};
	rw_tally_add(&t, !bad ? RW_READ_WHOLE : good ? RW_READ_PART : RW_READ_NONE);
	return rw_finish_stdout(rw_tally_status(&t));
}
