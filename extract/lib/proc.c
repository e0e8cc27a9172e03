/* proc.c - running the other filters of the chain. */
#include "rwlib.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

char *rw_filter_path(const char *name)
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

pid_t rw_spawn(char *const *argv, int in, int out)
{
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (in >= 0)
		posix_spawn_file_actions_adddup2(&fa, in, 0);
	if (out >= 0)
		posix_spawn_file_actions_adddup2(&fa, out, 1);
	char *path = rw_filter_path(argv[0]);
	pid_t pid;
	fflush(stdout); /* what this process printed comes first */
	int err = posix_spawnp(&pid, path, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err)
		rw_die(NULL, "cannot run %s: %s", path, strerror(err));
	free(path);
	return pid;
}

int rw_wait(pid_t pid, const char *name)
{
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return RW_EXIT_TROUBLE;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	/* SIGPIPE: the filter it wrote to stopped early and has said why. */
	if (WTERMSIG(st) != SIGPIPE)
		rw_warn(NULL, "%s was killed by signal %d", name, WTERMSIG(st));
	return RW_EXIT_TROUBLE;
}
