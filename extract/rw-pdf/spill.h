/*
 * spill.h - private to rw-pdf: a document's pages parked in a temporary
 * file until the document is written (spill.c).
 */
#ifndef RW_PDF_SPILL_H
#define RW_PDF_SPILL_H

#include "pdf.h"

typedef struct pdf_spill pdf_spill;

/* Where a page's parked part lies in the file. */
typedef struct pdf_parked {
	long at;      /* -1: not parked, all of it in memory */
	size_t bytes;
} pdf_parked;

/* A temporary file, unlinked from the start; NULL when none can be made
 * (then nothing is parked and every page stays in memory). */
pdf_spill *pdf_spill_new(void);
void pdf_spill_free(pdf_spill *s);

/* Writes the words of lines l[0..nl-1], the cells of tables t[0..nt-1]
 * and the rulings *r (nr) to s and frees them from memory: each line
 * keeps its box, size and flags (w NULL), each table its box, size and
 * column bounds (cell, cb, header, plain NULL), *r becomes NULL. Returns
 * 0 and sets *where; -1 leaves everything as it was (a write failed). */
int pdf_spill_park(pdf_spill *s, pdf_line *l, size_t nl, pdf_table *t, size_t nt,
		   pdf_ruling **r, size_t nr, pdf_parked *where);
/* Puts back what pdf_spill_park took from the same lines, tables and
 * rulings (lines may have been moved meanwhile, but not their number of
 * words). Nothing when where->at is -1. Dies on a read error. */
void pdf_spill_fetch(pdf_spill *s, const pdf_parked *where, pdf_line *l, size_t nl,
		     pdf_table *t, size_t nt, pdf_ruling **r, size_t nr);
/* The lines of a parked page as they were parked (nl of them, the words
 * of each; pdf_lines_free frees them), for a pass over the whole
 * document's text. Dies on a read error. */
pdf_line *pdf_spill_lines(pdf_spill *s, const pdf_parked *where, size_t nl);

#endif
