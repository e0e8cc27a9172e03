/* report.c - recwatch report: one self-contained HTML page (inline CSS,
 * inline SVG charts, no scripts) with the status counts of each review
 * over time, the changes of the latest ingest, each recommendation's
 * timeline and the stored documents.  Written whole or not at all. */
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] = "usage: recwatch report [--db FILE] [-o FILE]\n";

/* At most this many snapshot dates a chart, the latest ones. */
#define MAX_POINTS 24

static void esc(rw_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': rw_buf_adds(b, "&amp;"); break;
		case '<': rw_buf_adds(b, "&lt;"); break;
		case '>': rw_buf_adds(b, "&gt;"); break;
		case '"': rw_buf_adds(b, "&quot;"); break;
		default: rw_buf_addc(b, *s);
		}
	}
}

/* Adds "<tag>text</tag>" with text escaped; text NULL or "" -> empty. */
static void cell(rw_buf *b, const char *tag, const char *text)
{
	rw_buf_addf(b, "<%s>", tag);
	esc(b, text);
	rw_buf_addf(b, "</%s>", tag);
}

static const char css[] =
	"body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}"
	"h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;margin-top:2em}"
	".meta{color:#555}table{border-collapse:collapse;margin:.5em 0;width:100%}"
	"th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}"
	"th{background:#f3f3f3}tr.regression td{background:#fdecea}"
	".charts{display:flex;flex-wrap:wrap;gap:1.5em}figure{margin:0}"
	"figcaption{font-weight:600;margin-bottom:.3em}"
	"details{border:1px solid #e3e3e3;margin:.3em 0;padding:.2em .6em}"
	"summary{cursor:pointer}td.date{white-space:nowrap}.gone{color:#888}.loc{color:#666;font-size:.9em}";

/* ---- statuses: the steps of the rules' [order] ------------------------- */

/* Steps a chart draws, at most: its legend has room for so many. */
#define MAX_STEPS 8
/* A step's legend label, in bytes: the first status value seen at it. */
#define LABEL_MAX 48

/* A step's colour runs from the first step to the last through three
 * stops: not begun (grey), under way (amber), done (green); the text
 * colours are darker than the bars', for contrast on white. */
enum { STOPS = 3 };
static const unsigned bar_stops[STOPS] = {0x9e9e9e, 0xf9a825, 0x2e7d32};
static const unsigned text_stops[STOPS] = {0x666666, 0xb26a00, 0x2e7d32};

static struct {
	rw_rules *rules;
	int n;                            /* status steps of [order], up to MAX_STEPS */
	char label[MAX_STEPS][LABEL_MAX]; /* "" until a value of the step is seen */
} steps;

/* The step of a status value, 1..steps.n; 0 when no step names it. */
static int status_step(const char *s)
{
	int k = s ? rw_rules_rank(steps.rules, RW_R_ORDER, "status", s) : 0;
	if (k <= 0 || k > steps.n)
		return 0;
	if (!steps.label[k - 1][0])
		snprintf(steps.label[k - 1], LABEL_MAX, "%s", s);
	return k;
}

/* The colour of step k (1..steps.n) on the scale of stops, linear in
 * each of red, green and blue between the two stops around it. */
static unsigned step_colour(const unsigned stops[STOPS], int k)
{
	/* where step k falls, in parts of the way between two stops */
	int parts = steps.n > 1 ? steps.n - 1 : 1;
	int at = steps.n > 1 ? (k - 1) * (STOPS - 1) : (STOPS - 1) * parts;
	int lo = at / parts, rest = at % parts;
	if (lo >= STOPS - 1)
		return stops[STOPS - 1];
	unsigned c = 0;
	for (int shift = 0; shift <= 16; shift += 8) {
		int a = (int)(stops[lo] >> shift & 0xff), b = (int)(stops[lo + 1] >> shift & 0xff);
		c |= (unsigned)(a + (b - a) * rest / parts) << shift;
	}
	return c;
}

/* ---- status counts over time ------------------------------------------ */

struct point {
	char date[RW_ISO_DATE_SIZE];
	int count[MAX_STEPS];
};

