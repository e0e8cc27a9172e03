/* rw-pdf - PDF documents to the block stream (schema/blocks.md).
 *
 * Reads each DOC with poppler-glib, rebuilds words, lines, paragraphs and
 * tables from glyph positions (rw-pdf/), and writes the blocks of each
 * document once it has been read whole, so that a document that fails
 * leaves nothing half-written behind it.
 */
#include "rwlib.h"
#include "rw-pdf/pdf.h"
#include "rw-pdf/tally.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <malloc.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_PDF_BYTES ((size_t)1 << 30)

static const char usage[] =
	"usage: rw-pdf [--pages LIST] [--area TOP,LEFT,BOTTOM,RIGHT]\n"
	"              [--method stream|lattice|auto] [--debug DIR] [DOC...]\n"
	"Writes the block stream (JSON Lines) of PDF documents; DOC - or none\n"
	"reads standard input.\n"
	"  --pages LIST   pages to read: 1,3-5 (default: all)\n"
	"  --area BOX     only glyphs wholly inside BOX, in points from the\n"
	"                 top-left corner of the displayed page\n"
	"  --method M     tables from text alignment (stream), ruling lines\n"
	"                 (lattice) or both (auto, the default)\n"
	"  --debug DIR    a PNG of each page read in DIR, with what was seen on\n"
	"                 it drawn over it (rw-pdf(1))\n";

static const char *opt_pages;
static int have_area;
static pdf_box opt_area;
static enum pdf_method opt_method = PDF_AUTO;
static const char *opt_debug;

/* ---- memory kept from page to page ---------------------------------- */

/* Each page allocates and frees arrays of the same few sizes (glyphs,
 * lines, sort keys: hundreds of kilobytes on a full page). By default
 * glibc maps a block that large afresh for each page and hands the
 * freed top of the heap back to the kernel, which then clears every
 * page of it again on first touch: 15,000 page faults on a 200-page
 * document, a tenth of rw-pdf's CPU. Blocks up to KEPT_BLOCK_BYTES come
 * from the heap, and up to KEPT_FREE_BYTES of freed heap stay in the
 * process for the next page; memory stays flat in pages, at what the
 * largest page needs. */
#define KEPT_BLOCK_BYTES (32 << 20) /* glibc's largest mmap threshold */
#define KEPT_FREE_BYTES (64 << 20)

static void keep_freed_memory(void)
{
	mallopt(M_MMAP_THRESHOLD, KEPT_BLOCK_BYTES);
	mallopt(M_TRIM_THRESHOLD, KEPT_FREE_BYTES);
}

/* ---- poppler and glib keep quiet ------------------------------------- */

/* poppler-glib reports syntax errors in a document through GLib logging
 * (domain "Poppler"); the problems that matter come back as a GError and
 * are reported once, in recwatch's words. Everything else is dropped, so
 * that nothing but blocks reaches standard output and nothing but
 * recwatch's own lines reaches standard error. */
static void quiet_log(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer data)
{
	(void)domain;
	(void)level;
	(void)msg;
	(void)data;
}

static void quiet_print(const gchar *msg)
{
	(void)msg;
}

static void silence_libraries(void)
{
	g_log_set_default_handler(quiet_log, NULL);
	g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
			  quiet_log, NULL);
	g_log_set_handler("GLib", G_LOG_LEVEL_MASK, quiet_log, NULL);
	g_log_set_handler("GLib-GObject", G_LOG_LEVEL_MASK, quiet_log, NULL);
	g_set_print_handler(quiet_print);
	g_set_printerr_handler(quiet_print);
}

/* fontconfig keeps a pattern of each font poppler substitutes for one a
 * PDF did not embed, for the life of the process. LeakSanitizer (make
 * check-san) reads this hook at start-up; other builds never call it. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

/* ---- options ------------------------------------------------------------ */

/* Parses "1,3-5" into a sorted set of flags; pages[i] for page i+1. */
static int parse_pages(const char *s, unsigned char **set, int *max)
{
	*max = 0;
	*set = NULL;
	if (!strcmp(s, "all"))
		return 0;
	int cap = 0;
	const char *p = s;
	while (*p) {
		char *end;
		errno = 0;
		long a = strtol(p, &end, 10), b = a;
		if (end == p || a < 1 || a > 100000 || errno)
			return -1;
		p = end;
		if (*p == '-') {
			b = strtol(++p, &end, 10);
			if (end == p || b < a || b > 100000)
				return -1;
			p = end;
		}
		if (b > cap) {
			*set = rw_xrealloc(*set, (size_t)b);
			memset(*set + cap, 0, (size_t)(b - cap));
			cap = (int)b;
		}
		for (long i = a; i <= b; i++)
			(*set)[i - 1] = 1;
		if (b > *max)
			*max = (int)b;
		if (*p == ',')
			p++;
		else if (*p)
			return -1;
	}
	return *max ? 0 : -1;
}

