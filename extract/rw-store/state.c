/* state.c - the folded state: stored facts as they stood, as records.
 *
 * The state is every visible fact, in ingest order, folded by recwatch(5)'s
 * rule (rw_folder), with one more step first.  A status page lists the
 * recommendations of a review that are being implemented; when a newer
 * listing of the same review (by its status date, then ingest order) no
 * longer has one that an older listing had, the recommendation has left
 * the review's list (withdrawn, or renumbered), and all its facts are
 * left out of the state.  Recommendations that no status page ever
 * listed (those only decided on in resolutions) are never left out.
 * Without that step a recommendation would live on forever in the state
 * after the pages stopped naming it, and a renumbering could not show. */
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char visible_sql[] =
	"SELECT d.id, d.name, f.review, f.rec_id, f.field, f.value, f.raw, f.date, f.locator"
	" FROM fact f JOIN document d ON d.id = f.document"
	" WHERE (?1 = 0 OR d.id < ?1)"
	"   AND (?2 IS NULL OR (CASE WHEN f.date IS NOT NULL THEN f.date <= ?2"
	"                      ELSE substr(d.first_seen, 1, 10) <= ?2 END))"
	" ORDER BY d.id, f.seq";

store_fact *store_facts(sqlite3 *db, const struct state_query *q, size_t *n)
{
	sqlite3_stmt *st = store_prepare(db, visible_sql);
	sqlite3_bind_int64(st, 1, q->before);
	store_bind_text(st, 2, q->at);
	store_fact *v = NULL;
	size_t cap = 0;
	*n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = rw_xgrow(v, &cap, *n + 1, sizeof *v);
		store_fact *sf = &v[(*n)++];
		memset(sf, 0, sizeof *sf);
		sf->doc = sqlite3_column_int64(st, 0);
		static const enum rw_fact_col cols[] = {
			RW_FC_SOURCE, RW_FC_REVIEW, RW_FC_REC_ID, RW_FC_FIELD,
			RW_FC_VALUE, RW_FC_RAW, RW_FC_DATE, RW_FC_LOCATOR,
		};
		for (int i = 0; i < 8; i++)
			if (sqlite3_column_type(st, i + 1) != SQLITE_NULL)
				sf->f.v[cols[i]] = store_col(st, i + 1);
	}
	if (rc != SQLITE_DONE)
		store_warn(db, "cannot read the facts");
	sqlite3_finalize(st);
	return v;
}

void store_facts_free(store_fact *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		rw_fact_clear(&v[i].f);
	free(v);
}

/* ---- listings -------------------------------------------------------- */

static const char *str(const char *s) { return s ? s : ""; }

static int is_status(const store_fact *sf)
{
	return !strcmp(str(sf->f.v[RW_FC_FIELD]), "status");
}

/* The listing of one review in one document: its latest status date. */
struct listing {
	const char *review, *date;
	long long doc;
};

static int newer(const struct listing *a, const struct listing *b)
{
	int c = strcmp(a->date, b->date); /* "" (undated) is oldest */
	return c ? c > 0 : a->doc > b->doc;
}

/* The latest listing of each review among the facts. */
static struct listing *latest_listings(const store_fact *v, size_t n, size_t *nl)
{
	struct listing *l = NULL;
	size_t cap = 0;
	*nl = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_status(&v[i]))
			continue;
		struct listing cur = {str(v[i].f.v[RW_FC_REVIEW]), str(v[i].f.v[RW_FC_DATE]), v[i].doc};
		size_t k = 0;
		while (k < *nl && strcmp(l[k].review, cur.review))
			k++;
		if (k == *nl) {
			l = rw_xgrow(l, &cap, *nl + 1, sizeof *l);
			l[(*nl)++] = cur;
		} else if (l[k].doc == cur.doc && strcmp(cur.date, l[k].date) > 0) {
			l[k].date = cur.date; /* the document's own latest date */
		} else if (l[k].doc != cur.doc && newer(&cur, &l[k])) {
			l[k] = cur;
		}
	}
	return l;
}

