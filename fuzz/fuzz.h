/* fuzz.h - what every recwatch fuzz harness shares.
 *
 * A harness is a libFuzzer target (LLVMFuzzerTestOneInput) over one
 * stage of the chain.  Filters whose entry points are static are reached
 * by including their .c file with main renamed, so that the harness runs
 * exactly the code the program runs. */
#ifndef RW_FUZZ_H
#define RW_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Output goes nowhere: the harness looks for crashes, leaks and UB,
 * not at what is written. */
static inline void fuzz_quiet_stdout(void)
{
	if (!freopen("/dev/null", "w", stdout))
		abort();
}

/* A file holding data, in memory, with a path the code under test can
 * open ("/proc/self/fd/N").  Returns the fd (close it when done). */
static inline int fuzz_memfile(const uint8_t *data, size_t len, char path[64])
{
	int fd = memfd_create("fuzz", 0);
	if (fd < 0)
		abort();
	for (size_t off = 0; off < len;) {
		ssize_t w = write(fd, data + off, len - off);
		if (w <= 0)
			abort();
		off += (size_t)w;
	}
	snprintf(path, 64, "/proc/self/fd/%d", fd);
	return fd;
}

/* A NUL-terminated copy of the input. */
static inline char *fuzz_cstr(const uint8_t *data, size_t len)
{
	char *s = malloc(len + 1);
	if (!s)
		abort();
	memcpy(s, data, len);
	s[len] = 0;
	return s;
}

#endif
