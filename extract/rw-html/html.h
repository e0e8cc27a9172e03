/*
 * html.h - the parts of rw-html: charset.c turns a document's bytes into
 * UTF-8, walk.c turns the parsed tree into blocks, table.c rebuilds the
 * grid of a <table>.  Ownership follows rwlib.h.
 */
#ifndef RW_HTML_H
#define RW_HTML_H

#include "rwlib.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* ---- charset.c ---------------------------------------------------- */

/* A document's text as UTF-8: s points into the input when it was UTF-8
 * already, else into `owned`. */
typedef struct html_text {
	const char *s;
	size_t len;
	char *owned;
	char charset[48]; /* what the bytes were read as, e.g. "WINDOWS-1252" */
} html_text;

/* Decodes data (BOM, then <meta> charset, then UTF-8 if valid, else
 * windows-1252). Never fails: bytes that do not decode become U+FFFD.
 * Warns (naming `name`) about a charset that iconv does not know. */
void html_to_utf8(const char *name, const char *data, size_t len, html_text *t);
void html_text_free(html_text *t);

/* The charset label a document declares in its first bytes (<meta
 * charset>, <meta http-equiv=Content-Type content=...>, <?xml encoding>),
 * copied into out; 0 when there is none. */
int html_declared_charset(const char *data, size_t len, char *out, size_t outsz);

/* ---- walk.c -------------------------------------------------------- */

/* Limits on what one table may cost. */
#define HTML_MAX_CELLS 1000000L
#define HTML_MAX_COLSPAN 1000
#define HTML_MAX_ROWSPAN 10000

/* What an element means to the reader. */
enum html_role {
	ROLE_INLINE,    /* its text belongs to the enclosing block */
	ROLE_SKIP,      /* never read (script, style, head, ...) */
	ROLE_BREAK,     /* <br>: a space */
	ROLE_CONTAINER, /* holds blocks; its bare text makes paragraphs */
	ROLE_LIST,      /* <ul>, <ol>, <menu>: a container one level deeper */
	ROLE_LEAF,      /* one block of its own: p, h1-h6, li, dt, dd, ... */
	ROLE_TABLE,
};
enum html_role html_role(const xmlNode *n);

/* A growable array of nodes. */
typedef struct html_nodes {
	xmlNode **v;
	size_t n, cap;
} html_nodes;
void html_nodes_push(html_nodes *a, xmlNode *n);

/* State of one document's walk. */
typedef struct html_walker {
	FILE *out;
	const char *source;
	int tables;      /* tables numbered so far */
	int list_depth;  /* <ul>/<ol> around the current node */
	int failed;      /* something was refused: the document counts as failed */
	int write_error;
	rw_buf para;     /* bare text waiting to become a paragraph */
	rw_buf text;     /* scratch for one block's text */
	rw_buf loc;      /* scratch for a locator */
} html_walker;

/* Text gathered from a subtree for one block. Block-level children and
 * <br> become spaces; tables (and, when defer_lists, lists) are not read
 * but put in `deferred` to be emitted after the block. */
typedef struct html_gather {
	rw_buf *buf;
	html_nodes *deferred;
	int defer_lists;
	int bold_text;  /* some non-blank text lies inside bold markup */
	int plain_text; /* some non-blank text lies outside it */
} html_gather;
void html_gather_children(html_gather *g, const xmlNode *parent, int bold);

/* Writes every block of doc. Returns 0, or 1 when something was refused. */
int html_emit_document(xmlDoc *doc, const char *source, FILE *out);

/* Emits one block; text (unfolded) may be NULL. Blank paragraphs,
 * headings and items are dropped. */
void html_emit(html_walker *w, enum rw_block_kind kind, const char *text,
	       const xmlNode *node, int level);
/* The element path of n ("/html/body/div[2]/p[1]") into w->loc. */
const char *html_locator(html_walker *w, const xmlNode *n);
/* Walks n (and what follows from it) as ordinary content. */
void html_walk_node(html_walker *w, xmlNode *n, const xmlNode *owner);
/* Emits the paragraph of bare text gathered for owner, if any. */
void html_flush(html_walker *w, const xmlNode *owner);

/* ---- table.c ------------------------------------------------------- */

/* Emits the table block, its caption and its cells, then each nested
 * table after the cell that holds it. */
void html_table(html_walker *w, xmlNode *table);

/* ---- small helpers shared by the parts ----------------------------- */

static inline int html_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name &&
	       !strcmp((const char *)n->name, name);
}

#endif
