/* test_html_stream.c - rw-html reads a page as it is parsed: the tree
 * never holds more than the open elements, the block being read and
 * what a table cannot read before it ends, whatever the page's length.
 * libxml2's node callbacks count the nodes alive. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../extract/rw-html/charset.c"
#include "../../extract/rw-html/stream.c"
#include "../../extract/rw-html/table.c"
#include "../../extract/rw-html/walk.c"

#include <libxml/globals.h>

static long alive, most;

static void on_new(xmlNode *n)
{
	(void)n;
	if (++alive > most)
		most = alive;
}

static void on_free(xmlNode *n)
{
	(void)n;
	alive--;
}

/* Reads a page of n copies of part between head and tail; returns the
 * most nodes alive at once, the blocks written in *lines. */
static long read_page(const char *head, const char *part, int n, const char *tail,
		      int *lines)
{
	rw_buf page = {0};
	rw_buf_adds(&page, head);
	for (int i = 0; i < n; i++)
		rw_buf_adds(&page, part);
	rw_buf_adds(&page, tail);
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	assert_non_null(f);
	html_decoder d;
	html_decoder_open(&d, "page.html", page.s, page.len);
	alive = most = 0;
	assert_int_equal(html_read("page.html", &d, f, NULL, NULL), 0);
	html_decoder_close(&d);
	fclose(f);
	*lines = 0;
	for (char *p = out; (p = strchr(p, '\n')); p++)
		++*lines;
	free(out);
	rw_buf_free(&page);
	return most;
}

/* The nodes of a page open around its content (html, body, a table's
 * table and tbody, a row, a cell, text) and a little more: far fewer
 * than any page below has. */
#define FEW_NODES 40

static void table_rows_freed_as_they_end(void **state)
{
	(void)state;
	for (int rows = 100; rows <= 3000; rows *= 30) {
		int lines;
		assert_true(read_page("<html><body><table><tr><th>Rec #</th><th>Status</th></tr>\n",
				      "<tr><td><p>1.1</p></td><td>In <b>progress</b></td></tr>\n",
				      rows, "</table></body></html>", &lines) < FEW_NODES);
		/* document, table, two cells a row and the header's */
		assert_int_equal(lines, 2 + 2 * (rows + 1));
	}
}

static void paragraphs_freed_as_they_end(void **state)
{
	(void)state;
	int lines;
	assert_true(read_page("<html><head><title>T</title></head><body><div>",
			      "<p>A paragraph <i>of</i> text.</p>bare words<ul><li>item</li></ul>\n",
			      3000, "</div></body></html>", &lines) < FEW_NODES);
	/* document, title, and a paragraph, bare text and an item each */
	assert_int_equal(lines, 2 + 3 * 3000);
}

/* A row holding a table is freed as it ends too: the table nested in
 * it is written after its cell then. */
static void rows_with_tables_freed(void **state)
{
	(void)state;
	int lines;
	assert_true(read_page("<html><body><table>",
			      "<tr><td>1.1</td><td><table><tr><td>in</td></tr></table></td></tr>",
			      300, "</table></body></html>", &lines) < FEW_NODES);
	/* document, the outer table and its 600 cells, 300 tables of one cell */
	assert_int_equal(lines, 1 + 1 + 600 + 300 * 2);
}

/* Where the parser was in the page when a table's first row was written. */
struct first_row {
	FILE *out;
	char **text;
	const char *page;
	long at; /* bytes of the page read by then; -1: not written yet */
};

static void note_first_row(void *arg, const char *upto)
{
	struct first_row *fr = arg;
	fflush(fr->out);
	if (fr->at < 0 && *fr->text && strstr(*fr->text, "\"table[1]/tr[1]/td[1]\""))
		fr->at = upto - fr->page;
}

/* A table met as the page comes is written as it is read: its first
 * row is out while the parser is still in the first part of the table,
 * so the stage after rw-html works while it reads. */
static void rows_written_as_they_end(void **state)
{
	(void)state;
	rw_buf page = {0};
	rw_buf_adds(&page, "<html><body><table><tr><th>Rec #</th><th>Status</th></tr>\n");
	for (int i = 0; i < 3000; i++)
		rw_buf_addf(&page, "<tr><td>%d.1</td><td>In progress</td></tr>\n", i);
	rw_buf_adds(&page, "</table><p>after</p></body></html>");
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	assert_non_null(f);
	struct first_row fr = {.out = f, .text = &out, .page = page.s, .at = -1};
	html_decoder d;
	html_decoder_open(&d, "page.html", page.s, page.len);
	assert_int_equal(html_read("page.html", &d, f, note_first_row, &fr), 0);
	html_decoder_close(&d);
	fclose(f);
	assert_true(fr.at >= 0 && fr.at < (long)page.len / 4);
	/* and the table block carries no size: the cells tell it */
	assert_null(strstr(out, "\"rows\""));
	free(out);
	rw_buf_free(&page);
}

int main(void)
{
	xmlRegisterNodeDefault(on_new);
	xmlDeregisterNodeDefault(on_free);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_rows_freed_as_they_end),
		cmocka_unit_test(paragraphs_freed_as_they_end),
		cmocka_unit_test(rows_with_tables_freed),
		cmocka_unit_test(rows_written_as_they_end),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
