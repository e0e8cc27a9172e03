/* jsonl.c - the line loop shared by the readers of JSON Lines streams. */
#include "jsonl.h"

#include "recwatch.h"

#include <string.h>

int rw_jsonl_next(FILE *in, long *lineno, json_t **o, json_error_t *err)
{
	static char *line;
	static size_t cap;
	ssize_t n;
	while ((n = getline(&line, &cap, in)) > 0) {
		(*lineno)++;
		if (strlen(line) == (size_t)n && rw_is_blank(line)) /* a NUL byte is not blank */
			continue;
		*o = json_loadb(line, (size_t)n, 0, err);
		return 1;
	}
	return 0;
}
