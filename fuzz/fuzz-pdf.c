/* fuzz-pdf - the whole PDF path on a document's bytes: poppler opens
 * them, each page's glyphs and ruling lines are loaded and rebuilt into
 * lines and tables, and the blocks written.  Slow per input (poppler and
 * cairo), so its corpus stays small. */
#include "fuzz.h"

#define main rw_pdf_main
#include "../extract/rw-pdf.c"
#undef main

/* kept from input to input, as rw-pdf keeps it from document to document */
static pdf_reader *reader;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	reader = pdf_reader_new();
	(void)argc;
	(void)argv;
	fuzz_quiet_stdout();
	silence_libraries();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	char path[64];
	int fd = fuzz_memfile(data, len, path);
	do_document(reader, path);
	close(fd);
	return 0;
}
