/* The subcommand table entry every cli/<cmd>.c exports, and the helpers they share. */
#ifndef CSW_CLI_COMMAND_H
#define CSW_CLI_COMMAND_H

#include <stdio.h>

struct csw_err;

/* run() receives argv[0] == the subcommand name and returns the process exit status. */
typedef int (*csw_command_fn)(int argc, char **argv);

struct csw_command {
	const char *name;
	const char *summary; /* one line for 'cswheels --help' */
	const char *usage;   /* full text for 'cswheels help NAME' */
	csw_command_fn run;
};

/* Exit statuses (docs/exit-codes.md). */
enum csw_exit {
	CSW_EXIT_OK = 0,
	CSW_EXIT_NO = 1,      /* the job's answer is "no": unresolvable, check failed */
	CSW_EXIT_USAGE = 2,   /* usage or input error */
	CSW_EXIT_NETWORK = 3, /* network or index error */
	CSW_EXIT_CACHE = 4,   /* cache or filesystem error */
};

extern const struct csw_command csw_cmd_lock;
extern const struct csw_command csw_cmd_fetch;
extern const struct csw_command csw_cmd_vendor;
extern const struct csw_command csw_cmd_check;
extern const struct csw_command csw_cmd_cache;
extern const struct csw_command csw_cmd_debug;

/* Maps an enum csw_code to the exit status. */
int csw_exit_for(int code);

/* Prints "cswheels: error: <msg>", "  at <where>", "  hint: <hint>" to stderr and returns the
 * exit status for err->code. */
int csw_report_error(const struct csw_err *err);

/* Prints a usage error naming the command and the bad word, a hint, and returns 2. */
int csw_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Handles getopt_long's '?' and ':' results uniformly: names the option, returns 2. */
int csw_bad_option(const char *cmd, int argc, char **argv, int opt_result);

/* Prints the command's usage to out. */
void csw_print_usage(FILE *out, const struct csw_command *cmd);

#endif
