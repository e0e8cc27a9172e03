/* rw-html - read HTML documents, write the block stream (schema/blocks.md).
 *
 * Each document is read whole, checked to be HTML by its bytes, decoded
 * to UTF-8 (rw-html/charset.c), parsed by libxml2's HTML parser with no
 * network, no DTD and libxml2's own messages silenced, and walked once
 * (rw-html/walk.c, rw-html/table.c). */
#include "rw-html/html.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>

#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

static const char usage[] =
	"usage: rw-html [--max-bytes N] [DOC...]\n"
	"Reads HTML documents (none or - = standard input) and writes their\n"
	"blocks, one JSON object a line, on standard output.\n"
	"  --max-bytes N  refuse documents larger than N bytes (default 64M;\n"
	"                 K, M, G suffixes)\n"
	"  --help, --version\n";

static size_t max_bytes = 64u << 20;

/* The parse options: no network, no error output, recover from bad
 * markup. HTML_PARSE_HUGE stays off: libxml2's depth and size limits are
 * our defence against hostile documents. IGNORE_ENC because the text is
 * UTF-8 by the time libxml2 sees it, whatever its <meta> says. */
static const int parse_options = HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
	HTML_PARSE_COMPACT;

/* Set by the error handler when libxml2 stopped before the end. */
static int parse_cut_short;

/* libxml2 reports through this instead of printing anything. Malformed
 * markup is the normal case for web pages and is not reported; a parse
 * that libxml2 had to abandon (too deep) is. */
static void on_xml_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	if (err && err->level == XML_ERR_FATAL && err->code == XML_ERR_INTERNAL_ERROR)
		parse_cut_short = 1;
}

static void on_generic_error(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

/* Parses t and writes its blocks; t and the document's bytes (data) are
 * freed as soon as the tree is built, before the walk adds its own.
 * Returns 0, 1 when some part failed, 2 when none of it could be read. */
static int emit_html(const char *name, html_text *t, char *data)
{
	if (t->len > INT_MAX) {
		rw_warn(name, "too large for the HTML parser");
		html_text_free(t);
		free(data);
		return 2;
	}
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		rw_die(name, "out of memory");
	parse_cut_short = 0;
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, t->s, (int)t->len, NULL, "UTF-8", parse_options);
	htmlFreeParserCtxt(ctxt);
	html_text_free(t);
	free(data);
	int failed = 0;
	if (!doc) {
		rw_warn(name, "cannot parse as HTML");
		failed = 2;
	} else {
		if (parse_cut_short) {
			rw_warn(name, "markup nested too deeply (over %u levels); "
				      "the rest of the document was not read", xmlParserMaxDepth);
			failed = 1;
		}
		failed |= html_emit_document(doc, name, stdout);
		xmlFreeDoc(doc);
	}
	return failed;
}

/* Returns an rw_outcome: RW_READ_WHOLE (0), RW_READ_PART (1) or
 * RW_READ_NONE (2). */
static int read_document(const char *name)
{
	size_t len;
	char *data = rw_read_file(name, max_bytes, &len);
	if (!data) {
		if (errno == EFBIG)
			rw_warn(name, "larger than %zu bytes (see --max-bytes)", max_bytes);
		else
			rw_warn(name, "cannot read: %s", strerror(errno));
		return 2;
	}
	int failed = 2;
	switch (rw_sniff(data, len)) {
	case RW_DOC_EMPTY:
		rw_warn(name, "empty file");
		break;
	case RW_DOC_BINARY:
		rw_warn(name, "not an HTML document (binary data)");
		break;
	case RW_DOC_TEXT:
		rw_warn(name, "not an HTML document");
		break;
	case RW_DOC_PDF:
		rw_warn(name, "is a PDF, not HTML (use rw-pdf)");
		break;
	case RW_DOC_HTML: {
		html_text t;
		html_to_utf8(name, data, len, &t);
		return emit_html(name, &t, data);
	}
	}
	free(data);
	return failed;
}

/* "64M" -> 67108864; 0 when s is not a size. */
static size_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return 0;
	int shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10, end++; break;
	case 'm': case 'M': shift = 20, end++; break;
	case 'g': case 'G': shift = 30, end++; break;
	}
	if (*end || v == 0 || v > (unsigned long long)(INT_MAX / 4) >> shift)
		return 0;
	return (size_t)(v << shift);
}

int main(int argc, char **argv)
{
	rw_std_options(argc, argv, usage);
	static const struct option longopts[] = {
		{"max-bytes", required_argument, NULL, 'm'},
		{NULL, 0, NULL, 0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'm':
			if (!(max_bytes = parse_size(optarg))) {
				rw_warn(NULL, "--max-bytes: not a size from 1 to 511M: %s", optarg);
				return RW_EXIT_TROUBLE;
			}
			break;
		default:
			rw_usage_error(usage, NULL);
			return RW_EXIT_TROUBLE;
		}
	}
	LIBXML_TEST_VERSION
	xmlSetStructuredErrorFunc(NULL, on_xml_error);
	xmlSetGenericErrorFunc(NULL, on_generic_error);
	rw_tally t = {0};
	if (optind == argc)
		rw_tally_add(&t, read_document("-"));
	for (int i = optind; i < argc; i++)
		rw_tally_add(&t, read_document(argv[i]));
	xmlCleanupParser();
	return rw_finish_stdout(rw_tally_status(&t));
}
