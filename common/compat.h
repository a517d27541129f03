/* Portability macros shared by every module: printf-format checking and unused markers. */
#ifndef CSW_COMMON_COMPAT_H
#define CSW_COMMON_COMPAT_H

#if defined(__GNUC__) || defined(__clang__)
#define CSW_PRINTF(fmt_idx, args_idx) __attribute__((format(printf, fmt_idx, args_idx)))
#define CSW_NORETURN __attribute__((noreturn))
#else
#define CSW_PRINTF(fmt_idx, args_idx)
#define CSW_NORETURN
#endif

#define CSW_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
