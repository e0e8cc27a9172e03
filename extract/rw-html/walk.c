/* walk.c - one pass over a parsed HTML tree, writing blocks in reading
 * order.
 *
 * Containers (body, div, section, ...) hold blocks; text that sits bare in
 * a container becomes a paragraph located at that container.  Leaves (p,
 * h1-h6, li, ...) are one block each, with the whole text of their
 * subtree: a child block or a <br> inside them reads as a space, so words
 * are never glued.  Lists inside a list item and tables inside any block
 * are left out of that block's text and written after it, as blocks of
 * their own. */
#include "html.h"

#include <stdint.h>
#include <stdlib.h>

struct role_entry {
	const char *name;
	enum html_role role;
};
static const struct role_entry roles[] = { /* sorted by name for bsearch */
	{"address", ROLE_CONTAINER}, {"article", ROLE_CONTAINER},
	{"aside", ROLE_CONTAINER},   {"blockquote", ROLE_CONTAINER},
	{"body", ROLE_CONTAINER},    {"br", ROLE_BREAK},
	{"caption", ROLE_CONTAINER}, {"center", ROLE_CONTAINER},
	{"dd", ROLE_LEAF},           {"details", ROLE_CONTAINER},
	{"dialog", ROLE_CONTAINER},  {"div", ROLE_CONTAINER},
	{"dl", ROLE_CONTAINER},      {"dt", ROLE_LEAF},
	{"fieldset", ROLE_CONTAINER}, {"figcaption", ROLE_LEAF},
	{"figure", ROLE_CONTAINER},  {"footer", ROLE_CONTAINER},
	{"form", ROLE_CONTAINER},    {"frameset", ROLE_CONTAINER},
	{"h1", ROLE_LEAF}, {"h2", ROLE_LEAF}, {"h3", ROLE_LEAF},
	{"h4", ROLE_LEAF}, {"h5", ROLE_LEAF}, {"h6", ROLE_LEAF},
	{"head", ROLE_SKIP},         {"header", ROLE_CONTAINER},
	{"hgroup", ROLE_CONTAINER},  {"hr", ROLE_CONTAINER},
	{"html", ROLE_CONTAINER},    {"iframe", ROLE_SKIP},
	{"legend", ROLE_LEAF},       {"li", ROLE_LEAF},
	{"main", ROLE_CONTAINER},    {"math", ROLE_SKIP},
	{"menu", ROLE_LIST},         {"nav", ROLE_CONTAINER},
	{"noframes", ROLE_CONTAINER}, {"noscript", ROLE_SKIP},
	{"ol", ROLE_LIST},           {"option", ROLE_CONTAINER},
	{"p", ROLE_LEAF},            {"pre", ROLE_LEAF},
	{"script", ROLE_SKIP},       {"search", ROLE_CONTAINER},
	{"section", ROLE_CONTAINER}, {"style", ROLE_SKIP},
	{"summary", ROLE_LEAF},      {"svg", ROLE_SKIP},
	{"table", ROLE_TABLE},       {"tbody", ROLE_CONTAINER},
	{"td", ROLE_CONTAINER},      {"template", ROLE_SKIP},
	{"tfoot", ROLE_CONTAINER},   {"th", ROLE_CONTAINER},
	{"thead", ROLE_CONTAINER},   {"title", ROLE_SKIP},
	{"tr", ROLE_CONTAINER},      {"ul", ROLE_LIST},
};

static int role_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

enum html_role html_role(const xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (!name)
		return ROLE_INLINE;
	const void *hit = bsearch(name, roles, sizeof roles / sizeof roles[0],
				  sizeof roles[0], role_cmp);
	return hit ? ((const struct role_entry *)hit)->role : ROLE_INLINE;
}

void html_nodes_push(html_nodes *a, xmlNode *n)
{
	a->v = rw_xgrow(a->v, &a->cap, a->n + 1, sizeof *a->v);
	a->v[a->n++] = n;
}

/* ---- text ------------------------------------------------------------ */

/* What windows-1252 puts at 0x80-0x9F. A page's "&#147;" or a stray C1
 * control means the curly quote a browser shows, never the control. */
static const char *const c1_as_cp1252[32] = {
	"\u20AC", "", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
	"\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "", "\u017D", "",
	"", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
	"\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "", "\u017E", "\u0178",
};

