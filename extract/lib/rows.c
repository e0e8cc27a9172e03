/* rows.c - rows of named string columns read back from CSV (libcsv),
 * a JSON array of objects or JSON Lines (jansson).  The reader of
 * snapshots, facts and changes alike; table.c is its writer.
 *
 * Every cell is copied once into a store of large blocks, so that a
 * million-row snapshot costs about its own size plus one pointer a cell,
 * not one malloc a cell. */
#include "rwlib.h"

#include <csv.h>
#include <jansson.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { STORE_BLOCK = 1 << 20 };

struct rw_rows_store {
	struct rw_rows_store *next;
	size_t used, cap;
	char text[];
};

/* Empty cells all point here; it is never written through. */
static char empty_cell[1];

/* Copies s[0..n) into the store, NUL-terminated. */
static char *keep(rw_rows *r, const char *s, size_t n)
{
	if (n == 0)
		return empty_cell;
	struct rw_rows_store *b = r->store;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > STORE_BLOCK ? n + 1 : STORE_BLOCK;
		b = rw_xmalloc(sizeof *b + cap);
		b->used = 0;
		b->cap = cap;
		b->next = r->store;
		r->store = b;
	}
	char *p = b->text + b->used;
	memcpy(p, s, n);
	p[n] = 0;
	b->used += n + 1;
	return p;
}

/* Appends a row of empty cells; returns its cells. */
static char **new_row(rw_rows *r, long line)
{
	size_t cap = r->cap;
	r->line = rw_xgrow(r->line, &cap, r->n + 1, sizeof *r->line);
	if (cap != r->cap) {
		if (r->ncols && cap > SIZE_MAX / sizeof *r->cells / r->ncols)
			rw_die(NULL, "out of memory");
		r->cells = rw_xrealloc(r->cells, cap * r->ncols * sizeof *r->cells);
		r->cap = cap;
	}
	char **row = r->cells + r->n * r->ncols;
	for (size_t i = 0; i < r->ncols; i++)
		row[i] = empty_cell;
	r->line[r->n++] = line;
	return row;
}

const char *rw_rows_get(const rw_rows *r, size_t row, size_t col)
{
	if (row >= r->n || col >= r->ncols)
		return "";
	return r->cells[row * r->ncols + col];
}

void rw_rows_free(rw_rows *r)
{
	while (r->store) {
		struct rw_rows_store *next = r->store->next;
		free(r->store);
		r->store = next;
	}
	free(r->cells);
	free(r->line);
	memset(r, 0, sizeof *r);
}

static long count_lines(const char *s, size_t n)
{
	long c = 0;
	if (!n)
		return 0;
	for (const char *e = s + n; (s = memchr(s, '\n', (size_t)(e - s))); s++)
		c++;
	return c;
}

/* ---- CSV ------------------------------------------------------------ */

/* Most cells are ASCII: eight bytes at a time tell so before the full
 * UTF-8 check runs.  A NUL byte is no text either. */
static int valid_text(const char *s, size_t n)
{
	uint64_t any = 0, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		any |= w;
	}
	for (; i < n; i++)
		any |= (unsigned char)s[i];
	if (any & 0x8080808080808080ull)
		return !memchr(s, 0, n) && rw_utf8_valid(s, n);
	return !memchr(s, 0, n);
}

#define NO_COL SIZE_MAX

struct csv_state {
	const char *name;
	const char *const *cols;
	rw_rows *out;
	long line;         /* the line being fed to the parser */
	long row_line;     /* where the current row started */
	long last_end;     /* line where the last row ended */
	int in_header;
	char **head;       /* header names (header row only) */
	size_t nhead, headcap;
	size_t *map;       /* header position -> requested column or NO_COL */
	size_t field;      /* fields seen in the current row */
	char **row;        /* its cells, once the row has started */
	int failed;
};

