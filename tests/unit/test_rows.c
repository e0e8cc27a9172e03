/* test_rows.c - rw_rows_read: CSV, JSON and JSON Lines read back into
 * rows of the requested columns, and the errors that stop it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "rwlib.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const cols[] = {"review", "rec_id", "status"};
enum { NCOLS = 3 };

/* Runs rw_rows_read with stderr captured; returns its result and leaves
 * what it printed in err (static, for one assertion at a time). */
static char err[4096];
static int read_rows(const char *text, rw_rows *r)
{
	fflush(stderr);
	int saved = dup(2);
	FILE *t = tmpfile();
	assert_non_null(t);
	dup2(fileno(t), 2);
	int res = rw_rows_read(text, strlen(text), "in.csv", cols, NCOLS, r);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(t);
	size_t n = fread(err, 1, sizeof err - 1, t);
	err[n] = 0;
	fclose(t);
	return res;
}

static void assert_row(const rw_rows *r, size_t i, const char *review,
		       const char *rec, const char *status)
{
	assert_string_equal(rw_rows_get(r, i, 0), review);
	assert_string_equal(rw_rows_get(r, i, 1), rec);
	assert_string_equal(rw_rows_get(r, i, 2), status);
}

static void csv_columns_in_any_order(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("status,extra,rec_id,review\n"
				   "complete,x,5.4,SSR2\n"
				   ",y,19.1,SSR2\n", &r), 0);
	assert_int_equal(r.n, 2);
	assert_row(&r, 0, "SSR2", "5.4", "complete");
	assert_row(&r, 1, "SSR2", "19.1", "");
	assert_int_equal(r.line[0], 2);
	assert_int_equal(r.line[1], 3);
	assert_string_equal(err, "");
	rw_rows_free(&r);
}

static void csv_quotes_and_newlines(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,rec_id,status\r\n"
				   "\"SSR2\",\"1.1\",\"said \"\"done\"\",\nthen\nmore\"\r\n"
				   "CCT,2,\"a, b\"\r\n", &r), 0);
	assert_int_equal(r.n, 2);
	assert_row(&r, 0, "SSR2", "1.1", "said \"done\",\nthen\nmore");
	assert_row(&r, 1, "CCT", "2", "a, b");
	assert_int_equal(r.line[0], 2);
	assert_int_equal(r.line[1], 5); /* after the three lines of row 1 */
	rw_rows_free(&r);
}

static void csv_byte_order_mark_and_no_final_newline(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("\xEF\xBB\xBFreview,rec_id,status\nSSR2,3,not_started", &r), 0);
	assert_int_equal(r.n, 1);
	assert_row(&r, 0, "SSR2", "3", "not_started");
	rw_rows_free(&r);
}

static void csv_header_only_is_no_rows(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,rec_id,status\n", &r), 0);
	assert_int_equal(r.n, 0);
	rw_rows_free(&r);
}

static void csv_missing_column(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,status\nSSR2,complete\n", &r), -1);
	assert_int_equal(r.n, 0);
	assert_non_null(strstr(err, "recwatch: in.csv: line 1: the header lacks column(s) rec_id"));
}

static void csv_ragged_row(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,rec_id,status\nSSR2,1,complete\nSSR2,2\n", &r), -1);
	assert_string_equal(err, "recwatch: in.csv: line 3: 2 fields, but the header has 3\n");
	assert_int_equal(read_rows("review,rec_id,status\nSSR2,1,complete,x\n", &r), -1);
	assert_non_null(strstr(err, "line 2: 4 fields"));
}

static void csv_bad_quote(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,rec_id,status\nSSR2,1,\"a\"b\n", &r), -1);
	assert_non_null(strstr(err, "line 2: malformed CSV"));
	assert_int_equal(read_rows("review,rec_id,status\nSSR2,1,ok\nSSR2,2,\"open\nstill\n", &r), -1);
	assert_non_null(strstr(err, "line 3: a quoted field is not closed"));
}

static void csv_not_utf8(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("review,rec_id,status\nSSR2,1,caf\xE9\n", &r), -1);
	assert_non_null(strstr(err, "line 2: not UTF-8"));
}

static void json_array(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows(" [\n{\"review\":\"SSR2\",\"rec_id\":\"5.4\",\"status\":null},\n"
				   "  {\"rec_id\":\"6\",\"review\":\"CCT\",\"other\":[1,2]}\n]\n", &r), 0);
	assert_int_equal(r.n, 2);
	assert_row(&r, 0, "SSR2", "5.4", "");
	assert_row(&r, 1, "CCT", "6", "");
	assert_int_equal(r.line[0], 2);
	assert_int_equal(r.line[1], 3);
	rw_rows_free(&r);
	assert_int_equal(read_rows("[]", &r), 0);
	assert_int_equal(r.n, 0);
	rw_rows_free(&r);
}

