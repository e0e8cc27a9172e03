/* check.c - recwatch check: where the stored documents disagree.
 *
 * Two kinds of disagreement, each shown with both places:
 *   board_action  two documents give different Board actions for the same
 *                 recommendation on the same date;
 *   listed        a status page lists a recommendation (has a status fact
 *                 for it) whose latest Board action is `rejected`, and the
 *                 listing is not older than the rejection.
 *   fetch         a watched URL whose last FETCH_FAILURES_SHOWN fetches or
 *                 more all failed (recwatch watch): source is the URL,
 *                 date the last attempt, value why it failed, other_value
 *                 the failures in a row.
 * Stated counts that differ from their lists are rw-match's to warn about,
 * when the document is read. */
#include "store.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] = "usage: recwatch check [--db FILE] [-f text|csv|json|jsonl]\n";

enum { D_REVIEW, D_REC_ID, D_CHECK, D_DATE, D_VALUE, D_SOURCE, D_LOCATOR,
       D_OTHER_DATE, D_OTHER_VALUE, D_OTHER_SOURCE, D_OTHER_LOCATOR, D__COUNT };
static const char *const cols[D__COUNT] = {
	"review", "rec_id", "check", "date", "value", "source", "locator",
	"other_date", "other_value", "other_source", "other_locator",
};

struct finding {
	char *v[D__COUNT];
};

static struct finding *found;
static size_t nfound, capfound;

static struct finding *add_finding(void)
{
	found = rw_xgrow(found, &capfound, nfound + 1, sizeof *found);
	memset(&found[nfound], 0, sizeof *found);
	return &found[nfound++];
}

/* Fills v[first..first+n) from the statement's columns from col on. */
static void take(struct finding *f, int first, sqlite3_stmt *st, int col, int n)
{
	for (int i = 0; i < n; i++)
		if (sqlite3_column_type(st, col + i) != SQLITE_NULL)
			f->v[first + i] = store_col(st, col + i);
}

static const char board_sql[] =
	"SELECT a.review, a.rec_id, a.date, a.value, da.name, min(a.locator),"
	"       b.date, b.value, db.name, min(b.locator)"
	" FROM fact a"
	" JOIN fact b ON b.review = a.review AND b.rec_id = a.rec_id"
	"   AND b.field = 'board_action' AND b.date = a.date"
	"   AND b.document > a.document AND b.value IS NOT a.value"
	" JOIN document da ON da.id = a.document"
	" JOIN document db ON db.id = b.document"
	" WHERE a.field = 'board_action' AND a.date IS NOT NULL"
	" GROUP BY a.review, a.rec_id, a.date, a.document, b.document, a.value, b.value"
	" ORDER BY a.document, b.document";

static int board_conflicts(sqlite3 *db)
{
	sqlite3_stmt *st = store_prepare(db, board_sql);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct finding *f = add_finding();
		take(f, D_REVIEW, st, 0, 2);
		f->v[D_CHECK] = rw_xstrdup("board_action");
		take(f, D_DATE, st, 2, 4);
		take(f, D_OTHER_DATE, st, 6, 4);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : (store_warn(db, "cannot check Board actions"), -1);
}

/* The winning rejection of rec (its date is the record's). */
static const char rejection_sql[] =
	"SELECT f.date, f.value, d.name, f.locator FROM fact f JOIN document d ON d.id = f.document"
	" WHERE f.review = ?1 AND f.rec_id = ?2 AND f.field = 'board_action'"
	"   AND f.value = 'rejected' AND f.date IS ?3"
	" ORDER BY d.id DESC, f.seq DESC LIMIT 1";

/* The status listings of rec that are not older than the rejection. */
static const char listed_sql[] =
	"SELECT f.date, f.value, d.name, min(f.locator) FROM fact f JOIN document d ON d.id = f.document"
	" WHERE f.review = ?1 AND f.rec_id = ?2 AND f.field = 'status'"
	"   AND (f.date IS NULL OR ?3 IS NULL OR f.date >= ?3)"
	" GROUP BY d.id ORDER BY d.id";

static int listed_rejected(sqlite3 *db, const rw_record *r)
{
	const char *date = r->v[RW_RC_BOARD_ACTION_DATE];
	sqlite3_stmt *rej = store_prepare(db, rejection_sql), *lst = store_prepare(db, listed_sql);
	for (sqlite3_stmt **s = (sqlite3_stmt *[]){rej, lst, NULL}; *s; s++) {
		sqlite3_bind_text(*s, 1, r->v[RW_RC_REVIEW], -1, SQLITE_STATIC);
		sqlite3_bind_text(*s, 2, r->v[RW_RC_REC_ID], -1, SQLITE_STATIC);
		store_bind_text(*s, 3, date);
	}
	int rc = sqlite3_step(rej);
	while (rc == SQLITE_ROW && (rc = sqlite3_step(lst)) == SQLITE_ROW) {
		struct finding *f = add_finding();
		f->v[D_REVIEW] = rw_xstrdup(r->v[RW_RC_REVIEW]);
		f->v[D_REC_ID] = rw_xstrdup(r->v[RW_RC_REC_ID]);
		f->v[D_CHECK] = rw_xstrdup("listed");
		take(f, D_DATE, lst, 0, 4);
		take(f, D_OTHER_DATE, rej, 0, 4);
	}
	sqlite3_finalize(rej);
	sqlite3_finalize(lst);
	return rc == SQLITE_DONE ? 0 : (store_warn(db, "cannot check listings"), -1);
}

