/* 'cswheels fetch': placeholder until its engine lands (see docs/status.md). */
#include "cli/command.h"
#include "cli/pending.h"

static const char fetch_usage[] =
	"usage: cswheels fetch [-r requirements.lock] [--cache-dir DIR] [--offline] [-q]\n\nDownloads every locked wheel into the shared cache, verifying each sha256.\n";

static int run_fetch_pending(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("fetch");
}

const struct csw_command csw_cmd_fetch = {
	"fetch", "download every locked wheel into the cache, verifying sha256", fetch_usage, run_fetch_pending,
};
