#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs each benchmark program under `gorolanes run`, `yaegi run` and as a
# compiled Go binary, side by side, and prints wall time, peak RSS and the
# ratios.  Usage: run-bench.sh [GOROLANES] (default: $GOROLANES).
set -u
here=$(cd "$(dirname "$0")" && pwd)
gorolanes=${1:-${GOROLANES:-}}
if [ -z "$gorolanes" ]; then
  echo "usage: $0 path/to/gorolanes" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure () {
  # prints "seconds kilobytes" of one run, or "- -" when the tool is missing
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"
  st=$?
  if [ $st -ne 0 ]; then
    echo "- -"
    return
  fi
  cat "$tmp/time"
}

ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}

printf '%-12s %20s %20s %20s %14s %14s\n' program gorolanes yaegi go "gor/yaegi" "gor/go"
for prog in "$here"/*.go; do
  name=$(basename "$prog" .go)
  gobin="-"
  if command -v go >/dev/null 2>&1 && go build -o "$tmp/$name" "$prog" 2>/dev/null; then
    gobin="$tmp/$name"
  fi
  set -- $(measure "$gorolanes" run "$prog"); gt=$1; gm=$2
  if command -v yaegi >/dev/null 2>&1; then
    set -- $(measure yaegi run "$prog"); yt=$1; ym=$2
  else
    yt=-; ym=-
  fi
  if [ "$gobin" != "-" ]; then
    set -- $(measure "$gobin"); ct=$1; cm=$2
  else
    ct=-; cm=-
  fi
  printf '%-12s %9ss %7sKB %9ss %7sKB %9ss %7sKB %14s %14s\n' "$name" "$gt" "$gm" "$yt" "$ym" "$ct" "$cm" \
    "$(ratio "$gt" "$yt")" "$(ratio "$gt" "$ct")"
done
