/* watch.c - recwatch fetch and recwatch watch: documents from the web
 * into the store (web.c), ingested as `recwatch ingest` would; watch then
 * reports the changes of the run as `recwatch diff` does, and runs
 * --exec CMD on that report when something changed. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char watch_usage[] =
	"usage: recwatch watch [--db FILE] [-f text|csv|json|xlsx] [-o FILE] [--exec CMD]\n"
	"                      [--rules FILE] [-j N] [FETCH OPTIONS] LIST\n"
	"       recwatch fetch [--db FILE] [--review CODE] [--rules FILE] [-j N]\n"
	"                      [FETCH OPTIONS] URL...\n"
	"FETCH OPTIONS (rw-fetch(1)): --max-bytes N, --connect-timeout S, --timeout S,\n"
	"  --retries N, --backoff S, --host-delay S, --max-redirs N, --ca-file FILE\n";

struct web_opts {
	const char *db_path, *format, *out, *exec, *review;
	struct ingest_opts ingest;
	char **fetch_args; /* NULL-terminated, for rw-fetch */
	size_t nfetch, capfetch;
};

static void fetch_arg(struct web_opts *o, const char *s)
{
	o->fetch_args = rw_xgrow(o->fetch_args, &o->capfetch, o->nfetch + 2, sizeof *o->fetch_args);
	o->fetch_args[o->nfetch++] = (char *)s;
	o->fetch_args[o->nfetch] = NULL;
}

/* The options of fetch and watch; returns 0, or -1 (usage printed). */
static int parse(int argc, char **argv, struct web_opts *o)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},      {"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},  {"exec", required_argument, NULL, 'x'},
		{"rules", required_argument, NULL, 'r'},   {"review", required_argument, NULL, 'R'},
		{"jobs", required_argument, NULL, 'j'},
		/* rw-fetch's, passed on (it checks them) */
		{"max-bytes", required_argument, NULL, 'F'}, {"connect-timeout", required_argument, NULL, 'F'},
		{"timeout", required_argument, NULL, 'F'},   {"retries", required_argument, NULL, 'F'},
		{"backoff", required_argument, NULL, 'F'},   {"host-delay", required_argument, NULL, 'F'},
		{"max-redirs", required_argument, NULL, 'F'}, {"ca-file", required_argument, NULL, 'F'},
		{NULL, 0, NULL, 0},
	};
	int idx;
	for (int c; (c = getopt_long(argc, argv, "f:o:j:", opts, &idx)) != -1;) {
		char *end;
		switch (c) {
		case 'd': o->db_path = optarg; break;
		case 'f': o->format = optarg; break;
		case 'o': o->out = optarg; break;
		case 'x': o->exec = optarg; break;
		case 'r': o->ingest.read.rules = optarg; break;
		case 'R': o->review = optarg; break;
		case 'j':
			o->ingest.read.jobs = (int)strtol(optarg, &end, 10);
			if (*end || o->ingest.read.jobs < 1 || o->ingest.read.jobs > 256)
				rw_die(NULL, "-j needs a number of chains from 1 to 256, not '%s'", optarg);
			break;
		case 'F':
			fetch_arg(o, rw_xasprintf("--%s", opts[idx].name));
			fetch_arg(o, optarg);
			break;
		default: rw_usage_error(watch_usage, NULL); return -1;
		}
	}
	return 0;
}

static void web_opts_free(struct web_opts *o)
{
	/* the option names were made by fetch_arg's callers; values are argv's */
	for (size_t i = 0; i < o->nfetch; i += 2)
		free(o->fetch_args[i]);
	free(o->fetch_args);
}

/* Fetches and ingests items; *b gets the states around the ingest.
 * Returns the worst of: RW_EXIT_PARTIAL when a URL failed or a body
 * could not be read, RW_EXIT_TROUBLE when nothing could be done. */
static int fetch_and_ingest(sqlite3 *db, const struct watch_item *items, size_t n,
			    struct web_opts *o, struct batch *b)
{
	struct web_run run;
	if (store_web_fetch(db, items, n, o->fetch_args, &run) != 0) {
		store_web_run_clear(&run);
		return RW_EXIT_TROUBLE;
	}
	int status = store_ingest_docs(db, run.docs, run.ndocs, &o->ingest, b);
	if (status != RW_EXIT_TROUBLE && run.failed)
		status = run.failed == n ? RW_EXIT_TROUBLE : RW_EXIT_PARTIAL;
	store_web_run_clear(&run);
	return status;
}

/* ---- fetch ----------------------------------------------------------- */

int store_cmd_fetch(int argc, char **argv)
{
	struct web_opts o = {.ingest.read.jobs = 1};
	if (parse(argc, argv, &o) != 0 || o.format || o.out || o.exec) {
		if (o.format || o.out || o.exec)
			rw_warn(NULL, "-f, -o and --exec are watch's; fetch reports nothing");
		web_opts_free(&o);
		return RW_EXIT_TROUBLE;
	}
	if (optind >= argc) {
		rw_warn(NULL, "fetch needs at least one URL");
		rw_usage_error(watch_usage, NULL);
		web_opts_free(&o);
		return RW_EXIT_TROUBLE;
	}
	size_t n = (size_t)(argc - optind);
	struct watch_item *items = rw_xcalloc(n, sizeof *items);
	for (size_t i = 0; i < n; i++)
		items[i] = (struct watch_item){argv[optind + i], (char *)o.review, NULL};
	int status = RW_EXIT_TROUBLE;
	sqlite3 *db = store_rules_ok(o.ingest.read.rules) ? store_open(store_path(o.db_path), 1) : NULL;
	if (db) {
		struct batch b = {0};
		status = fetch_and_ingest(db, items, n, &o, &b);
		store_batch_clear(&b);
		store_close(db);
	}
	free(items); /* its strings are argv's */
	web_opts_free(&o);
	return status;
}

