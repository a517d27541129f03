#!/usr/bin/env python3
"""End-to-end: the command front end's help, version, and usage errors (exit 2, one-line error)."""
import harness
from harness import check, check_eq

COMMANDS = ["lock", "fetch", "vendor", "check", "cache", "debug"]


def with_ws(fn):
    def wrapper():
        ws = harness.Workspace()
        try:
            fn(ws)
        finally:
            ws.close()
    wrapper.__name__ = fn.__name__
    return wrapper


@with_ws
def test_version(ws):
    r = ws.run("--version")
    check_eq(r.code, 0, "exit", r)
    check(r.out.startswith("cswheels "), "version line", r)


@with_ws
def test_help_lists_every_command(ws):
    r = ws.run("--help")
    check_eq(r.code, 0, "exit", r)
    for cmd in COMMANDS:
        check(f"\n  {cmd} " in r.out, f"--help lists {cmd}", r)


@with_ws
def test_help_command_and_command_help_agree(ws):
    for cmd in COMMANDS:
        a = ws.run("help", cmd)
        b = ws.run(cmd, "--help")
        check_eq(a.code, 0, f"help {cmd} exit", a)
        check_eq(b.code, 0, f"{cmd} --help exit", b)
        check_eq(a.out, b.out, f"help {cmd} == {cmd} --help")
        check(a.out.startswith(f"usage: cswheels {cmd}"), f"usage of {cmd}", a)


@with_ws
def test_unknown_command(ws):
    r = ws.run("frobnicate")
    check_eq(r.code, 2, "exit", r)
    lines = r.err.splitlines()
    check_eq(lines[0], "cswheels: error: unknown command 'frobnicate'", "first line", r)
    check(lines[1].startswith("  hint: "), "hint line", r)
    check_eq(r.out, "", "nothing on stdout", r)


@with_ws
def test_unknown_global_option(ws):
    r = ws.run("--frob")
    check_eq(r.code, 2, "exit", r)
    check(r.err.startswith("cswheels: error: unknown option '--frob'\n"), "error names the option", r)


@with_ws
def test_help_unknown_command(ws):
    r = ws.run("help", "nope")
    check_eq(r.code, 2, "exit", r)
    check("unknown command 'nope'" in r.err, "names it", r)


@with_ws
def test_no_arguments_is_usage_error(ws):
    r = ws.run()
    check_eq(r.code, 2, "exit", r)
    check("usage: cswheels" in r.err, "usage on stderr", r)


@with_ws
def test_debug_unknown_subcommand(ws):
    r = ws.run("debug", "nope")
    check_eq(r.code, 2, "exit", r)
    check("unknown debug subcommand 'nope'" in r.err, "names it", r)


if __name__ == "__main__":
    harness.main(globals())
