/*
 * rwlib.h - the small library every recwatch filter shares.
 *
 * Ownership, once for the whole header: a function that returns a
 * non-const pointer hands it to the caller, who frees it (rw_*_free for
 * structures, free() for strings).  A function that takes a structure
 * pointer only borrows it.  Strings inside a structure belong to the
 * structure and go with its rw_*_clear / rw_*_free.  Every allocation goes
 * through the rw_x* wrappers, which never return NULL (they exit with
 * RW_EXIT_TROUBLE when memory runs out).
 *
 * Sections follow the files of extract/lib/.
 */
#ifndef RWLIB_H
#define RWLIB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define RW_VERSION "0.1.0"

/* An ISO 8601 date, YYYY-MM-DD: its length in bytes, and the size of a
 * buffer that holds one with its NUL. */
#define RW_ISO_DATE_LEN 10
#define RW_ISO_DATE_SIZE (RW_ISO_DATE_LEN + 1)
/* The columns of a recommendation table that are read, at most: real ones
 * have a dozen; the column map of a table is a fixed array.  Columns past
 * it are left out with a line on stderr. */
#define RW_MAX_COLS 64

/* Exit statuses (recwatch(1), EXIT STATUS). diff(1)-like ones for rw-diff. */
enum rw_exit {
	RW_EXIT_OK = 0,      /* every input read */
	RW_EXIT_PARTIAL = 1, /* some inputs failed, the rest were processed */
	RW_EXIT_TROUBLE = 2, /* usage error, or nothing could be done */
};
enum rw_diff_exit {
	RW_DIFF_SAME = 0,
	RW_DIFF_CHANGED = 1,
	RW_DIFF_TROUBLE = 2,
};

/* ---- util.c: allocation, diagnostics, strings ---------------------- */

void *rw_xmalloc(size_t n);
void *rw_xcalloc(size_t n, size_t size);
void *rw_xrealloc(void *p, size_t n);
/* realloc for arrays: grows *cap geometrically so that n items fit */
void *rw_xgrow(void *p, size_t *cap, size_t n, size_t size);
char *rw_xstrdup(const char *s);
char *rw_xstrndup(const char *s, size_t n);
char *rw_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "PROGRAM: FILE: message" on stderr; FILE may be NULL.  PROGRAM is
 * "recwatch" until rw_set_program (or rw_std_options) names the filter. */
