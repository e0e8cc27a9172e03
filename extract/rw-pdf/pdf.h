/*
 * pdf.h - private to rw-pdf: the page model that the geometry works on.
 *
 * Everything here is in PDF points in the page's displayed frame: origin
 * at the top-left corner after /Rotate, y growing downward.  The geometry
 * files (layout.c, stream.c, lattice.c, emit.c) know nothing of poppler,
 * so the unit tests feed them synthetic glyph boxes; page.c, rulings.c,
 * drawing.c and pages.c are the only files that talk to poppler (from
 * one thread: pages.c runs the geometry of a page beside poppler's
 * reading of the next), picture.c draws debug pictures with cairo.
 *
 * Ownership as in recwatch.h: a pdf_*_free / pdf_*_clear releases what
 * the structure holds.
 */
#ifndef RW_PDF_H
#define RW_PDF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct pdf_box {
	double top, left, bottom, right;
} pdf_box;

/* One character with its box. A ligature that poppler reports as one box
 * for several characters has been split into equal parts by page.c. */
typedef struct pdf_glyph {
	pdf_box b;
	char u[8];        /* the character, UTF-8, NUL-terminated */
	float size;       /* font size in points */
	unsigned char bold;
	unsigned char rtl;      /* a strong right-to-left character */
	unsigned char space_after; /* the producer put a word break after it */
} pdf_glyph;

/* A horizontal or vertical ruling line (a segment; thickness ignored). */
typedef struct pdf_ruling {
	double x0, y0, x1, y1; /* x0 == x1 (vertical) or y0 == y1 (horizontal) */
} pdf_ruling;

/* ---- debug.c: what the reader saw, drawn over each page (--debug DIR) -- */

/* The kinds of box a debug picture shows, each in a colour of its own
 * (rw-pdf(1) lists them). */
enum pdf_debug_kind {
	PDF_DEBUG_GLYPH,  /* a glyph's box */
	PDF_DEBUG_RULING, /* a ruling line (a box without height or width) */
	PDF_DEBUG_EDGE,   /* a text edge: where several lines' text starts,
			     ends or is centred, as a vertical line */
	PDF_DEBUG_GAP,    /* a column gap: white running down between columns */
	PDF_DEBUG_AREA,   /* a table's area */
	PDF_DEBUG_CELL,   /* a table cell */
	PDF_DEBUG_NKINDS
};
typedef struct pdf_debug_box {
	enum pdf_debug_kind kind;
	pdf_box b;
} pdf_debug_box;
/* The boxes noted on one page, and the picture they go on (picture.c);
 * a page without a picture has none (NULL). debug.c, which notes them,
 * needs neither poppler nor cairo. */
typedef struct pdf_debug {
	pdf_debug_box *box;
	size_t n, cap;
	struct pdf_picture *picture;
	/* the page was turned (direction.c) so that direction turn (enum
	 * pdf_dir, reading.h) reads east, from a frame of w x h points:
	 * boxes from turned_from on are in the turned frame (turn 0: not
	 * turned) */
	int turn;
	double w, h;
	size_t turned_from;
} pdf_debug;
/* Notes a box (displayed frame, points) on the page d belongs to; does
 * nothing when d is NULL, so the geometry calls it unconditionally:
 * pdf_debug_add_box(p->debug, PDF_DEBUG_EDGE, &box). Called from the
 * geometry thread only, like everything that sees a pdf_page. */
void pdf_debug_add_box(pdf_debug *d, enum pdf_debug_kind kind, const pdf_box *b);
/* Box i of d as the page is displayed: one noted after the page was
 * turned is turned back (direction.c). */
pdf_box pdf_debug_shown(const pdf_debug *d, size_t i);
/* Notes a table: its area and each of its cells. */
struct pdf_table;
void pdf_debug_add_table(pdf_debug *d, const struct pdf_table *t);
/* picture.c, for pages.c: a picture of a page of width x height points,
 * to be written to path (NULL for an absurd size); the page is drawn
 * onto its canvas, a cairo context in points over white paper. finish
 * draws the noted boxes over it, writes the PNG and frees d: 0, or -1
 * (errno). */
struct _cairo;
pdf_debug *pdf_debug_new(const char *path, double width, double height);
struct _cairo *pdf_debug_canvas(pdf_debug *d);
int pdf_debug_finish(pdf_debug *d);
void pdf_debug_free(pdf_debug *d);
/* Pixels a point in the picture of a page of that size (rw-pdf(1)). */
double pdf_debug_scale(double width, double height);

typedef struct pdf_page {
	int number;            /* 1-based */
	double width, height;  /* displayed */
	pdf_glyph *g;
	size_t ng, capg;
	pdf_ruling *r;
	size_t nr, capr;
	int have_rulings;      /* r[] was looked for (lattice / auto) */
	pdf_debug *debug;      /* the page's debug picture, or NULL (no --debug) */
	/* page.c: how the frame poppler works in maps to the displayed one
	 * (rotation 0, 90, 180, 270; size in poppler's frame) */
	int rotate;
	double uw, uh;
	pdf_box *marks;        /* list markers drawn as shapes (marks.c) */
	size_t nmarks, capmarks;
} pdf_page;
/* Grows a to take in b. */
void pdf_box_union(pdf_box *a, const pdf_box *b);
/* fmin and fmax are calls into libm (their handling of NaN and signed
 * zeros keeps the compiler from inlining them); these are inline and
 * give the same answer wherever only comparisons follow: an argument
 * that is NaN is passed over, as there. */
