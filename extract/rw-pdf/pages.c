/* pages.c - a document's pages, read in two threads.
 *
 * Each page goes through two halves: poppler's (drawing the page once
 * into a recording of its strokes and fills, which lays out its text as
 * well, then handing over its glyphs; rulings.c) and recwatch's (glyphs,
 * rulings from the drawing, the page's geometry, emit.c; and the debug
 * picture when one is wanted).  The second half of a page runs in a
 * thread of its own while poppler reads the next ones.  Only the reading
 * thread calls poppler; the geometry thread sees plain memory (a
 * pdf_page, a pdf_drawing) and draws on the debug picture poppler is
 * done with.  Pages reach the emitter one at a time and in order, so the
 * blocks are the same as a one-thread read gives.
 */
#include "rwlib.h"
#include "pdf.h"
#include "tally.h"

#include <errno.h>
#include <poppler.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The geometry thread is woken once BATCH pages wait for it, not at
 * every page: its work is about a fifth of poppler's, so that woken at
 * each page it slept again at each, a futex call and a switch a page on
 * either side (some 400 switches on the 200-page bench scorecard, about
 * 2 % of the CPU). Pages handed from the reader to it: a batch waiting
 * and the one being read; each slot more costs some 120 page faults. */
#define BATCH 4
#define NSLOTS (BATCH + 1)

typedef struct slot {
	int index;          /* 0-based page index */
	pdf_page_text text; /* fetched, glyphs not built yet */
	pdf_page page;
	pdf_drawing drawing; /* kept from page to page */
	pdf_debug *debug;   /* the page's picture, or NULL */
	int blank;          /* no text and nothing drawn */
	size_t unread;      /* glyphs drawn that poppler gives no text of */
	pdf_box unread_at;  /* the first of them */
	size_t off_page;    /* glyphs drawn off the page */
} slot;

typedef struct pipeline {
	pthread_mutex_t lock;
	pthread_cond_t moved; /* head, tail or done changed */
	slot *s;              /* NSLOTS of them, the reader's */
	unsigned long head;   /* pages handed over (the reader fills s[head % NSLOTS]) */
	unsigned long tail;   /* pages done with (the geometry takes s[tail % NSLOTS]) */
	int done;             /* no more pages will come */
	pdf_emitter *e;
	enum pdf_method method;
	const pdf_box *area;
	const char *name;     /* the document, for warnings */
	unsigned char *kind;  /* kind[i]: what page i+1 holds (enum pdf_page_kind) */
} pipeline;

/* With --debug, both threads use cairo: the geometry draws a page's
 * picture while poppler draws the next page. cairo hands freed objects
 * from thread to thread through pools kept with atomic operations that
 * the thread sanitizer cannot see, so the two drawings take turns: only
 * when pictures are asked for, and the reading itself stays parallel. */
static pthread_mutex_t cairo_turn = PTHREAD_MUTEX_INITIALIZER;

/* What the reader saw before the tables: glyphs and rulings. */
static void note_page(pdf_debug *d, const pdf_page *p)
{
	for (size_t i = 0; d && i < p->ng; i++)
		pdf_debug_add_box(d, PDF_DEBUG_GLYPH, &p->g[i].b);
	for (size_t i = 0; d && i < p->nr; i++)
		pdf_debug_add_box(d, PDF_DEBUG_RULING,
				  &(pdf_box){p->r[i].y0, p->r[i].x0, p->r[i].y1, p->r[i].x1});
}

