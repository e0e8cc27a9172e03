/* match.h - the insides of rw-match, shared by its files:
 *   rw-match.c  options, the document loop
 *   keep.c      a document's blocks, kept compact while it is matched
 *   facts.c     fact output, and what could not be read (rejects)
 *   doc.c       what a document says of itself (review, meeting date),
 *               and what headings set (review, dates, values)
 *   prose.c     decision sentences and their lists of recommendations
 *   valuelist.c a status, decision or priority given for a list of ids
 *   grid.c      a table's cells as a grid
 *   header.c    what a table's header maps, and the table's dates
 *   table.c     recommendation tables, row by row
 *   listtable.c tables pairing a value with a list of recommendations,
 *               and tables whose header maps nothing (near misses)
 *   nearmiss.c  tables and sentences that came close, said at the end
 *   tally.c     values outside the vocabularies, one line per value
 *   card.c      a recommendation as a heading and "label: value" lines
 *   explain.c   --explain: the readable account */
#ifndef RW_MATCH_H
#define RW_MATCH_H

#include "rwlib.h"

struct matcher {
	rw_rules *rules;
	const char *force_review; /* --review: the review of every fact */
	rw_writer *out;           /* facts, JSON Lines */
	rw_writer *rejects;       /* --rejects: what could not be read */
	FILE *explain;            /* --explain: the readable account, or NULL */
	size_t nfacts, nrejects;
	int status;
};

struct tally;
struct near;

/* A value a heading or a section row gives to what is under it. */
struct group_value {
	const char *value; /* NULL when none */
	const char *raw, *locator;
};

/* A block as matching keeps it: what it reads of an rw_block (not the
 * format, span or bbox; the source is the document's), its strings in
 * the document's arena.  40 bytes, where an rw_block takes 120 and four
 * allocations: a 20 MB page has some 200,000 blocks. */
struct blk {
	const char *text, *locator; /* NULL when the block has none */
	int table, row, col, page, level;
	float top, bottom;          /* its extent on its page (a PDF's), both 0 when none */
	unsigned char kind;         /* an enum rw_block_kind */
	unsigned char header;
	unsigned char reading;      /* a cell's READ_ bits (header.c); 0: not read yet */
};
enum { READ_DONE = 1, READ_ID = 2, READ_LIST = 4, READ_SEVERAL = 8, READ_ID_WORDS = 16 };

/* Strings of a document, packed in chunks that never move (keep.c). */
struct arena_chunk;
struct arena {
	struct arena_chunk *head; /* the chunk being filled; the others after it */
	char *next;               /* its free room */
	size_t left;
};

/* What holds while walking a document's blocks in order. */
struct walk {
	const char *heading_review[7]; /* review named by the heading at each level */
	const char *para_review;       /* named by the last paragraph, for what follows it */
	/* Board dates (recwatch(5), "Which date a fact takes"): a heading's holds
	 * for its section, a paragraph's for the rest of it and the list
	 * items it introduces, a sentence's from there on in its block. */
	char section_governs[RW_ISO_DATE_SIZE], para_governs[RW_ISO_DATE_SIZE], governs[RW_ISO_DATE_SIZE];
	const char *section_governs_from, *para_governs_from, *governs_from;
	/* A paragraph that ends by introducing what follows ("On 22 July
	 * 2021 the Board took these actions:") gives its date to the table
	 * right after it. */
	char intro_governs[RW_ISO_DATE_SIZE];
	const char *intro_governs_from;
	/* Snapshot dates: a heading's holds up to the next heading of its
	 * level or higher; a paragraph's up to the next heading. */
	char heading_asof[7][RW_ISO_DATE_SIZE];
	const char *heading_asof_from[7];
	char asof[RW_ISO_DATE_SIZE];                 /* said by a paragraph since the heading */
	const char *asof_from;
	const char *carried;           /* decision passed on to the items below */
	struct group_value heading_value[RW_F__COUNT]; /* said by the last heading */
	char *card_id;  /* the recommendation a title names, for its card */
	int card_level; /* its heading's level (card.c: deeper for a line) */
	int card_label; /* 1 + the field a lone label named on the last line, or 0 */
	/* a card's Board action date line ("Date of Board action: ...";
	 * card_date "" when it held no date) and its Board action read
	 * undated, held until the card ends (acted_date: the date around
	 * it then) or a date line after it dates it (card.c) */
	char *dated_id, *acted_id, *acted_raw, *acted_loc;
	char card_date[RW_ISO_DATE_SIZE], acted_date[RW_ISO_DATE_SIZE];
	const char *acted_value;
	/* a value alone on a card's line (a status badge), held until the
	 * card ends and read when it is the card's only such line (card.c) */
	char *lone_id, *lone_raw, *lone_loc;
	int lone_field, lone_count;
	int skipping;                  /* inside a rationale */
	struct table_state *table;     /* the recommendation table still open */
	int tables_done;               /* highest table number read */
	/* The columns of the recommendation table closed last (cols 0:
	 * none, or another table came since): a table with no header of
	 * its own after it, a section's name between them, goes on in
	 * them (table.c). */
	struct {
		int cols, id_col;
		int col_field[RW_MAX_COLS];
	} closed;
};

