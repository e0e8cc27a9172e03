/* xlsx.c - rows of named string columns as an Excel workbook
 * (libxlsxwriter), for analysts who open the data in a spreadsheet.
 *
 * One sheet, named after what it holds.  Every value is written as a
 * string cell, so an id stays "3.10" and a value starting with = + - @ is
 * never taken for a formula; the one exception is a date column
 * (board_action_date, as_of, date), whose YYYY-MM-DD values become date
 * cells.  The header row is frozen and carries an autofilter; each
 * column is as wide as its longest value, up to a limit; a row whose note
 * says "regression" is shaded.
 *
 * libxlsxwriter writes to a named file, not a stream: the workbook is
 * built in a temporary file (under $TMPDIR) and copied to the output
 * when it is complete, so the output gets a whole workbook or nothing. */
#include "rwlib.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

/* The most characters a cell holds (Excel's limits, which libxlsxwriter
 * enforces): longer text is cut, with a warning. */
#define XLSX_CELL_CHARS_MAX 32767
/* Column widths in characters: wide enough for the header, as wide as
 * the longest value, but no wider than a description column should be
 * when it is first opened (the text is all there, and the filter and
 * zoom still work). */
#define XLSX_WIDTH_MIN 6
#define XLSX_WIDTH_MAX 60
/* Room for the autofilter's drop-down button beside a header, in
 * characters. */
#define XLSX_FILTER_BUTTON 3
/* Background of a regression row: a light red, as spreadsheets use for
 * "bad" cells. */
#define XLSX_REGRESSION_FILL 0xFFC7CE
/* The earliest year a spreadsheet date can hold (the 1900 date system). */
#define XLSX_FIRST_YEAR 1900

struct rw_xlsx {
	FILE *out;
	char *tmp; /* the workbook being built */
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold, *date, *flag, *flag_date;
	size_t ncols;
	int *is_date;     /* per column */
	int note_col;     /* the column whose "regression" shades a row; -1 */
	double *width;    /* per column, in characters */
	lxw_row_t row;    /* the next row to write */
	size_t cut, bad;  /* cells cut to the limit / with bytes replaced */
	int err;
};

/* The sheet's name: what the columns say the rows are. */
static const char *sheet_name(const char *const *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++) {
		if (!strcmp(cols[i], "change"))
			return "changes";
		if (!strcmp(cols[i], "field") && i + 1 < ncols && !strcmp(cols[i + 1], "value"))
			return "facts";
	}
	for (size_t i = 0; i < ncols; i++)
		if (!strcmp(cols[i], "board_action"))
			return "records";
	return "rows";
}

static int is_date_col(const char *name)
{
	static const char *const dates[] = {"board_action_date", "as_of", "date", NULL};
	for (int i = 0; dates[i]; i++)
		if (!strcmp(name, dates[i]))
			return 1;
	return 0;
}

/* YYYY-MM-DD of a real day a spreadsheet can show. */
static int parse_date(const char *s, lxw_datetime *d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int n = 0;
	if (strlen(s) != RW_ISO_DATE_LEN || sscanf(s, "%4d-%2d-%2d%n", &d->year, &d->month, &d->day, &n) != 3 || n != RW_ISO_DATE_LEN)
		return 0;
	if (d->year < XLSX_FIRST_YEAR || d->month < 1 || d->month > 12 || d->day < 1 ||
	    d->day > days[d->month - 1])
		return 0;
	int leap = (d->year % 4 == 0 && d->year % 100 != 0) || d->year % 400 == 0;
	if (d->month == 2 && d->day == 29 && !leap)
		return 0;
	d->hour = d->min = 0;
	d->sec = 0;
	return 1;
}

/* The length of the UTF-8 character at p; 0 when the bytes are not one. */
static size_t utf8_len(const char *p)
{
	unsigned char c = (unsigned char)*p;
	size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	return strnlen(p, len) == len && rw_utf8_valid(p, len) ? len : 0;
}

/* True when the character at p (of len bytes) is one XML, and so a
 * cell, can hold: no control but tab and line feed, and not the
 * non-characters U+FFFE and U+FFFF. */
