#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs each benchmark program under `gorolanes run`, `yaegi run` and as a
# compiled Go binary, side by side, and prints the CPU time (user + sys),
# the peak RSS and the ratios of gorolanes to the two others.
#
# Each program runs RUNS times (default 3) under each tool, the three
# interleaved (gorolanes, yaegi, go, gorolanes, …) so that the load of a
# shared machine falls on all alike; the medians are printed.  Peak RSS
# comes from /usr/bin/time -f '%M'; CPU times from the rusage of time and
# its child with microsecond resolution (python3's os.wait4) where python3
# is present, as a compiled Go binary often runs in less than
# /usr/bin/time's hundredth of a second; otherwise from its '%U %S'.
#
# With IREFS=1 each program also runs once under valgrind's cachegrind,
# under gorolanes and as the Go binary, and the host instructions
# executed (a figure steadier than time on a loaded machine) are printed.
#
# With BEFORE=path/to/an/older/gorolanes that one runs too, interleaved
# with the others, in a column of its own with its ratio to Go: the
# before and after of a change from one run.
#
# Usage: run-bench.sh [GOROLANES [PROGRAM…]] (default: $GOROLANES, every
# program of the folder).  GO names the go command (default Go 1.23 at
# /usr/lib/go-1.23/bin/go when present, else `go`).
set -u
here=$(cd "$(dirname "$0")" && pwd)
gorolanes=${1:-${GOROLANES:-}}
if [ -z "$gorolanes" ]; then
  echo "usage: $0 path/to/gorolanes [program…]" >&2
  exit 1
fi
[ $# -gt 0 ] && shift
runs=${RUNS:-3}
if [ -z "${GO:-}" ]; then
  if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; else GO=go; fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

measure () {
  # prints "cpu-seconds kilobytes" of one run, or "- -" when it fails
  if [ $have_python = 1 ]; then
    # /usr/bin/time gives the peak RSS (the child of a python process
    # would inherit python's), python the CPU time of time and its child
    python3 -c '
import os, sys
pid = os.fork()
if pid == 0:
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 1)
    fd = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 2)
    try:
        os.execvp("/usr/bin/time", ["/usr/bin/time", "-f", "%M", "-o", sys.argv[3]] + sys.argv[4:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
if status != 0:
    print("- -")
else:
    print("%.4f %s" % (ru.ru_utime + ru.ru_stime, open(sys.argv[3]).read().split()[-1]))
' "$tmp/out" "$tmp/err" "$tmp/time" "$@"
    return
  fi
  if /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"; then
    awk '{ printf "%.2f %d\n", $1 + $2, $3 }' "$tmp/time"
  else
    echo "- -"
  fi
}

median () {
  # the median of the numbers on stdin, "-" if any is "-"
  sort -g | awk '{ v[NR] = $1; if ($1 == "-") bad = 1 }
    END { if (bad || NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
          else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}

mb () {
  awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.1f", k / 1024 }'
}

irefs () {
  # host instructions of one run under cachegrind, or "-"
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" >/dev/null 2>"$tmp/cg" || {
    echo "-"
    return
  }
  sed -n 's/.*I *refs: *//p' "$tmp/cg" | tr -d ',' | head -1
}

if [ $# -gt 0 ]; then
  progs=""
  for p in "$@"; do progs="$progs $here/$p.go"; done
else
  progs=$(ls "$here"/*.go)
fi

have_yaegi=0
command -v yaegi >/dev/null 2>&1 && have_yaegi=1

before=${BEFORE:-}
echo "CPU seconds (user + sys), medians of $runs interleaved runs; peak RSS in MB"
printf '%-11s' program
[ -n "$before" ] && printf ' %18s %8s' before "bef/go"
printf ' %18s %18s %18s %10s %8s\n' gorolanes yaegi go "gor/yaegi" "gor/go"
for prog in $progs; do
  name=$(basename "$prog" .go)
  gobin="-"
  if command -v "$GO" >/dev/null 2>&1 && "$GO" build -o "$tmp/$name" "$prog" 2>/dev/null; then
    gobin="$tmp/$name"
  fi
  : >"$tmp/g"; : >"$tmp/y"; : >"$tmp/c"; : >"$tmp/b"
  i=0
  while [ $i -lt "$runs" ]; do
    [ -n "$before" ] && measure "$before" run "$prog" >>"$tmp/b"
    measure "$gorolanes" run "$prog" >>"$tmp/g"
    if [ $have_yaegi = 1 ]; then measure yaegi run "$prog" >>"$tmp/y"; else echo "- -" >>"$tmp/y"; fi
    if [ "$gobin" != "-" ]; then measure "$gobin" >>"$tmp/c"; else echo "- -" >>"$tmp/c"; fi
    i=$((i + 1))
  done
  gt=$(cut -d' ' -f1 "$tmp/g" | median); gm=$(cut -d' ' -f2 "$tmp/g" | median)
  yt=$(cut -d' ' -f1 "$tmp/y" | median); ym=$(cut -d' ' -f2 "$tmp/y" | median)
  ct=$(cut -d' ' -f1 "$tmp/c" | median); cm=$(cut -d' ' -f2 "$tmp/c" | median)
  printf '%-11s' "$name"
  if [ -n "$before" ]; then
    bt=$(cut -d' ' -f1 "$tmp/b" | median); bm=$(cut -d' ' -f2 "$tmp/b" | median)
    printf ' %9ss %6sMB %8s' "$bt" "$(mb "$bm")" "$(ratio "$bt" "$ct")"
  fi
  printf ' %9ss %6sMB %9ss %6sMB %9ss %6sMB %10s %8s\n' "$gt" "$(mb "$gm")" "$yt" "$(mb "$ym")" \
    "$ct" "$(mb "$cm")" "$(ratio "$gt" "$yt")" "$(ratio "$gt" "$ct")"
  if [ "${IREFS:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    gi=$(irefs "$gorolanes" run "$prog")
    ci=-
    [ "$gobin" != "-" ] && ci=$(irefs "$gobin")
    if [ -n "$before" ]; then
      bi=$(irefs "$before" run "$prog")
      printf '%-11s host instructions: before %s (bef/go %s), ' "" "$bi" "$(ratio "$bi" "$ci")"
    else
      printf '%-11s host instructions: ' ""
    fi
    printf 'gorolanes %s, go %s, gor/go %s\n' "$gi" "$ci" "$(ratio "$gi" "$ci")"
  fi
done
