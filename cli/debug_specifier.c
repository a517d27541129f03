/* 'cswheels debug specifier': placeholder until the parser lands (see docs/status.md). */
#include "cli/debug.h"
#include "cli/pending.h"

int csw_debug_specifier(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("debug specifier");
}