static void add_text(rw_buf *b, const char *s)
{
	const char *c;
	while ((c = strchr(s, '\xC2'))) {
		unsigned char next = (unsigned char)c[1];
		if (next >= 0x80 && next <= 0x9F) {
			rw_buf_add(b, s, (size_t)(c - s));
			rw_buf_adds(b, c1_as_cp1252[next - 0x80]);
			s = c + 2;
		} else {
			rw_buf_add(b, s, (size_t)(c + 1 - s));
			s = c + 1;
		}
	}
	rw_buf_adds(b, s);
}

static void buf_reset(rw_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = 0;
}

/* Whether an element makes its text bold: <b>, <strong>, headings, or an
 * inline style with a bold font-weight (what word processors export). */
static int makes_bold(const xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (!strcmp(name, "b") || !strcmp(name, "strong") ||
	    (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]))
		return 1;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (strcmp((const char *)a->name, "style") || !a->children ||
		    !a->children->content)
			continue;
		const char *fw = strstr((const char *)a->children->content, "font-weight");
		if (!fw)
			return 0;
		fw += strlen("font-weight");
		fw += strspn(fw, " \t:");
		return !strncmp(fw, "bold", 4) || ((fw[0] >= '6' && fw[0] <= '9') &&
						   fw[1] == '0' && fw[2] == '0');
	}
	return 0;
}

static void gather_node(html_gather *g, const xmlNode *n, int bold)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (!n->content)
			return;
		const char *s = (const char *)n->content;
		add_text(g->buf, s);
		int *seen = bold ? &g->bold_text : &g->plain_text;
		if (!*seen && !rw_is_blank(s))
			*seen = 1;
		return;
	}
	if (n->type != XML_ELEMENT_NODE)
		return;
	switch (html_role(n)) {
	case ROLE_SKIP:
		return;
	case ROLE_BREAK:
		rw_buf_addc(g->buf, ' ');
		return;
	case ROLE_TABLE:
		if (g->deferred)
			html_nodes_push(g->deferred, (xmlNode *)n);
		rw_buf_addc(g->buf, ' ');
		return;
	case ROLE_LIST:
		if (g->defer_lists && g->deferred) {
			html_nodes_push(g->deferred, (xmlNode *)n);
			rw_buf_addc(g->buf, ' ');
			return;
		}
		/* fall through */
	case ROLE_CONTAINER:
	case ROLE_LEAF:
		rw_buf_addc(g->buf, ' ');
		html_gather_children(g, n, bold || makes_bold(n));
		rw_buf_addc(g->buf, ' ');
		return;
	case ROLE_INLINE:
		html_gather_children(g, n, bold || makes_bold(n));
		return;
	}
}

void html_gather_children(html_gather *g, const xmlNode *parent, int bold)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
		gather_node(g, c, bold);
}

/* ---- locators -------------------------------------------------------- */

/* Each element's 1-based index among its same-name siblings is kept in
 * its _private field, computed once for a whole sibling list the first
 * time a locator needs one of them: linear in the size of the list, even
 * for a body of 100,000 paragraphs. */
static void set_index(xmlNode *n, size_t i) { n->_private = (void *)(uintptr_t)i; }
static size_t get_index(const xmlNode *n) { return (size_t)(uintptr_t)n->_private; }

static size_t name_hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void number_siblings(xmlNode *first)
{
	size_t n = 0;
	for (xmlNode *c = first; c; c = c->next)
		n += c->type == XML_ELEMENT_NODE;
	if (n <= 16) {
		for (xmlNode *c = first; c; c = c->next) {
			if (c->type != XML_ELEMENT_NODE)
				continue;
			size_t i = 1;
			for (xmlNode *p = first; p != c; p = p->next)
				i += p->type == XML_ELEMENT_NODE && xmlStrEqual(p->name, c->name);
			set_index(c, i);
		}
		return;
	}
	size_t cap = 32;
	while (cap < 2 * n)
		cap *= 2;
	struct slot {
		const xmlChar *name;
		size_t count;
	} *slots = rw_xcalloc(cap, sizeof *slots);
	for (xmlNode *c = first; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		size_t h = name_hash((const char *)c->name) & (cap - 1);
		while (slots[h].name && !xmlStrEqual(slots[h].name, c->name))
			h = (h + 1) & (cap - 1);
		slots[h].name = c->name;
		set_index(c, ++slots[h].count);
	}
	free(slots);
}

/* Elements a document has once: their index is left out of a path. */
static int is_unique_name(const char *name)
{
	return !strcmp(name, "html") || !strcmp(name, "body") ||
	       !strcmp(name, "head") || !strcmp(name, "main");
}

