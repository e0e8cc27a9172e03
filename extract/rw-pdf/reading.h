/*
 * reading.h - private to rw-pdf: putting a page in the order a person
 * reads it, before lines, words and tables are built from it.
 *
 *  direction.c  text printed sideways or upside down is turned into its
 *               reading frame (glyph boxes and rulings rotated);
 *  columns.c    columns of text are set one under the other, in the
 *               order they are read;
 *  furniture.c  running heads and feet and page numbers are marked, and
 *               a paragraph cut by a page break is joined up again.
 *
 * The rest of rw-pdf then works on the page as if it had been printed
 * upright in one column.
 */
#ifndef RW_PDF_READING_H
#define RW_PDF_READING_H

#include "pdf.h"

/* The top and bottom bands of a page where running heads and feet live,
 * as a share of the page's height: no column runs through them
 * (columns.c), and repeated lines there are furniture (furniture.c). */
#define PDF_MARGIN_SHARE 0.12

/* ---- direction.c ------------------------------------------------------ */

/* Directions in which text advances, in the page's displayed frame. */
enum pdf_dir { PDF_DIR_EAST, PDF_DIR_SOUTH, PDF_DIR_WEST, PDF_DIR_NORTH, PDF_DIR_NONE = -1 };

/* How direction.c tells which way text advances; lengths in font sizes
 * (em) of the glyphs measured. */
typedef struct pdf_direction_params {
	double near_step;    /* em: glyphs' centres at most this far apart step along one run */
	double step_slope;   /* a step's sideways part over its forward part, at most */
	double across_share; /* a glyph box's width across its direction over its length along, at least */
	size_t min_turn_run; /* glyphs: a shorter run of another direction is left alone */
	double block_pitch;  /* em: runs this close side by side turn as one block */
} pdf_direction_params;
extern const pdf_direction_params pdf_direction_defaults;
/* The direction each glyph of p advances in (p->ng entries, PDF_DIR_NONE
 * where its neighbours say nothing), from the steps between glyphs that
 * follow each other in the text. */
void pdf_glyph_directions(const pdf_page *p, signed char *dir);
/* The direction most glyphs advance in (PDF_DIR_EAST when none says). */
enum pdf_dir pdf_main_direction(const pdf_page *p, const signed char *dir);
/* Turns p by a quarter turns so that text advancing in direction d reads
 * from left to right: glyph boxes, rulings and the page's size. */
void pdf_page_turn(pdf_page *p, enum pdf_dir d);
/* Turns a box of a w x h frame the same way; *tw, *th get the frame's
 * size after. */
pdf_box pdf_box_turn(pdf_box b, enum pdf_dir d, double w, double h);

/* ---- columns.c -------------------------------------------------------- */

/* A gutter between two columns of text: white from x0 to x1, running
 * from top to bottom. */
typedef struct pdf_gutter {
	double x0, x1, top, bottom;
} pdf_gutter;
/* Gutters looked for on a page: a page of two columns has one; a page
 * whose columns break for a figure or a wide table has one per band. */
#define PDF_MAX_GUTTERS 8
/* What a document's pages so far say of its columns: the gutters found
 * (their x bands), so that the short columns a page ends with (a
 * section's last lines, balanced over two columns) are known for what
 * they are. */
typedef struct pdf_reading {
	pdf_gutter known[PDF_MAX_GUTTERS];
	size_t nknown;
} pdf_reading;
/* How columns.c tells a gutter between columns of running text; every
 * length in font sizes (em) of the line it is measured on. */
typedef struct pdf_column_params {
	double gutter_min;       /* em: the least white of a gutter */
	size_t min_lines;        /* lines of text on each side of a gutter ... */
	size_t known_min_lines;  /* ... where an earlier page had it there */
	double max_share;        /* the widest gutter: a share of the narrower column */
	double indent;           /* em: a column's line starts this far in at most */
	double justified_spread; /* widest over narrowest word space of a justified line */
	double tail_gap;         /* em: the most white above a line on one side only ... */
	double leading_slack;    /* em: ... and over the columns' own white between lines */
	double prose_share;      /* share of a side's lines holding prose_words words */
	size_t prose_words;
	double furniture_gap;    /* em: white setting a running head or foot apart */
	double beside_gap;       /* em: lines this near a river, text left of its left side: a table */
	double line_space;       /* em: white between stacked columns within a sentence,
				    where the left one's lines show none ... */
	double paragraph_space;  /* em: ... and after a sentence's end */
} pdf_column_params;
extern const pdf_column_params pdf_column_defaults;
/* Finds the gutters between columns of running text on p (glyphs in the
 * reading frame), remembering them in r (may be NULL). Returns how many
 * (at most max) were written to out. */
