/* ids.c - recommendation identifiers, lists and ranges.
 *
 * What an id looks like, and what joins the items of a list, come from
 * the rules ([idcell], [list]); this file only walks the text with them
 * and expands ranges. */
#include "rwlib.h"

#include <stdlib.h>
#include <string.h>

#define MAX_RANGE 200 /* a longer range is a misreading, not a list */

void rw_idlist_free(rw_idlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void rw_idlist_add(rw_idlist *l, char *id)
{
	l->v = rw_xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = id;
}

/* The n bytes of s without white space: an id holds none, and what the
 * rules let in is a line break (an id wrapped in a narrow column, or
 * at a line's end after its prefix's full stop). */
static char *id_without_space(const char *s, size_t n)
{
	char *id = rw_xmalloc(n + 1), *o = id;
	for (const char *c = s; c < s + n; c++)
		if (!strchr(" \t\r\n\f\v", *c))
			*o++ = *c;
	*o = '\0';
	return id;
}

char *rw_id_from_cell(rw_rules *rules, const char *text)
{
	return rw_id_and_words(rules, RW_R_IDCELL, text, NULL);
}

char *rw_id_and_words(rw_rules *rules, enum rw_rsec sec, const char *text, size_t *words)
{
	rw_hit h;
	size_t s, e, ws, we, len = strlen(text);
	if (!rw_rules_search(rules, sec, NULL, text, len, 0, &h) || !rw_hit_group(&h, "id", &s, &e))
		return NULL;
	if (words)
		*words = rw_hit_group(&h, "text", &ws, &we) ? ws : len;
	return id_without_space(text + s, e - s);
}

/* Splits "R14.3" into the text before its last number ("R14.") and that
 * number (3); -1 when the id does not end in digits. */
static long last_number(const char *id, size_t *prefix)
{
	size_t n = strlen(id), i = n;
	while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9')
		i--;
	if (i == n || n - i > 6)
		return -1;
	*prefix = i;
	return strtol(id + i, NULL, 10);
}

/* Appends the ids from a to b, both included, when they share everything
 * but the last number; else appends only a and b and says why. */
static void expand_range(rw_idlist *l, char *a, char *b, char **bad)
{
	size_t pa, pb;
	long x = last_number(a, &pa), y = last_number(b, &pb);
	if (x < 0 || y < 0 || pa != pb || strncmp(a, b, pa) || y <= x || y - x > MAX_RANGE) {
		if (!*bad)
			*bad = rw_xasprintf("cannot expand the range %s to %s; kept its two ends", a, b);
		rw_idlist_add(l, a);
		rw_idlist_add(l, b);
		return;
	}
	for (long k = x; k <= y; k++)
		rw_idlist_add(l, rw_xasprintf("%.*s%ld", (int)pa, a, k));
	free(a);
	free(b);
}

/* The id at exactly pos, or NULL; *end gets where it stops. */
static char *id_at(rw_rules *rules, const char *text, size_t len, size_t pos, size_t *end)
{
	rw_hit h;
	if (!rw_rules_at(rules, RW_R_LIST, "item", text, len, pos, &h) || h.end == pos)
		return NULL;
	*end = h.end;
	return id_without_space(text + h.start, h.end - h.start);
}

/* A joiner of the given key ("sep", "range") at exactly pos, followed by
 * an id; returns where the id starts, or 0. */
static size_t joiner_at(rw_rules *rules, const char *key, const char *text, size_t len,
			size_t pos)
{
	rw_hit h;
	if (!rw_rules_at(rules, RW_R_LIST, key, text, len, pos, &h) || h.end == pos)
		return 0;
	size_t e;
	char *id = id_at(rules, text, len, h.end, &e);
	free(id);
	return id ? h.end : 0;
}

size_t rw_id_list(rw_rules *rules, const char *text, size_t len, size_t pos,
	       rw_idlist *l, char **bad)
{
	size_t end;
	char *id = id_at(rules, text, len, pos, &end);
	if (!id)
		return pos;
	for (;;) {
		size_t next = joiner_at(rules, "range", text, len, end);
		if (next) {
			size_t e2;
			char *to = id_at(rules, text, len, next, &e2);
			expand_range(l, id, to, bad);
			end = e2;
		} else {
			rw_idlist_add(l, id);
		}
		next = joiner_at(rules, "sep", text, len, end);
		if (!next)
			return end;
		id = id_at(rules, text, len, next, &end);
	}
}
