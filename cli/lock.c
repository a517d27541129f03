/* 'cswheels lock': placeholder until its engine lands (see docs/status.md). */
#include "cli/command.h"
#include "cli/pending.h"

static const char lock_usage[] =
	"usage: cswheels lock [-r FILE]... [-c FILE]... [-o FILE] --python X.Y[.Z] [--platform win_amd64|win32|win_arm64]\n              [--index-url URL] [--extra-index-url URL]... [--find-links DIR]... [--pre] [--offline]\n              [--cache-dir DIR] [--json] [-q|-v]\n\nResolves the whole dependency closure for the target and writes a pinned lock with sha256 hashes.\n";

static int run_lock_pending(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return csw_pending("lock");
}

const struct csw_command csw_cmd_lock = {
	"lock", "resolve requirements for a Windows target and write a hash-pinned lock", lock_usage, run_lock_pending,
};
