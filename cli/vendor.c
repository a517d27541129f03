/* 'cswheels vendor': placeholder until its engine lands (see docs/status.md). */
#include "cli/command.h"
#include "cli/pending.h"

static const char vendor_usage[] =
	"usage: cswheels vendor ROLE_DIR... [--lock FILE] [--cache-dir DIR]\n\nCopies the locked wheels into ROLE/wheelhouse and writes the deploy requirements.txt.\n";

static int run_vendor_pending(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("vendor");
}

const struct csw_command csw_cmd_vendor = {
	"vendor", "put exactly the locked wheels into each role's wheelhouse", vendor_usage, run_vendor_pending,
};
