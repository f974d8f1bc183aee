#!/bin/sh
# Whether two builds record the same: every program of the corpus, the
# valid programs, the benchmarks and the bundled scenarios (leak and
# fixed), under SEEDS (default 1 2 3), through `gorolanes run --report`
# (output, report, exit status) and `gorolanes export -f perfetto` (the
# trace as JSON: spans, events, hand-offs, verdicts).  Any difference is
# printed and makes the exit status 1.
#
#   tests/bench/compare-traces.sh OLD_GOROLANES NEW_GOROLANES [PROGRAM.go…]
#
# For a change that must not move the schedule or the recording (the
# recorded run going on inside the dispatch loop, say): run it with the
# build before the change and the build after.  The benchmarks run with
# --max-steps (BENCH_STEPS, default 200000) so that their JSON stays small.
set -u
abs () { case "$1" in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
OLD=$(abs "$1")
NEW=$(abs "$2")
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SEEDS=${SEEDS:-1 2 3}
BENCH_STEPS=${BENCH_STEPS:-200000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ $# -gt 0 ]; then
  PROGRAMS=$(for p in "$@"; do abs "$p"; done)
else
  PROGRAMS="$(ls "$ROOT"/tests/corpus/*.go "$ROOT"/tests/programs/valid/*.go "$ROOT"/tests/bench/*.go \
    "$ROOT"/data/scenarios/*/*.go)"
fi

# out DIR BUILD PROGRAM SEED EXTRA…: the report run and the JSON export
out () {
  dir=$1 bin=$2 prog=$3 seed=$4
  shift 4
  (cd "$TMP" && timeout 120 "$bin" run --report --seed="$seed" "$@" "$prog" >"$dir/out" 2>"$dir/err"
   echo "status $?" >>"$dir/out")
  (cd "$TMP" && timeout 120 "$bin" export -f perfetto -o "$dir/trace.json" --seed="$seed" "$@" "$prog" \
     >/dev/null 2>"$dir/export-err"
   echo "export status $?" >>"$dir/out")
}

n=0 bad=0
mkdir -p "$TMP/old" "$TMP/new"
for p in $PROGRAMS; do
  extra=""
  case "$p" in */tests/bench/*) extra="--max-steps=$BENCH_STEPS" ;; esac
  for seed in $SEEDS; do
    rm -f "$TMP"/old/* "$TMP"/new/*
    out "$TMP/old" "$OLD" "$p" "$seed" $extra
    out "$TMP/new" "$NEW" "$p" "$seed" $extra
    n=$((n + 1))
    if ! diff -r "$TMP/old" "$TMP/new" >"$TMP/diff" 2>&1; then
      bad=$((bad + 1))
      echo "DIFFERENT: $p seed $seed"
      head -c 2000 "$TMP/diff"
      echo
    fi
  done
done
echo "$n runs compared (run --report and export -f perfetto each), $bad different"
[ "$bad" -eq 0 ]
