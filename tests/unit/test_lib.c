/* test_lib.c - the shared library: natural order, whitespace folding,
 * sniffing, dates, vocabularies, identifier lists and ranges, folding,
 * the block writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "rwlib.h"

#include <stdlib.h>
#include <string.h>

static rw_rules *rules;

static int load_rules(void **state)
{
	rules = rw_rules_load("rules/recwatch.rules");
	return rules ? 0 : -1;
}

static int free_rules(void **state)
{
	rw_rules_free(rules);
	return 0;
}

/* ---- natural order ---- */

static void natcmp_orders_numbers_as_numbers(void **state)
{
	assert_true(rw_natcmp("2.1", "2.10") < 0);
	assert_true(rw_natcmp("2.10", "10.1") < 0);
	assert_true(rw_natcmp("2.9", "2.10") < 0);
	assert_true(rw_natcmp("R1.1", "R1.2") < 0);
	assert_true(rw_natcmp("R1.2", "R2.1") < 0);
	assert_true(rw_natcmp("R2.1", "R10.1") < 0);
	assert_true(rw_natcmp("14", "14.1") < 0);
	assert_int_equal(rw_natcmp("5.4", "5.4"), 0);
	assert_true(rw_natcmp("LE.1", "R1.1") < 0);
	/* a total order even where numbers tie: "01" and "1" differ */
	assert_true(rw_natcmp("01", "1") != 0);
	assert_true(rw_natcmp("01", "1") == -rw_natcmp("1", "01"));
}

static void natcmp_sorts_a_list(void **state)
{
	const char *ids[] = {"10.1", "2.10", "R2.1", "2.1", "R1.2", "14", "R1.1", "2.2"};
	const char *want[] = {"2.1", "2.2", "2.10", "10.1", "14", "R1.1", "R1.2", "R2.1"};
	size_t n = sizeof ids / sizeof *ids;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (rw_natcmp(ids[j], ids[i]) < 0) {
				const char *t = ids[i];
				ids[i] = ids[j];
				ids[j] = t;
			}
	for (size_t i = 0; i < n; i++)
		assert_string_equal(ids[i], want[i]);
}

/* ---- whitespace ---- */

static void fold_ws_folds_every_space(void **state)
{
	char *s = rw_fold_ws("  In\xC2\xA0progress \r\n\t now\xE2\x80\xAF ");
	assert_string_equal(s, "In progress now");
	free(s);
	s = rw_fold_ws("");
	assert_string_equal(s, "");
	free(s);
	assert_true(rw_is_blank(" \xC2\xA0\n"));
	assert_false(rw_is_blank(" - "));
}

/* Runs of words longer than the eight bytes rw_fold_ws looks at at a
 * time, with spaces, Unicode spaces and other bytes past ASCII at every
 * place of a word. */
