/* Slice helpers: locale-independent, so parsing never depends on the user's LANG. */
#include "str.h"

#include <string.h>

#include "xmalloc.h"

struct csw_str csw_str_make(const char *p, size_t n)
{
	struct csw_str s = { p, n };

	return s;
}

struct csw_str csw_str_from(const char *cstr)
{
	return csw_str_make(cstr, strlen(cstr));
}

bool csw_str_eq(struct csw_str a, const char *cstr)
{
	size_t n = strlen(cstr);

	return a.n == n && memcmp(a.p, cstr, n) == 0;
}

bool csw_str_ieq(struct csw_str a, const char *cstr)
{
	size_t i, n = strlen(cstr);

	if (a.n != n)
		return false;
	for (i = 0; i < n; i++)
		if (csw_to_lower((unsigned char)a.p[i]) != csw_to_lower((unsigned char)cstr[i]))
			return false;
	return true;
}

bool csw_str_starts(struct csw_str a, const char *prefix)
{
	size_t n = strlen(prefix);

	return a.n >= n && memcmp(a.p, prefix, n) == 0;
}

struct csw_str csw_str_trim(struct csw_str s)
{
	while (s.n && csw_is_space((unsigned char)s.p[0])) {
		s.p++;
		s.n--;
	}
	while (s.n && csw_is_space((unsigned char)s.p[s.n - 1]))
		s.n--;
	return s;
}

bool csw_str_split(struct csw_str s, char c, struct csw_str *head, struct csw_str *tail)
{
	const char *hit = s.n ? memchr(s.p, c, s.n) : NULL;

	if (!hit) {
		*head = s;
		*tail = csw_str_make(s.p + s.n, 0);
		return false;
	}
	*head = csw_str_make(s.p, (size_t)(hit - s.p));
	*tail = csw_str_make(hit + 1, s.n - (size_t)(hit - s.p) - 1);
	return true;
}

char *csw_str_dup(struct csw_str s)
{
	char *p = csw_xmalloc(s.n + 1);

	if (s.n)
		memcpy(p, s.p, s.n);
	p[s.n] = '\0';
	return p;
}

bool csw_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool csw_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

bool csw_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool csw_is_alnum(int c)
{
	return csw_is_alpha(c) || csw_is_digit(c);
}

int csw_to_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}
