/* recwatch - the driver: runs the filters of the chain for a batch.
 *
 *   extract: readers (rw-html / rw-pdf, by sniffed type) | rw-match | rw-fold
 *   diff:    documents are extracted first, then rw-diff OLD NEW
 *   tables:  rw-pdf or rw-html | rw-tables
 *
 * One chain per batch: a single rw-match and rw-fold read every document;
 * readers run one after another into the same pipe, one reader process
 * for each run of documents of the same type, so input order is kept. */
#include "recwatch.h"
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

/* An argv under construction. */
struct args {
	char **v;
	size_t n, cap;
};

static void arg(struct args *a, const char *s)
{
	a->v = rw_xgrow(a->v, &a->cap, a->n + 2, sizeof *a->v);
	a->v[a->n++] = (char *)s;
	a->v[a->n] = NULL;
}

/* ---- documents ------------------------------------------------------ */

/* Standard input is spooled to an unlinked temporary file, so that it
 * can be sniffed and then handed to a reader as its stdin. */
static int stdin_fd = -1;

static int spool_stdin(void)
{
	if (stdin_fd >= 0)
		return lseek(stdin_fd, 0, SEEK_SET) == 0 ? stdin_fd : -1;
	FILE *t = tmpfile();
	if (!t)
		rw_die(NULL, "cannot make a temporary file: %s", strerror(errno));
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		if (fwrite(buf, 1, n, t) != n)
			rw_die(NULL, "cannot spool standard input: %s", strerror(errno));
	fflush(t);
	stdin_fd = dup(fileno(t));
	fclose(t);
	return lseek(stdin_fd, 0, SEEK_SET) == 0 ? stdin_fd : -1;
}

/* The type of a document from its first bytes; -1 when it cannot be read
 * (the reader then names the problem). */