static void csv_fail(struct csv_state *st, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void csv_fail(struct csv_state *st, long line, const char *fmt, ...)
{
	if (st->failed)
		return;
	st->failed = 1;
	char *msg;
	va_list ap;
	va_start(ap, fmt);
	int r = vasprintf(&msg, fmt, ap);
	va_end(ap);
	rw_warn(st->name, "line %ld: %s", line, r < 0 ? fmt : msg);
	if (r >= 0)
		free(msg);
}

static void csv_field_cb(void *s, size_t len, void *data)
{
	struct csv_state *st = data;
	if (st->failed)
		return;
	if (st->field == 0) /* a field ends on the line that holds its end */
		st->row_line = st->line - count_lines(s, len);
	if (!valid_text(s, len))
		csv_fail(st, st->line, "not UTF-8 text");
	else if (st->in_header) {
		st->head = rw_xgrow(st->head, &st->headcap, st->nhead + 1, sizeof *st->head);
		st->head[st->nhead++] = rw_xstrndup(s, len);
	} else {
		if (!st->row)
			st->row = new_row(st->out, st->row_line);
		if (st->field < st->nhead && st->map[st->field] != NO_COL)
			st->row[st->map[st->field]] = keep(st->out, s, len);
	}
	st->field++;
}

/* The header names the columns: map each to the requested one. */
static void csv_header_done(struct csv_state *st)
{
	size_t ncols = st->out->ncols;
	st->map = rw_xmalloc((st->nhead ? st->nhead : 1) * sizeof *st->map);
	rw_buf missing = {0};
	for (size_t h = 0; h < st->nhead; h++)
		st->map[h] = NO_COL;
	for (size_t c = 0; c < ncols; c++) {
		size_t h = 0;
		while (h < st->nhead && strcmp(st->head[h], st->cols[c]))
			h++;
		if (h < st->nhead)
			st->map[h] = c;
		else
			rw_buf_addf(&missing, "%s%s", missing.len ? ", " : "", st->cols[c]);
	}
	if (missing.len)
		csv_fail(st, st->row_line, "the header lacks column(s) %s", missing.s);
	rw_buf_free(&missing);
	st->in_header = 0;
}

static void csv_row_cb(int c, void *data)
{
	struct csv_state *st = data;
	(void)c;
	if (st->failed || st->field == 0)
		return;
	if (st->in_header) {
		csv_header_done(st);
	} else if (st->field != st->nhead) {
		csv_fail(st, st->row_line, "%zu fields, but the header has %zu",
			 st->field, st->nhead);
	}
	st->last_end = st->line;
	st->field = 0;
	st->row = NULL;
}

static void csv_state_free(struct csv_state *st)
{
	for (size_t i = 0; i < st->nhead; i++)
		free(st->head[i]);
	free(st->head);
	free(st->map);
}

/* The parser is fed one line at a time, so that the callbacks know the
 * line they are on; the lines may come from a buffer or a stream. */
struct csv_reader {
	struct csv_parser parser;
	struct csv_state st;
};

static void csv_begin(struct csv_reader *r, const char *name,
		      const char *const *cols, rw_rows *out)
{
	r->st = (struct csv_state){.name = name, .cols = cols, .out = out, .in_header = 1};
	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		rw_die(name, "out of memory");
}

/* Returns -1 once the input has failed. */
static int csv_line(struct csv_reader *r, const char *p, size_t n)
{
	struct csv_state *st = &r->st;
	st->line++;
	if (!st->failed && csv_parse(&r->parser, p, n, csv_field_cb, csv_row_cb, st) != n)
		csv_fail(st, st->line, "malformed CSV: a quote inside an "
			 "unquoted field or text after a closing quote");
	return st->failed ? -1 : 0;
}

static int csv_end(struct csv_reader *r)
{
	struct csv_state *st = &r->st;
	if (!st->failed && csv_fini(&r->parser, csv_field_cb, csv_row_cb, st) != 0)
		csv_fail(st, st->last_end + 1,
			 "a quoted field is not closed by the end of the input");
	if (!st->failed && st->in_header)
		csv_fail(st, 1, "no header row");
	csv_free(&r->parser);
	csv_state_free(st);
	return st->failed ? -1 : 0;
}

static int read_csv(const char *p, const char *end, const char *name,
		    const char *const *cols, rw_rows *out)
{
	struct csv_reader r;
	csv_begin(&r, name, cols, out);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
		if (csv_line(&r, p, n) < 0)
			break;
		p += n;
	}
	return csv_end(&r);
}

