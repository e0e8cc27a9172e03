/* jsonl.h - reading JSON Lines streams (blocks, facts); library-private. */
#ifndef RW_JSONL_H
#define RW_JSONL_H

#include <jansson.h>
#include <stdio.h>

/* One member of a line's object, as the readers of blocks and facts need
 * it: JSON's scalars, and arrays (a block's bbox) with their first
 * numbers.  An object is RW_J_OTHER. */
enum rw_jtype { RW_J_OTHER, RW_J_NULL, RW_J_TRUE, RW_J_FALSE, RW_J_STRING, RW_J_INT, RW_J_REAL,
		RW_J_ARRAY };

/* The elements of an array of numbers kept: a bbox has four. */
#define RW_J_ARRAY_KEPT 4

struct rw_jfield {
	const char *key;
	enum rw_jtype type;
	const char *s; /* RW_J_STRING: UTF-8, NUL-terminated, no NUL inside */
	long long i;   /* RW_J_INT */
	double num;    /* RW_J_INT, RW_J_REAL */
	size_t n;      /* RW_J_ARRAY: how many elements */
	double nums[RW_J_ARRAY_KEPT]; /* RW_J_ARRAY: the first ones, 0 where no number */
};

/* What rw_jsonl_fields read. */
enum rw_jline { RW_JL_END, RW_JL_OBJECT, RW_JL_NOT_OBJECT, RW_JL_NOT_JSON, RW_JL_NOT_LINES };

/* Reads the next non-blank line of in.  RW_JL_OBJECT: *f holds the
 * object's *n members (a key given twice: the last one counts, as in
 * jansson); they stay valid up to the next call.  RW_JL_NOT_OBJECT: the
 * line is JSON, but no object.  RW_JL_NOT_JSON: err says why.
 * RW_JL_NOT_LINES: the stream's first line is no JSON and its first
 * bytes are a PDF's, an HTML page's or binary data (rw_jsonl_looks_like
 * says which), given where lines were wanted; err says why, and the
 * rest of the stream is not read (RW_JL_END), so that such a file makes
 * one warning, not one a line. A stream of text starting with a line of
 * something else is read on.
 * *lineno counts the lines read; it is 0 when a stream starts.
 *
 * A line of plain members is parsed here, in place in the line buffer,
 * with no allocation; any other line (nesting, numbers out of range, a
 * syntax error) goes to jansson, so the values and the errors are
 * jansson's.  Not thread-safe: one line buffer. */
enum rw_jline rw_jsonl_fields(FILE *in, long *lineno, struct rw_jfield **f, size_t *n,
			      json_error_t *err);
/* What the stream read looks like, after its first line, and what reads
 * it (": a PDF document, which rw-pdf reads"; ": binary data"), or ""
 * for text. */
const char *rw_jsonl_looks_like(void);

/* How many of the first n bytes of s are printable ASCII other than the
 * quote and the backslash: what a JSON string holds as it is, with
 * nothing to escape, unescape or check as UTF-8. */
size_t rw_json_plain_len(const char *s, size_t n);

#endif
