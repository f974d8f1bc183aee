#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Schedule exploration speed: `gorolanes explore -n N` over the leak and
# fixed programs of every bundled scenario, with --jobs 1 and --jobs 2.
# Prints schedules per second of each, the CPU time they took and the
# speed-up of two workers over one (on a machine shared with other work
# the wall-clock speed-up says little; the CPU time per schedule still
# does).  Usage: bench-explore.sh GOROLANES SCENARIOS_DIR [N] (default 1000).
set -u
gorolanes=${1:-${GOROLANES:-}}
scenarios=${2:-${GOROLANES_SCENARIOS:-}}
n=${3:-1000}
if [ -z "$gorolanes" ] || [ -z "$scenarios" ]; then
  echo "usage: $0 path/to/gorolanes path/to/data/scenarios [N]" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for jobs in 1 2; do
  : > "$tmp/times"
  count=0
  for d in "$scenarios"/*/; do
    for f in "$d"leak.go "$d"fixed.go; do
      [ -f "$f" ] || continue
      /usr/bin/time -o "$tmp/one" -f '%e %U %S' "$gorolanes" explore -n "$n" --jobs "$jobs" "$f" >/dev/null 2>&1
      st=$?
      if [ $st -ne 0 ] && [ $st -ne 4 ]; then
        echo "explore failed on $f (status $st)" >&2
        exit 1
      fi
      tail -n 1 "$tmp/one" >> "$tmp/times"
      count=$((count + n))
    done
  done
  set -- $(awk '{ w += $1; c += $2 + $3 } END { printf "%.2f %.2f", w, c }' "$tmp/times")
  rate=$(awk -v c="$count" -v w="$1" 'BEGIN { printf "%.0f", c / w }')
  echo "--jobs $jobs: $count schedules in $1 s, $rate schedules/s ($2 s of CPU)"
  eval "wall_$jobs=$1"
done
# shellcheck disable=SC2154
awk -v a="$wall_1" -v b="$wall_2" 'BEGIN { printf "speed-up of --jobs 2 over --jobs 1: %.2fx\n", a / b }'