static inline double pdf_min(double a, double b) { return a < b || b != b ? a : b; }
static inline double pdf_max(double a, double b) { return a > b || b != b ? a : b; }
/* qsort's order of doubles, ascending. */
static inline int pdf_by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}
/* Maps a box of poppler's frame (top-left origin) to the displayed
 * frame of p (inline: it is called for every character of a page). */
static inline pdf_box pdf_page_to_display(const pdf_page *p, double x1, double y1, double x2,
					  double y2)
{
	double ax, ay, bx, by;
	switch (p->rotate) {
	case 90:
		ax = p->uh - y1, ay = x1, bx = p->uh - y2, by = x2;
		break;
	case 180:
		ax = p->uw - x1, ay = p->uh - y1, bx = p->uw - x2, by = p->uh - y2;
		break;
	case 270:
		ax = y1, ay = p->uw - x1, bx = y2, by = p->uw - x2;
		break;
	default:
		ax = x1, ay = y1, bx = x2, by = y2;
	}
	return (pdf_box){pdf_min(ay, by), pdf_min(ax, bx), pdf_max(ay, by), pdf_max(ax, bx)};
}

void pdf_page_add_glyph(pdf_page *p, const pdf_glyph *g);
void pdf_page_add_ruling(pdf_page *p, double x0, double y0, double x1, double y1);
void pdf_page_clear(pdf_page *p);
/* The page's level rulings (those that may part a stream table's
 * rows), in *out (allocated); their count. */
size_t pdf_level_rulings(const pdf_page *p, pdf_ruling **out);
/* Keeps only glyphs whose box lies wholly inside area, and clips rulings
 * to it. */
void pdf_page_crop(pdf_page *p, const pdf_box *area);
/* The glyph is in the area as pdf_page_crop keeps it. */
int pdf_box_holds_glyph(const pdf_box *area, const pdf_glyph *g);

/* ---- layout.c: glyphs -> words -> lines ---------------------------- */

typedef struct pdf_word {
	pdf_box b;
	char *text;   /* in logical order (right-to-left runs reversed) */
	float size;
	unsigned char bold, rtl;
	unsigned char mirrored;   /* its brackets were mirrored to be read (layout.c) */
	unsigned char cell_start; /* starts a chunk, however close to the word before */
	unsigned char at_column;  /* starts where a column's cells start (aligned.c) */
	unsigned char capital;    /* its first glyph is a capital letter */
	unsigned char hyphen;     /* its last glyph is a hyphen */
	unsigned char stop;       /* it ends a sentence as TeX sees one (layout.c) */
} pdf_word;

typedef struct pdf_line {
	pdf_box b;
	pdf_word *w;  /* left to right; one allocation with their texts
			 (pdf_words_copy), which free(w) frees */
	size_t nw;
	float size;   /* the largest font size on the line */
	float pitch;  /* points: its words are set in a monospaced font of
			 this advance a character; 0: proportional */
	int bold;     /* every word is bold */
	int drop;     /* a running header/footer or page number (emit.c) */
	int marked;   /* a list marker is drawn just left of it (marks.c) */
	int gridded;  /* it stands on the grid of the fixed-width font the
			 lines built with it are set in (layout.c on_grid) */
	int alone;    /* its word spaces are alike, as a justified line's, but
			 it stands in no paragraph (layout.c in_paragraph):
			 they may part chunks */
	double steady_to; /* the top of the line under it when the two are
			     rows of a table padded apart, their step
			     recurring (layout.c mark_steady); 0: none */
} pdf_line;

/* How layout.c makes words, chunks and lines of glyphs; lengths in font
 * sizes (em) unless they say. */
typedef struct pdf_layout_params {
	double word_gap;           /* em: a wider gap between glyphs breaks a word */
	double space_overlap;      /* em: after a space character a word breaks
				      even where the next glyph overlaps this much */
	double chunk_gap;          /* em: a wider gap between words breaks a chunk, */
	double sentence_space;     /* em: this much wider after a sentence's end */
	double mono_chunk_spaces;  /* character advances: a narrower gap breaks no
				      chunk of monospaced text */
	double mono_tol;           /* share: words' advances a character this close
				      are one monospaced font's */
	size_t mono_words;         /* words of letters whose advances say so, at least */
	size_t open_lines;         /* lines a glyph may still join, the latest */
	double same_glyph_overlap; /* share of the narrower box: one glyph drawn twice */
	double join_overlap;       /* share of the lower box: a glyph (or a superscript's
				      band) overlapping a line this much is on it */
	double line_size_share;    /* of a line's height: a glyph this tall ... */
	double line_offset_share;  /* ... this far off its middle is on a line of its own */
	double band_level;         /* of a line's height: a glyph this near its middle widens its band */
	double band_size_share;    /* of a line's height: a glyph taller does not widen its band */
	double mark_size_share;    /* of the height of the glyph it marks: a superscript is
				      at most this tall, ... */
	double mark_raise;         /* ... its middle this far above that glyph's */
	size_t mark_glyphs;        /* glyphs of a superscript band a line takes over, at most */
	double mark_touch;         /* of the height of the glyph it marks: a superscript
				      starts this near that glyph's end */
	size_t justified_gaps;     /* word spaces of a justified line of prose, at least, ... */
	double justified_slack;    /* em: ... differing by at most this, ... */
	double sentence_stretch;   /* but a space after a sentence's end, at most this
				      many times the narrowest, ... */
	double justified_words;    /* em: ... between words differing by this, at least, ... */
	double paragraph_edge;     /* em: ... starting this close to a line next to it,
				      or ending so and starting right of it by ... */
	double paragraph_indent;   /* em: ... this at most: one chunk */
} pdf_layout_params;
extern const pdf_layout_params pdf_layout_defaults;
/* Groups the page's glyphs (any order) into lines, top to bottom, each
 * made of words, left to right. */
