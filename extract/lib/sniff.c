/* sniff.c - tell HTML from PDF from anything else by the bytes, never by
 * the file name: published files are often misnamed. */
#include "rwlib.h"

#include <string.h>
#include <strings.h>

static int has_prefix_ci(const char *p, const char *end, const char *word)
{
	size_t n = strlen(word);
	return (size_t)(end - p) >= n && strncasecmp(p, word, n) == 0;
}

/* True when the text starts (after a BOM, whitespace and comments) with
 * something only markup starts with. */
static int looks_like_markup(const char *p, const char *end)
{
	static const char *const starts[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<?xml", "<table", "<div", "<p>", "<p ", "<h1", "<h2", "<h3",
		"<ul", "<section", "<article", "<link", "<script", "<style",
		"<base", "<main", "<header", "<nav", NULL,
	};
	for (int guard = 0; guard < 64 && p < end; guard++) {
		while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
			p++;
		if (has_prefix_ci(p, end, "<!--")) {
			/* the bytes end at end, with no NUL after them (a
			 * file's first block read into a buffer) */
			const char *c = memmem(p + 4, (size_t)(end - p - 4), "-->", 3);
			if (!c)
				return 0;
			p = c + 3;
			continue;
		}
		for (int i = 0; starts[i]; i++)
			if (has_prefix_ci(p, end, starts[i]))
				return 1;
		return 0;
	}
	return 0;
}

enum rw_doctype rw_sniff(const char *data, size_t len)
{
	const char *end = data + len, *p = data;
	size_t head = len < 1024 ? len : 1024;
	if (memmem(data, head, "%PDF-", 5))
		return RW_DOC_PDF;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	else if (len >= 2 && (!memcmp(p, "\xFF\xFE", 2) || !memcmp(p, "\xFE\xFF", 2)))
		return RW_DOC_HTML; /* UTF-16 with a BOM: let the HTML reader decide */
	const char *q = p;
	while (q < end && (*q == ' ' || (*q >= '\t' && *q <= '\r')))
		q++;
	if (q == end)
		return RW_DOC_EMPTY;
	size_t probe = (size_t)(end - p) < 4096 ? (size_t)(end - p) : 4096;
	if (memchr(p, 0, probe))
		return RW_DOC_BINARY;
	size_t ctrl = 0;
	for (size_t i = 0; i < probe; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
			ctrl++;
	}
	if (ctrl * 20 > probe)
		return RW_DOC_BINARY;
	return looks_like_markup(p, end) ? RW_DOC_HTML : RW_DOC_TEXT;
}

const char *rw_doctype_problem(enum rw_doctype t)
{
	switch (t) {
	case RW_DOC_EMPTY: return "empty file";
	case RW_DOC_BINARY: return "neither HTML nor PDF (binary data)";
	case RW_DOC_TEXT: return "neither HTML nor PDF (text without markup)";
	case RW_DOC_HTML:
	case RW_DOC_PDF: break;
	}
	return NULL;
}

const char *rw_doctype_name(enum rw_doctype t)
{
	switch (t) {
	case RW_DOC_EMPTY: return "empty";
	case RW_DOC_HTML: return "html";
	case RW_DOC_PDF: return "pdf";
	case RW_DOC_BINARY: return "binary";
	case RW_DOC_TEXT: return "text";
	}
	return "unknown";
}
