#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The C sources are written as .clang-format says (TAP, one line a file):
# a file clang-format would change fails, with the first lines it would
# change.  Run `clang-format -i FILE` to fix one.
#
#   tests/check-format.sh [SOURCE_ROOT]

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 1
if ! command -v clang-format >/dev/null 2>&1; then
  echo "Bail out! clang-format not found (Debian package clang-format)"
  exit 1
fi

n=0
fail=0
for f in $(find app core ui tests -name '*.[ch]' | sort); do
  n=$((n + 1))
  if out=$(clang-format --style=file "$f" | diff -u "$f" - 2>&1); then
    echo "ok $n - $f"
  else
    fail=1
    echo "not ok $n - $f is not formatted as .clang-format says"
    printf '%s\n' "$out" | head -20 | sed 's/^/# /'
  fi
done
echo "1..$n"
exit $fail
