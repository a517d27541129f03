/* Allocation wrappers that never return NULL, and CSW_BUG for programmer errors. */
#ifndef CSW_COMMON_XMALLOC_H
#define CSW_COMMON_XMALLOC_H

#include <stddef.h>

#include "compat.h"

/* Each prints the size it could not get and aborts on exhaustion: callers never check for NULL.
 * Sizes that come from untrusted input must be capped by the caller first. */
void *csw_xmalloc(size_t size);
void *csw_xcalloc(size_t nmemb, size_t size);
void *csw_xrealloc(void *ptr, size_t size);
/* Grows an array to hold at least `want` elements of `elem` bytes, doubling; *cap is updated. */
void *csw_xgrow(void *ptr, size_t *cap, size_t want, size_t elem);
char *csw_xstrdup(const char *s);
char *csw_xstrndup(const char *s, size_t n);

CSW_NORETURN void csw_bug(const char *file, int line, const char *msg);
#define CSW_BUG(msg) csw_bug(__FILE__, __LINE__, (msg))

#endif
