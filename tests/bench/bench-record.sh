#!/bin/sh
# The cost of recording: each program of this folder under `gorolanes run`
# (output and end only) and under `gorolanes run --report` (the full trace:
# spans, hand-offs, step events, the live leak rule), side by side.
#
#   tests/bench/bench-record.sh [path/to/gorolanes] [PROGRAM…]
#
# Prints the median CPU time (user + sys) of RUNS runs (default 3) of each,
# interleaved so that the load of a shared machine falls on both alike, the
# peak RSS, and the ratio --report / plain.  With IREFS=1 (the default when
# valgrind is installed) it also counts the host instructions of one run of
# each with cachegrind, a figure that does not move with the load.
set -u
GOROLANES=${1:-${GOROLANES:-build/app/gorolanes}}
[ $# -gt 0 ] && shift
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${RUNS:-3}
PROGRAMS=${*:-pingpong mutex selectloop}
if [ -z "${IREFS+x}" ]; then
  if command -v valgrind >/dev/null 2>&1; then IREFS=1; else IREFS=0; fi
fi

median () {
  tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# CPU microseconds and peak RSS (KB) of one run: "cpu_us rss_kb".
measure () {
  /usr/bin/time -f 'bench:%U:%S:%M' "$@" 2>&1 >/dev/null | awk -F: '/^bench:/ { printf "%d %d\n", ($2 + $3) * 1000000, $4 }'
}

irefs () {
  out=$(mktemp)
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" >/dev/null 2>"$out"
  awk '/I *refs:/ { gsub(",", "", $NF); print $NF }' "$out"
  rm -f "$out"
}

printf '%-11s %10s %10s %6s %8s %8s' program plain report ratio 'plain MB' 'rep. MB'
[ "$IREFS" = 1 ] && printf ' %10s %10s %6s' 'plain Ir' 'report Ir' ratio
printf '\n'
status=0
for p in $PROGRAMS; do
  src="$HERE/$p.go"
  plain_t="" report_t="" plain_m="" report_m=""
  i=0
  while [ $i -lt "$RUNS" ]; do
    set -- $(measure "$GOROLANES" run "$src")
    plain_t="$plain_t ${1:-0}"; plain_m="$plain_m ${2:-0}"
    set -- $(measure "$GOROLANES" run --report "$src")
    report_t="$report_t ${1:-0}"; report_m="$report_m ${2:-0}"
    i=$((i + 1))
  done
  pt=$(echo $plain_t | median); rt=$(echo $report_t | median)
  pm=$(echo $plain_m | median); rm_=$(echo $report_m | median)
  ratio=$(awk -v a="$rt" -v b="$pt" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  printf '%-11s %8.3f s %8.3f s %6s %8d %8d' "$p" "$(awk -v t="$pt" 'BEGIN { print t / 1e6 }')" \
    "$(awk -v t="$rt" 'BEGIN { print t / 1e6 }')" "$ratio" $((pm / 1024)) $((rm_ / 1024))
  if [ "$IREFS" = 1 ]; then
    pi=$(irefs "$GOROLANES" run "$src"); ri=$(irefs "$GOROLANES" run --report "$src")
    iratio=$(awk -v a="$ri" -v b="$pi" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    printf ' %9dM %9dM %6s' $((pi / 1000000)) $((ri / 1000000)) "$iratio"
  fi
  printf '\n'
  [ "$pt" -gt 0 ] && [ "$rt" -gt 0 ] || status=1
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
