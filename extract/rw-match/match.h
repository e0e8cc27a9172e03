/* match.h - the insides of rw-match, shared by its files:
 *   rw-match.c  options, the document loop, fact output
 *   doc.c       what a document says of itself (review, meeting date)
 *   prose.c     decision sentences and their lists of recommendations
 *   table.c     recommendation tables, row by row */
#ifndef RW_MATCH_H
#define RW_MATCH_H

#include "recwatch.h"

struct matcher {
	rw_rules *rules;
	const char *force_review; /* --review: the review of every fact */
	rw_writer *out;           /* facts, JSON Lines */
	rw_writer *rejects;       /* --rejects: what could not be read */
	size_t nfacts, nrejects;
	int status;
};

/* One document, buffered whole: review and dates need a look ahead. */
struct doc {
	const char *source;
	rw_block *b;
	size_t n, cap;
	char *review;      /* named by the title or most often in the text */
	int review_warned;
	char date[11];     /* the meeting / Board action date of the document */
	char asof[11];     /* a snapshot date the title gives */
};

/* What holds while walking a document's blocks in order. */
struct walk {
	const char *heading_review[7]; /* review named by the heading at each level */
	const char *para_review;       /* named by the last paragraph, for what follows it */
	char governs[11];              /* date governing decisions here */
	char asof[11];                 /* snapshot date for the next table */
	const char *carried;           /* decision passed on to the items below */
	int skipping;                  /* inside a rationale */
	struct table_state *table;     /* the recommendation table still open */
	int tables_done;               /* highest table number read */
};

/* rw-match.c */
void emit_fact(struct matcher *m, struct doc *d, const char *review, const char *id,
	       enum rw_field field, const char *value, const char *raw,
	       const char *date, const char *locator);
/* Something that looks like a recommendation but cannot be read: said on
 * stderr ("FILE: LOCATOR: " and the message fmt makes) and written to the
 * rejects file with its short reason and text. */
void emit_reject(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		 const char *text, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* The review that applies here: --review, else the walk's, else the
 * document's; warns once per document when there is none. */
const char *current_review(struct matcher *m, struct doc *d, const struct walk *w);

/* doc.c */
void doc_read_front(struct matcher *m, struct doc *d);
const char *review_in(struct matcher *m, const char *text);
int asof_in(struct matcher *m, const char *text, char iso[11]);
void walk_heading(struct matcher *m, struct doc *d, struct walk *w, const rw_block *b);

/* prose.c */
void prose_block(struct matcher *m, struct doc *d, struct walk *w, const rw_block *b);

/* table.c: reads the table whose `table` block is d->b[i].  A table that
 * goes on where the open one stopped (same columns, on the next page)
 * continues it; anything else between tables closes it: call
 * table_close then, and at the end of the document. */
void table_read(struct matcher *m, struct doc *d, struct walk *w, size_t i);
void table_close(struct matcher *m, struct doc *d, struct walk *w);

#endif