static void fold_ws_across_long_runs(void **state)
{
	static const char *const cases[][2] = {
		{"Eight by tes\xE2\x80\x83" "and  more words   here ", "Eight by tes and more words here"},
		{"org\xE2\x80\x99s caf\xC3\xA9 \x01x", "org\xE2\x80\x99s caf\xC3\xA9 \x01x"},
		{"abcdefg \t", "abcdefg"},
		{"abcdefgh ", "abcdefgh"},
		{"abcdefgh\xC2\xA0ijklmnop q", "abcdefgh ijklmnop q"},
		{"\xC2 x \xC2", "\xC2 x \xC2"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *s = rw_fold_ws(cases[i][0]);
		assert_string_equal(s, cases[i][1]);
		free(s);
	}
}

/* ---- sniffing ---- */

static void sniff_by_content(void **state)
{
	assert_int_equal(rw_sniff("%PDF-1.7\n", 9), RW_DOC_PDF);
	assert_int_equal(rw_sniff("\xEF\xBB\xBF<!DOCTYPE html><p>x", 22), RW_DOC_HTML);
	assert_int_equal(rw_sniff("<!-- c --><table>", 17), RW_DOC_HTML);
	assert_int_equal(rw_sniff("  \n", 3), RW_DOC_EMPTY);
	assert_int_equal(rw_sniff("", 0), RW_DOC_EMPTY);
	assert_int_equal(rw_sniff("a\0b", 3), RW_DOC_BINARY);
	assert_int_equal(rw_sniff("Just some words.\n", 17), RW_DOC_TEXT);
}

/* Bytes with no NUL after them (a file's first block in a buffer of its
 * own size) holding a comment that is not closed within them: no read
 * past their end (make check-san catches one), and no markup. */
static void sniff_reads_no_further_than_its_bytes(void **state)
{
	static const char text[] = "<!-- a comment not closed";
	size_t n = sizeof text - 1;
	char *exact = rw_xmalloc(n);
	memcpy(exact, text, n);
	assert_int_equal(rw_sniff(exact, n), RW_DOC_TEXT);
	free(exact);
}

/* ---- dates ---- */

static void date_is(const char *text, const char *want)
{
	char iso[11] = "";
	int found = rw_rules_date(rules, text, strlen(text), 0, iso, NULL, NULL);
	if (want) {
		assert_true(found);
		assert_string_equal(iso, want);
	} else {
		assert_false(found);
	}
}

static void dates_in_every_form(void **state)
{
	date_is("Implementation Update as of 30 June 2022", "2022-06-30");
	date_is("22 Jul 2021", "2021-07-22");
	date_is("2021-07-22", "2021-07-22");
	date_is("July 22, 2021", "2021-07-22");
	date_is("Sept. 3rd, 2019", "2019-09-03");
	date_is("Resolved (2021.07.22.11), the Board", "2021-07-22");
	date_is("30\xC2\xA0June\xC2\xA0" "2022", "2022-06-30");
}

static void impossible_dates_are_not_dates(void **state)
{
	date_is("31 June 2022", NULL);
	date_is("29 February 2021", NULL);
	date_is("29 February 2020", "2020-02-29");
	date_is("Section 4.6(c)", NULL);
	date_is("ICANN72", NULL);
	/* the first possible date is taken, an impossible one skipped */
	date_is("31 June 2022 or 1 July 2022", "2022-07-01");
}

/* ---- vocabularies ---- */

static void vocab(enum rw_rsec sec, const char *raw, const char *want)
{
	const char *got = rw_rules_classify(rules, sec, raw);
	if (want) {
		assert_non_null(got);
		assert_string_equal(got, want);
	} else {
		assert_null(got);
	}
}

static void vocabularies_map_raw_text(void **state)
{
	vocab(RW_R_BOARD_ACTION, "Approved, subject to prioritization, costing and implementation", "approved");
	vocab(RW_R_BOARD_ACTION, "Accepted", "approved");
	vocab(RW_R_BOARD_ACTION, "Not approved", "rejected");
	vocab(RW_R_BOARD_ACTION, "Does not adopt", "rejected");
	vocab(RW_R_BOARD_ACTION, "Placed in pending status", "pending");
	vocab(RW_R_BOARD_ACTION, "Pending", "pending");
	vocab(RW_R_BOARD_ACTION, "Passed through to the GNSO Council", "passed_through");
	vocab(RW_R_BOARD_ACTION, "Under consideration", NULL);
	vocab(RW_R_STATUS, "Completed", "complete");
	vocab(RW_R_STATUS, "In Progress", "in_progress");
	vocab(RW_R_STATUS, "Not started", "not_started");
	vocab(RW_R_STATUS, "Stalled", NULL);
	vocab(RW_R_PRIORITY, "P1", "P1");
	vocab(RW_R_PRIORITY, "Priority 2", "P2");
	vocab(RW_R_PRIORITY, "Eligible for prioritization", "eligible");
	vocab(RW_R_PRIORITY, "Not eligible for prioritization", "not_eligible");
	vocab(RW_R_EMPTY, "N/A", "none");
	vocab(RW_R_EMPTY, "n/a", "none");
	vocab(RW_R_EMPTY, "\xE2\x80\x94", "none");
	vocab(RW_R_EMPTY, "P1", NULL);
}

static void reviews_by_name(void **state)
{
	vocab(RW_R_REVIEW, "Second Security, Stability, and Resiliency (SSR2)", "SSR2");
	vocab(RW_R_REVIEW, "SSR2 Review Team", "SSR2");
	vocab(RW_R_REVIEW, "the RDS-WHOIS2 Review", "RDS-WHOIS2");
	vocab(RW_R_REVIEW, "Security, Stability, and Resiliency Review (SSR)", NULL);
}

/* ---- ids, lists, ranges ---- */

static void cell_id(const char *cell, const char *want)
{
	char *id = rw_id_from_cell(rules, cell);
	if (want) {
		assert_non_null(id);
		assert_string_equal(id, want);
	} else {
		assert_null(id);
	}
	free(id);
}

static void ids_from_cells(void **state)
{
	cell_id("5.4", "5.4");
	cell_id("5.4.", "5.4");
	cell_id("Rec # 5.4", "5.4");
	cell_id("Rec. 14", "14");
	cell_id("Recommendation 3.1", "3.1");
	cell_id("R1.1", "R1.1");
	cell_id("LE.1", "LE.1");
	cell_id("Recommendation LE. 7", "LE.7"); /* wrapped after its full stop */
	cell_id("LE.\n7.", "LE.7");
	cell_id("LE 7", NULL); /* a break only after the full stop */
	cell_id("LE. seven", NULL);
	cell_id("ICANN72", NULL);
	cell_id("Phase 2", NULL);
	cell_id("Total", NULL);
}

/* Reads the list at the start of text; checks the ids, joined by ",". */
static void list_is(const char *text, const char *want, int bad_expected)
{
	rw_idlist l = {0};
	char *bad = NULL;
	rw_id_list(rules, text, strlen(text), 0, &l, &bad);
	rw_buf b = {0};
	for (size_t i = 0; i < l.n; i++) {
		if (i)
			rw_buf_addc(&b, ',');
		rw_buf_adds(&b, l.v[i]);
	}
	char *got = rw_buf_take(&b);
	assert_string_equal(got, want);
	assert_int_equal(bad != NULL, bad_expected);
	free(got);
	free(bad);
	rw_idlist_free(&l);
}

static void lists_and_ranges(void **state)
{
	list_is("2.1, 2.2, 2.3 and 17.2);", "2.1,2.2,2.3,17.2", 0);
	list_is("19.1 and 19.2 issued within", "19.1,19.2", 0);
	list_is("14.3-14.5", "14.3,14.4,14.5", 0);
	list_is("14.3\xE2\x80\x93" "14.5", "14.3,14.4,14.5", 0);
	list_is("2.1 through 2.4, 14.3-14.5", "2.1,2.2,2.3,2.4,14.3,14.4,14.5", 0);
	list_is("R1.1 to R1.3 or R4.1", "R1.1,R1.2,R1.3,R4.1", 0);
	list_is("5.4, and reject Recommendations 19.1", "5.4", 0);
	list_is("3.1, 3.2 and 3.10)", "3.1,3.2,3.10", 0);
	/* ends that do not share a prefix are kept, and said */
	list_is("14.3-15.2", "14.3,15.2", 1);
	list_is("no list here", "", 0);
}

/* ---- folding ---- */

static void add_fact(rw_folder *fo, const char *id, const char *field, const char *value,
		     const char *date, const char *source)
{
	rw_fact f = {{0}};
	f.v[RW_FC_REVIEW] = "SSR2";
	f.v[RW_FC_REC_ID] = (char *)id;
	f.v[RW_FC_FIELD] = (char *)field;
	f.v[RW_FC_VALUE] = (char *)value;
	f.v[RW_FC_DATE] = (char *)date;
	f.v[RW_FC_SOURCE] = (char *)source;
	rw_folder_add(fo, &f);
}

static void fold_latest_date_wins(void **state)
{
	rw_folder *fo = rw_folder_new();
	add_fact(fo, "5.4", "board_action", "approved", "2022-05-01", "a.html");
	add_fact(fo, "5.4", "board_action", "pending", "2021-07-22", "b.html");
	add_fact(fo, "5.4", "status", "in_progress", "", "c.html");
	add_fact(fo, "5.4", "status", "not_started", "2022-06-30", "b.html");
	add_fact(fo, "5.4", "status", "complete", "", "d.html"); /* undated loses */
	add_fact(fo, "5.4", "priority", "P2", "", "a.html");
	add_fact(fo, "5.4", "priority", "P3", "", "b.html"); /* both undated: later wins */
	add_fact(fo, "5.4", "description", "old", "2022-06-30", "a.html");
	add_fact(fo, "5.4", "description", "new", "2022-06-30", "b.html"); /* equal: later */
	size_t n;
	rw_record *r = rw_folder_finish(fo, &n);
	assert_int_equal(n, 1);
	assert_string_equal(r[0].v[RW_RC_BOARD_ACTION], "approved");
	assert_string_equal(r[0].v[RW_RC_BOARD_ACTION_DATE], "2022-05-01");
	assert_string_equal(r[0].v[RW_RC_STATUS], "not_started");
	assert_string_equal(r[0].v[RW_RC_AS_OF], "2022-06-30");
	assert_string_equal(r[0].v[RW_RC_PRIORITY], "P3");
	assert_string_equal(r[0].v[RW_RC_DESCRIPTION], "new");
	assert_string_equal(r[0].v[RW_RC_SOURCES], "a.html;b.html;c.html;d.html");
	rw_folder_free(fo);
}

/* Facts of two records in turn: each keeps its own values and sources
 * (the folder shares strings that repeat, and looks first at the record
 * of the fact before). */
static void fold_records_in_turn(void **state)
{
	static const char *const facts[][5] = { /* id, field, value, date, source */
		{"1.1", "status", "complete", "2022-06-30", "a.html"},
		{"1.2", "status", "complete", "2022-06-30", "a.html"},
		{"1.1", "priority", "P1", "2022-06-30", "b.html"},
		{"1.2", "status", "in_progress", "2023-01-31", "a.html"},
		{"1.1", "status", "not_started", "2021-01-31", "c.html"}, /* older: loses */
	};
	rw_folder *fo = rw_folder_new();
	for (size_t i = 0; i < sizeof facts / sizeof *facts; i++)
		add_fact(fo, facts[i][0], facts[i][1], facts[i][2], facts[i][3], facts[i][4]);
	static const enum rw_record_col cols[] = {RW_RC_STATUS, RW_RC_AS_OF, RW_RC_PRIORITY, RW_RC_SOURCES};
	static const char *const want[2][4] = {
		{"complete", "2022-06-30", "P1", "a.html;b.html;c.html"},
		{"in_progress", "2023-01-31", "", "a.html"},
	};
	size_t n;
	rw_record *r = rw_folder_finish(fo, &n);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < 2; i++)
		for (size_t c = 0; c < 4; c++)
			assert_string_equal(r[i].v[cols[c]] ? r[i].v[cols[c]] : "", want[i][c]);
	rw_folder_free(fo);
}

