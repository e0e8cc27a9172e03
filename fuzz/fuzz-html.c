/* fuzz-html - one document's bytes through rw-html: sniffing, charset
 * decoding, libxml2's HTML parser with rw-html's options, the walk and
 * the table grid. */
#include "fuzz.h"

#define main rw_html_main
#include "../extract/rw-html.c"
#undef main

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet_stdout();
	LIBXML_TEST_VERSION
	xmlSetStructuredErrorFunc(NULL, on_xml_error);
	xmlSetGenericErrorFunc(NULL, on_generic_error);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	char path[64];
	int fd = fuzz_memfile(data, len, path);
	read_document(path);
	close(fd);
	return 0;
}
