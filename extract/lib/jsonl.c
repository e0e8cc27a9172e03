/* jsonl.c - the line loop shared by the readers of JSON Lines streams,
 * and a parser for the lines they are made of.
 *
 * Every line of a block or fact stream is one object of plain members
 * (strings, numbers, booleans, null, a block's bbox).  jansson builds a
 * tree of allocated values for each, which cost rw-match and rw-fold more
 * than all their own work.  Such a line is parsed here instead, by
 * recursive descent over RFC 8259's grammar restricted to those members,
 * into one reused array; whatever else a line holds is left to jansson,
 * which then decides on it exactly as before. */
#include "jsonl.h"

#include "rwlib.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_MAX_LINE (256u << 20)

/* The longest line a stream may have: $RECWATCH_MAX_LINE bytes (K, M, G
 * suffixes), else 256 MiB.  A longer line is refused without being held
 * in memory. */
static size_t max_line(void)
{
	static size_t max;
	if (!max) {
		const char *env = getenv("RECWATCH_MAX_LINE");
		char *end = NULL;
		unsigned long long v = env ? strtoull(env, &end, 10) : 0;
		if (v && end && (*end == 'K' || *end == 'k'))
			v <<= 10;
		else if (v && end && (*end == 'M' || *end == 'm'))
			v <<= 20;
		else if (v && end && (*end == 'G' || *end == 'g'))
			v <<= 30;
		max = v ? (size_t)v : DEFAULT_MAX_LINE;
	}
	return max;
}

/* ---- lines ------------------------------------------------------------ */

/* Bytes read from a stream at a time: lines are cut out of this buffer
 * with memchr, not read a character at a time. */
#define READ_CHUNK (64u << 10)

static struct {
	FILE *in;
	char buf[READ_CHUNK];
	size_t pos, len;
	int json_seen; /* a line of the stream was JSON */
	int not_lines; /* its first line was not: it is read no further */
} chunk;

/* Up to size bytes of in, as many as it has now: read(2) gives what a
 * pipe holds without waiting for a whole chunk (fread waits), so a filter
 * works on each line as soon as the stage before it writes it.  A stream
 * with no descriptor (in memory) is read by fread.  0 at the end. */
static size_t read_some(FILE *in, char *buf, size_t size)
{
	int fd = fileno(in);
	if (fd < 0)
		return fread(buf, 1, size, in);
	ssize_t n;
	while ((n = read(fd, buf, size)) < 0 && errno == EINTR)
		;
	return n > 0 ? (size_t)n : 0;
}

/* Reads one line (without its newline) into *line; returns its length,
 * -1 at the end of the stream, or -2 when it was longer than the cap
 * (the rest of it is skipped).  A stream starting (lineno 0) or another
 * stream drops what was left of the last one's buffer. */
static ssize_t read_line(FILE *in, long lineno, char **line, size_t *cap)
{
	if (chunk.in != in || lineno == 0)
		chunk.in = in, chunk.pos = chunk.len = 0, chunk.json_seen = chunk.not_lines = 0;
	size_t n = 0, max = max_line();
	int newline = 0;
	while (!newline) {
		if (chunk.pos == chunk.len) {
			chunk.pos = 0;
			chunk.len = read_some(in, chunk.buf, sizeof chunk.buf);
			if (!chunk.len)
				break;
		}
		const char *start = chunk.buf + chunk.pos;
		const char *nl = memchr(start, '\n', chunk.len - chunk.pos);
		size_t take = nl ? (size_t)(nl - start) + 1 : chunk.len - chunk.pos;
		newline = nl != NULL;
		if (n < max) {
			size_t keep = take < max - n ? take : max - n;
			*line = rw_xgrow(*line, cap, n + keep + 1, 1);
			memcpy(*line + n, start, keep);
		}
		n += take;
		chunk.pos += take;
	}
	if (n == 0)
		return -1;
	if (n > max)
		return -2;
	n -= newline;
	(*line)[n] = 0;
	return (ssize_t)n;
}

/* ---- the parser of plain lines ----------------------------------------- */

struct parse {
	const char *p, *end;
	char *out; /* where the next string goes: strings are copied out */
};

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static void skip_ws(struct parse *ps)
{
	while (ps->p < ps->end && is_ws(*ps->p))
		ps->p++;
}

static int hex4(const char *p, const char *end, unsigned *v)
{
	if (end - p < 4)
		return 0;
	*v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		unsigned d = is_digit(c) ? (unsigned)(c - '0') : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ?
			     (unsigned)((c | 0x20) - 'a' + 10) : 16;
		if (d > 15)
			return 0;
		*v = *v << 4 | d;
	}
	return 1;
}

