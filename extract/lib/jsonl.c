/* jsonl.c - the line loop shared by the readers of JSON Lines streams. */
#include "jsonl.h"

#include "rwlib.h"

#include <stdlib.h>
#include <string.h>

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

/* Reads one line (without a cap on the line's end) into *line; returns
 * its length, -1 at the end of the stream, or -2 when it was longer than
 * the cap (the rest of it is skipped). */
static ssize_t read_line(FILE *in, char **line, size_t *cap)
{
	size_t n = 0, max = max_line();
	int c = EOF;
	while ((c = getc_unlocked(in)) != EOF) {
		if (n < max) {
			*line = rw_xgrow(*line, cap, n + 2, 1);
			(*line)[n] = (char)c;
		}
		n++;
		if (c == '\n')
			break;
	}
	if (n == 0)
		return -1;
	if (n > max)
		return -2;
	(*line)[n] = 0;
	return (ssize_t)n;
}

int rw_jsonl_next(FILE *in, long *lineno, json_t **o, json_error_t *err)
{
	static char *line;
	static size_t cap;
	ssize_t n;
	while ((n = read_line(in, &line, &cap)) != -1) {
		(*lineno)++;
		if (n == -2) {
			*o = NULL;
			snprintf(err->text, sizeof err->text, "line longer than %zu bytes (RECWATCH_MAX_LINE)",
				 max_line());
			return 1;
		}
		if (strlen(line) == (size_t)n && rw_is_blank(line)) /* a NUL byte is not blank */
			continue;
		*o = json_loadb(line, (size_t)n, 0, err);
		return 1;
	}
	return 0;
}
