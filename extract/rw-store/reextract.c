/* reextract.c - recwatch reextract: reads the kept bodies of fetched
 * documents again, with the rules of today, and replaces their facts.
 *
 * Documents keep their ids, so the folded state keeps its order; only
 * their facts change.  The bodies are read first, without holding the
 * store; then one IMMEDIATE transaction swaps the facts of every document
 * that was read, and the states before and after it are compared as
 * ingest does.  A document that cannot be read keeps its old facts. */
#include "store.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: recwatch reextract [--db FILE] [-f text|csv|json|jsonl] [-j N] [--rules FILE]\n"
	"                          [--keep-unlisted] [URL...]\n";

struct stored_doc {
	long long id;
	struct doc d;
};

static const char docs_sql[] =
	"SELECT d.id, d.name, d.sha256, u.review FROM document d"
	" JOIN body b ON b.sha256 = d.sha256 LEFT JOIN url u ON u.url = d.name"
	" ORDER BY d.id";

/* Whether name is one of the URLs asked for (all when there are none). */
static int asked(char **urls, int n, const char *name, unsigned char *found)
{
	if (n == 0)
		return 1;
	for (int i = 0; i < n; i++)
		if (!strcmp(urls[i], name))
			return found[i] = 1;
	return 0;
}

/* The documents with a kept body, spooled into dir. */
static struct stored_doc *stored_docs(sqlite3 *db, char **urls, int nurls, const char *dir,
				      size_t *n)
{
	struct stored_doc *v = NULL;
	size_t cap = 0;
	*n = 0;
	unsigned char *found = rw_xcalloc((size_t)nurls + 1, 1);
	sqlite3_stmt *st = store_prepare(db, docs_sql);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char *name = store_col(st, 1);
		if (!asked(urls, nurls, name, found)) {
			free(name);
			continue;
		}
		v = rw_xgrow(v, &cap, *n + 1, sizeof *v);
		struct stored_doc *s = &v[(*n)++];
		memset(s, 0, sizeof *s);
		s->id = sqlite3_column_int64(st, 0);
		s->d.name = name;
		char *sha = store_col(st, 2);
		s->d.path = store_web_body_file(db, sha, dir, *n);
		free(sha);
		s->d.review = sqlite3_column_type(st, 3) == SQLITE_NULL ? NULL : store_col(st, 3);
	}
	sqlite3_finalize(st);
	for (int i = 0; i < nurls; i++)
		if (!found[i])
			rw_warn(urls[i], "no fetched body of it is kept in the store");
	free(found);
	return v;
}

static void stored_docs_free(struct stored_doc *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		store_doc_clear(&v[i].d);
		if (v[i].d.path)
			unlink(v[i].d.path);
		free((char *)v[i].d.name);
		free((char *)v[i].d.path);
		free((char *)v[i].d.review);
	}
	free(v);
}

/* Swaps the facts of the documents read; 0 or -1 (rolled back). */
static int swap_facts(sqlite3 *db, struct stored_doc *v, size_t n, int keep_unlisted,
		      struct batch *b)
{
	if (store_exec(db, "BEGIN IMMEDIATE") != 0)
		return -1;
	b->old_csv = store_state_tmp(db, &(struct state_query){.keep_unlisted = keep_unlisted});
	sqlite3_stmt *del = store_prepare(db, "DELETE FROM fact WHERE document = ?");
	int ok = 1;
	for (size_t i = 0; i < n && ok; i++) {
		if (v[i].d.failed || !v[i].d.path)
			continue;
		sqlite3_bind_int64(del, 1, v[i].id);
		ok = sqlite3_step(del) == SQLITE_DONE && store_insert_facts(db, v[i].id, &v[i].d) == 0;
		sqlite3_reset(del);
		b->stored += ok;
	}
	sqlite3_finalize(del);
	b->new_csv = store_state_tmp(db, &(struct state_query){.keep_unlisted = keep_unlisted});
	if (!ok || store_exec(db, "COMMIT") != 0) {
		store_warn(db, "facts not replaced");
		store_exec(db, "ROLLBACK");
		return -1;
	}
	return 0;
}

int store_cmd_reextract(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},    {"format", required_argument, NULL, 'f'},
		{"jobs", required_argument, NULL, 'j'},  {"rules", required_argument, NULL, 'r'},
		{"keep-unlisted", no_argument, NULL, 'k'}, {NULL, 0, NULL, 0},
	};
	const char *db_path = NULL, *format = "text";
	struct read_opts ro = {.jobs = 1};
	int keep_unlisted = 0;
	for (int c; (c = getopt_long(argc, argv, "f:j:", opts, NULL)) != -1;) {
		char *end;
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'f': format = optarg; break;
		case 'j':
			ro.jobs = (int)strtol(optarg, &end, 10);
			if (*end || ro.jobs < 1 || ro.jobs > 256)
				rw_die(NULL, "-j needs a number of chains from 1 to 256, not '%s'", optarg);
			break;
		case 'r': ro.rules = optarg; break;
		case 'k': keep_unlisted = 1; break;
		default: rw_usage_error(usage, NULL); return RW_DIFF_TROUBLE;
		}
	}
	if (rw_format_parse(format) < 0)
		rw_die(NULL, "unknown format '%s' for reextract (text, csv, json or jsonl)", format);
	if (!store_rules_ok(ro.rules))
		return RW_DIFF_TROUBLE;
	sqlite3 *db = store_open(store_path(db_path), 0);
	if (!db)
		return RW_DIFF_TROUBLE;
	char *dir = store_web_tmpdir();
	size_t n;
	struct stored_doc *v = stored_docs(db, argv + optind, argc - optind, dir, &n);
	struct doc *docs = rw_xcalloc(n ? n : 1, sizeof *docs);
	for (size_t i = 0; i < n; i++) {
		v[i].d.failed = !v[i].d.path || store_doc_identify(&v[i].d) != 0;
		docs[i] = v[i].d;
	}
	store_read_docs(docs, n, &ro);
	size_t failed = 0;
	for (size_t i = 0; i < n; i++) {
		v[i].d = docs[i];
		failed += v[i].d.failed;
	}
	free(docs);
	struct batch b = {0};
	int status = RW_DIFF_TROUBLE;
	if (swap_facts(db, v, n, keep_unlisted, &b) == 0)
		status = store_run_diff(format, b.old_csv, b.new_csv, -1);
	if (n && failed == n)
		status = RW_DIFF_TROUBLE;
	store_batch_clear(&b);
	stored_docs_free(v, n);
	rmdir(dir);
	free(dir);
	store_close(db);
	return status;
}
