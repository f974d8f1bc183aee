#!/bin/sh
# Startup to first frame of the window (no arguments: the first bundled
# scenario at step 0).  The window prints the wall-clock time of its first
# painted frame when GOROLANES_BENCH is set, and quits with =quit; this
# script notes the time just before it starts the process.
#
#   tests/bench/bench-startup.sh [path/to/gorolanes] [runs]
#
# Runs under the current display, or wraps itself in xvfb-run.  Prints each
# run in ms, then the median; exits 1 when the median is 500 ms or more.
set -u
GOROLANES=${1:-${GOROLANES:-build/app/gorolanes}}
RUNS=${2:-15}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$GOROLANES" "$RUNS"
fi

export GSK_RENDERER=${GSK_RENDERER:-cairo}
export GTK_A11Y=${GTK_A11Y:-none}
export GOROLANES_BENCH=quit

# CPU time of the whole process (to its exit right after the first frame)
# tells the app's own cost apart from a busy machine's waiting.
timer=""
if [ -x /usr/bin/time ]; then
  timer="/usr/bin/time -f cpu-s:%U:%S"
fi

times=""
cpus=""
i=0
# One warm-up run fills the page cache, as a user's second start would.
"$GOROLANES" >/dev/null 2>&1
while [ $i -lt "$RUNS" ]; do
  start=$(date +%s%6N)
  out=$($timer "$GOROLANES" 2>&1 >/dev/null)
  line=$(echo "$out" | grep '^first-frame-us ')
  end=${line#first-frame-us }
  if [ -z "$end" ]; then
    echo "bench-startup: no first frame reported" >&2
    exit 2
  fi
  ms=$(( (end - start) / 1000 ))
  cpu=$(echo "$out" | awk -F: '/^cpu-s:/ { printf "%d", ($2 + $3) * 1000 }')
  echo "run $((i + 1)): $ms ms to first frame${cpu:+ (process CPU $cpu ms)}"
  times="$times $ms"
  [ -n "$cpu" ] && cpus="$cpus $cpu"
  i=$((i + 1))
done

median=$(echo $times | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "startup to first frame: median $median ms over $RUNS runs (target < 500 ms)"
if [ -n "$cpus" ]; then
  cpu_median=$(echo $cpus | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "process CPU time: median $cpu_median ms; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
[ "$median" -lt 500 ]
