/* facts.c - what rw-match writes: the facts (JSON Lines on standard
 * output), and what could not be read (stderr, and the rejects file).
 * The readers of tables, sentences and cards call down into this file,
 * never back up into rw-match.c. */
#include "match.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const reject_cols[] = {"source", "locator", "reason", "text"};

rw_writer *facts_writer(FILE *out)
{
	return rw_writer_new(out, RW_FMT_JSONL, rw_fact_cols, RW_FC__COUNT);
}

rw_writer *rejects_writer(FILE *out)
{
	return rw_writer_new(out, RW_FMT_CSV, reject_cols, sizeof reject_cols / sizeof *reject_cols);
}

void emit_fact(struct matcher *m, struct doc *d, const char *review, const char *id,
	       enum rw_field field, const char *value, const char *raw,
	       const char *date, const char *locator)
{
	char *folded = rw_fold_ws(raw);
	const char *v[RW_FC__COUNT] = {
		[RW_FC_REVIEW] = review, [RW_FC_REC_ID] = id,
		[RW_FC_FIELD] = rw_field_name(field), [RW_FC_VALUE] = value,
		[RW_FC_RAW] = folded, [RW_FC_DATE] = date,
		[RW_FC_SOURCE] = d->source, [RW_FC_LOCATOR] = locator,
	};
	if (rw_writer_row(m->out, v) != 0)
		rw_die("standard output", "write error");
	char clip[EXPLAIN_CLIP];
	explain(m, "    %s %s: %s = %s (\"%s\"), date %s, at %s", review && *review ? review : "-", id,
		rw_field_name(field), field >= RW_F_DESCRIPTION ? "(text)" : value,
		explain_clip(folded, clip, sizeof clip), date && *date ? date : "none",
		locator ? locator : "?");
	free(folded);
	leads_read(d, id);
	m->nfacts++;
	d->nfacts++;
}

void reject_quietly(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		    const char *text)
{
	m->nrejects++;
	leads_said(d, locator);
	if (!m->rejects)
		return;
	const char *v[] = {d->source, locator, reason, text};
	if (rw_writer_row(m->rejects, v) != 0)
		rw_die("rejects file", "write error");
}

void emit_reject(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		 const char *text, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg;
	if (vasprintf(&msg, fmt, ap) < 0)
		rw_die(NULL, "out of memory");
	va_end(ap);
	rw_warn(d->source, "%s: %s", locator ? locator : "?", msg);
	explain(m, "    %s: not read: %s", locator ? locator : "?", msg);
	free(msg);
	reject_quietly(m, d, locator, reason, text);
}
