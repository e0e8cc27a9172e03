/*
 * fetch.h - the parts of rw-fetch, the one program of recwatch that
 * talks to the network (libcurl).  Readers never do: a fetched body goes
 * to a file, which the usual sniff-and-read path takes from there.
 */
#ifndef RW_FETCH_H
#define RW_FETCH_H

#include "rwlib.h"

#include <curl/curl.h>

/* How politely and how safely to fetch; every field has a command-line
 * option (rw-fetch(1)). */
struct fetch_params {
	size_t max_bytes;    /* bytes: the body cap, checked while downloading
				(the readers' --max-bytes default) */
	long connect_ms;     /* ms: to open the connection */
	long total_ms;       /* ms: for one whole request, body included */
	int retries;         /* more attempts after a timeout or a 5xx */
	long backoff_ms;     /* ms: wait before the first retry, doubled after
				each (exponential backoff); a longer
				Retry-After of the server wins */
	long host_delay_ms;  /* ms: between two requests to one host */
	int max_redirs;      /* redirects followed before giving up */
	const char *ca_file; /* certificates to trust instead of the system's,
				or NULL */
};

/* What to ask: validators of the copy we have make it conditional. */
struct fetch_request {
	const char *url;
	const char *etag;          /* If-None-Match, or NULL */
	const char *last_modified; /* If-Modified-Since, or NULL */
};

/* What came back.  Strings are owned (fetch_result_clear). */
struct fetch_result {
	long status;         /* the last HTTP status; 0 when no answer */
	char *final_url;     /* after redirects */
	char *etag, *last_modified, *content_type;
	char *error;         /* NULL when fetched (2xx) or not modified (304) */
	long long size;      /* bytes of the body written (0 for 304) */
	int attempts;        /* requests made, retries and redirects included */
	int wait_too_long;   /* the server's Retry-After was beyond the
				longest wait, so no more attempts were made */
};
void fetch_result_clear(struct fetch_result *r);

/* ---- options.c: the numbers of the command line (die when bad) ------ */

/* Bytes, with K, M or G (powers of 1024). */
size_t fetch_parse_size(const char *opt, const char *s);
/* Seconds, fractions allowed, as milliseconds. */
long fetch_parse_ms(const char *opt, const char *s);
int fetch_parse_count(const char *opt, const char *s);

/* ---- hosts.c: one request at a time per host, with a pause ---------- */

struct host_clock;
struct host_clock *host_clock_new(void);
void host_clock_free(struct host_clock *h);
/* Sleeps until delay_ms have passed since the last request to host
 * ended. */
void host_clock_wait(struct host_clock *h, const char *host, long delay_ms);
/* Notes that a request to host has just ended. */
void host_clock_done(struct host_clock *h, const char *host);
/* Sleeps ms milliseconds (whole, across signals). */
void sleep_ms(long ms);

/* ---- http.c: one document, with redirects and retries --------------- */

struct fetcher;
struct fetcher *fetcher_new(const struct fetch_params *p);
void fetcher_free(struct fetcher *f);
/* Fetches rq into out_fd (truncated first; left empty unless 2xx).
 * Fills *res; returns 0 when fetched or not modified, -1 otherwise
 * (res->error says why). */
int fetcher_get(struct fetcher *f, const struct fetch_request *rq, int out_fd,
		struct fetch_result *res);
/* The URL's scheme is http or https and it parses: NULL, else why not. */
const char *fetch_url_problem(const char *url);

#endif