static char *put_utf8(char *w, unsigned c)
{
	if (c < 0x80) {
		*w++ = (char)c;
	} else if (c < 0x800) {
		*w++ = (char)(0xC0 | c >> 6);
		*w++ = (char)(0x80 | (c & 0x3F));
	} else if (c < 0x10000) {
		*w++ = (char)(0xE0 | c >> 12);
		*w++ = (char)(0x80 | (c >> 6 & 0x3F));
		*w++ = (char)(0x80 | (c & 0x3F));
	} else {
		*w++ = (char)(0xF0 | c >> 18);
		*w++ = (char)(0x80 | (c >> 12 & 0x3F));
		*w++ = (char)(0x80 | (c >> 6 & 0x3F));
		*w++ = (char)(0x80 | (c & 0x3F));
	}
	return w;
}

/* The code point of the \u escape at ps->p (past the "\u"), a surrogate
 * pair joined; 0 for what jansson refuses (U+0000, a lone surrogate). */
static unsigned escaped_code_point(struct parse *ps)
{
	unsigned c, lo;
	if (!hex4(ps->p, ps->end, &c))
		return 0;
	ps->p += 4;
	if (c >= 0xDC00 && c <= 0xDFFF)
		return 0;
	if (c < 0xD800 || c > 0xDBFF)
		return c;
	if (ps->end - ps->p < 6 || ps->p[0] != '\\' || ps->p[1] != 'u' ||
	    !hex4(ps->p + 2, ps->end, &lo) || lo < 0xDC00 || lo > 0xDFFF)
		return 0;
	ps->p += 6;
	return 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
}

/* Bytes looked at a word at a time: most of a block or fact line is
 * string bytes that need nothing done but copying. */
typedef unsigned long long chunk_word;
#define ONES ((chunk_word)0x0101010101010101ull)
#define HIGHS ((chunk_word)0x8080808080808080ull)

/* The high bit of each byte of w that is a quote, a backslash, a
 * control character or past ASCII, and maybe of bytes after the first
 * such byte (Mycroft's test for a zero byte, Hacker's Delight 6-1): the
 * lowest bit set is exact. */
static chunk_word needs_look(chunk_word w)
{
	chunk_word quote = w ^ (ONES * '"'), bslash = w ^ (ONES * '\\');
	return (((w - ONES * 0x20) & ~w) | ((quote - ONES) & ~quote) | ((bslash - ONES) & ~bslash) | w) &
	       HIGHS;
}

size_t rw_json_plain_len(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ /* the first byte is the lowest */
	chunk_word x, m;
	for (; end - p >= (ptrdiff_t)sizeof x; p += sizeof x) {
		memcpy(&x, p, sizeof x);
		if ((m = needs_look(x)))
			return (size_t)(p - s) + (size_t)__builtin_ctzll(m) / 8;
	}
#endif
	while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p - 0x20u < 0x60u)
		p++;
	return (size_t)(p - s);
}

/* The string whose opening quote ps->p is past, unescaped into ps->out;
 * NULL for what is left to jansson (a control character, a bad escape,
 * U+0000, bytes that are not UTF-8).  Only a string with a byte past
 * ASCII is checked as UTF-8. */
static const char *parse_string(struct parse *ps)
{
	char *start = ps->out, *w = start;
	int ascii = 1;
	for (;;) {
		const char *run = ps->p;
		for (;;) {
			ps->p += rw_json_plain_len(ps->p, (size_t)(ps->end - ps->p));
			if (ps->p >= ps->end || (unsigned char)*ps->p < 0x80)
				break;
			ascii = 0;
			ps->p++;
		}
		memcpy(w, run, (size_t)(ps->p - run));
		w += ps->p - run;
		if (ps->p >= ps->end || (unsigned char)*ps->p < 0x20)
			return NULL;
		if (*ps->p++ == '"')
			break;
		if (ps->p >= ps->end)
			return NULL;
		char e = *ps->p++;
		static const char plain[] = "\"\\/bfnrt", meant[] = "\"\\/\b\f\n\r\t";
		const char *k = e ? strchr(plain, e) : NULL;
		if (k) {
			*w++ = meant[k - plain];
			continue;
		}
		unsigned c = e == 'u' ? escaped_code_point(ps) : 0;
		if (!c)
			return NULL;
		ascii &= c < 0x80;
		w = put_utf8(w, c);
	}
	*w = 0;
	if (!ascii && !rw_utf8_valid(start, (size_t)(w - start)))
		return NULL;
	ps->out = w + 1;
	return start;
}

