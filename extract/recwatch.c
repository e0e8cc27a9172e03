/* recwatch - the driver: runs the filters of the chain for a batch.
 *
 *   extract: readers (rw-html / rw-pdf, by sniffed type) | rw-match | rw-fold
 *   diff:    documents are extracted first, then rw-diff OLD NEW
 *   tables:  rw-pdf or rw-html | rw-tables
 *
 * One chain per batch: a single rw-match and rw-fold read every document;
 * readers run one after another into the same pipe, one reader process
 * for each run of documents of the same type, so input order is kept. */
#include "rwlib.h"
#include "recwatch/urls.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"usage: recwatch extract [-f csv|json|jsonl|xlsx] [-o FILE] [--facts] [--review CODE]\n"
	"                        [--rules FILE] [--rejects FILE] [--explain FILE] DOC...\n"
	"       recwatch diff    [-f text|csv|json|jsonl|xlsx] [-o FILE] [--fields LIST] OLD NEW\n"
	"       recwatch tables  [-f csv|json] [--pages LIST] [--area TOP,LEFT,BOTTOM,RIGHT]\n"
	"                        [--method stream|lattice|auto] [--debug DIR] DOC...\n"
	"       recwatch convert [-f csv|json|jsonl|xlsx] SNAPSHOT...\n"
	"       recwatch ingest|log|state|check|report ...   (see rw-store(1))\n"
	"       recwatch fetch|watch|reextract ...            (see rw-store(1))\n"
	"DOC is an HTML or PDF file (sniffed from its content) or - for standard input.\n"
	"OLD and NEW are snapshots written by extract (CSV or JSON) or documents.\n"
	"See recwatch(1).\n";

/* ---- running the filters ------------------------------------------- */

/* Becomes the filter `name`: argv[0] is replaced by it, argv[1] by
 * `first` when that is not NULL. */
static void exec_filter(const char *name, char **argv, const char *first)
{
	char *path = rw_filter_path(name);
	argv[0] = (char *)name;
	if (first)
		argv[1] = (char *)first;
	execvp(path, argv);
	rw_die(NULL, "cannot run %s: %s", path, strerror(errno));
}

static int worst(int a, int b) { return a > b ? a : b; }

/* ---- documents ------------------------------------------------------ */

/* The type of a document from its first bytes; -1 when it cannot be read
 * (the reader then names the problem).  Standard input is spooled, so
 * that it can be sniffed and then handed to a reader as its stdin. */
static int doc_type(const char *path)
{
	char buf[4096];
	ssize_t n;
	if (!strcmp(path, "-")) {
		int fd = rw_stdin_spool();
		n = fd >= 0 ? pread(fd, buf, sizeof buf, 0) : -1;
	} else {
		int fd = open(path, O_RDONLY);
		if (fd < 0)
			return -1;
		n = read(fd, buf, sizeof buf);
		close(fd);
	}
	return n < 0 ? -1 : (int)rw_sniff(buf, (size_t)n);
}

/* The sniffer found the document is neither of the kinds there is a
 * reader for.  A document that cannot be opened (type -1) is not refused:
 * its reader names the problem. */
static int refused(int type)
{
	return type >= 0 && rw_doctype_problem((enum rw_doctype)type) != NULL;
}

/* The reader of a document; NULL, after saying why, when it is refused. */
static const char *reader_for(const char *doc)
{
	if (urls_failed(doc))
		return NULL; /* rw-fetch said why */
	int type = doc_type(doc);
	if (refused(type)) {
		rw_warn(doc, "%s", rw_doctype_problem((enum rw_doctype)type));
		return NULL;
	}
	return rw_reader_name((enum rw_doctype)type);
}

/* True when doc goes to `reader` too (quietly: a refused document is
 * told about when its turn comes). */
static int same_reader(const char *doc, const char *reader)
{
	int type = doc_type(doc);
	return !urls_failed(doc) && !refused(type) && !strcmp(rw_reader_name((enum rw_doctype)type), reader);
}