/* The status counts of review on each of its snapshot dates. */
static struct point *points_of(sqlite3 *db, const char *review, size_t *n)
{
	sqlite3_stmt *st = store_prepare(db,
		"SELECT date FROM (SELECT DISTINCT date FROM fact WHERE review = ?"
		" AND field = 'status' AND date IS NOT NULL ORDER BY date DESC LIMIT ?)"
		" ORDER BY date");
	sqlite3_bind_text(st, 1, review, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, MAX_POINTS);
	struct point *p = NULL;
	size_t cap = 0;
	*n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		p = rw_xgrow(p, &cap, *n + 1, sizeof *p);
		struct point *pt = &p[(*n)++];
		memset(pt, 0, sizeof *pt);
		snprintf(pt->date, sizeof pt->date, "%s", (const char *)sqlite3_column_text(st, 0));
		rw_record *recs;
		size_t nr;
		rw_folder *fo = store_state(db, &(struct state_query){.at = pt->date}, &recs, &nr);
		for (size_t i = 0; i < nr; i++) {
			int s = status_step(recs[i].v[RW_RC_STATUS]);
			if (s && !strcmp(recs[i].v[RW_RC_REVIEW], review))
				pt->count[s - 1]++;
		}
		rw_folder_free(fo);
	}
	sqlite3_finalize(st);
	return p;
}

/* Chart geometry, in SVG user units. */
enum { LEFT = 44, TOP = 34, PLOT_H = 160, BAR_W = 34, STEP = 58, BOTTOM = 36, LEGEND_W = 92 };

/* A tick step of 1, 2 or 5 times a power of ten, for about 4 ticks. */
static int tick_step(int max)
{
	for (int p = 1;; p *= 10)
		for (int m = 1; m <= 5; m += m == 1 ? 1 : 3) /* 1, 2, 5 */
			if (max <= 4 * m * p)
				return m * p;
}

static void chart_axes(rw_buf *b, int width, int max, int step)
{
	for (int v = 0; v <= max; v += step) {
		int y = TOP + PLOT_H - PLOT_H * v / max;
		rw_buf_addf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
			       "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%d</text>",
			    LEFT, y, width - 8, y, LEFT - 6, y + 4, v);
	}
	for (int s = steps.n - 1, x = LEFT; s >= 0; s--) { /* the last step first */
		if (!steps.label[s][0])
			continue; /* a step no record has reached */
		rw_buf_addf(b, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"#%06x\"/>"
			       "<text x=\"%d\" y=\"17\" font-size=\"11\">",
			    x, step_colour(bar_stops, s + 1), x + 14);
		esc(b, steps.label[s]);
		rw_buf_adds(b, "</text>");
		x += LEGEND_W;
	}
}

/* One stacked bar a snapshot date. */
static void chart_bar(rw_buf *b, const struct point *p, int x, int max)
{
	int y = TOP + PLOT_H, total = 0;
	for (int s = steps.n - 1; s >= 0; s--) { /* the last step at the bottom */
		int h = max ? p->count[s] * PLOT_H / max : 0;
		total += p->count[s];
		if (!p->count[s])
			continue;
		y -= h;
		rw_buf_addf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%06x\">"
			       "<title>%s ", x, y, BAR_W, h, step_colour(bar_stops, s + 1), p->date);
		esc(b, steps.label[s]);
		rw_buf_addf(b, ": %d</title></rect>", p->count[s]);
	}
	rw_buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%d</text>"
		       "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
		    x + BAR_W / 2, y - 4, total, x + BAR_W / 2, TOP + PLOT_H + 16, p->date);
}

static void chart(rw_buf *b, const char *review, const struct point *p, size_t n)
{
	int max = 1;
	for (size_t i = 0; i < n; i++) {
		int t = 0;
		for (int s = 0; s < steps.n; s++)
			t += p[i].count[s];
		max = t > max ? t : max;
	}
	int step = tick_step(max);
	max = (max + step - 1) / step * step; /* the axis ends on a tick */
	int width = LEFT + (int)n * STEP + 24, height = TOP + PLOT_H + BOTTOM;
	if (width < LEFT + steps.n * LEGEND_W + 40)
		width = LEFT + steps.n * LEGEND_W + 40; /* room for the legend */
	rw_buf_adds(b, "<figure><figcaption>");
	esc(b, review);
	rw_buf_addf(b, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
		       " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\"><title>",
		    width, height, width, height);
	esc(b, review);
	rw_buf_adds(b, ": recommendations by implementation status</title>");
	chart_axes(b, width, max, step);
	for (size_t i = 0; i < n; i++)
		chart_bar(b, &p[i], LEFT + 12 + (int)i * STEP, max);
	rw_buf_addf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/></svg></figure>",
		    LEFT, TOP + PLOT_H, width - 8, TOP + PLOT_H);
}

