/* stream.c - a document read as it is parsed.
 *
 * libxml2's HTML parser pulls the decoded text a block at a time
 * (htmlCtxtReadIO) and builds the tree with its SAX2 handlers; the
 * handlers for an element's start and end are wrapped so that the walk
 * (walk.c) reads each part of the page once it is whole, then frees it.
 * The walk goes in document order, as a walk of the whole tree would:
 *  - an element that only holds text and blocks (html, body, a div, a
 *    list, an inline element) under one walked so is walked as it comes:
 *    what the walk does before its children at its start, each child in
 *    turn (its text when the next child starts, an element when it ends),
 *    what the walk does after them at its end;
 *  - any other element under it (a paragraph, a heading, an item, a
 *    table, what is never read) is walked whole when it ends;
 *  - under those, a table's rows are read as they end (table.c).
 * Each is freed once walked: the tree holds the open elements, the block
 * being read and the unfinished tables' rows that could not be read yet.
 * The root and its first <head> (for the title) are kept. */
#include "html.h"

#include <stdlib.h>

/* How an element is read. */
enum mode {
	WALK_OPEN, /* walked as it comes */
	WALK_WHOLE, /* walked whole when it ends, or with the block it is in */
	NOT_READ,  /* outside the root, inside what is never read */
};

/* Same-name children counted so far, for their indexes. */
typedef struct name_count {
	const xmlChar *name; /* the parser's, which outlives the node */
	size_t n;
} name_count;

/* Above this many slots a frame's count table is freed, not cleared,
 * when the frame is reused. */
#define NAMES_KEEP 64

typedef struct frame {
	xmlNode *node;
	const xmlNode *owner; /* WALK_OPEN: where its bare text is located */
	enum html_role role;
	enum mode mode;
	name_count *names;
	size_t names_cap, names_used;
} frame;

typedef struct stream {
	html_walker *w;
	startElementSAXFunc start;
	endElementSAXFunc end;
	frame *f;             /* f[0] is the document, f[1] the root */
	size_t depth, cap;    /* frames in use, less the document's */
	xmlNode *head;        /* the root's first <head> */
	html_decoder *dec;
	void (*consumed)(void *, const char *);
	void *arg;
} stream;

static size_t name_hash(const xmlChar *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ *s) * 16777619u;
	return h;
}

static name_count *name_slot(name_count *v, size_t cap, const xmlChar *name)
{
	size_t h = name_hash(name) & (cap - 1);
	while (v[h].name && !xmlStrEqual(v[h].name, name))
		h = (h + 1) & (cap - 1);
	return &v[h];
}

/* The 1-based index of a new child called name among f's children
 * (open addressing, kept at most half full). */
static size_t count_child(frame *f, const xmlChar *name)
{
	if (2 * (f->names_used + 1) > f->names_cap) {
		size_t cap = f->names_cap ? 2 * f->names_cap : 8;
		name_count *v = rw_xcalloc(cap, sizeof *v);
		for (size_t i = 0; i < f->names_cap; i++)
			if (f->names[i].name)
				*name_slot(v, cap, f->names[i].name) = f->names[i];
		free(f->names);
		f->names = v;
		f->names_cap = cap;
	}
	name_count *c = name_slot(f->names, f->names_cap, name);
	if (!c->name) {
		c->name = name;
		f->names_used++;
	}
	return ++c->n;
}

static void clear_names(frame *f)
{
	if (f->names_cap > NAMES_KEEP) {
		free(f->names);
		f->names = NULL;
		f->names_cap = 0;
	} else if (f->names) {
		memset(f->names, 0, f->names_cap * sizeof *f->names);
	}
	f->names_used = 0;
}

/* Walks and frees the children of open-walked f before stop (NULL: all)
 * that are not elements: its elements were walked when they ended. */
static void take_text(stream *s, frame *f, const xmlNode *stop)
{
	xmlNode *c = f->node->children;
	while (c && c != stop) {
		xmlNode *next = c->next;
		if (c->type != XML_ELEMENT_NODE) {
			html_walk_node(s->w, c, f->owner);
			html_free_node(c);
		}
		c = next;
	}
}