/* Runs the readers over docs, in order, all writing to `out`.  Returns 0
 * when every document was read, 2 when no reader read anything (each
 * says so with its exit status 2), else 1.  extra_pdf: rw-pdf options
 * (tables).  When progress is shown, each document gets a reader of its
 * own, so that the driver sees each one end. */
static int run_readers(char **docs, int ndocs, int out, char **extra_pdf)
{
	int failed = 0, groups = 0, nothing = 0, one_each = rw_progress_shown((size_t)ndocs);
	for (int i = 0; i < ndocs;) {
		const char *reader = reader_for(docs[i]);
		if (!reader) {
			failed++, groups++, nothing++;
			i++;
			if (one_each)
				rw_progress((size_t)i, (size_t)ndocs);
			continue;
		}
		struct rw_argv a = {0};
		rw_argv_add(&a, reader);
		for (char **e = extra_pdf; e && *e && !strcmp(reader, "rw-pdf"); e++)
			rw_argv_add(&a, *e);
		rw_argv_add(&a, "--");
		int in = -1, j = i;
		const char *url = NULL;
		for (; j < ndocs && (j == i || !one_each) && same_reader(docs[j], reader); j++) {
			if (urls_source(docs[j])) {
				if (j > i)
					break; /* a fetched document gets a reader of its own */
				url = urls_source(docs[j]);
				rw_argv_add(&a, docs[j++]);
				break;
			}
			if (!strcmp(docs[j], "-")) {
				if (j > i)
					break; /* standard input gets a reader of its own */
				in = rw_stdin_spool();
				rw_argv_add(&a, "-");
				j++;
				break;
			}
			rw_argv_add(&a, docs[j]);
		}
		int st = url ? urls_read(a.v, in, out, reader, url) : rw_wait(rw_spawn(a.v, in, out), reader);
		groups++;
		failed += st != RW_EXIT_OK;
		nothing += st >= RW_EXIT_TROUBLE;
		rw_argv_free(&a);
		i = j;
		if (one_each)
			rw_progress((size_t)i, (size_t)ndocs);
	}
	return !failed ? RW_EXIT_OK : nothing == groups ? RW_EXIT_TROUBLE : RW_EXIT_PARTIAL;
}

/* ---- output files, whole or not at all ------------------------------ */

struct output {
	const char *path; /* NULL = standard output */
	char *tmp;
	int fd;
};

static int output_open(struct output *o, const char *path)
{
	o->path = path;
	o->tmp = NULL;
	o->fd = -1;
	if (!path)
		return 1;
	o->tmp = rw_xasprintf("%s.tmpXXXXXX", path);
	o->fd = rw_mkstemp_shared(o->tmp);
	if (o->fd < 0)
		rw_die(path, "cannot create a temporary file beside it: %s", strerror(errno));
	return o->fd;
}

static int output_close(struct output *o, int ok)
{
	if (!o->path)
		return 0;
	int r = 0;
	if (ok && (fsync(o->fd) != 0 || close(o->fd) != 0 || rename(o->tmp, o->path) != 0)) {
		rw_warn(o->path, "not written: %s", strerror(errno));
		r = -1;
	}
	if (!ok || r) {
		if (ok == 0)
			close(o->fd);
		unlink(o->tmp);
	}
	free(o->tmp);
	return r;
}

/* ---- extract -------------------------------------------------------- */

struct extract_opts {
	const char *format, *out;
	struct rw_match_opts match;
	int facts;
};