/* ---- JSON / JSON Lines ------------------------------------------------ */

struct json_state {
	const char *name;
	const char *const *cols;
	rw_rows *out;
	const char *p, *end;
	long line;
};

static void skip_space(struct json_state *js, int newlines)
{
	while (js->p < js->end) {
		char c = *js->p;
		if (c == '\n' && newlines)
			js->line++;
		else if (c != ' ' && c != '\t' && c != '\r')
			break;
		js->p++;
	}
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

static int object_to_row(struct json_state *js, const json_t *o, long line)
{
	if (!json_is_object(o)) {
		rw_warn(js->name, "line %ld: %s where an object was expected", line, json_kind(o));
		return -1;
	}
	char **row = new_row(js->out, line);
	for (size_t c = 0; c < js->out->ncols; c++) {
		const json_t *v = json_object_get(o, js->cols[c]);
		if (!v || json_is_null(v))
			continue;
		if (!json_is_string(v)) {
			rw_warn(js->name, "line %ld: \"%s\" is %s, not a string or null",
				line, js->cols[c], json_kind(v));
			return -1;
		}
		row[c] = keep(js->out, json_string_value(v), json_string_length(v));
	}
	return 0;
}

/* Decodes the one value at js->p (jansson stops after it) into a row. */
static int next_object(struct json_state *js)
{
	json_error_t err;
	size_t left = (size_t)(js->end - js->p);
	json_t *v = json_loadb(js->p, left, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY |
			       JSON_REJECT_DUPLICATES, &err);
	if (!v) {
		rw_warn(js->name, "line %ld: bad JSON: %s", js->line + err.line - 1, err.text);
		return -1;
	}
	int r = object_to_row(js, v, js->line);
	json_decref(v);
	if (err.position <= 0 || (size_t)err.position > left)
		rw_die(js->name, "JSON decoder lost its place");
	js->line += count_lines(js->p, (size_t)err.position);
	js->p += err.position;
	return r;
}

static int read_json_array(struct json_state *js)
{
	js->p++; /* '[' */
	skip_space(js, 1);
	if (js->p < js->end && *js->p == ']') {
		js->p++;
	} else {
		for (;;) {
			if (next_object(js) < 0)
				return -1;
			skip_space(js, 1);
			if (js->p < js->end && *js->p == ',') {
				js->p++;
				skip_space(js, 1);
				continue;
			}
			if (js->p < js->end && *js->p == ']') {
				js->p++;
				break;
			}
			rw_warn(js->name, "line %ld: bad JSON: ',' or ']' expected", js->line);
			return -1;
		}
	}
	skip_space(js, 1);
	if (js->p < js->end) {
		rw_warn(js->name, "line %ld: bad JSON: text after the array", js->line);
		return -1;
	}
	return 0;
}

/* One object a line; blank lines are allowed. */
static int read_json_lines(struct json_state *js)
{
	for (;;) {
		skip_space(js, 1);
		if (js->p >= js->end)
			return 0;
		if (next_object(js) < 0)
			return -1;
		skip_space(js, 0);
		if (js->p < js->end && *js->p != '\n') {
			rw_warn(js->name, "line %ld: bad JSON Lines: more than one value on the line", js->line);
			return -1;
		}
	}
}

/* ---- sniffing ---------------------------------------------------------- */

int rw_rows_read(const char *data, size_t len, const char *name,
		 const char *const *cols, size_t ncols, rw_rows *out)
{
	memset(out, 0, sizeof *out);
	out->ncols = ncols;
	const char *p = data, *end = data + len;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3; /* a byte order mark, as spreadsheets write */
	struct json_state js = {.name = name, .cols = cols, .out = out, .p = p, .end = end, .line = 1};
	skip_space(&js, 1);
	int r;
	if (js.p >= end)
		r = 0; /* nothing at all: no rows */
	else if (*js.p == '[')
		r = read_json_array(&js);
	else if (*js.p == '{')
		r = read_json_lines(&js);
	else
		r = read_csv(p, end, name, cols, out);
	if (r < 0)
		rw_rows_free(out);
	return r;
}

/* ---- streams ------------------------------------------------------------ */

/* Reads f a line at a time (getline keeps one buffer), so that a large
 * CSV or JSON Lines input never lies in memory whole: only its cells do.
 * A JSON array is read whole and handed to rw_rows_read. */
struct line_in {
	FILE *f;
	char *s;
	size_t cap;
	ssize_t len;
	long lineno;
	int err; /* errno of a failed read */
};

static int next_line(struct line_in *in)
{
	errno = 0;
	in->len = getline(&in->s, &in->cap, in->f);
	if (in->len < 0) {
		in->err = errno;
		return 0;
	}
	in->lineno++;
	return 1;
}

static int stream_csv(struct line_in *in, const char *start, size_t n, const char *name,
		      const char *const *cols, rw_rows *out)
{
	struct csv_reader r;
	csv_begin(&r, name, cols, out);
	r.st.line = in->lineno - 1; /* blank lines before the header */
	int ok = csv_line(&r, start, n) == 0;
	while (ok && next_line(in))
		ok = csv_line(&r, in->s, (size_t)in->len) == 0;
	return csv_end(&r);
}

static int stream_json_lines(struct line_in *in, const char *start, const char *name,
			     const char *const *cols, rw_rows *out)
{
	struct json_state js = {.name = name, .cols = cols, .out = out};
	for (const char *p = start;; p = in->s) {
		js.p = p;
		js.end = in->s + in->len;
		if (js.end > p && js.end[-1] == '\n')
			js.end--; /* so that an error is told on this line */
		js.line = in->lineno;
		skip_space(&js, 0);
		if (js.p < js.end) { /* else a blank line */
			if (next_object(&js) < 0)
				return -1;
			skip_space(&js, 0);
			if (js.p < js.end) {
				rw_warn(name, "line %ld: bad JSON Lines: more than one value "
					"on the line", in->lineno);
				return -1;
			}
		}
		if (!next_line(in))
			return 0;
	}
}

/* The rest of f after the lines already read, which were blank but for
 * the last: the text whole, line numbers kept. */
static int stream_json_array(struct line_in *in, size_t max, const char *name,
			     const char *const *cols, rw_rows *out)
{
	rw_buf b = {0};
	for (long i = 1; i < in->lineno; i++)
		rw_buf_addc(&b, '\n');
	rw_buf_add(&b, in->s, (size_t)in->len);
	size_t got; /* straight into b: one copy of the text, not two */
	do {
		b.s = rw_xgrow(b.s, &b.cap, b.len + 65536 + 1, 1);
		got = fread(b.s + b.len, 1, 65536, in->f);
		b.len += got;
		b.s[b.len] = 0;
	} while (got && b.len <= max);
	int r = -1;
	if (b.len > max)
		rw_warn(name, "cannot read: too large");
	else if (ferror(in->f))
		rw_warn(name, "cannot read: %s", strerror(errno ? errno : EIO));
	else
		r = rw_rows_read(b.s, b.len, name, cols, out->ncols, out);
	rw_buf_free(&b);
	return r;
}

int rw_rows_read_stream(FILE *f, size_t max, const char *name,
			const char *const *cols, size_t ncols, rw_rows *out)
{
	memset(out, 0, sizeof *out);
	out->ncols = ncols;
	struct line_in in = {.f = f};
	int r = 0;
	while (next_line(&in)) {
		const char *p = in.s, *end = in.s + in.len;
		if (in.lineno == 1 && in.len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
			p += 3;
		struct json_state js = {.p = p, .end = end};
		skip_space(&js, 1);
		if (js.p == end)
			continue; /* blank: look further */
		if (*js.p == '[')
			r = stream_json_array(&in, max, name, cols, out);
		else if (*js.p == '{')
			r = stream_json_lines(&in, js.p, name, cols, out);
		else
			r = stream_csv(&in, p, (size_t)(end - p), name, cols, out);
		break;
	}
	if (r == 0 && ferror(f)) {
		rw_warn(name, "cannot read: %s", strerror(in.err ? in.err : EIO));
		r = -1;
	}
	free(in.s);
	if (r < 0)
		rw_rows_free(out);
	return r;
}