pdf_line *pdf_lines_build(const pdf_glyph *g, size_t ng, size_t *nlines);
void pdf_lines_free(pdf_line *l, size_t n);
/* Frees what the calling thread kept for making lines (layout.c keeps
 * an arena from call to call); a thread that made lines calls it before
 * it ends. */
void pdf_layout_thread_end(void);
/* A copy of words w[0..n-1] and of their texts in one allocation, as a
 * line holds them: free() frees it all. */
pdf_word *pdf_words_copy(const pdf_word *w, size_t n);
/* The same lines, with their words' boxes, sizes and weights but no text
 * (every w[].text NULL): for looking at the page's shape only. */
pdf_line *pdf_line_boxes(const pdf_glyph *g, size_t ng, size_t *nlines);
/* The words of a line joined by spaces (right-to-left runs of words in
 * logical order). Returns a new string. */
char *pdf_line_text(const pdf_line *l);
/* Line l of a cell, under line `above` of the same cell, as a footnote's
 * mark the cell's width wrapped onto a line of its own (Writer breaks
 * before a superscript): a number of at most mark_glyphs digits in type
 * at most mark_size_share of the line above's. Returns its superscript
 * digits (new string), or NULL when l is none. */
char *pdf_wrapped_mark(const pdf_line *l, const pdf_line *above);
/* Line l starts with a footnote's mark: a first word of mark_glyphs
 * digits at most, raised against the word after it (raised_mark). */
int pdf_starts_with_mark(const pdf_line *l);
/* Words first..last-1 joined as above. */
char *pdf_words_text(const pdf_word *w, size_t n);
/* Splits a line into chunks: runs of words whose gaps are at most a
 * normal word space, cut too before a word marked cell_start. Fills starts[] (index of each chunk's first word);
 * returns the number of chunks. starts has room for l->nw entries. */
size_t pdf_line_chunks(const pdf_line *l, size_t *starts);
/* The white before word i of line l parts two chunks (chunk_gap;
 * sentence_space more after a sentence's end; in monospaced text, more
 * than a space). */
int pdf_chunk_break(const pdf_line *l, size_t i);
/* The length of word w but the closing brackets and quotes after its
 * last mark ("said.)" -> "said."): where a sentence's stop would be. */
size_t pdf_word_stop(const char *w);

/* Line b (after line a) is no wrapped rest of line a: its first word,
 * after the widest word space of its type (PDF_SPACE_WIDTH), would have fit
 * at the end of line a before x right (greedy line filling breaks a line
 * only where the next word does not fit: a line after a short one starts
 * a new item, a new paragraph). 0 when either line is empty. */
int pdf_fits_after(const pdf_line *a, const pdf_line *b, double right);
/* Line a, its paragraph starting at left, ended that paragraph (a value
 * on a line of its own, a label under it, a hard break): it is short
 * (a paragraph's lines but its last fill nine tenths of their measure at
 * least, however set) and line b's first word would have fit at its end
 * within the measure (pdf_fits_after). A line ending in a hyphen goes
 * on. */
int pdf_room_for_next(const pdf_line *a, const pdf_line *b, double left, double measure);

/* ---- tables (stream.c, lattice.c) ---------------------------------- */

typedef struct pdf_table {
	pdf_box b;
	int page;
	int rows, cols;
	char **cell;       /* rows * cols, owned, never NULL ("" = empty) */
	pdf_box *cb;       /* rows * cols; an empty cell's box is its slot */
	int *span_from;    /* rows * cols: slots back to the top-left slot of
			    * the ruled cell spanning this one; 0: its own;
			    * PDF_CARRIED: a copy of the page before's cell */
	unsigned char *open_foot; /* cols: the ruled table's last line, drawn
			    * under other columns, leaves this one open: its
			    * cell goes on past the page break */
	unsigned char *header; /* per row */
	unsigned char *plain;  /* per row: holds text not in a bold font */
	double *colx;      /* cols + 1 column boundaries (for continuation) */
	int goes_on;       /* found as the table of the page before, going on */
	int head_again;    /* going on: its first rows print the header again */
} pdf_table;

void pdf_table_init(pdf_table *t, int rows, int cols);
/* centred.c: a table without rulings, its cells centred in their rows:
 * a cell standing in the middle of empty cells of its column spans their
 * rows, where every empty cell of the column is so explained. */
void pdf_fill_centred_spans(pdf_table *t);
void pdf_table_clear(pdf_table *t);
/* Appends text to a cell, separated by sep when it has some already;
 * sep NULL joins the lines of running text, as recwatch reads them: a
 * space, or nothing after a hyphen between letters or digits ("end-" "user" is
 * "end-user"; Tabula's methods keep the space). */
