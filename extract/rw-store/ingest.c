/* ingest.c - recwatch ingest: store documents and their facts, then print
 * what changed in the folded state.
 *
 * The documents are read first, without holding the store (that is the
 * slow part, and may run in parallel); then one IMMEDIATE transaction
 * stores the whole batch, so that a crash leaves the store as it was and
 * a second ingest waits for its turn.  The states before and after are
 * taken inside that transaction and compared by rw-diff once it is
 * committed. */
#include "store.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *db_path, *format = "text";
static struct ingest_opts iopts = {.read = {.jobs = 1}};

/* The test hook RECWATCH_TEST_DIE_AFTER=N: the process kills itself
 * after storing N documents of the batch, before committing. */
static long die_after = -1;

void store_now_utc(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The name of a stored document with this content, or NULL. */
static char *stored_as(sqlite3 *db, const char *sha256)
{
	sqlite3_stmt *st = store_prepare(db, "SELECT name FROM document WHERE sha256 = ?");
	store_bind_text(st, 1, sha256);
	char *name = sqlite3_step(st) == SQLITE_ROW ? store_col(st, 0) : NULL;
	sqlite3_finalize(st);
	return name;
}

static void note_skip(struct doc *d, const char *as)
{
	rw_warn(d->name, "already ingested (same content as %s)", as);
	d->skip = 1;
}

/* Hashes every document and marks the ones already stored or repeated
 * in the batch (never a body to fold again); returns
 * the number that could not be read. */
static int identify_all(sqlite3 *db, struct doc *docs, size_t n)
{
	int failed = 0;
	for (size_t i = 0; i < n; i++) {
		if (store_doc_identify(&docs[i]) != 0) {
			docs[i].failed = 1;
			failed++;
			continue;
		}
		if (docs[i].refold)
			continue;
		for (size_t j = 0; j < i && !docs[i].skip; j++)
			if (!docs[j].failed && !strcmp(docs[j].sha256, docs[i].sha256))
				note_skip(&docs[i], docs[j].name);
		char *as = docs[i].skip ? NULL : stored_as(db, docs[i].sha256);
		if (as)
			note_skip(&docs[i], as);
		free(as);
	}
	return failed;
}

int store_insert_facts(sqlite3 *db, sqlite3_int64 doc, const struct doc *d)
{
	sqlite3_stmt *st = store_prepare(db,
		"INSERT INTO fact (document, seq, review, rec_id, field, value, raw, date, locator)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	int rc = SQLITE_DONE;
	for (size_t i = 0; i < d->nfacts && rc == SQLITE_DONE; i++) {
		char *const *v = d->facts[i].v;
		sqlite3_bind_int64(st, 1, doc);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i + 1);
		sqlite3_bind_text(st, 3, v[RW_FC_REVIEW] ? v[RW_FC_REVIEW] : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, v[RW_FC_REC_ID], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, v[RW_FC_FIELD], -1, SQLITE_STATIC);
		store_bind_text(st, 6, v[RW_FC_VALUE]);
		store_bind_text(st, 7, v[RW_FC_RAW]);
		store_bind_text(st, 8, v[RW_FC_DATE]);
		store_bind_text(st, 9, v[RW_FC_LOCATOR]);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE)
		store_warn(db, "cannot store a fact");
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Stores one document; 1 stored, 0 skipped (same content stored by
 * another ingest meanwhile), -1 on an error. */
static int insert_doc(sqlite3 *db, sqlite3_int64 ingest, const char *when, struct doc *d)
{
	char *as = d->refold ? NULL : stored_as(db, d->sha256);
	if (as) {
		note_skip(d, as);
		free(as);
		return 0;
	}
	sqlite3_stmt *st = store_prepare(db,
		"INSERT INTO document (name, sha256, type, size, first_seen, ingest, snapshot)"
		" VALUES (?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_text(st, 1, d->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, d->sha256, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d->type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, d->size);
	sqlite3_bind_text(st, 5, when, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, ingest);
	if (d->snapshot)
		sqlite3_bind_int64(st, 7, d->snapshot);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_warn(db, "cannot store a document");
		return -1;
	}
	return store_insert_facts(db, sqlite3_last_insert_rowid(db), d) == 0 ? 1 : -1;
}

static sqlite3_int64 next_doc_id(sqlite3 *db)
{
	sqlite3_stmt *st = store_prepare(db, "SELECT coalesce(max(id), 0) + 1 FROM document");
	sqlite3_int64 id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 1;
	sqlite3_finalize(st);
	return id;
}

/* Stores the batch in one transaction; returns 0 or -1 (rolled back). */
static int store_batch(sqlite3 *db, struct doc *docs, size_t n, const struct ingest_opts *o,
		       struct batch *b)
{
	const char *seen = o->seen;
	int keep_unlisted = o->keep_unlisted;
	char when[21];
	store_now_utc(when);
	if (store_exec(db, "BEGIN IMMEDIATE") != 0)
		return -1;
	struct state_query before = {.before = next_doc_id(db), .keep_unlisted = keep_unlisted};
	b->old_csv = store_state_tmp(db, &before);
	sqlite3_stmt *st = store_prepare(db, "INSERT INTO ingest (started) VALUES (?)");
	sqlite3_bind_text(st, 1, when, -1, SQLITE_STATIC);
	int ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_finalize(st);
	sqlite3_int64 ingest = sqlite3_last_insert_rowid(db);
	char *first_seen = seen ? rw_xasprintf("%sT00:00:00Z", seen) : rw_xstrdup(when);
	for (size_t i = 0; ok && i < n; i++) {
		if (docs[i].skip || docs[i].failed)
			continue;
		int r = insert_doc(db, ingest, first_seen, &docs[i]);
		ok = r >= 0;
		b->stored += r > 0;
		if (ok && r > 0 && b->stored == die_after)
			raise(SIGKILL);
	}
	free(first_seen);
	b->new_csv = store_state_tmp(db, &(struct state_query){.keep_unlisted = keep_unlisted});
	/* an ingest that stored nothing leaves no trace */
	if (!ok || !b->stored) {
		store_exec(db, "ROLLBACK");
		return ok ? 0 : -1;
	}
	if (store_exec(db, "COMMIT") != 0) {
		store_exec(db, "ROLLBACK");
		return -1;
	}
	return 0;
}

static const char usage[] =
	"usage: recwatch ingest [--db FILE] [-j N] [-f text|csv|json|jsonl] [--rules FILE]\n"
	"                       [--review CODE] [--seen DATE] [--keep-unlisted] DOC...\n";

static int parse(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},     {"jobs", required_argument, NULL, 'j'},
		{"format", required_argument, NULL, 'f'}, {"rules", required_argument, NULL, 'r'},
		{"review", required_argument, NULL, 'R'}, {"seen", required_argument, NULL, 's'},
		{"keep-unlisted", no_argument, NULL, 'k'}, {NULL, 0, NULL, 0},
	};
	for (int c; (c = getopt_long(argc, argv, "j:f:", opts, NULL)) != -1;) {
		char *end;
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'j':
			iopts.read.jobs = (int)strtol(optarg, &end, 10);
			if (*end || iopts.read.jobs < 1 || iopts.read.jobs > 256)
				rw_die(NULL, "-j needs a number of chains from 1 to 256, not '%s'", optarg);
			break;
		case 'f': format = optarg; break;
		case 'r': iopts.read.rules = optarg; break;
		case 'R': iopts.read.review = optarg; break;
		case 's': store_need_iso_date("--seen", optarg); iopts.seen = optarg; break;
		case 'k': iopts.keep_unlisted = 1; break;
		default: rw_usage_error(usage, NULL); return -1;
		}
	}
	if (rw_format_parse(format) < 0)
		rw_die(NULL, "unknown format '%s' for ingest (text, csv, json or jsonl)", format);
	if (optind >= argc) {
		rw_warn(NULL, "ingest needs at least one document (or - for standard input)");
		rw_usage_error(usage, NULL);
		return -1;
	}
	const char *die = getenv("RECWATCH_TEST_DIE_AFTER");
	if (die && *die)
		die_after = strtol(die, NULL, 10);
	return 0;
}

