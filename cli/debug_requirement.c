/* 'cswheels debug requirement': placeholder until the parser lands (see docs/status.md). */
#include "cli/debug.h"
#include "cli/pending.h"

int csw_debug_requirement(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("debug requirement");
}