static void fold_sorts_records(void **state)
{
	rw_folder *fo = rw_folder_new();
	const char *ids[] = {"10.1", "2.10", "2.1", "R1.1", "2.2"};
	for (size_t i = 0; i < 5; i++)
		add_fact(fo, ids[i], "status", "complete", "", "x");
	for (int i = 0; i < 3000; i++) { /* enough to grow the index */
		char id[16];
		snprintf(id, sizeof id, "%d.%d", 100 + i / 10, i % 10);
		add_fact(fo, id, "status", "complete", "", "x");
	}
	size_t n;
	rw_record *r = rw_folder_finish(fo, &n);
	assert_int_equal(n, 3005);
	assert_string_equal(r[0].v[RW_RC_REC_ID], "2.1");
	assert_string_equal(r[1].v[RW_RC_REC_ID], "2.2");
	assert_string_equal(r[2].v[RW_RC_REC_ID], "2.10");
	assert_string_equal(r[3].v[RW_RC_REC_ID], "10.1");
	assert_string_equal(r[n - 1].v[RW_RC_REC_ID], "R1.1");
	rw_folder_free(fo);
}

/* ---- the block writer ---- */

/* What a writer makes of b, as a string. */
static char *written(int (*write)(FILE *, const rw_block *), const rw_block *b)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	assert_non_null(f);
	/* a stream starts with its document, whose source the others leave out */
	rw_block doc = {.kind = RW_BLK_DOCUMENT, .source = "doc.pdf", .format = "pdf"};
	assert_int_equal(write(f, &doc), 0);
	assert_int_equal(write(f, b), 0);
	fclose(f);
	return s;
}

