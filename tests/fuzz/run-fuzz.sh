#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the parser's libFuzzer harness with clang, outside meson's main
# build, and runs it.
#
#   tests/fuzz/run-fuzz.sh [SECONDS] [WORKDIR]
#
# SECONDS defaults to 60; WORKDIR (default tests/fuzz/out) receives the
# binary, the inputs the fuzzer finds worth keeping, and any crashing input.
# libFuzzer comes with clang's runtime libraries (Debian: libclang-rt-14-dev).
# Exit status: 0 no crash, 1 a crash (input saved in WORKDIR/artifacts),
# 77 when clang or libFuzzer is missing (meson reads it as "skipped").

set -eu

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${2:-$here/out}
clang=${CLANG:-clang}

if ! command -v "$clang" >/dev/null 2>&1; then
  echo "run-fuzz: $clang not found" >&2
  exit 77
fi

mkdir -p "$work/corpus" "$work/artifacts"
# the core sources include config.h but need nothing from it
: > "$work/config.h"

if ! "$clang" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
     -I"$work" -I"$root/core" $(pkg-config --cflags glib-2.0) \
     "$here/fuzz-parser.c" \
     "$root/core/gor-ast.c" "$root/core/gor-ast-dump.c" \
     "$root/core/gor-lexer.c" "$root/core/gor-parser.c" \
     $(pkg-config --libs glib-2.0) \
     -o "$work/fuzz-parser"; then
  echo "run-fuzz: cannot build with -fsanitize=fuzzer (is libclang-rt-14-dev installed?)" >&2
  exit 77
fi

exec "$work/fuzz-parser" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -dict="$here/go.dict" -artifact_prefix="$work/artifacts/" \
  -print_final_stats=1 \
  "$work/corpus" "$here/corpus" "$here/../parser" "$here/../bench"
