/* Minimal TAP unit-test helpers: each CHECK prints file:line, the expression and both values. */
#ifndef CSW_TESTS_TESTLIB_H
#define CSW_TESTS_TESTLIB_H

#include <stdio.h>
#include <string.h>

/* One TAP test point per test function; a function fails if any CHECK in it fails.
 * Usage:
 *   static void test_parse(void) { CHECK_INT_EQ(f(1), 2); }
 *   int main(void) { RUN(test_parse); return tap_done(); }
 */
extern int tap_failed_checks; /* checks failed in the current test function */

void tap_run(const char *name, void (*fn)(void));
int tap_done(void); /* prints the plan, returns the process exit status */
void tap_fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

#define RUN(fn) tap_run(#fn, fn)

#define CHECK(expr)                                                            \
	do {                                                                   \
		if (!(expr))                                                   \
			tap_fail(__FILE__, __LINE__, "CHECK(%s) failed", #expr); \
	} while (0)

#define CHECK_INT_EQ(a, b)                                                     \
	do {                                                                   \
		long long va_ = (long long)(a), vb_ = (long long)(b);          \
		if (va_ != vb_)                                                \
			tap_fail(__FILE__, __LINE__, "%s == %s: got %lld, expected %lld", #a, #b, va_, vb_); \
	} while (0)

#define CHECK_STR_EQ(a, b)                                                     \
	do {                                                                   \
		const char *sa_ = (a), *sb_ = (b);                             \
		if (!sa_ || !sb_ || strcmp(sa_, sb_) != 0)                     \
			tap_fail(__FILE__, __LINE__, "%s == %s: got '%s', expected '%s'", #a, #b, \
				 sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)");       \
	} while (0)

#endif
