/* chain.c - running rw-diff over two states of the store. */
#include "store.h"

int store_run_diff(const char *fmt, const char *old_csv, const char *new_csv, int out_fd)
{
	char *argv[] = {"rw-diff", "-f", (char *)fmt, "--", (char *)old_csv, (char *)new_csv, NULL};
	return rw_wait(rw_spawn(argv, -1, out_fd), "rw-diff");
}
