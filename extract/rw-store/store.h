/*
 * store.h - the parts of rw-store, the embedded snapshot store.
 *
 * The store is one SQLite file (schema/store.sql documents its tables).
 * Every command opens it with store_open, which sets WAL mode and a busy
 * timeout and brings an older schema up to date.  Ownership follows
 * rwlib.h: returned pointers belong to the caller.
 */
#ifndef RW_STORE_H
#define RW_STORE_H

#include "rwlib.h"

#include <sqlite3.h>

/* ---- db.c: opening, the schema and its migrations ------------------ */

/* The schema version this program writes (PRAGMA user_version). */
#define STORE_VERSION 3

/* The store to use: path if given, else $RECWATCH_DB, else recwatch.db. */
const char *store_path(const char *path);
/* Opens (creating it when `create`) and migrates the store. Warns and
 * returns NULL when that cannot be done. */
sqlite3 *store_open(const char *path, int create);
void store_close(sqlite3 *db);
/* A prepared statement; dies on a bad statement (a bug, not an input). */
sqlite3_stmt *store_prepare(sqlite3 *db, const char *sql);
/* Runs a statement without parameters or rows; returns 0 or -1 (warned). */
int store_exec(sqlite3 *db, const char *sql);
/* Binds text, or NULL for an empty string. */
void store_bind_text(sqlite3_stmt *st, int i, const char *s);
/* A column as a new string ("" for NULL). */
char *store_col(sqlite3_stmt *st, int i);
/* Warns about the last error of db, naming what was being done. */
void store_warn(sqlite3 *db, const char *what);

/* ---- state.c: facts as they stood, folded into records ------------- */

/* One fact with the document it came from (its id = ingest order). */
typedef struct store_fact {
	rw_fact f;       /* source is the document's name */
	long long doc;
} store_fact;

struct state_query {
	const char *at;      /* YYYY-MM-DD, or NULL for everything */
	long long before;    /* only documents with id < this; 0 = all */
	int keep_unlisted;   /* do not drop what a newer listing left out */
};

/* The facts visible to q, in ingest order. */
store_fact *store_facts(sqlite3 *db, const struct state_query *q, size_t *n);
void store_facts_free(store_fact *v, size_t n);
/* The records as they stood (see rw-store(1), "The folded state").
 * Returns a folder the caller frees; *recs and *n as rw_folder_finish. */
rw_folder *store_state(sqlite3 *db, const struct state_query *q,
		       rw_record **recs, size_t *n);
/* Writes records in fmt to out; returns 0 or -1 on a write error. */
int store_write_records(FILE *out, enum rw_format fmt, const rw_record *recs, size_t n);
/* Writes the state q to a new temporary CSV file; returns its path. */
char *store_state_tmp(sqlite3 *db, const struct state_query *q);
/* The id of the first document of the latest ingest (0 when there is
 * none): the state before that ingest is {.before = it}. */
long long store_before_last_ingest(sqlite3 *db);

/* ---- chain.c: running the filters ----------------------------------- */

/* Runs `rw-diff -f fmt OLD NEW` onto out_fd (-1 = our stdout); returns
 * its exit status. */
int store_run_diff(const char *fmt, const char *old_csv, const char *new_csv, int out_fd);

/* ---- read.c: documents to facts, N chains at once ------------------- */

struct doc {
	const char *name;   /* as given (a fetched document: its URL) */
	const char *path;   /* the file to read, when not name */
	const char *review; /* rw-match --review for this one, else the batch's */
	char sha256[65];
	const char *type;   /* "html" / "pdf" / ... */
	enum rw_doctype kind; /* the same, sniffed */
	long long size;
	long long snapshot; /* a fetched body: its snapshot (0 for a file) */
	int refold;         /* a URL's later body: read and folded even when
			       its bytes are stored already (the page went
			       back to an earlier version) */
	int skip;           /* already stored, or a repeat in this batch */
	int failed;         /* could not be read */
	rw_fact *facts;
	size_t nfacts, cap;
};

struct read_opts {
	int jobs;
	const char *rules, *review;
};

