#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records, and checks, every expectation in tests/ that comes from Go.

The reference is Go 1.23: /usr/lib/go-1.23/bin/go, or `go` when its
version is go1.23.*, or whatever $GO names.  Without it the check is
skipped (exit status 77), never passed.

    go-oracle.py              rebuild every recorded program with Go and
                              check that the recordings equal what Go prints
    go-oracle.py --record     rewrite the recordings from what Go prints
    go-oracle.py [--record] FILE …   only these programs (.go, .msg or .ast)

What is recorded, and from what:

  tests/corpus/NAME.go            NAME.out, NAME.err, NAME.status
  tests/programs/SUITE/NAME.go    the same (programs the C unit tests load)
  data/scenarios/NN-slug/V.go     tests/scenarios/NN-slug/V.out, .err, .status
      Every program is built once (`go build -ldflags="-s -w" -o BIN
      FILE.go` from the source root, in GOPATH mode so the language is Go
      1.23's; -s -w drops the symbol table and DWARF, which tracebacks do
      not use) and the binary is run from the program's folder with stdin
      from /dev/null and TZ=UTC (Local is UTC in Gorolanes).  The binaries stay in the cache for the next run.
      A program that uses what Go 1.23 lacks (WaitGroup.Go) has beside
      it go123/NAME.go, the same program in Go 1.23's words on the same
      lines: that one is built, and its path in the dumps reads as NAME.go.
      .out is its stdout, .status its exit status (2 for a panic, a fatal
      error or a deadlock; not `go run`'s 1), .err its whole stderr,
      normalised as below.
  tests/bad/NAME.msg, tests/programs/compile/NAME.msg
      The first line `go build tests/…/NAME.go` prints that is not a
      "# package" header.  A .msg saying "unsupported: …" is Gorolanes's
      own refusal: Go must build that program (it is valid Go, the message
      hides no error); it is never rewritten.  A .msg without its .go is a
      missing-file case, Gorolanes's own too.
  tests/parser/NAME.ast           go/parser's tree, printed by
      tests/parser/go-ast-dump.go, of the program test-parser.c lists
      under NAME (its table `tree_files` is read here).

Stderr normalisation (both for recording and for comparing): Go writes
absolute paths, code offsets and argument words into its goroutine dumps,
which say nothing about the program.  So the source root, as a path prefix,
is removed (paths read as they do when Gorolanes runs a program from the
root, e.g. tests/corpus/x.go:8); GOROOT becomes $GOROOT; in the goroutine
dumps " +0x…" after a frame's line disappears (and a thrown fatal error's
" fp=… sp=… pc=…" and "gp=… m=… mp=…" too, and a stack overflow's
"runtime: sp=… stack=[…]" bounds become "?"), a frame's argument list
becomes "(...)" unless it is empty, and goroutine ids other than main's 1
become N (Go hands them out per processor, so they change from run to
run); in the "[signal …]" line of a nil dereference, "pc=0x…"/"addr=0x…"
lose their value; the runtime's own goroutines (created by runtime.…),
which a thrown fatal error lists in states that vary, are left out.
Everything else — the program's own prints, the panic
or fatal error message, the goroutines with their wait reasons and frames,
in Go's order — is compared exactly.
(tests/run-go-tests.py holds Gorolanes to the part before the first
goroutine dump; see there.)

Programs ordered by sleeps are exact on Gorolanes's virtual clock but only
nearly so on a busy machine: a mismatch is retried twice before it counts.
Programs marked `// gorolanes:unordered-output`, and scenarios with a
NAME.unordered file, compare stdout as a multiset of lines.

