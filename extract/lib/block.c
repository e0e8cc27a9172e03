/* block.c - the block stream: one JSON object a line (schema/blocks.md). */
#include "recwatch.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[RW_BLK__COUNT] = {
	[RW_BLK_DOCUMENT] = "document", [RW_BLK_TITLE] = "title",
	[RW_BLK_HEADING] = "heading",   [RW_BLK_PARAGRAPH] = "paragraph",
	[RW_BLK_ITEM] = "item",         [RW_BLK_TABLE] = "table",
	[RW_BLK_CAPTION] = "caption",   [RW_BLK_CELL] = "cell",
};

const char *rw_block_kind_name(enum rw_block_kind k)
{
	return k < RW_BLK__COUNT ? kind_names[k] : "?";
}

static int kind_parse(const char *s)
{
	for (int k = 0; k < RW_BLK__COUNT; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	return -1;
}

static void set_str(json_t *o, const char *key, const char *v)
{
	if (v)
		json_object_set_new(o, key, json_string(v));
}

static void set_int(json_t *o, const char *key, int v, int keep)
{
	if (keep)
		json_object_set_new(o, key, json_integer(v));
}

int rw_block_write(FILE *out, const rw_block *b)
{
	json_t *o = json_object();
	int cell = b->kind == RW_BLK_CELL, table = b->kind == RW_BLK_TABLE;
	json_object_set_new(o, "kind", json_string(rw_block_kind_name(b->kind)));
	set_str(o, "source", b->source);
	set_str(o, "format", b->format);
	set_str(o, "text", b->text);
	set_str(o, "locator", b->locator);
	set_int(o, "level", b->level, b->level != 0);
	set_int(o, "table", b->table, cell || table || b->kind == RW_BLK_CAPTION);
	set_int(o, "row", b->row, cell);
	set_int(o, "col", b->col, cell);
	set_int(o, "rows", b->rows, table);
	set_int(o, "cols", b->cols, table);
	if (b->header)
		json_object_set_new(o, "header", json_true());
	if (b->span)
		json_object_set_new(o, "span", json_true());
	set_int(o, "page", b->page, b->page != 0);
	if (b->has_bbox)
		json_object_set_new(o, "bbox", json_pack("[ffff]", b->bbox[0], b->bbox[1],
							  b->bbox[2], b->bbox[3]));
	/* Invalid UTF-8 from a reader would make jansson refuse the string;
	 * readers convert to UTF-8 first, so a failure here is a bug. */
	int r = json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (r != 0 || fputc('\n', out) == EOF)
		return -1;
	return 0;
}

static char *get_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? rw_xstrdup(json_string_value(v)) : NULL;
}

static int get_int(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_integer(v) ? (int)json_integer_value(v) : 0;
}

void rw_block_clear(rw_block *b)
{
	free(b->source);
	free(b->format);
	free(b->text);
	free(b->locator);
	memset(b, 0, sizeof *b);
}

int rw_block_read(FILE *in, const char *name, rw_block *b, long *lineno)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	rw_block_clear(b);
	while ((n = getline(&line, &cap, in)) > 0) {
		(*lineno)++;
		if (rw_is_blank(line))
			continue;
		json_error_t err;
		json_t *o = json_loadb(line, (size_t)n, 0, &err);
		json_t *k = json_object_get(o, "kind");
		int kind = json_is_string(k) ? kind_parse(json_string_value(k)) : -1;
		if (!json_is_object(o) || kind < 0) {
			rw_warn(name, "line %ld: not a block (%s)", *lineno,
				o ? "no known \"kind\"" : err.text);
			json_decref(o);
			free(line);
			return -1;
		}
		b->kind = (enum rw_block_kind)kind;
		b->source = get_str(o, "source");
		b->format = get_str(o, "format");
		b->text = get_str(o, "text");
		b->locator = get_str(o, "locator");
		b->level = get_int(o, "level");
		b->table = get_int(o, "table");
		b->row = get_int(o, "row");
		b->col = get_int(o, "col");
		b->rows = get_int(o, "rows");
		b->cols = get_int(o, "cols");
		b->header = json_is_true(json_object_get(o, "header"));
		b->span = json_is_true(json_object_get(o, "span"));
		b->page = get_int(o, "page");
		json_t *bb = json_object_get(o, "bbox");
		if (json_is_array(bb) && json_array_size(bb) == 4) {
			b->has_bbox = 1;
			for (int i = 0; i < 4; i++)
				b->bbox[i] = json_number_value(json_array_get(bb, (size_t)i));
		}
		json_decref(o);
		free(line);
		return 1;
	}
	free(line);
	return 0;
}
