/* rw-match - the matcher: block stream in, facts out (JSON Lines).
 *
 * Documents are read one at a time, whole (a document's review and
 * meeting date may be stated after the text they govern); tables go to
 * table.c, sentences to prose.c.  What looks like a recommendation but
 * cannot be read is reported on stderr and, with --rejects, written to a
 * file. */
#include "rw-match/match.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: rw-match [--rules FILE] [--review CODE] [--rejects FILE] [--explain FILE] [BLOCKS...]\n"
	"Reads the block stream of rw-html / rw-pdf (files, or standard input)\n"
	"and writes the facts it finds as JSON Lines (see recwatch(5)).\n"
	"  --rules FILE    the rules file (default: $RECWATCH_RULES, the installed one)\n"
	"  --review CODE   the review of every fact, whatever the documents name\n"
	"  --rejects FILE  write what could not be read there (CSV: source,locator,reason,text)\n"
	"  --explain FILE  write why each table, row and sentence was or was not read (- = stderr)\n";

static void doc_clear(struct doc *d)
{
	doc_forget_blocks(d);
	d->incoming.table = 0;
	d->incoming.id_cols = 0;
	free(d->review);
	d->review = NULL;
	d->date[0] = d->asof[0] = 0;
	d->date_from = NULL;
	d->review_warned = 0;
	d->nfacts = 0;
	near_free(d);
	leads_free(d);
}

/* Walks one buffered document in reading order. */
static void doc_match(struct matcher *m, struct doc *d)
{
	struct walk w = {0};
	doc_read_front(m, d);
	leads_find(m, d);
	walk_start(d, &w);
	for (size_t i = 0; i < d->n; i++) {
		const struct blk *b = &d->b[i];
		if (b->kind != RW_BLK_TABLE && b->kind != RW_BLK_CELL && b->kind != RW_BLK_CAPTION)
			table_close(m, d, &w);
		switch (b->kind) {
		case RW_BLK_HEADING:
			walk_heading(m, d, &w, b);
			prose_block(m, d, &w, b);
			break;
		case RW_BLK_PARAGRAPH:
		case RW_BLK_ITEM:
			prose_block(m, d, &w, b);
			break;
		case RW_BLK_TABLE:
			table_read(m, d, &w, i);
			break;
		default:
			break; /* titles, captions and cells are read with their context */
		}
	}
	table_close(m, d, &w);
	free(w.card_id);
	tally_report(m, d);
	near_report(m, d);
	leads_report(m, d);
	explain(m, "  %zu fact%s", d->nfacts, d->nfacts == 1 ? "" : "s");
}

/* Reads a block stream, matching each document as it completes.
 * Returns an rw_outcome: in part when some lines were not blocks, not at
 * all when none was. */
static int match_stream(FILE *in, const char *name, void *ctx)
{
	struct matcher *m = ctx;
	size_t bad = 0, good = 0;
	struct doc d = {0};
	rw_block b = {0};
	long line = 0;
	int r;
	char *source = NULL;
	while ((r = rw_block_read(in, name, &b, &line)) != 0) {
		if (r < 0) {
			bad++;
			continue;
		}
		good++;
		if (b.furniture) /* running heads and feet say nothing */
			continue;
		if (b.kind == RW_BLK_DOCUMENT || !source) {
			if (source) {
				d.source = source;
				doc_match(m, &d);
				doc_clear(&d);
				free(source);
			}
			source = rw_xstrdup(b.source ? b.source : name);
		}
		doc_keep(&d, &b);
		if (b.kind == RW_BLK_CELL)
			header_cell_in(m, &d, &d.b[d.n - 1]);
	}
	rw_block_clear(&b);
	if (source) {
		d.source = source;
		doc_match(m, &d);
	}
	doc_clear(&d);
	doc_free_blocks(&d);
	free(source);
	return !bad ? RW_READ_WHOLE : good ? RW_READ_PART : RW_READ_NONE;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"review", required_argument, NULL, 'R'},
		{"rejects", required_argument, NULL, 'j'},
		{"explain", required_argument, NULL, 'x'},
		{NULL, 0, NULL, 0},
	};
	const char *rules_arg = NULL, *rejects_path = NULL, *explain_path = NULL;
	struct matcher m = {0};
	rw_std_options(argc, argv, usage);
	for (int c; (c = getopt_long(argc, argv, "", opts, NULL)) != -1;) {
		switch (c) {
		case 'r': rules_arg = optarg; break;
		case 'R': m.force_review = optarg; break;
		case 'j': rejects_path = optarg; break;
		case 'x': explain_path = optarg; break;
		default: rw_usage_error(usage, NULL); return RW_EXIT_TROUBLE;
		}
	}
	char *rules_path = rw_rules_path(rules_arg);
	m.rules = rw_rules_load(rules_path);
	free(rules_path);
	if (!m.rules)
		return RW_EXIT_TROUBLE;
	FILE *rej = NULL;
	if (rejects_path && !(rej = fopen(rejects_path, "w")))
		rw_die(rejects_path, "cannot write the rejects file");
	if (rej)
		m.rejects = rejects_writer(rej);
	if (explain_path)
		m.explain = !strcmp(explain_path, "-") ? stderr : fopen(explain_path, "w");
	if (explain_path && !m.explain)
		rw_die(explain_path, "cannot write the explanation");
	m.out = facts_writer(stdout);
	m.status = rw_each_input(argc, argv, optind, match_stream, &m);
	if (rw_writer_finish(m.out) != 0)
		m.status = RW_EXIT_TROUBLE;
	if (m.rejects && (rw_writer_finish(m.rejects) != 0 || fclose(rej) != 0))
		rw_die(rejects_path, "write error");
	if (m.explain && m.explain != stderr && fclose(m.explain) != 0)
		rw_die(explain_path, "write error");
	if (m.nrejects)
		rw_warn(NULL, "%zu item%s could not be read%s", m.nrejects, m.nrejects == 1 ? "" : "s",
			rejects_path ? " (see the rejects file)" : "");
	if (rw_rules_limit_hit(m.rules))
		m.status = RW_EXIT_PARTIAL;
	rw_rules_free(m.rules);
	return rw_finish_stdout(m.status);
}
