/* snapshot.c - recwatch state: the records as they stood on a date, in
 * extract's formats. */
#include "store.h"

#include <getopt.h>
#include <stdlib.h>

static const char usage[] =
	"usage: recwatch state [--db FILE] [--at DATE] [--keep-unlisted] [-f csv|json|jsonl]\n";

int store_cmd_state(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"at", required_argument, NULL, 'a'},
		{"format", required_argument, NULL, 'f'},
		{"keep-unlisted", no_argument, NULL, 'k'},
		{NULL, 0, NULL, 0},
	};
	const char *db_path = NULL, *format = "csv";
	struct state_query q = {0};
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'a': store_need_iso_date("--at", optarg); q.at = optarg; break;
		case 'f': format = optarg; break;
		case 'k': q.keep_unlisted = 1; break;
		default: rw_usage_error(usage, NULL); return RW_EXIT_TROUBLE;
		}
	}
	int fmt = rw_format_parse(format);
	if (fmt < 0 || fmt == RW_FMT_TEXT)
		rw_die(NULL, "unknown format '%s' for state (csv, json or jsonl)", format);
	if (optind != argc) {
		rw_warn(NULL, "state takes no documents (see recwatch ingest)");
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	sqlite3 *db = store_open(store_path(db_path), 0);
	if (!db)
		return RW_EXIT_TROUBLE;
	rw_record *recs;
	size_t n;
	rw_folder *fo = store_state(db, &q, &recs, &n);
	int r = store_write_records(stdout, fmt, recs, n);
	rw_folder_free(fo);
	store_close(db);
	return r == 0 ? RW_EXIT_OK : RW_EXIT_TROUBLE;
}
