#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that two builds make the same schedules: every program of the
# corpus, tests/programs/valid, the benchmarks and the bundled scenarios,
# under seeds 1, 2 and 3, as a plain run, under pct and with --report,
# ends in the same state (sched-endstate.c: step, clock, instruction
# count, random streams, collections, heap, end, output hash) in both.
#
#   check-schedule.sh BEFORE_SOURCE_ROOT [AFTER_SOURCE_ROOT]
#
# Each root must have been built in its build/ folder (the core library
# is what is linked); AFTER defaults to this tree.  Prints the number of
# runs compared and every difference; exit status 1 when there is one.
# spawn.go under pct is left out: pct's pick is linear in the runnable
# goroutines, and 100 000 of them take minutes.
set -u
here=$(cd "$(dirname "$0")" && pwd)
before=${1:?usage: check-schedule.sh BEFORE_SOURCE_ROOT [AFTER_SOURCE_ROOT]}
after=${2:-$(cd "$here/../.." && pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

build () {
  cc -O1 -o "$2" "$here/sched-endstate.c" -I"$1/build" -I"$1/core" -I"$1/core/runtime" \
    -I"$1/core/compile" -I"$1/core/syntax" -I"$1/core/analysis" -Wl,--wrap=gor_vm_free \
    "$1/build/core/libgorcore.a" $(pkg-config --cflags --libs gio-2.0 gobject-2.0 glib-2.0) -lm
}
build "$before" "$tmp/before" || exit 1
build "$after" "$tmp/after" || exit 1

root=$(cd "$here/../.." && pwd)
n=0
fail=0
for f in "$root"/tests/corpus/*.go "$root"/tests/programs/valid/*.go "$root"/tests/bench/*.go \
         "$root"/data/scenarios/*/*.go; do
  for seed in 1 2 3; do
    for mode in "random 0" "pct 0" "random 1"; do
      case "$f:$mode" in *bench/spawn.go:pct*) continue ;; esac
      b=$(timeout 300 "$tmp/before" "$f" $seed $mode 2>&1 </dev/null)
      a=$(timeout 300 "$tmp/after" "$f" $seed $mode 2>&1 </dev/null)
      n=$((n + 1))
      if [ "$a" != "$b" ] || [ -z "$a" ]; then
        fail=1
        echo "differs: ${f#"$root"/} seed $seed $mode"
        echo "  before: $(echo "$b" | tr '\n' ' ')"
        echo "  after:  $(echo "$a" | tr '\n' ' ')"
      fi
    done
  done
done
echo "$n runs compared"
exit $fail