/* ---- watch: the report ---------------------------------------------- */

/* A CSV snapshot with no records, for trying the report format. */
static int format_works(const char *fmt)
{
	int fd;
	char *empty = rw_tmpfile("recwatch-empty", &fd);
	FILE *f = fdopen(fd, "w");
	for (int i = 0; f && i < RW_RC__COUNT; i++)
		fprintf(f, "%s%s", i ? "," : "", rw_record_cols[i]);
	int ok = f && fputc('\n', f) != EOF && fclose(f) == 0;
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	ok = ok && null >= 0 && store_run_diff(fmt, empty, empty, null) != RW_DIFF_TROUBLE;
	if (null >= 0)
		close(null);
	unlink(empty);
	free(empty);
	return ok;
}

static int copy_fd(int from, int to)
{
	char buf[65536];
	ssize_t n;
	if (lseek(from, 0, SEEK_SET) != 0)
		return -1;
	while ((n = read(from, buf, sizeof buf)) > 0)
		for (ssize_t off = 0; off < n;) {
			ssize_t w = write(to, buf + off, (size_t)(n - off));
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				return -1;
			off += w;
		}
	return n < 0 ? -1 : 0;
}

/* The report to -o FILE (whole or not at all) or standard output. */
static int deliver(int report, const char *out)
{
	if (!out) {
		fflush(stdout);
		if (copy_fd(report, 1) == 0)
			return 0;
		rw_warn(NULL, "cannot write the report: %s", strerror(errno));
		return -1;
	}
	char *tmp = rw_xasprintf("%s.tmpXXXXXX", out);
	int fd = rw_mkstemp_shared(tmp);
	int ok = fd >= 0 && copy_fd(report, fd) == 0 && fsync(fd) == 0;
	ok = fd >= 0 && close(fd) == 0 && ok && rename(tmp, out) == 0;
	if (!ok) {
		rw_warn(out, "not written: %s", strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

/* Runs `sh -c cmd` with the report on its standard input. */
static int run_exec(const char *cmd, int report)
{
	if (lseek(report, 0, SEEK_SET) != 0)
		return -1;
	char *argv[] = {"/bin/sh", "-c", (char *)cmd, NULL};
	int st = rw_wait(rw_spawn(argv, report, -1), "--exec");
	if (st != 0)
		rw_warn(NULL, "--exec: '%s' exited with status %d", cmd, st);
	return st == 0 ? 0 : -1;
}

/* Writes the changes between the batch's states; returns rw-diff's
 * status, or RW_DIFF_TROUBLE when the report could not be delivered. */
static int report(const struct web_opts *o, const struct batch *b)
{
	int fd;
	char *path = rw_tmpfile("recwatch-report", &fd);
	unlink(path);
	free(path);
	int st = store_run_diff(o->format, b->old_csv, b->new_csv, fd);
	if (st != RW_DIFF_TROUBLE && deliver(fd, o->out) != 0)
		st = RW_DIFF_TROUBLE;
	if (st == RW_DIFF_CHANGED && o->exec && run_exec(o->exec, fd) != 0)
		st = RW_DIFF_TROUBLE;
	close(fd);
	return st;
}

int store_cmd_watch(int argc, char **argv)
{
	struct web_opts o = {.ingest.read.jobs = 1, .format = "text"};
	if (parse(argc, argv, &o) != 0 || argc - optind != 1 || o.review) {
		if (argc - optind != 1 || o.review)
			rw_warn(NULL, "watch needs one watch list (review codes go in the list)");
		rw_usage_error(watch_usage, NULL);
		web_opts_free(&o);
		return RW_DIFF_TROUBLE;
	}
	if (!format_works(o.format))
		rw_die(NULL, "no report in format '%s' (text, csv, json, jsonl or xlsx)", o.format);
	size_t n = 0, bad = 0;
	struct watch_item *items = store_watch_list_read(argv[optind], &n, &bad);
	if (items && !n && bad) {
		rw_warn(argv[optind], "no URL to watch");
		store_watch_items_free(items, n);
		items = NULL;
	}
	int status = RW_DIFF_TROUBLE;
	sqlite3 *db = items && store_rules_ok(o.ingest.read.rules) ? store_open(store_path(o.db_path), 1)
							   : NULL;
	if (db) {
		struct batch b = {0};
		int got = fetch_and_ingest(db, items, n, &o, &b);
		/* A URL that failed is said on stderr and counted for check;
		 * only a run that could fetch nothing is trouble.  What it
		 * ingested all the same (bodies kept by an earlier run) is
		 * still reported. */
		if (b.old_csv && b.new_csv)
			status = report(&o, &b);
		if (got == RW_EXIT_TROUBLE)
			status = RW_DIFF_TROUBLE;
		store_batch_clear(&b);
	}
	if (db)
		store_close(db);
	store_watch_items_free(items, n);
	web_opts_free(&o);
	return status;
}
