/* Growable, always NUL-terminated byte buffer with a mandatory size limit. */
#ifndef CSW_COMMON_BUF_H
#define CSW_COMMON_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "compat.h"

/* buf is never NULL after INIT (it points at a static "" until the first growth) and is always
 * NUL-terminated. max bounds len: every buffer fed from a file or the network has one. */
struct csw_buf {
	char *buf;
	size_t len, cap, max;
};

extern char csw_buf_empty[];
#define CSW_BUF_INIT(max_) { csw_buf_empty, 0, 0, (max_) }
#define CSW_BUF_NOLIMIT ((size_t)-1 / 2)

void csw_buf_init(struct csw_buf *b, size_t max);

/* Each returns CSW_OK or CSW_E_TOOBIG (leaving b unchanged) when len would pass max. */
int csw_buf_add(struct csw_buf *b, const void *p, size_t n);
int csw_buf_adds(struct csw_buf *b, const char *s);
int csw_buf_addch(struct csw_buf *b, char c);
int csw_buf_addf(struct csw_buf *b, const char *fmt, ...) CSW_PRINTF(2, 3);
int csw_buf_vaddf(struct csw_buf *b, const char *fmt, va_list ap) CSW_PRINTF(2, 0);

/* Makes room for n more bytes without changing len; returns CSW_E_TOOBIG past max. */
int csw_buf_grow(struct csw_buf *b, size_t n);
void csw_buf_setlen(struct csw_buf *b, size_t len);
void csw_buf_reset(struct csw_buf *b);

/* Returns the heap string (caller frees with free()); b goes back to INIT with the same max. */
char *csw_buf_detach(struct csw_buf *b, size_t *len_out);
void csw_buf_release(struct csw_buf *b);

#endif