/* Hashes and sniffs a document; returns -1 (warned) when unreadable. */
int store_doc_identify(struct doc *d);
/* Reads every document not skipped through reader | rw-match, up to
 * o->jobs chains at once; fills facts, sets failed. */
void store_read_docs(struct doc *docs, size_t n, const struct read_opts *o);
void store_doc_clear(struct doc *d);

/* ---- ingest.c: a batch of documents into the store ------------------ */

struct ingest_opts {
	struct read_opts read;
	const char *seen;   /* first_seen date instead of now, or NULL */
	int keep_unlisted;
};

/* The stored batch: the state before and after it, as CSV files. */
struct batch {
	char *old_csv, *new_csv;
	int stored;
};

/* Identifies, reads and stores docs in one transaction (documents whose
 * content is stored already are skipped with a note).  Returns
 * RW_EXIT_OK, RW_EXIT_PARTIAL when some could not be read, or
 * RW_EXIT_TROUBLE when nothing could be stored (b is then unusable). */
int store_ingest_docs(sqlite3 *db, struct doc *docs, size_t n, const struct ingest_opts *o,
		struct batch *b);
/* Removes the batch's files. */
void store_batch_clear(struct batch *b);
/* Inserts the facts of d as those of stored document `doc`; 0 or -1. */
int store_insert_facts(sqlite3 *db, sqlite3_int64 doc, const struct doc *d);
/* Loads the rules once, so that a bad file fails before any work. */
int store_rules_ok(const char *rules);
/* Now, UTC, as YYYY-MM-DDTHH:MM:SSZ. */
void store_now_utc(char out[21]);

/* ---- web.c: documents fetched from the web (rw-fetch) --------------- */

/* One line of a watch list. */
struct watch_item {
	char *url;
	char *review; /* the review code it gives, or NULL */
	char *label;  /* the rest of the line, or NULL */
};

/* A fetch of a list: the documents to ingest, and what failed. */
struct web_run {
	char *dir;         /* the bodies, in a temporary directory */
	struct doc *docs;  /* name = the URL, path = its body */
	size_t ndocs;
	size_t failed;     /* URLs that could not be fetched */
};

/* Fetches every item with rw-fetch (fetch_args: its options), keeps the
 * results, and lists the bodies to ingest.  Returns 0, or -1 (warned)
 * when nothing could be kept. */
int store_web_fetch(sqlite3 *db, const struct watch_item *items, size_t n, char *const *fetch_args,
	      struct web_run *run);
void store_web_run_clear(struct web_run *run);
/* list.c: reads a watch list ("-" = standard input); bad lines are
 * warned about and counted in *bad.  NULL (warned) when it cannot be
 * read. */
struct watch_item *store_watch_list_read(const char *path, size_t *n, size_t *bad);
/* The same from an open stream, named name in diagnostics. */
struct watch_item *store_watch_list_stream(FILE *f, const char *name, size_t *n, size_t *bad);
void store_watch_items_free(struct watch_item *v, size_t n);
/* A new temporary directory under $TMPDIR (or /tmp). */
char *store_web_tmpdir(void);
/* The stored body with this hash as file number n of dir; its path, or
 * NULL when no body has that hash. */
char *store_web_body_file(sqlite3 *db, const char *sha, const char *dir, size_t n);

/* ---- commands -------------------------------------------------------- */

int store_cmd_ingest(int argc, char **argv);
int store_cmd_log(int argc, char **argv);
int store_cmd_state(int argc, char **argv);
int store_cmd_check(int argc, char **argv);
int store_cmd_report(int argc, char **argv);
int store_cmd_fetch(int argc, char **argv);
int store_cmd_watch(int argc, char **argv);
int store_cmd_reextract(int argc, char **argv);

/* The options of commands that only read the store: --db FILE and
 * -f FORMAT (text by default).  Returns the format, or -1 after printing
 * cmd_usage (an unknown option); an unknown format dies naming cmd. */
int store_read_options(int argc, char **argv, const char *cmd, const char *cmd_usage,
		     const char **db_path);

/* A date option must be YYYY-MM-DD; dies otherwise. */
void store_need_iso_date(const char *opt, const char *s);

#endif
