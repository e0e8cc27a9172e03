/* urls.h - documents given to extract, diff and tables as http(s) URLs. */
#ifndef RW_URLS_H
#define RW_URLS_H

#include "rwlib.h"

/* Fetches every http(s) URL among argv[first..argc) with one rw-fetch
 * (it says on stderr why one fails) and puts the path of its body in its
 * place; the files go when the program exits.  Returns the number of
 * URLs that could not be fetched. */
int urls_fetch_args(int argc, char **argv, int first);
/* The URL a fetched file came from, or NULL for any other document. */
const char *urls_source(const char *path);
/* True when path is a URL that could not be fetched (already said). */
int urls_failed(const char *path);
/* Runs the reader argv (one fetched document) with its blocks relayed
 * to out with the URL as their source; returns the reader's status. */
int urls_read(char *const *argv, int in, int out, const char *reader, const char *url);

#endif
