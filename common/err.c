/* Error formatting helpers and the table of default hints, one per code. */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct {
	int code;
	const char *name;
	const char *hint;
} code_table[] = {
	{ CSW_OK, "ok", NULL },
	{ CSW_E_USAGE, "usage", "run 'cswheels --help' for the commands and their options" },
	{ CSW_E_PARSE, "parse", NULL },
	{ CSW_E_INPUT, "input", NULL },
	{ CSW_E_UNSAT, "unsatisfiable", "relax the conflicting requirements, or pick another --python/--platform" },
	{ CSW_E_CHECK, "check", NULL },
	{ CSW_E_HTTP, "network", "check --index-url and the network; the request is retried before this error" },
	{ CSW_E_NOTFOUND, "not-found", "check the project name and --index-url / --extra-index-url" },
	{ CSW_E_AUTH, "auth", "give credentials in the URL, ~/.netrc or CSWHEELS_INDEX_TOKEN" },
	{ CSW_E_DIGEST, "digest", "the index served different bytes than it advertised; retry, or report it to the index owner" },
	{ CSW_E_OFFLINE, "offline", "run once without --offline so that the cache holds what is needed" },
	{ CSW_E_CACHE, "cache", "run 'cswheels cache verify', or point --cache-dir at a writable directory" },
	{ CSW_E_IO, "io", NULL },
	{ CSW_E_TOOBIG, "too-big", NULL },
	{ CSW_E_CORRUPT, "corrupt", "run 'cswheels cache verify --deep'; damaged blobs are fetched again" },
};

static void vformat(char *dst, size_t cap, const char *fmt, va_list ap)
{
	int n = vsnprintf(dst, cap, fmt, ap);

	if (n < 0)
		dst[0] = '\0';
}

int csw_err_set(struct csw_err *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	err->where[0] = '\0';
	err->hint = NULL;
	va_start(ap, fmt);
	vformat(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

int csw_err_where(struct csw_err *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return CSW_OK;
	if (err->where[0] == '\0') {
		va_start(ap, fmt);
		vformat(err->where, sizeof(err->where), fmt, ap);
		va_end(ap);
	}
	return err->code;
}

int csw_err_hint(struct csw_err *err, const char *hint)
{
	if (!err)
		return CSW_OK;
	err->hint = hint;
	return err->code;
}

int csw_err_prefix(struct csw_err *err, const char *fmt, ...)
{
	char prefix[256];
	size_t plen, mlen, cap;
	va_list ap;

	if (!err)
		return CSW_OK;
	va_start(ap, fmt);
	vformat(prefix, sizeof(prefix) - 2, fmt, ap);
	va_end(ap);
	plen = strlen(prefix);
	memcpy(prefix + plen, ": ", 2);
	plen += 2;
	/* Shift the old message right, truncating its tail if the two do not fit together. */
	cap = sizeof(err->msg) - 1;
	mlen = strlen(err->msg);
	if (plen + mlen > cap)
		mlen = cap - plen;
	memmove(err->msg + plen, err->msg, mlen);
	memcpy(err->msg, prefix, plen);
	err->msg[plen + mlen] = '\0';
	return err->code;
}

void csw_err_clear(struct csw_err *err)
{
	if (!err)
		return;
	err->code = CSW_OK;
	err->msg[0] = '\0';
	err->where[0] = '\0';
	err->hint = NULL;
}

const char *csw_err_default_hint(int code)
{
	size_t i;

	for (i = 0; i < CSW_ARRAY_SIZE(code_table); i++)
		if (code_table[i].code == code)
			return code_table[i].hint;
	return NULL;
}

const char *csw_err_code_name(int code)
{
	size_t i;

	for (i = 0; i < CSW_ARRAY_SIZE(code_table); i++)
		if (code_table[i].code == code)
			return code_table[i].name;
	return "unknown";
}
