/* rw-convert - a record snapshot from one format to another (CSV, JSON,
 * JSON Lines, or an xlsx workbook), checked on the way: every column
 * present, rows whole. */
#include "rwlib.h"

#include <getopt.h>
#include <stdint.h>

static const char usage[] =
	"usage: rw-convert [-f csv|json|jsonl|xlsx] [SNAPSHOT...]\n"
	"Reads record snapshots (CSV, JSON or JSON Lines, told by content; none\n"
	"or - is standard input) and writes their records in FORMAT (default csv;\n"
	"xlsx is a workbook, not for a terminal), in the order read.\n";

/* Copies the records of one snapshot to w; an rw_outcome (a snapshot is
 * read whole or not at all). */
static int convert(FILE *in, const char *name, void *ctx)
{
	rw_writer *w = ctx;
	rw_rows rows = {0};
	if (rw_rows_read_stream(in, SIZE_MAX, name, rw_record_cols, RW_RC__COUNT, &rows) != 0)
		return RW_READ_NONE;
	const char *v[RW_RC__COUNT];
	for (size_t i = 0; i < rows.n; i++) {
		for (size_t c = 0; c < RW_RC__COUNT; c++)
			v[c] = rw_rows_get(&rows, i, c);
		if (rw_writer_row(w, v) != 0)
			rw_die("standard output", "write error");
	}
	rw_rows_free(&rows);
	return RW_READ_WHOLE;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{NULL, 0, NULL, 0},
	};
	enum rw_format format = RW_FMT_CSV;
	rw_std_options(argc, argv, usage);
	for (int c, fmt; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		if (c != 'f')
			return rw_usage_error(usage, NULL);
		fmt = rw_format_parse(optarg);
		if (fmt < 0 || fmt == RW_FMT_TEXT) {
			rw_warn(NULL, "unknown format '%s' (csv, json, jsonl or xlsx)", optarg);
			return rw_usage_error(usage, NULL);
		}
		format = (enum rw_format)fmt;
	}
	rw_writer *w = rw_writer_new(stdout, format, rw_record_cols, RW_RC__COUNT);
	int status = rw_each_input(argc, argv, optind, convert, w);
	if (rw_writer_finish(w) != 0)
		status = RW_EXIT_TROUBLE;
	return rw_finish_stdout(status);
}
