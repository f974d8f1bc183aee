#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Memory ceilings: the programs that make garbage by the hundred megabytes
# must run in little memory under `gorolanes run`, for live data, not
# total allocation, bounds a run.  Prints each program's peak RSS against
# its ceiling and fails when one is over (or the program fails).
# Usage: check-memory.sh [GOROLANES] (default: $GOROLANES).
set -u
here=$(cd "$(dirname "$0")" && pwd)
gorolanes=${1:-${GOROLANES:-}}
if [ -z "$gorolanes" ]; then
  echo "usage: $0 path/to/gorolanes" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# program, ceiling in MB (spawn: 100 000 parked goroutines, about 8 MB
# of them the process itself; deadlocals: 32 MiB in dead locals of parked
# goroutines, which the liveness of their slots lets the collector free;
# substr: 100 000 live substrings of 1 000 bytes of a 1 MiB string, which
# share its bytes as Go's do: about 100 MB if each were a copy; builder:
# 25 MB written through a strings.Builder, which compiled Go 1.23 does in
# 48 to 78 MB of peak RSS, the buffer doubling as it grows)
for case in "itoa 50" "concat 50" "appendbytes 64" "spawn 46" "deadlocals 24" "substr 32" "builder 110"; do
  set -- $case
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$gorolanes" run "$here/$1.go" >"$tmp/out" 2>"$tmp/err"
  st=$?
  set -- "$1" "$2" $(cat "$tmp/time" | tail -1)
  mb=$(awk -v k="$4" 'BEGIN { printf "%.1f", k / 1024 }')
  if [ $st -ne 0 ]; then
    echo "not ok $1: exit status $st: $(head -1 "$tmp/err")"
    fail=1
  elif awk -v m="$mb" -v c="$2" 'BEGIN { exit !(m > c) }'; then
    echo "not ok $1: peak RSS $mb MB, ceiling $2 MB ($3 s)"
    fail=1
  else
    echo "ok $1: peak RSS $mb MB, ceiling $2 MB ($3 s)"
  fi
done
exit $fail
