/* block.c - the block stream: one JSON object a line (schema/blocks.md). */
#include "rwlib.h"
#include "jsonl.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[RW_BLK__COUNT] = {
	[RW_BLK_DOCUMENT] = "document", [RW_BLK_TITLE] = "title",
	[RW_BLK_HEADING] = "heading",   [RW_BLK_PARAGRAPH] = "paragraph",
	[RW_BLK_ITEM] = "item",         [RW_BLK_TABLE] = "table",
	[RW_BLK_CAPTION] = "caption",   [RW_BLK_CELL] = "cell",
};

const char *rw_block_kind_name(enum rw_block_kind k)
{
	return k < RW_BLK__COUNT ? kind_names[k] : "?";
}

static int kind_parse(const char *s)
{
	for (int k = 0; k < RW_BLK__COUNT; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	return -1;
}

static void set_str(json_t *o, const char *key, const char *v)
{
	if (v)
		json_object_set_new(o, key, json_string(v));
}

static void set_int(json_t *o, const char *key, int v, int keep)
{
	if (keep)
		json_object_set_new(o, key, json_integer(v));
}

/* Points in bboxes are good to a thousandth: nine digits, not seventeen. */
#define BLOCK_JSON_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9))

/* The document whose blocks are being written, and where: its other
 * blocks leave their source out (schema/blocks.md).  Readers and the
 * driver write one stream at a time. */
static struct {
	const FILE *out;
	char *source;
} doc_out;

/* The source b is written with: a document block's always, another's
 * when it is not the document's being written to out. */
static const char *source_to_write(FILE *out, const rw_block *b)
{
	if (b->kind == RW_BLK_DOCUMENT) {
		free(doc_out.source);
		doc_out.out = out;
		doc_out.source = b->source ? rw_xstrdup(b->source) : NULL;
		return b->source;
	}
	if (b->source && doc_out.out == out && doc_out.source && !strcmp(b->source, doc_out.source))
		return NULL;
	return b->source;
}

static int write_jansson(FILE *out, const rw_block *b, const char *source)
{
	json_t *o = json_object();
	int cell = b->kind == RW_BLK_CELL, table = b->kind == RW_BLK_TABLE;
	json_object_set_new(o, "kind", json_string(rw_block_kind_name(b->kind)));
	set_str(o, "source", source);
	set_str(o, "format", b->format);
	set_str(o, "text", b->text);
	set_str(o, "locator", b->locator);
	set_int(o, "level", b->level, b->level != 0);
	set_int(o, "table", b->table, cell || table || b->kind == RW_BLK_CAPTION);
	set_int(o, "row", b->row, cell);
	set_int(o, "col", b->col, cell);
	set_int(o, "rows", b->rows, table && (b->rows || b->cols));
	set_int(o, "cols", b->cols, table && (b->rows || b->cols));
	if (b->header)
		json_object_set_new(o, "header", json_true());
	if (b->span)
		json_object_set_new(o, "span", json_true());
	if (b->furniture)
		json_object_set_new(o, "furniture", json_true());
	set_int(o, "page", b->page, b->page != 0);
	if (b->has_bbox)
		json_object_set_new(o, "bbox", json_pack("[ffff]", b->bbox[0], b->bbox[1],
							  b->bbox[2], b->bbox[3]));
	/* Invalid UTF-8 from a reader would make jansson refuse the string;
	 * readers convert to UTF-8 first, so a failure here is a bug. */
	/* One fwrite a block: json_dumpf would call fwrite for every token. */
	char stack[2048], *line = stack;
	size_t n = json_dumpb(o, stack, sizeof stack - 1, BLOCK_JSON_FLAGS);
	if (n >= sizeof stack - 1) {
		line = rw_xmalloc(n + 1);
		n = json_dumpb(o, line, n, BLOCK_JSON_FLAGS);
	}
	json_decref(o);
	int r = n == 0 ? -1 : 0;
	if (r == 0) {
		line[n] = '\n';
		r = fwrite(line, 1, n + 1, out) == n + 1 ? 0 : -1;
	}
	if (line != stack)
		free(line);
	return r;
}

int rw_block_write_jansson(FILE *out, const rw_block *b)
{
	return write_jansson(out, b, source_to_write(out, b));
}

/* The fast writer: the very bytes that rw_block_write_jansson writes (same keys, order and escapes: \" \\ \b \f
 * \n \r \t, \u00XX for other controls, UTF-8 as is), made without a
 * json_t. jansson's dump costs some 25 instructions an output byte and
 * the stream is often larger than the page it comes from, which made
 * writing blocks the bottleneck of rw-html on large pages. */

/* ,"key": (rw_buf_addf would allocate for each key) */
static void add_key(rw_buf *line, const char *key)
{
	rw_buf_add(line, ",\"", 2);
	rw_buf_adds(line, key);
	rw_buf_add(line, "\":", 2);
}

int rw_buf_add_json(rw_buf *line, const char *s)
{
	size_t len = strlen(s);
	const char *p = s, *end = s + len, *run = p;
	rw_buf_addc(line, '"');
	for (;;) {
		p += rw_json_plain_len(p, (size_t)(end - p)); /* a word at a time */
		if ((unsigned char)*p >= 0x80) {
			size_t n = rw_utf8_seq((const unsigned char *)p);
			if (!n)
				return -1;
			p += n;
			continue;
		}
		rw_buf_add(line, run, (size_t)(p - run));
		if (p == end)
			break;
		char esc[8];
		switch (*p) {
		case '"': rw_buf_add(line, "\\\"", 2); break;
		case '\\': rw_buf_add(line, "\\\\", 2); break;
		case '\b': rw_buf_add(line, "\\b", 2); break;
		case '\f': rw_buf_add(line, "\\f", 2); break;
		case '\n': rw_buf_add(line, "\\n", 2); break;
		case '\r': rw_buf_add(line, "\\r", 2); break;
		case '\t': rw_buf_add(line, "\\t", 2); break;
		default: rw_buf_add(line, esc, (size_t)snprintf(esc, sizeof esc, "\\u%04X", (unsigned char)*p));
		}
		run = ++p;
	}
	rw_buf_addc(line, '"');
	return 0;
}

/* -1 when s is not UTF-8 */
static int add_json_string(rw_buf *line, const char *key, const char *s)
{
	if (!s)
		return 0;
	add_key(line, key);
	return rw_buf_add_json(line, s);
}

static void add_json_int(rw_buf *line, const char *key, int v, int keep)
{
	if (!keep)
		return;
	/* digits from the right, as "%d" writes them (snprintf cost more than
	 * the rest of a cell's line) */
	char num[16];
	size_t i = sizeof num;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	do
		num[--i] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		num[--i] = '-';
	add_key(line, key);
	rw_buf_add(line, num + i, sizeof num - i);
}

/* Significant digits of "%.9g" */
#define REAL_DIGITS 9
/* How near a scaled number's fraction may come to a half before its
 * rounding is left to printf: the scaling is off by less than 2^-22 (an
 * ulp of a number below 10^9), far less than this. */
#define REAL_TIE_MARGIN 1e-6

/* "%.9g" of v without printf's exact decimal conversion (some 2,800
 * instructions a number, most of writing a page's blocks), where the
 * answer is sure: v scaled to nine digits before the point lies clearly
 * off a half, so its rounding to a whole number is the one printf makes
 * of v's exact value. Returns the length written to out, or 0 to leave
 * v to printf (0, a rounding too near to call or one that carries into
 * a tenth digit, a number "%.9g" writes with an exponent). */
static int real_digits(double v, char *out)
{
	static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
				       1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};
	double a = fabs(v);
	if (!(a >= 1e-4 && a < 1e9))
		return 0;
	int k = 8; /* a lies in [10^k, 10^(k+1)) */
	while (k > -4 && a < (k >= 0 ? pow10[k] : 1 / pow10[-k]))
		k--;
	double x = a * pow10[REAL_DIGITS - 1 - k], whole = floor(x);
	/* its fraction against a half, where rounding to nearest turns (the
	 * rounding's definition, not a threshold) */
	double past_half = x - whole - 0.5;
	if (fabs(past_half) < REAL_TIE_MARGIN)
		return 0;
	unsigned long n = (unsigned long)whole + (past_half > 0);
	if (n < 100000000ul || n >= 1000000000ul)
		return 0;
	char d[REAL_DIGITS];
	for (int i = REAL_DIGITS; i-- > 0; n /= 10)
		d[i] = (char)('0' + n % 10);
	int last = REAL_DIGITS; /* trailing zeros of the fraction go */
	while (last > (k >= 0 ? k + 1 : 0) && d[last - 1] == '0')
		last--;
	int len = 0;
	if (v < 0)
		out[len++] = '-';
	if (k < 0) {
		out[len++] = '0';
		out[len++] = '.';
		for (int z = -1; z > k; z--)
			out[len++] = '0';
		memcpy(out + len, d, (size_t)last);
		return len + last;
	}
	memcpy(out + len, d, (size_t)(k + 1));
	len += k + 1;
	if (last > k + 1) {
		out[len++] = '.';
		memcpy(out + len, d + k + 1, (size_t)(last - k - 1));
		len += last - k - 1;
	}
	return len;
}

