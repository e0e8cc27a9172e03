/* charset.c - a document's bytes to UTF-8, the way a browser reads them.
 *
 * We decide the charset ourselves and hand libxml2 UTF-8 only, because
 * libxml2 alone would read "ISO-8859-1" literally (browsers read it as
 * windows-1252, whose 0x80-0x9F hold the curly quotes and dashes that
 * CMS pages are full of) and has no fallback for undeclared legacy bytes.
 * Order: byte order mark, then a charset declared near the top, then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252. */
#include "html.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <strings.h>

/* Only the head of a document is searched for a declaration. */
#define PRESCAN_BYTES 65536

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int starts_ci(const char *p, const char *end, const char *word)
{
	size_t n = strlen(word);
	return (size_t)(end - p) >= n && !strncasecmp(p, word, n);
}

/* One attribute of a tag: name and value point into the document. */
typedef struct attr {
	const char *name, *value;
	size_t nlen, vlen;
} attr;

/* Reads the attribute at *pp; returns 0 at the end of the tag. */
static int next_attr(const char **pp, const char *end, attr *a)
{
	const char *p = *pp;
	while (p < end && (is_space(*p) || *p == '/' || *p == '?'))
		p++;
	if (p >= end || *p == '>')
		return 0;
	a->name = p;
	while (p < end && !is_space(*p) && *p != '=' && *p != '>' && *p != '/')
		p++;
	a->nlen = (size_t)(p - a->name);
	a->value = p;
	a->vlen = 0;
	while (p < end && is_space(*p))
		p++;
	if (p < end && *p == '=') {
		p++;
		while (p < end && is_space(*p))
			p++;
		if (p < end && (*p == '"' || *p == '\'')) {
			char q = *p++;
			a->value = p;
			while (p < end && *p != q)
				p++;
			a->vlen = (size_t)(p - a->value);
			if (p < end)
				p++;
		} else {
			a->value = p;
			while (p < end && !is_space(*p) && *p != '>')
				p++;
			a->vlen = (size_t)(p - a->value);
		}
	}
	*pp = p;
	return 1;
}

static int attr_is(const attr *a, const char *name)
{
	return a->nlen == strlen(name) && !strncasecmp(a->name, name, a->nlen);
}

static int copy_label(const char *s, size_t n, char *out, size_t outsz)
{
	while (n && is_space(*s))
		s++, n--;
	while (n && is_space(s[n - 1]))
		n--;
	if (n == 0 || n >= outsz)
		return 0;
	memcpy(out, s, n);
	out[n] = 0;
	return 1;
}

/* The charset named in a Content-Type value: "text/html; charset=x". */
static int charset_in_content(const attr *a, char *out, size_t outsz)
{
	const char *p = a->value, *end = a->value + a->vlen;
	for (; p < end; p++) {
		if (!starts_ci(p, end, "charset"))
			continue;
		p += 7;
		while (p < end && is_space(*p))
			p++;
		if (p >= end || *p != '=')
			continue;
		p++;
		while (p < end && (is_space(*p) || *p == '"' || *p == '\''))
			p++;
		const char *v = p;
		while (p < end && !is_space(*p) && *p != ';' && *p != '"' && *p != '\'')
			p++;
		return copy_label(v, (size_t)(p - v), out, outsz);
	}
	return 0;
}

/* The charset a <meta> (attributes at p) declares. */
static int meta_charset(const char *p, const char *end, char *out, size_t outsz)
{
	attr a, content = {0};
	int pragma = 0, have_content = 0;
	while (next_attr(&p, end, &a)) {
		if (attr_is(&a, "charset"))
			return copy_label(a.value, a.vlen, out, outsz);
		if (attr_is(&a, "http-equiv"))
			pragma = a.vlen == 12 && !strncasecmp(a.value, "content-type", 12);
		if (attr_is(&a, "content"))
			content = a, have_content = 1;
	}
	return pragma && have_content && charset_in_content(&content, out, outsz);
}

static int xml_decl_charset(const char *p, const char *end, char *out, size_t outsz)
{
	attr a;
	while (next_attr(&p, end, &a))
		if (attr_is(&a, "encoding"))
			return copy_label(a.value, a.vlen, out, outsz);
	return 0;
}

int html_declared_charset(const char *data, size_t len, char *out, size_t outsz)
{
	const char *p = data, *end = data + (len < PRESCAN_BYTES ? len : PRESCAN_BYTES);
	while (p < end && (p = memchr(p, '<', (size_t)(end - p)))) {
		if (starts_ci(p, end, "<!--")) {
			const char *c = memmem(p + 4, (size_t)(end - p - 4), "-->", 3);
			if (!c)
				return 0;
			p = c + 3;
		} else if (starts_ci(p, end, "<meta") && p + 5 < end &&
			   (is_space(p[5]) || p[5] == '/')) {
			if (meta_charset(p + 5, end, out, outsz))
				return 1;
			p += 5;
		} else if (starts_ci(p, end, "<?xml ") &&
			   xml_decl_charset(p + 6, end, out, outsz)) {
			return 1;
		} else if (starts_ci(p, end, "<body")) {
			return 0;
		} else {
			p++;
		}
	}
	return 0;
}

