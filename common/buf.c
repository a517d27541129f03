/* csw_buf: the one growable buffer; overflow is checked against max before any growth. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "xmalloc.h"

char csw_buf_empty[1];

void csw_buf_init(struct csw_buf *b, size_t max)
{
	b->buf = csw_buf_empty;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

int csw_buf_grow(struct csw_buf *b, size_t n)
{
	size_t want, ncap;

	if (n > b->max || b->len > b->max - n)
		return CSW_E_TOOBIG;
	want = b->len + n + 1;
	if (want <= b->cap)
		return CSW_OK;
	ncap = b->cap ? b->cap : 64;
	while (ncap < want)
		ncap = ncap > ((size_t)-1) / 2 ? want : ncap * 2;
	if (b->cap == 0) {
		b->buf = csw_xmalloc(ncap);
		b->buf[0] = '\0';
	} else {
		b->buf = csw_xrealloc(b->buf, ncap);
	}
	b->cap = ncap;
	return CSW_OK;
}

int csw_buf_add(struct csw_buf *b, const void *p, size_t n)
{
	int ret = csw_buf_grow(b, n);

	if (ret < 0)
		return ret;
	if (n)
		memcpy(b->buf + b->len, p, n);
	b->len += n;
	if (b->cap)
		b->buf[b->len] = '\0';
	return CSW_OK;
}

int csw_buf_adds(struct csw_buf *b, const char *s)
{
	return csw_buf_add(b, s, strlen(s));
}

int csw_buf_addch(struct csw_buf *b, char c)
{
	return csw_buf_add(b, &c, 1);
}

int csw_buf_vaddf(struct csw_buf *b, const char *fmt, va_list ap)
{
	va_list copy;
	int n, ret;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return CSW_E_PARSE;
	ret = csw_buf_grow(b, (size_t)n);
	if (ret < 0)
		return ret;
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return CSW_OK;
}

int csw_buf_addf(struct csw_buf *b, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = csw_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return ret;
}

void csw_buf_setlen(struct csw_buf *b, size_t len)
{
	if (len > b->len && len >= b->cap)
		CSW_BUG("csw_buf_setlen beyond capacity");
	b->len = len;
	if (b->cap)
		b->buf[len] = '\0';
}

void csw_buf_reset(struct csw_buf *b)
{
	b->len = 0;
	if (b->cap)
		b->buf[0] = '\0';
}

char *csw_buf_detach(struct csw_buf *b, size_t *len_out)
{
	char *p = b->cap ? b->buf : csw_xstrdup("");

	if (len_out)
		*len_out = b->len;
	csw_buf_init(b, b->max);
	return p;
}

void csw_buf_release(struct csw_buf *b)
{
	if (!b)
		return;
	if (b->cap)
		free(b->buf);
	csw_buf_init(b, b->max);
}
