#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Go programs under `gorolanes run` and compares with real Go.

Every program of tests/corpus/ and every variant of the bundled scenarios
(data/scenarios/NN-slug/{leak,fixed}.go) is run as

    $GOROLANES run --seed S FILE.go        for S in 1, 2, 3, 42, 1234

and must print what the Go 1.23 binary printed, as tests/go-oracle.py
recorded it: NAME.out on stdout (compared exactly, or as a multiset of
lines for programs marked `// gorolanes:unordered-output` or with an empty
NAME.unordered), NAME.status as exit status, and NAME.err on stderr up to
its first goroutine dump — that is, everything the program printed there
(builtin print and println) and the whole panic or fatal error message.
The dumps themselves ("goroutine N [...]:" and what follows) are left out:
they hold Go's runtime frames, inlining and goroutine ids, which a
simulator does not share; so is the "[signal SIGSEGV: …]" line under the
panic of a nil dereference, which tells the machine's side of it.

Where NAME.leaks exists the run is repeated with --report: output and
status must not change and the last two lines of stderr must be "N
goroutines blocked forever" ("1 goroutine blocked forever") and "M
goroutines still blocked when main returned", where NAME.leaks holds "N"
or "N M" (M is 0 when left out).  For the scenarios the
whole report of seed 1 must also equal NAME.report.  The report is
Gorolanes's own text, not Go's: `run-go-tests.py --record-reports`
writes those files from the build under test, deliberately and only when
the report's format changes on purpose.

tests/bad/NAME.go are malformed or unsupported programs: `gorolanes run
tests/bad/NAME.go` (run from the source root, so the file name reads as
written) must fail with a non-zero status, print nothing on stdout, and
print exactly NAME.msg as the first line on stderr.  A NAME.msg without
NAME.go is a missing-file case.

A NAME.todo next to a recording marks a known difference of Gorolanes
(saying what it prints instead): its checks are reported as TAP TODO while
they differ, and fail once they match, so that the mark is removed with
the difference.

Output is TAP.  Usage:
    run-go-tests.py [--suite corpus|scenarios|bad|all] [--seeds 1,2,3]
                    [--jobs N] [--timeout SECONDS] [FILE.go ...]
    run-go-tests.py --record-reports
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEEDS = [1, 2, 3, 42, 1234]
REPORT_SEED = 1
UNORDERED_MARK = "// gorolanes:unordered-output"
MAX_DIFF_LINES = 60


class Program:
    """A Go file and the prefix of its expectation files."""

    def __init__(self, source, expected):
        self.source = source        # path relative to TOP
        self.expected = expected    # prefix relative to TOP: PREFIX.out …

    def read(self, ext):
        path = os.path.join(TOP, self.expected + ext)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            return f.read()

    def unordered(self):
        if os.path.exists(os.path.join(TOP, self.expected + ".unordered")):
            return True
        with open(os.path.join(TOP, self.source), encoding="utf-8",
                  errors="surrogateescape") as f:
            return any(line.strip() == UNORDERED_MARK for line in f)


def corpus_programs(folders):
    out = []
    for folder in folders:
        base = os.path.join(TOP, folder)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            if name.endswith(".go"):
                rel = folder + "/" + name
                out.append(Program(rel, rel[:-3]))
    return out


def scenario_programs():
    out = []
    base = os.path.join(TOP, "data/scenarios")
    for slug in sorted(os.listdir(base)):
        if not (len(slug) > 3 and slug[:2].isdigit() and slug[2] == "-"):
            continue
        for variant in ("leak", "fixed"):
            out.append(Program("data/scenarios/%s/%s.go" % (slug, variant),
                               "tests/scenarios/%s/%s" % (slug, variant)))
    return out


def bad_programs():
    out = []
    base = os.path.join(TOP, "tests/bad")
    for name in sorted(os.listdir(base)):
        if name.endswith(".msg"):
            rel = "tests/bad/" + name[:-4]
            out.append(Program(rel + ".go", rel))
    return out


def program_for_path(path):
    rel = os.path.relpath(os.path.abspath(path), TOP)
    parts = rel.split(os.sep)
    if parts[:2] == ["data", "scenarios"] and len(parts) == 4:
        return Program(rel, "tests/scenarios/%s/%s" % (parts[2], parts[3][:-3])), "scenarios"
    if parts[:2] == ["tests", "bad"]:
        return Program(rel, rel[:-3]), "bad"
    return Program(rel, rel[:-3]), "corpus"


