/* web.c - documents from the web into the store, for recwatch fetch and
 * watch.
 *
 * One rw-fetch runs for the whole list (it keeps the pause between two
 * requests to a host, and reuses connections), asked conditionally with
 * the validators of the last body each URL gave.  Its results are kept in
 * one transaction: the URL's last attempt (and failures in a row), each
 * new body once by content, and a snapshot row when a URL's body differs
 * from its previous one.  The documents to ingest are then the URLs'
 * latest snapshots that are not yet documents of the store - a body kept
 * by a run whose ingest failed is ingested by the next one.  A page that
 * goes back to a body it gave before is read and folded again, as a
 * document of its own, so that the state follows the page back. */
#include "store.h"

#include <errno.h>
#include <glib.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The largest body kept, in bytes: SQLite binds a blob's length as an
 * int (rw-fetch's own cap is far below). */
#define BODY_MAX_BYTES ((size_t)INT_MAX)
/* A result line of rw-fetch longer than this (bytes) is not one: a URL,
 * validators and an error message fit many times over. */
#define RESULT_LINE_MAX 65536

/* ---- the requests and the results ----------------------------------- */

/* What the store knows of url: the validators of its last body. */
static json_t *request_for(sqlite3 *db, const char *url)
{
	json_t *o = json_pack("{s:s}", "url", url);
	sqlite3_stmt *st = store_prepare(db, "SELECT etag, last_modified FROM url WHERE url = ?");
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		for (int i = 0; i < 2; i++)
			if (sqlite3_column_type(st, i) == SQLITE_TEXT)
				json_object_set_new(o, i ? "last_modified" : "etag",
						    json_string((const char *)sqlite3_column_text(st, i)));
	sqlite3_finalize(st);
	return o;
}

/* Writes the requests as JSON Lines into a new file of dir; its fd. */
static int write_requests(sqlite3 *db, const struct watch_item *items, size_t n, const char *dir)
{
	char *path = rw_xasprintf("%s/requests", dir);
	FILE *f = fopen(path, "w+e");
	if (!f)
		rw_die(path, "cannot create: %s", strerror(errno));
	for (size_t i = 0; i < n; i++) {
		json_t *o = request_for(db, items[i].url);
		if (json_dumpf(o, f, JSON_COMPACT) != 0 || fputc('\n', f) == EOF)
			rw_die(path, "cannot write: %s", strerror(errno));
		json_decref(o);
	}
	if (fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0)
		rw_die(path, "cannot write: %s", strerror(errno));
	int fd = dup(fileno(f));
	fclose(f);
	free(path);
	return fd;
}

struct result {
	json_t *o;
	const char *error, *file;
	long status;
};

static const char *member(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Runs rw-fetch over the requests; fills res[0..n) in request order.
 * Returns 0, or -1 (warned) when rw-fetch did not answer for each. */
static int run_fetch(int requests, char *const *fetch_args, const char *dir, const struct watch_item *items,
		     struct result *res, size_t n)
{
	int out;
	char *out_path = rw_tmpfile("recwatch-fetched", &out);
	unlink(out_path);
	free(out_path);
	size_t nargs = 0;
	while (fetch_args && fetch_args[nargs])
		nargs++;
	char **argv = rw_xcalloc(nargs + 4, sizeof *argv);
	argv[0] = "rw-fetch";
	if (nargs)
		memcpy(argv + 1, fetch_args, nargs * sizeof *argv);
	argv[nargs + 1] = "-d";
	argv[nargs + 2] = (char *)dir;
	rw_wait(rw_spawn(argv, requests, out), "rw-fetch");
	free(argv);
	FILE *in = lseek(out, 0, SEEK_SET) == 0 ? fdopen(out, "r") : NULL;
	if (!in)
		rw_die(NULL, "cannot read the results of rw-fetch: %s", strerror(errno));
	char *line = NULL;
	size_t cap = 0, got = 0;
	ssize_t len;
	while (got < n && (len = getline(&line, &cap, in)) >= 0) {
		json_t *o = len <= RESULT_LINE_MAX ? json_loadb(line, (size_t)len, 0, NULL) : NULL;
		const char *url = o ? member(o, "url") : NULL;
		if (!url || strcmp(url, items[got].url)) {
			json_decref(o);
			break;
		}
		res[got] = (struct result){o, member(o, "error"), member(o, "file"),
					   (long)json_integer_value(json_object_get(o, "status"))};
		got++;
	}
	free(line);
	fclose(in);
	if (got < n)
		rw_warn(NULL, "rw-fetch gave %zu results for %zu URLs; nothing of this run is kept", got, n);
	return got == n ? 0 : -1;
}

/* ---- keeping them --------------------------------------------------- */

static int step_done(sqlite3 *db, sqlite3_stmt *st, const char *what)
{
	int ok = sqlite3_step(st) == SQLITE_DONE;
	if (!ok)
		store_warn(db, what);
	sqlite3_finalize(st);
	return ok ? 0 : -1;
}

/* The attempt, into the url row; failures count up or start again. */
static int keep_attempt(sqlite3 *db, const struct watch_item *it, const struct result *r,
			const char *now)
{
	sqlite3_stmt *st = store_prepare(db,
		"INSERT INTO url (url, review, label, checked, status, failures, error)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6 IS NOT NULL, ?6)"
		" ON CONFLICT (url) DO UPDATE SET review = ?2, label = ?3, checked = ?4, status = ?5,"
		"  failures = CASE WHEN ?6 IS NULL THEN 0 ELSE failures + 1 END, error = ?6");
	sqlite3_bind_text(st, 1, it->url, -1, SQLITE_STATIC);
	store_bind_text(st, 2, it->review);
	store_bind_text(st, 3, it->label);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_STATIC);
	if (r->status)
		sqlite3_bind_int64(st, 5, r->status);
	store_bind_text(st, 6, r->error);
	if (step_done(db, st, "cannot keep a fetch") != 0)
		return -1;
	if (r->error)
		return 0;
	/* a 304 may bring newer validators for the same body */
	st = store_prepare(db, "UPDATE url SET etag = ?2, last_modified = ?3 WHERE url = ?1");
	sqlite3_bind_text(st, 1, it->url, -1, SQLITE_STATIC);
	store_bind_text(st, 2, member(r->o, "etag"));
	store_bind_text(st, 3, member(r->o, "last_modified"));
	return step_done(db, st, "cannot keep the validators");
}

/* The sha256 of url's latest snapshot, or NULL. */
static char *latest_body(sqlite3 *db, const char *url)
{
	sqlite3_stmt *st = store_prepare(db,
		"SELECT sha256 FROM snapshot WHERE url = ? ORDER BY id DESC LIMIT 1");
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	char *sha = sqlite3_step(st) == SQLITE_ROW ? store_col(st, 0) : NULL;
	sqlite3_finalize(st);
	return sha;
}

static int keep_body(sqlite3 *db, const char *sha, const char *data, size_t len)
{
	sqlite3_stmt *st = store_prepare(db,
		"INSERT INTO body (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING");
	sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 2, data, (int)len, SQLITE_STATIC);
	return step_done(db, st, "cannot keep a body");
}