/* recwatch's half of a page: glyphs, rulings, the page's geometry. */
static void page_geometry(pipeline *pl, slot *s)
{
	if (s->unread) {
		rw_warn(pl->name,
			"page %d: %zu glyphs drawn (the first at %.0f,%.0f pt) are in none of the "
			"text poppler gives: their text is lost",
			s->index + 1, s->unread, s->unread_at.left, s->unread_at.top);
		pdf_tally_unread();
	}
	pdf_page_build(&s->text, &s->page);
	pdf_tally_unseen(pdf_tally_clipped, s->page.number,
			 pdf_page_drop_hidden(&s->page, &s->drawing));
	pdf_tally_unseen(pdf_tally_off_page, s->page.number, s->off_page);
	s->page.debug = s->debug;
	pl->kind[s->index] = s->page.ng ? PDF_PAGE_TEXT : s->blank ? PDF_PAGE_BLANK : PDF_PAGE_TEXTLESS;
	if (s->page.ng &&
	    pdf_page_vector_rulings(&s->page, &s->drawing, &pdf_vector_defaults) != 0)
		rw_warn(pl->name, "page %d: drawing too complex, rulings read from part of it",
			s->index + 1);
	pdf_page_text_rulings(&s->page);
	pdf_page_marks(&s->page, &s->drawing);
	note_page(s->debug, &s->page);
	if (pl->area) /* glyphs left out of --area are not lost */
		pdf_page_crop(&s->page, pl->area);
	pdf_tally_page(&s->page);
	pdf_emitter_page(pl->e, &s->page, pl->method, pl->area);
	pdf_page_clear(&s->page);
	if (s->debug) {
		pthread_mutex_lock(&cairo_turn);
		int failed = pdf_debug_finish(s->debug) != 0;
		int err = errno;
		pthread_mutex_unlock(&cairo_turn);
		if (failed)
			rw_warn(pl->name, "page %d: debug picture not written: %s", s->index + 1,
				strerror(err));
	}
	s->debug = NULL;
}

/* The threads wake each other after letting go of the lock: woken while
 * it is held, the other would only wait for it again (a futex call and a
 * switch more at every page). Waiters look at head and tail again under
 * the lock, so no wake is lost. The geometry sleeps until a batch waits
 * (or the last pages), then works through every page there is. */
static void *geometry_thread(void *data)
{
	pipeline *pl = data;
	pthread_mutex_lock(&pl->lock);
	for (;;) {
		while (pl->head - pl->tail < BATCH && !pl->done)
			pthread_cond_wait(&pl->moved, &pl->lock);
		if (pl->tail == pl->head)
			break; /* done, and every page worked on */
		while (pl->tail != pl->head) {
			slot *s = &pl->s[pl->tail % NSLOTS];
			pthread_mutex_unlock(&pl->lock);
			page_geometry(pl, s);
			pthread_mutex_lock(&pl->lock);
			/* the reader waits only for a free slot */
			int full = pl->head - pl->tail == NSLOTS;
			pl->tail++;
			if (full) {
				pthread_mutex_unlock(&pl->lock);
				pthread_cond_broadcast(&pl->moved);
				pthread_mutex_lock(&pl->lock);
			}
		}
	}
	pthread_mutex_unlock(&pl->lock);
	pdf_layout_thread_end();
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
	/* the geometry waits for a batch */
	int batch = pl->head - pl->tail == BATCH;
	pthread_mutex_unlock(&pl->lock);
	if (batch)
		pthread_cond_broadcast(&pl->moved);
}

struct pdf_reader {
	slot s[NSLOTS];
	char *debug_dir;  /* --debug DIR, or NULL */
	int told;         /* said once that rulings cannot be read */
};

/* DIR/NAME-PAGE.png: NAME the document's file name without its
 * directory and a ".pdf" at the end ("stdin" for standard input). */
static char *picture_path(const char *dir, const char *doc, int page)
{
	const char *base = strrchr(doc, '/') ? strrchr(doc, '/') + 1 : doc;
	if (!strcmp(doc, "-") || !*base)
		base = "stdin";
	size_t n = strlen(base);
	if (n > 4 && !strcasecmp(base + n - 4, ".pdf"))
		n -= 4;
	rw_buf b = {0};
	rw_buf_addf(&b, "%s/%.*s-%d.png", dir, (int)n, base, page);
	return rw_buf_take(&b);
}

/* poppler's half of page i into s: the page drawn once (before its text
 * is read when that leaves the text as it is; rulings.c). */
