/* fuzz-rows - the snapshot reader rw_rows_read on CSV, JSON and JSON
 * Lines bytes, asking for the record columns (the first byte picks how
 * many, so that missing and extra columns both occur). */
#include "fuzz.h"

#include "rwlib.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	if (len < 1)
		return 0;
	size_t ncols = 1 + data[0] % RW_RC__COUNT;
	rw_rows rows = {0};
	if (rw_rows_read((const char *)data + 1, len - 1, "fuzz", rw_record_cols, ncols,
			 &rows) == 0) {
		/* every cell must be readable and NUL-terminated */
		size_t total = 0;
		for (size_t r = 0; r < rows.n; r++)
			for (size_t c = 0; c < rows.ncols; c++)
				total += strlen(rw_rows_get(&rows, r, c));
		(void)total;
	}
	rw_rows_free(&rows);
	return 0;
}
