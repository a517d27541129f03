/* PEP 503 normalization: re.sub(r"[-_.]+", "-", name).lower(), without allocating on compare. */
#include "resolver/name.h"

#include "common/xmalloc.h"

static bool is_sep(char c)
{
	return c == '-' || c == '_' || c == '.';
}

bool csw_name_valid(struct csw_str s)
{
	size_t i;

	if (s.n == 0 || s.n > CSW_NAME_MAX)
		return false;
	if (!csw_is_alnum((unsigned char)s.p[0]) || !csw_is_alnum((unsigned char)s.p[s.n - 1]))
		return false;
	for (i = 1; i + 1 < s.n; i++)
		if (!csw_is_alnum((unsigned char)s.p[i]) && !is_sep(s.p[i]))
			return false;
	return true;
}

size_t csw_name_normalize(char *out, struct csw_str s)
{
	size_t i, n = 0;

	for (i = 0; i < s.n; i++) {
		if (is_sep(s.p[i])) {
			while (i + 1 < s.n && is_sep(s.p[i + 1]))
				i++;
			out[n++] = '-';
		} else {
			out[n++] = (char)csw_to_lower((unsigned char)s.p[i]);
		}
	}
	out[n] = '\0';
	return n;
}

char *csw_name_normalized_dup(struct csw_str s)
{
	char *out = csw_xmalloc(s.n + 1);

	csw_name_normalize(out, s);
	return out;
}

/* Walks both names in normalized form side by side. */
static size_t next_char(struct csw_str s, size_t i, char *c)
{
	if (is_sep(s.p[i])) {
		while (i < s.n && is_sep(s.p[i]))
			i++;
		*c = '-';
		return i;
	}
	*c = (char)csw_to_lower((unsigned char)s.p[i]);
	return i + 1;
}

bool csw_name_eq(struct csw_str a, struct csw_str b)
{
	size_t i = 0, j = 0;
	char ca, cb;

	while (i < a.n && j < b.n) {
		i = next_char(a, i, &ca);
		j = next_char(b, j, &cb);
		if (ca != cb)
			return false;
	}
	return i == a.n && j == b.n;
}
