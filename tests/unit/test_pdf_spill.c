/* test_pdf_spill.c - rw-pdf's pages parked in a temporary file until the
 * document is written (spill.c): what goes out of memory comes back the
 * same, page by page in any order, and what the passes over the whole
 * document need stays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "../../extract/rw-pdf/arena.c"
#include "../../extract/rw-pdf/layout.c"
#include "../../extract/rw-pdf/spill.c"

/* A page's worth: lines of words (the k-th page's texts differ), one
 * table of 2 x 2 cells, three rulings. */
typedef struct page {
	pdf_line *l;
	size_t nl;
	pdf_table t;
	pdf_ruling *r;
	size_t nr;
} page;

/* text: kept until the line's words are copied (pdf_words_copy) */
static pdf_word word(char *text, double x, double y)
{
	return (pdf_word){.b = {y, x, y + 10, x + 6 * (double)strlen(text)},
			  .text = text, .size = 10, .bold = x > 100};
}

static page make_page(int k)
{
	page p = {.nl = 3, .nr = 3};
	p.l = rw_xcalloc(p.nl, sizeof *p.l);
	char s[64], text[3][64];
	for (size_t i = 0; i < p.nl; i++) {
		pdf_line *l = &p.l[i];
		l->nw = i + 1; /* lines of 1, 2 and 3 words */
		pdf_word w[3];
		for (size_t j = 0; j < l->nw; j++) {
			snprintf(text[j], sizeof text[j], "p%d-l%zu-w%zu", k, i, j);
			w[j] = word(text[j], 60.0 * (double)j, 20.0 * (double)i);
		}
		l->w = pdf_words_copy(w, l->nw);
		l->b = (pdf_box){20.0 * (double)i, 0, 20.0 * (double)i + 10, 200};
		l->size = 10;
		l->marked = (int)i == 1;
	}
	pdf_table_init(&p.t, 2, 2);
	p.t.page = k;
	for (int c = 0; c < 2; c++)
		for (int r = 0; r < 2; r++) {
			snprintf(s, sizeof s, "cell %d,%d of %d", r, c, k);
			pdf_table_append(&p.t, r, c, s, &(pdf_box){100.0 + r, 10.0 * c, 110.0 + r, 10.0 * c + 9}, " ", r == 0);
		}
	for (int c = 0; c <= 2; c++)
		p.t.colx[c] = 50.0 * c;
	p.t.header[0] = 1;
	p.t.span_from[3] = 2; /* the second row's right slot under a cell above */
	p.t.open_foot[1] = 1;
	p.r = rw_xcalloc(p.nr, sizeof *p.r);
	for (size_t i = 0; i < p.nr; i++)
		p.r[i] = (pdf_ruling){0, 100.0 + (double)i, 300, 100.0 + (double)i};
	return p;
}

static void free_page(page *p)
{
	pdf_lines_free(p->l, p->nl);
	pdf_table_clear(&p->t);
	free(p->r);
}

static void expect_same_lines(const pdf_line *a, const pdf_line *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(a[i].nw, b[i].nw);
		assert_memory_equal(&a[i].b, &b[i].b, sizeof a[i].b);
		assert_int_equal(a[i].marked, b[i].marked);
		for (size_t j = 0; j < a[i].nw; j++) {
			assert_string_equal(a[i].w[j].text, b[i].w[j].text);
			assert_memory_equal(&a[i].w[j].b, &b[i].w[j].b, sizeof a[i].w[j].b);
			assert_int_equal(a[i].w[j].bold, b[i].w[j].bold);
		}
	}
}

static void expect_same_page(const page *a, const page *b)
{
	expect_same_lines(a->l, b->l, a->nl);
	assert_int_equal(a->t.rows, b->t.rows);
	for (int i = 0; i < a->t.rows * a->t.cols; i++) {
		assert_string_equal(a->t.cell[i], b->t.cell[i]);
		assert_memory_equal(&a->t.cb[i], &b->t.cb[i], sizeof a->t.cb[i]);
		assert_int_equal(a->t.span_from[i], b->t.span_from[i]);
	}
	assert_memory_equal(a->t.header, b->t.header, (size_t)a->t.rows);
	assert_memory_equal(a->t.plain, b->t.plain, (size_t)a->t.rows);
	assert_memory_equal(a->t.open_foot, b->t.open_foot, (size_t)a->t.cols);
	assert_memory_equal(a->r, b->r, a->nr * sizeof *a->r);
}

static void park(pdf_spill *s, page *p, pdf_parked *at)
{
	assert_int_equal(pdf_spill_park(s, p->l, p->nl, &p->t, 1, &p->r, p->nr, at), 0);
}

static void fetch(pdf_spill *s, page *p, const pdf_parked *at)
{
	pdf_spill_fetch(s, at, p->l, p->nl, &p->t, 1, &p->r, p->nr);
}

/* Parked, a page keeps only what the document's passes read: line boxes,
 * sizes, flags and word counts; a table's box, size and column bounds. */
static void a_parked_page_keeps_its_outline_only(void **state)
{
	(void)state;
	pdf_spill *s = pdf_spill_new();
	assert_non_null(s);
	page p = make_page(1);
	pdf_parked at;
	park(s, &p, &at);
	assert_true(at.at >= 0 && at.bytes > 0);
	for (size_t i = 0; i < p.nl; i++) {
		assert_null(p.l[i].w);
		assert_int_equal(p.l[i].nw, i + 1);
		assert_true(p.l[i].size == 10);
	}
	assert_null(p.t.cell);
	assert_null(p.t.cb);
	assert_int_equal(p.t.rows, 2);
	assert_true(p.t.colx[2] == 100);
	assert_null(p.r);
	fetch(s, &p, &at);
	free_page(&p);
	pdf_spill_free(s);
}

/* Pages come back whole, in any order, as often as asked for their
 * lines. */
static void pages_come_back_as_they_went(void **state)
{
	(void)state;
	pdf_spill *s = pdf_spill_new();
	enum { PAGES = 3 };
	page p[PAGES], want[PAGES];
	pdf_parked at[PAGES];
	for (int k = 0; k < PAGES; k++) {
		p[k] = make_page(k);
		want[k] = make_page(k);
		park(s, &p[k], &at[k]);
	}
	/* a pass over the text of every page (the document's words) */
	for (int k = PAGES - 1; k >= 0; k--) {
		pdf_line *l = pdf_spill_lines(s, &at[k], want[k].nl);
		expect_same_lines(l, want[k].l, want[k].nl);
		pdf_lines_free(l, want[k].nl);
	}
	fetch(s, &p[2], &at[2]);
	fetch(s, &p[0], &at[0]);
	fetch(s, &p[1], &at[1]);
	for (int k = 0; k < PAGES; k++) {
		expect_same_page(&p[k], &want[k]);
		free_page(&p[k]);
		free_page(&want[k]);
	}
	pdf_spill_free(s);
}

/* A page not parked (at -1) is left as it is. */
static void a_page_not_parked_stays(void **state)
{
	(void)state;
	pdf_spill *s = pdf_spill_new();
	page p = make_page(7), want = make_page(7);
	fetch(s, &p, &(pdf_parked){-1, 0});
	expect_same_page(&p, &want);
	free_page(&p);
	free_page(&want);
	pdf_spill_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_parked_page_keeps_its_outline_only),
		cmocka_unit_test(pages_come_back_as_they_went),
		cmocka_unit_test(a_page_not_parked_stays),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
