/* cswheels entry point: global flags, help, and dispatch to one file per subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli/command.h"
#include "common/compat.h"

static const struct csw_command *const commands[] = {
	&csw_cmd_lock, &csw_cmd_fetch, &csw_cmd_vendor, &csw_cmd_check, &csw_cmd_cache, &csw_cmd_debug,
};

static const char main_usage_head[] =
	"usage: cswheels [--version] [--help] COMMAND [ARGS]\n"
	"\n"
	"Offline wheel cache and resolver for shipping Python to Windows hosts that have no compiler.\n"
	"\n"
	"Commands:\n";

static const char main_usage_tail[] =
	"\n"
	"Run 'cswheels help COMMAND' or 'cswheels COMMAND --help' for a command's options.\n"
	"Exit status: 0 ok, 1 the answer is no (unresolvable, check failed), 2 usage or input error,\n"
	"3 network or index error, 4 cache or filesystem error.\n";

static void print_main_usage(FILE *out)
{
	size_t i;

	fputs(main_usage_head, out);
	for (i = 0; i < CSW_ARRAY_SIZE(commands); i++)
		fprintf(out, "  %-8s %s\n", commands[i]->name, commands[i]->summary);
	fputs(main_usage_tail, out);
}

static const struct csw_command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < CSW_ARRAY_SIZE(commands); i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

static int unknown_command(const char *name)
{
	fprintf(stderr, "cswheels: error: unknown command '%s'\n", name);
	fputs("  hint: the commands are lock, fetch, vendor, check, cache and debug; "
	      "see 'cswheels --help'\n", stderr);
	return CSW_EXIT_USAGE;
}

static int run_help(int argc, char **argv)
{
	const struct csw_command *cmd;

	if (argc < 2) {
		print_main_usage(stdout);
		return CSW_EXIT_OK;
	}
	cmd = find_command(argv[1]);
	if (!cmd)
		return unknown_command(argv[1]);
	csw_print_usage(stdout, cmd);
	return CSW_EXIT_OK;
}

static int wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const struct csw_command *cmd;

	if (argc < 2) {
		print_main_usage(stderr);
		return CSW_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("cswheels %s\n", CSW_VERSION);
		return CSW_EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return run_help(1, argv);
	if (strcmp(argv[1], "help") == 0)
		return run_help(argc - 1, argv + 1);
	if (argv[1][0] == '-') {
		fprintf(stderr, "cswheels: error: unknown option '%s'\n", argv[1]);
		fputs("  hint: options go after the command, e.g. 'cswheels lock --python 3.8'; "
		      "see 'cswheels --help'\n", stderr);
		return CSW_EXIT_USAGE;
	}
	cmd = find_command(argv[1]);
	if (!cmd)
		return unknown_command(argv[1]);
	if (wants_help(argc - 1, argv + 1)) {
		csw_print_usage(stdout, cmd);
		return CSW_EXIT_OK;
	}
	return cmd->run(argc - 1, argv + 1);
}
