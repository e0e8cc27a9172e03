/* chain.c - what every program that runs the chain needs: argument
 * lists, temporary files under $TMPDIR, standard input spooled so that
 * it can be sniffed and then read, the reader of a document, the
 * rw-match command line and the progress line of a long batch. */
#include "rwlib.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void rw_argv_add(struct rw_argv *a, const char *s)
{
	a->v = rw_xgrow(a->v, &a->cap, a->n + 2, sizeof *a->v);
	a->v[a->n++] = (char *)s;
	a->v[a->n] = NULL;
}

void rw_argv_free(struct rw_argv *a)
{
	free(a->v);
	memset(a, 0, sizeof *a);
}

const char *rw_tmpdir(void)
{
	const char *dir = getenv("TMPDIR");
	return dir && *dir ? dir : "/tmp";
}

char *rw_tmpfile(const char *stem, int *fd)
{
	char *path = rw_xasprintf("%s/%s.XXXXXX", rw_tmpdir(), stem);
	*fd = mkostemp(path, O_CLOEXEC);
	if (*fd < 0)
		rw_die(path, "cannot make a temporary file: %s", strerror(errno));
	return path;
}

/* The spooled standard input: an unlinked temporary file, made once. */
static int stdin_fd = -1;

int rw_stdin_spooled(void)
{
	return stdin_fd >= 0;
}

static int rewound(int fd)
{
	return lseek(fd, 0, SEEK_SET) == 0 ? fd : -1;
}

int rw_stdin_spool(void)
{
	if (stdin_fd >= 0)
		return rewound(stdin_fd);
	char *tmp = rw_tmpfile("recwatch-stdin", &stdin_fd);
	unlink(tmp);
	free(tmp);
	char buf[65536];
	ssize_t n;
	while ((n = read(STDIN_FILENO, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (write(stdin_fd, buf, (size_t)n) != n)
			rw_die(NULL, "cannot spool standard input: %s", strerror(errno));
	}
	return rewound(stdin_fd);
}

const char *rw_reader_name(enum rw_doctype t)
{
	return t == RW_DOC_PDF ? "rw-pdf" : "rw-html";
}

void rw_match_argv(struct rw_argv *a, const struct rw_match_opts *o)
{
	rw_argv_add(a, "rw-match");
	if (o->rules)
		rw_argv_add(a, "--rules"), rw_argv_add(a, o->rules);
	if (o->review)
		rw_argv_add(a, "--review"), rw_argv_add(a, o->review);
	if (o->rejects)
		rw_argv_add(a, "--rejects"), rw_argv_add(a, o->rejects);
	if (o->explain)
		rw_argv_add(a, "--explain"), rw_argv_add(a, o->explain);
}

/* Progress is shown on a terminal for batches of at least this many
 * documents (fewer are read before anyone looks). */
#define PROGRESS_MIN_DOCS 5

int rw_progress_shown(size_t total)
{
	return total >= PROGRESS_MIN_DOCS && isatty(STDERR_FILENO);
}

void rw_progress(size_t done, size_t total)
{
	if (!rw_progress_shown(total))
		return;
	fprintf(stderr, "\rrecwatch: read %zu of %zu documents", done, total);
	if (done == total)
		fputc('\n', stderr);
}
