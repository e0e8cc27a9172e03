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

/* ARIA's table roles and the element each stands for (html_aria_as). */
static const struct {
	const char *role;
	unsigned as;
} aria_roles[] = {
	{"table", 1}, {"grid", 1}, {"treegrid", 1}, {"rowgroup", 2}, {"row", 3},
	{"cell", 4}, {"gridcell", 4}, {"columnheader", 5}, {"rowheader", 5},
};

static int in_table(const xmlNode *n)
{
	for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
		if (html_is(p, "table"))
			return 1;
	return 0;
}

void html_take_aria_role(xmlNode *n)
{
	xmlChar *role = xmlGetNoNsProp(n, (const xmlChar *)"role");
	if (!role)
		return;
	for (size_t i = 0; i < sizeof aria_roles / sizeof *aria_roles; i++)
		if (!strcmp((const char *)role, aria_roles[i].role) &&
		    (aria_roles[i].as == 1 || in_table(n))) {
			n->extra = (unsigned short)(aria_roles[i].as << 8);
			break;
		}
	xmlFree(role);
}

enum html_role html_role(const xmlNode *n)
{
	if (n->extra & HTML_ROLE_BITS) /* set as the parser made it (stream.c) */
		return (enum html_role)((n->extra & HTML_ROLE_BITS) - 1);
	const char *name = n->name ? html_name(n) : NULL;
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

/* A <sup> holding only digits (and commas between them) is a footnote's
 * mark: its digits are written as the superscript digits they show
 * ("Approved³", "1.1¹"), so that the mark never runs into the word or
 * the number before it ("1.11"). The rules' [mark] takes them out where
 * values and ids are read. Ordinals ("22<sup>nd</sup>") stay as they
 * are. b's text from `from` on is the <sup>'s. */
#define MARK_MAX_BYTES 8 /* "12,13": a few notes; longer is text */
static void superscript_mark(rw_buf *b, size_t from)
{
	char mark[MARK_MAX_BYTES + 1];
	size_t n = 0, digits = 0;
	for (size_t i = from; i < b->len; i++) {
		char c = b->s[i];
		if (c == ' ')
			continue;
		if ((c < '0' || c > '9') && c != ',')
			return;
		if (n == MARK_MAX_BYTES)
			return;
		mark[n++] = c;
		digits += c != ',';
	}
	if (!digits)
		return;
	b->len = from;
	b->s[from] = 0;
	rw_buf_add_superscript(b, mark, n);
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

/* Adds text to the block, noting whether the block has bold or plain
 * text. */
static void gather_text(html_gather *g, const char *s, int bold)
{
	add_text(g->buf, s);
	int *seen = bold ? &g->bold_text : &g->plain_text;
	if (!*seen && !rw_is_blank(s))
		*seen = 1;
}

/* The text an element without text of its own stands for, as a screen
 * reader says it: its aria-label, else an image's alt, else its title.
 * A status drawn as an icon (<img alt="Complete">, <span title="In
 * progress" class="dot">) is that status. */
static void add_name(html_gather *g, const xmlNode *n, int bold)
{
	static const char *const names[] = {"aria-label", "alt", "title"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)names[i]);
		int said = v && !rw_is_blank((const char *)v);
		if (said) {
			rw_buf_addc(g->buf, ' ');
			gather_text(g, (const char *)v, bold);
			rw_buf_addc(g->buf, ' ');
		}
		xmlFree(v);
		if (said)
			return;
	}
}

/* An element of role "img" with a name (<span role="img"
 * aria-label="In progress">&#9679;</span>): a screen reader says the
 * name and not what it holds (WAI-ARIA: an image's children are
 * presentational), and so does the reader. */
