#!/bin/sh
# Startup to first frame of the window (no arguments: the first bundled
# scenario at step 0).  The window prints the wall-clock time of its first
# painted frame when GOROSCOPE_BENCH is set, and quits with =quit; this
# script notes the time just before it starts the process.
#
#   tests/bench/bench-startup.sh [path/to/goroscope] [runs]
#
# Runs under the current display, or wraps itself in xvfb-run.  Prints each
# run in ms, then the median; exits 1 when the median is 500 ms or more.
set -u
GOROSCOPE=${1:-${GOROSCOPE:-build/app/goroscope}}
RUNS=${2:-15}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$GOROSCOPE" "$RUNS"
fi

export GSK_RENDERER=${GSK_RENDERER:-cairo}
export GTK_A11Y=${GTK_A11Y:-none}
export GOROSCOPE_BENCH=quit

times=""
i=0
# One warm-up run fills the page cache, as a user's second start would.
"$GOROSCOPE" >/dev/null 2>&1
while [ $i -lt "$RUNS" ]; do
  start=$(date +%s%6N)
  line=$("$GOROSCOPE" 2>&1 >/dev/null | grep '^first-frame-us ')
  end=${line#first-frame-us }
  if [ -z "$end" ]; then
    echo "bench-startup: no first frame reported" >&2
    exit 2
  fi
  ms=$(( (end - start) / 1000 ))
  echo "run $((i + 1)): $ms ms"
  times="$times $ms"
  i=$((i + 1))
done

median=$(echo $times | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "startup to first frame: median $median ms over $RUNS runs (target < 500 ms)"
[ "$median" -lt 500 ]