void pdf_table_append(pdf_table *t, int row, int col, const char *text,
		      const pdf_box *b, const char *sep, int bold);
/* The text slot k of t reads: its own, or a copy of the ruled cell
 * spanning it when it holds none (span_from; a carried copy is its own
 * text). *copy (may be NULL): whether it is a copy. */
const char *pdf_table_slot_text(const pdf_table *t, size_t k, int *copy);

/* Stream extraction over the whole set of lines: every line is a row,
 * columns from the gaps between chunks across all lines, or from the
 * given vertical boundaries (sorted x positions) when nbound > 0. */
void pdf_stream_table(const pdf_line *l, size_t nl, const double *bound,
		      size_t nbound, pdf_table *out);
/* The whole set of lines as one table as pdf_stream_table reads it, but
 * with rows as auto mode finds them (a row's lines together, cellrows.c). */
void pdf_stream_rows(const pdf_line *l, size_t nl, const double *bound, size_t nbound,
		     pdf_table *out);
/* The page's text as one stream table (pdf_stream_table), its columns
 * bound by the vertical rulings running past all of it when there are
 * two or more (pdf_vertical_bounds; area: the area read, or NULL). */
void pdf_stream_page_table(const pdf_page *p, const pdf_box *area, pdf_table *t);
/* --method stream over a whole page (streamareas.c): its table areas
 * (ruled grids, text-edge areas) each read as pdf_stream_page_table
 * reads an area; their glyphs are taken out of p. Returns the tables,
 * top to bottom (count in *nt; 0 when the page has no table area). */
pdf_table *pdf_stream_areas(pdf_page *p, size_t *nt);
/* A column gap of a table: white from lo to hi (the bound mid-way). */
typedef struct pdf_gap {
	double lo, hi;
} pdf_gap;
/* Marks the words of lines (but those marked in skip[]) that start where
 * table cells start on other lines, left-aligned in a column (aligned.c):
 * they start chunks even when set close to the word before. A table
 * going on from the page before (carry: where its columns but the first
 * started there, or NULL) has its columns start there. */
void pdf_mark_cell_starts(pdf_line *l, size_t nl, const int *skip, const double *carry,
			  size_t ncarry);
/* The table that ended the page before, as the next page may go on
 * with it: its column gaps (ngap, in order: ngap + 1 columns) and the
 * texts of its header rows (nhead rows of ngap + 1 cells). */
typedef struct pdf_carry {
	const pdf_gap *gap;
	size_t ngap;
	char *const *head;
	int nhead;
} pdf_carry;
/* Stream detection for auto mode: finds runs of consecutive lines that
 * share at least 3 column gaps and makes each a table. Marks the lines
 * used in used[] (1). Returns the tables found (count in *nt). carry:
 * the table that ended the page before, or NULL: the lines at the top
 * of the page that keep out of its gaps go on with it, even when none
 * of them fills every column, under its header printed again.
 * page_follows: another page comes after this one (a row across a
 * table last on the page may be a section going on there). */
pdf_table *pdf_stream_detect(const pdf_line *l, size_t nl, int *used, const pdf_carry *carry,
			     const pdf_ruling *r, size_t nr, int page_follows, size_t *nt);

/* Where tables without rulings stand (textedges.c: Nurminen's text
 * edges). Lengths are relative: to the font size or a line's height. */
typedef struct pdf_edge_params {
	double align_tol;    /* font sizes: chunk ends this close line up */
	double start_tol;    /* font sizes: words starting this close start a
				column's cells together (aligned.c) */
	double exact_tol;    /* font sizes: words starting this close start
				at one x, as a producer sets a column's
				cells, not by chance (aligned.c) */
	int min_edge_chunks; /* chunks on a text edge */
	int min_columns;     /* columns crossing a line of a table; a full
				line has text in as many */
	int min_full_lines;  /* lines with text in min_columns in a table */
	int full_slack;      /* a full line's columns with text: as many as
				the area's most but this many */
	int max_break_lines; /* lines across the columns (section rows) a
				table goes on past */
	double max_blank;    /* line heights: a taller blank stretch between
				two lines ends edges and tables */
	double min_gutter;   /* font sizes: a white band through a whole area
				this wide at least may part two tables side
				by side */
	double type_tol;     /* share: font sizes this close are one type (a
				line set larger above a table is a title, one
				set smaller under it a note) */
	double min_row_white; /* font sizes: white across a side of an area
				 this tall is a break between rows */
	double max_cell_leading; /* font sizes: white between two lines of
				    one cell, at most */
	double min_shared_height; /* share of a line's height: a line whose
				     box shares more with the line above
				     stands beside it (a cell centred
				     between two lines of the next) */
	int min_side_rules;  /* level rulings on each side of such a band,
				none across it, part the tables */
	int max_head_lines;  /* lines over tables side by side, outside their
				area, taken as both sides' headers */
} pdf_edge_params;
extern const pdf_edge_params pdf_edge_defaults;
/* A table area: lines first..last, the words of them whose middle is
 * between left and right (-HUGE_VAL and HUGE_VAL: whole lines; narrower
 * where tables stand side by side on the same lines). */