int store_rules_ok(const char *rules)
{
	char *path = rw_rules_path(rules);
	rw_rules *r = rw_rules_load(path);
	free(path);
	int ok = r != NULL;
	rw_rules_free(r);
	return ok;
}

int store_ingest_docs(sqlite3 *db, struct doc *docs, size_t n, const struct ingest_opts *o,
		struct batch *b)
{
	int status = identify_all(db, docs, n) ? RW_EXIT_PARTIAL : RW_EXIT_OK;
	store_read_docs(docs, n, &o->read);
	for (size_t i = 0; i < n; i++)
		if (docs[i].failed)
			status = RW_EXIT_PARTIAL;
	if (store_batch(db, docs, n, o, b) != 0) {
		rw_warn(sqlite3_db_filename(db, "main"), "nothing stored");
		status = RW_EXIT_TROUBLE;
	}
	return status;
}

void store_batch_clear(struct batch *b)
{
	if (b->old_csv)
		unlink(b->old_csv);
	if (b->new_csv)
		unlink(b->new_csv);
	free(b->old_csv);
	free(b->new_csv);
	memset(b, 0, sizeof *b);
}

int store_cmd_ingest(int argc, char **argv)
{
	if (parse(argc, argv) != 0 || !store_rules_ok(iopts.read.rules))
		return RW_EXIT_TROUBLE;
	sqlite3 *db = store_open(store_path(db_path), 1);
	if (!db)
		return RW_EXIT_TROUBLE;
	size_t n = (size_t)(argc - optind);
	struct doc *docs = rw_xcalloc(n, sizeof *docs);
	for (size_t i = 0; i < n; i++)
		docs[i].name = argv[optind + i];
	struct batch b = {0};
	int status = store_ingest_docs(db, docs, n, &iopts, &b);
	if (status != RW_EXIT_TROUBLE && store_run_diff(format, b.old_csv, b.new_csv, -1) == RW_DIFF_TROUBLE)
		status = RW_EXIT_TROUBLE;
	store_batch_clear(&b);
	for (size_t i = 0; i < n; i++)
		store_doc_clear(&docs[i]);
	free(docs);
	store_close(db);
	return status;
}