void rw_warn(const char *file, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rw_vwarn(const char *file, const char *fmt, va_list ap);
/* rw_warn, then exit(RW_EXIT_TROUBLE). */
void rw_die(const char *file, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

/* The longest program name messages carry, in bytes with the NUL. */
#define RW_PROGRAM_MAX 64
/* The environment variable naming the program messages carry, whatever
 * rw_set_program is told: the driver sets it to "recwatch" for the
 * filters it runs. */
#define RW_PROGRAM_ENV "RECWATCH_PROGRAM"
void rw_set_program(const char *name);
/* usage.c: rw_set_program with the word after "usage: " in usage. */
void rw_set_program_from_usage(const char *usage);

/* Flushes and closes stdout; on a write error warns and returns
 * RW_EXIT_TROUBLE, otherwise returns status unchanged. Call last. */
int rw_finish_stdout(int status);

/* Standard --help / --version handling for filters: prints usage (to
 * stdout) or "NAME recwatch VERSION" and exits 0 when argv[1] asks.
 * Also names the program in messages, from its usage text. */
void rw_std_options(int argc, char **argv, const char *usage);

/* usage.c: on a usage error, the synopsis lines of `usage` (those of
 * command `cmd` only, when not NULL: "usage: recwatch diff ...") and
 * "Try 'PROG --help' for more information." on stderr.  Returns
 * RW_EXIT_TROUBLE (also RW_DIFF_TROUBLE), for `return rw_usage_error(..)`. */
int rw_usage_error(const char *usage, const char *cmd);

/* How one input went: read whole, read in part (what was not is said on
 * stderr), or not read at all (said on stderr). */
enum rw_outcome {
	RW_READ_WHOLE = 0,
	RW_READ_PART = 1,
	RW_READ_NONE = 2,
};
/* The outcomes of a run's inputs, and the exit status they make, the one
 * rule of the family (recwatch(1), EXIT STATUS): RW_EXIT_OK when every
 * input was read whole, RW_EXIT_TROUBLE when not one could be read at
 * all, RW_EXIT_PARTIAL otherwise. */
typedef struct rw_tally {
	size_t whole, part, none;
} rw_tally;
void rw_tally_add(rw_tally *t, int outcome); /* an rw_outcome; others count as none */
int rw_tally_status(const rw_tally *t);

/* The input loop of a filter: calls each(stream, name, ctx) for every
 * file of argv[first..argc) ("-" is standard input), or for standard
 * input when there is none; each returns an rw_outcome.  A file that
 * cannot be opened is warned about and counts as RW_READ_NONE.  Returns
 * the rw_tally_status of the outcomes. */
int rw_each_input(int argc, char **argv, int first,
		  int (*each)(FILE *in, const char *name, void *ctx), void *ctx);

/* A growable string. */
typedef struct rw_buf {
	char *s;
	size_t len, cap;
} rw_buf;
void rw_buf_add(rw_buf *b, const char *s, size_t n);
void rw_buf_adds(rw_buf *b, const char *s);
void rw_buf_addc(rw_buf *b, char c);
void rw_buf_addf(rw_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *rw_buf_take(rw_buf *b); /* returns s (never NULL), resets b */
void rw_buf_free(rw_buf *b);
/* s as a JSON string, quoted and escaped as jansson writes it: \" \\
 * \b \f \n \r \t, \u00XX for other controls, the rest as is (block.c,
 * the one JSON writer of blocks, facts and records).  -1, with part of
 * it added, when s is not UTF-8 (jansson refuses such a string). */
int rw_buf_add_json(rw_buf *b, const char *s);

/* Whitespace folding: every run of ASCII space, tab, CR, LF, FF, VT and
 * of U+00A0, U+2000-U+200B, U+202F, U+205F, U+3000 becomes one space;
 * leading and trailing space is dropped. Returns a new string. */
char *rw_fold_ws(const char *s);
/* The superscript digit d (0-9) shows, UTF-8 ("³"): the readers write a
 * footnote's mark so, and the rules' [mark] knows it. */
const char *rw_superscript_digit(int d);
/* Appends s[0..n-1] with its ASCII digits as superscript digits ("12,13"
 * reads "¹²,¹³"). */
void rw_buf_add_superscript(rw_buf *b, const char *s, size_t n);
/* True when s holds nothing but whitespace (as above). */
int rw_is_blank(const char *s);
/* Natural order of identifiers: digit runs compare as numbers,
 * "2.1" < "2.10" < "10.1", "R1.1" < "R1.2" < "R2.1"; then bytewise. */
int rw_natcmp(const char *a, const char *b);
/* Reads a whole stream (or file, "-" = stdin) up to max bytes.
 * Returns NULL with errno set on failure; errno EFBIG past max. */
char *rw_read_stream(FILE *f, size_t max, size_t *len);
char *rw_read_file(const char *path, size_t max, size_t *len);
/* Writes data to path whole or not at all (temp file + rename).
 * Returns 0, or -1 with a warning printed. */
int rw_write_atomic(const char *path, const char *data, size_t len);
/* mkstemp(3) for output files: the file gets the mode a new file would
 * (0666 less the umask), not mkstemp's 0600. */
int rw_mkstemp_shared(char *tmpl);
/* True when s is valid UTF-8. */
int rw_utf8_valid(const char *s, size_t len);
/* The length of the UTF-8 sequence that starts with the byte p[0] >= 0x80
 * (2 to 4), by rw_utf8_valid's rules (no overlong form, surrogate or
 * code point past U+10FFFF); 0 when it is not one.  Reads no further than
 * the first byte that is no continuation byte, so a NUL-terminated
 * string is never overrun. */
static inline size_t rw_utf8_seq(const unsigned char *p)
{
	unsigned c = p[0], min;
	size_t n;
	if ((c & 0xE0) == 0xC0)
		n = 1, min = 0x80, c &= 0x1F;
	else if ((c & 0xF0) == 0xE0)
		n = 2, min = 0x800, c &= 0x0F;
	else if ((c & 0xF8) == 0xF0)
		n = 3, min = 0x10000, c &= 0x07;
	else
		return 0;
	for (size_t i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	return n + 1;
}

/* ---- proc.c: running the other filters ---------------------------- */

#include <sys/types.h>
/* The path of a filter: beside this program's binary when it is there,
 * else its bare name, for PATH. */
char *rw_filter_path(const char *name);
/* Starts the filter argv[0] with the given stdin and stdout (-1 =
 * inherit); exits with a message when it cannot be started. */
pid_t rw_spawn(char *const *argv, int in, int out);
/* Its exit status; RW_EXIT_TROUBLE when it was killed (said on stderr,
 * except for SIGPIPE, which the filter downstream has explained). */
int rw_wait(pid_t pid, const char *name);

/* ---- sniff.c: what a document is, from its bytes ------------------- */

enum rw_doctype {
	RW_DOC_EMPTY,  /* zero bytes or only whitespace */
	RW_DOC_HTML,   /* markup that starts like HTML/XHTML */
	RW_DOC_PDF,    /* %PDF- within the first 1024 bytes */
	RW_DOC_BINARY, /* NUL bytes or other non-text */
	RW_DOC_TEXT,   /* text, but not markup */
};
enum rw_doctype rw_sniff(const char *data, size_t len);
const char *rw_doctype_name(enum rw_doctype t);
/* Why a document of type t cannot be read ("neither HTML nor PDF
 * (binary data)", "empty file"); NULL for HTML and PDF. */
const char *rw_doctype_problem(enum rw_doctype t);

/* ---- chain.c: running the chain from a driver ---------------------- */

/* An argv under construction, always NULL-terminated; the strings are
 * not copied. */
struct rw_argv {
	char **v;
	size_t n, cap;
};
void rw_argv_add(struct rw_argv *a, const char *s);
void rw_argv_free(struct rw_argv *a);
/* $TMPDIR when set and not empty, else /tmp. */
const char *rw_tmpdir(void);
/* A new temporary file $TMPDIR/stem.XXXXXX (close-on-exec), its
 * descriptor in *fd; returns its path.  Exits when it cannot be made. */
char *rw_tmpfile(const char *stem, int *fd);
/* Standard input, read whole into an unlinked temporary file the first
 * time, so that it can be sniffed and then given to a reader: that
 * file's descriptor, rewound to the start; -1 when it cannot be read. */
int rw_stdin_spool(void);
/* True once standard input has been spooled. */
int rw_stdin_spooled(void);
/* The reader of a document of type t ("rw-pdf" or "rw-html"). */
const char *rw_reader_name(enum rw_doctype t);
/* What a driver passes on to rw-match; NULL = not given. */
struct rw_match_opts {
	const char *rules, *review, *rejects, *explain;
};
/* Appends the command line of rw-match to a. */
void rw_match_argv(struct rw_argv *a, const struct rw_match_opts *o);
/* True when a batch of total documents shows its progress (stderr is a
 * terminal and the batch is long enough to wait for). */
int rw_progress_shown(size_t total);
/* "recwatch: read DONE of TOTAL documents", when shown. */
void rw_progress(size_t done, size_t total);

/* ---- hashset.c: an open-addressing set of numbers ---------------------
 * The set stores numbers only; the caller says what a number stands for
 * through `same`, so one set serves keys and descriptions alike.  At
 * most half its slots are full (it doubles past that): a probe ends. */
#include <stdint.h>
struct rw_hs_slot {
	uint64_t hash;
	size_t val; /* RW_HS_EMPTY where free */
};
struct rw_hashset {
	size_t mask;               /* slots - 1, slots a power of two */
	size_t n;                  /* values added */
	struct rw_hs_slot *slot;   /* hash and value side by side: one cache miss */
};
#define RW_HS_EMPTY SIZE_MAX
/* The fewest slots a set has: small sets cost next to nothing. */
#define RW_HS_MIN_SLOTS 16
/* FNV-1a's offset basis and prime (64-bit). */
#define RW_HS_SEED 14695981039346656037ull
#define RW_HS_FNV_PRIME 1099511628211ull
/* A set sized for `entries` values without growing. */
void rw_hs_init(struct rw_hashset *s, size_t entries);
void rw_hs_free(struct rw_hashset *s);
/* The slot holding a value with hash h that `same` accepts, or the empty
 * slot where such a value would go (its val is RW_HS_EMPTY). */
struct rw_hs_slot *rw_hs_find(const struct rw_hashset *s, uint64_t h,
			      int (*same)(size_t val, const void *ctx), const void *ctx);
/* Puts val with hash h in e, the empty slot rw_hs_find gave; the set
 * may grow, after which e and other slot pointers are stale. */
void rw_hs_add(struct rw_hashset *s, struct rw_hs_slot *e, uint64_t h, size_t val);
/* FNV-1a of s and its NUL, continued from h (RW_HS_SEED to start). */
uint64_t rw_hs_hash(const char *s, uint64_t h);
/* The slot where a value with hash h is first looked for. */
static inline size_t rw_hs_home(const struct rw_hashset *s, uint64_t h)
{
	return (size_t)(h ^ (h >> 29)) & s->mask;
}

/* ---- grid.c: a table's cells as a grid --------------------------------- */

/* Cells of one table, at most: a grid of pointers this big is 32 MB; a
 * larger one is a misreading or an attack, which the caller says. */
#define RW_GRID_MAX_CELLS 4000000u
/* Row-major cells; zero-initialise, then put. */
typedef struct rw_grid {
	int rows, cols; /* 1 + the highest row and column put */
	int row_cap;    /* rows there is room for */
	void **cell;    /* rows * cols, stride cols; NULL where nothing was put */
} rw_grid;
/* Puts v at (row, col), growing the grid; the value it replaces in *old
 * (when old is not NULL).  -1, and nothing changed, when the position
 * is negative or the grid would pass RW_GRID_MAX_CELLS cells. */
int rw_grid_put(rw_grid *g, int row, int col, void *v, void **old);
/* The cell at (row, col), inside the grid; NULL when nothing was put. */
void *rw_grid_at(const rw_grid *g, int row, int col);
/* Frees the grid, and each cell with free_cell when it is not NULL. */
void rw_grid_free(rw_grid *g, void (*free_cell)(void *));

/* ---- block.c: the block stream (readers -> matcher) -----------------
 * One JSON object a line; schema/blocks.md documents it. */

enum rw_block_kind {
	RW_BLK_DOCUMENT,  /* starts a document: source, format, text=title */
	RW_BLK_TITLE,     /* the document's title */
	RW_BLK_HEADING,   /* level 1-6 */
	RW_BLK_PARAGRAPH,
	RW_BLK_ITEM,      /* list item, level = nesting depth (1 = top) */
	RW_BLK_TABLE,     /* starts a table: table, page, bbox, rows, cols */
	RW_BLK_CAPTION,   /* caption of table `table` */
	RW_BLK_CELL,      /* table, row, col (0-based), header */
	RW_BLK__COUNT
};

typedef struct rw_block {
	enum rw_block_kind kind;
	char *source;  /* the document as given on the command line */
	char *format;  /* "html" / "pdf" (document blocks only) */
	char *text;    /* whitespace-folded, UTF-8 */
	char *locator; /* where in the document */
	int level;
	int table;     /* 1-based table number within the document */
	int row, col;  /* 0-based grid position, spans expanded */
	int rows, cols;/* table blocks: grid size, when known as the table
			* begins (0, 0: not written); the cells tell it */
	int header;    /* cell lies in a header row */
	int span;      /* cell is a copy made by expanding a row/colspan */
	int furniture; /* a running head or foot, a page number (PDF): not text */
	int page;      /* 1-based PDF page; 0 when not paged */
	int has_bbox;
	double bbox[4]; /* top, left, bottom, right in points, top-left origin */
} rw_block;

const char *rw_block_kind_name(enum rw_block_kind k);
/* Writes b as one JSON line. Returns 0, or -1 on a write error. */
int rw_block_write(FILE *out, const rw_block *b);
/* The same through jansson, slower: the reference rw_block_write's own
 * formatting is held to, byte for byte (tests/unit/test_lib.c). */
int rw_block_write_jansson(FILE *out, const rw_block *b);
/* Reads the next block. Returns 1, 0 at end of stream, -1 on a malformed
 * line (a warning naming `name` and the line number is printed and the
 * line skipped: call again to go on). A PDF, an HTML page or binary
 * data is no block stream: one warning, -1, then 0 (its end). */
int rw_block_read(FILE *in, const char *name, rw_block *b, long *lineno);
void rw_block_clear(rw_block *b);

/* ---- table.c: rows of named string columns, in CSV / JSON / JSONL ---
 * The one writer and reader behind records, facts and changes. Empty
 * values are "" in CSV and null in JSON. */

enum rw_format { RW_FMT_CSV, RW_FMT_JSON, RW_FMT_JSONL, RW_FMT_TEXT, RW_FMT_XLSX };
/* "csv", "json", "jsonl", "text", "xlsx" -> format; -1 when unknown. */
int rw_format_parse(const char *s);
/* One CSV field and the comma after it (the newline when last), quoted
 * only when it has to be (RFC 4180); v NULL = empty.  Non-zero on a
 * write error. */
int rw_csv_field(FILE *out, const char *v, int last);

typedef struct rw_writer rw_writer;
rw_writer *rw_writer_new(FILE *out, enum rw_format fmt,
			 const char *const *cols, size_t ncols);
/* vals[i] may be NULL (= empty). Returns 0 or -1 on a write error. */
int rw_writer_row(rw_writer *w, const char *const *vals);
/* Closes the JSON array if any; frees w. Returns 0 or -1. */
int rw_writer_finish(rw_writer *w);

/* Rows read back: each row has ncols strings (never NULL, "" = empty),
 * in the order of the requested cols.  The cells point into one block
 * store owned by the rows (no malloc per cell, so that a million rows
 * fit): copy a cell to keep it past rw_rows_free, never free one. */
struct rw_rows_store;
typedef struct rw_rows {
	size_t ncols, n, cap;
	char **cells; /* n * ncols */
	long *line;   /* 1-based input line where each row starts */
	struct rw_rows_store *store; /* where the cells live */
} rw_rows;
/* Reads CSV (header row naming the columns, any order, extra columns
 * ignored) or JSON / JSONL (objects with those keys), sniffed from the
 * first non-blank byte. Missing required columns, ragged rows and bad
 * JSON are errors: returns -1 after one warning naming `name`. */
int rw_rows_read(const char *data, size_t len, const char *name,
		 const char *const *cols, size_t ncols, rw_rows *out);
/* The same from a stream, which need not fit in memory: CSV and JSON
 * Lines are read a line at a time; a JSON array (read whole) may have
 * up to max bytes.  Read errors are warned about too. */
int rw_rows_read_stream(FILE *f, size_t max, const char *name,
			const char *const *cols, size_t ncols, rw_rows *out);
const char *rw_rows_get(const rw_rows *r, size_t row, size_t col);
void rw_rows_free(rw_rows *r);

/* ---- xlsx.c: the same rows as an Excel workbook ----------------------
 * rw_writer's RW_FMT_XLSX: one sheet, every value a string cell (never a
 * formula) except YYYY-MM-DD in date columns, which are dates; header
 * frozen, autofilter, fitted widths, rows noted "regression" shaded.
 * The workbook reaches `out` whole, at rw_xlsx_finish, or not at all;
 * a terminal as `out` is refused (rw_die). */
typedef struct rw_xlsx rw_xlsx;
rw_xlsx *rw_xlsx_new(FILE *out, const char *const *cols, size_t ncols);
int rw_xlsx_row(rw_xlsx *x, const char *const *vals); /* 0 or -1 */
int rw_xlsx_finish(rw_xlsx *x);                       /* 0 or -1; frees x */

/* ---- model.c: facts, records, changes ------------------------------ */

enum rw_field {
	RW_F_BOARD_ACTION,
	RW_F_STATUS,
	RW_F_PRIORITY,
	RW_F_DESCRIPTION,
	RW_F_UPDATE,
	RW_F__COUNT
};
const char *rw_field_name(enum rw_field f);
int rw_field_parse(const char *s); /* -1 when unknown */

/* Fact columns, in their CSV order. */
enum rw_fact_col {
	RW_FC_REVIEW, RW_FC_REC_ID, RW_FC_FIELD, RW_FC_VALUE, RW_FC_RAW,
	RW_FC_DATE, RW_FC_SOURCE, RW_FC_LOCATOR, RW_FC__COUNT
};
extern const char *const rw_fact_cols[RW_FC__COUNT];

/* Record columns, in the CSV order of recwatch(5). */
enum rw_record_col {
	RW_RC_REVIEW, RW_RC_REC_ID, RW_RC_BOARD_ACTION, RW_RC_BOARD_ACTION_DATE,
	RW_RC_STATUS, RW_RC_PRIORITY, RW_RC_AS_OF, RW_RC_DESCRIPTION,
	RW_RC_UPDATE, RW_RC_SOURCES, RW_RC__COUNT
};
extern const char *const rw_record_cols[RW_RC__COUNT];

/* Change columns, in the CSV order of recwatch(5). */
enum rw_change_col {
	RW_CC_REVIEW, RW_CC_REC_ID, RW_CC_CHANGE, RW_CC_FIELD, RW_CC_OLD,
	RW_CC_NEW, RW_CC_NOTE, RW_CC__COUNT
};
extern const char *const rw_change_cols[RW_CC__COUNT];

/* A fact or a record is an array of owned strings (NULL = empty),
 * indexed by the column enums above. */
typedef struct rw_fact {
	char *v[RW_FC__COUNT];
} rw_fact;
typedef struct rw_record {
	char *v[RW_RC__COUNT];
} rw_record;
void rw_fact_clear(rw_fact *f);
/* Reads the next fact of a JSON Lines fact stream (the output of
 * rw-match). Returns 1, 0 at the end, -1 on a malformed line (warned,
 * skipped: call again to go on); a PDF, an HTML page or binary data is
 * no fact stream: one warning, -1, then 0. */
int rw_fact_read(FILE *in, const char *name, rw_fact *f, long *lineno);
void rw_record_clear(rw_record *r);
/* Order of records: review, then rec_id in natural order. */
int rw_record_cmp(const void *a, const void *b);

/* ---- fold.c: facts to records (recwatch(5), Records) ---
 * Feed facts in input order; rw_folder_finish sorts and returns records. */
typedef struct rw_folder rw_folder;
rw_folder *rw_folder_new(void);
void rw_folder_add(rw_folder *fo, const rw_fact *f);
/* Returns the records (owned by the folder until rw_folder_free). */
rw_record *rw_folder_finish(rw_folder *fo, size_t *n);
void rw_folder_free(rw_folder *fo);

/* ---- rules.c: the rules file (PCRE2) -------------------------------
 * See rules/recwatch.rules for the format. */

typedef struct rw_rules rw_rules;

/* The sections of a rules file (rules/recwatch.rules explains each). */
enum rw_rsec {
	RW_R_DEFINE, RW_R_MONTH, RW_R_DATE, RW_R_REVIEW, RW_R_HEADER,
	RW_R_IDCELL, RW_R_EMPTY, RW_R_BOARD_ACTION, RW_R_DECISION, RW_R_STATUS,
	RW_R_PRIORITY, RW_R_LIST, RW_R_CONTEXT, RW_R_NUMBER, RW_R_GOVERNS,
	RW_R_DOCDATE, RW_R_ASOF, RW_R_SKIP, RW_R_SENTENCE, RW_R_CARRY, RW_R_VALUELIST,
	RW_R_PROGRESS, RW_R_ORDER, RW_R_IDLEAD, RW_R_MARK, RW_R_IDTEXT, RW_R__COUNT
};

#define RW_HIT_PAIRS 16
/* One match: the rule's key, the span, and the capture offsets. */
typedef struct rw_hit {
	const char *key;
	size_t start, end;
	const void *re; /* the compiled pattern, for rw_hit_group */
	size_t ov[2 * RW_HIT_PAIRS];
	int npairs;
	int line;       /* the rules file line of the rule that matched */
} rw_hit;
/* A section's name as the rules file writes it ("header"). */
const char *rw_rsec_name(enum rw_rsec s);

/* The rules file to use: path if given, else $RECWATCH_RULES, else the
 * installed one, else the one in the source tree beside the binary. */
char *rw_rules_path(const char *path);
/* Loads and compiles; on error prints "recwatch: FILE:LINE: why" and
 * returns NULL. */
rw_rules *rw_rules_load(const char *path);
void rw_rules_free(rw_rules *r);
/* Leftmost match at or after `from` of any rule of the section (of rule
 * `key` only, when key is not NULL); ties go to the rule first in the
 * file.  Returns 1 with *hit filled, 0 when nothing matches. */
int rw_rules_search(rw_rules *r, enum rw_rsec sec, const char *key,
		    const char *text, size_t len, size_t from, rw_hit *hit);
/* Like rw_rules_search, but the match must start exactly at `at`; the
 * first rule in file order that matches there wins. */
int rw_rules_at(rw_rules *r, enum rw_rsec sec, const char *key,
		const char *text, size_t len, size_t at, rw_hit *hit);
/* The key of the first rule (file order) that matches text anywhere;
 * NULL when none does. */
const char *rw_rules_classify(rw_rules *r, enum rw_rsec sec, const char *text);
/* The same, starting at rule number *next of the section; *next is set
 * past the rule that matched, so that a caller can try the next ones. */
const char *rw_rules_classify_next(rw_rules *r, enum rw_rsec sec, const char *text,
				   size_t *next);
/* Where text stands among the rules of `key` in the section: 1 for the
 * first such rule (file order) that matches it, 2 for the second, ...;
 * 0 when none does (or text is not UTF-8).  For [order]. */
int rw_rules_rank(rw_rules *r, enum rw_rsec sec, const char *key, const char *text);
/* How many rules of `key` the section has (the steps of an [order]). */
int rw_rules_count(const rw_rules *r, enum rw_rsec sec, const char *key);
/* Offsets of a named group of a hit; 0 when it did not take part. */
int rw_hit_group(const rw_hit *hit, const char *name, size_t *s, size_t *e);
/* The first date at or after `from` ([date] rules), as YYYY-MM-DD in
 * iso; *s and *e (may be NULL) get its span.  Impossible dates (31 June)
 * are skipped.  Returns 1 or 0. */
int rw_rules_date(rw_rules *r, const char *text, size_t len, size_t from,
		  char iso[RW_ISO_DATE_SIZE], size_t *s, size_t *e);
/* Non-zero once any pattern hit PCRE2's match or depth limit (it was
 * reported, and the match treated as failed). */
int rw_rules_limit_hit(const rw_rules *r);


/* ---- ids.c: recommendation identifiers, lists and ranges ----------- */

typedef struct rw_idlist {
	char **v;
	size_t n, cap;
} rw_idlist;
void rw_idlist_free(rw_idlist *l);
/* Appends id (owned by l from now on). */
void rw_idlist_add(rw_idlist *l, char *id);
/* The id an id cell holds ("Rec. 14" -> "14"), by the [idcell] rules;
 * NULL when there is none. */
char *rw_id_from_cell(rw_rules *rules, const char *text);
/* The same by the rules of section sec ([idcell] or [idtext]), with
 * where the recommendation's own words after the id start in *words
 * (the rule's group `text`; strlen(text) when it has none). */
char *rw_id_and_words(rw_rules *rules, enum rw_rsec sec, const char *text, size_t *words);
/* Reads a list of ids that starts exactly at text+pos ("2.1, 2.2 and
 * 2.4", "14.3-14.5", "2.1 through 2.4") by the [list] rules, expanding
 * ranges; appends to l and returns the offset where the list ends (pos
 * when there is none).  A range that cannot be expanded keeps its two
 * ends and sets *bad to a message (when *bad is still NULL). */
size_t rw_id_list(rw_rules *rules, const char *text, size_t len, size_t pos,
		  rw_idlist *l, char **bad);

#endif