static void read_page(pdf_reader *r, pipeline *pl, PopplerPage *pp, int i, slot *s)
{
	s->index = i;
	/* The slot's last text is let go of here, by the thread that got it
	 * from poppler: freed by the geometry, each of its blocks took the
	 * lock of the reader's malloc arena while poppler was allocating
	 * there (some 200 futex calls on the 200-page bench scorecard), and
	 * freed here they are at hand for poppler's next page. */
	pdf_page_text_clear(&s->text);
	memset(&s->page, 0, sizeof s->page);
	s->debug = NULL;
	if (r->debug_dir) {
		pthread_mutex_lock(&cairo_turn);
		double w, h;
		poppler_page_get_size(pp, &w, &h);
		char *path = picture_path(r->debug_dir, pl->name, i + 1);
		s->debug = pdf_debug_new(path, w, h);
		free(path);
	}
	int first = pdf_render_keeps_text(pp), drawn = 0;
	if (first)
		drawn = pdf_page_draw(pp, &s->drawing, pdf_debug_canvas(s->debug)) == 0;
	/* drawn glyphs are checked against the text (pdf_page_recover) */
	int checked = first && drawn && s->drawing.nglyphs;
	pdf_page_fetch(pp, i + 1, checked, &s->text);
	if (!first)
		drawn = pdf_page_draw(pp, &s->drawing, pdf_debug_canvas(s->debug)) == 0;
	s->unread = s->off_page = 0;
	if (checked)
		s->unread = pdf_page_recover(pp, &s->drawing, &s->text, &s->unread_at, &s->off_page);
	if (r->debug_dir)
		pthread_mutex_unlock(&cairo_turn);
	if (!drawn && !r->told) {
		rw_warn(pl->name, "rulings cannot be read in this build (poppler's drawing does not "
				  "reach rw-pdf); tables are read from text alignment alone");
		r->told = 1;
	}
	s->blank = !s->text.n && !s->drawing.ink;
}

/* RECWATCH_THREADS=1 reads in one thread, the way taken anyway when a
 * second thread cannot be started. */
static int second_thread_wanted(void)
{
	const char *v = getenv("RECWATCH_THREADS");
	return !(v && !strcmp(v, "1"));
}

pdf_reader *pdf_reader_new(void)
{
	return rw_xcalloc(1, sizeof(pdf_reader));
}

void pdf_reader_debug(pdf_reader *r, const char *dir)
{
	free(r->debug_dir);
	r->debug_dir = dir ? rw_xstrdup(dir) : NULL;
}

void pdf_reader_free(pdf_reader *r)
{
	if (!r)
		return;
	for (int k = 0; k < NSLOTS; k++) {
		pdf_page_text_clear(&r->s[k].text);
		pdf_drawing_clear(&r->s[k].drawing);
	}
	free(r->debug_dir);
	free(r);
}

void pdf_read_pages(pdf_reader *r, PopplerDocument *doc, const char *name,
		    const unsigned char *want, int nwant, enum pdf_method method,
		    const pdf_box *area, pdf_emitter *e, unsigned char *kind)
{
	pipeline pl = {.s = r->s, .e = e, .method = method, .area = area, .name = name, .kind = kind};
	pthread_mutex_init(&pl.lock, NULL);
	pthread_cond_init(&pl.moved, NULL);
	/* without a second thread the geometry runs after each page */
	pthread_t geometry;
	int threaded =
		second_thread_wanted() && pthread_create(&geometry, NULL, geometry_thread, &pl) == 0;
	int n = poppler_document_get_n_pages(doc);
	for (int i = 0; i < n; i++) {
		if (want && (i >= nwant || !want[i]))
			continue;
		PopplerPage *pp = poppler_document_get_page(doc, i);
		if (!pp)
			continue;
		slot *s = free_slot(&pl);
		read_page(r, &pl, pp, i, s);
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
	pdf_layout_thread_end(); /* the geometry ran here, or part of it */
	pthread_cond_destroy(&pl.moved);
	pthread_mutex_destroy(&pl.lock);
}
