/* Arena: chunks of at least 64 KiB, freed together. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define CHUNK_MIN (64 * 1024)

struct csw_arena_chunk {
	struct csw_arena_chunk *next;
	size_t cap, off;
	alignas(max_align_t) unsigned char data[];
};

void *csw_arena_alloc(struct csw_arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	struct csw_arena_chunk *c = a->head;
	size_t need = (size + align - 1) & ~(align - 1);
	void *p;

	if (size > SIZE_MAX / 2)
		CSW_BUG("arena allocation too large");
	if (!c || c->cap - c->off < need) {
		size_t cap = need > CHUNK_MIN ? need : CHUNK_MIN;

		c = csw_xmalloc(sizeof(*c) + cap);
		c->cap = cap;
		c->off = 0;
		c->next = a->head;
		a->head = c;
	}
	p = c->data + c->off;
	c->off += need;
	a->used += need;
	memset(p, 0, size);
	return p;
}

char *csw_arena_strndup(struct csw_arena *a, const char *s, size_t n)
{
	char *p = csw_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *csw_arena_strdup(struct csw_arena *a, const char *s)
{
	return csw_arena_strndup(a, s, strlen(s));
}

void csw_arena_release(struct csw_arena *a)
{
	struct csw_arena_chunk *c, *next;

	if (!a)
		return;
	for (c = a->head; c; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = 0;
}