static void add_path(rw_buf *b, const xmlNode *n)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return;
	add_path(b, n->parent);
	if (!get_index(n))
		number_siblings(n->parent ? n->parent->children : (xmlNode *)n);
	size_t i = get_index(n);
	rw_buf_addc(b, '/');
	rw_buf_adds(b, (const char *)n->name);
	if (i != 1 || !is_unique_name((const char *)n->name))
		rw_buf_addf(b, "[%zu]", i);
}

const char *html_locator(html_walker *w, const xmlNode *n)
{
	buf_reset(&w->loc);
	add_path(&w->loc, n);
	if (w->loc.len == 0)
		rw_buf_addc(&w->loc, '/');
	return w->loc.s;
}

/* ---- blocks ---------------------------------------------------------- */

void html_emit(html_walker *w, enum rw_block_kind kind, const char *text,
	       const xmlNode *node, int level)
{
	if (!text || rw_is_blank(text))
		return;
	rw_block b = {0};
	b.kind = kind;
	b.source = (char *)w->source;
	b.text = rw_fold_ws(text);
	b.locator = (char *)html_locator(w, node);
	b.level = level;
	if (rw_block_write(w->out, &b) != 0)
		w->write_error = 1;
	free(b.text);
}

void html_flush(html_walker *w, const xmlNode *owner)
{
	if (w->para.len && !rw_is_blank(w->para.s))
		html_emit(w, RW_BLK_PARAGRAPH, w->para.s, owner, 0);
	buf_reset(&w->para);
}

static int heading_level(const xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2])
		return name[1] - '0';
	return 0;
}

static void walk_leaf(html_walker *w, xmlNode *n)
{
	html_nodes deferred = {0};
	html_gather g = {.buf = &w->text, .deferred = &deferred, .defer_lists = 1};
	buf_reset(&w->text);
	html_gather_children(&g, n, 0);
	int level = heading_level(n);
	if (level)
		html_emit(w, RW_BLK_HEADING, w->text.s, n, level);
	else if (html_is(n, "li"))
		html_emit(w, RW_BLK_ITEM, w->text.s, n, w->list_depth > 1 ? w->list_depth : 1);
	else
		html_emit(w, RW_BLK_PARAGRAPH, w->text.s, n, 0);
	for (size_t i = 0; i < deferred.n; i++)
		html_walk_node(w, deferred.v[i], n);
	free(deferred.v);
}

static void walk_children(html_walker *w, xmlNode *parent, const xmlNode *owner)
{
	for (xmlNode *c = parent->children; c && !w->write_error; c = c->next)
		html_walk_node(w, c, owner);
}

void html_walk_node(html_walker *w, xmlNode *n, const xmlNode *owner)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			add_text(&w->para, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE)
		return;
	switch (html_role(n)) {
	case ROLE_SKIP:
		return;
	case ROLE_BREAK:
		rw_buf_addc(&w->para, ' ');
		return;
	case ROLE_INLINE:
		walk_children(w, n, owner);
		return;
	case ROLE_CONTAINER:
		html_flush(w, owner);
		walk_children(w, n, n);
		html_flush(w, n);
		return;
	case ROLE_LIST:
		html_flush(w, owner);
		w->list_depth++;
		walk_children(w, n, n);
		html_flush(w, n);
		w->list_depth--;
		return;
	case ROLE_LEAF:
		html_flush(w, owner);
		walk_leaf(w, n);
		return;
	case ROLE_TABLE:
		html_flush(w, owner);
		html_table(w, n);
		return;
	}
}

/* ---- the document ---------------------------------------------------- */

static xmlNode *child_named(xmlNode *n, const char *name)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (html_is(c, name))
			return c;
	return NULL;
}

int html_emit_document(xmlDoc *doc, const char *source, FILE *out)
{
	html_walker w = {.out = out, .source = source};
	xmlNode *root = xmlDocGetRootElement(doc);
	xmlNode *title = child_named(child_named(root, "head"), "title");
	html_gather g = {.buf = &w.text};
	if (title)
		html_gather_children(&g, title, 0);
	rw_block d = {.kind = RW_BLK_DOCUMENT, .source = (char *)source,
		      .format = "html"};
	if (w.text.len && !rw_is_blank(w.text.s))
		d.text = rw_fold_ws(w.text.s);
	if (rw_block_write(out, &d) != 0)
		w.write_error = 1;
	free(d.text);
	if (title)
		html_emit(&w, RW_BLK_TITLE, w.text.s, title, 0);
	if (root)
		html_walk_node(&w, root, NULL);
	rw_buf_free(&w.para);
	rw_buf_free(&w.text);
	rw_buf_free(&w.loc);
	return w.failed || w.write_error;
}