static frame *push_frame(stream *s)
{
	if (s->depth + 2 > s->cap) {
		size_t old = s->cap;
		s->f = rw_xgrow(s->f, &s->cap, s->depth + 2, sizeof *s->f);
		memset(s->f + old, 0, (s->cap - old) * sizeof *s->f);
	}
	return &s->f[++s->depth];
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	xmlParserCtxtPtr ctxt = ctx;
	stream *s = ctxt->_private;
	xmlNode *before = ctxt->node;
	s->start(ctx, name, atts);
	xmlNode *n = ctxt->node != before ? ctxt->node : NULL;
	if (!s->f[0].node && ctxt->myDoc)
		s->f[0].node = (xmlNode *)ctxt->myDoc;
	if (n)
		html_take_aria_role(n);
	frame *f = push_frame(s), *p = f - 1;
	f->node = n;
	f->owner = NULL;
	f->role = n ? html_role(n) : ROLE_SKIP;
	if (n) /* the walk asks again for each element it meets */
		n->extra = (unsigned short)((n->extra & ~HTML_ROLE_BITS) | (f->role + 1));
	if (n && n->parent == p->node)
		html_set_index(n, count_child(p, name));
	if (!n || p->mode == NOT_READ || n->parent != p->node ||
	    (p == s->f && xmlDocGetRootElement(ctxt->myDoc) != n)) {
		f->mode = NOT_READ;
		return;
	}
	if (p->mode != WALK_OPEN) {
		f->mode = f->role == ROLE_SKIP || p->role == ROLE_SKIP ? NOT_READ : WALK_WHOLE;
		return;
	}
	if (p != s->f)
		take_text(s, p, n);
	if (html_walks_open(f->role)) {
		f->mode = WALK_OPEN;
		f->owner = html_walk_enter(s->w, n, p->owner);
	} else {
		f->mode = WALK_WHOLE;
		if (f->role == ROLE_TABLE) /* met as it comes: written as it is read */
			html_table_opens(s->w, n, p->owner);
	}
}

/* The end of the top frame's element: see the top of the file. */
static void finish(stream *s)
{
	frame *f = &s->f[s->depth--], *p = f - 1;
	xmlNode *n = f->node;
	int top = p == s->f; /* the root stays in the tree */
	if (f->mode == WALK_OPEN) {
		take_text(s, f, NULL);
		html_walk_leave(s->w, n);
		if (!top)
			html_free_node(n);
	} else if (f->mode == WALK_WHOLE && p->mode == WALK_OPEN) {
		if (!s->head && !top && p - 1 == s->f && html_is(n, "head")) {
			s->head = n;
			for (xmlNode *c = n->children; c && !s->w->title; c = c->next)
				if (html_is(c, "title"))
					s->w->title = c;
		} else {
			html_walk_node(s->w, n, p->owner);
			if (!top)
				html_free_node(n);
		}
	} else if (f->mode == WALK_WHOLE && html_is(n, "tr")) {
		html_row_ended(s->w, n);
	}
	clear_names(f);
}

static void on_end(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = ctx;
	stream *s = ctxt->_private;
	s->end(ctx, name);
	if (s->depth == 0)
		return;
	/* The root is finished after the parse: libxml2 puts what follows
	 * its end tag inside it. */
	if (s->depth == 1 && s->f[1].mode != NOT_READ)
		return;
	finish(s);
	if (s->w->write_error)
		xmlStopParser(ctxt);
}

/* Decoded text for the parser, a block at a time. */
static int read_text(void *ctx, char *buf, int len)
{
	stream *s = ctx;
	size_t n = html_decoder_read(s->dec, buf, (size_t)len);
	if (s->consumed)
		s->consumed(s->arg, s->dec->in);
	return (int)n;
}

/* The parse options: no network, no error output, recover from bad
 * markup. HTML_PARSE_HUGE stays off: libxml2's depth and size limits are
 * our defence against hostile documents. IGNORE_ENC because the text is
 * UTF-8 by the time libxml2 sees it, whatever its <meta> says. */
static const int parse_options = HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
	HTML_PARSE_COMPACT;

int html_read(const char *name, html_decoder *d, FILE *out,
	      void (*consumed)(void *arg, const char *upto), void *arg)
{
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		rw_die(name, "out of memory");
	html_walker w = {.out = out, .source = name};
	stream s = {.w = &w, .dec = d, .consumed = consumed, .arg = arg};
	push_frame(&s);
	s.depth = 0;
	s.f[0].mode = WALK_OPEN;
	s.start = ctxt->sax->startElement;
	s.end = ctxt->sax->endElement;
	ctxt->sax->startElement = on_start;
	ctxt->sax->endElement = on_end;
	ctxt->_private = &s;
	htmlDocPtr doc = htmlCtxtReadIO(ctxt, read_text, NULL, &s, NULL, "UTF-8", parse_options);
	int failed = -1;
	if (doc) {
		/* what the parser left open when it stopped, and the root */
		while (s.depth > 0)
			finish(&s);
		html_start(&w);
		failed = w.failed || w.write_error;
		xmlFreeDoc(doc);
	}
	htmlFreeParserCtxt(ctxt);
	for (size_t i = 0; i < s.cap; i++)
		free(s.f[i].names);
	free(s.f);
	html_walker_free(&w);
	return failed;
}
