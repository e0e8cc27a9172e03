/* fuzz-diff - rw-diff on two snapshots made from the input: the bytes
 * before the first line "----" are OLD, those after it NEW.  Runs the
 * reader, the key index, the change finder and every output format. */
#include "fuzz.h"

#define main rw_diff_main
#include "../extract/rw-diff.c"
#undef main

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet_stdout();
	return 0;
}

static const uint8_t *split(const uint8_t *data, size_t len, size_t *oldlen)
{
	static const char sep[] = "\n----\n";
	const uint8_t *p = memmem(data, len, sep, sizeof sep - 1);
	if (!p) {
		*oldlen = len;
		return data + len;
	}
	*oldlen = (size_t)(p - data) + 1;
	return p + sizeof sep - 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	size_t oldlen;
	const uint8_t *newp = split(data, len, &oldlen);
	char oldpath[64], newpath[64];
	int ofd = fuzz_memfile(data, oldlen, oldpath);
	int nfd = fuzz_memfile(newp, len - (size_t)(newp - data), newpath);
	int want[] = {RW_RC_BOARD_ACTION, RW_RC_BOARD_ACTION_DATE, RW_RC_STATUS,
		      RW_RC_PRIORITY, RW_RC_DESCRIPTION, RW_RC_UPDATE};
	struct snapshot old, new;
	int bad = snapshot_load(&old, oldpath, want, 6) < 0;
	bad |= snapshot_load(&new, newpath, want, 6) < 0;
	if (!bad) {
		struct changes c;
		changes_find(&old, &new, fields, nfields, NULL, &c);
		/* the format follows the input's length, so all are reached */
		format = (enum rw_format)(len % 4);
		write_changes(&c);
		changes_free(&c);
	}
	snapshot_free(&old);
	snapshot_free(&new);
	close(ofd);
	close(nfd);
	return 0;
}
