/* pages.c - a document's pages, read in two threads.
 *
 * Each page goes through two halves: poppler's (rendering the page for
 * its ruling lines when it may hold a grid, then handing over its
 * glyphs) and recwatch's (the ruling scan and the page's geometry,
 * emit.c).  They are about equally long, so the second half of a page
 * runs in a thread of its own while poppler reads the next one: on two
 * cores a scorecard is read at the pace of poppler alone.  Only the
 * reading thread touches poppler and cairo; the geometry thread sees
 * plain memory (a pdf_page and the pixels of its rendering).  Pages
 * reach the emitter one at a time and in order, so the blocks are the
 * same as a one-thread read gives.
 */
#include "recwatch.h"
#include "pdf.h"

#include <poppler.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Half a point a pixel for the rulings: at one, a thin line straddling
 * two pixel rows shows as two lines. */
#define RULING_SCALE 2.0
/* Enough to see whether anything at all is drawn on a page without text:
 * a hairline still greys the pixels it crosses. */
#define INK_SCALE 0.5

/* Pages handed from the reader to the geometry thread: one being read,
 * one being worked on (each slot keeps a rendering, 8 MB for an A4 page;
 * a third slot measured no faster). */
#define NSLOTS 2

typedef struct slot {
	int index;          /* 0-based page index */
	pdf_page_text text; /* fetched, glyphs not built yet (built: page) */
	int built;          /* page built by the reader, which guessed grid */
	int grid;
	pdf_page page;
	pdf_raster *ras;    /* the reader's, kept from document to document */
	int rendered;       /* ras holds this page */
	int blank;          /* no text and nothing drawn */
} slot;

typedef struct pipeline {
	pthread_mutex_t lock;
	pthread_cond_t moved; /* head, tail, guess or done changed */
	slot s[NSLOTS];
	unsigned long head;   /* pages handed over (the reader fills s[head % NSLOTS]) */
	unsigned long tail;   /* pages done with (the geometry takes s[tail % NSLOTS]) */
	int done;             /* no more pages will come */
	int guessed, grid;    /* the last page whose grid guess the geometry made, and the guess */
	int render_all;       /* rulings looked for on every page (not auto) */
	pdf_emitter *e;
	enum pdf_method method;
	const pdf_box *area;
	unsigned char *kind;  /* kind[i]: what page i+1 holds (enum pdf_page_kind) */
} pipeline;

static int may_have_grid(const pipeline *pl, const pdf_page *p)
{
	return p->ng && (pl->render_all || pdf_page_may_have_grid(p));
}

/* recwatch's half of a page: glyphs (unless the reader needed them
 * already), the grid guess, the ruling scan, the page's geometry. */
static void page_geometry(pipeline *pl, slot *s)
{
	int grid = s->grid;
	if (!s->built) {
		pdf_page_build(&s->text, &s->page);
		grid = may_have_grid(pl, &s->page);
		pthread_mutex_lock(&pl->lock);
		pl->guessed = s->index, pl->grid = grid;
		pthread_cond_broadcast(&pl->moved);
		pthread_mutex_unlock(&pl->lock);
	}
	pl->kind[s->index] = s->page.ng ? PDF_PAGE_TEXT : s->blank ? PDF_PAGE_BLANK : PDF_PAGE_TEXTLESS;
	/* a page rendered before its guess (it follows one with a grid) is
	 * scanned whatever the guess: the table may end there in one row */
	if (s->rendered && s->page.ng && (grid || !s->built))
		pdf_page_find_rulings(&s->page, s->ras);
	pdf_emitter_page(pl->e, &s->page, pl->method, pl->area);
	pdf_page_clear(&s->page);
	/* white paper for the page after next, unless there is none */
	pthread_mutex_lock(&pl->lock);
	int more = !pl->done;
	pthread_mutex_unlock(&pl->lock);
	if (more && s->rendered)
		pdf_raster_whiten(s->ras);
}

static void *geometry_thread(void *data)
{
	pipeline *pl = data;
	pthread_mutex_lock(&pl->lock);
	for (;;) {
		while (pl->tail == pl->head && !pl->done)
			pthread_cond_wait(&pl->moved, &pl->lock);
		if (pl->tail == pl->head)
			break;
		slot *s = &pl->s[pl->tail % NSLOTS];
		pthread_mutex_unlock(&pl->lock);
		page_geometry(pl, s);
		pthread_mutex_lock(&pl->lock);
		pl->tail++;
		pthread_cond_broadcast(&pl->moved);
	}
	pthread_mutex_unlock(&pl->lock);
	return NULL;
}

/* The reader's next slot, once the geometry is done with it. */
static slot *free_slot(pipeline *pl)
{
	pthread_mutex_lock(&pl->lock);
	while (pl->head - pl->tail >= NSLOTS)
		pthread_cond_wait(&pl->moved, &pl->lock);
	slot *s = &pl->s[pl->head % NSLOTS];
	pthread_mutex_unlock(&pl->lock);
	return s;
}

