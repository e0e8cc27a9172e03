/* util.c - allocation, diagnostics and string helpers for every filter. */
#include "rwlib.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The name messages start with: the program's own, so that a pipe of
 * filters shows which stage complained. */
static char program[RW_PROGRAM_MAX] = "recwatch";

void rw_set_program(const char *name)
{
	/* A filter run by the recwatch driver speaks as recwatch, the one
	 * program its user ran (recwatch(1), DIAGNOSTICS); run by hand, it
	 * names itself, so that a hand-built pipe shows which stage
	 * complained. */
	const char *as = getenv(RW_PROGRAM_ENV);
	snprintf(program, sizeof program, "%s", as && *as ? as : name);
}

static void *nonnull(void *p)
{
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", program);
		exit(RW_EXIT_TROUBLE);
	}
	return p;
}

void *rw_xmalloc(size_t n) { return nonnull(malloc(n ? n : 1)); }
void *rw_xcalloc(size_t n, size_t size) { return nonnull(calloc(n ? n : 1, size ? size : 1)); }
void *rw_xrealloc(void *p, size_t n) { return nonnull(realloc(p, n ? n : 1)); }
char *rw_xstrdup(const char *s) { return nonnull(strdup(s ? s : "")); }
char *rw_xstrndup(const char *s, size_t n) { return nonnull(strndup(s, n)); }

void *rw_xgrow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n <= *cap)
		return p;
	size_t c = *cap ? *cap : 8;
	while (c < n) {
		if (c > SIZE_MAX / 2 / size)
			nonnull(NULL);
		c *= 2;
	}
	*cap = c;
	return rw_xrealloc(p, c * size);
}

char *rw_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	va_start(ap, fmt);
	int r = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (r < 0)
		nonnull(NULL);
	return s;
}

void rw_vwarn(const char *file, const char *fmt, va_list ap)
{
	/* One line per problem: build it whole, then write it at once so
	 * that lines of filters sharing stderr do not interleave. */
	rw_buf b = {0};
	rw_buf_adds(&b, program);
	rw_buf_adds(&b, ": ");
	if (file) {
		rw_buf_adds(&b, file);
		rw_buf_adds(&b, ": ");
	}
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n > 0) {
		char *msg = rw_xmalloc((size_t)n + 1);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		for (char *c = msg; *c; c++)
			if (*c == '\n' || *c == '\r')
				*c = ' ';
		rw_buf_adds(&b, msg);
		free(msg);
	}
	rw_buf_addc(&b, '\n');
	fwrite(b.s, 1, b.len, stderr);
	fflush(stderr);
	rw_buf_free(&b);
}

void rw_warn(const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	rw_vwarn(file, fmt, ap);
	va_end(ap);
}

void rw_die(const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	rw_vwarn(file, fmt, ap);
	va_end(ap);
	exit(RW_EXIT_TROUBLE);
}

int rw_finish_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		rw_warn("standard output", "write error: %s", strerror(errno));
		return RW_EXIT_TROUBLE;
	}
	return status;
}

void rw_std_options(int argc, char **argv, const char *usage)
{
	rw_set_program_from_usage(usage);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			return;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(usage, stdout);
			exit(rw_finish_stdout(RW_EXIT_OK));
		}
		if (!strcmp(argv[i], "--version")) {
			const char *name = strrchr(argv[0], '/');
			printf("%s (recwatch) %s\n", name ? name + 1 : argv[0], RW_VERSION);
			exit(rw_finish_stdout(RW_EXIT_OK));
		}
	}
}

void rw_tally_add(rw_tally *t, int outcome)
{
	if (outcome == RW_READ_WHOLE)
		t->whole++;
	else if (outcome == RW_READ_PART)
		t->part++;
	else
		t->none++;
}

int rw_tally_status(const rw_tally *t)
{
	if (t->part == 0 && t->none == 0)
		return RW_EXIT_OK;
	if (t->whole == 0 && t->part == 0)
		return RW_EXIT_TROUBLE;
	return RW_EXIT_PARTIAL;
}

int rw_each_input(int argc, char **argv, int first,
		  int (*each)(FILE *in, const char *name, void *ctx), void *ctx)
{
	rw_tally t = {0};
	if (first >= argc)
		rw_tally_add(&t, each(stdin, "standard input", ctx));
	for (int i = first; i < argc; i++) {
		FILE *in = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
		if (!in) {
			rw_warn(argv[i], "cannot read: %s", strerror(errno));
			rw_tally_add(&t, RW_READ_NONE);
			continue;
		}
		rw_tally_add(&t, each(in, argv[i], ctx));
		if (in != stdin)
			fclose(in);
	}
	return rw_tally_status(&t);
}

void rw_buf_add(rw_buf *b, const char *s, size_t n)
{
	if (b->cap - b->len <= n) /* no room for n bytes and the NUL */
		b->s = rw_xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

void rw_buf_adds(rw_buf *b, const char *s) { rw_buf_add(b, s, strlen(s)); }

void rw_buf_addc(rw_buf *b, char c)
{
	if (b->cap - b->len < 2) /* writers call this for every quote and comma */
		b->s = rw_xgrow(b->s, &b->cap, b->len + 2, 1);
	b->s[b->len++] = c;
	b->s[b->len] = 0;
}

void rw_buf_addf(rw_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s;
	int n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		nonnull(NULL);
	rw_buf_add(b, s, (size_t)n);
	free(s);
}

char *rw_buf_take(rw_buf *b)
{
	char *s = b->s ? b->s : rw_xstrdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void rw_buf_free(rw_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

/* Length of the whitespace character at s, or 0. */
static size_t space_len(const unsigned char *s)
{
	if (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		return 1;
	if (s[0] == 0xC2 && s[1] == 0xA0) /* U+00A0 */
		return 2;
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8B || s[2] == 0xAF))
		return 3; /* U+2000-U+200B, U+202F */
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) /* U+205F */
		return 3;
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) /* U+3000 */
		return 3;
	return 0;
}

