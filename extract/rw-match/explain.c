/* explain.c - the --explain account: why each table, row and sentence was
 * or was not read, in lines a person reads.  Nothing is written when the
 * option is off. */
#include "match.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void explain(struct matcher *m, const char *fmt, ...)
{
	if (!m->explain)
		return;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(m->explain, fmt, ap);
	va_end(ap);
	fputc('\n', m->explain);
}

const char *explain_rule(enum rw_rsec sec, const rw_hit *h, char *buf, size_t size)
{
	snprintf(buf, size, "[%s] %s, line %d", rw_rsec_name(sec), h->key ? h->key : "?", h->line);
	return buf;
}

const char *explain_clip(const char *s, char *buf, size_t size)
{
	size_t n = strlen(s);
	if (n < size)
		return s;
	n = size - 4; /* room for "..." and the NUL */
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--; /* never cut a UTF-8 character */
	memcpy(buf, s, n);
	memcpy(buf + n, "...", 4);
	return buf;
}
