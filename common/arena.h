/* Bump allocator for data that lives exactly as long as one run (one resolution, one parse). */
#ifndef CSW_COMMON_ARENA_H
#define CSW_COMMON_ARENA_H

#include <stddef.h>

struct csw_arena_chunk;

struct csw_arena {
	struct csw_arena_chunk *head;
	size_t used; /* bytes handed out, for memory reports */
};

#define CSW_ARENA_INIT { 0, 0 }

/* Returns zeroed memory aligned for any type; aborts on exhaustion like csw_xmalloc. */
void *csw_arena_alloc(struct csw_arena *a, size_t size);
char *csw_arena_strndup(struct csw_arena *a, const char *s, size_t n);
char *csw_arena_strdup(struct csw_arena *a, const char *s);
/* Frees every chunk at once; a is back to INIT. Accepts NULL. */
void csw_arena_release(struct csw_arena *a);

#endif