static void section_charts(rw_buf *b, sqlite3 *db)
{
	rw_buf_adds(b, "<h2 id=\"status\">Status over time</h2>\n<div class=\"charts\">");
	sqlite3_stmt *st = store_prepare(db,
		"SELECT DISTINCT review FROM fact WHERE field = 'status' ORDER BY review");
	int any = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		char *review = store_col(st, 0);
		size_t n;
		struct point *p = points_of(db, review, &n);
		if (n)
			chart(b, review, p, n), any = 1;
		free(p);
		free(review);
	}
	sqlite3_finalize(st);
	rw_buf_adds(b, any ? "</div>\n" : "</div><p>No dated status page is stored.</p>\n");
}

/* ---- latest changes ---------------------------------------------------- */

/* The changes of the latest ingest, as rw-diff writes them in CSV. */
static int read_changes(sqlite3 *db, rw_rows *rows)
{
	char *old_csv = store_state_tmp(db, &(struct state_query){.before = store_before_last_ingest(db)});
	char *new_csv = store_state_tmp(db, &(struct state_query){0});
	int fd;
	char *out = rw_tmpfile("recwatch-changes", &fd);
	int st = store_run_diff("csv", old_csv, new_csv, fd);
	close(fd);
	size_t len = 0;
	char *data = st < RW_DIFF_TROUBLE ? rw_read_file(out, (size_t)1 << 30, &len) : NULL;
	int r = data ? rw_rows_read(data, len, out, rw_change_cols, RW_CC__COUNT, rows) : -1;
	free(data);
	for (char **p = (char *[]){old_csv, new_csv, out, NULL}; *p; p++)
		unlink(*p), free(*p);
	return r;
}

/* rows: the changes (left empty when they cannot be computed). */
static void section_changes(rw_buf *b, sqlite3 *db, rw_rows *rows_out)
{
	rw_buf_adds(b, "<h2 id=\"changes\">Latest changes</h2>\n");
	rw_rows rows = {0};
	if (read_changes(db, &rows) != 0) {
		rw_buf_adds(b, "<p>The changes could not be computed.</p>\n");
		return;
	}
	if (!rows.n) {
		rw_buf_adds(b, "<p>The latest ingest changed nothing.</p>\n");
	} else {
		rw_buf_addf(b, "<p>%zu changes came with the latest ingest.</p>\n", rows.n);
		rw_buf_adds(b, "<table><tr><th>review</th><th>rec</th><th>change</th><th>field</th>"
			       "<th>old</th><th>new</th><th>note</th></tr>\n");
		for (size_t i = 0; i < rows.n; i++) {
			const char *note = rw_rows_get(&rows, i, RW_CC_NOTE);
			rw_buf_adds(b, strstr(note, "regression") ? "<tr class=\"regression\">" : "<tr>");
			for (size_t c = 0; c < RW_CC__COUNT; c++)
				cell(b, "td", rw_rows_get(&rows, i, c));
			rw_buf_adds(b, "</tr>\n");
		}
		rw_buf_adds(b, "</table>\n");
	}
	*rows_out = rows;
}

/* Did the latest ingest change r (under its old or its new id)? */
static int changed(const rw_rows *ch, const rw_record *r)
{
	for (size_t i = 0; i < ch->n; i++) {
		if (strcmp(rw_rows_get(ch, i, RW_CC_REVIEW), r->v[RW_RC_REVIEW]))
			continue;
		if (!strcmp(rw_rows_get(ch, i, RW_CC_REC_ID), r->v[RW_RC_REC_ID]) ||
		    (!strcmp(rw_rows_get(ch, i, RW_CC_CHANGE), "renumbered") &&
		     !strcmp(rw_rows_get(ch, i, RW_CC_NEW), r->v[RW_RC_REC_ID])))
			return 1;
	}
	return 0;
}