size_t pdf_find_gutters(const pdf_page *p, pdf_reading *r, pdf_gutter *out, size_t max);
/* Moves each column right of a gutter under the one left of it, so that
 * reading top to bottom reads one column after the other; what lies
 * below the columns moves down with them. */
void pdf_page_stack_columns(pdf_page *p, const pdf_gutter *g, size_t n);

/* The one call emit.c makes for each page before reading it: text into
 * its reading direction, then (r not NULL: auto mode, where rw-pdf finds
 * the tables itself; r is the document's, zeroed at its start) columns
 * one under the other. */
void pdf_page_reading_frame(pdf_page *p, pdf_reading *r);

/* ---- furniture.c ------------------------------------------------------ */

/* How furniture.c tells running heads and feet and joins a paragraph
 * cut by a page break; lengths in font sizes (em) unless they say. */
typedef struct pdf_furniture_params {
	size_t header_chunks; /* word groups: a line of as many is a table's header row */
	size_t header_lines;  /* lines: header cells written over at most as many */
	double place_step;    /* points: lines this close to an edge stand at one place */
	double paragraph_gap; /* em: the most white inside a paragraph ... */
	double same_size;     /* points: ... and the most its lines' sizes differ */
	double title_size;    /* times every other size of page 1: a title there */
	double join_leading;  /* em: white set between a paragraph's halves once joined,
				 where its own lines show none */
	double join_indent;   /* em: a paragraph's halves over a break start this close */
	double column_align;  /* em: chunks this close at one end stand in one column */
	size_t column_rows;   /* lines: a line heading as many in its columns is a header */
} pdf_furniture_params;
extern const pdf_furniture_params pdf_furniture_defaults;
/* Runs of digits of a margin line kept (its numbers, nine digits each). */
#define PDF_MARGIN_RUNS 8
/* A line in a page's top or bottom margin that may be furniture. */
typedef struct pdf_margin_line {
	char *key;   /* its text, digit runs as one mark, lowercased; NULL: a page number */
	long said;   /* a bare number's value (a page number only if the
			page it stands on bears it out), else -1 */
	size_t line; /* its index among the page's lines */
	int band;    /* 0 top, 1 bottom */
	long place;  /* distance from that edge, in place_step */
	long runs[PDF_MARGIN_RUNS]; /* its runs of digits' values, the first nruns */
	size_t nruns;
} pdf_margin_line;
/* A page's lines as emit.c keeps them, for the furniture pass. */
typedef struct pdf_page_lines {
	int number;
	double height;
	pdf_line *l;      /* may be reallocated: a paragraph's end can move */
	size_t nl;
	const pdf_table *t; /* the page's ruled tables */
	size_t nt;
	pdf_margin_line *m; /* pdf_note_margins */
	size_t nm;
} pdf_page_lines;
/* Notes the lines of p in its margins that may be furniture (p->m),
 * while the words of its lines are at hand: the furniture pass over
 * every page then needs only the lines' boxes, sizes and flags. */
void pdf_note_margins(pdf_page_lines *p);
void pdf_margins_clear(pdf_page_lines *p);
/* Marks (drop) the lines repeated at the same place on most pages and
 * page numbers in the margins, from the pages' notes. */
void pdf_mark_running_lines(pdf_page_lines *pages, size_t np);
/* Moves the lines of page b (the page after a) that go on with a
 * paragraph cut by the page break to the end of a, under its last line;
 * running lines marked first. */
void pdf_join_cut_paragraph(pdf_page_lines *a, pdf_page_lines *b);
/* All three over a document's pages. */
void pdf_mark_furniture(pdf_page_lines *pages, size_t np);

#endif
