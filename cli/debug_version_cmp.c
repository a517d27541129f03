/* 'cswheels debug version-cmp': placeholder until the parser lands (see docs/status.md). */
#include "cli/debug.h"
#include "cli/pending.h"

int csw_debug_version_cmp(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("debug version-cmp");
}