static int cell_char(const char *p, size_t len)
{
	unsigned char c = (unsigned char)*p;
	if (len == 1)
		return (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n';
	return !(len == 3 && !memcmp(p, "\xEF\xBF", 2) && (unsigned char)p[2] >= 0xBE);
}

/* The text a cell can hold: what is not a character a cell can hold
 * becomes U+FFFD (counted in x->bad), and text past the limit is cut
 * (counted in x->cut).  *chars gets the length in characters of the
 * longest line, for the column width. */
static char *cell_text(rw_xlsx *x, const char *v, size_t *chars)
{
	rw_buf b = {0};
	size_t n = 0, line = 0, longest = 0;
	int replaced = 0;
	const char *p = v;
	for (; *p && n < XLSX_CELL_CHARS_MAX; n++) {
		size_t len = utf8_len(p);
		if (len && cell_char(p, len)) {
			rw_buf_add(&b, p, len);
			line = *p == '\n' ? 0 : line + 1;
		} else {
			rw_buf_adds(&b, "\xEF\xBF\xBD");
			replaced = 1;
			len = len ? len : 1;
			line++;
		}
		p += len;
		if (line > longest)
			longest = line;
	}
	x->cut += *p != '\0';
	x->bad += replaced;
	*chars = longest;
	return rw_buf_take(&b);
}

static void fit(rw_xlsx *x, size_t col, size_t chars)
{
	double w = (double)chars + 1;
	if (w > XLSX_WIDTH_MAX)
		w = XLSX_WIDTH_MAX;
	if (w > x->width[col])
		x->width[col] = w;
}

static lxw_format *new_format(lxw_workbook *wb, int bold, const char *num, int fill)
{
	lxw_format *f = workbook_add_format(wb);
	if (bold)
		format_set_bold(f);
	if (num)
		format_set_num_format(f, num);
	if (fill)
		format_set_bg_color(f, XLSX_REGRESSION_FILL);
	return f;
}

rw_xlsx *rw_xlsx_new(FILE *out, const char *const *cols, size_t ncols)
{
	if (isatty(fileno(out)))
		rw_die(NULL, "a workbook is not for a terminal: give -o FILE.xlsx or redirect the output");
	if (ncols > LXW_COL_MAX)
		rw_die(NULL, "%zu columns are more than a sheet holds", ncols);
	rw_xlsx *x = rw_xcalloc(1, sizeof *x);
	x->out = out;
	x->ncols = ncols;
	int fd;
	x->tmp = rw_tmpfile("recwatch-xlsx", &fd);
	close(fd);
	/* Rows go to disk as they are written: memory stays the same
	 * however many records there are. */
	lxw_workbook_options opt = {.constant_memory = 1, .tmpdir = (char *)rw_tmpdir()};
	x->wb = workbook_new_opt(x->tmp, &opt);
	if (!x->wb)
		rw_die(NULL, "cannot start a workbook");
	x->ws = workbook_add_worksheet(x->wb, sheet_name(cols, ncols));
	x->bold = new_format(x->wb, 1, NULL, 0);
	x->date = new_format(x->wb, 0, "yyyy-mm-dd", 0);
	x->flag = new_format(x->wb, 0, NULL, 1);
	x->flag_date = new_format(x->wb, 0, "yyyy-mm-dd", 1);
	x->is_date = rw_xcalloc(ncols, sizeof *x->is_date);
	x->width = rw_xcalloc(ncols, sizeof *x->width);
	x->note_col = -1;
	for (size_t i = 0; i < ncols; i++) {
		x->is_date[i] = is_date_col(cols[i]);
		if (!strcmp(cols[i], "note"))
			x->note_col = (int)i;
		x->width[i] = XLSX_WIDTH_MIN;
		x->err |= worksheet_write_string(x->ws, 0, (lxw_col_t)i, cols[i], x->bold) != LXW_NO_ERROR;
		fit(x, i, strlen(cols[i]) + XLSX_FILTER_BUTTON);
	}
	x->row = 1;
	return x;
}

int rw_xlsx_row(rw_xlsx *x, const char *const *vals)
{
	if (x->row >= LXW_ROW_MAX) {
		if (x->row++ == LXW_ROW_MAX)
			rw_warn(NULL, "more rows than a sheet holds (%d with the header): the workbook is not written",
				LXW_ROW_MAX);
		x->err = 1;
		return -1;
	}
	int flagged = x->note_col >= 0 && vals[x->note_col] && strstr(vals[x->note_col], "regression");
	for (size_t i = 0; i < x->ncols; i++) {
		const char *v = vals[i] ? vals[i] : "";
		lxw_datetime d;
		lxw_col_t col = (lxw_col_t)i;
		if (x->is_date[i] && parse_date(v, &d)) {
			x->err |= worksheet_write_datetime(x->ws, x->row, col, &d,
							   flagged ? x->flag_date : x->date) != LXW_NO_ERROR;
			fit(x, i, strlen(v));
			continue;
		}
		size_t chars;
		char *t = cell_text(x, v, &chars);
		/* An empty cell is left blank, unless the row is shaded. */
		if (*t || flagged)
			x->err |= worksheet_write_string(x->ws, x->row, col, t, flagged ? x->flag : NULL) != LXW_NO_ERROR;
		fit(x, i, chars);
		free(t);
	}
	x->row++;
	return x->err ? -1 : 0;
}

/* Copies the finished workbook to the output. */
static int copy_out(rw_xlsx *x)
{
	FILE *in = fopen(x->tmp, "rb");
	if (!in)
		return -1;
	char buf[65536];
	size_t n;
	int err = 0;
	while (!err && (n = fread(buf, 1, sizeof buf, in)) > 0)
		err = fwrite(buf, 1, n, x->out) != n;
	err |= ferror(in);
	fclose(in);
	return err || fflush(x->out) != 0 ? -1 : 0;
}

int rw_xlsx_finish(rw_xlsx *x)
{
	if (x->cut)
		rw_warn(NULL, "%zu cells cut to %d characters, the most a spreadsheet cell holds",
			x->cut, XLSX_CELL_CHARS_MAX);
	if (x->bad)
		rw_warn(NULL, "%zu cells had bytes a spreadsheet cannot hold (not UTF-8, control characters), written as U+FFFD", x->bad);
	for (size_t i = 0; i < x->ncols; i++)
		worksheet_set_column(x->ws, (lxw_col_t)i, (lxw_col_t)i, x->width[i], NULL);
	worksheet_freeze_panes(x->ws, 1, 0);
	lxw_row_t last = x->row > LXW_ROW_MAX ? LXW_ROW_MAX - 1 : x->row - 1;
	worksheet_autofilter(x->ws, 0, 0, last, (lxw_col_t)(x->ncols ? x->ncols - 1 : 0));
	lxw_error e = workbook_close(x->wb);
	if (e != LXW_NO_ERROR) {
		rw_warn(NULL, "the workbook cannot be written: %s", lxw_strerror(e));
		x->err = 1;
	}
	int r = x->err ? -1 : copy_out(x);
	unlink(x->tmp);
	free(x->tmp);
	free(x->is_date);
	free(x->width);
	free(x);
	return r;
}