static void json_wrong_shapes(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("[\"SSR2\"]", &r), -1);
	assert_non_null(strstr(err, "line 1: a string where an object was expected"));
	assert_int_equal(read_rows("[{\"review\":\"SSR2\",\"rec_id\":5.4}]", &r), -1);
	assert_non_null(strstr(err, "\"rec_id\" is a number, not a string or null"));
	assert_int_equal(read_rows("[{\"review\":\"SSR2\"}\n{\"review\":\"CCT\"}]", &r), -1);
	assert_non_null(strstr(err, "line 2: bad JSON: ',' or ']' expected"));
	assert_int_equal(read_rows("[{\"review\":\"SSR2\"}] x", &r), -1);
	assert_non_null(strstr(err, "text after the array"));
	assert_int_equal(read_rows("[{\"review\":\"SSR2\",\n\"rec_id\":}]", &r), -1);
	assert_non_null(strstr(err, "line 2: bad JSON"));
	assert_int_equal(read_rows("[{\"review\":\"A\",\"review\":\"B\"}]", &r), -1);
	assert_non_null(strstr(err, "bad JSON"));
	assert_int_equal(read_rows("[{\"review\":{\"a\":\"b\"}}]", &r), -1);
	assert_non_null(strstr(err, "\"review\" is an object"));
}

static void json_lines(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("{\"review\":\"SSR2\",\"rec_id\":\"1\",\"status\":\"complete\"}\n"
				   "\n"
				   "{\"review\":\"SSR2\",\"rec_id\":\"2\"}\r\n", &r), 0);
	assert_int_equal(r.n, 2);
	assert_row(&r, 0, "SSR2", "1", "complete");
	assert_row(&r, 1, "SSR2", "2", "");
	assert_int_equal(r.line[1], 3);
	rw_rows_free(&r);
	assert_int_equal(read_rows("{\"review\":\"A\"} {\"review\":\"B\"}\n", &r), -1);
	assert_non_null(strstr(err, "line 1: bad JSON Lines: more than one value"));
	assert_int_equal(read_rows("{\"review\":\"A\"}\n[1]\n", &r), -1);
	assert_non_null(strstr(err, "line 2: an array where an object was expected"));
	assert_int_equal(read_rows("{\"review\":true}\n", &r), -1);
	assert_non_null(strstr(err, "is a boolean"));
}

static void blank_input_is_no_rows(void **state)
{
	rw_rows r;
	assert_int_equal(read_rows("", &r), 0);
	assert_int_equal(r.n, 0);
	rw_rows_free(&r);
	assert_int_equal(read_rows(" \n\t\n", &r), 0);
	assert_int_equal(r.n, 0);
	rw_rows_free(&r);
}

static void three_formats_agree(void **state)
{
	static const char *const texts[] = {
		"rec_id,review,status\n2.1,SSR2,\"in_progress\"\n\"10\",CCT,\n",
		"[{\"review\":\"SSR2\",\"rec_id\":\"2.1\",\"status\":\"in_progress\"},"
		"{\"review\":\"CCT\",\"rec_id\":\"10\",\"status\":null}]",
		"{\"review\":\"SSR2\",\"rec_id\":\"2.1\",\"status\":\"in_progress\"}\n"
		"{\"review\":\"CCT\",\"rec_id\":\"10\"}\n",
	};
	for (size_t i = 0; i < 3; i++) {
		rw_rows r;
		assert_int_equal(read_rows(texts[i], &r), 0);
		assert_int_equal(r.n, 2);
		assert_row(&r, 0, "SSR2", "2.1", "in_progress");
		assert_row(&r, 1, "CCT", "10", "");
		rw_rows_free(&r);
	}
}

/* Enough text to fill several store blocks, and one cell larger than a
 * block: every cell must still read back whole. */
static void large_input(void **state)
{
	rw_buf b = {0};
	rw_buf_adds(&b, "review,rec_id,status\n");
	size_t big = (2u << 20) + 17;
	for (int i = 0; i < 3000; i++) {
		rw_buf_addf(&b, "R,%d,", i);
		if (i == 1500) {
			for (size_t k = 0; k < big; k++)
				rw_buf_addc(&b, 'x');
		} else {
			for (int k = 0; k < 1000; k++)
				rw_buf_addc(&b, (char)('a' + (i + k) % 26));
		}
		rw_buf_addc(&b, '\n');
	}
	rw_rows r;
	assert_int_equal(read_rows(b.s, &r), 0);
	assert_int_equal(r.n, 3000);
	for (size_t i = 0; i < 3000; i++) {
		char id[16];
		snprintf(id, sizeof id, "%zu", i);
		assert_string_equal(rw_rows_get(&r, i, 1), id);
		size_t want = i == 1500 ? big : 1000;
		assert_int_equal(strlen(rw_rows_get(&r, i, 2)), want);
		assert_int_equal(rw_rows_get(&r, i, 2)[want - 1], i == 1500 ? 'x' : 'a' + (int)((i + 999) % 26));
		assert_int_equal(r.line[i], (long)i + 2);
	}
	assert_string_equal(rw_rows_get(&r, 3000, 0), "");
	assert_string_equal(rw_rows_get(&r, 0, 3), "");
	rw_rows_free(&r);
	rw_buf_free(&b);
}