struct said;
struct table_stream;

/* One document, kept whole: review and dates need a look ahead.  It is
 * walked as far as its blocks allow while they come in (rw-match.c). */
struct doc {
	const char *source;
	struct blk *b;
	size_t n, cap;
	struct arena strings; /* the blocks' text and locators */
	/* The table whose cells are coming in (header.c reads the cells
	 * under a header that names ids as they come) */
	struct {
		int table;
		unsigned long long id_cols; /* columns whose header names ids, by bit */
	} incoming;
	char *review;      /* named by the title or most often in the text */
	int review_warned;
	char date[RW_ISO_DATE_SIZE];     /* the meeting / Board action date of the document */
	const char *date_from; /* the locator of the block that gave it */
	char asof[RW_ISO_DATE_SIZE];     /* a snapshot date the title gives */
	size_t nfacts;     /* facts this document gave */
	struct tally *unmapped; /* values outside the vocabularies */
	struct near *near;      /* what came close to a fact */
	struct leads *leads;    /* blocks that begin with a recommendation */
	/* the walk, as far as the blocks in allow it */
	struct walk w;
	size_t walked;     /* blocks walked */
	int front_page;    /* the first page with something on it (PDF) */
	int front_ready;   /* enough blocks in to read the front (doc.c) */
	int fronted;       /* the front read */
	int ended;         /* every block is in */
	size_t flow_end;   /* 1 + the last block that is no table, caption or
			    * cell, nor text beside a table (beside_table) */
	size_t tables_end; /* the tables before this block have ended: a flow
			    * block came after them, then a table of another
			    * number (a heading between two parts of one
			    * table, a page's top, ends nothing: grid_take) */
	size_t last_table; /* 1 + the last table block in, 0 none */
	size_t walk_table; /* 1 + the last table block walked, 0 none */
	int review_known;  /* review is final: the title's, or the end came */
	/* Holding: a fact took the review only the end tells; what the walk
	 * says from there waits, in order, and the walk with it (facts.c) */
	int holding;
	struct said *said;
	size_t nsaid, said_cap;
	struct table_stream *streaming; /* the table read as its rows come */
};

/* keep.c */
/* Appends b to the document, its strings copied into the arena. */
void doc_keep(struct doc *d, const rw_block *b);
/* footnotes.c: takes the footnote marks ([mark] footnote) out of b's text. */
void marks_out(struct matcher *m, rw_block *b);
/* Forgets the blocks (the arena keeps its first chunk for the next
 * document); doc_free also frees what is kept for reuse. */
void doc_forget_blocks(struct doc *d);
void doc_free_blocks(struct doc *d);

