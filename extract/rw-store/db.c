/* db.c - opening the store, and its schema versions.
 *
 * Every connection runs in WAL mode with a busy timeout, so that readers
 * never block a writer and two writers take turns instead of failing.
 * The schema version lives in PRAGMA user_version; each migration takes
 * the store one version up inside one IMMEDIATE transaction, so that two
 * programs opening an old store at once migrate it once. */
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Long enough for another ingest to commit its batch. */
#define BUSY_TIMEOUT_MS 10000

const char *store_path(const char *path)
{
	if (path)
		return path;
	const char *env = getenv("RECWATCH_DB");
	return env && *env ? env : "recwatch.db";
}

void store_warn(sqlite3 *db, const char *what)
{
	rw_warn(sqlite3_db_filename(db, "main"), "%s: %s", what, sqlite3_errmsg(db));
}

sqlite3_stmt *store_prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		rw_die(sqlite3_db_filename(db, "main"), "cannot prepare a statement: %s",
		       sqlite3_errmsg(db));
	return st;
}

int store_exec(sqlite3 *db, const char *sql)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK)
		return 0;
	store_warn(db, "cannot run the query");
	return -1;
}

void store_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

char *store_col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return rw_xstrdup(s ? (const char *)s : "");
}

/* Switching a new store to WAL needs the file to itself, and SQLite may
 * answer SQLITE_BUSY at once, without its busy handler, while another
 * program opens the same new store: so try again for the busy timeout. */
static int set_wal(sqlite3 *db)
{
	int rc = SQLITE_BUSY;
	for (int waited = 0; waited <= BUSY_TIMEOUT_MS; waited += 20) {
		rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			break;
		sqlite3_sleep(20);
	}
	return rc;
}

/* ---- migrations ------------------------------------------------------ */

/* Version 1: the tables of schema/store.sql (keep the two the same). */
static const char schema_v1[] =
	"CREATE TABLE ingest (\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	started TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE document (\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	name TEXT NOT NULL,\n"
	"	sha256 TEXT NOT NULL UNIQUE,\n"
	"	type TEXT NOT NULL,\n"
	"	size INTEGER NOT NULL,\n"
	"	first_seen TEXT NOT NULL,\n"
	"	ingest INTEGER NOT NULL REFERENCES ingest(id)\n"
	");\n"
	"CREATE TABLE fact (\n"
	"	document INTEGER NOT NULL REFERENCES document(id),\n"
	"	seq INTEGER NOT NULL,\n"
	"	review TEXT NOT NULL,\n"
	"	rec_id TEXT NOT NULL,\n"
	"	field TEXT NOT NULL CHECK (field IN\n"
	"		('board_action', 'status', 'priority', 'description', 'update')),\n"
	"	value TEXT,\n"
	"	raw TEXT,\n"
	"	date TEXT,\n"
	"	locator TEXT,\n"
	"	PRIMARY KEY (document, seq)\n"
	") WITHOUT ROWID;\n"
	"CREATE INDEX fact_by_rec ON fact (review, rec_id, field);\n";

static int migrate_0_to_1(sqlite3 *db) { return store_exec(db, schema_v1); }

/* Version 2: what recwatch fetch and watch keep (schema/store.sql). */
static const char schema_v2[] =
	"CREATE TABLE url (\n"
	"	url TEXT PRIMARY KEY,\n"
	"	review TEXT,\n"
	"	label TEXT,\n"
	"	etag TEXT,\n"
	"	last_modified TEXT,\n"
	"	checked TEXT,\n"
	"	status INTEGER,\n"
	"	failures INTEGER NOT NULL DEFAULT 0,\n"
	"	error TEXT\n"
	");\n"
	"CREATE TABLE body (\n"
	"	sha256 TEXT PRIMARY KEY,\n"
	"	content BLOB NOT NULL\n"
	");\n"
	"CREATE TABLE snapshot (\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	url TEXT NOT NULL REFERENCES url(url),\n"
	"	fetched TEXT NOT NULL,\n"
	"	status INTEGER NOT NULL,\n"
	"	final_url TEXT,\n"
	"	etag TEXT,\n"
	"	last_modified TEXT,\n"
	"	content_type TEXT,\n"
	"	sha256 TEXT NOT NULL REFERENCES body(sha256)\n"
	");\n"
	"CREATE INDEX snapshot_by_url ON snapshot (url, id);\n";