/* readers | rw-match | rw-fold > out; returns the worst status. */
static int extract_chain(const struct extract_opts *o, char **docs, int ndocs, int out)
{
	/* A bad rules file stops everything before a byte of output (else
	 * rw-fold would already have printed its header). */
	char *rules_path = rw_rules_path(o->match.rules);
	rw_rules *rules = rw_rules_load(rules_path);
	free(rules_path);
	if (!rules)
		return RW_EXIT_TROUBLE;
	rw_rules_free(rules);
	int p1[2], p2[2];
	if (pipe(p1) || pipe(p2))
		rw_die(NULL, "cannot make a pipe: %s", strerror(errno));
	struct rw_argv m = {0}, f = {0};
	rw_match_argv(&m, &o->match);
	rw_argv_add(&f, "rw-fold");
	rw_argv_add(&f, "-f"), rw_argv_add(&f, o->format);
	if (o->facts)
		rw_argv_add(&f, "--facts");
	/* Each child must not hold pipe ends it does not use, or the
	 * reader of that pipe never sees its end. */
	fcntl(p1[0], F_SETFD, FD_CLOEXEC), fcntl(p1[1], F_SETFD, FD_CLOEXEC);
	fcntl(p2[0], F_SETFD, FD_CLOEXEC), fcntl(p2[1], F_SETFD, FD_CLOEXEC);
	pid_t fold = rw_spawn(f.v, p2[0], out);
	close(p2[0]);
	pid_t match = rw_spawn(m.v, p1[0], p2[1]);
	close(p1[0]);
	close(p2[1]);
	int status = run_readers(docs, ndocs, p1[1], NULL);
	close(p1[1]);
	status = worst(status, rw_wait(match, "rw-match"));
	status = worst(status, rw_wait(fold, "rw-fold"));
	rw_argv_free(&m);
	rw_argv_free(&f);
	return status;
}

static int cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'}, {"output", required_argument, NULL, 'o'},
		{"facts", no_argument, NULL, 'F'},         {"review", required_argument, NULL, 'R'},
		{"rules", required_argument, NULL, 'r'},   {"rejects", required_argument, NULL, 'j'},
		{"explain", required_argument, NULL, 'x'}, {NULL, 0, NULL, 0},
	};
	struct extract_opts o = {.format = "csv"};
	for (int c; (c = getopt_long(argc, argv, "f:o:", opts, NULL)) != -1;) {
		switch (c) {
		case 'f': o.format = optarg; break;
		case 'o': o.out = optarg; break;
		case 'F': o.facts = 1; break;
		case 'R': o.match.review = optarg; break;
		case 'r': o.match.rules = optarg; break;
		case 'j': o.match.rejects = optarg; break;
		case 'x': o.match.explain = optarg; break;
		default: return rw_usage_error(usage, "extract");
		}
	}
	int fmt = rw_format_parse(o.format);
	if (fmt < 0 || fmt == RW_FMT_TEXT) {
		rw_warn(NULL, "unknown format '%s' for extract (csv, json, jsonl or xlsx)", o.format);
		return rw_usage_error(usage, "extract");
	}
	if (optind >= argc) {
		rw_warn(NULL, "extract needs at least one document (or - for standard input)");
		return rw_usage_error(usage, "extract");
	}
	struct output out;
	int fd = output_open(&out, o.out);
	int status = extract_chain(&o, argv + optind, argc - optind, o.out ? fd : -1);
	if (output_close(&out, status < RW_EXIT_TROUBLE) != 0)
		status = RW_EXIT_TROUBLE;
	return status;
}

/* ---- diff ----------------------------------------------------------- */

/* A document given to diff is extracted to a temporary CSV snapshot. */
static char *as_snapshot(const char *path, const struct extract_opts *o, int *status)
{
	int t = doc_type(path);
	if (t != RW_DOC_HTML && t != RW_DOC_PDF)
		return NULL;
	int fd;
	char *tmp = rw_tmpfile("recwatch-snapshot", &fd);
	char *docs[] = {(char *)path};
	struct extract_opts eo = *o;
	eo.format = "csv";
	*status = worst(*status, extract_chain(&eo, docs, 1, fd));
	close(fd);
	return tmp;
}

