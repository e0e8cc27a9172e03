/* http.c - one document over HTTP(S) with libcurl, politely and safely.
 *
 * One easy handle serves the whole batch, so that connections to a host
 * are reused.  Redirects are followed here rather than by libcurl, so
 * that a loop is named as one (a URL seen twice) instead of running into
 * the hop limit, and so that every hop waits its turn at its host.
 * Timeouts, 5xx answers and 429 (too many requests) are tried again
 * after an exponential backoff, or after the wait the server asks for in
 * Retry-After when that is longer; other failures are final.  The body cap is checked as bytes arrive
 * (after gzip is undone), and up front when Content-Length announces
 * more. */
#include "fetch.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* The statuses that are redirects with a Location to follow. */
#define HTTP_REDIRECT_FIRST 300
#define HTTP_REDIRECT_LAST 399
#define HTTP_NOT_MODIFIED 304
#define HTTP_OK_FIRST 200
#define HTTP_OK_LAST 299
#define HTTP_SERVER_ERROR_FIRST 500
#define HTTP_SERVER_ERROR_LAST 599
#define HTTP_TOO_MANY_REQUESTS 429
/* The longest wait between two attempts, in ms: doubling goes no
 * further than five minutes (a server down for longer is down for this
 * run; the next run asks again). */
#define BACKOFF_MAX_MS (5L * 60 * 1000)

struct fetcher {
	CURL *h;
	struct fetch_params p;
	struct host_clock *hosts;
	char errbuf[CURL_ERROR_SIZE];
	/* the body of the request under way */
	int fd;
	long long got;
	int too_large, write_failed;
};

void fetch_result_clear(struct fetch_result *r)
{
	free(r->final_url);
	free(r->etag);
	free(r->last_modified);
	free(r->content_type);
	free(r->error);
	memset(r, 0, sizeof *r);
}

static size_t on_body(char *data, size_t size, size_t n, void *ctx)
{
	struct fetcher *f = ctx;
	size_t len = size * n;
	if ((unsigned long long)f->got + len > f->p.max_bytes) {
		f->too_large = 1;
		return 0; /* libcurl stops the transfer */
	}
	for (size_t off = 0; off < len;) {
		ssize_t w = write(f->fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			f->write_failed = errno ? errno : EIO;
			return 0;
		}
		off += (size_t)w;
	}
	f->got += (long long)len;
	return len;
}

struct fetcher *fetcher_new(const struct fetch_params *p)
{
	struct fetcher *f = rw_xcalloc(1, sizeof *f);
	f->p = *p;
	f->hosts = host_clock_new();
	if (!(f->h = curl_easy_init()))
		rw_die(NULL, "cannot start libcurl");
	CURL *h = f->h;
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, p->connect_ms);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, p->total_ms);
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)p->max_bytes);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); /* every one libcurl decodes */
	curl_easy_setopt(h, CURLOPT_USERAGENT, "recwatch/" RW_VERSION);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	if (p->ca_file)
		curl_easy_setopt(h, CURLOPT_CAINFO, p->ca_file);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, f);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, f->errbuf);
	return f;
}

void fetcher_free(struct fetcher *f)
{
	if (!f)
		return;
	curl_easy_cleanup(f->h);
	host_clock_free(f->hosts);
	free(f);
}

/* The host of a URL (for the delay), or "" when it has none. */
static char *url_host(const char *url)
{
	CURLU *u = curl_url();
	char *host = NULL, *copy;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK)
		copy = rw_xstrdup(host);
	else
		copy = rw_xstrdup("");
	curl_free(host);
	curl_url_cleanup(u);
	return copy;
}

const char *fetch_url_problem(const char *url)
{
	CURLU *u = curl_url();
	char *scheme = NULL;
	const char *why = NULL;
	if (!u || curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK)
		why = "not a URL";
	else if (strcasecmp(scheme, "http") && strcasecmp(scheme, "https"))
		why = "only http and https URLs are fetched";
	curl_free(scheme);
	curl_url_cleanup(u);
	return why;
}

