/* Borrowed string slices (pointer + length) and the small helpers every parser uses. */
#ifndef CSW_COMMON_STR_H
#define CSW_COMMON_STR_H

#include <stdbool.h>
#include <stddef.h>

/* A slice never owns its bytes and is never freed. */
struct csw_str {
	const char *p;
	size_t n;
};

#define CSW_STR_FMT "%.*s"
#define CSW_STR_ARG(s) (int)(s).n, (s).p

struct csw_str csw_str_make(const char *p, size_t n);
struct csw_str csw_str_from(const char *cstr);
bool csw_str_eq(struct csw_str a, const char *cstr);
bool csw_str_ieq(struct csw_str a, const char *cstr); /* ASCII case-insensitive */
bool csw_str_starts(struct csw_str a, const char *prefix);
struct csw_str csw_str_trim(struct csw_str s);          /* strips ASCII white space both ends */
/* Splits at the first c: *head gets what precedes it, returns true and *tail what follows. */
bool csw_str_split(struct csw_str s, char c, struct csw_str *head, struct csw_str *tail);
char *csw_str_dup(struct csw_str s);                    /* heap copy, NUL-terminated */

/* ASCII-only classification, independent of the locale. */
bool csw_is_space(int c);
bool csw_is_digit(int c);
bool csw_is_alpha(int c);
bool csw_is_alnum(int c);
int csw_to_lower(int c);

#endif
