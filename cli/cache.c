/* 'cswheels cache': placeholder until its engine lands (see docs/status.md). */
#include "cli/command.h"
#include "cli/pending.h"

static const char cache_usage[] =
	"usage: cswheels cache dir|list|stats|verify|gc|import|export [OPTIONS]\n\nInspects and maintains the content-addressed wheel cache.\n";

static int run_cache_pending(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("cache");
}

const struct csw_command csw_cmd_cache = {
	"cache", "inspect and maintain the shared wheel cache (dir, list, stats, verify, gc, import, export)", cache_usage, run_cache_pending,
};
