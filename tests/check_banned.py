#!/usr/bin/env python3
"""Fails when C sources call functions that are easy to misuse (git's banned.h, curl's checksrc)."""
import pathlib
import re
import sys

BANNED = ["strcpy", "strcat", "strncpy", "sprintf", "vsprintf", "strtok", "atoi", "gmtime", "mktemp"]
PATTERN = re.compile(r"(?<![\w.>])(" + "|".join(BANNED) + r")\s*\(")
ROOT = pathlib.Path(sys.argv[1])
DIRS = ["common", "resolver", "index", "cache", "cli", "tests", "bench"]

bad = []
for d in DIRS:
    for path in sorted((ROOT / d).rglob("*.[ch]")):
        for lineno, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            code = line.split("//")[0]
            if "check_banned: ok" in line:
                continue
            m = PATTERN.search(code)
            if m:
                bad.append(f"{path.relative_to(ROOT)}:{lineno}: {m.group(1)}() is banned: {line.strip()}")
for b in bad:
    print(b)
print(f"{len(bad)} banned call(s)" if bad else "no banned calls")
sys.exit(1 if bad else 0)
