/* fuzz-watchlist - the watch list reader of recwatch watch
 * (extract/rw-store/list.c) on any bytes: every item it returns must be
 * an http(s) URL, with its review code and label readable. */
#include "fuzz.h"

#include "../extract/rw-store/store.h"

#include <strings.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	FILE *f = fmemopen((void *)data, len, "r");
	if (!f)
		return 0;
	size_t n, bad;
	struct watch_item *v = store_watch_list_stream(f, "fuzz", &n, &bad);
	fclose(f);
	for (size_t i = 0; v && i < n; i++) {
		if (strncasecmp(v[i].url, "http", 4))
			abort();
		size_t total = strlen(v[i].url);
		if (v[i].review)
			total += strlen(v[i].review);
		if (v[i].label)
			total += strlen(v[i].label);
		(void)total;
	}
	store_watch_items_free(v, n);
	return 0;
}