static int cmd_diff(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'}, {"output", required_argument, NULL, 'o'},
		{"fields", required_argument, NULL, 'F'}, {"review", required_argument, NULL, 'R'},
		{"rules", required_argument, NULL, 'r'},  {NULL, 0, NULL, 0},
	};
	const char *format = "text", *out_path = NULL, *fields = NULL;
	struct extract_opts eo = {0};
	for (int c; (c = getopt_long(argc, argv, "f:o:", opts, NULL)) != -1;) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'o': out_path = optarg; break;
		case 'F': fields = optarg; break;
		case 'R': eo.match.review = optarg; break;
		case 'r': eo.match.rules = optarg; break;
		default: return rw_usage_error(usage, "diff");
		}
	}
	/* Checked here, so that a mistake is told in recwatch's terms,
	 * before any document is read, not by rw-diff afterwards. */
	if (rw_format_parse(format) < 0) {
		rw_warn(NULL, "unknown format '%s' for diff (text, csv, json, jsonl or xlsx)", format);
		return rw_usage_error(usage, "diff");
	}
	if (argc - optind != 2) {
		rw_warn(NULL, "diff needs two snapshots or documents: OLD NEW");
		return rw_usage_error(usage, "diff");
	}
	if (!strcmp(argv[optind], "-") && !strcmp(argv[optind + 1], "-")) {
		rw_warn(NULL, "only one of OLD and NEW can be standard input");
		return rw_usage_error(usage, "diff");
	}
	int xstatus = RW_EXIT_OK;
	char *snap[2];
	for (int i = 0; i < 2; i++)
		snap[i] = as_snapshot(argv[optind + i], &eo, &xstatus);
	struct rw_argv a = {0};
	rw_argv_add(&a, "rw-diff");
	rw_argv_add(&a, "-f"), rw_argv_add(&a, format);
	if (fields)
		rw_argv_add(&a, "--fields"), rw_argv_add(&a, fields);
	if (eo.match.rules) /* its [order] says what is a regression */
		rw_argv_add(&a, "--rules"), rw_argv_add(&a, eo.match.rules);
	rw_argv_add(&a, "--");
	for (int i = 0; i < 2; i++)
		rw_argv_add(&a, snap[i] ? snap[i] : argv[optind + i]);
	int status = RW_DIFF_TROUBLE;
	if (xstatus == RW_EXIT_OK) {
		struct output out;
		int fd = output_open(&out, out_path);
		int in = !strcmp(argv[optind], "-") || !strcmp(argv[optind + 1], "-") ? rw_stdin_spool() : -1;
		status = rw_wait(rw_spawn(a.v, in, out_path ? fd : -1), "rw-diff");
		if (output_close(&out, status < RW_DIFF_TROUBLE) != 0)
			status = RW_DIFF_TROUBLE;
	}
	for (int i = 0; i < 2; i++) {
		if (snap[i])
			unlink(snap[i]);
		free(snap[i]);
	}
	rw_argv_free(&a);
	return status;
}

/* ---- tables --------------------------------------------------------- */

static int cmd_tables(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'}, {"pages", required_argument, NULL, 'p'},
		{"area", required_argument, NULL, 'a'},   {"method", required_argument, NULL, 'm'},
		{"debug", required_argument, NULL, 'd'},
		{NULL, 0, NULL, 0},
	};
	const char *format = "csv";
	struct rw_argv pdf = {0};
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'p': rw_argv_add(&pdf, "--pages"), rw_argv_add(&pdf, optarg); break;
		case 'a': rw_argv_add(&pdf, "--area"), rw_argv_add(&pdf, optarg); break;
		case 'm': rw_argv_add(&pdf, "--method"), rw_argv_add(&pdf, optarg); break;
		case 'd': rw_argv_add(&pdf, "--debug"), rw_argv_add(&pdf, optarg); break;
		default: return rw_usage_error(usage, "tables");
		}
	}
	if (strcmp(format, "csv") && strcmp(format, "json")) {
		rw_warn(NULL, "unknown format '%s' for tables (csv or json)", format);
		return rw_usage_error(usage, "tables");
	}
	if (argc - optind < 1) {
		rw_warn(NULL, "tables needs a document");
		return rw_usage_error(usage, "tables");
	}
	int p[2];
	if (pipe(p))
		rw_die(NULL, "cannot make a pipe: %s", strerror(errno));
	fcntl(p[0], F_SETFD, FD_CLOEXEC), fcntl(p[1], F_SETFD, FD_CLOEXEC);
	/* Tables of several documents say in the CSV where each came from. */
	char *targv[] = {"rw-tables", "-f", (char *)format, argc - optind > 1 ? "--source" : NULL, NULL};
	pid_t tables = rw_spawn(targv, p[0], -1);
	close(p[0]);
	int status = run_readers(argv + optind, argc - optind, p[1], pdf.v);
	close(p[1]);
	status = worst(status, rw_wait(tables, "rw-tables"));
	rw_argv_free(&pdf);
	return status;
}