/* A bbox number as jansson writes a real at precision 9: "%.9g", and
 * ".0" after a whole number. Returns -1 for a number "%.9g" writes with
 * an exponent (jansson rewrites those) and for what JSON cannot hold. The C locale is assumed (recwatch never sets
 * LC_NUMERIC). */
static int add_json_real(rw_buf *line, double v)
{
	if (!isfinite(v))
		return -1;
	char num[32];
	int n = real_digits(v, num);
	if (!n)
		n = snprintf(num, sizeof num, "%.9g", v);
	if (n <= 0 || (size_t)n >= sizeof num || memchr(num, 'e', (size_t)n))
		return -1;
	rw_buf_add(line, num, (size_t)n);
	if (!memchr(num, '.', (size_t)n))
		rw_buf_add(line, ".0", 2);
	return 0;
}

static int add_json_bbox(rw_buf *line, const double *bb)
{
	rw_buf_adds(line, ",\"bbox\":[");
	for (int i = 0; i < 4; i++) {
		if (i)
			rw_buf_addc(line, ',');
		if (add_json_real(line, bb[i]) != 0)
			return -1;
	}
	rw_buf_addc(line, ']');
	return 0;
}

int rw_block_write(FILE *out, const rw_block *b)
{
	if (b->kind >= RW_BLK__COUNT)
		return rw_block_write_jansson(out, b);
	const char *source = source_to_write(out, b);
	static rw_buf line; /* reused: one allocation for the whole stream */
	line.len = 0;
	int cell = b->kind == RW_BLK_CELL, table = b->kind == RW_BLK_TABLE;
	rw_buf_adds(&line, "{\"kind\":\"");
	rw_buf_adds(&line, kind_names[b->kind]);
	rw_buf_addc(&line, '"');
	/* jansson drops a string that is not UTF-8: leave such blocks, and
	 * the rare numbers add_json_real does not write, to it. */
	if (add_json_string(&line, "source", source) || add_json_string(&line, "format", b->format) ||
	    add_json_string(&line, "text", b->text) || add_json_string(&line, "locator", b->locator))
		return write_jansson(out, b, source);
	add_json_int(&line, "level", b->level, b->level != 0);
	add_json_int(&line, "table", b->table, cell || table || b->kind == RW_BLK_CAPTION);
	add_json_int(&line, "row", b->row, cell);
	add_json_int(&line, "col", b->col, cell);
	/* a table's size only when the reader knew it as it began the
	 * table (rw-pdf); readers of the stream take it from the cells */
	add_json_int(&line, "rows", b->rows, table && (b->rows || b->cols));
	add_json_int(&line, "cols", b->cols, table && (b->rows || b->cols));
	if (b->header)
		rw_buf_adds(&line, ",\"header\":true");
	if (b->span)
		rw_buf_adds(&line, ",\"span\":true");
	if (b->furniture)
		rw_buf_adds(&line, ",\"furniture\":true");
	add_json_int(&line, "page", b->page, b->page != 0);
	if (b->has_bbox && add_json_bbox(&line, b->bbox) != 0)
		return write_jansson(out, b, source);
	rw_buf_adds(&line, "}\n");
	return fwrite(line.s, 1, line.len, out) == line.len ? 0 : -1;
}

