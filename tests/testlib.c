/* TAP output for the C unit tests; meson runs each test binary with protocol 'tap'. */
#include "testlib.h"

#include <stdarg.h>

int tap_failed_checks;
static int tests_run, tests_failed;

void tap_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_failed_checks++;
	fprintf(stdout, "# %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
}

void tap_run(const char *name, void (*fn)(void))
{
	tap_failed_checks = 0;
	fn();
	tests_run++;
	if (tap_failed_checks) {
		tests_failed++;
		printf("not ok %d - %s\n", tests_run, name);
	} else {
		printf("ok %d - %s\n", tests_run, name);
	}
	fflush(stdout);
}

int tap_done(void)
{
	printf("1..%d\n", tests_run);
	return tests_failed ? 1 : 0;
}
