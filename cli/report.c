/* Error and usage reporting: the only place that turns error codes into text and exit statuses. */
#include "cli/command.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>

#include "common/err.h"

int csw_exit_for(int code)
{
	switch (code) {
	case CSW_OK:
		return CSW_EXIT_OK;
	case CSW_E_UNSAT:
	case CSW_E_CHECK:
		return CSW_EXIT_NO;
	case CSW_E_USAGE:
	case CSW_E_PARSE:
	case CSW_E_INPUT:
	case CSW_E_TOOBIG:
		return CSW_EXIT_USAGE;
	case CSW_E_HTTP:
	case CSW_E_NOTFOUND:
	case CSW_E_AUTH:
	case CSW_E_DIGEST:
	case CSW_E_OFFLINE:
		return CSW_EXIT_NETWORK;
	case CSW_E_CACHE:
	case CSW_E_IO:
	case CSW_E_CORRUPT:
		return CSW_EXIT_CACHE;
	default:
		return CSW_EXIT_CACHE;
	}
}

int csw_report_error(const struct csw_err *err)
{
	const char *hint = err->hint ? err->hint : csw_err_default_hint(err->code);

	fprintf(stderr, "cswheels: error: %s\n", err->msg[0] ? err->msg : "unknown failure");
	if (err->where[0])
		fprintf(stderr, "  at %s\n", err->where);
	if (hint)
		fprintf(stderr, "  hint: %s\n", hint);
	return csw_exit_for(err->code);
}

int csw_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("cswheels: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (cmd)
		fprintf(stderr, "  hint: run 'cswheels %s --help' for its options\n", cmd);
	else
		fputs("  hint: run 'cswheels --help' for the commands\n", stderr);
	return CSW_EXIT_USAGE;
}

int csw_bad_option(const char *cmd, int argc, char **argv, int opt_result)
{
	const char *word = (optind > 0 && optind <= argc) ? argv[optind - 1] : "?";

	if (opt_result == ':')
		return csw_usage_error(cmd, "option '%s' needs a value", word);
	if (optopt && word[0] == '-' && word[1] != '-')
		return csw_usage_error(cmd, "unknown option '-%c' for '%s'", optopt, cmd);
	return csw_usage_error(cmd, "unknown option '%s' for '%s'", word, cmd);
}

void csw_print_usage(FILE *out, const struct csw_command *cmd)
{
	fprintf(out, "%s", cmd->usage);
}
