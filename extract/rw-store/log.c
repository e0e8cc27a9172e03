/* log.c - recwatch log: the timeline of one recommendation, every fact
 * about it in date order (undated ones last), then in ingest order. */
#include "store.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: recwatch log [--db FILE] [-f text|csv|json|jsonl] REVIEW REC\n";

static const char timeline_sql[] =
	"SELECT f.review, f.rec_id, f.field, f.value, f.raw, f.date, d.name, f.locator"
	" FROM fact f JOIN document d ON d.id = f.document"
	" WHERE f.review = ?1 AND f.rec_id = ?2"
	" ORDER BY f.date IS NULL, f.date, d.id, f.seq";

/* One text line: date, field: value, then where it came from. */
static void text_line(const rw_fact *f)
{
	const char *const *v = (const char *const *)f->v;
	printf("%-10s  %s: %s  (%s %s)\n", v[RW_FC_DATE] ? v[RW_FC_DATE] : "undated",
	       v[RW_FC_FIELD], v[RW_FC_VALUE] ? v[RW_FC_VALUE] : "(empty)",
	       v[RW_FC_SOURCE], v[RW_FC_LOCATOR] ? v[RW_FC_LOCATOR] : "-");
}

/* Prints the timeline; returns the number of facts, or -1. */
static long print_timeline(sqlite3 *db, const char *review, const char *rec, int fmt)
{
	sqlite3_stmt *st = store_prepare(db, timeline_sql);
	sqlite3_bind_text(st, 1, review, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, rec, -1, SQLITE_STATIC);
	rw_writer *w = fmt == RW_FMT_TEXT ? NULL : rw_writer_new(stdout, fmt, rw_fact_cols, RW_FC__COUNT);
	long n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rw_fact f = {0};
		for (int i = 0; i < RW_FC__COUNT; i++)
			if (sqlite3_column_type(st, i) != SQLITE_NULL)
				f.v[i] = store_col(st, i);
		if (w)
			rw_writer_row(w, (const char *const *)f.v);
		else
			text_line(&f);
		rw_fact_clear(&f);
		n++;
	}
	if (rc != SQLITE_DONE) {
		store_warn(db, "cannot read the timeline");
		n = -1;
	}
	sqlite3_finalize(st);
	if (w && rw_writer_finish(w) != 0)
		n = -1;
	return n;
}

int store_cmd_log(int argc, char **argv)
{
	const char *db_path;
	int fmt = store_read_options(argc, argv, "log", usage, &db_path);
	if (fmt < 0)
		return RW_EXIT_TROUBLE;
	if (argc - optind != 2) {
		rw_warn(NULL, "log needs a review and a recommendation, e.g. SSR2 5.4");
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	sqlite3 *db = store_open(store_path(db_path), 0);
	if (!db)
		return RW_EXIT_TROUBLE;
	const char *review = argv[optind], *rec = argv[optind + 1];
	long n = print_timeline(db, review, rec, fmt);
	store_close(db);
	if (n == 0)
		rw_warn(NULL, "%s %s: no facts in the store", review, rec);
	return n > 0 ? RW_EXIT_OK : n == 0 ? RW_EXIT_PARTIAL : RW_EXIT_TROUBLE;
}