/* ---- timelines --------------------------------------------------------- */

static const char timeline_sql[] =
	"SELECT f.date, f.field, f.value, d.name, f.locator"
	" FROM fact f JOIN document d ON d.id = f.document"
	" WHERE f.review = ?1 AND f.rec_id = ?2"
	" ORDER BY f.date IS NULL, f.date, d.id, f.seq";

/* One recommendation's facts in a <details>, open when it has just
 * changed. */
static void timeline(rw_buf *b, sqlite3_stmt *st, const rw_record *r, int listed, int open)
{
	const char *const *v = (const char *const *)r->v;
	rw_buf_addf(b, "<details id=\"");
	esc(b, v[RW_RC_REVIEW]);
	rw_buf_addc(b, '-');
	esc(b, v[RW_RC_REC_ID]);
	rw_buf_adds(b, listed ? "\"" : "\" class=\"gone\"");
	rw_buf_adds(b, open ? " open><summary>" : "><summary>");
	rw_buf_adds(b, "<b>");
	esc(b, v[RW_RC_REC_ID]);
	rw_buf_adds(b, "</b> ");
	int step = status_step(v[RW_RC_STATUS]);
	if (step)
		rw_buf_addf(b, "<span class=\"s%d\">", step);
	else
		rw_buf_adds(b, "<span class=\"s-none\">");
	esc(b, v[RW_RC_STATUS] ? v[RW_RC_STATUS] : "no status");
	rw_buf_adds(b, "</span> · Board: ");
	esc(b, v[RW_RC_BOARD_ACTION] ? v[RW_RC_BOARD_ACTION] : "unknown");
	if (!listed)
		rw_buf_adds(b, " · no longer listed");
	rw_buf_adds(b, "</summary>\n<table><tr><th>date</th><th>field</th><th>value</th><th>document</th></tr>\n");
	sqlite3_bind_text(st, 1, v[RW_RC_REVIEW], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v[RW_RC_REC_ID], -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		rw_buf_adds(b, "<tr>");
		const unsigned char *date = sqlite3_column_text(st, 0);
		rw_buf_adds(b, "<td class=\"date\">");
		esc(b, date ? (const char *)date : "undated");
		rw_buf_adds(b, "</td>");
		for (int c = 1; c < 3; c++)
			cell(b, "td", (const char *)sqlite3_column_text(st, c));
		rw_buf_adds(b, "<td>");
		esc(b, (const char *)sqlite3_column_text(st, 3));
		rw_buf_adds(b, " <span class=\"loc\">");
		esc(b, (const char *)sqlite3_column_text(st, 4));
		rw_buf_adds(b, "</span></td></tr>\n");
	}
	sqlite3_reset(st);
	rw_buf_adds(b, "</table></details>\n");
}

static void section_timelines(rw_buf *b, sqlite3 *db, const rw_rows *changes)
{
	rw_buf_adds(b, "<h2 id=\"recommendations\">Recommendations</h2>\n");
	rw_record *all, *cur;
	size_t nall, ncur;
	rw_folder *fa = store_state(db, &(struct state_query){.keep_unlisted = 1}, &all, &nall);
	rw_folder *fc = store_state(db, &(struct state_query){0}, &cur, &ncur);
	sqlite3_stmt *st = store_prepare(db, timeline_sql);
	for (size_t i = 0; i < nall; i++) {
		if (!i || strcmp(all[i].v[RW_RC_REVIEW], all[i - 1].v[RW_RC_REVIEW])) {
			rw_buf_adds(b, "<h3>");
			esc(b, all[i].v[RW_RC_REVIEW]);
			rw_buf_adds(b, "</h3>\n");
		}
		int listed = bsearch(&all[i], cur, ncur, sizeof *cur, rw_record_cmp) != NULL;
		timeline(b, st, &all[i], listed, changed(changes, &all[i]));
	}
	if (!nall)
		rw_buf_adds(b, "<p>No recommendation is stored.</p>\n");
	sqlite3_finalize(st);
	rw_folder_free(fa);
	rw_folder_free(fc);
}

/* ---- documents and the page ------------------------------------------- */

