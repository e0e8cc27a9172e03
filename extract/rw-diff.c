/* rw-diff - the changes between two record snapshots, keyed by
 * (review, rec_id): added, removed, renumbered and changed fields. */
#include "rw-diff/diff.h"

#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: rw-diff [-f text|csv|json|jsonl|xlsx] [-o FILE] [--fields LIST] [--rules FILE] OLD NEW\n"
	"  OLD and NEW are record snapshots (CSV, JSON or JSON Lines); '-' reads\n"
	"  one of them from standard input.\n"
	"  -f, --format FMT   text (default), csv, json, jsonl or xlsx (a workbook,\n"
	"                     regressions shaded; not to a terminal)\n"
	"  -o, --output FILE  write FILE whole or not at all, not standard output\n"
	"      --fields LIST  comma-separated record fields to compare (default:\n"
	"                     board_action,board_action_date,status,priority,\n"
	"                     description,update)\n"
	"      --rules FILE   the rules whose [order] says what is a regression\n"
	"                     (default: $RECWATCH_RULES, else the installed ones)\n"
	"Exit status: 0 no changes, 1 changes, 2 trouble.\n";

static enum rw_format format = RW_FMT_TEXT;
static const char *output;
static const char *rules_arg;
static int fields[RW_RC__COUNT] = {
	RW_RC_BOARD_ACTION, RW_RC_BOARD_ACTION_DATE, RW_RC_STATUS,
	RW_RC_PRIORITY, RW_RC_DESCRIPTION, RW_RC_UPDATE,
};
static size_t nfields = 6;

/* ---- options ------------------------------------------------------------ */

static int record_col(const char *name, size_t len)
{
	for (int rc = 0; rc < RW_RC__COUNT; rc++)
		if (strlen(rw_record_cols[rc]) == len && !strncmp(rw_record_cols[rc], name, len))
			return rc;
	return -1;
}

/* review and rec_id are the key, not fields to compare. */
static int parse_fields(const char *list)
{
	nfields = 0;
	for (const char *p = list;; p++) {
		size_t len = strcspn(p, ",");
		int rc = record_col(p, len);
		if (rc < 0 || rc == RW_RC_REVIEW || rc == RW_RC_REC_ID) {
			rw_warn(NULL, "--fields: unknown field '%.*s'", (int)len, p);
			return -1;
		}
		size_t i = 0;
		while (i < nfields && fields[i] != rc)
			i++;
		if (i == nfields)
			fields[nfields++] = rc;
		p += len;
		if (!*p)
			return 0;
	}
}

static void bad_usage(void)
{
	exit(rw_usage_error(usage, NULL));
}

static void parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"fields", required_argument, NULL, 'F'},
		{"rules", required_argument, NULL, 'r'},
		{0, 0, 0, 0},
	};
	rw_std_options(argc, argv, usage);
	int c, fmt;
	while ((c = getopt_long(argc, argv, "f:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((fmt = rw_format_parse(optarg)) < 0) {
				rw_warn(NULL, "-f: unknown format '%s'", optarg);
				bad_usage();
			}
			format = (enum rw_format)fmt;
			break;
		case 'o': output = optarg; break;
		case 'r': rules_arg = optarg; break;
		case 'F': if (parse_fields(optarg) < 0) bad_usage(); break;
		default: bad_usage();
		}
	}
	if (argc - optind != 2) {
		rw_warn(NULL, "two snapshots are needed, OLD and NEW");
		bad_usage();
	}
	if (!strcmp(argv[optind], "-") && !strcmp(argv[optind + 1], "-")) {
		rw_warn(NULL, "only one of OLD and NEW can be standard input");
		bad_usage();
	}
}

/* ---- text output -------------------------------------------------------- */

/* One line a change: whitespace folded, control characters shown as '?'
 * so that no value can move the cursor of the terminal it is shown on. */