typedef struct pdf_area {
	size_t first, last;
	double left, right;
	int framed; /* a table beside another whose rules or repeated
		       header show its ends: its columns may be read off
		       every line, not its full ones alone */
} pdf_area;
/* The area takes part of its lines (a table beside another). */
int pdf_area_clipped(const pdf_area *a);
/* The area holds what has box b: its middle is between the area's sides. */
int pdf_area_holds(const pdf_area *a, const pdf_box *b);
/* Copies of the page's lines l[0..nl-1] holding only the words of a's
 * side (those whose middle is between its left and right): a page of its
 * own for a table beside another. Lines left empty are dropped; the
 * count in *n, the index of each one's line in *from (allocated). Free
 * with pdf_lines_free. */
pdf_line *pdf_side_lines(const pdf_line *l, size_t nl, const pdf_area *a, size_t *n,
			 size_t **from);
/* The table areas among the lines not used (top to bottom, count
 * returned, *out allocated); filled[i] (room for nl) is set to the
 * number of columns line i has text in. r[0..nr-1]: the page's level
 * rulings (rules that stop between tables side by side part them). The
 * text edges and the areas are noted on debug (NULL: none). */
size_t pdf_text_areas(const pdf_line *l, size_t nl, const int *used, const pdf_ruling *r,
		      size_t nr, const pdf_edge_params *p, int *filled, pdf_area **out,
		      pdf_debug *debug);
/* Lines i..j-1 are a table (its text from left to right) that rules
 * its rows: two level rulings of r[0..nr-1] across it, more than a line
 * apart, stand inside it, under its first line and over line j - 1's
 * top (a rule under the header alone, or rules over and under the table
 * alone, do not). Then the lines from j down to the next rule across it
 * under them, when one stands over line j inside the table, are a row
 * of it (a cell's last lines, a section row), whatever columns they
 * cross, as long as they follow one another and are not used: returns
 * the last of them, or j - 1 when there are none. */
size_t pdf_ruled_row_end(const pdf_ruling *r, size_t nr, const int *used, const pdf_line *l,
			 size_t nl, size_t i, size_t j, double left, double right);
/* The most columns a line of first..last fills, and whether a line
 * filling `filled` of them is a full line there (it shows the columns). */
int pdf_most_filled(const int *filled, size_t first, size_t last);
int pdf_full_line(int filled, int most, const pdf_edge_params *p);
/* The white stripes between the x-ranges r[0..n-1] (sorted here): where
 * none of them reaches, from one's right end to the next's left; their
 * count, in out (room for n). */
size_t pdf_white_stripes(pdf_gap *r, size_t n, pdf_gap *out);
/* Every word of line a is set in a larger type than any of line b
 * (type_tol): a title over b, or b a note under a. */
int pdf_larger_type(const pdf_line *a, const pdf_line *b, const pdf_edge_params *p);
/* Line l starts with a list item's mark: a bullet, "(a)", "a)", "1." (a
 * mark of letters or digits with text after it on the line). */
int pdf_starts_item(const pdf_line *l);
/* Whether a word is a bullet ("•", "◦", "-", ...). */
int pdf_is_bullet(const char *word);
/* Line j comes under line i without a blank stretch (max_blank), or as
 * the next row of a table whose rows stand apart at a steady step
 * (steady_to). */
int pdf_lines_follow(const pdf_line *l, size_t i, size_t j, const pdf_edge_params *p);

/* Rows of a table without rulings (cellrows.c). pc[i * cols + c] is the
 * text of line i (top to bottom) in column c: whether there is any, its
 * vertical extent, and (0 when not known) its horizontal one, the width
 * of its first word and the word space of its type. Fills
 * row[i * cols + c] with the row of that text (-1 where there is none)
 * and also[...] with a second row for a cell that spans two (else -1);
 * returns the number of rows. */
typedef struct pdf_cellpiece {
	int has;
	double top, bottom;
	double left, right, first_word, space;
	int bold; /* every word of it is bold */
	int figure; /* one word of digits: a number, a date, a share */
} pdf_cellpiece;
/* rule[0..nrule-1] (ascending): the heights of the rules that cross every
 * column of the table but the first (horizontal rulings, edges of row
 * fills); first[k] (NULL: every rule) says rule k crosses the first
 * column too. When they part most rows (pdf_row_params), every line
 * between two of them is one row's, whatever the white between lines
 * says; a first cell's, between two rules that cross its column. */
int pdf_cell_rows(const pdf_cellpiece *pc, size_t n, int cols, const double *rule,
		  const unsigned char *first, size_t nrule, int *row, int *also);
/* Steps between lines within this ratio of each other are one step:
 * glyph boxes round by a few hundredths of a step (pdf_row_params
 * same_step, and layout.c's rows padded far apart, steady_to). */
#define PDF_SAME_STEP 1.03
/* Font sizes: the widest word space of common faces (DejaVu Sans
 * 0.32 em, Helvetica 0.28, Times 0.25): a word that fits after a space
 * this wide would have been set on the line above (pdf_row_params
 * space_width, and pdf_fits_after). */
#define PDF_SPACE_WIDTH 0.35

/* The rows of a stream table (cellrows.c) and of one going on over a
 * page break (continued.c): lengths in line pitches or text heights. */
