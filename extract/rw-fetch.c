/* rw-fetch - fetches documents over HTTP(S) into files: the one filter of
 * recwatch that uses the network.  `recwatch extract|diff|tables URL`
 * runs `rw-fetch -o FILE URL` and reads FILE; `recwatch fetch|watch`
 * (rw-store) run one `rw-fetch -d DIR` for a whole watch list, with the
 * validators of the copies the store holds, and read its results. */
#include "rw-fetch/fetch.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: rw-fetch [OPTIONS] -o FILE URL\n"
	"       rw-fetch [OPTIONS] -d DIR [URL...]\n"
	"Fetches http(s) URLs.  With -o, the one document goes to FILE (whole or\n"
	"not at all).  With -d, each body goes to DIR/N (N = the request's number)\n"
	"and one JSON object a request is written on standard output; with no\n"
	"URL, the requests are JSON Lines on standard input:\n"
	"  {\"url\": \"...\", \"etag\": \"...\", \"last_modified\": \"...\"}\n"
	"  --max-bytes N        refuse bodies larger than N bytes (default 64M)\n"
	"  --connect-timeout S  seconds to connect (default 10)\n"
	"  --timeout S          seconds for a whole request (default 60)\n"
	"  --retries N          tries again after a timeout or 5xx (default 2)\n"
	"  --backoff S          seconds before the first retry, doubled each time (default 1)\n"
	"  --host-delay S       seconds between requests to one host (default 1)\n"
	"  --max-redirs N       redirects followed (default 5)\n"
	"  --ca-file FILE       trust the certificates of FILE (PEM) instead of the system's\n"
	"  --help, --version\n";

static struct fetch_params params = {
	.max_bytes = 64u << 20, /* the readers' own default cap */
	.connect_ms = 10000,
	.total_ms = 60000,
	.retries = 2,
	.backoff_ms = 1000,
	.host_delay_ms = 1000,
	.max_redirs = 5,
};

/* A request line longer than this (bytes) is refused: a URL and two
 * validators fit many times over. */
#define MAX_REQUEST_LINE 65536

/* ---- -o FILE: one document ------------------------------------------ */

static int fetch_to_file(struct fetcher *f, const char *url, const char *path)
{
	char *tmp = rw_xasprintf("%s.tmpXXXXXX", path);
	int fd = rw_mkstemp_shared(tmp);
	if (fd < 0)
		rw_die(path, "cannot create a temporary file beside it: %s", strerror(errno));
	struct fetch_result res;
	int ok = fetcher_get(f, &(struct fetch_request){.url = url}, fd, &res) == 0;
	if (ok && res.status == 304)
		ok = 0, res.error = rw_xstrdup("not modified, yet nothing was asked conditionally");
	if (!ok)
		rw_warn(url, "%s", res.error);
	if (ok && (fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0)) {
		rw_warn(path, "not written: %s", strerror(errno));
		ok = 0;
	} else if (!ok) {
		close(fd);
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	fetch_result_clear(&res);
	return ok ? RW_EXIT_OK : RW_EXIT_TROUBLE;
}

/* ---- -d DIR: a batch ------------------------------------------------ */

static void set_or_null(json_t *o, const char *key, const char *s)
{
	json_object_set_new(o, key, s ? json_string(s) : json_null());
}

static int write_result(const struct fetch_request *rq, const struct fetch_result *res,
			const char *file)
{
	json_t *o = json_object();
	set_or_null(o, "url", rq->url);
	set_or_null(o, "final_url", res->final_url);
	json_object_set_new(o, "status", res->status ? json_integer(res->status) : json_null());
	set_or_null(o, "etag", res->etag);
	set_or_null(o, "last_modified", res->last_modified);
	set_or_null(o, "content_type", res->content_type);
	set_or_null(o, "file", file);
	json_object_set_new(o, "size", json_integer(res->size));
	json_object_set_new(o, "attempts", json_integer(res->attempts));
	set_or_null(o, "error", res->error);
	int r = json_dumpf(o, stdout, JSON_COMPACT | JSON_ENSURE_ASCII) == 0 &&
		putchar('\n') != EOF && fflush(stdout) == 0;
	json_decref(o);
	return r ? 0 : -1;
}

/* Fetches request number n into DIR/n; 0 when fetched or not modified. */
static int batch_one(struct fetcher *f, const char *dir, long n, const struct fetch_request *rq)
{
	char *path = rw_xasprintf("%s/%ld", dir, n);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		rw_die(path, "cannot create: %s", strerror(errno));
	struct fetch_result res;
	int r = fetcher_get(f, rq, fd, &res);
	if (close(fd) != 0 && r == 0) {
		res.error = rw_xasprintf("cannot keep the body: %s", strerror(errno));
		r = -1;
	}
	if (r != 0)
		rw_warn(rq->url, "%s", res.error);
	int body = r == 0 && res.status != 304;
	if (!body)
		unlink(path);
	if (write_result(rq, &res, body ? path : NULL) != 0)
		rw_die(NULL, "cannot write the results: %s", strerror(errno));
	fetch_result_clear(&res);
	free(path);
	return r;
}

static const char *str_member(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) && *json_string_value(v) ? json_string_value(v) : NULL;
}