def run(args, timeout):
    """Runs gorolanes from TOP; returns (status, stdout, stderr)."""
    try:
        p = subprocess.run(args, cwd=TOP, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return ("timeout after %ss" % timeout,
                (e.stdout or b"").decode("utf-8", "surrogateescape"),
                (e.stderr or b"").decode("utf-8", "surrogateescape"))
    except OSError as e:
        return ("cannot run: %s" % e, "", "")
    return (p.returncode,
            p.stdout.decode("utf-8", "surrogateescape"),
            p.stderr.decode("utf-8", "surrogateescape"))


def first_line(text):
    return text.split("\n", 1)[0] if text else ""


def diff(expected, actual, what):
    lines = list(difflib.unified_diff(
        expected.splitlines(), actual.splitlines(),
        "expected " + what, "gorolanes " + what, lineterm=""))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + ["… (%d more lines)" % (len(lines) - MAX_DIFF_LINES)]
    return lines


def multiset_diff(expected, actual):
    exp = sorted(expected.splitlines())
    act = sorted(actual.splitlines())
    out = []
    for line in difflib.ndiff(exp, act):
        if line.startswith("- "):
            out.append("missing line: %r" % line[2:])
        elif line.startswith("+ "):
            out.append("unexpected line: %r" % line[2:])
    return out[:MAX_DIFF_LINES]


def leaks_lines(leaks):
    """The last two lines of a report, from NAME.leaks ("N" or "N M")."""
    counts = [int(x) for x in leaks.split()] + [0]
    n, m = counts[0], counts[1]
    return ("%d goroutine%s blocked forever\n%d goroutine%s still blocked when main returned"
            % (n, "" if n == 1 else "s", m, "" if m == 1 else "s"))


# go-oracle.py writes goroutine ids other than main's as N.  A stack
# overflow dumps the runtime's own stack first ("runtime stack:").
DUMP_START = re.compile(r"^(goroutine (\d+|N) \[|runtime stack:$)", re.M)
SIGNAL_LINE = re.compile(r"^\[signal .*\]\n", re.M)
# the stack bounds of a stack overflow: the machine's view of it
STACK_BOUNDS_LINE = re.compile(r"^runtime: sp=\? stack=\[\?, \?\]\n", re.M)


def stderr_message(err):
    """What of a stderr is compared: all of it up to the first goroutine
    dump, less the "[signal SIGSEGV: … addr=… pc=…]" line Go adds to a nil
    dereference's panic (the machine's view of it), and the "runtime: sp=…
    stack=[…]" line of a stack overflow."""
    m = DUMP_START.search(err)
    head = err[:m.start()] if m else err
    return STACK_BOUNDS_LINE.sub("", SIGNAL_LINE.sub("", head))


REPORT_BLOCK = re.compile(r"^goroutine \d+ \[[^\]]*, (blocked forever since step \d+"
                          r"|still blocked when main returned, since step \d+)\]:")


def program_stderr(err):
    """The program's own stderr of a --report run: the report follows it."""
    lines = err.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    end = max(len(lines) - 2, 0)  # the two summary lines
    for i, line in enumerate(lines):
        if REPORT_BLOCK.match(line):
            end = i
            break
    return "".join(l + "\n" for l in lines[:end])


def check_output(prog, seed, status, out, err, notes):
    """Compares one run with the recording; appends explanations to notes."""
    expected_out = prog.read(".out")
    expected_err = prog.read(".err")
    expected_status = prog.read(".status")
    if expected_out is None or expected_err is None or expected_status is None:
        notes.append("missing recording %s.{out,err,status}" % prog.expected)
        return
    if prog.unordered():
        if sorted(out.splitlines()) != sorted(expected_out.splitlines()):
            notes.append("stdout differs (compared as a multiset of lines):")
            notes.extend(multiset_diff(expected_out, out))
    elif out != expected_out:
        notes.append("stdout differs:")
        notes.extend(diff(expected_out, out, "stdout"))
    want_err = stderr_message(expected_err)
    got_err = stderr_message(err)
    if got_err != want_err:
        notes.append("stderr differs (up to the first goroutine dump):")
        notes.extend(diff(want_err, got_err, "stderr"))
    if str(status) != expected_status.strip():
        notes.append("exit status: expected %s, got %s" % (expected_status.strip(), status))


def test_program(gorolanes, prog, seeds, timeout):
    """Returns a list of (description, notes) – notes empty when it passed."""
    results = []
    leaks = prog.read(".leaks")
    for seed in seeds:
        notes = []
        cmd = [gorolanes, "run", "--seed", str(seed), prog.source]
        status, out, err = run(cmd, timeout)
        check_output(prog, seed, status, out, err, notes)
        if notes:
            notes.insert(0, "command: cd %s && %s" % (TOP, " ".join(cmd)))
            if err and stderr_message(err) != err:
                notes.append("stderr was:")
                notes.extend(("  " + l) for l in err.rstrip("\n").split("\n")[:20])
        results.append(("%s --seed %d" % (prog.source, seed), notes))

        if leaks is None:
            continue
        notes = []
        cmd = [gorolanes, "run", "--seed", str(seed), "--report", prog.source]
        status, out, err = run(cmd, timeout)
        check_output(prog, seed, status, out, program_stderr(err), notes)
        want = leaks_lines(leaks)
        got = "\n".join(err.rstrip("\n").split("\n")[-2:])
        if got != want:
            notes.append("last two stderr lines with --report:")
            notes.append("  expected: %r" % want)
            notes.append("  got:      %r" % got)
        report = prog.read(".report")
        if report is not None and seed == REPORT_SEED and err != report:
            notes.append("--report differs from %s.report:" % prog.expected)
            notes.extend(diff(report, err, "report"))
        if notes:
            notes.insert(0, "command: cd %s && %s" % (TOP, " ".join(cmd)))
            notes.append("stderr was:")
            notes.extend(("  " + l) for l in err.rstrip("\n").split("\n")[-30:])
        results.append(("%s --seed %d --report (%s)" % (prog.source, seed, want.replace("\n", "; ")), notes))
    return results


def record_report(gorolanes, prog, timeout):
    """Writes NAME.report: the stderr of `run --seed 1 --report`."""
    if prog.read(".leaks") is None:
        return []
    cmd = [gorolanes, "run", "--seed", str(REPORT_SEED), "--report", prog.source]
    status, out, err = run(cmd, timeout)
    with open(os.path.join(TOP, prog.expected + ".report"), "w", encoding="utf-8",
              errors="surrogateescape") as f:
        f.write(err)
    return [("%s.report recorded (status %s)" % (prog.expected, status), [])]


def test_bad(gorolanes, prog, timeout):
    want = first_line(prog.read(".msg") or "")
    cmd = [gorolanes, "run", prog.source]
    status, out, err = run(cmd, timeout)
    notes = []
    if not isinstance(status, int) or status <= 0:
        notes.append("exit status: expected non-zero, got %s" % status)
    if out:
        notes.append("stdout should be empty, got %r" % out[:200])
    got = first_line(err)
    if got != want:
        notes.append("message differs:")
        notes.append("  expected: %r" % want)
        notes.append("  got:      %r" % got)
    if notes:
        notes.insert(0, "command: cd %s && %s" % (TOP, " ".join(cmd)))
    return [(prog.source + " is refused", notes)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--suite", choices=("corpus", "scenarios", "bad", "all"), default="all")
    ap.add_argument("--record-reports", action="store_true",
                    help="write tests/scenarios/*/NAME.report from this build's --report")
    ap.add_argument("--seeds", default=",".join(str(s) for s in DEFAULT_SEEDS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds allowed for one run of one program")
    ap.add_argument("files", nargs="*")
    opts = ap.parse_args()

    gorolanes = os.environ.get("GOROLANES")
    if not gorolanes or not os.access(gorolanes, os.X_OK):
        print("Bail out! GOROLANES must name the built gorolanes (got %r)" % gorolanes)
        return 1
    seeds = [int(s) for s in opts.seeds.split(",") if s]

    jobs = []
    if opts.record_reports:
        jobs = [("report", p) for p in scenario_programs()]
    elif opts.files:
        for f in opts.files:
            prog, kind = program_for_path(f)
            jobs.append((kind, prog))
    else:
        if opts.suite in ("corpus", "all"):
            jobs += [("corpus", p) for p in corpus_programs(["tests/corpus"])]
        if opts.suite in ("scenarios", "all"):
            jobs += [("scenarios", p) for p in scenario_programs()]
        if opts.suite in ("bad", "all"):
            jobs += [("bad", p) for p in bad_programs()]

    def work(job):
        kind, prog = job
        if kind == "report":
            return prog, record_report(gorolanes, prog, opts.timeout)
        if kind == "bad":
            return prog, test_bad(gorolanes, prog, opts.timeout)
        return prog, test_program(gorolanes, prog, seeds, opts.timeout)

    n = 0
    failed = 0
    todo = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        for prog, results in pool.map(work, jobs):
            known = prog.read(".todo")
            known = known.strip().replace("\n", " ") if known is not None else None
            for desc, notes in results:
                n += 1
                if known is not None and notes:
                    # A known difference of Gorolanes, kept visible.
                    todo += 1
                    print("not ok %d - %s # TODO %s" % (n, desc, known))
                elif known is not None:
                    failed += 1
                    print("not ok %d - %s" % (n, desc))
                    print("# Gorolanes now matches Go: remove %s.todo" % prog.expected)
                elif notes:
                    failed += 1
                    print("not ok %d - %s" % (n, desc))
                else:
                    print("ok %d - %s" % (n, desc))
                for line in notes:
                    print("# " + line)
                sys.stdout.flush()
    print("1..%d" % n)
    if todo:
        print("# %d of %d checks are known differences (.todo)" % (todo, n))
    if failed:
        print("# %d of %d failed" % (failed, n))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