typedef struct pdf_row_params {
	int min_rules;     /* rules with text on both sides: fewer (a header's
			      rule alone) bound no rows */
	double rule_share; /* those rules against the row breaks the white
			      between lines shows: fewer bound groups of rows */
	double row_step;   /* pitches: a longer step between lines is a row's
			      padding (a cell's lines step by the pitch) */
	double band_margin; /* pitches: a band of white across the table wider
			       than a cell's leading by this parts rows */
	double same_step;  /* ratio: steps this close are one (rounding) */
	int pitch_share;   /* the pitch is the smallest step that comes back
			      in one step of this many (twice at least) */
	double max_leading; /* text heights: a cell's lines stand at most
			       this far apart; a longer pitch is a row step */
	int min_padded_breaks; /* steps wider than row_step: fewer (the
				  white under a header) show no padding */
	double midway;     /* pitches: a cell this close to the middle of two
			      rows spans both */
	double last_line;  /* text heights: a cell ends on its row's last
			      line this close to the row's bottom */
	double blank_line; /* text heights: more white than this above a
			      column's text, in a row that used the column,
			      starts the next row (cells aligned at the top) */
	int min_resumed;   /* columns: a line of a padded table where this
			      many cells resume after a blank line in their
			      columns, beside the first cell's last line,
			      starts a row */
	double grid;       /* points: lines set on a grid of pixels step by
			      the pitch give or take this (a browser's) */
	double space_width; /* font sizes: a word space at the widest (a word
			       fitting after it would have been set there) */
	double same_edge;  /* text heights: left edges or widths of text
			      this close are one (a wrapped cell's lines
			      start level; ids of one form are as wide), and
			      so are right edges and centres */
} pdf_row_params;
extern const pdf_row_params pdf_row_defaults;

/* Lattice extraction: cells from the rulings (the area's edges count as
 * rulings when area is not NULL), several tables a page. Glyphs are
 * placed in the cell that holds their centre. Returns the tables, top to
 * bottom (count in *nt). */
pdf_table *pdf_lattice_tables(const pdf_page *p, const pdf_box *area, const char *sep,
			       size_t *nt);
/* The same as the rulings alone part them: a band no rule parts is one
 * row, however many its text shows (Tabula's spreadsheet reading, which
 * its isTabular weighs: emit.c area_method). */
pdf_table *pdf_lattice_grids(const pdf_page *p, const pdf_box *area, size_t *nt);

/* Vertical rulings usable as stream column boundaries inside area: the
 * x positions (sorted, merged when closer than 2pt) of the vertical
 * rulings that run past all the text, when no horizontal ruling splits
 * the text into ruled rows (a grid is lattice's business, and stream
 * reads it from the text). */
size_t pdf_vertical_bounds(const pdf_page *p, const pdf_box *area, double **xs);

/* ---- page.c / rulings.c (poppler, cairo), scan.c -------------------- */

struct _PopplerPage;
struct _PopplerRectangle;
struct _GList;
/* What poppler tells of a page's text: its characters, a box for each
 * and font ranges. Fetching calls poppler; building glyphs from it does
 * not, so that it can run in the geometry thread (pages.c). */
typedef struct pdf_page_text {
	int number;
	double width, height;
	char *text;
	struct _PopplerRectangle *r;
	unsigned n;
	struct _GList *attrs;
	/* more selections of the same page, whose glyphs not in this one
	 * are added to it (a page poppler reads right to left) */
	struct pdf_page_text *more;
	size_t nmore, capmore;
} pdf_page_text;
/* checked: the page's glyphs drawn will be checked against its text
 * (pdf_page_recover), and text they show missing fetched then. */
void pdf_page_fetch(struct _PopplerPage *pp, int number, int checked, pdf_page_text *t);
/* Adds to t's other selections those dragged over b (either way). */
void pdf_page_fetch_area(struct _PopplerPage *pp, const pdf_box *b, pdf_page_text *t);
/* Makes the glyphs of t in p (displayed frame); t's boxes are changed
 * (a ligature's shared box split), and t is cleared by its caller. */
void pdf_page_build(pdf_page_text *t, pdf_page *p);
void pdf_page_text_clear(pdf_page_text *t);
/* Whether the n characters of a word read right to left, as poppler
 * gave them, are Arabic presentation forms in the order drawn (left to
 * right) rather than in reading order (arabic.c). */
int pdf_arabic_drawn_order(const uint32_t *w, size_t n);
/* Whether c is one of Unicode's Arabic presentation forms (U+FB50 to
 * U+FDFF, U+FE70 to U+FEFE): a letter's shaped form, or a ligature. */
int pdf_arabic_form(uint32_t c);

/* ---- the page's drawing (drawing.c records it, vectors.c reads it) -- */

/* A point of a flattened path, in points of the displayed frame. */
typedef struct pdf_vertex {
	double x, y;
	unsigned char move; /* starts a subpath (else a line from the one before) */
} pdf_vertex;

enum pdf_paint { PDF_PAINT_STROKE, PDF_PAINT_FILL };

/* One stroke or fill of the page, in drawing order. */
typedef struct pdf_shape {
	unsigned char paint; /* enum pdf_paint */
	unsigned char solid; /* drawn in one colour (else a gradient or a pattern) */
	float r, g, b, a;    /* that colour, 0..1 */
	double width;        /* a stroke's line width, points */
	pdf_box clip;        /* what the clip leaves of the page */
	size_t first, n;     /* its path: v[first .. first + n - 1] */
} pdf_shape;

