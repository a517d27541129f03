#!/usr/bin/env python3
"""Counts test points in meson's testlog.json (TAP subtests individually) and prints
'N passed, M failed' (and skipped, never counted as passed) as the last line."""
import json
import re
import sys

TAP_POINT = re.compile(r"^(not ok|ok)\b(.*)$")

passed = failed = skipped = 0
failures = []
with open(sys.argv[1]) as log:
    for line in log:
        entry = json.loads(line)
        name, result = entry["name"], entry["result"]
        points = [TAP_POINT.match(l) for l in entry.get("stdout", "").splitlines()]
        points = [m for m in points if m]
        if result == "SKIP":
            skipped += 1
            continue
        if not points:
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            else:
                failed += 1
                failures.append(f"{name}: {result}")
            continue
        for m in points:
            if "# SKIP" in m.group(2).upper():
                skipped += 1
            elif m.group(1) == "ok":
                passed += 1
            else:
                failed += 1
                failures.append(f"{name}:{m.group(2)}")
        if result not in ("OK", "EXPECTEDFAIL") and not any(m.group(1) == "not ok" for m in points):
            failed += 1  # crashed or timed out after its last reported point
            failures.append(f"{name}: {result}")
# Extra TAP files (the fuzz run's build-fuzz/fuzz.tap) count as their own test points.
for extra in sys.argv[2:]:
    try:
        text = open(extra).read()
    except FileNotFoundError:
        failed += 1
        failures.append(f"{extra}: missing (did the run that writes it crash?)")
        continue
    for l in text.splitlines():
        m = TAP_POINT.match(l)
        if m and m.group(1) == "ok":
            passed += 1
        elif m:
            failed += 1
            failures.append(f"{extra}:{m.group(2)}")
for f in failures:
    print(f"FAILED {f}")
summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
sys.exit(1 if failed else 0)
