/* urls.c - documents given as http(s) URLs.  The driver never talks to
 * the network itself: rw-fetch fetches the URLs into a temporary
 * directory, and the readers read those files as any others.  Their
 * blocks are relayed with the URL as the source, so that records and
 * rejects name the document the user gave, not a temporary file. */
#include "urls.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* A result line of rw-fetch longer than this (bytes) is not one. */
#define RESULT_LINE_MAX 65536

static struct fetched {
	char *url, *path; /* path NULL: the fetch failed */
} *fetched;
static size_t nfetched, capfetched;
static char *dir;

static int is_web_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

static void remove_fetched(void)
{
	for (size_t i = 0; i < nfetched; i++) {
		if (fetched[i].path)
			unlink(fetched[i].path);
		free(fetched[i].url);
		free(fetched[i].path);
	}
	free(fetched);
	if (dir)
		rmdir(dir);
	free(dir);
}

/* Runs rw-fetch -d dir over the URLs; its results in an unlinked file. */
static FILE *run_fetch(char **urls, size_t n)
{
	dir = rw_xasprintf("%s/recwatch-urls.XXXXXX", rw_tmpdir());
	if (!mkdtemp(dir))
		rw_die(dir, "cannot make a temporary directory: %s", strerror(errno));
	atexit(remove_fetched);
	char **argv = rw_xcalloc(n + 4, sizeof *argv);
	argv[0] = "rw-fetch", argv[1] = "-d", argv[2] = dir;
	memcpy(argv + 3, urls, n * sizeof *argv);
	FILE *out = tmpfile();
	if (!out)
		rw_die(NULL, "cannot make a temporary file: %s", strerror(errno));
	rw_wait(rw_spawn(argv, -1, fileno(out)), "rw-fetch");
	free(argv);
	rewind(out);
	return out;
}

int urls_fetch_args(int argc, char **argv, int first)
{
	char **urls = NULL;
	size_t n = 0, cap = 0;
	for (int i = first; i < argc; i++)
		if (is_web_url(argv[i]) && !urls_source(argv[i])) {
			urls = rw_xgrow(urls, &cap, n + 1, sizeof *urls);
			urls[n++] = argv[i];
		}
	if (!n)
		return 0;
	FILE *res = run_fetch(urls, n);
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	for (size_t k = 0; k < n; k++) {
		json_t *o = (len = getline(&line, &lcap, res)) > 0 && len <= RESULT_LINE_MAX
				    ? json_loadb(line, (size_t)len, 0, NULL) : NULL;
		const char *file = json_string_value(json_object_get(o, "file"));
		fetched = rw_xgrow(fetched, &capfetched, nfetched + 1, sizeof *fetched);
		fetched[nfetched++] = (struct fetched){rw_xstrdup(urls[k]), file ? rw_xstrdup(file) : NULL};
		json_decref(o);
	}
	free(line);
	fclose(res);
	free(urls);
	int failed = 0;
	for (int i = first; i < argc; i++)
		for (size_t k = 0; k < nfetched; k++)
			if (!strcmp(argv[i], fetched[k].url)) {
				failed += !fetched[k].path;
				if (fetched[k].path)
					argv[i] = fetched[k].path;
				break;
			}
	return failed;
}

const char *urls_source(const char *path)
{
	for (size_t k = 0; k < nfetched; k++)
		if (fetched[k].path && !strcmp(path, fetched[k].path))
			return fetched[k].url;
	return NULL;
}

int urls_failed(const char *path)
{
	for (size_t k = 0; k < nfetched; k++)
		if (!fetched[k].path && !strcmp(path, fetched[k].url))
			return 1;
	return 0;
}

int urls_read(char *const *argv, int in, int out, const char *reader, const char *url)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) != 0)
		rw_die(NULL, "cannot make a pipe: %s", strerror(errno));
	pid_t pid = rw_spawn(argv, in, p[1]);
	close(p[1]);
	FILE *from = fdopen(p[0], "r"), *to = fdopen(dup(out < 0 ? 1 : out), "w");
	if (!from || !to)
		rw_die(NULL, "cannot relay the blocks of %s: %s", url, strerror(errno));
	rw_block b = {0};
	long line = 0;
	int bad = 0;
	for (int r; (r = rw_block_read(from, url, &b, &line)) != 0;) {
		if (r < 0)
			continue; /* said by rw_block_read; the reader's status tells */
		free(b.source);
		b.source = rw_xstrdup(url);
		bad |= rw_block_write(to, &b) != 0;
	}
	rw_block_clear(&b);
	fclose(from);
	bad |= fclose(to) != 0;
	int st = rw_wait(pid, reader);
	if (bad)
		rw_warn(url, "its blocks could not be passed on: %s", strerror(errno));
	return bad && st < RW_EXIT_TROUBLE ? RW_EXIT_TROUBLE : st;
}