/* One request, its body into f->fd from offset 0. */
static CURLcode attempt(struct fetcher *f, const char *url, const struct fetch_request *rq,
			long *status)
{
	if (ftruncate(f->fd, 0) != 0 || lseek(f->fd, 0, SEEK_SET) != 0)
		f->write_failed = errno;
	f->got = 0;
	f->too_large = 0;
	f->errbuf[0] = 0;
	char *host = url_host(url);
	host_clock_wait(f->hosts, host, f->p.host_delay_ms);
	struct curl_slist *hdr = NULL;
	char *inm = rq->etag ? rw_xasprintf("If-None-Match: %s", rq->etag) : NULL;
	char *ims = rq->last_modified ? rw_xasprintf("If-Modified-Since: %s", rq->last_modified) : NULL;
	if (inm)
		hdr = curl_slist_append(hdr, inm);
	if (ims)
		hdr = curl_slist_append(hdr, ims);
	curl_easy_setopt(f->h, CURLOPT_URL, url);
	curl_easy_setopt(f->h, CURLOPT_HTTPHEADER, hdr);
	CURLcode rc = f->write_failed ? CURLE_WRITE_ERROR : curl_easy_perform(f->h);
	host_clock_done(f->hosts, host);
	free(host);
	*status = 0;
	curl_easy_getinfo(f->h, CURLINFO_RESPONSE_CODE, status);
	curl_easy_setopt(f->h, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(hdr);
	free(inm);
	free(ims);
	return rc;
}

static int is_transient(CURLcode rc, long status)
{
	return rc == CURLE_OPERATION_TIMEDOUT ||
	       (rc == CURLE_OK && (status == HTTP_TOO_MANY_REQUESTS ||
				   (status >= HTTP_SERVER_ERROR_FIRST && status <= HTTP_SERVER_ERROR_LAST)));
}

/* The wait the last answer asked for in Retry-After (seconds, or a date
 * that libcurl turns into seconds from now), in ms; 0 when it asked none. */
static long asked_wait_ms(struct fetcher *f)
{
	curl_off_t s = 0;
	if (curl_easy_getinfo(f->h, CURLINFO_RETRY_AFTER, &s) != CURLE_OK || s <= 0)
		return 0;
	return s > BACKOFF_MAX_MS / 1000 ? BACKOFF_MAX_MS + 1 : (long)s * 1000;
}

/* One URL with its retries; returns the last attempt's result. */
static CURLcode attempt_with_retries(struct fetcher *f, const char *url,
				     const struct fetch_request *rq, struct fetch_result *res)
{
	long backoff = f->p.backoff_ms;
	for (int tries = 0;; tries++) {
		CURLcode rc = attempt(f, url, rq, &res->status);
		res->attempts++;
		if (!is_transient(rc, res->status) || tries >= f->p.retries)
			return rc;
		long asked = asked_wait_ms(f);
		if (asked > BACKOFF_MAX_MS) {
			/* a server down for longer is asked again on the next run */
			res->wait_too_long = 1;
			return rc;
		}
		sleep_ms(asked > backoff ? asked : backoff);
		backoff = backoff > BACKOFF_MAX_MS / 2 ? BACKOFF_MAX_MS : backoff * 2;
	}
}

/* A header of the last response, as a new string, or NULL. */
static char *header(struct fetcher *f, const char *name)
{
	struct curl_header *h = NULL;
	if (curl_easy_header(f->h, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || !h->value ||
	    !*h->value)
		return NULL;
	return rw_xstrdup(h->value);
}

static char *transfer_error(struct fetcher *f, CURLcode rc, const struct fetch_result *res)
{
	if (f->too_large || rc == CURLE_FILESIZE_EXCEEDED)
		return rw_xasprintf("larger than %zu bytes (see --max-bytes)", f->p.max_bytes);
	if (f->write_failed)
		return rw_xasprintf("cannot keep the body: %s", strerror(f->write_failed));
	if (rc == CURLE_OPERATION_TIMEDOUT && res->status)
		return rw_xasprintf("no whole answer within %ld ms (see --timeout; %d attempts)",
				    f->p.total_ms, res->attempts);
	const char *why = f->errbuf[0] ? f->errbuf : curl_easy_strerror(rc);
	if (res->attempts > 1)
		return rw_xasprintf("%s (%d attempts)", why, res->attempts);
	return rw_xstrdup(why);
}

static int seen_before(char **visited, int n, const char *url)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(visited[i], url))
			return 1;
	return 0;
}