/* rw_block_write formats blocks itself: every kind of field, string
 * escape and bbox number (whole, negative, tiny, huge, not finite, and
 * rounded in the ninth digit) comes out as jansson writes it. */
static void block_writer_matches_jansson(void **state)
{
	static const double nums[] = {0,      -0.0,   1,     72,      595.276, 841.8898,
				      -12.5,  1e-4,   9.9e-5, 1e-7,   123456789, 1e9,
				      3.5e12, 1.0 / 3, 2e-300, 0.1 + 0.2, 999999999.5,
				      /* a half in the ninth digit, a rounding that carries,
				       * digits after zeros, a long fraction */
				      12345678.95, 99999.99995, 0.000123456789, -1234.56789012};
	static const char *const texts[] = {"plain", "quote \" back \\ slash", "tab\tnew\nline\r",
					    "\x01\x1f ctrl", "caf\xc3\xa9 \xe2\x80\x9c\xe2\x80\x9d", ""};
	size_t nn = sizeof nums / sizeof *nums, nt = sizeof texts / sizeof *texts;
	for (size_t i = 0; i < nn * nt; i++) {
		rw_block b = {.kind = (enum rw_block_kind)(i % RW_BLK__COUNT),
			      .text = (char *)texts[i % nt],
			      .locator = i % 3 ? "p. 2" : NULL,
			      .table = (int)i % 4,
			      .row = (int)i % 7,
			      .col = (int)i % 5,
			      .rows = 3,
			      .cols = 4,
			      .header = (int)i % 2,
			      .page = (int)i % 3,
			      .has_bbox = i % 5 != 0,
			      .bbox = {nums[i % nn], nums[(i + 3) % nn], nums[(i + 7) % nn], nums[(i + 11) % nn]}};
		b.source = i % 11 ? "doc.pdf" : "other.pdf";
		char *fast = written(rw_block_write, &b), *ref = written(rw_block_write_jansson, &b);
		assert_string_equal(fast, ref);
		const char *second = strchr(fast, '\n') + 1;
		assert_true(!strstr(second, "\"source\"") ==
			    (b.kind != RW_BLK_DOCUMENT && !strcmp(b.source, "doc.pdf")));
		free(fast);
		free(ref);
	}
}


