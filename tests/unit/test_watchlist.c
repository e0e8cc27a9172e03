/* test_watchlist.c - the watch list of recwatch watch
 * (extract/rw-store/list.c): URLs, review codes, labels, comments, and
 * the lines it refuses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-store/list.c"

#include <unistd.h>

/* Reads text as a watch list with stderr captured into err. */
static char err[4096];
static struct watch_item *read_list(const char *text, size_t *n, size_t *bad)
{
	fflush(stderr);
	int saved = dup(2);
	FILE *t = tmpfile();
	assert_non_null(t);
	dup2(fileno(t), 2);
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(in);
	struct watch_item *v = store_watch_list_stream(in, "w.list", n, bad);
	fclose(in);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(t);
	size_t k = fread(err, 1, sizeof err - 1, t);
	err[k] = 0;
	fclose(t);
	return v;
}

static void assert_item(const struct watch_item *it, const char *url, const char *review,
			const char *label)
{
	assert_string_equal(it->url, url);
	if (review)
		assert_string_equal(it->review, review);
	else
		assert_null(it->review);
	if (label)
		assert_string_equal(it->label, label);
	else
		assert_null(it->label);
}

static void url_review_label(void **state)
{
	size_t n, bad;
	struct watch_item *v = read_list(
		"https://example.org/cct.html  CCT  the CCT page, July\n"
		"http://example.org/b.pdf\n"
		"HTTPS://example.org/c.html - no review, a label\n", &n, &bad);
	assert_int_equal(n, 3);
	assert_int_equal(bad, 0);
	assert_item(&v[0], "https://example.org/cct.html", "CCT", "the CCT page, July");
	assert_item(&v[1], "http://example.org/b.pdf", NULL, NULL);
	assert_item(&v[2], "HTTPS://example.org/c.html", NULL, "no review, a label");
	assert_string_equal(err, "");
	store_watch_items_free(v, n);
}

static void comments_blanks_and_fragments(void **state)
{
	size_t n, bad;
	struct watch_item *v = read_list(
		"# a comment\n"
		"\n"
		"   \t\n"
		"https://example.org/page#part  SSR2 # the rest is a comment\r\n"
		"  # an indented comment\n", &n, &bad);
	assert_int_equal(n, 1);
	assert_int_equal(bad, 0);
	assert_item(&v[0], "https://example.org/page#part", "SSR2", NULL);
	store_watch_items_free(v, n);
}

static void bad_lines_named_and_skipped(void **state)
{
	size_t n, bad;
	struct watch_item *v = read_list(
		"file:///etc/passwd\n"
		"https://example.org/a\n"
		"example.org/b CCT\n", &n, &bad);
	assert_int_equal(n, 1);
	assert_int_equal(bad, 2);
	assert_item(&v[0], "https://example.org/a", NULL, NULL);
	assert_non_null(strstr(err, "recwatch: w.list:1: not an http(s) URL: file:///etc/passwd\n"));
	assert_non_null(strstr(err, "recwatch: w.list:3: not an http(s) URL: example.org/b\n"));
	store_watch_items_free(v, n);
}

static void a_url_twice_counts_once(void **state)
{
	size_t n, bad;
	struct watch_item *v = read_list(
		"https://example.org/a CCT first\n"
		"https://example.org/a SSR2 second\n", &n, &bad);
	assert_int_equal(n, 1);
	assert_int_equal(bad, 0);
	assert_item(&v[0], "https://example.org/a", "CCT", "first");
	assert_non_null(strstr(err, "w.list:2: https://example.org/a is listed twice"));
	store_watch_items_free(v, n);
}

static void a_line_too_long_is_refused(void **state)
{
	size_t len = WATCH_LINE_MAX + 100;
	char *text = malloc(len + 32);
	assert_non_null(text);
	strcpy(text, "https://example.org/");
	memset(text + 20, 'x', len - 20);
	strcpy(text + len, "\nhttps://example.org/ok\n");
	size_t n, bad;
	struct watch_item *v = read_list(text, &n, &bad);
	assert_int_equal(n, 1);
	assert_int_equal(bad, 1);
	assert_item(&v[0], "https://example.org/ok", NULL, NULL);
	assert_non_null(strstr(err, "w.list:1: line longer than"));
	store_watch_items_free(v, n);
	free(text);
}

static void a_line_not_utf8_is_refused(void **state)
{
	size_t n, bad;
	struct watch_item *v = read_list("https://example.org/\xff\xfe CCT\nhttps://example.org/b\n",
					 &n, &bad);
	assert_int_equal(n, 1);
	assert_int_equal(bad, 1);
	assert_item(&v[0], "https://example.org/b", NULL, NULL);
	assert_non_null(strstr(err, "recwatch: w.list:1: not UTF-8 text\n"));
	store_watch_items_free(v, n);
}

static void an_empty_list_is_no_error(void **state)
{
	size_t n = 7, bad = 7;
	struct watch_item *v = read_list("", &n, &bad);
	assert_non_null(v);
	assert_int_equal(n, 0);
	assert_int_equal(bad, 0);
	store_watch_items_free(v, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(url_review_label),
		cmocka_unit_test(comments_blanks_and_fragments),
		cmocka_unit_test(bad_lines_named_and_skipped),
		cmocka_unit_test(a_url_twice_counts_once),
		cmocka_unit_test(a_line_too_long_is_refused),
		cmocka_unit_test(a_line_not_utf8_is_refused),
		cmocka_unit_test(an_empty_list_is_no_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
