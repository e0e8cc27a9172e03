/*
 * html.h - the parts of rw-html: charset.c turns a document's bytes into
 * UTF-8, walk.c turns the parsed tree into blocks, table.c rebuilds the
 * grid of a <table>.  Ownership follows rwlib.h.
 */
#ifndef RW_HTML_H
#define RW_HTML_H

#include "rwlib.h"

#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* ---- charset.c ---------------------------------------------------- */

/* A document's bytes decoded to UTF-8 a block at a time, for the
 * parser: the charset is decided once, from the whole document (BOM,
 * then <meta> charset, then UTF-8 if valid, else windows-1252). */
typedef struct html_decoder {
	const char *in;   /* the bytes not decoded yet */
	size_t left;
	iconv_t cd;       /* (iconv_t)-1: the bytes are valid UTF-8 already */
	size_t unit;      /* bytes a character that does not decode stands on */
	char charset[48]; /* what the bytes are read as, e.g. "WINDOWS-1252" */
} html_decoder;

/* Decides how data is read. Never fails: bytes that do not decode become
 * U+FFFD. Warns (naming `name`) about a charset that iconv does not
 * know. data must outlive the decoder. */
void html_decoder_open(html_decoder *d, const char *name, const char *data, size_t len);
/* Decodes the next bytes into out (cap > 8); 0 at the end. */
size_t html_decoder_read(html_decoder *d, char *out, size_t cap);
void html_decoder_close(html_decoder *d);

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
/* The role, once known, is kept in the node's `extra`: its low byte is
 * the role + 1 (stream.c sets it as the parser makes the node); its high
 * byte the table element an ARIA role makes it, below. */
#define HTML_ROLE_BITS 0xFFu
enum html_role html_role(const xmlNode *n);
/* Marks an element an ARIA table role is given (<div role="row">) as the
 * table element it stands for (<tr>), as the parser makes it: a grid a
 * screen reader reads as a table is read as one.  Rows, groups and
 * cells count only inside a table of either kind. */
void html_take_aria_role(xmlNode *n);

/* A growable array of nodes. */
typedef struct html_nodes {
	xmlNode **v;
	size_t n, cap;
} html_nodes;
void html_nodes_push(html_nodes *a, xmlNode *n);

struct table;

/* State of one document's walk. */
typedef struct html_walker {
	FILE *out;
	const char *source;
	const xmlNode *title; /* the <title> of the root's first <head> */
	int started;     /* the document and title blocks are written */
	struct table *reading; /* tables whose rows are being read (table.c) */
	int tables;      /* tables numbered so far */
	int list_depth;  /* <ul>/<ol> around the current node */
	int failed;      /* something was refused: the document counts as failed */
	int write_error;
	rw_buf para;     /* bare text waiting to become a paragraph */
	size_t sup_from; /* where in para the open <sup> began ... */
	int sup_depth;   /* ... and how many are open */
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

/* Writes the document block and the title block, once: before the
 * first other block, or at the end of a document that has none. */
void html_start(html_walker *w);
void html_walker_free(html_walker *w);

/* Emits one block; text (unfolded) may be NULL. Blank paragraphs,
 * headings and items are dropped. */
void html_emit(html_walker *w, enum rw_block_kind kind, const char *text,
	       const xmlNode *node, int level);
/* The element path of n ("/html/body/div[2]/p[1]") into w->loc. */
const char *html_locator(html_walker *w, const xmlNode *n);
/* Walks n (and what follows from it) as ordinary content. */
void html_walk_node(html_walker *w, xmlNode *n, const xmlNode *owner);
/* Whether an element of this role is walked as it comes (its children
 * one by one as they end, stream.c): inline elements, containers, lists. */
int html_walks_open(enum html_role role);
/* What walking such an element does before its children; returns the
 * owner of its bare text.  html_walk_leave: what it does after them. */
const xmlNode *html_walk_enter(html_walker *w, xmlNode *n, const xmlNode *owner);
void html_walk_leave(html_walker *w, xmlNode *n);
/* Emits the paragraph of bare text gathered for owner, if any. */
void html_flush(html_walker *w, const xmlNode *owner);

/* ---- table.c ------------------------------------------------------- */

/* A table has ended and the walk reaches it: writes what of it is not
 * written yet (all of it, for a table that does not stream): the table
 * block, its caption and its cells, each nested table after the cell
 * that holds it. */
void html_table(html_walker *w, xmlNode *table);
/* A table starts where the walk meets it as it comes: it streams, its
 * rows written as they end; owner owns the bare text before it. */
void html_table_opens(html_walker *w, xmlNode *table, const xmlNode *owner);
/* A <tr> the parser has just closed: when it is a row of its table, it
 * and what of the table comes before it are read now, and freed (see
 * table.c). */
void html_row_ended(html_walker *w, xmlNode *tr);
/* Frees what was read of tables never written. */
void html_tables_free(html_walker *w);

/* ---- stream.c ------------------------------------------------------ */

/* Parses a document's text as the decoder gives it and writes its blocks
 * as its parts end. `consumed` (may be NULL) is told after each block
 * where the decoder is in the input: the bytes before are not read
 * again.  Returns 0, 1 when something was refused, -1 when libxml2 made
 * no document of it. */
int html_read(const char *name, html_decoder *d, FILE *out,
	      void (*consumed)(void *arg, const char *upto), void *arg);

/* ---- small helpers shared by the parts ----------------------------- */

/* Each element's 1-based index among its same-name siblings, set as the
 * parser makes it (stream.c): by the time a locator is asked for, the
 * siblings before it may be freed. */
static inline void html_set_index(xmlNode *n, size_t i)
{
	n->_private = (void *)(uintptr_t)i;
}
static inline size_t html_index(const xmlNode *n)
{
	return (size_t)(uintptr_t)n->_private;
}

static inline void html_free_node(xmlNode *n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* The table elements an ARIA role can make an element, by the code in
 * the high byte of its `extra` (1-based). */
static const char *const html_aria_as[] = {"table", "tbody", "tr", "td", "th"};

/* The element's name as the reader takes it: the table element its ARIA
 * role makes it, else its own.  Locators keep its own. */
static inline const char *html_name(const xmlNode *n)
{
	unsigned aria = n->extra >> 8;
	return aria ? html_aria_as[aria - 1] : (const char *)n->name;
}

static inline int html_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name && !strcmp(html_name(n), name);
}

#endif