static int rejected_listed(sqlite3 *db)
{
	rw_record *recs;
	size_t n;
	rw_folder *fo = store_state(db, &(struct state_query){.keep_unlisted = 1}, &recs, &n);
	int r = 0;
	for (size_t i = 0; i < n && r == 0; i++)
		if (recs[i].v[RW_RC_BOARD_ACTION] && !strcmp(recs[i].v[RW_RC_BOARD_ACTION], "rejected"))
			r = listed_rejected(db, &recs[i]);
	rw_folder_free(fo);
	return r;
}

/* Fetches failed in a row before a URL shows: one failure is often a
 * server's bad minute, which the next run mends; three runs that failed
 * (three days of a daily cron) mean the document moved or went away. */
#define FETCH_FAILURES_SHOWN 3

static int failing_urls(sqlite3 *db)
{
	sqlite3_stmt *st = store_prepare(db,
		"SELECT coalesce(review, ''), checked, error, url, failures FROM url"
		" WHERE failures >= ? ORDER BY url");
	sqlite3_bind_int(st, 1, FETCH_FAILURES_SHOWN);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct finding *f = add_finding();
		take(f, D_REVIEW, st, 0, 1);
		f->v[D_REC_ID] = rw_xstrdup("");
		f->v[D_CHECK] = rw_xstrdup("fetch");
		take(f, D_DATE, st, 1, 3);
		take(f, D_OTHER_VALUE, st, 4, 1);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : (store_warn(db, "cannot check the watched URLs"), -1);
}

/* ---- output ---------------------------------------------------------- */

static const char *or(const char *s, const char *dflt) { return s ? s : dflt; }

static int finding_cmp(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int c = strcmp(x->v[D_REVIEW], y->v[D_REVIEW]);
	if (!c)
		c = rw_natcmp(x->v[D_REC_ID], y->v[D_REC_ID]);
	for (int k = D_CHECK; !c && k < D__COUNT; k++)
		c = strcmp(or(x->v[k], ""), or(y->v[k], ""));
	return c;
}

static void text_line(const struct finding *f)
{
	char *const *v = f->v;
	if (!strcmp(v[D_CHECK], "board_action"))
		printf("%s %s: Board action on %s: %s in %s (%s), but %s in %s (%s)\n",
		       v[D_REVIEW], v[D_REC_ID], v[D_DATE], or(v[D_VALUE], "(empty)"),
		       v[D_SOURCE], or(v[D_LOCATOR], "-"), or(v[D_OTHER_VALUE], "(empty)"),
		       v[D_OTHER_SOURCE], or(v[D_OTHER_LOCATOR], "-"));
	else if (!strcmp(v[D_CHECK], "fetch"))
		printf("%s: failed %s fetches in a row, the last on %s: %s\n", v[D_SOURCE],
		       v[D_OTHER_VALUE], v[D_DATE], or(v[D_VALUE], "(no reason kept)"));
	else
		printf("%s %s: listed as %s (as of %s) in %s (%s), but rejected on %s in %s (%s)\n",
		       v[D_REVIEW], v[D_REC_ID], or(v[D_VALUE], "(empty)"), or(v[D_DATE], "no date"),
		       v[D_SOURCE], or(v[D_LOCATOR], "-"), or(v[D_OTHER_DATE], "no date"),
		       v[D_OTHER_SOURCE], or(v[D_OTHER_LOCATOR], "-"));
}

static int print_findings(int fmt)
{
	if (nfound)
		qsort(found, nfound, sizeof *found, finding_cmp);
	rw_writer *w = fmt == RW_FMT_TEXT ? NULL : rw_writer_new(stdout, fmt, cols, D__COUNT);
	for (size_t i = 0; i < nfound; i++) {
		if (w)
			rw_writer_row(w, (const char *const *)found[i].v);
		else
			text_line(&found[i]);
		for (int k = 0; k < D__COUNT; k++)
			free(found[i].v[k]);
	}
	free(found);
	return w ? rw_writer_finish(w) : 0;
}

int store_cmd_check(int argc, char **argv)
{
	const char *db_path;
	int fmt = store_read_options(argc, argv, "check", usage, &db_path);
	if (fmt < 0)
		return RW_EXIT_TROUBLE;
	if (optind != argc) {
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	sqlite3 *db = store_open(store_path(db_path), 0);
	if (!db)
		return RW_EXIT_TROUBLE;
	int bad = board_conflicts(db) != 0 || rejected_listed(db) != 0 || failing_urls(db) != 0;
	store_close(db);
	size_t n = nfound;
	if (print_findings(fmt) != 0 || bad)
		return RW_EXIT_TROUBLE;
	return n ? 1 : 0;
}
