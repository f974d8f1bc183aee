#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds a libFuzzer harness with clang, outside meson's main build, and
# runs it.
#
#   [FUZZ_HARNESS=pipeline] tests/fuzz/run-fuzz.sh [SECONDS] [WORKDIR] [SOURCE...]
#
# FUZZ_HARNESS names the harness, fuzz-NAME.c: parser (the default), or
# pipeline (parse, check, compile and run; its seeds are the programs of
# tests/corpus and tests/bad, valid and broken).
# SECONDS defaults to 60; WORKDIR (default tests/fuzz/out) receives the
# binary, the inputs the fuzzer finds worth keeping, and any crashing input.
# SOURCEs are the harness's C files under test (meson passes its list); by
# default the front end, core/syntax, and the diagnostics its errors carry,
# or for the pipeline every core source.
# libFuzzer comes with clang's runtime libraries (Debian: libclang-rt-14-dev).
# Exit status: 0 no crash, 1 a crash (input saved in WORKDIR/artifacts),
# or clang or libFuzzer missing, or the harness not building: the test
# suite needs them (README's test command), so none of these is a skip.

set -eu

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
harness=${FUZZ_HARNESS:-parser}
work=${2:-$here/out$([ "$harness" = parser ] || echo "-$harness")}
shift $(($# < 2 ? $# : 2))
if [ $# -eq 0 ]; then
  case $harness in
    parser) set -- "$root"/core/syntax/*.c "$root/core/gor-diagnostic.c" "$root/core/gor-gotext.c" ;;
    *) set -- "$root"/core/*.c "$root"/core/*/*.c ;;
  esac
fi
clang=${CLANG:-clang}
case $harness in
  parser)
    pkgs=glib-2.0
    seeds="$here/corpus $here/../parser $here/../bench $root/data/scenarios" ;;
  pipeline)
    pkgs="glib-2.0 gobject-2.0 gio-2.0"
    # only the programs: the recordings next to them are no Go
    mkdir -p "$work/seeds"
    cp "$root"/tests/corpus/*.go "$root"/tests/bad/*.go "$here"/corpus/*.go "$work/seeds/"
    seeds="$work/seeds" ;;
  *)
    echo "run-fuzz: no harness $harness (parser or pipeline)" >&2
    exit 1 ;;
esac

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
# the parser includes config.h but needs nothing from it; the rest of the
# core names the build's folders and version, which a fuzz run never uses
cat > "$work/config.h" <<EOF
#pragma once
#define GETTEXT_PACKAGE "gorolanes"
#define LOCALEDIR "/nonexistent"
#define PACKAGE_VERSION "fuzz"
#define PKGDATADIR "/nonexistent"
#define SOURCE_SCENARIODIR "$root/data/scenarios"
EOF

if ! "$clang" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
     -I"$work" $incs $(pkg-config --cflags $pkgs) \
     "$here/fuzz-$harness.c" "$@" \
     $(pkg-config --libs $pkgs) -lm \
     -o "$work/fuzz-$harness"; then
  echo "run-fuzz: cannot build the harness with -fsanitize=fuzzer (is libclang-rt-14-dev installed?)" >&2
  exit 1
fi

# The pipeline's runs may hold the simulated heap's 2 GiB (its own limit).
exec "$work/fuzz-$harness" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=$([ "$harness" = parser ] && echo 2048 || echo 4096) \
  -dict="$here/go.dict" -artifact_prefix="$work/artifacts/" \
  -print_final_stats=1 \
  "$work/corpus" $seeds