static void hand_over(pipeline *pl)
{
	pthread_mutex_lock(&pl->lock);
	pl->head++;
	pthread_cond_broadcast(&pl->moved);
	pthread_mutex_unlock(&pl->lock);
}

/* Whether to render page i before reading its text, given how the page
 * before went: tables run on, so a page after one that may hold a grid
 * is rendered first, and poppler reads it once (rulings.c). When the
 * geometry has not guessed about the page before yet, it is taken to
 * hold one: a page rendered for nothing costs time, never a ruling. */
static int render_first(pipeline *pl, int i, int last, int last_grid)
{
	if (pl->render_all)
		return 1;
	if (last < 0 || last != i - 1)
		return 0;
	if (last_grid >= 0)
		return last_grid;
	pthread_mutex_lock(&pl->lock);
	int grid = pl->guessed == last ? pl->grid : 1;
	pthread_mutex_unlock(&pl->lock);
	return grid;
}

/* A page without text: whether anything is drawn on it (rendered now
 * unless it was before its text was read). */
static int nothing_drawn(slot *s, PopplerPage *pp)
{
	if (!s->rendered) {
		if (pdf_raster_render(s->ras, pp, INK_SCALE) != 0)
			return 0;
		s->rendered = 1;
	}
	return pdf_raster_is_white(s->ras);
}

/* poppler's half of page i into s. A page not rendered first has its
 * glyphs built here, to guess whether it needs rendering after all.
 * Returns the guess, or -1 when the geometry thread is to make it. */
static int read_page(pipeline *pl, PopplerPage *pp, int i, int first, slot *s)
{
	s->index = i;
	int rendered = s->rendered = first && pdf_render_keeps_text(pp);
	if (rendered)
		pdf_raster_render(s->ras, pp, RULING_SCALE);
	pdf_page_fetch(pp, i + 1, &s->text);
	memset(&s->page, 0, sizeof s->page);
	s->blank = !s->text.n && nothing_drawn(s, pp);
	s->built = !rendered;
	if (!s->built)
		return -1;
	pdf_page_build(&s->text, &s->page);
	int grid = s->grid = may_have_grid(pl, &s->page);
	if (grid) {
		pdf_raster_render(s->ras, pp, RULING_SCALE);
		s->rendered = 1;
	}
	return grid;
}

/* RECWATCH_THREADS=1 reads in one thread, the way taken anyway when a
 * second thread cannot be started. */
static int second_thread_wanted(void)
{
	const char *v = getenv("RECWATCH_THREADS");
	return !(v && !strcmp(v, "1"));
}

struct pdf_reader {
	pdf_raster ras[NSLOTS];
};

pdf_reader *pdf_reader_new(void)
{
	return rw_xcalloc(1, sizeof(pdf_reader));
}

void pdf_reader_free(pdf_reader *r)
{
	if (!r)
		return;
	for (int k = 0; k < NSLOTS; k++)
		pdf_raster_free(&r->ras[k]);
	free(r);
}

void pdf_read_pages(pdf_reader *r, PopplerDocument *doc, const unsigned char *want,
			       int nwant, enum pdf_method method, const pdf_box *area,
			       pdf_emitter *e, unsigned char *kind)
{
	pipeline pl = {.e = e, .method = method, .area = area, .kind = kind, .guessed = -1,
		       /* the tabula-like methods always look for rulings */
		       .render_all = method != PDF_AUTO};
	for (int k = 0; k < NSLOTS; k++)
		pl.s[k].ras = &r->ras[k];
	pthread_mutex_init(&pl.lock, NULL);
	pthread_cond_init(&pl.moved, NULL);
	/* without a second thread the geometry runs after each page */
	pthread_t geometry;
	int threaded =
		second_thread_wanted() && pthread_create(&geometry, NULL, geometry_thread, &pl) == 0;
	int n = poppler_document_get_n_pages(doc), last = -1, last_grid = 0;
	for (int i = 0; i < n; i++) {
		if (want && (i >= nwant || !want[i]))
			continue;
		PopplerPage *pp = poppler_document_get_page(doc, i);
		if (!pp)
			continue;
		slot *s = free_slot(&pl);
		last_grid = read_page(&pl, pp, i, render_first(&pl, i, last, last_grid), s);
		last = i;
		g_object_unref(pp);
		if (threaded) {
			hand_over(&pl);
		} else {
			page_geometry(&pl, s);
			pl.head++, pl.tail++;
		}
	}
	pthread_mutex_lock(&pl.lock);
	pl.done = 1;
	pthread_cond_broadcast(&pl.moved);
	pthread_mutex_unlock(&pl.lock);
	if (threaded)
		pthread_join(geometry, NULL);
	pthread_cond_destroy(&pl.moved);
	pthread_mutex_destroy(&pl.lock);
}