/* facts.c */
/* The review a fact takes when it is the document's and the document's
 * end has not come: current_review holds from there (d->holding). */
extern const char held_review[];
/* A line on stderr from the walk ("FILE: " and what fmt makes), in turn
 * with what the walk holds. */
void doc_warn(struct doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Starts holding; says what was held, its review now known; frees it. */
void doc_hold(struct doc *d);
void doc_said_flush(struct matcher *m, struct doc *d);
void doc_said_free(struct doc *d);
/* The writers of the facts and of the rejects file. */
rw_writer *facts_writer(FILE *out);
rw_writer *rejects_writer(FILE *out);
void emit_fact(struct matcher *m, struct doc *d, const char *review, const char *id,
	       enum rw_field field, const char *value, const char *raw,
	       const char *date, const char *locator);
/* Something that looks like a recommendation but cannot be read: said on
 * stderr ("FILE: LOCATOR: " and the message fmt makes) and written to the
 * rejects file with its short reason and text. */
void emit_reject(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		 const char *text, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* The same, but only counted and written to the rejects file: the caller
 * says it on stderr some other way (a summary line). */
void reject_quietly(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		    const char *text);
/* The snapshot date that holds at this point of the walk and where it
 * came from; "" when none. */
const char *walk_asof(const struct doc *d, const struct walk *w, const char **from);
/* The date of a Board action given as raw: its own when the value dates
 * itself ("Approved (22 July 2021)"; into own), else the date around it. */
const char *action_date(struct matcher *m, const char *raw, char own[RW_ISO_DATE_SIZE],
			const char *around);

/* doc.c */
/* A block kept: whether the front can be read yet (d->front_ready). */
void doc_front_in(struct doc *d, const struct blk *b);
void doc_read_front(struct matcher *m, struct doc *d);
/* The review the document names, once it is known: at the start when the
 * title names one, else at the end (d->review_known). */
void doc_review_settle(struct matcher *m, struct doc *d);
const char *review_in(struct matcher *m, const char *text);
int asof_in(struct matcher *m, const char *text, char iso[RW_ISO_DATE_SIZE]);
void walk_heading(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b);
/* Dates at the start of a document or section: the document's. */
void walk_start(const struct doc *d, struct walk *w);
/* The review that applies here: --review, else the walk's, else the
 * document's; warns once per document when there is none. */
const char *current_review(struct matcher *m, struct doc *d, const struct walk *w);
/* Whether a fact here would take the review only the document's end
 * tells: a table then waits for the end (its facts are not held). */
int review_waits(const struct matcher *m, const struct doc *d, const struct walk *w);

/* prose.c */
void prose_block(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b);

/* grid.c: a table's cells as a grid */
/* What the body cells of a column hold (header.c). */
struct column_reading {
	int under;  /* 1 + the header rows it was read under; 0: not read */
	int filled; /* non-empty body cells */
	int ids;    /* of them, holding one id */
	int worded; /* of them, an id and the recommendation's words ([idtext]) */
	int lists;  /* of them, a list of ids */
	int several;/* of them, a list of more than one id or with a count */
};
struct grid {
	int rows, cols, nhead;
	rw_grid cells;       /* 1 + each cell's index in *blocks; NULL where the reader gave none */
	struct blk **blocks; /* the document's blocks */
	int col_field[RW_MAX_COLS]; /* -1, RW_F__COUNT for id, else an rw_field */
	int id_col;              /* the column of ids, or -1 */
	int list_col;            /* else the column of lists of ids, or -1 */
	const char *caption;
	int transposed;      /* its rows are the table's columns (grid_transposed) */
	int run_on;          /* its cells are paragraphs a PDF reader may have set
				as one (a table printed a cell a line: stacked.c) */
	struct blk *parts;   /* cells cut out of one such paragraph (grid_put_part) */
	size_t nparts, partcap;
	char action_date[RW_ISO_DATE_SIZE];    /* a date in the Board action column's header */
	struct column_reading reading[RW_MAX_COLS]; /* header.c's, kept while it looks */
};
/* Fills g from the cell blocks of the table whose `table` block is
 * d->b[i]; -1 when it has no cells (or too many: said). */
int grid_read(struct doc *d, size_t i, struct grid *g);
/* Adds to g the cells of that table among blocks [from, to) up to the
 * first block that ends it; -1 when too many (said). */
int grid_take(struct doc *d, size_t i, struct grid *g, size_t from, size_t to);
void grid_free(struct grid *g);
/* Puts at row r, column c of g a cell of its own holding text, a part of
 * block `from` (which it takes its place from); 0 when g is full. */
int grid_put_part(struct grid *g, int r, int c, const struct blk *from, const char *text,
		  size_t len);
/* The table of g read across: its columns as rows, the first its
 * header (a table whose first row names the recommendations and whose
 * first column the fields). It shares g's cells: free g, not it. */
struct grid grid_transposed(const struct grid *g);
/* The cell block at row r, column c; NULL when the reader gave none. */
struct blk *grid_cell(const struct grid *g, int r, int c);
const char *cell_text(const struct grid *g, int r, int c); /* "" when none */
const char *cell_loc(const struct grid *g, int r, int c);  /* "?" when none */
int row_is_header(const struct grid *g, int r);
/* Whether row r is one text across the whole table (a title, a section
 * row): it heads no column of its own. A PDF reader gives such a cell
 * once, in the row's first place. */
int row_spans_table(const struct grid *g, int r);
/* The header text of column c, header rows joined top to bottom. */
char *column_header(const struct grid *g, int c);

/* header.c: header rows and the columns they map (returns the number of
 * columns mapped, the id or list column included; 0 = not a
 * recommendation table); the table's snapshot date and where it came
 * from. */
int find_header(struct matcher *m, struct grid *g);
/* Maps the columns of a table with no header row by what they hold: the
 * ids, and values of a vocabulary; returns the columns mapped, 0 unless
 * the ids and one column of values were found. */
int map_headless(struct matcher *m, struct grid *g);
/* Most filled cells of column c under the header hold one id each. */
int column_holds_ids(struct matcher *m, struct grid *g, int c);
/* The field a header's text or a card's label names ([header], the id
 * excluded): the first in rules order; -1 when none. */
int header_field(struct matcher *m, const char *name);
/* A cell as it comes in: one under a header that names ids is read at
 * once, while the reader still writes the table, not when it ends. */
void header_cell_in(struct matcher *m, struct doc *d, struct blk *b);
void explain_header(struct matcher *m, const struct grid *g, const struct blk *tb);
const char *table_asof(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g,
		       char asof[RW_ISO_DATE_SIZE]);
/* The Board action date of a table and where it came from: its Board
 * action column's header, the paragraph that introduces it, the
 * document's date, its section's.  A paragraph's date reaches no other
 * table: a table is no list item. */
const char *table_action_date(const struct doc *d, const struct walk *w, const struct grid *g,
			      const char **from);

/* table.c: reads the table whose `table` block is d->b[i].  A table that
 * goes on where the open one stopped (same columns, on the next page)
 * continues it; anything else between tables closes it: call
 * table_close then, and at the end of the document.  Returns 0 when the
 * table has not ended yet: its rows are read as they come once its
 * header is settled, and it is to be read again with more blocks. */
int table_read(struct matcher *m, struct doc *d, struct walk *w, size_t i);
/* Reads grid g, made of blocks that are no table's cells (stacked.c),
 * as a recommendation table when its header maps a column of ids;
 * returns whether it did. tb: the block it starts at. */
int grid_table_read(struct matcher *m, struct doc *d, struct walk *w, struct grid *g,
		    const struct blk *tb);
void table_stream_free(struct doc *d);
void table_close(struct matcher *m, struct doc *d, struct walk *w);

/* stacked.c: paragraphs from block i on that are a table printed a cell
 * a line, read as that table: returns how many blocks it took (0: they
 * are none), or STACKED_WAIT when the run may go on in blocks still to
 * come. */
#define STACKED_WAIT ((size_t)-1)
size_t stacked_read(struct matcher *m, struct doc *d, struct walk *w, size_t i);

/* valuelist.c: a block that is a table's row read as a line: a
 * recommendation named as a row's first cell names it ([idlead]), then
 * values of the cell vocabularies one after the other, one a field, the
 * last running to the block's end ("Recommendation 7.1 Ongoing",
 * "LE.4 Approved Complete"); returns 1 after emitting a fact per value. */
int row_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b);
/* valuelist.c: "Complete: 3.2, 3.3 and 5.1", "In progress - 4
 * recommendations (1.1, ...)": returns 1 when the sentence text[start,
 * end) is one, after emitting a fact per id. */
int value_list_sentence(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b,
			const char *text, size_t start, size_t end);
/* The ids a cell lists, the whole cell being the list ("3.2, 3.3",
 * "Recommendation 9", "17 Recommendations: 3.2, ..."): returns the stated
 * count or -1; l->n is 0 when the cell is no such list. */
long ids_listed(struct matcher *m, const char *text, rw_idlist *l);
/* prose.c: where an id stands glued to the end of a list text[..end) by
 * one character no [list] rule reads ("LE.14?LE.16"): its start, the
 * end of its list in *stop; 0 when none.  take_glued says that its
 * first id is not read (the list from `from`), keeps it in the rejects,
 * and appends the ids after it to l: "R9.1?R9.3, R11.1 and R12.1" still
 * lists R11.1 and R12.1. */
size_t glued_id(struct matcher *m, const char *text, size_t len, size_t end, size_t *stop);
void take_glued(struct matcher *m, struct doc *d, const char *locator, const char *text,
		size_t from, size_t end, size_t glued, size_t stop, rw_idlist *l);
/* The number a [context] hit's `count` group states, or -1. */
long stated_count(struct matcher *m, const char *text, const rw_hit *h);
void check_count(struct matcher *m, struct doc *d, const char *locator, long count, size_t n);
enum rw_rsec vocab_of(enum rw_field f);
/* Whether a cell says nothing: empty, or an [empty] phrase ("N/A"). */
int is_empty_value(struct matcher *m, const char *t);
/* Whether a cell is a value of section sec and nothing more (header.c):
 * the phrase, then at most punctuation, a remark in brackets, or a date
 * after a dash. */
int whole_value(struct matcher *m, enum rw_rsec sec, const char *t);
/* Whether a cell is wholly a value of one of the vocabularies ("P3" is a
 * priority, though it reads as an id too). */
int is_value(struct matcher *m, const char *t);
/* The field whose vocabulary text is wholly a value of, or -1. */
int value_field(struct matcher *m, const char *t);
/* The field whose vocabulary the whole of t is a value of, when one
 * alone is; else -1. */
int sole_value_field(struct matcher *m, const char *t);
/* Most (at least half) of `filled` cells hold what is asked: n > 0 of them. */
int holds_most(int n, int filled);
/* Whether field f takes its values from a vocabulary (status, Board
 * action, priority). */
int is_valued(int f);
/* A column's field (col_field) beyond the facts' fields: RW_F__COUNT is
 * the ids' (or lists') column, COL_ACTION_DATE the dates of the rows'
 * Board actions ([header] board_action_date). */
#define COL_ACTION_DATE (RW_F__COUNT + 1)
/* Whether text is a header naming recommendation ids ([header] id). */
int heads_ids(struct matcher *m, const char *t);
/* Whether a value of a cell vocabulary (status, Board action, priority)
 * starts text, as the cell after an id cell would. */
int value_starts(struct matcher *m, const char *text);
/* The id an id cell holds, and where the recommendation's words after
 * it start (*words): by [idcell], else, in a column whose header names
 * ids (named), by [idtext] unless the words start with a value, or as a
 * row's first cell names it ([idlead]) before a whole value. */
char *id_cell(struct matcher *m, const char *t, int named, size_t *words);
/* What raw says for field f: its vocabulary's canonical value, or raw
 * itself for a field of text; NULL when it says nothing, or nothing the
 * vocabulary knows (then tallied at locator). */
const char *field_value(struct matcher *m, struct doc *d, enum rw_field f, const char *raw,
			const char *locator);
/* The status a sentence's [progress] phrase gives a list of it: the
 * phrase right after the list in the same clause ("1.1 and 1.2 are
 * complete"), or the one in the phrase that introduces it ("the following
 * recommendations are complete: 1.1, 1.2"); NULL when none. */
const char *progress_for(struct matcher *m, const char *text, size_t end, size_t list_start,
			 size_t ids_start, size_t list_end);
/* A heading or section row that is only a status, Board action or
 * priority ("Complete", "In progress (4)"): its field, with gv filled;
 * -1 when it is not one. */
int value_heading(struct matcher *m, const char *text, const char *locator, struct group_value *gv);

/* listtable.c: a table with no id column but a column of lists of
 * recommendations beside status / decision / priority columns. */
void list_table_read(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g);
/* A table the header did not map: when its first column reads as ids,
 * its rows go to the rejects and it is kept as a near miss. */
void unmapped_table(struct matcher *m, struct doc *d, const struct blk *tb, const struct grid *g);

/* card.c: a heading that names one recommendation opens its card (up to
 * the next heading of its level or higher); card_line reads a "Status:
 * In progress" line of it, returning 1 when it gave a fact. */
void card_heading(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b, int level);
int card_line(struct matcher *m, struct doc *d, struct walk *w, const struct blk *b);
/* The card ends (a heading, a title, the document's end): its value
 * alone on a line is read when it was its only one. */
void card_flush(struct matcher *m, struct doc *d, struct walk *w);
/* Reads a table of two columns, a label and its value a row, as a card;
 * 0 when it is none. */
int card_table(struct matcher *m, struct doc *d, struct walk *w, const struct grid *g);

/* tally.c */
void tally_unmapped(struct matcher *m, struct doc *d, enum rw_field f, const char *raw,
		    const char *locator);
void tally_report(struct matcher *m, struct doc *d);

/* nearmiss.c */
void near_table(struct matcher *m, struct doc *d, const struct blk *tb, int rows_with_ids,
		int rows, const char *unmapped);
void near_prose(struct doc *d, const struct blk *b, const rw_idlist *ids);
void near_report(struct matcher *m, struct doc *d);
void near_unread_prose(struct matcher *m, struct doc *d);
void near_free(struct doc *d);

/* A report's one line names at most this many ids (the rest as "..."). */
#define NAMED_IDS 5

/* leads.c: blocks that begin with a recommendation which gives nothing */
/* Block i has come in: the leads it holds. */
void leads_in(struct matcher *m, struct doc *d, size_t i);
void leads_read(struct doc *d, const char *id);
void leads_said(struct doc *d, const char *locator);
/* Whether a fact was about id; whether a report named the locator. */
int leads_id_read(struct doc *d, const char *id);
int leads_locator_said(struct doc *d, const char *locator);
void leads_report(struct matcher *m, struct doc *d);
void leads_free(struct doc *d);

/* explain.c: lines of the --explain account (nothing when it is off) */
void explain(struct matcher *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The rule a hit came from, as "[section] key, line N". */
const char *explain_rule(enum rw_rsec sec, const rw_hit *h, char *buf, size_t size);
/* s, or its start cut at a character boundary into buf with "...". */
#define EXPLAIN_CLIP 72 /* bytes of a quoted text in the account: one line's worth */
const char *explain_clip(const char *s, char *buf, size_t size);

#endif
