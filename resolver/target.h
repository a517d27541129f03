/* The install target: a CPython version and a Windows platform, never the host running cswheels. */
#ifndef CSW_RESOLVER_TARGET_H
#define CSW_RESOLVER_TARGET_H

#include <stdbool.h>

struct csw_err;

enum csw_platform {
	CSW_PLATFORM_WIN_AMD64, /* os_name=nt sys_platform=win32 platform_machine=AMD64 */
	CSW_PLATFORM_WIN32,     /* platform_machine=x86 */
	CSW_PLATFORM_WIN_ARM64, /* platform_machine=ARM64 */
};

struct csw_target {
	unsigned major, minor, micro;
	bool has_micro;         /* "--python 3.8" leaves micro unset: python_full_version is "3.8.0" */
	enum csw_platform platform;
};

/* Parses "3.8" or "3.8.10" (CPython 3.x or 2.7). CSW_E_USAGE with a message on anything else. */
int csw_target_parse_python(struct csw_target *out, const char *text, struct csw_err *err);

/* Parses "win_amd64", "win32" or "win_arm64". CSW_E_USAGE naming the accepted values otherwise. */
int csw_target_parse_platform(enum csw_platform *out, const char *text, struct csw_err *err);

/* "win_amd64", "win32", "win_arm64". */
const char *csw_platform_tag(enum csw_platform platform);

/* Short description for messages and lock headers: "cp38-win_amd64". Writes into out (>= 32 bytes). */
void csw_target_describe(char *out, unsigned long cap, const struct csw_target *target);

#endif
