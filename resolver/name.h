/* PEP 503 project-name normalization and PEP 508 name validity. */
#ifndef CSW_RESOLVER_NAME_H
#define CSW_RESOLVER_NAME_H

#include <stdbool.h>
#include <stddef.h>

#include "common/str.h"

#define CSW_NAME_MAX 256

/* True when s is a valid PEP 508 name: ASCII letters/digits, with '.', '-', '_' only between them. */
bool csw_name_valid(struct csw_str s);

/* Writes the PEP 503 normalized form of s (lowercase, runs of -_. become one '-') into out, which
 * must hold s.n + 1 bytes. Returns the length written. Also used for PEP 685 extra names. */
size_t csw_name_normalize(char *out, struct csw_str s);

/* Heap copy of the normalized name; caller frees. */
char *csw_name_normalized_dup(struct csw_str s);

/* True when a and b normalize to the same name. */
bool csw_name_eq(struct csw_str a, struct csw_str b);

#endif
