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

char *chain_filter_path(const char *name)
{
	static char dir[PATH_MAX];
	if (!dir[0]) {
		ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
		char *slash = n > 0 ? (dir[n] = 0, strrchr(dir, '/')) : NULL;
		if (slash)
			*slash = 0;
		else
			strcpy(dir, ".");
	}
	char *p = rw_xasprintf("%s/%s", dir, name);
	if (access(p, X_OK) == 0)
		return p;
	free(p);
	return rw_xstrdup(name);
}

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
	char *path = chain_filter_path("rw-diff");
	char *argv[] = {"rw-diff", "-f", (char *)fmt, "--", (char *)old_csv, (char *)new_csv, NULL};
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (out_fd >= 0)
		posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	fflush(stdout); /* what we printed comes first */
	pid_t pid;
	int err = posix_spawnp(&pid, path, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err) {
		rw_warn(NULL, "cannot run %s: %s", path, strerror(err));
		free(path);
		return RW_DIFF_TROUBLE;
	}
	free(path);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return RW_DIFF_TROUBLE;
	return WIFEXITED(st) ? WEXITSTATUS(st) : RW_DIFF_TROUBLE;
}
