#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the parser's libFuzzer harness with clang, outside meson's main
# build, and runs it.
#
#   tests/fuzz/run-fuzz.sh [SECONDS] [WORKDIR] [SOURCE...]
#
# SECONDS defaults to 60; WORKDIR (default tests/fuzz/out) receives the
# binary, the inputs the fuzzer finds worth keeping, and any crashing input.
# SOURCEs are the parser's C files (meson passes its list); by default the
# front end, core/syntax, and the diagnostics its errors carry.
# libFuzzer comes with clang's runtime libraries (Debian: libclang-rt-14-dev).
# Exit status: 0 no crash, 1 a crash (input saved in WORKDIR/artifacts),
# or clang or libFuzzer missing, or the harness not building: the test
# suite needs them (README's test command), so none of these is a skip.

set -eu

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${2:-$here/out}
shift $(($# < 2 ? $# : 2))
[ $# -gt 0 ] || set -- "$root"/core/syntax/*.c "$root/core/gor-diagnostic.c"
clang=${CLANG:-clang}

if ! command -v "$clang" >/dev/null 2>&1; then
  echo "run-fuzz: $clang not found (Debian package clang)" >&2
  exit 1
fi

# Headers from anywhere in core/, as meson's core_inc has them.
incs=
for dir in "$root/core" "$root"/core/*/; do
  incs="$incs -I${dir%/}"
done

mkdir -p "$work/corpus" "$work/artifacts"
# the core sources include config.h but need nothing from it
: > "$work/config.h"

if ! "$clang" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
     -I"$work" $incs $(pkg-config --cflags glib-2.0) \
     "$here/fuzz-parser.c" "$@" \
     $(pkg-config --libs glib-2.0) \
     -o "$work/fuzz-parser"; then
  echo "run-fuzz: cannot build the harness with -fsanitize=fuzzer (is libclang-rt-14-dev installed?)" >&2
  exit 1
fi

exec "$work/fuzz-parser" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -dict="$here/go.dict" -artifact_prefix="$work/artifacts/" \
  -print_final_stats=1 \
  "$work/corpus" "$here/corpus" "$here/../parser" "$here/../bench"