Output is TAP, one line per program (a diff follows a mismatch).  Builds
share one GOCACHE (--cache, default $GOCACHE or Go's own) and run in
parallel (--jobs).
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNORDERED_MARK = "// gorolanes:unordered-output"
GO_CANDIDATES = ["/usr/lib/go-1.23/bin/go", "go"]
WANT_VERSION = "go1.23"
ATTEMPTS = 3
# A fatal error the runtime throws dumps "goroutine 1 gp=… m=… mp=… [",
# and a stack overflow the runtime's own stack first ("runtime stack:").
DUMP_START = re.compile(r"^(goroutine \d+ (gp=0x[0-9a-f]+ m=\S+ (mp=0x[0-9a-f]+ )?)?\[|runtime stack:$)", re.M)
MAX_DIFF_LINES = 80

# Recordings known to be older than Go 1.23, with the reason: they are
# reported as TODO while Go disagrees, and fail once they match, so that
# the entry goes when the recording is redone.
KNOWN_STALE = {
}


def find_go():
    """Returns (path, version, GOROOT) of a Go 1.23 toolchain, or
    (None, None, why)."""
    candidates = [os.environ["GO"]] if os.environ.get("GO") else GO_CANDIDATES
    seen = []
    for go in candidates:
        path = shutil.which(go)
        if not path:
            continue
        try:
            version = subprocess.run([path, "env", "GOVERSION", "GOROOT"],
                                     capture_output=True, text=True, timeout=60,
                                     env=go_env(None)).stdout.split("\n")
        except (OSError, subprocess.TimeoutExpired):
            continue
        seen.append("%s is %s" % (path, version[0] or "unusable"))
        if version[0] == WANT_VERSION or version[0].startswith(WANT_VERSION + "."):
            return path, version[0], version[1]
    return None, None, "; ".join(seen) or "no go on PATH"


def go_env(cache):
    env = dict(os.environ)
    # GOPATH mode: a lone file builds with the toolchain's own language
    # version, and nothing is fetched.
    env["GO111MODULE"] = "off"
    env["GOFLAGS"] = ""
    env["GOTOOLCHAIN"] = "local"
    env.pop("GOTRACEBACK", None)
    env.pop("GODEBUG", None)
    if cache:
        env["GOCACHE"] = cache
    return env


class Item:
    """One recording to check or write: kind is run, msg or ast."""

    def __init__(self, kind, source, prefix, extra=None):
        self.kind = kind
        self.source = source    # relative to TOP
        self.prefix = prefix    # relative to TOP: PREFIX.out …
        self.extra = extra

    def path(self, ext):
        return os.path.join(TOP, self.prefix + ext)

    def read(self, ext):
        try:
            with open(self.path(ext), encoding="utf-8", errors="surrogateescape") as f:
                return f.read()
        except FileNotFoundError:
            return None

    def write(self, ext, text):
        os.makedirs(os.path.dirname(self.path(ext)), exist_ok=True)
        with open(self.path(ext), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)

    def unordered(self):
        if os.path.exists(self.path(".unordered")):
            return True
        with open(os.path.join(TOP, self.source), encoding="utf-8",
                  errors="surrogateescape") as f:
            return any(line.strip() == UNORDERED_MARK for line in f)


def listdir(rel):
    base = os.path.join(TOP, rel)
    return sorted(os.listdir(base)) if os.path.isdir(base) else []


def run_items():
    out = []
    for name in listdir("tests/corpus"):
        if name.endswith(".go"):
            rel = "tests/corpus/" + name
            out.append(Item("run", rel, rel[:-3]))
    for suite in listdir("tests/programs"):
        if suite == "compile":
            continue
        for name in listdir("tests/programs/" + suite):
            if name.endswith(".go"):
                rel = "tests/programs/%s/%s" % (suite, name)
                out.append(Item("run", rel, rel[:-3]))
    for slug in listdir("data/scenarios"):
        if not re.match(r"^\d\d-", slug):
            continue
        for variant in ("leak", "fixed"):
            out.append(Item("run", "data/scenarios/%s/%s.go" % (slug, variant),
                            "tests/scenarios/%s/%s" % (slug, variant)))
    return out


def msg_items():
    out = []
    for folder in ("tests/bad", "tests/programs/compile"):
        for name in listdir(folder):
            if name.endswith(".msg"):
                rel = folder + "/" + name[:-4]
                out.append(Item("msg", rel + ".go", rel))
    return out


TREE_ROW = re.compile(r'\{\s*"([^"]+)",\s*"([^"]+\.go)"\s*\}')


def ast_items():
    """The programs test-parser.c compares with go/parser's trees."""
    with open(os.path.join(TOP, "tests/test-parser.c"), encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("tree_files[]"):]
    table = table[:table.index("};")]
    out = []
    for name, path in TREE_ROW.findall(table):
        source = os.path.normpath(os.path.join("tests", path))
        out.append(Item("ast", source, "tests/parser/" + name))
    return out


def item_for_path(path, everything):
    rel = os.path.relpath(os.path.abspath(path), TOP)
    stem = os.path.splitext(rel)[0]
    for item in everything:
        if rel in (item.source, item.prefix + ".msg", item.prefix + ".ast") or \
           (item.kind != "ast" and stem == item.prefix):
            return item
    return None


class Oracle:
    def __init__(self, go, version, goroot, cache, workdir, jobs):
        self.go = go
        self.version = version
        self.goroot = goroot.rstrip("/")
        # Built programs: in the shared cache, else only for this run.
        self.bin_cache = os.path.join(cache or workdir, "gorolanes-programs")
        os.makedirs(self.bin_cache, exist_ok=True)
        self.used = set()
        self.env = go_env(cache)
        self.work = workdir
        self.counter = 0
        self.lock = threading.Lock()
        # Builds are CPU-bound; runs mostly sleep.
        self.build_slots = threading.Semaphore(max(1, jobs // 2))
        self.ast_tool = None

    def scratch(self, name):
        with self.lock:
            self.counter += 1
            return os.path.join(self.work, "%d-%s" % (self.counter, name))

    def build(self, source, binary):
        with self.build_slots:
            p = subprocess.run([self.go, "build", "-ldflags=-s -w", "-o", binary, source], cwd=TOP,
                               env=self.env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=600)
        return p.returncode, p.stderr.decode("utf-8", "surrogateescape")

    def prune(self):
        """Removes the binaries of programs that changed or went."""
        for name in os.listdir(self.bin_cache):
            if name not in self.used:
                os.unlink(os.path.join(self.bin_cache, name))

    def binary_for(self, source):
        """Builds @source once: binaries stay in the cache, named by the
        toolchain, the source's full path (the binary holds it, for its
        tracebacks) and its text, so a rerun only runs them."""
        path = os.path.join(TOP, source)
        with open(path, "rb") as f:
            key = hashlib.sha256(self.version.encode() + b"\0" + path.encode() +
                                 b"\0" + f.read()).hexdigest()
        binary = os.path.join(self.bin_cache, key)
        with self.lock:
            self.used.add(key)
        if os.path.exists(binary):
            return binary, 0, ""
        tmp = self.scratch("bin")
        status, err = self.build(source, tmp)
        if status == 0:
            os.replace(tmp, binary)
        return binary, status, err

    def normalise(self, err):
        err = err.replace(TOP + "/", "")
        if self.goroot:
            err = err.replace(self.goroot + "/", "$GOROOT/")
        err = re.sub(r"^(\[signal .*)$", lambda m: re.sub(r"\b(pc|sp|fp|addr)=0x[0-9a-f]+", r"\1=?", m.group(1)),
                     err, flags=re.M)
        # A stack overflow's stack bounds, before the dumps
        err = re.sub(r"^runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$",
                     "runtime: sp=? stack=[?, ?]", err, flags=re.M)
        # Frames only in the dumps: what the program printed stays as is.
        m = DUMP_START.search(err)
        if m is None:
            return err
        head, dump = err[:m.start()], err[m.start():]
        # a thrown fatal error's dumps: the goroutines' and the frames'
        # machine words go
        dump = re.sub(r"^(goroutine \d+) gp=0x[0-9a-f]+ m=\S+ (mp=0x[0-9a-f]+ )?\[", r"\1 [", dump, flags=re.M)
        dump = re.sub(r" fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+$", "", dump, flags=re.M)
        dump = re.sub(r" \+0x[0-9a-f]+$", "", dump, flags=re.M)
        dump = re.sub(r"^goroutine (?!1 )\d+ \[", "goroutine N [", dump, flags=re.M)
        dump = re.sub(r" in goroutine (?!1$)\d+$", " in goroutine N", dump, flags=re.M)
        dump = re.sub(r"^(\S+)\([^()\n]+\)$",
                      lambda m: m.group(1) + "(...)", dump, flags=re.M)
        # A thrown fatal error lists the runtime's own goroutines too (the
        # collector's, the finalizer's), whose states change from run to
        # run and which no program creates: they go.
        blocks = dump.split("\n\n")
        blocks = [b for b in blocks
                  if not (b.startswith("goroutine N [")
                          and re.search(r"^created by runtime\.", b, flags=re.M))]
        return head + "\n\n".join(blocks)

    def run_binary(self, binary, item):
        cwd = os.path.join(TOP, os.path.dirname(item.source))
        try:
            p = subprocess.run([binary], cwd=cwd, stdin=subprocess.DEVNULL,
                               env=dict(os.environ, TZ="UTC"), capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return None
        return (p.stdout.decode("utf-8", "surrogateescape"),
                self.normalise(p.stderr.decode("utf-8", "surrogateescape")),
                "%d\n" % (p.returncode if p.returncode >= 0 else 128 - p.returncode))

    # --- the three kinds ------------------------------------------------

    def run_binary_of(self, binary, item, older):
        got = self.run_binary(binary, item)
        if got is None or older is None:
            return got
        folder = os.path.dirname(item.source)
        return (got[0], got[1].replace(folder + "/go123/", folder + "/"), got[2])

    def do_run(self, item, record):
        older = os.path.join(os.path.dirname(item.source), "go123", os.path.basename(item.source))
        if not os.path.exists(os.path.join(TOP, older)):
            older = None
        binary, status, err = self.binary_for(older or item.source)
        if status != 0:
            return False, ["go build failed:"] + err.rstrip("\n").split("\n")
        if True:
            if record:
                got = self.run_binary_of(binary, item, older)
                if got is None:
                    return False, ["timed out"]
                out = got[0]
                old = item.read(".out")
                if old is not None and item.unordered() and \
                   sorted(old.splitlines()) == sorted(out.splitlines()):
                    out = old  # the same lines: keep the recorded order
                for ext, text in zip((".out", ".err", ".status"), (out,) + got[1:]):
                    item.write(ext, text)
                return True, ["recorded, status %s" % got[2].strip()]
            notes = []
            for attempt in range(1, ATTEMPTS + 1):
                got = self.run_binary_of(binary, item, older)
                notes = self.compare_run(item, got)
                if not notes:
                    return True, ([] if attempt == 1 else ["matched on attempt %d" % attempt])
            return False, ["differs after %d attempts:" % ATTEMPTS] + notes

    def compare_run(self, item, got):
        if got is None:
            return ["timed out"]
        notes = []
        out, err, status = got
        want_out, want_err, want_status = (item.read(e) for e in (".out", ".err", ".status"))
        if want_out is None or want_err is None or want_status is None:
            return ["missing recording %s.{out,err,status}" % item.prefix]
        if item.unordered():
            if sorted(out.splitlines()) != sorted(want_out.splitlines()):
                notes.append("stdout differs (as a multiset of lines):")
                notes += diff(sorted(want_out.splitlines()), sorted(out.splitlines()), "stdout")
        elif out != want_out:
            notes.append("stdout differs:")
            notes += diff(want_out.splitlines(), out.splitlines(), "stdout")
        if err != want_err:
            notes.append("stderr differs:")
            notes += diff(want_err.splitlines(), err.splitlines(), "stderr")
        if status != want_status:
            notes.append("exit status: recorded %s, Go gives %s" % (want_status.strip(), status.strip()))
        return notes

    def do_msg(self, item, record):
        want = item.read(".msg")
        if not os.path.exists(os.path.join(TOP, item.source)):
            return True, ["missing-file case: Gorolanes's own message, nothing to build"]
        binary = self.scratch("bin")
        status, err = self.build(item.source, binary)
        if os.path.exists(binary):
            os.unlink(binary)
        if ": unsupported: " in want:
            if status == 0:
                return True, ["valid Go outside the subset"]
            return False, ["should be valid Go, but go build says:"] + err.rstrip("\n").split("\n")
        if status == 0:
            return False, ["go build accepts this program"]
        lines = [l for l in err.split("\n") if l and not l.startswith("# ")]
        got = (lines[0] if lines else "") + "\n"
        if record:
            if got != want:
                item.write(".msg", got)
                return True, ["recorded (changed): " + got.rstrip("\n"), "was: " + want.rstrip("\n")]
            return True, ["recorded (unchanged)"]
        if got != want:
            return False, ["Go says otherwise:"] + diff([want.rstrip("\n")], [got.rstrip("\n")], "message")
        return True, []

    def ast_tool_path(self):
        with self.lock:
            if self.ast_tool is None:
                tool = os.path.join(self.work, "go-ast-dump")
                p = subprocess.run([self.go, "build", "-o", tool, "tests/parser/go-ast-dump.go"],
                                   cwd=TOP, env=self.env, capture_output=True, timeout=600)
                self.ast_tool = tool if p.returncode == 0 else p.stderr.decode()
            return self.ast_tool

    def do_ast(self, item, record):
        tool = self.ast_tool_path()
        if not os.path.exists(tool):
            return False, ["cannot build go-ast-dump:"] + tool.split("\n")
        p = subprocess.run([tool, item.source], cwd=TOP, capture_output=True, timeout=120)
        if p.returncode != 0:
            return False, ["go-ast-dump failed:"] + p.stderr.decode().split("\n")
        got = p.stdout.decode("utf-8", "surrogateescape")
        if record:
            item.write(".ast", got)
            return True, ["recorded"]
        want = item.read(".ast")
        if want is None:
            return False, ["missing recording %s.ast" % item.prefix]
        if got != want:
            return False, ["tree differs:"] + diff(want.splitlines(), got.splitlines(), "tree")
        return True, []

    def check(self, item, record):
        if record and item.source in KNOWN_STALE:
            return True, ["left as it is: listed in KNOWN_STALE"]
        try:
            return getattr(self, "do_" + item.kind)(item, record)
        except Exception as e:  # a crash of one check must not hide the others
            return False, ["internal error: %r" % e]


def diff(expected, actual, what):
    lines = list(difflib.unified_diff(expected, actual, "recorded " + what,
                                      "Go 1.23 " + what, lineterm=""))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + ["… (%d more lines)" % (len(lines) - MAX_DIFF_LINES)]
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--record", action="store_true", help="rewrite the recordings")
    ap.add_argument("--cache", default=os.environ.get("GOCACHE"),
                    help="GOCACHE shared by the builds")
    ap.add_argument("--jobs", type=int, default=2 * (os.cpu_count() or 1))
    ap.add_argument("files", nargs="*")
    opts = ap.parse_args()

    go, version, goroot = find_go()
    if go is None:
        print("1..0 # SKIP Go 1.23 is not installed (%s)" % goroot)
        return 77

    everything = run_items() + msg_items() + ast_items()
    if opts.files:
        items = []
        for f in opts.files:
            item = item_for_path(f, everything)
            if item is None:
                print("Bail out! %s has no recording" % f)
                return 1
            items.append(item)
    else:
        items = everything

    if opts.cache:
        opts.cache = os.path.abspath(opts.cache)  # Go wants it absolute
        os.makedirs(opts.cache, exist_ok=True)
    print("# %s: %s (GOROOT %s)" % (go, version, goroot))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="go-oracle-") as work:
        oracle = Oracle(go, version, goroot, opts.cache, work, max(2, opts.jobs))
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
            results = pool.map(lambda it: oracle.check(it, opts.record), items)
            for n, (item, (ok, notes)) in enumerate(zip(items, results), 1):
                what = item.source if item.kind != "ast" else item.prefix + ".ast"
                stale = KNOWN_STALE.get(item.source)
                if stale and not ok:
                    print("not ok %d - %s # TODO %s" % (n, what, stale))
                    for line in notes:
                        print("# " + line)
                elif stale and opts.record:
                    print("ok %d - %s # SKIP listed in KNOWN_STALE" % (n, what))
                elif stale:
                    failed += 1
                    print("not ok %d - %s" % (n, what))
                    print("# Go 1.23 agrees now: remove it from KNOWN_STALE")
                elif ok:
                    print("ok %d - %s" % (n, what))
                    for line in notes:
                        print("# " + line)
                else:
                    failed += 1
                    print("not ok %d - %s" % (n, what))
                    for line in notes:
                        print("# " + line)
                sys.stdout.flush()
        if not opts.files:
            oracle.prune()
    print("1..%d" % len(items))
    if failed:
        print("# %d of %d differ from Go 1.23" % (failed, len(items)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