/* Integers of more digits are left to jansson, which refuses what does
 * not fit a long long. */
#define INT_DIGITS_MAX 18
/* A real's text longer than this is left to jansson too. */
#define REAL_TEXT_MAX 63

/* A number (RFC 8259 section 6) into f: RW_J_INT when it has neither a
 * fraction nor an exponent, as jansson tells them apart. */
static int parse_number(struct parse *ps, struct rw_jfield *f)
{
	const char *s = ps->p, *p = s, *end = ps->end;
	int whole = 1;
	p += p < end && *p == '-';
	if (p >= end || !is_digit(*p))
		return 0;
	if (*p == '0')
		p++;
	else
		while (p < end && is_digit(*p))
			p++;
	if (p < end && *p == '.') {
		whole = 0;
		if (++p >= end || !is_digit(*p))
			return 0;
		while (p < end && is_digit(*p))
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		whole = 0;
		p++;
		p += p < end && (*p == '+' || *p == '-');
		if (p >= end || !is_digit(*p))
			return 0;
		while (p < end && is_digit(*p))
			p++;
	}
	size_t len = (size_t)(p - s);
	if (whole) {
		if (len - (*s == '-') > INT_DIGITS_MAX)
			return 0;
		long long v = 0;
		for (const char *d = s + (*s == '-'); d < p; d++)
			v = v * 10 + (*d - '0');
		f->type = RW_J_INT;
		f->i = *s == '-' ? -v : v;
		f->num = (double)f->i;
	} else {
		char text[REAL_TEXT_MAX + 1];
		if (len > REAL_TEXT_MAX)
			return 0;
		memcpy(text, s, len);
		text[len] = 0;
		f->type = RW_J_REAL;
		f->num = strtod(text, NULL);
		if (!isfinite(f->num))
			return 0;
	}
	ps->p = p;
	return 1;
}

/* An array of numbers only (other arrays are jansson's). */
static int parse_numbers(struct parse *ps, struct rw_jfield *f)
{
	struct rw_jfield elem;
	f->type = RW_J_ARRAY;
	f->n = 0;
	skip_ws(ps);
	if (ps->p < ps->end && *ps->p == ']') {
		ps->p++;
		return 1;
	}
	for (;;) {
		skip_ws(ps);
		if (!parse_number(ps, &elem))
			return 0;
		if (f->n < RW_J_ARRAY_KEPT)
			f->nums[f->n] = elem.num;
		f->n++;
		skip_ws(ps);
		if (ps->p >= ps->end)
			return 0;
		char c = *ps->p++;
		if (c == ']')
			return 1;
		if (c != ',')
			return 0;
	}
}

static int parse_word(struct parse *ps, const char *word, enum rw_jtype type, struct rw_jfield *f)
{
	size_t n = strlen(word);
	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n))
		return 0;
	ps->p += n;
	f->type = type;
	return 1;
}

static int parse_value(struct parse *ps, struct rw_jfield *f)
{
	if (ps->p >= ps->end)
		return 0;
	switch (*ps->p) {
	case '"':
		ps->p++;
		f->type = RW_J_STRING;
		return (f->s = parse_string(ps)) != NULL;
	case '[':
		ps->p++;
		return parse_numbers(ps, f);
	case 't': return parse_word(ps, "true", RW_J_TRUE, f);
	case 'f': return parse_word(ps, "false", RW_J_FALSE, f);
	case 'n': return parse_word(ps, "null", RW_J_NULL, f);
	default: return parse_number(ps, f);
	}
}

static struct {
	struct rw_jfield *v;
	size_t n, cap;
	char *strings; /* the members' keys and strings */
	size_t strings_cap;
	json_t *held; /* jansson's parse of the last line, when it made one */
} fields;

static struct rw_jfield *new_field(void)
{
	fields.v = rw_xgrow(fields.v, &fields.cap, fields.n + 1, sizeof *fields.v);
	struct rw_jfield *f = &fields.v[fields.n++];
	memset(f, 0, sizeof *f);
	return f;
}

/* The line as an object of plain members, into `fields`; 0 when jansson
 * is to read it. */
