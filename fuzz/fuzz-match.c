/* fuzz-match - block stream bytes through rw-match's match_stream with
 * the shipped rules file: block parsing, document buffering, tables,
 * decision sentences, id lists, values given for lists, dates, near
 * misses, the --explain account. */
#include "fuzz.h"

#define main rw_match_main
#include "../extract/rw-match.c"
#undef main

static struct matcher m;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet_stdout();
	const char *rules = getenv("RECWATCH_RULES");
	m.rules = rw_rules_load(rules ? rules : "rules/recwatch.rules");
	if (!m.rules)
		abort();
	m.out = facts_writer(stdout);
	/* rejects are written too, so that their path is exercised */
	FILE *rej = fopen("/dev/null", "w");
	if (!rej)
		abort();
	m.rejects = rejects_writer(rej);
	/* and the --explain account, for its paths */
	m.explain = fopen("/dev/null", "w");
	if (!m.explain)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	/* fmemopen cannot open 0 bytes */
	FILE *in = len ? fmemopen((void *)data, len, "r") : fopen("/dev/null", "r");
	if (!in)
		abort();
	match_stream(in, "fuzz", &m);
	fclose(in);
	return 0;
}
