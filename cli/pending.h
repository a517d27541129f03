/* Placeholder for commands whose engine has not landed yet: a clear error instead of silence. */
#ifndef CSW_CLI_PENDING_H
#define CSW_CLI_PENDING_H

/* Prints "cswheels: error: 'WHAT' is not implemented in this build yet" and returns exit 2. */
int csw_pending(const char *what);

#endif