static int parse_plain(const char *line, size_t len)
{
	/* keys and strings lose their quotes and end in a NUL: they fit */
	fields.strings = rw_xgrow(fields.strings, &fields.strings_cap, len + 1, 1);
	struct parse ps = {line, line + len, fields.strings};
	fields.n = 0;
	skip_ws(&ps);
	if (ps.p >= ps.end || *ps.p++ != '{')
		return 0;
	skip_ws(&ps);
	int first = 1;
	for (;;) {
		if (ps.p >= ps.end)
			return 0;
		if (*ps.p == '}' && first) {
			ps.p++;
			break;
		}
		if (*ps.p++ != '"')
			return 0;
		struct rw_jfield *f = new_field();
		if (!(f->key = parse_string(&ps)))
			return 0;
		skip_ws(&ps);
		if (ps.p >= ps.end || *ps.p++ != ':')
			return 0;
		skip_ws(&ps);
		if (!parse_value(&ps, f))
			return 0;
		skip_ws(&ps);
		if (ps.p >= ps.end)
			return 0;
		char c = *ps.p++;
		if (c == '}')
			break;
		if (c != ',')
			return 0;
		skip_ws(&ps);
		first = 0;
	}
	skip_ws(&ps);
	return ps.p == ps.end;
}

/* ---- jansson's reading, for every other line ------------------------- */

static void field_from_json(struct rw_jfield *f, json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_STRING: f->type = RW_J_STRING, f->s = json_string_value(v); break;
	case JSON_INTEGER:
		f->type = RW_J_INT, f->i = json_integer_value(v), f->num = (double)f->i;
		break;
	case JSON_REAL: f->type = RW_J_REAL, f->num = json_real_value(v); break;
	case JSON_TRUE: f->type = RW_J_TRUE; break;
	case JSON_FALSE: f->type = RW_J_FALSE; break;
	case JSON_NULL: f->type = RW_J_NULL; break;
	case JSON_ARRAY: {
		size_t i;
		json_t *e;
		f->type = RW_J_ARRAY;
		f->n = json_array_size(v);
		json_array_foreach(v, i, e)
			if (i < RW_J_ARRAY_KEPT)
				f->nums[i] = json_number_value(e); /* 0 for what is no number */
		break;
	}
	default: f->type = RW_J_OTHER;
	}
}

static enum rw_jline parse_with_jansson(const char *line, size_t len, json_error_t *err)
{
	json_decref(fields.held);
	fields.held = json_loadb(line, len, 0, err);
	fields.n = 0;
	if (!fields.held)
		return RW_JL_NOT_JSON;
	if (!json_is_object(fields.held))
		return RW_JL_NOT_OBJECT;
	const char *key;
	json_t *v;
	json_object_foreach(fields.held, key, v) {
		struct rw_jfield *f = new_field();
		f->key = key;
		field_from_json(f, v);
	}
	return RW_JL_OBJECT;
}

enum rw_jline rw_jsonl_fields(FILE *in, long *lineno, struct rw_jfield **f, size_t *n,
			      json_error_t *err)
{
	static char *line;
	static size_t cap;
	ssize_t len;
	if (*lineno > 0 && chunk.in == in && chunk.not_lines)
		return RW_JL_END;
	while ((len = read_line(in, *lineno, &line, &cap)) != -1) {
		(*lineno)++;
		enum rw_jline r = RW_JL_OBJECT;
		if (len == -2) {
			snprintf(err->text, sizeof err->text, "line longer than %zu bytes (RECWATCH_MAX_LINE)",
				 max_line());
			r = RW_JL_NOT_JSON;
		} else if (strlen(line) == (size_t)len && rw_is_blank(line)) { /* a NUL byte is not blank */
			continue;
		} else if (!parse_plain(line, (size_t)len)) {
			r = parse_with_jansson(line, (size_t)len, err);
		}
		if (r == RW_JL_NOT_JSON && !chunk.json_seen && *rw_jsonl_looks_like())
			return chunk.not_lines = 1, RW_JL_NOT_LINES;
		chunk.json_seen = 1;
		*f = fields.v;
		*n = fields.n;
		return r;
	}
	return RW_JL_END;
}

const char *rw_jsonl_looks_like(void)
{
	/* the buffer holds the stream's first bytes while its first lines
	 * are read */
	switch (rw_sniff(chunk.buf, chunk.len)) {
	case RW_DOC_PDF:
		return ": a PDF document, which rw-pdf reads";
	case RW_DOC_HTML:
		return ": an HTML page, which rw-html reads";
	case RW_DOC_BINARY:
		return ": binary data";
	default:
		return "";
	}
}