/* The iconv name for a declared label, after the WHATWG Encoding
 * Standard where it departs from the label's letter: Latin-1 and ASCII
 * labels mean windows-1252, a UTF-16 label in an ASCII-compatible byte
 * stream means UTF-8. */
static const char *iconv_name(const char *label)
{
	static const struct {
		const char *label, *name;
	} map[] = {
		{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
		{"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
		{"unicode", "UTF-8"}, {"utf-32", "UTF-8"}, {"utf-32le", "UTF-8"},
		{"utf-32be", "UTF-8"},
		{"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"},
		{"iso_8859-1", "WINDOWS-1252"}, {"iso88591", "WINDOWS-1252"},
		{"iso_8859-1:1987", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
		{"l1", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"},
		{"ibm819", "WINDOWS-1252"}, {"iso-ir-100", "WINDOWS-1252"},
		{"csisolatin1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"},
		{"ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"},
		{"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
		{"x-cp1252", "WINDOWS-1252"},
		{"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
		{"iso-8859-11", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"},
		{"gb2312", "GBK"}, {"x-gbk", "GBK"},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (!strcasecmp(label, map[i].label))
			return map[i].name;
	return label;
}

static void set_charset(html_decoder *d, const char *name)
{
	snprintf(d->charset, sizeof d->charset, "%s", name);
}

/* Decodes with iconv from `from`; -1 when iconv does not know it. */
static int use_iconv(html_decoder *d, const char *from, size_t unit)
{
	d->cd = iconv_open("UTF-8", from);
	if (d->cd == (iconv_t)-1)
		return -1;
	d->unit = unit;
	set_charset(d, from);
	return 0;
}

/* UTF-8 input: as it is when valid, else with bad bytes replaced. */
static void take_utf8(html_decoder *d)
{
	if (rw_utf8_valid(d->in, d->left)) {
		set_charset(d, "UTF-8");
		return;
	}
	if (use_iconv(d, "UTF-8", 1) != 0)
		rw_die(NULL, "iconv cannot convert UTF-8");
}

void html_decoder_open(html_decoder *d, const char *name, const char *data, size_t len)
{
	memset(d, 0, sizeof *d);
	d->cd = (iconv_t)-1;
	d->in = data;
	d->left = len;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		d->in += 3;
		d->left -= 3;
		take_utf8(d);
		return;
	}
	if (len >= 2 && (!memcmp(data, "\xFF\xFE", 2) || !memcmp(data, "\xFE\xFF", 2))) {
		const char *from = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
		d->in += 2;
		d->left -= 2;
		if (use_iconv(d, from, 2) != 0)
			rw_die(NULL, "iconv cannot convert %s", from);
		return;
	}
	char label[40];
	if (html_declared_charset(data, len, label, sizeof label)) {
		const char *from = iconv_name(label);
		if (!strcmp(from, "UTF-8")) {
			take_utf8(d);
			return;
		}
		if (use_iconv(d, from, 1) == 0)
			return;
		rw_warn(name, "unknown charset \"%s\"; read as UTF-8, else windows-1252", label);
	}
	if (rw_utf8_valid(data, len))
		take_utf8(d);
	else if (use_iconv(d, "WINDOWS-1252", 1) != 0)
		rw_die(NULL, "iconv cannot convert windows-1252");
}

/* Room kept at the end of the output for one U+FFFD. */
#define REPLACEMENT_ROOM 4

size_t html_decoder_read(html_decoder *d, char *out, size_t cap)
{
	if (d->cd == (iconv_t)-1) {
		size_t n = d->left < cap ? d->left : cap;
		memcpy(out, d->in, n);
		d->in += n;
		d->left -= n;
		return n;
	}
	size_t used = 0;
	while (d->left > 0 && cap - used > REPLACEMENT_ROOM + 4) {
		char *o = out + used, *in = (char *)d->in;
		size_t room = cap - used - REPLACEMENT_ROOM;
		size_t r = iconv(d->cd, &in, &d->left, &o, &room);
		d->in = in;
		used = (size_t)(o - out);
		if (r != (size_t)-1 || errno == E2BIG)
			break;
		/* EILSEQ: a unit that does not decode; EINVAL: the input ends
		 * mid-character. Either is one U+FFFD. */
		memcpy(out + used, "\xEF\xBF\xBD", 3);
		used += 3;
		size_t skip = errno != EILSEQ ? d->left : d->left < d->unit ? d->left : d->unit;
		d->in += skip;
		d->left -= skip;
	}
	return used;
}

void html_decoder_close(html_decoder *d)
{
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	d->cd = (iconv_t)-1;
}
