/* Placeholder error for commands that are listed but whose engine has not landed. */
#include "cli/pending.h"

#include <stdio.h>

#include "cli/command.h"

int csw_pending(const char *what)
{
	fprintf(stderr, "cswheels: error: '%s' is not implemented in this build yet\n", what);
	fputs("  hint: see docs/status.md for what works today\n", stderr);
	return CSW_EXIT_USAGE;
}
