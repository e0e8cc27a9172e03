/* fuzz-rules - the rules-file loader on arbitrary text (through a file,
 * as a user gives it), then every section of a loaded rule set matched
 * against a fixed sentence, so that patterns the fuzzer writes also run. */
#include "fuzz.h"

#include "rwlib.h"

static const char probe[] =
	"On 1 May 2022 the Board approved Recommendations 5.4 and 19.1-19.3 "
	"(SSR2); status: In progress, P1, as of 30 June 2022. aaaaaaaaaaaaaaaaaaaaaaaaaaaaab";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	char path[64];
	int fd = fuzz_memfile(data, len, path);
	rw_rules *r = rw_rules_load(path);
	close(fd);
	if (!r)
		return 0;
	rw_hit h;
	char iso[11];
	for (int s = 0; s < RW_R__COUNT; s++) {
		rw_rules_search(r, (enum rw_rsec)s, NULL, probe, sizeof probe - 1, 0, &h);
		rw_rules_classify(r, (enum rw_rsec)s, probe);
	}
	rw_rules_date(r, probe, sizeof probe - 1, 0, iso, NULL, NULL);
	rw_rules_free(r);
	return 0;
}