/* rw_rows_read_stream: the same rows as rw_rows_read, line numbers too. */
static int read_stream(const char *text, rw_rows *r)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(f);
	fflush(stderr);
	int saved = dup(2);
	FILE *t = tmpfile();
	dup2(fileno(t), 2);
	int res = rw_rows_read_stream(f, 1 << 20, "in", cols, NCOLS, r);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(t);
	size_t n = fread(err, 1, sizeof err - 1, t);
	err[n] = 0;
	fclose(t);
	fclose(f);
	return res;
}

static void stream_agrees_with_buffer(void **state)
{
	static const char *const texts[] = {
		"\xEF\xBB\xBF\nrec_id,review,status\n2.1,SSR2,\"in_\nprogress\"\n\"10\",CCT,\n",
		"\n\n[{\"review\":\"SSR2\",\"rec_id\":\"2.1\",\"status\":\"in_\\nprogress\"},\n"
		"{\"review\":\"CCT\",\"rec_id\":\"10\",\"status\":null}]",
		"\n{\"review\":\"SSR2\",\"rec_id\":\"2.1\",\"status\":\"in_\\nprogress\"}\n\n"
		"{\"review\":\"CCT\",\"rec_id\":\"10\"}",
	};
	static const long line2[] = {5, 4, 4};
	for (size_t i = 0; i < 3; i++) {
		rw_rows a, b;
		assert_int_equal(read_stream(texts[i], &a), 0);
		assert_int_equal(read_rows(texts[i], &b), 0);
		assert_int_equal(a.n, 2);
		assert_int_equal(b.n, 2);
		for (size_t row = 0; row < 2; row++) {
			assert_int_equal(a.line[row], b.line[row]);
			for (size_t c = 0; c < NCOLS; c++)
				assert_string_equal(rw_rows_get(&a, row, c), rw_rows_get(&b, row, c));
		}
		assert_row(&a, 0, "SSR2", "2.1", "in_\nprogress");
		assert_int_equal(a.line[1], line2[i]);
		rw_rows_free(&a);
		rw_rows_free(&b);
	}
}

static void stream_errors_name_lines(void **state)
{
	rw_rows r;
	assert_int_equal(read_stream("\nreview,rec_id,status\nA,1,x\nA,2\n", &r), -1);
	assert_string_equal(err, "recwatch: in: line 4: 2 fields, but the header has 3\n");
	assert_int_equal(read_stream("{\"review\":\"A\"}\n\n{\"review\":1}\n", &r), -1);
	assert_non_null(strstr(err, "in: line 3: \"review\" is a number"));
	assert_int_equal(read_stream("{\"review\":\"A\"}\n{\"review\":\n\"B\"}\n", &r), -1);
	assert_non_null(strstr(err, "in: line 2: bad JSON"));
	assert_int_equal(read_stream("{\"review\":\"A\"} {}\n", &r), -1);
	assert_non_null(strstr(err, "line 1: bad JSON Lines: more than one value"));
	assert_int_equal(read_stream("", &r), 0);
	assert_int_equal(r.n, 0);
	rw_rows_free(&r);
}

static void stream_read_error(void **state)
{
	FILE *f = fopen(".", "r"); /* a directory: opens, but reads fail */
	assert_non_null(f);
	rw_rows r;
	fflush(stderr);
	int saved = dup(2);
	FILE *t = tmpfile();
	dup2(fileno(t), 2);
	int res = rw_rows_read_stream(f, 1 << 20, "dir", cols, NCOLS, &r);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(t);
	size_t n = fread(err, 1, sizeof err - 1, t);
	err[n] = 0;
	fclose(t);
	fclose(f);
	assert_int_equal(res, -1);
	assert_string_equal(err, "recwatch: dir: cannot read: Is a directory\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csv_columns_in_any_order),
		cmocka_unit_test(csv_quotes_and_newlines),
		cmocka_unit_test(csv_byte_order_mark_and_no_final_newline),
		cmocka_unit_test(csv_header_only_is_no_rows),
		cmocka_unit_test(csv_missing_column),
		cmocka_unit_test(csv_ragged_row),
		cmocka_unit_test(csv_bad_quote),
		cmocka_unit_test(csv_not_utf8),
		cmocka_unit_test(json_array),
		cmocka_unit_test(json_wrong_shapes),
		cmocka_unit_test(json_lines),
		cmocka_unit_test(blank_input_is_no_rows),
		cmocka_unit_test(three_formats_agree),
		cmocka_unit_test(large_input),
		cmocka_unit_test(stream_agrees_with_buffer),
		cmocka_unit_test(stream_errors_name_lines),
		cmocka_unit_test(stream_read_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
