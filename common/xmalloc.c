/* Allocation wrappers that abort with the requested size instead of returning NULL. */
#include "xmalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static CSW_NORETURN void out_of_memory(size_t size)
{
	fprintf(stderr, "cswheels: fatal: out of memory allocating %zu bytes\n", size);
	abort();
}

void *csw_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		out_of_memory(size);
	return p;
}

void *csw_xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if (size && nmemb > SIZE_MAX / size)
		out_of_memory(SIZE_MAX);
	p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		out_of_memory(nmemb * size);
	return p;
}

void *csw_xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		out_of_memory(size);
	return p;
}

void *csw_xgrow(void *ptr, size_t *cap, size_t want, size_t elem)
{
	size_t ncap = *cap ? *cap : 8;

	if (want <= *cap)
		return ptr;
	while (ncap < want) {
		if (ncap > SIZE_MAX / 2)
			out_of_memory(SIZE_MAX);
		ncap *= 2;
	}
	if (elem && ncap > SIZE_MAX / elem)
		out_of_memory(SIZE_MAX);
	*cap = ncap;
	return csw_xrealloc(ptr, ncap * elem);
}

char *csw_xstrdup(const char *s)
{
	return csw_xstrndup(s, strlen(s));
}

char *csw_xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = csw_xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void csw_bug(const char *file, int line, const char *msg)
{
	fprintf(stderr, "cswheels: BUG: %s:%d: %s\n", file, line, msg);
	abort();
}