/* ---- convert -------------------------------------------------------- */

/* rw-convert does the work; its options are checked here, so that a
 * mistake is told in recwatch's terms. */
static int cmd_convert(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'}, {NULL, 0, NULL, 0},
	};
	const char *format = "csv";
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		if (c != 'f')
			return rw_usage_error(usage, "convert");
		format = optarg;
	}
	int fmt = rw_format_parse(format);
	if (fmt < 0 || fmt == RW_FMT_TEXT) {
		rw_warn(NULL, "unknown format '%s' for convert (csv, json, jsonl or xlsx)", format);
		return rw_usage_error(usage, "convert");
	}
	struct rw_argv a = {0};
	rw_argv_add(&a, "rw-convert"), rw_argv_add(&a, "-f"), rw_argv_add(&a, format), rw_argv_add(&a, "--");
	for (int i = optind; i < argc; i++)
		rw_argv_add(&a, argv[i]);
	exec_filter("rw-convert", a.v, NULL);
	return RW_EXIT_TROUBLE; /* not reached: exec_filter runs it or dies */
}

int main(int argc, char **argv)
{
	/* the filters of the chain report as recwatch (rw_set_program) */
	setenv(RW_PROGRAM_ENV, "recwatch", 1);
	if (argc < 2)
		return rw_usage_error(usage, NULL);
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage, stdout);
		return rw_finish_stdout(RW_EXIT_OK);
	}
	if (!strcmp(cmd, "--version")) {
		printf("recwatch %s\n", RW_VERSION);
		return rw_finish_stdout(RW_EXIT_OK);
	}
	for (int i = 2; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help")) {
			fputs(usage, stdout);
			return rw_finish_stdout(RW_EXIT_OK);
		}
	/* The filters write to our stdout directly; nothing of ours is
	 * buffered there. */
	argv[1] = argv[0];
	/* Documents may be http(s) URLs: fetched first, then read as files. */
	int unfetched = 0;
	if (!strcmp(cmd, "extract") || !strcmp(cmd, "diff") || !strcmp(cmd, "tables"))
		unfetched = urls_fetch_args(argc, argv, 2);
	if (!strcmp(cmd, "diff") && unfetched)
		return RW_DIFF_TROUBLE;
	if (!strcmp(cmd, "extract"))
		return cmd_extract(argc - 1, argv + 1);
	if (!strcmp(cmd, "diff"))
		return cmd_diff(argc - 1, argv + 1);
	if (!strcmp(cmd, "tables"))
		return cmd_tables(argc - 1, argv + 1);
	/* The snapshot store has a program of its own, which takes the
	 * command as its first argument. */
	static const char *const store_cmds[] = {"ingest", "log", "state", "check", "report",
						 "fetch", "watch", "reextract", NULL};
	for (int i = 0; store_cmds[i]; i++)
		if (!strcmp(cmd, store_cmds[i]))
			exec_filter("rw-store", argv, cmd);
	if (!strcmp(cmd, "convert"))
		return cmd_convert(argc - 1, argv + 1);
	rw_warn(NULL, "unknown command '%s' (extract, diff, tables, convert, ingest, log, state, check, report, fetch, watch, reextract)", cmd);
	return rw_usage_error(usage, NULL);
}
