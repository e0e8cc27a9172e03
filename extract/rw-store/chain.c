/* chain.c - finding and running the other filters of the chain. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

char *chain_tmpfile(const char *stem, int *fd)
{
	const char *dir = getenv("TMPDIR");
	char *path = rw_xasprintf("%s/%s.XXXXXX", dir && *dir ? dir : "/tmp", stem);
	*fd = mkostemp(path, O_CLOEXEC);
	if (*fd < 0)
		rw_die(path, "cannot make a temporary file: %s", strerror(errno));
	return path;
}

int chain_diff(const char *fmt, const char *old_csv, const char *new_csv, int out_fd)
{
	char *argv[] = {"rw-diff", "-f", (char *)fmt, "--", (char *)old_csv, (char *)new_csv, NULL};
	return rw_wait(rw_spawn(argv, -1, out_fd), "rw-diff");
}