/* Requests as JSON Lines on standard input; returns (ok, failed) counts. */
static void batch_stdin(struct fetcher *f, const char *dir, long *ok, long *failed)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	for (long n = 1; (len = getline(&line, &cap, stdin)) >= 0; n++) {
		json_error_t err;
		json_t *o = len <= MAX_REQUEST_LINE ? json_loadb(line, (size_t)len, 0, &err) : NULL;
		const char *url = o ? str_member(o, "url") : NULL;
		if (!url) {
			rw_warn("-", "line %ld: not a request (a JSON object with a \"url\")", n);
			(*failed)++;
		} else {
			struct fetch_request rq = {url, str_member(o, "etag"),
						   str_member(o, "last_modified")};
			(*(batch_one(f, dir, n, &rq) == 0 ? ok : failed))++;
		}
		json_decref(o);
	}
	free(line);
}

int main(int argc, char **argv)
{
	rw_std_options(argc, argv, usage);
	static const struct option opts[] = {
		{"output", required_argument, NULL, 'o'},
		{"dir", required_argument, NULL, 'd'},
		{"max-bytes", required_argument, NULL, 'm'},
		{"connect-timeout", required_argument, NULL, 'c'},
		{"timeout", required_argument, NULL, 't'},
		{"retries", required_argument, NULL, 'r'},
		{"backoff", required_argument, NULL, 'b'},
		{"host-delay", required_argument, NULL, 'w'},
		{"max-redirs", required_argument, NULL, 'R'},
		{"ca-file", required_argument, NULL, 'C'},
		{NULL, 0, NULL, 0},
	};
	const char *out = NULL, *dir = NULL;
	for (int c; (c = getopt_long(argc, argv, "o:d:", opts, NULL)) != -1;) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'd': dir = optarg; break;
		case 'm': params.max_bytes = fetch_parse_size("--max-bytes", optarg); break;
		case 'c': params.connect_ms = fetch_parse_ms("--connect-timeout", optarg); break;
		case 't': params.total_ms = fetch_parse_ms("--timeout", optarg); break;
		case 'r': params.retries = fetch_parse_count("--retries", optarg); break;
		case 'b': params.backoff_ms = fetch_parse_ms("--backoff", optarg); break;
		case 'w': params.host_delay_ms = fetch_parse_ms("--host-delay", optarg); break;
		case 'R': params.max_redirs = fetch_parse_count("--max-redirs", optarg); break;
		case 'C': params.ca_file = optarg; break;
		default: rw_usage_error(usage, NULL); return RW_EXIT_TROUBLE;
		}
	}
	if (!out == !dir || (out && argc - optind != 1)) {
		rw_warn(NULL, "give -o FILE and one URL, or -d DIR");
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		rw_die(NULL, "cannot start libcurl");
	struct fetcher *f = fetcher_new(&params);
	int status;
	if (out) {
		status = fetch_to_file(f, argv[optind], out);
	} else {
		long ok = 0, failed = 0;
		if (optind == argc)
			batch_stdin(f, dir, &ok, &failed);
		for (int i = optind; i < argc; i++)
			(*(batch_one(f, dir, i - optind + 1, &(struct fetch_request){.url = argv[i]}) == 0
				   ? &ok : &failed))++;
		status = !failed ? RW_EXIT_OK : ok ? RW_EXIT_PARTIAL : RW_EXIT_TROUBLE;
	}
	fetcher_free(f);
	curl_global_cleanup();
	return rw_finish_stdout(status);
}
