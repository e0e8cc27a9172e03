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
#include <string.h>

/* Half a point a pixel for the rulings: at one, a thin line straddling
 * two pixel rows shows as two lines. */
#define RULING_SCALE 2.0

/* Pages read ahead of the geometry thread (each slot keeps a rendering,
 * 8 MB for a landscape A4 page). */
#define NSLOTS 3

typedef struct slot {
	pdf_page page;
	pdf_raster ras;
	int scan; /* look for rulings in ras */
} slot;

typedef struct pipeline {
	pthread_mutex_t lock;
	pthread_cond_t moved;         /* head, tail or done changed */
	slot s[NSLOTS];
	unsigned long head;   /* pages handed over (the reader fills s[head % NSLOTS]) */
	unsigned long tail;   /* pages done with (the geometry takes s[tail % NSLOTS]) */
	int done;             /* no more pages will come */
	pdf_emitter *e;
	enum pdf_method method;
	const pdf_box *area;
} pipeline;

/* recwatch's half of a page. */
static void page_geometry(pipeline *pl, slot *s)
{
	if (s->scan)
		pdf_page_find_rulings(&s->page, &s->ras);
	pdf_raster_whiten(&s->ras);
	pdf_emitter_page(pl->e, &s->page, pl->method, pl->area);
	pdf_page_clear(&s->page);
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

/* poppler's half of page i into s. A page to be rendered is rendered
 * before its text is read, so that poppler reads it once (rulings.c);
 * auto mode guesses from the page before (tables run on), or renders
 * after reading when the page itself looks like a grid. Returns 1 when
 * the page was looked at for rulings. */
static int read_page(PopplerPage *pp, int number, int render_first, int render_all, slot *s)
{
	int rendered = 0;
	if (render_first && pdf_render_keeps_text(pp)) {
		pdf_raster_render(&s->ras, pp, RULING_SCALE);
		rendered = 1;
	}
	memset(&s->page, 0, sizeof s->page);
	pdf_page_load(pp, number, &s->page);
	s->scan = s->page.ng && (render_all || pdf_page_may_have_grid(&s->page));
	if (s->scan && !rendered)
		pdf_raster_render(&s->ras, pp, RULING_SCALE);
	return s->scan;
}

pdf_read_counts pdf_read_pages(PopplerDocument *doc, const unsigned char *want, int nwant,
			       enum pdf_method method, const pdf_box *area, pdf_emitter *e,
			       unsigned char *blank)
{
	pdf_read_counts c = {0};
	pipeline pl = {.e = e, .method = method, .area = area};
	pthread_mutex_init(&pl.lock, NULL);
	pthread_cond_init(&pl.moved, NULL);
	/* without a second thread the geometry runs after each page */
	pthread_t geometry;
	int threaded = pthread_create(&geometry, NULL, geometry_thread, &pl) == 0;
	/* the tabula-like methods always look for rulings */
	int render_all = method != PDF_AUTO, scanned_last = 0;
	int n = poppler_document_get_n_pages(doc);
	for (int i = 0; i < n; i++) {
		if (want && (i >= nwant || !want[i]))
			continue;
		PopplerPage *pp = poppler_document_get_page(doc, i);
		if (!pp)
			continue;
		slot *s = free_slot(&pl);
		scanned_last = read_page(pp, i + 1, render_all || scanned_last, render_all, s);
		g_object_unref(pp);
		c.read++;
		if (s->page.ng)
			c.with_text++;
		else
			blank[i] = 1;
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
	for (int k = 0; k < NSLOTS; k++)
		pdf_raster_free(&pl.s[k].ras);
	pthread_cond_destroy(&pl.moved);
	pthread_mutex_destroy(&pl.lock);
	return c;
}