/* A recommendation of a listing, and whether the latest listing has it. */
struct listed {
	const char *review, *rec_id;
	int in_latest;
};

static int listed_cmp(const void *a, const void *b)
{
	const struct listed *x = a, *y = b;
	int c = strcmp(x->review, y->review);
	return c ? c : strcmp(x->rec_id, y->rec_id);
}

/* The recommendations that some listing has and the latest does not,
 * sorted for bsearch. */
static struct listed *unlisted(const store_fact *v, size_t n, size_t *nu)
{
	size_t nl;
	struct listing *latest = latest_listings(v, n, &nl);
	struct listed *u = NULL;
	size_t cap = 0, m = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_status(&v[i]))
			continue;
		struct listed x = {str(v[i].f.v[RW_FC_REVIEW]), str(v[i].f.v[RW_FC_REC_ID]), 0};
		for (size_t k = 0; k < nl; k++)
			if (!strcmp(latest[k].review, x.review))
				x.in_latest = latest[k].doc == v[i].doc;
		u = rw_xgrow(u, &cap, m + 1, sizeof *u);
		u[m++] = x;
	}
	free(latest);
	if (m)
		qsort(u, m, sizeof *u, listed_cmp);
	/* keep one entry per recommendation, and only those left out */
	size_t out = 0;
	for (size_t i = 0; i < m;) {
		size_t j = i;
		int in = 0;
		for (; j < m && !listed_cmp(&u[i], &u[j]); j++)
			in |= u[j].in_latest;
		if (!in)
			u[out++] = u[i];
		i = j;
	}
	*nu = out;
	return u;
}

rw_folder *store_state(sqlite3 *db, const struct state_query *q, rw_record **recs, size_t *n)
{
	size_t nf, nu = 0;
	store_fact *v = store_facts(db, q, &nf);
	struct listed *gone = q->keep_unlisted ? NULL : unlisted(v, nf, &nu);
	rw_folder *fo = rw_folder_new();
	for (size_t i = 0; i < nf; i++) {
		struct listed key = {str(v[i].f.v[RW_FC_REVIEW]), str(v[i].f.v[RW_FC_REC_ID]), 0};
		if (nu && bsearch(&key, gone, nu, sizeof *gone, listed_cmp))
			continue;
		rw_folder_add(fo, &v[i].f);
	}
	free(gone);
	store_facts_free(v, nf);
	*recs = rw_folder_finish(fo, n);
	return fo;
}

int store_write_records(FILE *out, enum rw_format fmt, const rw_record *recs, size_t n)
{
	rw_writer *w = rw_writer_new(out, fmt, rw_record_cols, RW_RC__COUNT);
	int r = 0;
	for (size_t i = 0; i < n && r == 0; i++)
		r = rw_writer_row(w, (const char *const *)recs[i].v);
	return rw_writer_finish(w) != 0 ? -1 : r;
}

char *store_state_tmp(sqlite3 *db, const struct state_query *q)
{
	int fd;
	char *path = rw_tmpfile("recwatch-state", &fd);
	FILE *out = fdopen(fd, "w");
	if (!out)
		rw_die(path, "cannot write: %s", strerror(errno));
	rw_record *recs;
	size_t n;
	rw_folder *fo = store_state(db, q, &recs, &n);
	int r = store_write_records(out, RW_FMT_CSV, recs, n);
	rw_folder_free(fo);
	if (fclose(out) != 0 || r != 0) {
		unlink(path);
		rw_die(path, "cannot write: %s", strerror(errno));
	}
	return path;
}

long long store_before_last_ingest(sqlite3 *db)
{
	sqlite3_stmt *st = store_prepare(db,
		"SELECT coalesce(min(id), 0) FROM document"
		" WHERE ingest = (SELECT max(ingest) FROM document)");
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return id;
}
