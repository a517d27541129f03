/* 'cswheels debug': dispatch to the batch parser front ends used by tests and bug reports. */
#include "cli/debug.h"

#include <stdio.h>
#include <string.h>

#include "common/buf.h"
#include "common/compat.h"

static const struct csw_debug_cmd debug_cmds[] = {
	{ "version-cmp", "A<TAB>B per line -> -1, 0, 1 or invalid", csw_debug_version_cmp },
	{ "specifier", "SPECIFIERS<TAB>VERSION per line -> true, false or invalid", csw_debug_specifier },
	{ "marker", "MARKER<TAB>EXTRA per line -> true, false or invalid", csw_debug_marker },
	{ "requirement", "PEP 508 line -> one-line JSON or invalid", csw_debug_requirement },
	{ "tags", "the target's compatible wheel tags, best first", csw_debug_tags },
};

static const char debug_usage[] =
	"usage: cswheels debug SUBCOMMAND [OPTIONS] < cases\n"
	"\n"
	"Batch access to cswheels' parsers, one case per input line and one answer per output line.\n"
	"\n"
	"Subcommands:\n"
	"  version-cmp                       A<TAB>B -> -1, 0, 1, or invalid\n"
	"  specifier [--pre]                 SPECIFIERS<TAB>VERSION -> true, false, or invalid\n"
	"  marker --python X.Y.Z --platform P\n"
	"                                    MARKER<TAB>EXTRA -> true, false, or invalid\n"
	"  requirement                       PEP 508 requirement -> one-line JSON, or invalid\n"
	"  tags --python X.Y --platform P    prints the compatible tags, best first\n";

int csw_debug_getline(FILE *in, struct csw_buf *line)
{
	int c;

	csw_buf_reset(line);
	c = getc(in);
	if (c == EOF)
		return 0;
	while (c != EOF && c != '\n') {
		if (csw_buf_addch(line, (char)c) < 0)
			return -1;
		c = getc(in);
	}
	if (line->len && line->buf[line->len - 1] == '\r')
		csw_buf_setlen(line, line->len - 1);
	return 1;
}

void csw_debug_split_tab(char *line, char **second)
{
	char *tab = strchr(line, '\t');

	*second = NULL;
	if (tab) {
		*tab = '\0';
		*second = tab + 1;
	}
}

static int run_debug(int argc, char **argv)
{
	size_t i;

	if (argc < 2)
		return csw_usage_error("debug", "'debug' needs a subcommand");
	for (i = 0; i < CSW_ARRAY_SIZE(debug_cmds); i++)
		if (strcmp(debug_cmds[i].name, argv[1]) == 0)
			return debug_cmds[i].run(argc - 1, argv + 1);
	return csw_usage_error("debug", "unknown debug subcommand '%s'", argv[1]);
}

const struct csw_command csw_cmd_debug = {
	"debug", "batch access to the parsers (versions, specifiers, markers, tags)", debug_usage, run_debug,
};