void rw_block_clear(rw_block *b)
{
	free(b->source);
	free(b->format);
	free(b->text);
	free(b->locator);
	memset(b, 0, sizeof *b);
}

static void set_block_str(char **dst, const struct rw_jfield *f)
{
	free(*dst);
	*dst = f->type == RW_J_STRING ? rw_xstrdup(f->s) : NULL;
}

static int block_int(const struct rw_jfield *f)
{
	return f->type == RW_J_INT ? (int)f->i : 0;
}

/* The members of a block line into b, by name; a name given twice: the
 * last one counts; unknown names are ignored. */
static void block_member(rw_block *b, const struct rw_jfield *f)
{
	const char *k = f->key;
	switch (k[0]) {
	case 's':
		if (!strcmp(k, "source"))
			set_block_str(&b->source, f);
		else if (!strcmp(k, "span"))
			b->span = f->type == RW_J_TRUE;
		break;
	case 'f':
		if (!strcmp(k, "format"))
			set_block_str(&b->format, f);
		else if (!strcmp(k, "furniture"))
			b->furniture = f->type == RW_J_TRUE;
		break;
	case 't':
		if (!strcmp(k, "text"))
			set_block_str(&b->text, f);
		else if (!strcmp(k, "table"))
			b->table = block_int(f);
		break;
	case 'l':
		if (!strcmp(k, "locator"))
			set_block_str(&b->locator, f);
		else if (!strcmp(k, "level"))
			b->level = block_int(f);
		break;
	case 'r':
		if (!strcmp(k, "row"))
			b->row = block_int(f);
		else if (!strcmp(k, "rows"))
			b->rows = block_int(f);
		break;
	case 'c':
		if (!strcmp(k, "col"))
			b->col = block_int(f);
		else if (!strcmp(k, "cols"))
			b->cols = block_int(f);
		break;
	case 'h':
		if (!strcmp(k, "header"))
			b->header = f->type == RW_J_TRUE;
		break;
	case 'p':
		if (!strcmp(k, "page"))
			b->page = block_int(f);
		break;
	case 'b':
		if (!strcmp(k, "bbox")) {
			b->has_bbox = f->type == RW_J_ARRAY && f->n == 4;
			for (int i = 0; i < 4; i++)
				b->bbox[i] = b->has_bbox ? f->nums[i] : 0;
		}
		break;
	}
}

