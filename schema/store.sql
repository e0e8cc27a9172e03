-- store.sql - the schema of the recwatch snapshot store (rw-store(1)),
-- version 1 (PRAGMA user_version = 1).
--
-- The store is one SQLite file in WAL mode.  rw-store creates it and
-- brings an older one up to date itself (extract/rw-store/db.c holds the
-- same statements as its migration from version 0 to 1, and a test checks
-- that the two agree); this file is the documentation for anyone who
-- queries the store with other tools, e.g.
--
--   sqlite3 recwatch.db "SELECT name, first_seen FROM document"
--
-- Empty values are NULL, never ''.  Dates are ISO 8601 text, which
-- orders correctly as text.

-- One run of `recwatch ingest` that stored at least one document.
CREATE TABLE ingest (
	id INTEGER PRIMARY KEY,          -- in the order the ingests committed
	started TEXT NOT NULL            -- UTC, YYYY-MM-DDTHH:MM:SSZ
);

-- One document, stored once per content: a second file with the same
-- bytes is skipped.  id is the ingest order that folding follows.
CREATE TABLE document (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,              -- the file name as given on the command line
	sha256 TEXT NOT NULL UNIQUE,     -- of the bytes, lower-case hex
	type TEXT NOT NULL,              -- 'html' or 'pdf' (sniffed from the content)
	size INTEGER NOT NULL,           -- bytes
	first_seen TEXT NOT NULL,        -- UTC, YYYY-MM-DDTHH:MM:SSZ (or ingest --seen)
	ingest INTEGER NOT NULL REFERENCES ingest(id)
);

-- One fact that rw-match found in a document (schema/fact.schema.json);
-- its source is the document's name.
CREATE TABLE fact (
	document INTEGER NOT NULL REFERENCES document(id),
	seq INTEGER NOT NULL,            -- order of the fact within its document
	review TEXT NOT NULL,
	rec_id TEXT NOT NULL,
	field TEXT NOT NULL CHECK (field IN
		('board_action', 'status', 'priority', 'description', 'update')),
	value TEXT,
	raw TEXT,
	date TEXT,                       -- YYYY-MM-DD, NULL when the document does not say
	locator TEXT,
	PRIMARY KEY (document, seq)
) WITHOUT ROWID;

-- Timelines (recwatch log) and consistency checks look facts up by
-- recommendation.
CREATE INDEX fact_by_rec ON fact (review, rec_id, field);