/* Blocks read back as written, and lines written by hand read as jansson
 * reads them: escapes, surrogate pairs, a key given twice, spaces, a
 * real where an int belongs, nested values (left to jansson), bad lines. */
static FILE *lines_in(const char *text)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(f);
	return f;
}

static void block_reader_reads_what_is_written(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	rw_block w = {.kind = RW_BLK_CELL, .source = "a \"b\".pdf", .text = "caf\xc3\xa9\t\x01",
		      .locator = "page 1", .table = 2, .row = 3, .col = 4, .header = 1,
		      .page = 7, .has_bbox = 1, .bbox = {1.5, -2, 595.276, 1e-4}};
	rw_block doc = {.kind = RW_BLK_DOCUMENT, .source = w.source, .format = "pdf"};
	assert_int_equal(rw_block_write(out, &doc), 0);
	assert_int_equal(rw_block_write(out, &w), 0);
	fclose(out);
	assert_null(strstr(strchr(buf, '\n'), "source")); /* said once, on the document */
	FILE *in = lines_in(buf);
	rw_block b = {0};
	long line = 0;
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_int_equal(b.kind, RW_BLK_DOCUMENT);
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_int_equal(b.kind, RW_BLK_CELL);
	assert_string_equal(b.source, w.source);
	assert_string_equal(b.text, w.text);
	assert_string_equal(b.locator, w.locator);
	assert_true(b.table == 2 && b.row == 3 && b.col == 4 && b.header && b.page == 7 && !b.span);
	assert_true(b.has_bbox && b.bbox[0] == 1.5 && b.bbox[1] == -2 && b.bbox[2] == 595.276 &&
		    b.bbox[3] == 1e-4);
	assert_int_equal(rw_block_read(in, "t", &b, &line), 0);
	fclose(in);
	free(buf);
	rw_block_clear(&b);
}

