/* rw-fold - the folder: facts in (JSON Lines, from rw-match), records out.
 *
 * Facts fold into one record per (review, rec_id) by the rule of recwatch(5) (see
 * extract/lib/fold.c); with --facts the facts are only converted to the
 * chosen format. */
#include "rwlib.h"

#include <getopt.h>
#include <stdlib.h>

static const char usage[] =
	"usage: rw-fold [-f csv|json|jsonl|xlsx] [--facts] [FACTS...]\n"
	"Reads facts (JSON Lines, as rw-match writes them) from the files or\n"
	"standard input and writes one record per recommendation.\n"
	"  -f FORMAT   csv (default), json, jsonl or xlsx (a workbook; not to a terminal)\n"
	"  --facts     write the facts themselves in FORMAT instead of records\n";

static int facts_only;
static enum rw_format format = RW_FMT_CSV;

struct sinks {
	rw_folder *fo; /* folding, or */
	rw_writer *w;  /* writing the facts as they come */
};

/* Reads every fact of one stream.  Returns an rw_outcome: in part when
 * some lines were not facts, not at all when none was. */
static int read_facts(FILE *in, const char *name, void *ctx)
{
	rw_folder *fo = ((struct sinks *)ctx)->fo;
	rw_writer *w = ((struct sinks *)ctx)->w;
	rw_fact f = {0};
	long line = 0;
	int r;
	size_t bad = 0, good = 0;
	while ((r = rw_fact_read(in, name, &f, &line)) != 0) {
		if (r < 0) {
			bad++;
			continue;
		}
		good++;
		if (w && rw_writer_row(w, (const char *const *)f.v) != 0)
			rw_die("standard output", "write error");
		if (fo)
			rw_folder_add(fo, &f);
	}
	rw_fact_clear(&f);
	return !bad ? RW_READ_WHOLE : good ? RW_READ_PART : RW_READ_NONE;
}

static int write_records(rw_folder *fo)
{
	size_t n;
	rw_record *recs = rw_folder_finish(fo, &n);
	rw_writer *w = rw_writer_new(stdout, format, rw_record_cols, RW_RC__COUNT);
	for (size_t i = 0; i < n; i++)
		if (rw_writer_row(w, (const char *const *)recs[i].v) != 0)
			break;
	return rw_writer_finish(w);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"facts", no_argument, NULL, 'F'},
		{NULL, 0, NULL, 0},
	};
	rw_std_options(argc, argv, usage);
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		int fmt;
		switch (c) {
		case 'f':
			fmt = rw_format_parse(optarg);
			if (fmt < 0 || fmt == RW_FMT_TEXT) {
				rw_warn(NULL, "unknown format '%s' (csv, json, jsonl or xlsx)", optarg);
				return rw_usage_error(usage, NULL);
			}
			format = (enum rw_format)fmt;
			break;
		case 'F': facts_only = 1; break;
		default: return rw_usage_error(usage, NULL);
		}
	}
	rw_folder *fo = facts_only ? NULL : rw_folder_new();
	rw_writer *w = facts_only ? rw_writer_new(stdout, format, rw_fact_cols, RW_FC__COUNT) : NULL;
	struct sinks sinks = {fo, w};
	int status = rw_each_input(argc, argv, optind, read_facts, &sinks);
	if ((w && rw_writer_finish(w) != 0) || (fo && write_records(fo) != 0))
		status = RW_EXIT_TROUBLE;
	rw_folder_free(fo);
	return rw_finish_stdout(status);
}
