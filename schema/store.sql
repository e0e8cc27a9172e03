-- store.sql - the schema of the recwatch snapshot store (rw-store(1)),
-- version 3 (PRAGMA user_version = 3).
--
-- The store is one SQLite file in WAL mode.  rw-store creates it and
-- brings an older one up to date itself (extract/rw-store/db.c holds the
-- same statements as its migrations, version by version, and a test checks
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

-- One document: a second file with the same bytes is skipped, and so
-- is a URL's first body when its bytes are stored already; a URL's later
-- body is a document even when it gave the same bytes before (the page
-- went back to an earlier version, and the state follows it).  id is the
-- ingest order that folding follows.  (Version 3; before it, sha256 was
-- UNIQUE and there was no snapshot column.)
CREATE TABLE document (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,              -- the file name as given on the command line, or the URL
	sha256 TEXT NOT NULL,            -- of the bytes, lower-case hex
	type TEXT NOT NULL,              -- 'html' or 'pdf' (sniffed from the content)
	size INTEGER NOT NULL,           -- bytes
	first_seen TEXT NOT NULL,        -- UTC, YYYY-MM-DDTHH:MM:SSZ (or ingest --seen)
	ingest INTEGER NOT NULL REFERENCES ingest(id),
	snapshot INTEGER UNIQUE REFERENCES snapshot(id) -- the fetch it came from; NULL for a file
);
CREATE INDEX document_by_sha ON document (sha256);

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

-- Version 2: documents fetched from the web (recwatch fetch and watch).
-- A fetched document is a row of `document` too, named by its URL; its
-- bytes are kept in `body`, so that `recwatch reextract` can read it
-- again with newer rules.

-- One URL that was fetched, with what the last attempt gave.
CREATE TABLE url (
	url TEXT PRIMARY KEY,            -- as written in the watch list
	review TEXT,                     -- the review code the watch list gives it
	label TEXT,                      -- the watch list's words about it
	etag TEXT,                       -- validators of the last body fetched,
	last_modified TEXT,              --   sent back to make requests conditional
	checked TEXT,                    -- UTC of the last attempt
	status INTEGER,                  -- its HTTP status; NULL when no answer
	failures INTEGER NOT NULL DEFAULT 0, -- attempts failed in a row (recwatch check)
	error TEXT                       -- why the last attempt failed; NULL when it did not
);

-- Each distinct body fetched, once, by content.
CREATE TABLE body (
	sha256 TEXT PRIMARY KEY,         -- of the bytes as served (after gzip), lower-case hex
	content BLOB NOT NULL
);

-- Each time a URL gave a body other than the one it gave before (an
-- unchanged document, 304 or 200, adds nothing).
CREATE TABLE snapshot (
	id INTEGER PRIMARY KEY,
	url TEXT NOT NULL REFERENCES url(url),
	fetched TEXT NOT NULL,           -- UTC, YYYY-MM-DDTHH:MM:SSZ
	status INTEGER NOT NULL,         -- HTTP status (2xx)
	final_url TEXT,                  -- after redirects
	etag TEXT,
	last_modified TEXT,
	content_type TEXT,               -- as served (the type is sniffed, not taken from it)
	sha256 TEXT NOT NULL REFERENCES body(sha256)
);
CREATE INDEX snapshot_by_url ON snapshot (url, id);
