/* table.c - rows of named string columns written as CSV (libcsv), JSON
 * or JSON Lines (jansson), or handed to xlsx.c for a workbook. Records,
 * facts and changes all go through here, so the formats stay alike. */
#include "rwlib.h"

#include <csv.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

struct rw_writer {
	FILE *out;
	enum rw_format fmt;
	const char *const *cols;
	size_t ncols;
	size_t rows;
	int err;
	rw_xlsx *xlsx; /* RW_FMT_XLSX */
	rw_buf keys;   /* JSON: each column's `{"key":` or `,"key":`, made once */
	size_t *key_end; /* where each ends in keys */
};

int rw_format_parse(const char *s)
{
	static const char *const names[] = {"csv", "json", "jsonl", "text", "xlsx"};
	for (int i = 0; i < 5; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

/* A field is quoted only when it has to be (RFC 4180), so that the
 * common case reads cleanly; libcsv does the quoting when it is needed. */
int rw_csv_field(FILE *out, const char *v, int last)
{
	int err = 0;
	if (!v)
		v = "";
	if (strpbrk(v, ",\"\r\n") || (*v == ' ' || (*v && v[strlen(v) - 1] == ' ')))
		err |= csv_fwrite(out, v, strlen(v)) != 0;
	else
		err |= fputs(v, out) == EOF;
	err |= fputs(last ? "\n" : ",", out) == EOF;
	return err;
}

static void csv_row(rw_writer *w, const char *const *vals)
{
	for (size_t i = 0; i < w->ncols; i++)
		w->err |= rw_csv_field(w->out, vals[i], i + 1 == w->ncols);
}

rw_writer *rw_writer_new(FILE *out, enum rw_format fmt,
			 const char *const *cols, size_t ncols)
{
	rw_writer *w = rw_xcalloc(1, sizeof *w);
	w->out = out;
	w->fmt = fmt;
	w->cols = cols;
	w->ncols = ncols;
	if (fmt == RW_FMT_XLSX)
		w->xlsx = rw_xlsx_new(out, cols, ncols);
	else if (fmt == RW_FMT_CSV)
		csv_row(w, cols);
	else if (fmt == RW_FMT_JSON)
		w->err |= fputs("[", out) == EOF;
	if (fmt == RW_FMT_JSON || fmt == RW_FMT_JSONL) {
		w->key_end = rw_xcalloc(ncols ? ncols : 1, sizeof *w->key_end);
		for (size_t i = 0; i < ncols; i++) {
			rw_buf_addc(&w->keys, i ? ',' : '{');
			w->err |= rw_buf_add_json(&w->keys, cols[i]) != 0; /* the program's own names */
			rw_buf_addc(&w->keys, ':');
			w->key_end[i] = w->keys.len;
		}
	}
	return w;
}

/* Through jansson, which drops a value that is not UTF-8 (its key goes
 * with it): the rows that have one are left to it. */
static void json_row_jansson(rw_writer *w, const char *const *vals)
{
	json_t *o = json_object();
	for (size_t i = 0; i < w->ncols; i++) {
		const char *v = vals[i];
		json_object_set_new(o, w->cols[i], v && *v ? json_string(v) : json_null());
	}
	char stack[4096], *line = stack;
	size_t n = json_dumpb(o, stack, sizeof stack, JSON_COMPACT | JSON_PRESERVE_ORDER);
	if (n > sizeof stack) {
		line = rw_xmalloc(n);
		n = json_dumpb(o, line, n, JSON_COMPACT | JSON_PRESERVE_ORDER);
	}
	w->err |= n == 0 || fwrite(line, 1, n, w->out) != n;
	if (line != stack)
		free(line);
	json_decref(o);
}

/* One object a row, the bytes jansson's compact dump writes, made in one
 * reused buffer and written at once (jansson's dump cost more than
 * everything else rw-match does). */
static void json_row(rw_writer *w, const char *const *vals)
{
	static rw_buf line;
	int plain = 1;
	if (w->fmt == RW_FMT_JSON)
		w->err |= fputs(w->rows ? ",\n" : "\n", w->out) == EOF;
	line.len = 0;
	for (size_t i = 0; i < w->ncols && plain; i++) {
		size_t key = i ? w->key_end[i - 1] : 0;
		rw_buf_add(&line, w->keys.s + key, w->key_end[i] - key);
		if (vals[i] && *vals[i])
			plain &= rw_buf_add_json(&line, vals[i]) == 0;
		else
			rw_buf_add(&line, "null", 4);
	}
	rw_buf_adds(&line, w->ncols ? "}" : "{}");
	if (plain)
		w->err |= fwrite(line.s, 1, line.len, w->out) != line.len;
	else
		json_row_jansson(w, vals);
	if (w->fmt == RW_FMT_JSONL)
		w->err |= fputc('\n', w->out) == EOF;
}

int rw_writer_row(rw_writer *w, const char *const *vals)
{
	if (w->xlsx)
		w->err |= rw_xlsx_row(w->xlsx, vals) != 0;
	else if (w->fmt == RW_FMT_CSV)
		csv_row(w, vals);
	else
		json_row(w, vals);
	w->rows++;
	return w->err ? -1 : 0;
}

int rw_writer_finish(rw_writer *w)
{
	if (w->fmt == RW_FMT_JSON)
		w->err |= fputs(w->rows ? "\n]\n" : "]\n", w->out) == EOF;
	if (w->xlsx)
		w->err |= rw_xlsx_finish(w->xlsx) != 0;
	int err = w->err || fflush(w->out) != 0;
	rw_buf_free(&w->keys);
	free(w->key_end);
	free(w);
	return err ? -1 : 0;
}