static void section_documents(rw_buf *b, sqlite3 *db)
{
	rw_buf_adds(b, "<h2 id=\"documents\">Documents</h2>\n<table><tr><th>#</th><th>document</th>"
		       "<th>type</th><th>bytes</th><th>first seen</th><th>facts</th><th>SHA-256</th></tr>\n");
	sqlite3_stmt *st = store_prepare(db,
		"SELECT d.id, d.name, d.type, d.size, d.first_seen,"
		" (SELECT count(*) FROM fact f WHERE f.document = d.id), substr(d.sha256, 1, 12)"
		" FROM document d ORDER BY d.id");
	while (sqlite3_step(st) == SQLITE_ROW) {
		rw_buf_adds(b, "<tr>");
		for (int c = 0; c < 7; c++)
			cell(b, "td", (const char *)sqlite3_column_text(st, c));
		rw_buf_adds(b, "</tr>\n");
	}
	sqlite3_finalize(st);
	rw_buf_adds(b, "</table>\n");
}

static void header(rw_buf *b, sqlite3 *db)
{
	rw_buf_addf(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		       "<meta name=\"viewport\" content=\"width=device-width\">"
		       "<title>recwatch report</title><style>%s",
		    css);
	for (int k = 1; k <= steps.n; k++)
		rw_buf_addf(b, ".s%d{color:#%06x}", k, step_colour(text_stops, k));
	rw_buf_adds(b, "</style></head><body>\n<h1>recwatch report</h1>\n");
	sqlite3_stmt *st = store_prepare(db,
		"SELECT (SELECT count(*) FROM document), (SELECT count(DISTINCT ingest) FROM document),"
		" (SELECT max(started) FROM ingest WHERE id IN (SELECT ingest FROM document))");
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0) {
		rw_buf_addf(b, "<p class=\"meta\">%d documents stored in %d ingests; the latest ingest began ",
			    sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
		esc(b, (const char *)sqlite3_column_text(st, 2));
		rw_buf_adds(b, ".</p>\n");
	} else {
		rw_buf_adds(b, "<p class=\"meta\">No document is stored yet.</p>\n");
	}
	sqlite3_finalize(st);
	rw_buf_adds(b, "<p><a href=\"#status\">Status over time</a> · <a href=\"#changes\">Latest changes</a>"
		       " · <a href=\"#recommendations\">Recommendations</a> · <a href=\"#documents\">Documents</a></p>\n");
}

int store_cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0},
	};
	const char *db_path = NULL, *out = NULL;
	for (int c; (c = getopt_long(argc, argv, "o:", opts, NULL)) != -1;) {
		switch (c) {
		case 'd': db_path = optarg; break;
		case 'o': out = optarg; break;
		default: rw_usage_error(usage, NULL); return RW_EXIT_TROUBLE;
		}
	}
	if (optind != argc) {
		rw_usage_error(usage, NULL);
		return RW_EXIT_TROUBLE;
	}
	char *rules_path = rw_rules_path(NULL);
	steps.rules = rw_rules_load(rules_path);
	free(rules_path);
	if (!steps.rules)
		return RW_EXIT_TROUBLE;
	int n = rw_rules_count(steps.rules, RW_R_ORDER, "status");
	steps.n = n < MAX_STEPS ? n : MAX_STEPS;
	if (n > MAX_STEPS)
		rw_warn(NULL, "the rules' [order] has %d status steps; the charts show the first %d",
			n, MAX_STEPS);
	sqlite3 *db = store_open(store_path(db_path), 0);
	if (!db) {
		rw_rules_free(steps.rules);
		return RW_EXIT_TROUBLE;
	}
	/* one read transaction: every section sees the same store */
	store_exec(db, "BEGIN");
	rw_buf b = {0};
	header(&b, db);
	section_charts(&b, db);
	rw_rows changes = {0};
	section_changes(&b, db, &changes);
	section_timelines(&b, db, &changes);
	rw_rows_free(&changes);
	section_documents(&b, db);
	rw_buf_adds(&b, "</body></html>\n");
	store_exec(db, "COMMIT");
	store_close(db);
	rw_rules_free(steps.rules);
	int r = out ? rw_write_atomic(out, b.s, b.len)
		    : fwrite(b.s, 1, b.len, stdout) == b.len ? 0 : -1;
	rw_buf_free(&b);
	return r == 0 ? RW_EXIT_OK : RW_EXIT_TROUBLE;
}