static int parse_area(const char *s, pdf_box *b)
{
	double v[4];
	char *end;
	for (int i = 0; i < 4; i++) {
		errno = 0;
		v[i] = strtod(s, &end);
		if (end == s || errno || !isfinite(v[i]))
			return -1;
		s = end;
		if (i < 3 && *s++ != ',')
			return -1;
	}
	if (*s || v[0] >= v[2] || v[1] >= v[3])
		return -1;
	*b = (pdf_box){v[0], v[1], v[2], v[3]};
	return 0;
}

/* ---- one document ------------------------------------------------------- */

/* "1-3,5" for the pages i+1 whose kind[i] is k. */
static char *page_ranges(const unsigned char *kind, int n, int k)
{
	rw_buf b = {0};
	rw_buf_adds(&b, "");
	for (int i = 0; i < n;) {
		if (kind[i] != k) {
			i++;
			continue;
		}
		int j = i;
		while (j + 1 < n && kind[j + 1] == k)
			j++;
		rw_buf_addf(&b, b.len ? ",%d" : "%d", i + 1);
		if (j > i)
			rw_buf_addf(&b, "-%d", j + 1);
		i = j + 1;
	}
	return rw_buf_take(&b);
}

/* Why poppler could not open a document, in recwatch's words. */
static void open_failed(const char *name, GError *err)
{
	if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
		rw_warn(name, "encrypted PDF (password required)");
	else
		rw_warn(name, "damaged PDF: %s", err && err->message ? err->message : "cannot be read");
	if (err)
		g_error_free(err);
}

/* A PDF held in memory (standard input, or a file that is not a PDF:
 * then the sniffer says what it is). */
static PopplerDocument *open_pdf(const char *name, const char *data, size_t len)
{
	enum rw_doctype t = rw_sniff(data, len);
	if (t == RW_DOC_HTML) {
		rw_warn(name, "is HTML, not a PDF (use rw-html)");
		return NULL;
	}
	if (t != RW_DOC_PDF) {
		rw_warn(name, "not a PDF (%s)", rw_doctype_name(t));
		return NULL;
	}
	GBytes *bytes = g_bytes_new_static(data, len);
	GError *err = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &err);
	g_bytes_unref(bytes);
	if (!doc)
		open_failed(name, err);
	return doc;
}

/* The bytes the sniffer looks in for a PDF's header (rw_sniff): a file
 * whose first SNIFF_PDF_BYTES hold "%PDF-" is a PDF, whatever follows. */
#define SNIFF_PDF_BYTES 1024

/* A regular file that is a PDF, opened for poppler to read from as it
 * needs, not held in memory: memory then stays what a page needs,
 * however long the document. Returns the descriptor, or -1 for any
 * other file (read whole then, to be told apart or fail as before). */
static int pdf_file(const char *name)
{
	if (!strcmp(name, "-"))
		return -1;
	int fd = open(name, O_RDONLY | O_CLOEXEC);
	struct stat st;
	char head[SNIFF_PDF_BYTES];
	ssize_t n = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
				    (size_t)st.st_size <= MAX_PDF_BYTES
			    ? pread(fd, head, sizeof head, 0)
			    : -1;
	if (n > 0 && rw_sniff(head, (size_t)n) == RW_DOC_PDF)
		return fd;
	if (fd >= 0)
		close(fd);
	return -1;
}

/* Reads the chosen pages into the emitter. Returns 0, or -1 after a
 * warning. */