static int migrate_1_to_2(sqlite3 *db) { return store_exec(db, schema_v2); }

/* Version 3: a document may hold bytes stored before (a page that went
 * back to an earlier version is folded again), and a fetched one names
 * its snapshot.  SQLite drops a UNIQUE only by making the table again;
 * the old one is renamed first with the legacy rule, so that fact's
 * reference keeps naming "document", and the stored documents of a URL
 * are tied to the first snapshot that gave their bytes. */
static const char schema_v3[] =
	"PRAGMA legacy_alter_table = ON;\n"
	"ALTER TABLE document RENAME TO document_v2;\n"
	"PRAGMA legacy_alter_table = OFF;\n"
	"CREATE TABLE document (\n"
	"	id INTEGER PRIMARY KEY,\n"
	"	name TEXT NOT NULL,\n"
	"	sha256 TEXT NOT NULL,\n"
	"	type TEXT NOT NULL,\n"
	"	size INTEGER NOT NULL,\n"
	"	first_seen TEXT NOT NULL,\n"
	"	ingest INTEGER NOT NULL REFERENCES ingest(id),\n"
	"	snapshot INTEGER UNIQUE REFERENCES snapshot(id)\n"
	");\n"
	"INSERT INTO document SELECT d.id, d.name, d.sha256, d.type, d.size, d.first_seen,"
	" d.ingest, (SELECT min(s.id) FROM snapshot s WHERE s.url = d.name AND"
	" s.sha256 = d.sha256) FROM document_v2 d;\n"
	"DROP TABLE document_v2;\n"
	"CREATE INDEX document_by_sha ON document (sha256);\n";

static int migrate_2_to_3(sqlite3 *db) { return store_exec(db, schema_v3); }

/* migrations[v] takes a store from version v to v + 1. */
static int (*const migrations[STORE_VERSION])(sqlite3 *) = {
	migrate_0_to_1,
	migrate_1_to_2,
	migrate_2_to_3,
};

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st = store_prepare(db, "PRAGMA user_version");
	int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}

static int set_user_version(sqlite3 *db, int v)
{
	/* PRAGMA takes no parameters; v is our own constant, not data. */
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
	return store_exec(db, sql);
}

/* Brings the store up to STORE_VERSION; returns 0 or -1 (warned). */
static int migrate(sqlite3 *db, const char *path)
{
	if (user_version(db) == STORE_VERSION)
		return 0;
	if (store_exec(db, "BEGIN IMMEDIATE") != 0)
		return -1;
	int v = user_version(db); /* again: another program may have done it */
	if (v < 0 || v > STORE_VERSION) {
		rw_warn(path, "store schema version %d is newer than this rw-store knows (%d)",
			v, STORE_VERSION);
		store_exec(db, "ROLLBACK");
		return -1;
	}
	for (; v < STORE_VERSION; v++)
		if (migrations[v](db) != 0 || set_user_version(db, v + 1) != 0) {
			rw_warn(path, "cannot bring the store from version %d to %d", v, v + 1);
			store_exec(db, "ROLLBACK");
			return -1;
		}
	return store_exec(db, "COMMIT");
}

sqlite3 *store_open(const char *path, int create)
{
	struct stat sb;
	if (!create && stat(path, &sb) != 0) {
		rw_warn(path, "no store here (%s); recwatch ingest makes one", strerror(errno));
		return NULL;
	}
	sqlite3 *db = NULL;
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		rw_warn(path, "cannot open the store: %s", db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
	/* the first statement to read the file: it tells a store from
	 * anything else */
	if (set_wal(db) != SQLITE_OK) {
		rw_warn(path, "not a store, or cannot be used: %s", sqlite3_errmsg(db));
		sqlite3_close(db);
		return NULL;
	}
	/* foreign keys are checked once the schema is the current one: a
	 * migration that makes a table again cannot have them on */
	if (migrate(db, path) != 0 || store_exec(db, "PRAGMA foreign_keys = ON") != 0) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

void store_close(sqlite3 *db)
{
	sqlite3_close(db);
}