/* Glyphs drawn by one call of cairo's: its font face (referenced) and
 * size (the font matrix), and the matrix from the call's user space to
 * device space (each cairo_matrix_t: xx, yx, xy, yy, x0, y0). */
struct _cairo_font_face;
typedef struct pdf_glyph_run {
	struct _cairo_font_face *face;
	double font[6], m[6];
	size_t first, n;     /* its glyphs: glyphs[first .. first + n - 1] */
} pdf_glyph_run;

/* A glyph drawn: its index in its font and its origin in user space. */
typedef struct pdf_drawn_glyph {
	unsigned long index;
	double x, y;
} pdf_drawn_glyph;

typedef struct pdf_point {
	double x, y;
} pdf_point;

/* What a page draws, as far as rulings go, and the glyphs it draws (to
 * check its text layer against, unread.c). Bounded: a page drawing more
 * keeps its first shapes and says so (full). */
typedef struct pdf_drawing {
	pdf_shape *s;
	size_t ns, caps;
	pdf_vertex *v;
	size_t nv, capv;
	pdf_glyph_run *runs;
	size_t nruns, capruns;
	pdf_drawn_glyph *glyphs;
	size_t nglyphs, capglyphs;
	int glyphs_full; /* glyphs were left out: more than the bound */
	/* the middles of the glyphs drawn that the clip hides (points of the
	 * displayed frame; within the glyphs' bound) */
	pdf_point *hidden;
	size_t nhidden, caphidden;
	int ink;     /* something drawn shows on white paper (an image counts) */
	int full;    /* shapes were left out: more than the bound */
	double scale; /* device units a point of the canvas being recorded */
} pdf_drawing;
void pdf_drawing_clear(pdf_drawing *d);
/* Records what poppler draws on cr from now on, in this thread, into d
 * (emptied first); draw: draw it too (a debug picture), else nothing is
 * drawn. pdf_drawing_end stops. Returns 0, or -1 when the calls of
 * poppler do not reach rw-pdf (drawing.c says when). */
struct _cairo;
int pdf_drawing_begin(pdf_drawing *d, int draw);
void pdf_drawing_end(void);
/* Takes out of p the glyphs whose box holds the middle of a glyph d
 * drew where the clip hides it (clipped.c); returns how many. */
size_t pdf_page_drop_hidden(pdf_page *p, const pdf_drawing *d);
/* The list markers drawn as shapes in d, into p->marks (marks.c). */
void pdf_page_marks(pdf_page *p, const pdf_drawing *d);
/* Marks the lines that a marker of m[0..nm-1] stands just left of. */
void pdf_lines_mark(pdf_line *l, size_t nl, const pdf_box *m, size_t nm);
/* Checks the glyphs d drew against the text t fetched of the same page
 * and fetches the text of those it lacks (unread.c). Returns how many
 * glyphs with ink are still in none of t's text, the first at *where;
 * *off_page counts those drawn off the page (poppler keeps no text of
 * them, and they show nowhere). */
size_t pdf_page_recover(struct _PopplerPage *pp, const pdf_drawing *d, pdf_page_text *t,
			pdf_box *where, size_t *off_page);

/* How vectors.c tells rulings from the rest of a drawing; every field a
 * length in points unless it says otherwise. */
typedef struct pdf_vector_params {
	double min_length;    /* shorter lines are no rulings */
	double max_thickness; /* thinner filled boxes are lines; thicker strokes are bars */
	double max_slant;     /* ratio across/along: straighter segments are level */
	double join_gap;      /* collinear pieces this far apart are one (dashed) line */
	double same_line;     /* pieces this close across lie on one line */
	double min_contrast;  /* 0..1 in some colour channel: colours a reader tells apart */
	double min_alpha;     /* 0..1: fainter paint is not seen */
	double work;          /* rectangle tests a page at most (the colour edges) */
} pdf_vector_params;
extern const pdf_vector_params pdf_vector_defaults;
/* Adds the rulings of drawing d to p (needs p's glyphs: a line inside a
 * glyph's box is a stroke of it). Returns 0, or -1 when the page drew
 * more than the bounds let be read (what was read is kept). */
int pdf_page_vector_rulings(pdf_page *p, const pdf_drawing *d, const pdf_vector_params *k);

/* textrules.c: rulings drawn with characters ("+----+", "|", box
 * drawing), lengths in ems of the glyph's font. */
typedef struct pdf_textrule_params {
	size_t min_run;     /* glyphs across a run has at least, dashes and the like */
	double touch;       /* em: glyphs of a run stand this close */
	double same_column; /* em: middles of glyphs of one character column */
	double next_line;   /* of a glyph's height: the white to the next line's
			       glyph, at most; and how far a piece down reaches
			       past its glyph, to the middle of that line */
} pdf_textrule_params;
extern const pdf_textrule_params pdf_textrule_defaults;
/* Takes the glyphs that draw rulings out of p's text and adds the
 * rulings; returns how many glyphs went. */
size_t pdf_page_text_rulings(pdf_page *p);
/* Draws pp with d recording it (rulings.c); canvas: a debug picture to
 * draw it on too, or NULL. */
