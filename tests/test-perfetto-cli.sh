#!/bin/sh
# `gorolanes export --format perfetto` as a user meets it: the default file
# name, the format told by a .json name, JSON that a parser accepts, and
# the failures, each with one line on stderr and no file left behind.
# TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
: "${GOROLANES_SCENARIOS:?GOROLANES_SCENARIOS must point at data/scenarios}"
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
unset DISPLAY WAYLAND_DISPLAY

is_trace_json () {
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ev = d["traceEvents"]
pids = {e["pid"] for e in ev}
assert len(pids) == int(sys.argv[2]), pids
assert any(e["ph"] == "X" for e in ev)
' "$1" "$2"
}

mkdir "$tmp/run"
(cd "$tmp/run" && "$GOROLANES" export --format perfetto --scenario 01-send-without-receiver >"$tmp/out" 2>"$tmp/err"); st=$?
if [ $st -eq 0 ] && [ ! -s "$tmp/err" ] && is_trace_json "$tmp/run/01-send-without-receiver.json" 2; then
  ok "--scenario: NN-slug.json, leak and fix"
else
  not_ok "--scenario: NN-slug.json, leak and fix" "status $st" "$(cat "$tmp/err")" "$(ls -A "$tmp/run")"
fi

cp "$GOROLANES_SCENARIOS/03-nil-channel/leak.go" "$tmp/run/prog.go"
(cd "$tmp/run" && "$GOROLANES" export -f PERFETTO --seed 2 prog.go 2>"$tmp/err"); st=$?
if [ $st -eq 0 ] && is_trace_json "$tmp/run/prog.json" 1; then
  ok "a program alone: PROG.json, one process"
else
  not_ok "a program alone: PROG.json, one process" "status $st" "$(cat "$tmp/err")"
fi

"$GOROLANES" export -o "$tmp/run/named.json" "$tmp/run/prog.go" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && is_trace_json "$tmp/run/named.json" 1; then
  ok "-o NAME.json tells the format"
else
  not_ok "-o NAME.json tells the format" "status $st" "$(cat "$tmp/err")"
fi

# Failures: status 1, one line naming the file, nothing left behind.
mkdir "$tmp/clean" "$tmp/clean/a-dir"
touch "$tmp/clean/a-file"
expect_failure () {
  what=$1 path=$2
  "$GOROLANES" export --format perfetto -o "$path" "$tmp/run/prog.go" >"$tmp/out" 2>"$tmp/err"; st=$?
  if [ $st -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] \
     && grep -q "^gorolanes export: cannot write $path: " "$tmp/err" && [ ! -s "$tmp/out" ]; then
    ok "$what: one line, status 1"
  else
    not_ok "$what: one line, status 1" "status $st" "$(cat "$tmp/err")"
  fi
}
expect_failure "a missing folder" "$tmp/clean/nope/x.json"
expect_failure "a path through a file" "$tmp/clean/a-file/x.json"
expect_failure "a folder as the file" "$tmp/clean/a-dir"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$tmp/clean/ro" && chmod 555 "$tmp/clean/ro"
  expect_failure "a read-only folder" "$tmp/clean/ro/x.json"
  chmod 755 "$tmp/clean/ro" && rmdir "$tmp/clean/ro"
fi
left=$(ls -A "$tmp/clean" | tr '\n' ' ')
if [ "$left" = "a-dir a-file " ] && [ -z "$(ls -A "$tmp/clean/a-dir")" ]; then
  ok "nothing left behind by the failures"
else
  not_ok "nothing left behind by the failures" "$left"
fi

# The JSON goes through the same safe file as the pictures: a FIFO is
# refused and left as it is, a link is followed and stays a link.
mkfifo "$tmp/pipe"
"$GOROLANES" export --format perfetto -o "$tmp/pipe" "$tmp/run/prog.go" 2>"$tmp/err" </dev/null; st=$?
if [ $st -eq 1 ] && [ -p "$tmp/pipe" ] && grep -q "named pipe" "$tmp/err"; then
  ok "a FIFO is refused and left as it is"
else
  not_ok "a FIFO is refused and left as it is" "status $st" "$(cat "$tmp/err")"
fi
: >"$tmp/real.json" && ln -s real.json "$tmp/link.json"
"$GOROLANES" export -o "$tmp/link.json" "$tmp/run/prog.go" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && [ -L "$tmp/link.json" ] && [ -s "$tmp/real.json" ]; then
  ok "a link is followed and stays a link"
else
  not_ok "a link is followed and stays a link" "status $st" "$(cat "$tmp/err")"
fi

# Time box: 10 000 goroutines that block and are released, each its own
# track, in well under 10 s (about 0.2 s on a laptop; 100 000 take 1.5 s).
sed 's/const n = 100000/const n = 10000/' "$(dirname "$0")/bench/spawn.go" >"$tmp/spawn.go"
start=$(date +%s)
"$GOROLANES" export -o "$tmp/spawn.json" "$tmp/spawn.go" 2>"$tmp/err"; st=$?
took=$(( $(date +%s) - start ))
threads=$(python3 -c '
import json, sys
ev = json.load(open(sys.argv[1]))["traceEvents"]
print(sum(1 for e in ev if e["ph"] == "M" and e["name"] == "thread_name"))' "$tmp/spawn.json" 2>/dev/null)
if [ $st -eq 0 ] && [ "$threads" = 10001 ] && [ $took -lt 10 ]; then
  ok "10 000 goroutines: 10 001 tracks in ${took} s"
else
  not_ok "10 000 goroutines: 10 001 tracks in under 10 s" "status $st, $threads tracks, $took s" "$(cat "$tmp/err")"
fi

echo "1..$n"
exit $fail
