/* usage.c - what a program says on a usage error: the synopsis from
 * its usage text, not the whole help, and where the rest is. */
#include "rwlib.h"

#include <stdlib.h>
#include <string.h>

/* The program name: the word after "usage: ". */
static size_t prog_name(const char *usage, const char **name)
{
	const char *p = strncmp(usage, "usage: ", 7) ? usage : usage + 7;
	*name = p;
	return strcspn(p, " \n");
}

void rw_set_program_from_usage(const char *usage)
{
	const char *name;
	size_t n = prog_name(usage, &name);
	char *s = rw_xstrndup(name, n);
	rw_set_program(s);
	free(s);
}

/* Text of a line after its indentation, or after "usage: ". */
static const char *content(const char *line)
{
	if (!strncmp(line, "usage: ", 7))
		line += 7;
	return line + strspn(line, " \t");
}

/* A synopsis line of PROG (CMD when not NULL): "PROG CMD ..." */
static int starts_entry(const char *line, const char *prog, size_t plen, const char *cmd)
{
	const char *c = content(line);
	if (strncmp(c, prog, plen) || (c[plen] != ' ' && c[plen] != '\n' && c[plen]))
		return 0;
	if (!cmd)
		return 1;
	c += plen + strspn(c + plen, " ");
	size_t n = strlen(cmd);
	return !strncmp(c, cmd, n) && (c[n] == ' ' || c[n] == '\n' || !c[n]);
}

static void put_line(const char *line, int first)
{
	size_t n = strcspn(line, "\n");
	if (first)
		fprintf(stderr, "usage: %.*s\n", (int)(n - (size_t)(content(line) - line)), content(line));
	else
		fprintf(stderr, "%.*s\n", (int)n, line);
}

int rw_usage_error(const char *usage, const char *cmd)
{
	const char *prog;
	size_t plen = prog_name(usage, &prog);
	int in_entry = 0, printed = 0;
	for (const char *line = usage; *line;) {
		const char *c = content(line);
		if (starts_entry(line, prog, plen, cmd) && (line == usage || *line == ' ')) {
			put_line(line, !printed);
			in_entry = 1;
			printed = 1;
		} else if (in_entry && *line == ' ' && *c == '[') {
			put_line(line, 0); /* the entry goes on */
		} else {
			in_entry = 0;
		}
		const char *nl = strchr(line, '\n');
		if (!nl)
			break;
		line = nl + 1;
	}
	fprintf(stderr, "Try '%.*s --help' for more information.\n", (int)plen, prog);
	return RW_EXIT_TROUBLE;
}