/* The bytes a whitespace character may start with (space_len decides):
 * runs of other bytes are copied whole. */
static const unsigned char may_start_space[256] = {
	[' '] = 1, ['\t' ... '\r'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* The first byte at or after p that is no printable ASCII other than
 * the space (or end): only such a byte may start whitespace.  Eight bytes
 * at a time (Mycroft's test, Hacker's Delight 6-1: the lowest flagged
 * byte is exact). */
static const unsigned char *word_bytes_end(const unsigned char *p, const unsigned char *end)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ /* the first byte is the lowest */
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	for (uint64_t x, m; end - p >= (ptrdiff_t)sizeof x; p += sizeof x) {
		memcpy(&x, p, sizeof x);
		if ((m = (((x - ones * 0x21) & ~x) | x) & highs))
			return p + __builtin_ctzll(m) / 8;
	}
#endif
	while (p < end && *p > 0x20 && *p < 0x80)
		p++;
	return p;
}

const char *rw_superscript_digit(int d)
{
	static const char *const sup[10] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
					    "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
	return d >= 0 && d <= 9 ? sup[d] : "";
}

void rw_buf_add_superscript(rw_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			rw_buf_adds(b, rw_superscript_digit(s[i] - '0'));
		else
			rw_buf_add(b, s + i, 1);
	}
}

char *rw_fold_ws(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t len = strlen((const char *)p);
	const unsigned char *end = p + len;
	char *out = rw_xmalloc(len + 1), *o = out;
	int pending = 0;
	while (*p) {
		const unsigned char *run = p;
		for (;;) {
			p = word_bytes_end(p, end);
			/* a lone space between words folds to itself, and a
			 * byte past ASCII may start no whitespace: both stay
			 * in the run */
			if ((*p == ' ' && p > run && p[1] > 0x20 && p[1] < 0x80) ||
			    (*p >= 0x80 && !may_start_space[*p]))
				p++;
			else
				break;
		}
		if (p > run) {
			if (pending)
				*o++ = ' ';
			pending = 0;
			memcpy(o, run, (size_t)(p - run));
			o += p - run;
			continue;
		}
		size_t n = space_len(p);
		if (n) {
			pending = o != out;
			p += n;
			continue;
		}
		if (pending)
			*o++ = ' ';
		pending = 0;
		*o++ = (char)*p++;
	}
	*o = 0;
	return out;
}

int rw_is_blank(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n;
	while (*p && (n = space_len(p)))
		p += n;
	return *p == 0;
}

static int isdig(char c) { return c >= '0' && c <= '9'; }

int rw_natcmp(const char *a, const char *b)
{
	const char *a0 = a, *b0 = b;
	while (*a && *b) {
		if (isdig(*a) && isdig(*b)) {
			while (*a == '0' && isdig(a[1]))
				a++;
			while (*b == '0' && isdig(b[1]))
				b++;
			size_t la = 0, lb = 0;
			while (isdig(a[la]))
				la++;
			while (isdig(b[lb]))
				lb++;
			if (la != lb)
				return la < lb ? -1 : 1;
			int c = memcmp(a, b, la);
			if (c)
				return c < 0 ? -1 : 1;
			a += la;
			b += lb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	if (*a || *b)
		return *a ? 1 : -1;
	int c = strcmp(a0, b0); /* "01" vs "1": still a total order */
	return c < 0 ? -1 : c > 0;
}

char *rw_read_stream(FILE *f, size_t max, size_t *len)
{
	size_t cap = 0, n = 0;
	char *buf = NULL;
	for (;;) {
		buf = rw_xgrow(buf, &cap, n + 65536 + 1, 1);
		size_t r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (n > max) {
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		if (r == 0) {
			if (ferror(f)) {
				int e = errno ? errno : EIO;
				free(buf);
				errno = e;
				return NULL;
			}
			break;
		}
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

char *rw_read_file(const char *path, size_t max, size_t *len)
{
	if (!strcmp(path, "-"))
		return rw_read_stream(stdin, max, len);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *s = rw_read_stream(f, max, len);
	int e = errno;
	fclose(f);
	errno = e;
	return s;
}

int rw_mkstemp_shared(char *tmpl)
{
	int fd = mkstemp(tmpl);
	if (fd >= 0) {
		/* mkstemp makes the file 0600; an output file gets the mode
		 * any new file would get (0666 less the umask). */
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	return fd;
}

int rw_write_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = rw_xasprintf("%s.tmpXXXXXX", path);
	int fd = rw_mkstemp_shared(tmp);
	if (fd < 0) {
		rw_warn(path, "cannot create a temporary file beside it: %s", strerror(errno));
		free(tmp);
		return -1;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(fd, data + done, len - done);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		done += (size_t)w;
	}
	int ok = done == len && fsync(fd) == 0;
	int e = errno;
	if (close(fd) != 0)
		ok = 0;
	if (ok && rename(tmp, path) == 0) {
		free(tmp);
		return 0;
	}
	if (ok)
		e = errno;
	rw_warn(path, "not written: %s", strerror(e));
	unlink(tmp);
	free(tmp);
	return -1;
}

int rw_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	while (s < end) {
		if (*s < 0x80) {
			s++;
			continue;
		}
		size_t want = *s >= 0xF0 ? 4 : *s >= 0xE0 ? 3 : 2; /* bytes the lead byte asks for */
		size_t n = (size_t)(end - s) >= want ? rw_utf8_seq(s) : 0;
		if (!n)
			return 0;
		s += n;
	}
	return 1;
}
