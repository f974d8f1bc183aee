#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Holds Gorolanes to valid Go: no compile error that Go does not give.

tests/programs/valid/NAME.go are valid Go programs written the way people
write Go (goroutines, channels, select, timeouts, worker pools, mutexes,
closures, structs, interfaces, errors, maps, sorting, formatting …), each
recorded with Go 1.23 by tests/go-oracle.py (NAME.out, NAME.err,
NAME.status) and `go vet` clean.  Each is run as

    $GOROLANES run --seed S NAME.go        for S in 1, 2, 3

from the source root.  Gorolanes compiles it first: a diagnostic there is
its first line on stderr, "tests/programs/valid/NAME.go:L:C: …".

  - A diagnostic that is not "unsupported: …" fails: Go compiles the
    program, so any other message is a compile error Go would not give.
  - An "unsupported: …" refusal must be listed, word for word, in
    tests/programs/valid/UNSUPPORTED as "NAME.go:L:C: unsupported: …";
    an unlisted refusal, or one with other words, fails.
  - A listed program that compiles fails too (remove its line: the list
    shrinks as features land).
  - A program that compiles must print what Go printed: stdout exactly
    (as a multiset of lines when it is marked
    `// gorolanes:unordered-output`), stderr and the exit status.

Output is TAP.  Usage: check-valid.py [NAME.go …]
"""

import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = "tests/programs/valid"
LIST = os.path.join(TOP, FOLDER, "UNSUPPORTED")
SEEDS = [1, 2, 3]
UNORDERED_MARK = "// gorolanes:unordered-output"
DIAGNOSTIC = re.compile(r"^" + re.escape(FOLDER) + r"/([^:]+\.go:\d+:\d+: .*)$")


def read(path):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            return f.read()
    except FileNotFoundError:
        return None


def expectations():
    out = {}
    for line in (read(LIST) or "").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out[line.split(":", 1)[0]] = line
    return out


def check(gorolanes, name, expected):
    rel = FOLDER + "/" + name
    base = os.path.join(TOP, rel[:-3])
    source = read(os.path.join(TOP, rel))
    unordered = any(l.strip() == UNORDERED_MARK for l in source.splitlines())
    want_out = read(base + ".out") or ""
    want_err = read(base + ".err") or ""
    want_status = int((read(base + ".status") or "0").strip())
    for seed in SEEDS:
        try:
            p = subprocess.run([gorolanes, "run", "--seed", str(seed), rel], cwd=TOP,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return "seed %d: timed out" % seed
        out = p.stdout.decode("utf-8", "surrogateescape")
        err = p.stderr.decode("utf-8", "surrogateescape")
        first = err.split("\n", 1)[0]
        m = DIAGNOSTIC.match(first)
        if p.returncode != want_status and m and not out:
            diag = m.group(1)
            if ": unsupported: " not in diag:
                return "a compile error Go does not give: " + first
            if expected is None:
                return "refused, but not listed in %s/UNSUPPORTED: %s" % (FOLDER, diag)
            if diag != expected:
                return "refused with other words than listed:\n  got:    %s\n  listed: %s" % (
                    diag, expected)
            return None  # refused as listed: the same for every seed
        if expected is not None:
            return "compiles now: remove its line from %s/UNSUPPORTED" % FOLDER
        if p.returncode != want_status:
            return "seed %d: status %d, Go's %d; stderr: %s" % (seed, p.returncode, want_status,
                                                                first)
        same = (sorted(out.splitlines()) == sorted(want_out.splitlines())
                if unordered else out == want_out)
        if not same:
            return "seed %d: stdout differs from Go's:\n%s" % (seed, out)
        if err != want_err:
            return "seed %d: stderr differs from Go's:\n%s" % (seed, err)
    return None


def main():
    gorolanes = os.environ.get("GOROLANES")
    if not gorolanes or not os.path.exists(gorolanes):
        print("Bail out! GOROLANES must name the built gorolanes (got %r)" % gorolanes)
        return 1
    listed = expectations()
    names = [os.path.basename(a) for a in sys.argv[1:]] or sorted(
        n for n in os.listdir(os.path.join(TOP, FOLDER)) if n.endswith(".go"))
    failed = 0
    print("1..%d" % (len(names) + 1))
    for i, name in enumerate(names, 1):
        why = check(gorolanes, name, listed.get(name))
        state = "refused as listed" if why is None and name in listed else ""
        print("%s %d - %s%s" % ("not ok" if why else "ok", i, name,
                                " # " + state if state else ""))
        if why:
            failed += 1
            for line in why.splitlines():
                print("# " + line)
    stale = sorted(set(listed) - set(os.listdir(os.path.join(TOP, FOLDER))))
    print("%s %d - every program listed in UNSUPPORTED exists" % (
        "not ok" if stale and not sys.argv[1:] else "ok", len(names) + 1))
    for name in stale:
        print("# listed but missing: " + name)
    print("# %d programs, %d refused as listed" % (len(names), len(
        [n for n in names if n in listed])))
    return 1 if failed or (stale and not sys.argv[1:]) else 0


if __name__ == "__main__":
    sys.exit(main())
