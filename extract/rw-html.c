/* rw-html - read HTML documents, write the block stream (schema/blocks.md).
 *
 * Each document is checked to be HTML by its bytes, decoded to UTF-8 a
 * block at a time (rw-html/charset.c) as libxml2's HTML parser asks for
 * it, with no network, no DTD and libxml2's own messages silenced, and
 * its blocks are written as its parts end (rw-html/stream.c, walk.c,
 * table.c). */
#include "rw-html/html.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* A document's bytes. From a regular file (standard input too, when it
 * is one at its start) they are read into memory of their own, whose
 * pages are given back as the parser is done with them, so that a large
 * page is not all in memory for long; else (a pipe) read whole. Read,
 * not mapped: a file cut short while it is read gives fewer bytes, where
 * a mapping of it would kill the process (SIGBUS) and the batch with it. */
typedef struct input {
	char *data;
	size_t len;
	int own_pages;   /* data is anonymous memory of `cap` bytes (else malloc'd) */
	size_t cap;
	size_t released; /* bytes from the start given back */
} input;

static ssize_t read_all(int fd, char *p, size_t want)
{
	size_t got = 0;
	while (got < want) {
		ssize_t n = read(fd, p + got, want - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return (ssize_t)got;
}

static int load_file(const char *name, input *in)
{
	int in_std = !strcmp(name, "-");
	int fd = in_std ? STDIN_FILENO : open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || (in_std && lseek(fd, 0, SEEK_CUR) != 0))
		return -1;
	struct stat st;
	void *p = MAP_FAILED;
	ssize_t got = -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (uintmax_t)st.st_size <= max_bytes)
		p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED && (got = read_all(fd, p, (size_t)st.st_size)) <= 0) {
		munmap(p, (size_t)st.st_size);
		p = MAP_FAILED;
	}
	if (!in_std)
		close(fd);
	if (p == MAP_FAILED)
		return -1;
	*in = (input){.data = p, .len = (size_t)got, .own_pages = 1, .cap = (size_t)st.st_size};
	return 0;
}

/* Pages are given back this many bytes at a time, not a system call for
 * each block the parser reads. */
#define RELEASE_BYTES (1u << 20)

/* Gives back the whole pages before upto. */
static void release(void *arg, const char *upto)
{
	input *in = arg;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t end = (size_t)(upto - in->data) / page * page;
	if (in->own_pages && end >= in->released + RELEASE_BYTES) {
		madvise(in->data + in->released, end - in->released, MADV_DONTNEED);
		in->released = end;
	}
}

static void input_free(input *in)
{
	if (in->own_pages)
		munmap(in->data, in->cap);
	else
		free(in->data);
}

/* Decodes, parses and writes the blocks of an HTML document. */
static int emit_html(const char *name, input *in)
{
	html_decoder d;
	html_decoder_open(&d, name, in->data, in->len);
	parse_cut_short = 0;
	int failed = html_read(name, &d, stdout, release, in);
	html_decoder_close(&d);
	if (failed < 0) {
		rw_warn(name, "cannot parse as HTML");
		return 2;
	}
	if (parse_cut_short) {
		rw_warn(name, "markup nested too deeply (over %u levels); "
			      "the rest of the document was not read", xmlParserMaxDepth);
		failed = 1;
	}
	return failed;
}

/* Returns an rw_outcome: RW_READ_WHOLE (0), RW_READ_PART (1) or
 * RW_READ_NONE (2). */
static int read_document(const char *name)
{
	input in = {0};
	if (load_file(name, &in) != 0 &&
	    !(in.data = rw_read_file(name, max_bytes, &in.len))) {
		if (errno == EFBIG)
			rw_warn(name, "larger than %zu bytes (see --max-bytes)", max_bytes);
		else
			rw_warn(name, "cannot read: %s", strerror(errno));
		return 2;
	}
	int failed = 2;
	switch (rw_sniff(in.data, in.len)) {
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
	case RW_DOC_HTML:
		failed = emit_html(name, &in);
		break;
	}
	input_free(&in);
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
	/* blocks go to the next stage 64 KiB at a time, what a pipe holds:
	 * stdio's 4 KiB would wake the reader sixteen times as often */
	static char outbuf[64u << 10];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
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
