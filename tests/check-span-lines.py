#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Holds the timeline's lines to the program's own source.

The library's functions written in Go (sort and slices, iter.Pull, io,
bytes, log: core/compile/gor-golib.c) have no lines of the program's:
a goroutine running or blocked in one, or in a function literal of one,
is shown at its call.  For every program of tests/corpus and
tests/programs/valid that calls into those packages, this exports the
trace (`gorolanes export -f perfetto`, seed 1) and checks that every
span's and event's "source" names the program's file at a line it has.

Output is TAP.  Usage: check-span-lines.py [NAME.go …]
"""

import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USES = re.compile(r"\b(sort|slices|maps|iter|io|bytes|log)\.[A-Z]")


def programs():
    for folder in ("tests/corpus", "tests/programs/valid"):
        d = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(d)):
            if name.endswith(".go"):
                path = os.path.join(d, name)
                with open(path, encoding="utf-8") as f:
                    if USES.search(f.read()):
                        yield path


def sources(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "source" and isinstance(v, str):
                yield v
            else:
                yield from sources(v)
    elif isinstance(node, list):
        for v in node:
            yield from sources(v)


def check(gorolanes, path, tmp):
    base = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        n_lines = len(f.read().splitlines())
    out = os.path.join(tmp, "trace.json")
    r = subprocess.run([gorolanes, "export", "-f", "perfetto", "--max-steps=20000", "-o", out, path],
                       capture_output=True, text=True, timeout=300)
    if not os.path.exists(out):
        return "no trace written (exit %d): %s" % (r.returncode, r.stderr.strip()[:200])
    with open(out, encoding="utf-8") as f:
        trace = json.load(f)
    os.unlink(out)
    for s in sources(trace):
        file, _, line = s.rpartition(":")
        if file != base or not line.isdigit() or not 1 <= int(line) <= n_lines:
            return "source %r is not a line of %s (%d lines)" % (s, base, n_lines)
    return None


def main():
    gorolanes = os.environ.get("GOROLANES")
    if not gorolanes or not os.path.exists(gorolanes):
        print("Bail out! GOROLANES must name the built gorolanes (got %r)" % gorolanes)
        return 1
    progs = [os.path.abspath(p) for p in sys.argv[1:]] or list(programs())
    print("1..%d" % len(progs))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, path in enumerate(progs, 1):
            why = check(gorolanes, path, tmp)
            name = os.path.relpath(path, ROOT)
            if why:
                failed += 1
                print("not ok %d - %s: %s" % (i, name, why))
            else:
                print("ok %d - %s" % (i, name))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