static void put_value(FILE *out, const char *v)
{
	if (rw_is_blank(v)) {
		fputs("(empty)", out);
		return;
	}
	char *f = rw_fold_ws(v);
	for (char *c = f; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	fputs(f, out);
	free(f);
}

static void put_text_line(FILE *out, const struct change *ch)
{
	put_value(out, ch->review);
	fputc(' ', out);
	put_value(out, ch->rec_id);
	switch (ch->kind) {
	case CH_ADDED:
	case CH_REMOVED:
		fprintf(out, " %s", change_kind_names[ch->kind]);
		break;
	case CH_RENUMBERED:
		fputs(" renumbered as ", out);
		put_value(out, ch->new);
		break;
	default:
		fprintf(out, " %s: ", rw_record_cols[ch->field]);
		put_value(out, ch->old);
		fputs(" -> ", out);
		put_value(out, ch->new);
		if (ch->regression)
			fputs("  [regression]", out);
	}
	fputc('\n', out);
}

/* Grouped by kind, each group in key order, then a summary line. */
static int write_text(FILE *out, const struct changes *c)
{
	static const enum change_kind groups[] = {CH_ADDED, CH_REMOVED, CH_RENUMBERED, CH_CHANGED};
	if (!c->n)
		return 0;
	for (size_t g = 0; g < 4; g++)
		for (size_t i = 0; i < c->n; i++)
			if (c->v[i].kind == groups[g])
				put_text_line(out, &c->v[i]);
	fprintf(out, "%zu changed, %zu added, %zu removed, %zu renumbered\n",
		c->count[CH_CHANGED], c->count[CH_ADDED], c->count[CH_REMOVED],
		c->count[CH_RENUMBERED]);
	return ferror(out) ? -1 : 0;
}

/* ---- table output ------------------------------------------------------- */

static int write_table(FILE *out, const struct changes *c)
{
	rw_writer *w = rw_writer_new(out, format, rw_change_cols, RW_CC__COUNT);
	int err = 0;
	for (size_t i = 0; i < c->n && !err; i++) {
		const struct change *ch = &c->v[i];
		const char *vals[RW_CC__COUNT] = {
			[RW_CC_REVIEW] = ch->review,
			[RW_CC_REC_ID] = ch->rec_id,
			[RW_CC_CHANGE] = change_kind_names[ch->kind],
			[RW_CC_FIELD] = ch->field >= 0 ? rw_record_cols[ch->field] : NULL,
			[RW_CC_OLD] = ch->old,
			[RW_CC_NEW] = ch->new,
			[RW_CC_NOTE] = ch->regression ? "regression" : NULL,
		};
		err = rw_writer_row(w, vals);
	}
	return rw_writer_finish(w) < 0 || err ? -1 : 0;
}

/* Writes to standard output, or whole to -o FILE through memory. */
static int write_changes(const struct changes *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = output ? open_memstream(&buf, &len) : stdout;
	if (!out)
		rw_die(NULL, "out of memory");
	int r = format == RW_FMT_TEXT ? write_text(out, c) : write_table(out, c);
	if (output) {
		r |= fclose(out) != 0;
		if (!r)
			r = rw_write_atomic(output, buf, len);
		free(buf);
	}
	return r;
}

/* ---- loading ------------------------------------------------------------ */

struct load {
	struct snapshot snap;
	const char *path;
	int failed;
};

static void *load_run(void *arg)
{
	struct load *l = arg;
	/* Descriptions are read even when not compared: renumbering needs them. */
	int want[RW_RC__COUNT + 1];
	memcpy(want, fields, nfields * sizeof *fields);
	want[nfields] = RW_RC_DESCRIPTION;
	l->failed = snapshot_load(&l->snap, l->path, want, nfields + 1) < 0;
	return NULL;
}

/* Parsing is most of the work, and the two snapshots do not depend on
 * each other: OLD is read on a second thread while NEW is read here. */
static int load_both(struct load *old, struct load *new)
{
	pthread_t t;
	int threaded = pthread_create(&t, NULL, load_run, old) == 0;
	if (!threaded)
		load_run(old);
	load_run(new);
	if (threaded)
		pthread_join(t, NULL);
	return old->failed || new->failed ? -1 : 0;
}

int main(int argc, char **argv)
{
	parse_options(argc, argv);
	struct load lold = {.path = argv[optind]}, lnew = {.path = argv[optind + 1]};
	int bad = load_both(&lold, &lnew) < 0;
	struct snapshot old = lold.snap, new = lnew.snap;
	int status = RW_DIFF_TROUBLE;
	char *rules_path = rw_rules_path(rules_arg);
	rw_rules *order = bad ? NULL : rw_rules_load(rules_path);
	free(rules_path);
	if (!order)
		bad = 1;
	if (!bad) {
		struct changes c;
		changes_find(&old, &new, fields, nfields, order, &c);
		status = c.n ? RW_DIFF_CHANGED : RW_DIFF_SAME;
		/* A failed -o is reported by rw_write_atomic, a failed
		 * standard output by rw_finish_stdout. */
		if (write_changes(&c) < 0)
			status = RW_DIFF_TROUBLE;
		changes_free(&c);
	}
	rw_rules_free(order);
	snapshot_free(&old);
	snapshot_free(&new);
	return rw_finish_stdout(status);
}