static int keep_snapshot(sqlite3 *db, const char *url, const struct result *r, const char *sha,
			 const char *now)
{
	sqlite3_stmt *st = store_prepare(db,
		"INSERT INTO snapshot (url, fetched, status, final_url, etag, last_modified,"
		" content_type, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, r->status);
	store_bind_text(st, 4, member(r->o, "final_url"));
	store_bind_text(st, 5, member(r->o, "etag"));
	store_bind_text(st, 6, member(r->o, "last_modified"));
	store_bind_text(st, 7, member(r->o, "content_type"));
	sqlite3_bind_text(st, 8, sha, -1, SQLITE_STATIC);
	return step_done(db, st, "cannot keep a snapshot");
}

/* The body rw-fetch wrote, once, and a snapshot when it is new for url. */
static int keep_fetched(sqlite3 *db, const struct watch_item *it, const struct result *r,
			const char *now)
{
	size_t len;
	char *data = rw_read_file(r->file, BODY_MAX_BYTES, &len);
	if (!data) {
		rw_warn(r->file, "cannot read a fetched body: %s", strerror(errno));
		return -1;
	}
	char *sha = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
	char *last = latest_body(db, it->url);
	int rc = keep_body(db, sha, data, len);
	if (rc == 0 && (!last || strcmp(last, sha)))
		rc = keep_snapshot(db, it->url, r, sha, now);
	free(last);
	g_free(sha);
	free(data);
	return rc;
}

static int keep_results(sqlite3 *db, const struct watch_item *items, const struct result *res,
			size_t n)
{
	char now[21];
	store_now_utc(now);
	if (store_exec(db, "BEGIN IMMEDIATE") != 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		rc = keep_attempt(db, &items[i], &res[i], now);
		if (rc == 0 && !res[i].error && res[i].file)
			rc = keep_fetched(db, &items[i], &res[i], now);
	}
	if (rc != 0 || store_exec(db, "COMMIT") != 0) {
		store_exec(db, "ROLLBACK");
		return -1;
	}
	return 0;
}

/* ---- what to ingest ------------------------------------------------- */

/* The body with this hash into a new file of dir; its path. */
char *store_web_body_file(sqlite3 *db, const char *sha, const char *dir, size_t n)
{
	sqlite3_stmt *st = store_prepare(db, "SELECT content FROM body WHERE sha256 = ?");
	sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
	char *path = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		path = rw_xasprintf("%s/body-%zu", dir, n);
		const void *blob = sqlite3_column_blob(st, 0);
		if (rw_write_atomic(path, blob ? blob : "", (size_t)sqlite3_column_bytes(st, 0)) != 0)
			rw_die(path, "cannot spool a stored body");
	}
	sqlite3_finalize(st);
	return path;
}

