"""Shared helpers for the end-to-end tests: run the built cswheels in an isolated environment and
report TAP, one test point per test_* function of the calling module."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import traceback

BIN = os.environ.get("CSWHEELS_BIN", "cswheels")
SOURCE_ROOT = pathlib.Path(os.environ.get("CSWHEELS_SOURCE_ROOT", pathlib.Path(__file__).resolve().parents[2]))
FIXTURES = SOURCE_ROOT / "fixtures"


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def __repr__(self):
        return f"<exit {self.code}\nstdout:\n{self.out}\nstderr:\n{self.err}>"


def isolated_env(home, extra=None):
    """An environment with HOME, the cache and every PIP_*/CSWHEELS_* variable isolated."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PIP_", "CSWHEELS_")) or k in ("CSWHEELS_BIN", "CSWHEELS_SOURCE_ROOT")}
    env["HOME"] = str(home)
    env["XDG_CACHE_HOME"] = str(pathlib.Path(home) / ".cache")
    env["XDG_CONFIG_HOME"] = str(pathlib.Path(home) / ".config")
    env["NETRC"] = str(pathlib.Path(home) / ".netrc")
    env["LC_ALL"] = "C"
    if extra:
        env.update(extra)
    return env


class Workspace:
    """A temporary HOME and working directory; removed at the end of the test."""

    def __init__(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="csw-e2e-"))
        self.home = self.root / "home"
        self.home.mkdir()
        self.cwd = self.root / "work"
        self.cwd.mkdir()
        self.env_extra = {}

    def run(self, *args, stdin=None, env=None, cwd=None, timeout=120):
        merged = dict(self.env_extra)
        if env:
            merged.update(env)
        proc = subprocess.run([BIN, *map(str, args)], input=stdin, capture_output=True, text=True,
                              env=isolated_env(self.home, merged), cwd=cwd or self.cwd, timeout=timeout)
        return Result(proc)

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


class Failure(AssertionError):
    pass


def check(cond, message, result=None):
    if not cond:
        raise Failure(message + (f"\n{result!r}" if result is not None else ""))


def check_eq(got, expected, what, result=None):
    if got != expected:
        raise Failure(f"{what}: got {got!r}, expected {expected!r}" + (f"\n{result!r}" if result is not None else ""))


def main(module_globals):
    """Runs every test_* function of the calling module as one TAP test point each."""
    tests = [(name, fn) for name, fn in module_globals.items() if name.startswith("test_") and callable(fn)]
    failed = 0
    for index, (name, fn) in enumerate(tests, 1):
        try:
            fn()
            print(f"ok {index} - {name}", flush=True)
        except Exception:  # a test point fails on any exception, with its traceback as diagnostics
            failed += 1
            print(f"not ok {index} - {name}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
            sys.stdout.flush()
    print(f"1..{len(tests)}")
    sys.exit(1 if failed else 0)
