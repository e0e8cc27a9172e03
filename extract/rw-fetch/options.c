/* options.c - the numbers on rw-fetch's command line: sizes with K, M, G
 * suffixes, durations in seconds (fractions allowed), small counts. */
#include "fetch.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

/* The largest body rw-fetch accepts to keep, in bytes: the readers hold
 * a whole document in memory (rw-html's own --max-bytes limit). */
#define MAX_BODY_BYTES ((unsigned long long)INT_MAX / 4)
/* The longest duration an option takes, in seconds: a day is already
 * far past any sensible timeout or pause. */
#define MAX_OPTION_SECONDS 86400.0
/* The largest count (retries, redirects) an option takes. */
#define MAX_OPTION_COUNT 100

size_t fetch_parse_size(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	int shift = 0;
	if (!errno && end != s && *s != '-') {
		switch (*end) {
		case 'k': case 'K': shift = 10, end++; break;
		case 'm': case 'M': shift = 20, end++; break;
		case 'g': case 'G': shift = 30, end++; break;
		}
		if (!*end && v > 0 && v <= MAX_BODY_BYTES >> shift)
			return (size_t)(v << shift);
	}
	rw_die(NULL, "%s: not a size from 1 to %lluM: %s", opt, MAX_BODY_BYTES >> 20, s);
}

long fetch_parse_ms(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !isfinite(v) || v < 0 || v > MAX_OPTION_SECONDS)
		rw_die(NULL, "%s: not a number of seconds from 0 to %.0f: %s", opt,
		       MAX_OPTION_SECONDS, s);
	return lround(v * 1000);
}

int fetch_parse_count(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > MAX_OPTION_COUNT)
		rw_die(NULL, "%s: not a number from 0 to %d: %s", opt, MAX_OPTION_COUNT, s);
	return (int)v;
}