/* A URL's latest snapshot: its id, its body, and whether the URL gave
 * another body before it. */
struct latest {
	sqlite3_int64 id;
	char *sha;
	int later;
};

static int latest_snapshot(sqlite3 *db, const char *url, struct latest *l)
{
	sqlite3_stmt *st = store_prepare(db,
		"SELECT id, sha256, id > (SELECT min(id) FROM snapshot WHERE url = ?1)"
		" FROM snapshot WHERE url = ?1 ORDER BY id DESC LIMIT 1");
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		l->id = sqlite3_column_int64(st, 0);
		l->sha = store_col(st, 1);
		l->later = sqlite3_column_int(st, 2);
	}
	sqlite3_finalize(st);
	return found;
}

static int has_row(sqlite3 *db, const char *sql, const char *text, sqlite3_int64 id)
{
	sqlite3_stmt *st = store_prepare(db, sql);
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 1, id);
	int yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return yes;
}

/* Whether a snapshot is to be read and folded: not yet a document; and
 * a URL's first body is not read when the same bytes are a document
 * already (two URLs of one page, a file ingested before), while a later
 * body always is, even one the URL gave before (the page went back). */
static int pending(sqlite3 *db, const struct latest *l)
{
	if (has_row(db, "SELECT 1 FROM document WHERE snapshot = ?", NULL, l->id))
		return 0;
	return l->later || !has_row(db, "SELECT 1 FROM document WHERE sha256 = ?", l->sha, 0);
}

/* The latest snapshots of the items that are no documents yet, in list
 * order (the order the store folds them in). */
static void pending_docs(sqlite3 *db, const struct watch_item *items, size_t n, struct web_run *run)
{
	run->docs = rw_xcalloc(n ? n : 1, sizeof *run->docs);
	for (size_t i = 0; i < n; i++) {
		struct latest l = {0};
		if (latest_snapshot(db, items[i].url, &l) && pending(db, &l)) {
			struct doc *d = &run->docs[run->ndocs];
			d->name = items[i].url;
			d->review = items[i].review;
			d->snapshot = l.id;
			d->refold = l.later;
			d->path = store_web_body_file(db, l.sha, run->dir, run->ndocs);
			if (d->path)
				run->ndocs++;
		}
		free(l.sha);
	}
}

char *store_web_tmpdir(void)
{
	char *dir = rw_xasprintf("%s/recwatch-fetch.XXXXXX", rw_tmpdir());
	if (!mkdtemp(dir))
		rw_die(dir, "cannot make a temporary directory: %s", strerror(errno));
	return dir;
}

int store_web_fetch(sqlite3 *db, const struct watch_item *items, size_t n, char *const *fetch_args,
	      struct web_run *run)
{
	memset(run, 0, sizeof *run);
	run->dir = store_web_tmpdir();
	struct result *res = rw_xcalloc(n ? n : 1, sizeof *res);
	int requests = write_requests(db, items, n, run->dir);
	int rc = run_fetch(requests, fetch_args, run->dir, items, res, n);
	close(requests);
	if (rc == 0)
		rc = keep_results(db, items, res, n);
	for (size_t i = 0; i < n; i++) {
		run->failed += rc == 0 && res[i].error != NULL;
		json_decref(res[i].o);
	}
	free(res);
	if (rc == 0)
		pending_docs(db, items, n, run);
	return rc;
}

void store_web_run_clear(struct web_run *run)
{
	for (size_t i = 0; i < run->ndocs; i++) {
		store_doc_clear(&run->docs[i]);
		free((char *)run->docs[i].path);
	}
	free(run->docs);
	if (run->dir) {
		/* rw-fetch's bodies and ours: files of one level, made here */
		GDir *d = g_dir_open(run->dir, 0, NULL);
		for (const char *name; d && (name = g_dir_read_name(d));) {
			char *p = rw_xasprintf("%s/%s", run->dir, name);
			unlink(p);
			free(p);
		}
		if (d)
			g_dir_close(d);
		rmdir(run->dir);
	}
	free(run->dir);
	memset(run, 0, sizeof *run);
}
