/* 'cswheels debug' subcommands: batch access to the parsers, one case per stdin line. */
#ifndef CSW_CLI_DEBUG_H
#define CSW_CLI_DEBUG_H

#include <stdio.h>

#include "cli/command.h"

struct csw_buf;

struct csw_debug_cmd {
	const char *name;
	const char *summary;
	csw_command_fn run; /* argv[0] is the debug subcommand name */
};

/* Reads one line from in into line (without the trailing \n or \r\n).
 * Returns 1 when a line was read, 0 at end of input. Lines longer than line->max are an error (-1). */
int csw_debug_getline(FILE *in, struct csw_buf *line);

/* Splits line at its first TAB: on return *second points after the TAB (or is NULL when there was
 * none) and the TAB is replaced by NUL. */
void csw_debug_split_tab(char *line, char **second);

/* Each debug subcommand lives in cli/debug_<name>.c. */
int csw_debug_version_cmp(int argc, char **argv);
int csw_debug_specifier(int argc, char **argv);
int csw_debug_marker(int argc, char **argv);
int csw_debug_requirement(int argc, char **argv);
int csw_debug_tags(int argc, char **argv);

#endif
