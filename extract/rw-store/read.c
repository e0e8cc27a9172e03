/* read.c - documents to facts for ingest.
 *
 * Each document gets a chain of its own, `reader DOC | rw-match`, whose
 * facts go to an unlinked temporary file: a document that fails is then
 * known by its own exit statuses and leaves no facts behind, and up to
 * `jobs` chains can run at once.  Facts are collected in input order, so
 * the store sees the batch in the order it was given. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>


/* A document to hash; standard input is spooled so that it can be
 * hashed and then given to a reader. */
static int open_doc(const char *name)
{
	if (strcmp(name, "-"))
		return open(name, O_RDONLY | O_CLOEXEC);
	int fd = rw_stdin_spool();
	return fd < 0 ? -1 : dup(fd);
}

int store_doc_identify(struct doc *d)
{
	if (!strcmp(d->name, "-") && rw_stdin_spooled()) {
		rw_warn(d->name, "standard input can be given only once");
		return -1;
	}
	int fd = open_doc(d->path ? d->path : d->name);
	if (fd < 0) {
		rw_warn(d->name, "cannot open: %s", strerror(errno));
		return -1;
	}
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char buf[65536], head[4096];
	size_t nhead = 0;
	ssize_t n;
	d->size = 0;
	while ((n = read(fd, buf, sizeof buf)) > 0) {
		g_checksum_update(sum, (const guchar *)buf, (gssize)n);
		if (nhead < sizeof head) {
			size_t k = (size_t)n < sizeof head - nhead ? (size_t)n : sizeof head - nhead;
			memcpy(head + nhead, buf, k);
			nhead += k;
		}
		d->size += n;
	}
	int err = errno;
	close(fd);
	if (n < 0) {
		rw_warn(d->name, "cannot read: %s", strerror(err));
		g_checksum_free(sum);
		return -1;
	}
	snprintf(d->sha256, sizeof d->sha256, "%s", g_checksum_get_string(sum));
	g_checksum_free(sum);
	enum rw_doctype t = rw_sniff(head, nhead);
	d->kind = t;
	d->type = t == RW_DOC_PDF ? "pdf" : t == RW_DOC_HTML ? "html" : rw_doctype_name(t);
	return 0;
}

/* ---- one chain a document -------------------------------------------- */

struct chain {
	pid_t reader, match;
	int out; /* the facts, in an unlinked file */
};

static void chain_start(struct chain *c, const struct doc *d, const struct read_opts *o)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) != 0)
		rw_die(NULL, "cannot make a pipe: %s", strerror(errno));
	char *tmp = rw_tmpfile("recwatch-facts", &c->out);
	unlink(tmp);
	free(tmp);
	int in = -1;
	if (!d->path && !strcmp(d->name, "-") && (in = rw_stdin_spool()) < 0)
		rw_die(NULL, "cannot rewind standard input: %s", strerror(errno));
	const char *file = d->path ? d->path : d->name;
	char *rargv[] = {(char *)rw_reader_name(d->kind), "--", (char *)file, NULL};
	c->reader = rw_spawn(rargv, in, p[1]);
	struct rw_argv m = {0};
	rw_match_argv(&m, &(struct rw_match_opts){
		.rules = o->rules, .review = d->review ? d->review : o->review});
	c->match = rw_spawn(m.v, p[0], c->out);
	rw_argv_free(&m);
	close(p[0]);
	close(p[1]);
}

static void add_fact(struct doc *d, rw_fact *f)
{
	d->facts = rw_xgrow(d->facts, &d->cap, d->nfacts + 1, sizeof *d->facts);
	d->facts[d->nfacts++] = *f;
	memset(f, 0, sizeof *f);
}

/* Waits for the chain of d and takes its facts. */
static void chain_finish(struct chain *c, struct doc *d)
{
	int rs = rw_wait(c->reader, "the reader"), ms = rw_wait(c->match, "rw-match");
	FILE *in = NULL;
	if (rs != 0 || ms != 0 || lseek(c->out, 0, SEEK_SET) != 0 || !(in = fdopen(c->out, "r"))) {
		if (rs == 0)
			rw_warn(d->name, "not stored: the facts could not be read");
		else
			rw_warn(d->name, "not stored");
		d->failed = 1;
		close(c->out);
		return;
	}
	rw_fact f = {0};
	long line = 0;
	for (int r; (r = rw_fact_read(in, d->name, &f, &line)) != 0;)
		if (r > 0)
			add_fact(d, &f);
		else
			d->failed = 1;
	rw_fact_clear(&f);
	fclose(in);
	if (d->failed)
		rw_warn(d->name, "not stored: some of its facts could not be read");
}

void store_read_docs(struct doc *docs, size_t n, const struct read_opts *o)
{
	size_t jobs = o->jobs > 0 ? (size_t)o->jobs : 1;
	struct chain *running = rw_xcalloc(n ? n : 1, sizeof *running);
	size_t next = 0, done = 0, total = 0;
	for (size_t i = 0; i < n; i++)
		total += !docs[i].skip && !docs[i].failed;
	for (size_t i = 0; i < n; i++) {
		/* keep up to `jobs` chains running from document i on */
		size_t busy = 0;
		for (size_t j = i; j < next; j++)
			busy += !docs[j].skip && !docs[j].failed;
		for (; next < n && busy < jobs; next++)
			if (!docs[next].skip && !docs[next].failed) {
				chain_start(&running[next], &docs[next], o);
				busy++;
			}
		if (docs[i].skip || docs[i].failed)
			continue;
		chain_finish(&running[i], &docs[i]);
		rw_progress(++done, total);
	}
	free(running);
}

void store_doc_clear(struct doc *d)
{
	for (size_t i = 0; i < d->nfacts; i++)
		rw_fact_clear(&d->facts[i]);
	free(d->facts);
	d->facts = NULL;
	d->nfacts = d->cap = 0;
}