static int read_pages(pdf_reader *r, const char *name, PopplerDocument *doc, pdf_emitter *e)
{
	int n = poppler_document_get_n_pages(doc);
	unsigned char *want = NULL;
	int max = 0;
	parse_pages(opt_pages ? opt_pages : "all", &want, &max);
	if (max > n) {
		rw_warn(name, "no page %d (the document has %d)", max, n);
		free(want);
		return -1;
	}
	unsigned char *kind = rw_xcalloc(n ? n : 1, 1);
	pdf_read_pages(r, doc, name, want, max, opt_method, have_area ? &opt_area : NULL, e, kind);
	int count[PDF_PAGE_BLANK + 1] = {0};
	for (int i = 0; i < n; i++)
		count[kind[i]]++;
	int read = n - count[PDF_PAGE_UNREAD], with_text = count[PDF_PAGE_TEXT];
	int textless = count[PDF_PAGE_TEXTLESS];
	/* pages drawn without text are reported, blank ones only when no
	 * page has text: then the document fails */
	if (textless) {
		char *pages = page_ranges(kind, n, PDF_PAGE_TEXTLESS);
		rw_warn(name, "no text layer on page%s %s (scanned? OCR is not done)",
			textless > 1 ? "s" : "", pages);
		free(pages);
	} else if (read && !with_text) {
		char *pages = page_ranges(kind, n, PDF_PAGE_BLANK);
		rw_warn(name, "no text: page%s %s %s blank", read > 1 ? "s" : "", pages,
			read > 1 ? "are" : "is");
		free(pages);
	}
	int rc = read && !with_text ? -1 : 0;
	free(kind);
	free(want);
	return rc;
}

static int do_document(pdf_reader *r, const char *name)
{
	size_t len;
	char *data = NULL;
	PopplerDocument *doc;
	int fd = pdf_file(name);
	if (fd >= 0) {
		GError *err = NULL;
		doc = poppler_document_new_from_fd(fd, NULL, &err); /* closes fd */
		if (!doc)
			open_failed(name, err);
	} else {
		data = rw_read_file(name, MAX_PDF_BYTES, &len);
		if (!data) {
			rw_warn(name, "%s", errno == EFBIG ? "too large" : strerror(errno));
			return -1;
		}
		doc = open_pdf(name, data, len);
	}
	if (!doc) {
		free(data);
		return -1;
	}
	pdf_emitter *e = pdf_emitter_new(stdout, name);
	pdf_tally tally;
	pdf_tally_begin(&tally);
	int rc = read_pages(r, name, doc, e);
	if (rc == 0 && pdf_emitter_finish(e) != 0) {
		rw_warn(NULL, "write error on standard output");
		rc = -2;
	}
	/* a page whose text was not all written: the document is read in part */
	if (pdf_tally_end(name) && rc == 0)
		rc = 1;
	pdf_emitter_free(e);
	g_object_unref(doc);
	free(data);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"pages", required_argument, NULL, 'p'},
		{"area", required_argument, NULL, 'a'},
		{"method", required_argument, NULL, 'm'},
		{"debug", required_argument, NULL, 'd'},
		{NULL, 0, NULL, 0},
	};
	rw_std_options(argc, argv, usage);
	silence_libraries();
	keep_freed_memory();
	int c;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': {
			unsigned char *set;
			int max;
			if (parse_pages(optarg, &set, &max) != 0)
				rw_die(NULL, "--pages: bad page list '%s' (e.g. 1,3-5)", optarg);
			free(set);
			opt_pages = optarg;
			break;
		}
		case 'a':
			if (parse_area(optarg, &opt_area) != 0)
				rw_die(NULL, "--area: expected TOP,LEFT,BOTTOM,RIGHT in points, got '%s'", optarg);
			have_area = 1;
			break;
		case 'm':
			if (!strcmp(optarg, "stream"))
				opt_method = PDF_STREAM;
			else if (!strcmp(optarg, "lattice"))
				opt_method = PDF_LATTICE;
			else if (!strcmp(optarg, "auto"))
				opt_method = PDF_AUTO;
			else
				rw_die(NULL, "--method: expected stream, lattice or auto, got '%s'", optarg);
			break;
		case 'd': {
			struct stat st;
			if (stat(optarg, &st) != 0 || !S_ISDIR(st.st_mode))
				rw_die(NULL, "--debug: '%s' is not a directory", optarg);
			opt_debug = optarg;
			break;
		}
		default:
			rw_usage_error(usage, NULL);
			return RW_EXIT_TROUBLE;
		}
	}
	char *stdin_only[] = {"-"};
	char **docs = optind < argc ? argv + optind : stdin_only;
	int ndocs = optind < argc ? argc - optind : 1;
	int failed = 0, part = 0;
	pdf_reader *r = pdf_reader_new();
	pdf_reader_debug(r, opt_debug);
	for (int i = 0; i < ndocs; i++) {
		int rc = do_document(r, docs[i]);
		if (rc == -2) {
			pdf_reader_free(r);
			return rw_finish_stdout(RW_EXIT_TROUBLE);
		}
		failed += rc < 0;
		part += rc > 0;
	}
	pdf_reader_free(r);
	int status = rw_tally_status(&(rw_tally){.whole = (size_t)(ndocs - failed - part),
						      .part = (size_t)part, .none = (size_t)failed});
	return rw_finish_stdout(status);
}
