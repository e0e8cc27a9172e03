/* list.c - the watch list of recwatch watch: one URL a line, then
 * optionally its review code ("-" for none) and a label, the rest of the
 * line.  A "#" at the start of a line or after a blank starts a comment
 * (a "#" inside a URL is its fragment).  Blank lines are skipped.
 *
 *   # CCT implementation status
 *   https://example.org/cct/status.html  CCT  status page
 *   https://example.org/board/2022-05-01.pdf  -  Board resolutions
 */
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A line longer than this (bytes) is refused: URLs of a few hundred
 * bytes and a label fit many times over. */
#define WATCH_LINE_MAX 8192
/* More URLs than this in one list is refused: a run asks each host
 * politely, one request at a time, so such a list could not finish
 * within a day. */
#define WATCH_ITEMS_MAX 100000

static const char blanks[] = " \t\r\n\f\v";

/* Cuts a comment off line. */
static void drop_comment(char *line)
{
	for (char *p = line; (p = strchr(p, '#')); p++)
		if (p == line || strchr(blanks, p[-1])) {
			*p = 0;
			return;
		}
}

/* The next blank-separated word of *s, or NULL; *s moves past it. */
static char *word(char **s)
{
	char *w = *s + strspn(*s, blanks);
	if (!*w)
		return NULL;
	char *end = w + strcspn(w, blanks);
	*s = *end ? end + 1 : end;
	*end = 0;
	return w;
}

static int is_web_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

/* Reads one line into *item; 1 an item, 0 nothing on it, -1 a bad line
 * (warned). */
static int parse_line(char *line, const char *where, struct watch_item *item)
{
	drop_comment(line);
	char *rest = line, *url = word(&rest);
	if (!url)
		return 0;
	if (!rw_utf8_valid(line, strlen(line))) {
		/* the line goes into JSON requests and the store as text */
		rw_warn(where, "not UTF-8 text");
		return -1;
	}
	if (!is_web_url(url)) {
		rw_warn(where, "not an http(s) URL: %s", url);
		return -1;
	}
	char *review = word(&rest);
	char *label = rest + strspn(rest, blanks);
	size_t len = strlen(label);
	while (len && strchr(blanks, label[len - 1]))
		label[--len] = 0;
	item->url = rw_xstrdup(url);
	item->review = review && strcmp(review, "-") ? rw_xstrdup(review) : NULL;
	item->label = *label ? rw_xstrdup(label) : NULL;
	return 1;
}

static void item_clear(struct watch_item *it)
{
	free(it->url);
	free(it->review);
	free(it->label);
}

static int listed_before(const struct watch_item *v, size_t n, const char *url)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].url, url))
			return 1;
	return 0;
}

struct watch_item *store_watch_list_stream(FILE *f, const char *name, size_t *n, size_t *bad)
{
	struct watch_item *v = NULL;
	size_t cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	*n = *bad = 0;
	for (long lineno = 1; (len = getline(&line, &lcap, f)) >= 0; lineno++) {
		char *where = rw_xasprintf("%s:%ld", name, lineno);
		struct watch_item it = {0};
		int r = len > WATCH_LINE_MAX ? (rw_warn(where, "line longer than %d bytes", WATCH_LINE_MAX), -1)
					     : parse_line(line, where, &it);
		if (r > 0 && listed_before(v, *n, it.url)) {
			rw_warn(where, "%s is listed twice; the first line counts", it.url);
			item_clear(&it);
			r = 0;
		}
		free(where);
		*bad += r < 0;
		if (r <= 0)
			continue;
		if (*n == WATCH_ITEMS_MAX) {
			rw_warn(name, "more than %d URLs; the rest is not read", WATCH_ITEMS_MAX);
			item_clear(&it);
			(*bad)++;
			break;
		}
		v = rw_xgrow(v, &cap, *n + 1, sizeof *v);
		v[(*n)++] = it;
	}
	int err = ferror(f) ? errno : 0;
	free(line);
	if (err) {
		rw_warn(name, "cannot read the watch list: %s", strerror(err));
		store_watch_items_free(v, *n);
		*n = 0;
		return NULL;
	}
	return v ? v : rw_xcalloc(1, sizeof *v);
}

struct watch_item *store_watch_list_read(const char *path, size_t *n, size_t *bad)
{
	*n = *bad = 0;
	FILE *f = strcmp(path, "-") ? fopen(path, "re") : stdin;
	if (!f) {
		rw_warn(path, "cannot open the watch list: %s", strerror(errno));
		return NULL;
	}
	struct watch_item *v = store_watch_list_stream(f, path, n, bad);
	if (f != stdin)
		fclose(f);
	return v;
}

void store_watch_items_free(struct watch_item *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		item_clear(&v[i]);
	free(v);
}
