/* hosts.c - the pause between two requests to one host.
 *
 * A watch list often names many pages of one site; asking for them back
 * to back is what gets a client blocked.  The last request time of each
 * host is kept (a short list: a watch list names few hosts) and the next
 * request to it waits for the rest of the delay. */
#include "fetch.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct host_clock {
	struct host_time {
		char *host;
		struct timespec last;
	} *v;
	size_t n, cap;
};

struct host_clock *host_clock_new(void)
{
	return rw_xcalloc(1, sizeof(struct host_clock));
}

void host_clock_free(struct host_clock *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i].host);
	free(h->v);
	free(h);
}

static void sleep_ns(long long ns)
{
	if (ns <= 0)
		return;
	struct timespec t = {.tv_sec = (time_t)(ns / 1000000000LL), .tv_nsec = (long)(ns % 1000000000LL)};
	while (nanosleep(&t, &t) != 0 && errno == EINTR)
		;
}

void sleep_ms(long ms)
{
	sleep_ns((long long)ms * 1000000LL);
}

/* In nanoseconds, not rounded: a pause cut short by a rounded-down
 * millisecond would be shorter than the delay asked for. */
static long long ns_between(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000000000LL + (b->tv_nsec - a->tv_nsec);
}

static struct host_time *find(struct host_clock *h, const char *host)
{
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->v[i].host, host))
			return &h->v[i];
	return NULL;
}

void host_clock_wait(struct host_clock *h, const char *host, long delay_ms)
{
	struct host_time *t = find(h, host);
	if (!t)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	sleep_ns((long long)delay_ms * 1000000LL - ns_between(&t->last, &now));
}

void host_clock_done(struct host_clock *h, const char *host)
{
	struct host_time *t = find(h, host);
	if (!t) {
		h->v = rw_xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
		t = &h->v[h->n++];
		t->host = rw_xstrdup(host);
	}
	clock_gettime(CLOCK_MONOTONIC, &t->last);
}
