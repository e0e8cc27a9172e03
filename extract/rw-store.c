/* rw-store - the embedded snapshot store: documents and their facts kept
 * in one SQLite file, with timelines, past states, consistency checks and
 * an HTML report.  `recwatch ingest|log|state|check|report ARGS` runs
 * `rw-store COMMAND ARGS`; extract/rw-store/ has one file per command. */
#include "rw-store/store.h"

#include <getopt.h>

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: rw-store ingest [--db FILE] [-j N] [-f text|csv|json|jsonl] [--rules FILE]\n"
	"                       [--review CODE] [--seen DATE] [--keep-unlisted] DOC...\n"
	"       rw-store log    [--db FILE] [-f text|csv|json|jsonl] REVIEW REC\n"
	"       rw-store state  [--db FILE] [--at DATE] [--keep-unlisted] [-f csv|json|jsonl]\n"
	"       rw-store check  [--db FILE]\n"
	"       rw-store report [--db FILE] [-o FILE]\n"
	"       rw-store fetch  [--db FILE] [--review CODE] [FETCH OPTIONS] URL...\n"
	"       rw-store watch  [--db FILE] [-f text|csv|json] [-o FILE] [--exec CMD]\n"
	"                       [FETCH OPTIONS] LIST\n"
	"       rw-store reextract [--db FILE] [-f text|csv|json|jsonl] [--rules FILE] [URL...]\n"
	"The store is --db FILE, else $RECWATCH_DB, else recwatch.db.\n"
	"DATE is YYYY-MM-DD. See rw-store(1).\n";

int store_read_options(int argc, char **argv, const char *cmd, const char *cmd_usage,
		     const char **db_path)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{NULL, 0, NULL, 0},
	};
	const char *format = "text";
	*db_path = NULL;
	for (int c; (c = getopt_long(argc, argv, "f:", opts, NULL)) != -1;) {
		switch (c) {
		case 'd': *db_path = optarg; break;
		case 'f': format = optarg; break;
		default: rw_usage_error(cmd_usage, NULL); return -1;
		}
	}
	int fmt = rw_format_parse(format);
	if (fmt < 0)
		rw_die(NULL, "unknown format '%s' for %s (text, csv, json or jsonl)", format, cmd);
	return fmt;
}

void store_need_iso_date(const char *opt, const char *s)
{
	int y, m, d, end = 0;
	if (strlen(s) != RW_ISO_DATE_LEN || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &end) != 3 ||
	    end != RW_ISO_DATE_LEN || m < 1 || m > 12 || d < 1 || d > 31)
		rw_die(NULL, "%s needs a date as YYYY-MM-DD, not '%s'", opt, s);
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(int, char **);
	} cmds[] = {
		{"ingest", store_cmd_ingest}, {"log", store_cmd_log},       {"state", store_cmd_state},
		{"check", store_cmd_check},   {"report", store_cmd_report}, {"fetch", store_cmd_fetch},
		{"watch", store_cmd_watch},   {"reextract", store_cmd_reextract},
	};
	rw_std_options(argc, argv, usage);
	if (argc < 2) {
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
		if (!strcmp(argv[1], cmds[i].name)) {
			/* the command's options start after its name */
			argv[1] = argv[0];
			return rw_finish_stdout(cmds[i].run(argc - 1, argv + 1));
		}
	rw_warn(NULL, "unknown command '%s' (ingest, log, state, check, report, fetch, watch, reextract)", argv[1]);
	rw_usage_error(usage, NULL);
	return RW_EXIT_TROUBLE;
}
