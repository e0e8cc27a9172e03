/* jsonl.h - reading JSON Lines streams (blocks, facts); library-private. */
#ifndef RW_JSONL_H
#define RW_JSONL_H

#include <jansson.h>
#include <stdio.h>

/* Reads the next non-blank line of in and parses it with jansson.
 * Returns 1 with *o the value (the caller decrefs it), or with *o NULL
 * and err filled when the line is not JSON; 0 at the end of the stream.
 * *lineno counts the lines read.  Not thread-safe: one line buffer. */
int rw_jsonl_next(FILE *in, long *lineno, json_t **o, json_error_t *err);

#endif
