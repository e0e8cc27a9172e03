/* rules.c - load the rules file and match its PCRE2 patterns.
 *
 * Every pattern is compiled once when the file is loaded (so that a bad
 * one is said at once), JIT-compiled when the platform allows the first
 * time it is matched (most of the cost of loading, and a document uses
 * only some of the rules), and matched under a match limit and a depth
 * limit, so that a catastrophic pattern in a user's rules file is
 * reported, not a hang. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rwlib.h"

#include <errno.h>
#include <limits.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MATCH_LIMIT 2000000u
#define DEPTH_LIMIT 20000u
#define MAX_RULES_BYTES (4u << 20)

static const char *const section_names[RW_R__COUNT] = {
	"define", "month", "date", "review", "header", "idcell", "empty",
	"board_action", "decision", "status", "priority", "list", "context",
	"number", "governs", "docdate", "asof", "skip", "sentence", "carry",
	"valuelist", "progress", "order", "idlead", "mark", "idtext",
};

/* The keys a section allows; NULL = any one word. */
static const char *const keys_field_values[] = {"approved", "rejected", "pending", "passed_through", NULL};
static const char *const keys_status[] = {"complete", "in_progress", "not_started", NULL};
static const char *const keys_priority[] = {"P1", "P2", "P3", "P4", "eligible", "not_eligible", NULL};
static const char *const keys_header[] = {"id", "board_action", "status", "priority", "description", "update", "idin", "idblank",
					  "board_action_date", NULL};
static const char *const keys_list[] = {"item", "sep", "range", "except", "relative", "introduces",
					   "this", NULL};
static const char *const keys_skip[] = {"sentence", "section", "stop", NULL};
static const char *const keys_valuelist[] = {"join", "tail", "heading", "label", "alone", NULL};
static const char *const keys_order[] = {"status", "board_action", NULL};
static const char *const keys_mark[] = {"footnote", NULL};

static const char *const *allowed_keys(enum rw_rsec s)
{
	switch (s) {
	case RW_R_BOARD_ACTION:
	case RW_R_DECISION: return keys_field_values;
	case RW_R_STATUS:
	case RW_R_PROGRESS: return keys_status;
	case RW_R_PRIORITY: return keys_priority;
	case RW_R_HEADER: return keys_header;
	case RW_R_LIST: return keys_list;
	case RW_R_SKIP: return keys_skip;
	case RW_R_VALUELIST: return keys_valuelist;
	case RW_R_ORDER: return keys_order;
	case RW_R_MARK: return keys_mark;
	default: return NULL;
	}
}

struct rule {
	char *key;
	char *pattern; /* after %{define} expansion */
	pcre2_code *re;
	int line;
	int reported; /* a limit was hit and said */
	int jit_tried; /* pcre2_jit_compile was called */
};

struct section {
	struct rule *v;
	size_t n, cap;
};

struct rw_rules {
	char *path;
	struct section sec[RW_R__COUNT];
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	int limit_hit;
};

char *rw_rules_path(const char *path)
{
	if (path)
		return rw_xstrdup(path);
	const char *env = getenv("RECWATCH_RULES");
	if (env && *env)
		return rw_xstrdup(env);
	/* Near the binary: rules/ of the source tree (for bin/ or a build
	 * tree as deep as build/NAME/san/bin/), share/recwatch/ of an
	 * installed tree; then the path compiled in. The climb is bounded
	 * so that a rules/ folder far above the tree is never taken. */
	enum { RULES_SEARCH_LEVELS = 6 /* folders above the binary */ };
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		for (int up = 0; up < RULES_SEARCH_LEVELS; up++) {
			char *slash = strrchr(exe, '/');
			if (!slash)
				break;
			*slash = 0;
			/* a source tree, then an installed tree (relocatable) */
			static const char *const where[] = {"rules", "share/recwatch"};
			for (int k = 0; k < 2; k++) {
				char *p = rw_xasprintf("%s/%s/recwatch.rules", exe, where[k]);
				if (access(p, R_OK) == 0)
					return p;
				free(p);
			}
		}
	}
	return rw_xstrdup(RW_DATADIR "/recwatch.rules");
}

const char *rw_rsec_name(enum rw_rsec s)
{
	return s < RW_R__COUNT ? section_names[s] : "?";
}