/* The source of the document being read: its other blocks leave it out. */
static char *doc_in;

int rw_block_read(FILE *in, const char *name, rw_block *b, long *lineno)
{
	struct rw_jfield *f;
	size_t n;
	json_error_t err;
	rw_block_clear(b);
	if (*lineno == 0) { /* a stream starts: no document yet */
		free(doc_in);
		doc_in = NULL;
	}
	enum rw_jline r = rw_jsonl_fields(in, lineno, &f, &n, &err);
	if (r == RW_JL_END)
		return 0;
	if (r == RW_JL_NOT_LINES) {
		rw_warn(name, "not a block stream (line %ld: %s)%s; skipped", *lineno, err.text,
			rw_jsonl_looks_like());
		return -1;
	}
	int kind = -1;
	for (size_t i = 0; r == RW_JL_OBJECT && i < n; i++)
		if (!strcmp(f[i].key, "kind"))
			kind = f[i].type == RW_J_STRING ? kind_parse(f[i].s) : -1;
	if (kind < 0) {
		rw_warn(name, "line %ld: not a block (%s)", *lineno,
			r != RW_JL_NOT_JSON ? "no known \"kind\"" : err.text);
		return -1;
	}
	b->kind = (enum rw_block_kind)kind;
	for (size_t i = 0; i < n; i++)
		block_member(b, &f[i]);
	if (b->kind == RW_BLK_DOCUMENT) {
		free(doc_in);
		doc_in = b->source ? rw_xstrdup(b->source) : NULL;
	} else if (!b->source && doc_in) {
		b->source = rw_xstrdup(doc_in);
	}
	return 1;
}