struct _PopplerPage;
int pdf_page_draw(struct _PopplerPage *pp, pdf_drawing *d, struct _cairo *canvas);
/* True when rendering pp before reading its text leaves the text as it
 * is (rulings.c): poppler then reads the page once for both. */
int pdf_render_keeps_text(struct _PopplerPage *pp);

/* ---- continued.c: a table going on over pages ----------------------- */

/* Takes out rows r..r+n-1. */
void pdf_table_drop_rows(pdf_table *t, int r, int n);
/* How many of the first rows of t repeat the table's header (nhead rows
 * of t->cols texts) word for word. */
int pdf_table_head_repeats(const pdf_table *t, char *const *head, int nhead);
/* t's first row and prev's last row are one row that the page break
 * cut when one has an empty first cell and the other (no section row)
 * not, and prev's cells in the columns both fill end on its last line:
 * t's row joins prev's (prev's boxes kept) and leaves t. Returns 1 when
 * joined. */
int pdf_table_join_cut_row(pdf_table *prev, pdf_table *t);
/* A ruled cell spanning rows that the page break cut: the slots at the
 * top of t (an empty cell spanning two rows or more, or one row under a
 * column prev leaves open at its foot; or, joined, those the joined row's
 * cell still covers) get a copy of prev's cell in its last row, their
 * span_from PDF_CARRIED. */
#define PDF_CARRIED (-1)
void pdf_table_carry_spans(const pdf_table *prev, pdf_table *t, int joined);
/* The lines l[0..nl-1] under t, the last of its page, are section rows
 * at its foot (t has section rows, its first cell alone, and each line
 * is one word group flush with t's first column, no further below the
 * line above than two of t's rows stand apart): they become rows of t
 * and 1 is returned; else 0 and t stays as it is. */
int pdf_table_take_foot_sections(pdf_table *t, const pdf_line *const *l, size_t nl);
/* Lines l[0..nl-1] under t, the last table of its page, that has no
 * section rows: each one word group flush with t's first column, as
 * tall as its shortest first cell's line, ending within it, no further
 * below the line above than two of t's rows stand apart, may be section
 * rows at its foot: 1 when they all are, and with take they become rows
 * of t; else 0 and t stays as it is. */
int pdf_table_take_foot_rows(pdf_table *t, const pdf_line *const *l, size_t nl, int take);
/* The same over t, the piece going on at the top of the next page from
 * prev: the lines l[0..nl-1] over it, each one word group flush with
 * prev's first column, no further above what stands under it than two
 * of prev's rows stand apart, become t's first rows. */
int pdf_table_take_head_sections(pdf_table *t, const pdf_table *prev, const pdf_line *const *l,
				 size_t nl);

/* ---- emit.c: blocks ------------------------------------------------ */


enum pdf_method { PDF_AUTO, PDF_STREAM, PDF_LATTICE };

typedef struct pdf_emitter pdf_emitter;
pdf_emitter *pdf_emitter_new(FILE *out, const char *source);
/* Feeds one page; the emitter keeps what it needs for the document. */
void pdf_emitter_page(pdf_emitter *e, pdf_page *p, enum pdf_method m,
		      const pdf_box *area);
/* Writes the document's blocks. Returns 0, or -1 on a write error. */
int pdf_emitter_finish(pdf_emitter *e);
void pdf_emitter_free(pdf_emitter *e);

/* ---- pages.c: a document's pages into an emitter -------------------- */

struct _PopplerDocument;
/* What reading keeps from one document to the next: the memory of the
 * pages' drawings, and where debug pictures go. */
typedef struct pdf_reader pdf_reader;
pdf_reader *pdf_reader_new(void);
/* A PNG of each page read from now on in dir (NULL: none; --debug). */
void pdf_reader_debug(pdf_reader *r, const char *dir);
void pdf_reader_free(pdf_reader *r);
/* The words of a document, to mend words broken at a line's end
 * (hyphen.c); fill adds the document's text, once, when first needed. */
typedef struct pdf_words pdf_words;
typedef void (*pdf_words_fill)(pdf_words *ws, void *ctx);
pdf_words *pdf_words_new(pdf_words_fill fill, void *ctx);
/* Adds a line's words; after_hyphen: the line before ended in
 * "letters-". Returns whether this one does. */
int pdf_words_add_line(pdf_words *ws, const char *line, int after_hyphen);
void pdf_words_free(pdf_words *ws);
/* Appends line s to a paragraph's text: after a space, or mending a word
 * broken by a hyphen at the end of the text so far. */
void pdf_join_line(rw_buf *buf, const char *s, pdf_words *ws);

/* What a page holds, as far as reading it goes. */
enum pdf_page_kind {
	PDF_PAGE_UNREAD,
	PDF_PAGE_TEXT,
	PDF_PAGE_TEXTLESS, /* drawn without text: a scan, text turned into shapes */
	PDF_PAGE_BLANK,    /* nothing on it at all */
};
/* Feeds the pages marked in want[0..nwant-1] (want NULL: all) of doc
 * (named name in warnings and pictures) to e, in order; kind[i] says
 * what page i+1 held (PDF_PAGE_UNREAD for pages not read). */
void pdf_read_pages(pdf_reader *r, struct _PopplerDocument *doc, const char *name,
		    const unsigned char *want, int nwant, enum pdf_method method,
		    const pdf_box *area, pdf_emitter *e, unsigned char *kind);

#endif