/* Follows redirects from rq->url; res->final_url is where it ended.
 * Returns the transfer code of the last request. */
static CURLcode follow(struct fetcher *f, const struct fetch_request *rq, struct fetch_result *res)
{
	char **visited = rw_xcalloc((size_t)f->p.max_redirs + 1, sizeof *visited);
	int nvisited = 0;
	char *url = rw_xstrdup(rq->url);
	CURLcode rc;
	for (;;) {
		visited[nvisited++] = url;
		rc = attempt_with_retries(f, url, rq, res);
		char *next = NULL;
		if (rc != CURLE_OK || res->status < HTTP_REDIRECT_FIRST ||
		    res->status > HTTP_REDIRECT_LAST || res->status == HTTP_NOT_MODIFIED ||
		    curl_easy_getinfo(f->h, CURLINFO_REDIRECT_URL, &next) != CURLE_OK || !next)
			break;
		if (seen_before(visited, nvisited, next)) {
			res->error = rw_xasprintf("redirect loop (%s leads back to %s)", url, next);
			break;
		}
		if (nvisited > f->p.max_redirs) {
			res->error = rw_xasprintf("more than %d redirects", f->p.max_redirs);
			break;
		}
		url = rw_xstrdup(next);
	}
	res->final_url = rw_xstrdup(url);
	for (int i = 0; i < nvisited; i++)
		free(visited[i]);
	free(visited);
	return rc;
}

int fetcher_get(struct fetcher *f, const struct fetch_request *rq, int out_fd,
		struct fetch_result *res)
{
	memset(res, 0, sizeof *res);
	f->fd = out_fd;
	f->write_failed = 0;
	const char *bad = fetch_url_problem(rq->url);
	if (bad) {
		res->error = rw_xstrdup(bad);
		return -1;
	}
	CURLcode rc = follow(f, rq, res);
	if (!res->error && rc != CURLE_OK)
		res->error = transfer_error(f, rc, res);
	int ok = res->status >= HTTP_OK_FIRST && res->status <= HTTP_OK_LAST;
	int same = res->status == HTTP_NOT_MODIFIED;
	if (!res->error && !ok && !same && res->wait_too_long)
		res->error = rw_xasprintf("HTTP %ld: the server asks for a wait of more than %ld s;"
					  " try again later", res->status, BACKOFF_MAX_MS / 1000);
	if (!res->error && !ok && !same)
		res->error = res->attempts > 1 && is_transient(CURLE_OK, res->status)
			? rw_xasprintf("HTTP %ld (%d attempts)", res->status, res->attempts)
			: rw_xasprintf("HTTP %ld", res->status);
	if (res->error) {
		if (ftruncate(out_fd, 0) != 0) { /* nothing of a failed body is kept */ }
		return -1;
	}
	res->etag = header(f, "ETag");
	res->last_modified = header(f, "Last-Modified");
	res->content_type = header(f, "Content-Type");
	if (same) {
		/* a 304 need not repeat the validators it matched */
		if (!res->etag && rq->etag)
			res->etag = rw_xstrdup(rq->etag);
		if (!res->last_modified && rq->last_modified)
			res->last_modified = rw_xstrdup(rq->last_modified);
	}
	res->size = same ? 0 : f->got;
	return 0;
}