static int section_parse(const char *name)
{
	for (int i = 0; i < RW_R__COUNT; i++)
		if (!strcmp(name, section_names[i]))
			return i;
	return -1;
}

static int key_allowed(enum rw_rsec s, const char *key)
{
	const char *const *k = allowed_keys(s);
	if (!k)
		return 1;
	for (; *k; k++)
		if (!strcmp(*k, key))
			return 1;
	return 0;
}

static const struct rule *find_define(const rw_rules *r, const char *name, size_t n)
{
	const struct section *d = &r->sec[RW_R_DEFINE];
	for (size_t i = d->n; i-- > 0;)
		if (strlen(d->v[i].key) == n && !strncmp(d->v[i].key, name, n))
			return &d->v[i];
	return NULL;
}

/* Replaces each %{NAME} by (?:the define's pattern). */
static char *expand(const rw_rules *r, const char *pat, int line)
{
	rw_buf b = {0};
	for (const char *p = pat; *p;) {
		if (p[0] == '%' && p[1] == '{') {
			const char *end = strchr(p + 2, '}');
			const struct rule *d = end ? find_define(r, p + 2, (size_t)(end - p - 2)) : NULL;
			if (!d) {
				rw_warn(NULL, "%s:%d: unknown %%{...} name in pattern", r->path, line);
				rw_buf_free(&b);
				return NULL;
			}
			rw_buf_adds(&b, "(?:");
			rw_buf_adds(&b, d->pattern);
			rw_buf_adds(&b, ")");
			p = end + 1;
		} else {
			rw_buf_addc(&b, *p++);
		}
	}
	return rw_buf_take(&b);
}

static int add_rule(rw_rules *r, enum rw_rsec s, const char *key, const char *pat, int line)
{
	if (!key_allowed(s, key)) {
		rw_warn(NULL, "%s:%d: '%s' is not a key of [%s]", r->path, line, key, section_names[s]);
		return -1;
	}
	char *full = expand(r, pat, line);
	if (!full)
		return -1;
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)full, PCRE2_ZERO_TERMINATED,
				       PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP,
				       &err, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		rw_warn(NULL, "%s:%d: bad pattern for %s: %s (at offset %zu)", r->path, line, key,
			(char *)msg, (size_t)off);
		free(full);
		return -1;
	}
	struct section *sec = &r->sec[s];
	sec->v = rw_xgrow(sec->v, &sec->cap, sec->n + 1, sizeof *sec->v);
	sec->v[sec->n++] = (struct rule){rw_xstrdup(key), full, re, line, 0, 0};
	return 0;
}

/* Parses "KEY  PATTERN" into *key and *pat (pointers into line). */
static int split_rule(char *line, char **key, char **pat)
{
	char *p = line;
	*key = p;
	while (*p && *p != ' ' && *p != '\t')
		p++;
	if (!*p)
		return -1;
	*p++ = 0;
	while (*p == ' ' || *p == '\t')
		p++;
	*pat = p;
	return *p ? 0 : -1;
}

static int parse(rw_rules *r, char *text)
{
	int sec = -1, line = 0, bad = 0;
	for (char *next, *l = text; l; l = next) {
		next = strchr(l, '\n');
		if (next)
			*next++ = 0;
		line++;
		size_t n = strlen(l);
		while (n && (l[n - 1] == '\r' || l[n - 1] == ' ' || l[n - 1] == '\t'))
			l[--n] = 0;
		if (!*l || *l == '#')
			continue;
		if (*l == '[') {
			char *end = strchr(l, ']');
			if (end)
				*end = 0;
			sec = end ? section_parse(l + 1) : -1;
			if (sec < 0) {
				rw_warn(NULL, "%s:%d: unknown section [%s]", r->path, line, l + 1);
				bad = 1;
			}
			continue;
		}
		char *key, *pat;
		if (sec < 0 || split_rule(l, &key, &pat) != 0) {
			rw_warn(NULL, "%s:%d: %s", r->path, line,
				sec < 0 ? "rule outside a section" : "expected KEY and PATTERN");
			bad = 1;
			continue;
		}
		if (add_rule(r, (enum rw_rsec)sec, key, pat, line) != 0)
			bad = 1;
	}
	return bad ? -1 : 0;
}

