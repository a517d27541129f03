#!/usr/bin/env python3
"""Runs every built libFuzzer target for a fixed time on a scratch copy of its seed corpus and
writes one TAP line per target (to stdout and BUILD/fuzz.tap). Usage: run_fuzzers.py BUILD SECONDS"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

build = pathlib.Path(sys.argv[1])
seconds = int(sys.argv[2])
root = pathlib.Path(__file__).resolve().parents[2]
targets = sorted(p for p in (build / "tests" / "fuzz").glob("fuzz-*") if p.is_file() and p.stat().st_mode & 0o111)
lines = []
for index, target in enumerate(targets, 1):
    name = target.name[len("fuzz-"):]
    seeds = root / "fixtures" / "fuzz" / name
    with tempfile.TemporaryDirectory(prefix=f"csw-fuzz-{name}-") as tmp:
        corpus = pathlib.Path(tmp) / "corpus"
        shutil.copytree(seeds, corpus) if seeds.is_dir() else corpus.mkdir()
        proc = subprocess.run([str(target), f"-max_total_time={seconds}", "-rss_limit_mb=2048",
                               "-max_len=65536", f"-artifact_prefix={tmp}/", str(corpus)],
                              capture_output=True, text=True)
        ok = proc.returncode == 0
        if not ok:
            sys.stderr.write(proc.stderr[-6000:])
            for crash in pathlib.Path(tmp).glob("crash-*"):
                keep = build / crash.name
                shutil.copy(crash, keep)
                sys.stderr.write(f"fuzz-{name}: reproducer kept at {keep}\n")
        runs = [l for l in proc.stderr.splitlines() if l.startswith("Done ")]
        detail = runs[-1] if runs else f"exit {proc.returncode}"
        lines.append(f"{'ok' if ok else 'not ok'} {index} - fuzz-{name} {seconds}s: {detail}")
        print(lines[-1], flush=True)
lines.append(f"1..{len(targets)}")
(build / "fuzz.tap").write_text("\n".join(lines) + "\n")
sys.exit(0 if all(l.startswith("ok") for l in lines[:-1]) else 1)
