/* rw-match - the matcher: block stream in, facts out (JSON Lines).
 *
 * Documents are read one at a time and kept whole (a document's review
 * and meeting date may be stated after the text they govern), and walked
 * while their blocks come in, as far as what is in allows: once the
 * document's front has come (its date), each block in turn, a table when
 * it ends or its rows as they come (table.c); sentences go to prose.c.
 * With --explain a document is walked when it ends, its account in the
 * order it had.  What looks like a recommendation but
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
	free(d->w.card_id);
	free(d->w.lone_id);
	free(d->w.lone_raw);
	free(d->w.lone_loc);
	free(d->w.dated_id);
	free(d->w.acted_id);
	free(d->w.acted_raw);
	free(d->w.acted_loc);
	memset(&d->w, 0, sizeof d->w);
	d->walked = 0;
	d->front_page = d->front_ready = d->fronted = d->ended = 0;
	d->flow_end = d->tables_end = d->last_table = d->walk_table = 0;
	d->review_known = 0;
	doc_said_free(d);
	table_stream_free(d);
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

static int is_flow(const struct blk *b)
{
	return b->kind != RW_BLK_TABLE && b->kind != RW_BLK_CELL && b->kind != RW_BLK_CAPTION;
}

/* Text block b stands beside the table part at block t (1 + its index,
 * 0 none): on its page, between its top and its bottom (a column of
 * notes a PDF reader left out of the table's grid, a sidebar). It ends
 * no table: the table may go on on the next page after it. */
static int beside_table(const struct doc *d, size_t t, const struct blk *b)
{
	const struct blk *tb = t ? &d->b[t - 1] : NULL;
	return tb && is_flow(b) && b->page == tb->page && tb->bottom > tb->top && b->bottom > b->top &&
	       b->top >= tb->top && b->bottom <= tb->bottom;
}

/* Walks the document's blocks in reading order, as far as those in
 * allow: all of them once it has ended. */
static void doc_walk(struct matcher *m, struct doc *d)
{
	if (!d->ended && (m->explain || !d->front_ready))
		return;
	if (!d->fronted) {
		doc_read_front(m, d);
		walk_start(d, &d->w);
		d->fronted = 1;
	}
	struct walk *w = &d->w;
	for (; d->walked < d->n && (d->ended || !d->holding); d->walked++) {
		size_t i = d->walked;
		const struct blk *b = &d->b[i];
		if (b->kind == RW_BLK_TABLE)
			d->walk_table = i + 1;
		if (is_flow(b) && !beside_table(d, d->walk_table, b))
			table_close(m, d, w);
		switch (b->kind) {
		case RW_BLK_HEADING:
			walk_heading(m, d, w, b);
			prose_block(m, d, w, b);
			break;
		case RW_BLK_PARAGRAPH: {
			size_t took = stacked_read(m, d, w, i);
			if (took == STACKED_WAIT)
				return; /* read on as more of the run comes */
			if (took) {
				d->walked += took - 1;
				break;
			}
			prose_block(m, d, w, b);
			break;
		}
		case RW_BLK_ITEM:
			prose_block(m, d, w, b);
			break;
		case RW_BLK_TABLE:
			if (!table_read(m, d, w, i))
				return; /* read on as more of it comes */
			break;
		default:
			break; /* titles, captions and cells are read with their context */
		}
	}
}

/* The document has ended: the rest of its walk. */
static void doc_match(struct matcher *m, struct doc *d)
{
	d->ended = 1;
	doc_review_settle(m, d);
	doc_said_flush(m, d);
	doc_walk(m, d);
	card_flush(m, d, &d->w);
	table_close(m, d, &d->w);
	tally_report(m, d);
	near_report(m, d);
	leads_report(m, d);
	near_unread_prose(m, d);
	near_free(d);
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
		marks_out(m, &b);
		if (b.kind == RW_BLK_DOCUMENT || !source) {
			if (source) {
				doc_match(m, &d);
				doc_clear(&d);
				free(source);
			}
			d.source = source = rw_xstrdup(b.source ? b.source : name);
		}
		doc_keep(&d, &b);
		struct blk *kept = &d.b[d.n - 1];
		if (b.kind == RW_BLK_CELL)
			header_cell_in(m, &d, kept);
		if (kept->kind == RW_BLK_TABLE) {
			if (d.flow_end > d.last_table && d.last_table &&
			    d.b[d.last_table - 1].table != kept->table)
				d.tables_end = d.flow_end;
			d.last_table = d.n;
		}
		if (is_flow(kept) && !beside_table(&d, d.last_table, kept))
			d.flow_end = d.n;
		leads_in(m, &d, d.n - 1);
		doc_front_in(&d, kept);
		doc_walk(m, &d);
	}
	rw_block_clear(&b);
	if (source)
		doc_match(m, &d);
	doc_clear(&d);
	doc_free_blocks(&d);
	free(d.said);
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
	/* facts go to the next stage 64 KiB at a time, what a pipe holds */
	static char outbuf[64u << 10];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
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