rw_rules *rw_rules_load(const char *path)
{
	size_t len;
	char *text = rw_read_file(path, MAX_RULES_BYTES, &len);
	if (!text) {
		rw_warn(path, "cannot read rules file: %s", strerror(errno));
		return NULL;
	}
	if (!rw_utf8_valid(text, len) || memchr(text, 0, len)) {
		rw_warn(path, "rules file is not UTF-8 text");
		free(text);
		return NULL;
	}
	rw_rules *r = rw_xcalloc(1, sizeof *r);
	r->path = rw_xstrdup(path);
	int bad = parse(r, text);
	free(text);
	if (!bad && (!r->sec[RW_R_IDCELL].n || !r->sec[RW_R_DATE].n || !r->sec[RW_R_HEADER].n)) {
		rw_warn(NULL, "%s: needs at least [idcell], [date] and [header] rules", path);
		bad = 1;
	}
	if (bad) {
		rw_rules_free(r);
		return NULL;
	}
	r->md = pcre2_match_data_create(RW_HIT_PAIRS, NULL);
	r->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(r->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(r->mctx, DEPTH_LIMIT);
	r->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (r->jit)
		pcre2_jit_stack_assign(r->mctx, NULL, r->jit);
	return r;
}

void rw_rules_free(rw_rules *r)
{
	if (!r)
		return;
	for (int s = 0; s < RW_R__COUNT; s++) {
		for (size_t i = 0; i < r->sec[s].n; i++) {
			free(r->sec[s].v[i].key);
			free(r->sec[s].v[i].pattern);
			pcre2_code_free(r->sec[s].v[i].re);
		}
		free(r->sec[s].v);
	}
	pcre2_match_data_free(r->md);
	pcre2_match_context_free(r->mctx);
	if (r->jit)
		pcre2_jit_stack_free(r->jit);
	free(r->path);
	free(r);
}

int rw_rules_limit_hit(const rw_rules *r) { return r->limit_hit; }

/* One pcre2_match; fills hit on success. Limits are reported once per
 * rule and count as no match. */
static int match_one(rw_rules *r, struct rule *ru, const char *text, size_t len,
		     size_t from, uint32_t opts, rw_hit *hit)
{
	if (!ru->jit_tried) {
		pcre2_jit_compile(ru->re, PCRE2_JIT_COMPLETE); /* without JIT it still works */
		ru->jit_tried = 1;
	}
	int rc = pcre2_match(ru->re, (PCRE2_SPTR)text, len, from, opts, r->md, r->mctx);
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
		if (!ru->reported)
			rw_warn(NULL, "%s:%d: pattern for %s gave up (PCRE2 limit) on a text of %zu bytes",
				r->path, ru->line, ru->key, len);
		ru->reported = 1;
		r->limit_hit = 1;
		return 0;
	}
	if (rc < 0)
		return 0;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
	uint32_t pairs = pcre2_get_ovector_count(r->md);
	if (pairs > RW_HIT_PAIRS)
		pairs = RW_HIT_PAIRS;
	hit->key = ru->key;
	hit->start = ov[0];
	hit->end = ov[1];
	hit->re = ru->re;
	hit->npairs = (int)pairs;
	hit->line = ru->line;
	for (uint32_t i = 0; i < 2 * pairs; i++)
		hit->ov[i] = ov[i];
	return 1;
}

int rw_rules_search(rw_rules *r, enum rw_rsec sec, const char *key,
		    const char *text, size_t len, size_t from, rw_hit *hit)
{
	int found = 0;
	rw_hit h;
	/* PCRE2 is told the text is valid UTF-8: never start mid-character. */
	while (from < len && ((unsigned char)text[from] & 0xC0) == 0x80)
		from++;
	if (from > len)
		return 0;
	for (size_t i = 0; i < r->sec[sec].n; i++) {
		struct rule *ru = &r->sec[sec].v[i];
		if (key && strcmp(key, ru->key))
			continue;
		if (match_one(r, ru, text, len, from, PCRE2_NO_UTF_CHECK, &h) &&
		    (!found || h.start < hit->start)) {
			*hit = h;
			found = 1;
		}
	}
	return found;
}

int rw_rules_at(rw_rules *r, enum rw_rsec sec, const char *key, const char *text,
		size_t len, size_t at, rw_hit *hit)
{
	if (at > len || (at < len && ((unsigned char)text[at] & 0xC0) == 0x80))
		return 0;
	for (size_t i = 0; i < r->sec[sec].n; i++)
		if ((!key || !strcmp(key, r->sec[sec].v[i].key)) &&
		    match_one(r, &r->sec[sec].v[i], text, len, at,
			      PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, hit))
			return 1;
	return 0;
}