static int is_named_image(const xmlNode *n)
{
	xmlChar *role = xmlGetNoNsProp(n, (const xmlChar *)"role");
	xmlChar *label = xmlGetNoNsProp(n, (const xmlChar *)"aria-label");
	if (!label)
		label = xmlGetNoNsProp(n, (const xmlChar *)"title");
	int named = role && !strcmp((const char *)role, "img") && label &&
		    !rw_is_blank((const char *)label);
	xmlFree(role);
	xmlFree(label);
	return named;
}

static void gather_node(html_gather *g, const xmlNode *n, int bold)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			gather_text(g, (const char *)n->content, bold);
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
	case ROLE_INLINE: {
		if (is_named_image(n)) {
			add_name(g, n, bold || makes_bold(n));
			return;
		}
		size_t before = g->buf->len;
		html_gather_children(g, n, bold || makes_bold(n));
		if (rw_is_blank(g->buf->s ? g->buf->s + before : ""))
			add_name(g, n, bold || makes_bold(n));
		else if (html_is(n, "sup"))
			superscript_mark(g->buf, before);
		return;
	}
	}
}

void html_gather_children(html_gather *g, const xmlNode *parent, int bold)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
		gather_node(g, c, bold);
}

/* ---- locators -------------------------------------------------------- */

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
	size_t i = html_index(n);
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
	if (!text || rw_is_blank(text) || w->write_error)
		return;
	html_start(w);
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

const xmlNode *html_walk_enter(html_walker *w, xmlNode *n, const xmlNode *owner)
{
	switch (html_role(n)) {
	case ROLE_LIST:
		w->list_depth++;
		/* fall through */
	case ROLE_CONTAINER:
		html_flush(w, owner);
		return n;
	default:
		if (html_is(n, "sup") && !w->sup_depth++)
			w->sup_from = w->para.len;
		return owner;
	}
}

void html_walk_leave(html_walker *w, xmlNode *n)
{
	/* a paragraph written inside the <sup> leaves it nothing to mark */
	if (html_is(n, "sup") && w->sup_depth && !--w->sup_depth && w->para.len > w->sup_from)
		superscript_mark(&w->para, w->sup_from);
	switch (html_role(n)) {
	case ROLE_LIST:
		html_flush(w, n);
		w->list_depth--;
		return;
	case ROLE_CONTAINER:
		html_flush(w, n);
		return;
	default:
		return;
	}
}

int html_walks_open(enum html_role role)
{
	return role == ROLE_INLINE || role == ROLE_CONTAINER || role == ROLE_LIST;
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
	enum html_role role = html_role(n);
	if (html_walks_open(role)) {
		walk_children(w, n, html_walk_enter(w, n, owner));
		html_walk_leave(w, n);
		return;
	}
	switch (role) {
	case ROLE_BREAK:
		rw_buf_addc(&w->para, ' ');
		return;
	case ROLE_LEAF:
		html_flush(w, owner);
		walk_leaf(w, n);
		return;
	case ROLE_TABLE:
		html_flush(w, owner);
		html_table(w, n);
		return;
	default: /* ROLE_SKIP */
		return;
	}
}

/* ---- the document ---------------------------------------------------- */

void html_start(html_walker *w)
{
	if (w->started)
		return;
	w->started = 1;
	rw_buf text = {0};
	html_gather g = {.buf = &text};
	if (w->title)
		html_gather_children(&g, w->title, 0);
	rw_block d = {.kind = RW_BLK_DOCUMENT, .source = (char *)w->source,
		      .format = "html"};
	if (text.len && !rw_is_blank(text.s))
		d.text = rw_fold_ws(text.s);
	if (rw_block_write(w->out, &d) != 0)
		w->write_error = 1;
	free(d.text);
	if (w->title)
		html_emit(w, RW_BLK_TITLE, text.s, w->title, 0);
	rw_buf_free(&text);
}

void html_walker_free(html_walker *w)
{
	html_tables_free(w);
	rw_buf_free(&w->para);
	rw_buf_free(&w->text);
	rw_buf_free(&w->loc);
}
