/* 'cswheels check': placeholder until its engine lands (see docs/status.md). */
#include "cli/command.h"
#include "cli/pending.h"

static const char check_usage[] =
	"usage: cswheels check [PROJECT_OR_ROLE_DIR...] [--json]\n\nFails (exit 1) naming every finding: source-only dependencies, wheelhouse/lock mismatch, missing role files.\n";

static int run_check_pending(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("check");
}

const struct csw_command csw_cmd_check = {
	"check", "pre-publish gate: source-only deps, wheelhouse vs lock, role layout", check_usage, run_check_pending,
};