static int doc_type(const char *path)
{
	char buf[4096];
	ssize_t n;
	if (!strcmp(path, "-")) {
		int fd = spool_stdin();
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

static const char *reader_name(int type)
{
	return type == RW_DOC_PDF ? "rw-pdf" : "rw-html";
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
	return reader_name(type);
}

/* True when doc goes to `reader` too (quietly: a refused document is
 * told about when its turn comes). */
static int same_reader(const char *doc, const char *reader)
{
	int type = doc_type(doc);
	return !urls_failed(doc) && !refused(type) && !strcmp(reader_name(type), reader);
}

/* Progress is shown on a terminal for batches of at least this many
 * documents (fewer are read before anyone looks), as ingest does. */
#define PROGRESS_MIN_DOCS 5

static int show_progress(int ndocs)
{
	return ndocs >= PROGRESS_MIN_DOCS && isatty(STDERR_FILENO);
}

static void progress(int done, int total)
{
	fprintf(stderr, "\rrecwatch: read %d of %d documents", done, total);
	if (done == total)
		fputc('\n', stderr);
}

/* Runs the readers over docs, in order, all writing to `out`.  Returns 0
 * when every document was read, 2 when no reader read anything (each
 * says so with its exit status 2), else 1.  extra_pdf: rw-pdf options
 * (tables).  When progress is shown, each document gets a reader of its
 * own, so that the driver sees each one end. */
static int run_readers(char **docs, int ndocs, int out, char **extra_pdf)
{
	int failed = 0, groups = 0, nothing = 0, one_each = show_progress(ndocs);
	for (int i = 0; i < ndocs;) {
		const char *reader = reader_for(docs[i]);
		if (!reader) {
			failed++, groups++, nothing++;
			if (one_each)
				progress(++i, ndocs);
			else
				i++;
			continue;
		}
		struct args a = {0};
		arg(&a, reader);
		for (char **e = extra_pdf; e && *e && !strcmp(reader, "rw-pdf"); e++)
			arg(&a, *e);
		arg(&a, "--");
		int in = -1, j = i;
		const char *url = NULL;
		for (; j < ndocs && (j == i || !one_each) && same_reader(docs[j], reader); j++) {
			if (urls_source(docs[j])) {
				if (j > i)
					break; /* a fetched document gets a reader of its own */
				url = urls_source(docs[j]);
				arg(&a, docs[j++]);
				break;
			}
			if (!strcmp(docs[j], "-")) {
				if (j > i)
					break; /* standard input gets a reader of its own */
				in = spool_stdin();
				arg(&a, "-");
				j++;
				break;
			}
			arg(&a, docs[j]);
		}
		int st = url ? urls_read(a.v, in, out, reader, url) : rw_wait(rw_spawn(a.v, in, out), reader);
		groups++;
		failed += st != RW_EXIT_OK;
		nothing += st >= RW_EXIT_TROUBLE;
		free(a.v);
		i = j;
		if (one_each)
			progress(i, ndocs);
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
	const char *format, *out, *review, *rules, *rejects, *explain;
	int facts;
};

/* readers | rw-match | rw-fold > out; returns the worst status. */
static int extract_chain(const struct extract_opts *o, char **docs, int ndocs, int out)
{
	/* A bad rules file stops everything before a byte of output (else
	 * rw-fold would already have printed its header). */
	char *rules_path = rw_rules_path(o->rules);
	rw_rules *rules = rw_rules_load(rules_path);
	free(rules_path);
	if (!rules)
		return RW_EXIT_TROUBLE;
	rw_rules_free(rules);
	int p1[2], p2[2];
	if (pipe(p1) || pipe(p2))
		rw_die(NULL, "cannot make a pipe: %s", strerror(errno));
	struct args m = {0}, f = {0};
	arg(&m, "rw-match");
	if (o->rules)
		arg(&m, "--rules"), arg(&m, o->rules);
	if (o->review)
		arg(&m, "--review"), arg(&m, o->review);
	if (o->rejects)
		arg(&m, "--rejects"), arg(&m, o->rejects);
	if (o->explain)
		arg(&m, "--explain"), arg(&m, o->explain);
	arg(&f, "rw-fold");
	arg(&f, "-f"), arg(&f, o->format);
	if (o->facts)
		arg(&f, "--facts");
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
	free(m.v);
	free(f.v);
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
		case 'R': o.review = optarg; break;
		case 'r': o.rules = optarg; break;
		case 'j': o.rejects = optarg; break;
		case 'x': o.explain = optarg; break;
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
	char *tmp = rw_xstrdup("/tmp/recwatch-snapshotXXXXXX");
	const char *tmpdir = getenv("TMPDIR");
	if (tmpdir && *tmpdir) {
		free(tmp);
		tmp = rw_xasprintf("%s/recwatch-snapshotXXXXXX", tmpdir);
	}
	int fd = mkstemp(tmp);
	if (fd < 0)
		rw_die(NULL, "cannot make a temporary file: %s", strerror(errno));
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
		case 'R': eo.review = optarg; break;
		case 'r': eo.rules = optarg; break;
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
	struct args a = {0};
	arg(&a, "rw-diff");
	arg(&a, "-f"), arg(&a, format);
	if (fields)
		arg(&a, "--fields"), arg(&a, fields);
	arg(&a, "--");
	for (int i = 0; i < 2; i++)
		arg(&a, snap[i] ? snap[i] : argv[optind + i]);
	int status = RW_DIFF_TROUBLE;
	if (xstatus == RW_EXIT_OK) {
		struct output out;
		int fd = output_open(&out, out_path);
		int in = !strcmp(argv[optind], "-") || !strcmp(argv[optind + 1], "-") ? spool_stdin() : -1;
		status = rw_wait(rw_spawn(a.v, in, out_path ? fd : -1), "rw-diff");
		if (output_close(&out, status < RW_DIFF_TROUBLE) != 0)
			status = RW_DIFF_TROUBLE;
	}
	for (int i = 0; i < 2; i++) {
		if (snap[i])
			unlink(snap[i]);
		free(snap[i]);
	}
	free(a.v);
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
	struct args pdf = {0};
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'p': arg(&pdf, "--pages"), arg(&pdf, optarg); break;
		case 'a': arg(&pdf, "--area"), arg(&pdf, optarg); break;
		case 'm': arg(&pdf, "--method"), arg(&pdf, optarg); break;
		case 'd': arg(&pdf, "--debug"), arg(&pdf, optarg); break;
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
	free(pdf.v);
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
	struct args a = {0};
	arg(&a, "rw-convert"), arg(&a, "-f"), arg(&a, format), arg(&a, "--");
	for (int i = optind; i < argc; i++)
		arg(&a, argv[i]);
	exec_filter("rw-convert", a.v, NULL);
	return RW_EXIT_TROUBLE; /* not reached: exec_filter runs it or dies */
}

int main(int argc, char **argv)
{
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
