#!/usr/bin/env python3
# check-sizes.py — no room a newcomer must scroll for an hour (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every C source file of app/, core/ and ui/ stays within MAX_FILE lines and
# every function within MAX_FUNC lines, except the VM's dispatch loop, which
# only dispatches (its file still keeps to MAX_FILE).  Functions are found the way they are written in this
# tree (GNU style): the return type on its own line, the name at column 0
# followed by " (", the body from a "{" at column 0 to the next "}" at
# column 0.  The tests themselves are not held to this.
import os
import re
import sys

MAX_FILE = 1500
MAX_FUNC = 200
# name → why it may be longer
EXCEPTIONS = {
    "_gor_vm_run": "the VM's dispatch loop (one case per opcode)",
}

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
name_re = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*) \(")


def sources():
    for top in ("app", "core", "ui"):
        for dirpath, _dirs, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith((".c", ".h")):
                    yield os.path.join(dirpath, f)


def functions(lines):
    """(name, first line, length) of each function definition."""
    name = None
    start = None
    for i, line in enumerate(lines):
        m = name_re.match(line)
        if m and start is None:
            name = m.group(1)
        elif line.startswith("{") and name is not None and start is None:
            start = i
        elif line.startswith("}") and start is not None:
            yield name, start + 1, i - start + 1
            name = start = None
        elif start is None and line.strip() == "" :
            name = None


def main():
    results = []
    for path in sorted(sources()):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        n = len(lines) - (1 if lines and lines[-1] == "" else 0)
        results.append((f"{rel} has {n} lines (at most {MAX_FILE})", n <= MAX_FILE))
        for name, first, length in functions(lines):
            if length > MAX_FUNC and name not in EXCEPTIONS:
                results.append((f"{rel}:{first}: {name} has {length} lines (at most {MAX_FUNC})", False))
    print(f"1..{len(results)}")
    failed = 0
    for i, (desc, ok) in enumerate(results, 1):
        if not ok:
            failed += 1
        print(f"{'ok' if ok else 'not ok'} {i} - {desc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
