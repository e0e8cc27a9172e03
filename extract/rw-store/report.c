/* report.c - placeholder */
#include "store.h"
int cmd_report(int argc, char **argv) { return RW_EXIT_TROUBLE; }