const char *rw_rules_classify_next(rw_rules *r, enum rw_rsec sec, const char *text,
				   size_t *next)
{
	rw_hit h;
	size_t len = strlen(text);
	for (size_t i = *next; i < r->sec[sec].n; i++)
		if (match_one(r, &r->sec[sec].v[i], text, len, 0, PCRE2_NO_UTF_CHECK, &h)) {
			*next = i + 1;
			return r->sec[sec].v[i].key;
		}
	*next = r->sec[sec].n;
	return NULL;
}

int rw_rules_count(const rw_rules *r, enum rw_rsec sec, const char *key)
{
	int n = 0;
	for (size_t i = 0; i < r->sec[sec].n; i++)
		n += !strcmp(key, r->sec[sec].v[i].key);
	return n;
}

int rw_rules_rank(rw_rules *r, enum rw_rsec sec, const char *key, const char *text)
{
	rw_hit h;
	size_t len = text ? strlen(text) : 0;
	if (!text || !rw_utf8_valid(text, len))
		return 0; /* PCRE2 is told the text is valid UTF-8 */
	int rank = 0;
	for (size_t i = 0; i < r->sec[sec].n; i++) {
		struct rule *ru = &r->sec[sec].v[i];
		if (strcmp(key, ru->key))
			continue;
		rank++;
		if (match_one(r, ru, text, len, 0, PCRE2_NO_UTF_CHECK, &h))
			return rank;
	}
	return 0;
}

const char *rw_rules_classify(rw_rules *r, enum rw_rsec sec, const char *text)
{
	size_t next = 0;
	return rw_rules_classify_next(r, sec, text, &next);
}

int rw_hit_group(const rw_hit *hit, const char *name, size_t *s, size_t *e)
{
	int n = pcre2_substring_number_from_name((const pcre2_code *)hit->re, (PCRE2_SPTR)name);
	if (n < 0 || n >= hit->npairs || hit->ov[2 * n] == PCRE2_UNSET)
		return 0;
	*s = hit->ov[2 * n];
	*e = hit->ov[2 * n + 1];
	return 1;
}

static int days_in_month(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : d[m - 1];
}

/* Month number from digits or a [month] word; 0 when neither. */
static int month_of(rw_rules *r, const char *s, size_t n)
{
	if (n && s[0] >= '0' && s[0] <= '9')
		return atoi(s);
	char *w = rw_xstrndup(s, n);
	const char *key = NULL;
	rw_hit h;
	for (size_t i = 0; i < r->sec[RW_R_MONTH].n && !key; i++) {
		struct rule *ru = &r->sec[RW_R_MONTH].v[i];
		if (match_one(r, ru, w, n, 0, PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED | PCRE2_ENDANCHORED, &h))
			key = ru->key;
	}
	free(w);
	return key ? atoi(key) : 0;
}

/* Reads the y/m/d groups of a [date] hit into iso; 0 when impossible. */
static int hit_to_iso(rw_rules *r, const char *text, const rw_hit *h, char iso[RW_ISO_DATE_SIZE])
{
	size_t ys, ye, ms, me, ds, de;
	if (!rw_hit_group(h, "y", &ys, &ye) || !rw_hit_group(h, "m", &ms, &me) ||
	    !rw_hit_group(h, "d", &ds, &de) || ye - ys != 4)
		return 0;
	int y = atoi(text + ys), m = month_of(r, text + ms, me - ms), d = atoi(text + ds);
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return 0;
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	memcpy(iso, tmp, RW_ISO_DATE_SIZE);
	return 1;
}

int rw_rules_date(rw_rules *r, const char *text, size_t len, size_t from,
		  char iso[RW_ISO_DATE_SIZE], size_t *s, size_t *e)
{
	rw_hit h;
	while (rw_rules_search(r, RW_R_DATE, NULL, text, len, from, &h)) {
		if (hit_to_iso(r, text, &h, iso)) {
			if (s)
				*s = h.start;
			if (e)
				*e = h.end;
			return 1;
		}
		from = h.start + 1;
		while (from < len && ((unsigned char)text[from] & 0xC0) == 0x80)
			from++; /* stay on a UTF-8 character boundary */
	}
	return 0;
}
