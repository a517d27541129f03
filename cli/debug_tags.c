/* 'cswheels debug tags': placeholder until the parser lands (see docs/status.md). */
#include "cli/debug.h"
#include "cli/pending.h"

int csw_debug_tags(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("debug tags");
}
