/* facts.c - what rw-match writes: the facts (JSON Lines on standard
 * output), and what could not be read (stderr, and the rejects file).
 * The readers of tables, sentences and cards call down into this file,
 * never back up into rw-match.c.
 *
 * A document is walked while its blocks come in; a fact that takes the
 * document's own review (none of its headings or paragraphs names one)
 * before its end, which tells that review, is held: it and what the walk
 * says after it (facts, rejects, lines on stderr) are kept in order and
 * said at the end. */
#include "match.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const reject_cols[] = {"source", "locator", "reason", "text"};
#define REJECT_COLS (sizeof reject_cols / sizeof *reject_cols)

const char held_review[] = "";

/* What the walk said while holding. */
enum said_kind {
	SAID_FACT,      /* a fact; v[RW_FC_REVIEW] NULL: the document's review */
	SAID_REJECT,    /* a row of the rejects file */
	SAID_LINE,      /* a line on stderr */
	SAID_NO_REVIEW, /* where "no review is named" goes when none is */
};
struct said {
	enum said_kind kind;
	char *v[RW_FC__COUNT];
};

static void said_add(struct doc *d, enum said_kind kind, const char *const *v, size_t n)
{
	d->said = rw_xgrow(d->said, &d->said_cap, d->nsaid + 1, sizeof *d->said);
	struct said *s = &d->said[d->nsaid++];
	memset(s, 0, sizeof *s);
	s->kind = kind;
	for (size_t i = 0; i < n; i++)
		s->v[i] = v[i] ? rw_xstrdup(v[i]) : NULL;
}

void doc_hold(struct doc *d)
{
	if (d->holding)
		return;
	d->holding = 1;
	said_add(d, SAID_NO_REVIEW, NULL, 0);
}

static char *vformat(const char *fmt, va_list ap)
{
	char *msg;
	if (vasprintf(&msg, fmt, ap) < 0)
		rw_die(NULL, "out of memory");
	return msg;
}

/* msg on stderr, or held with what the walk holds. */
static void say(struct doc *d, const char *msg)
{
	if (d->holding)
		said_add(d, SAID_LINE, &msg, 1);
	else
		rw_warn(d->source, "%s", msg);
}

void doc_warn(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = vformat(fmt, ap);
	va_end(ap);
	say(d, msg);
	free(msg);
}

static void write_row(rw_writer *out, const char *const *v, const char *what)
{
	if (rw_writer_row(out, v) != 0)
		rw_die(what, "write error");
}

void doc_said_flush(struct matcher *m, struct doc *d)
{
	d->holding = 0;
	for (size_t i = 0; i < d->nsaid; i++) {
		struct said *s = &d->said[i];
		switch (s->kind) {
		case SAID_FACT:
			if (!s->v[RW_FC_REVIEW])
				s->v[RW_FC_REVIEW] = rw_xstrdup(d->review ? d->review : "");
			write_row(m->out, (const char *const *)s->v, "standard output");
			break;
		case SAID_REJECT:
			write_row(m->rejects, (const char *const *)s->v, "rejects file");
			break;
		case SAID_LINE:
			rw_warn(d->source, "%s", s->v[0]);
			break;
		case SAID_NO_REVIEW:
			if (!d->review && !d->review_warned)
				rw_warn(d->source, "no review is named in the document; its records have "
					"an empty review (use --review CODE)");
			d->review_warned |= !d->review;
			break;
		}
	}
	doc_said_free(d);
}

void doc_said_free(struct doc *d)
{
	for (size_t i = 0; i < d->nsaid; i++)
		for (size_t k = 0; k < RW_FC__COUNT; k++)
			free(d->said[i].v[k]);
	d->nsaid = 0;
	d->holding = 0;
}

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
	if (review == held_review && !d->holding)
		review = d->review ? d->review : "";
	const char *v[RW_FC__COUNT] = {
		[RW_FC_REVIEW] = review == held_review ? NULL : review, [RW_FC_REC_ID] = id,
		[RW_FC_FIELD] = rw_field_name(field), [RW_FC_VALUE] = value,
		[RW_FC_RAW] = folded, [RW_FC_DATE] = date,
		[RW_FC_SOURCE] = d->source, [RW_FC_LOCATOR] = locator,
	};
	if (d->holding)
		said_add(d, SAID_FACT, v, RW_FC__COUNT);
	else
		write_row(m->out, v, "standard output");
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
	const char *v[REJECT_COLS] = {d->source, locator, reason, text};
	if (d->holding)
		said_add(d, SAID_REJECT, v, REJECT_COLS);
	else
		write_row(m->rejects, v, "rejects file");
}

void emit_reject(struct matcher *m, struct doc *d, const char *locator, const char *reason,
		 const char *text, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = vformat(fmt, ap);
	va_end(ap);
	char *line = rw_xasprintf("%s: %s", locator ? locator : "?", msg);
	say(d, line);
	free(line);
	explain(m, "    %s: not read: %s", locator ? locator : "?", msg);
	free(msg);
	reject_quietly(m, d, locator, reason, text);
}
