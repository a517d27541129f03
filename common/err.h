/* The error type every layer fills: what failed, on which input, and what to do about it. */
#ifndef CSW_COMMON_ERR_H
#define CSW_COMMON_ERR_H

#include "compat.h"

/* Negative codes, returned by functions and stored in struct csw_err.code.
 * cli/ maps them to exit codes (see docs/exit-codes.md): */
enum csw_code {
	CSW_OK = 0,
	CSW_E_USAGE = -1,    /* bad command line (exit 2) */
	CSW_E_PARSE = -2,    /* malformed input text: requirement, version, file (exit 2) */
	CSW_E_INPUT = -3,    /* well-formed but unacceptable input, e.g. editable requirement (exit 2) */
	CSW_E_UNSAT = -4,    /* no resolution exists (exit 1) */
	CSW_E_CHECK = -5,    /* a check found problems (exit 1) */
	CSW_E_HTTP = -6,     /* network or server failure (exit 3) */
	CSW_E_NOTFOUND = -7, /* the index has no such project or file (exit 3) */
	CSW_E_AUTH = -8,     /* 401/403 from an index (exit 3) */
	CSW_E_DIGEST = -9,   /* downloaded bytes do not match the published sha256 (exit 3) */
	CSW_E_OFFLINE = -10, /* --offline and the cache lacks what is needed (exit 3) */
	CSW_E_CACHE = -11,   /* cache store or catalog failure (exit 4) */
	CSW_E_IO = -12,      /* filesystem failure outside the cache (exit 4) */
	CSW_E_TOOBIG = -13,  /* input exceeds a size limit (exit 2) */
	CSW_E_CORRUPT = -14, /* a stored blob or archive is damaged or hostile (exit 4) */
};

struct csw_err {
	int code;          /* enum csw_code, CSW_OK when nothing failed */
	char msg[512];     /* "cannot parse version '1.0.x' in requirement 'foo==1.0.x'" */
	char where[256];   /* "requirements.txt:12" or a URL; empty if none */
	const char *hint;  /* static text naming the fix, or NULL for the default of code */
};

#define CSW_ERR_INIT { CSW_OK, "", "", 0 }

/* Fills err (which may be NULL) with a formatted message and returns code, so call sites read
 * `return csw_err_set(err, CSW_E_PARSE, "...")`. Clears where and hint. */
int csw_err_set(struct csw_err *err, int code, const char *fmt, ...) CSW_PRINTF(3, 4);

/* Sets where only if empty: the lowest layer that knows the location wins. Returns err->code. */
int csw_err_where(struct csw_err *err, const char *fmt, ...) CSW_PRINTF(2, 3);

/* Sets a specific hint (static string). Returns err->code. */
int csw_err_hint(struct csw_err *err, const char *hint);

/* Prefixes the message with context: "while reading 'x': <old msg>". Returns err->code. */
int csw_err_prefix(struct csw_err *err, const char *fmt, ...) CSW_PRINTF(2, 3);

void csw_err_clear(struct csw_err *err);

/* Static default hint for a code, or NULL. */
const char *csw_err_default_hint(int code);

/* Name of a code for --json reports: "parse", "http", ... */
const char *csw_err_code_name(int code);

#endif