static void block_reader_reads_as_jansson(void **state)
{
	FILE *in = lines_in(
		" { \"kind\" : \"paragraph\", \"text\":\"\\u00e9\\ud83d\\ude00\\/\\\"\" , \"level\":1.0,"
		"\"text\":\"second\",\"page\":-3,\"bbox\":[1,2,3]}\n"
		"\n"
		"{\"kind\":\"heading\",\"text\":\"x\",\"extra\":{\"a\":[1,{\"b\":2}]},\"bbox\":[1,\"x\",3,4.5e1]}\n"
		"{\"kind\":\"heading\",\"text\":\"\\u0000\"}\n"
		"{\"kind\":\"nope\"}\n"
		"[1,2]\n"
		"{\"kind\":\"item\",\"level\":123456789012345678901234}\n"
		"{\"kind\":\"item\",\"text\":\"a\"} x\n"
		"{\"kind\":\"item\",\"level\":01}\n"
		"{\"kind\":\"table\",\"rows\":2,\"cols\":3}");
	rw_block b = {0};
	long line = 0;
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_int_equal(b.kind, RW_BLK_PARAGRAPH);
	assert_string_equal(b.text, "second");
	assert_int_equal(b.level, 0);  /* a real is no int */
	assert_int_equal(b.page, -3);
	assert_false(b.has_bbox);       /* three numbers are no bbox */
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_int_equal(line, 3);      /* the blank line counted, skipped */
	assert_string_equal(b.text, "x");
	assert_true(b.has_bbox && b.bbox[0] == 1 && b.bbox[1] == 0 && b.bbox[3] == 45);
	for (int i = 0; i < 6; i++) /* U+0000, an unknown kind, no object, ints too big, garbage after, 01 */
		assert_int_equal(rw_block_read(in, "t", &b, &line), -1);
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_true(b.kind == RW_BLK_TABLE && b.rows == 2 && b.cols == 3); /* no newline at the end */
	assert_int_equal(rw_block_read(in, "t", &b, &line), 0);
	fclose(in);
	rw_block_clear(&b);
	in = lines_in("{\"kind\":\"paragraph\",\"text\":\"\\u00e9\"}");
	line = 0;
	assert_int_equal(rw_block_read(in, "t", &b, &line), 1);
	assert_string_equal(b.text, "\xc3\xa9");
	fclose(in);
	rw_block_clear(&b);
}

static void fact_reader_takes_strings_and_nulls(void **state)
{
	FILE *in = lines_in(
		"{\"review\":\"SSR2\",\"rec_id\":\"1.1\",\"field\":\"status\",\"value\":\"complete\",\"date\":null,"
		"\"source\":\"x\",\"rec_id\":\"1.2\"}\n"
		"{\"rec_id\":\"1.1\",\"field\":\"status\",\"value\":3}\n"
		"{\"rec_id\":\"1.1\",\"field\":\"status\",\"value\":3,\"value\":\"ok\"}\n"
		"{\"rec_id\":\"1.1\",\"field\":\"nope\"}\n");
	rw_fact f = {0};
	long line = 0;
	assert_int_equal(rw_fact_read(in, "t", &f, &line), 1);
	assert_string_equal(f.v[RW_FC_REC_ID], "1.2"); /* the last of a key given twice */
	assert_null(f.v[RW_FC_DATE]);
	assert_int_equal(rw_fact_read(in, "t", &f, &line), -1); /* a number is no value */
	assert_int_equal(rw_fact_read(in, "t", &f, &line), 1);
	assert_string_equal(f.v[RW_FC_VALUE], "ok");
	assert_int_equal(rw_fact_read(in, "t", &f, &line), -1);
	assert_int_equal(rw_fact_read(in, "t", &f, &line), 0);
	fclose(in);
	rw_fact_clear(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(natcmp_orders_numbers_as_numbers),
		cmocka_unit_test(block_writer_matches_jansson),
		cmocka_unit_test(block_reader_reads_what_is_written),
		cmocka_unit_test(block_reader_reads_as_jansson),
		cmocka_unit_test(fact_reader_takes_strings_and_nulls),
		cmocka_unit_test(natcmp_sorts_a_list),
		cmocka_unit_test(fold_ws_folds_every_space),
		cmocka_unit_test(fold_ws_across_long_runs),
		cmocka_unit_test(sniff_by_content),
		cmocka_unit_test(sniff_reads_no_further_than_its_bytes),
		cmocka_unit_test(dates_in_every_form),
		cmocka_unit_test(impossible_dates_are_not_dates),
		cmocka_unit_test(vocabularies_map_raw_text),
		cmocka_unit_test(reviews_by_name),
		cmocka_unit_test(ids_from_cells),
		cmocka_unit_test(lists_and_ranges),
		cmocka_unit_test(fold_latest_date_wins),
		cmocka_unit_test(fold_records_in_turn),
		cmocka_unit_test(fold_sorts_records),
	};
	return cmocka_run_group_tests(tests, load_rules, free_rules);
}
