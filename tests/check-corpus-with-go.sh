#!/bin/sh
# Checks the recorded expectations of the Go corpus and the scenarios against
# the real Go toolchain: every program is built with `go build` and the binary
# is run; its stdout, the first line of its stderr and its exit status must
# equal NAME.out, NAME.err and NAME.status.  TAP output.
#
#   tests/check-corpus-with-go.sh            verify every recording
#   tests/check-corpus-with-go.sh --record   (re)write the recordings
#   tests/check-corpus-with-go.sh [--record] FILE.go …   only these programs
#
# Programs marked `// gorolanes:expected-by-hand` use Go 1.22 semantics that
# Go 1.19 lacks: their recordings were written by hand and are skipped here.
# Programs marked `// gorolanes:unordered-output` (or, for the scenarios,
# whose source stays as the article gives it, with an empty NAME.unordered
# next to the expectations) are compared as a multiset of lines.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
GO=${GO:-go}

record=0
if [ "${1:-}" = "--record" ]; then
  record=1
  shift
fi

if ! command -v "$GO" >/dev/null 2>&1; then
  echo "1..0 # SKIP no Go toolchain ($GO)"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export GOCACHE="${GOCACHE:-$tmp/gocache}"
export GO111MODULE=off
export GOFLAGS=

# Prints "SOURCE EXPECTED-PREFIX" pairs: the expectation files are
# EXPECTED-PREFIX.out, .err, .status.
list_programs () {
  if [ $# -gt 0 ]; then
    for f in "$@"; do
      f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
      case "$f" in
        "$top"/data/scenarios/*)
          slug=$(basename "$(dirname "$f")")
          echo "$f $top/tests/scenarios/$slug/$(basename "$f" .go)" ;;
        *)
          echo "$f ${f%.go}" ;;
      esac
    done
    return
  fi
  for f in "$top"/tests/corpus/*.go; do
    echo "$f ${f%.go}"
  done
  for d in "$top"/data/scenarios/[0-9][0-9]-*/; do
    [ -d "$d" ] || continue
    slug=$(basename "$d")
    for v in leak fixed; do
      echo "$d$v.go $top/tests/scenarios/$slug/$v"
    done
  done
}

# Runs the built program from its own folder; leaves out, err (first
# line) and status in $tmp.
run_binary () {
  (cd "$(dirname "$1")" && "$tmp/bin" > "$tmp/out" 2> "$tmp/err-all" < /dev/null)
  echo $? > "$tmp/status"
  head -n 1 "$tmp/err-all" > "$tmp/err"
}

# Compares the last run with the recordings PREFIX.*; sets $bad to the
# differing parts (empty when all match).
compare_run () {
  bad=""
  if grep -q '^// gorolanes:unordered-output' "$1" || [ -e "$2.unordered" ]; then
    sort "$tmp/out" > "$tmp/out.cmp"
    sort "$2.out" > "$tmp/exp.cmp" 2>/dev/null || : > "$tmp/exp.cmp"
  else
    cp "$tmp/out" "$tmp/out.cmp"
    cp "$2.out" "$tmp/exp.cmp" 2>/dev/null || : > "$tmp/exp.cmp"
  fi
  cmp -s "$tmp/out.cmp" "$tmp/exp.cmp" || bad="$bad stdout"
  cmp -s "$tmp/err" "$2.err" || bad="$bad stderr"
  cmp -s "$tmp/status" "$2.status" || bad="$bad status"
}

n=0
fail=0
list_programs "$@" > "$tmp/list"
while read -r src prefix; do
  n=$((n + 1))
  name=${src#"$top"/}
  if grep -q '^// gorolanes:expected-by-hand' "$src"; then
    echo "ok $n - $name # SKIP expectations written by hand (Go 1.22 semantics)"
    continue
  fi
  if ! "$GO" build -o "$tmp/bin" "$src" 2> "$tmp/build-err"; then
    fail=1
    echo "not ok $n - $name: go build failed"
    sed 's/^/# /' "$tmp/build-err"
    continue
  fi
  if [ $record -eq 1 ]; then
    run_binary "$src"
    mkdir -p "$(dirname "$prefix")"
    cp "$tmp/out" "$prefix.out"
    cp "$tmp/err" "$prefix.err"
    cp "$tmp/status" "$prefix.status"
    echo "ok $n - $name recorded (status $(cat "$tmp/status"))"
    continue
  fi
  # Programs ordered by sleeps are exact on gorolanes's virtual clock but
  # only nearly so on a real, busy machine: a mismatch is retried before
  # it counts.
  attempt=1
  while :; do
    run_binary "$src"
    compare_run "$src" "$prefix"
    if [ -z "$bad" ] || [ $attempt -ge 3 ]; then
      break
    fi
    attempt=$((attempt + 1))
  done
  if [ -z "$bad" ]; then
    if [ $attempt -gt 1 ]; then
      echo "ok $n - $name # matched on attempt $attempt"
    else
      echo "ok $n - $name"
    fi
  else
    fail=1
    echo "not ok $n - $name: differs in$bad (3 attempts)"
    diff -u "$tmp/exp.cmp" "$tmp/out.cmp" | sed 's/^/# /'
    diff -u "$prefix.err" "$tmp/err" | sed 's/^/# /'
    diff -u "$prefix.status" "$tmp/status" | sed 's/^/# /'
  fi
done < "$tmp/list"

# The bad programs: a syntax error must read as `go build` of Go 1.19 words
# it (its first message line; a missing package clause is reported by
# go/build, before the compiler runs), and a program refused as
# unsupported must be valid Go, so that the message hides no syntax error.
if [ $# -eq 0 ] && [ $record -eq 0 ]; then
  for msg in "$top"/tests/bad/*.msg; do
    n=$((n + 1))
    src=${msg%.msg}.go
    rel=${src#"$top"/}
    if [ ! -e "$src" ]; then
      echo "ok $n - $rel # SKIP missing-file case"
      continue
    fi
    if grep -q ': unsupported: ' "$msg"; then
      if (cd "$top" && "$GO" build -o "$tmp/bin" "$rel") > "$tmp/build-err" 2>&1; then
        echo "ok $n - $rel is valid Go outside the subset"
      else
        fail=1
        echo "not ok $n - $rel should be valid Go"
        sed 's/^/# /' "$tmp/build-err"
      fi
      continue
    fi
    (cd "$top" && "$GO" build -o "$tmp/bin" "$rel") > "$tmp/compile-err" 2>&1
    grep -v '^# ' "$tmp/compile-err" | head -n 1 > "$tmp/err"
    if cmp -s "$tmp/err" "$msg"; then
      echo "ok $n - $rel: Go says the same"
    else
      fail=1
      echo "not ok $n - $rel: Go says otherwise"
      diff -u "$msg" "$tmp/err" | sed 's/^/# /'
    fi
  done
fi

echo "1..$n"
exit $fail
