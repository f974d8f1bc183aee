#!/bin/sh
# gorolanes explore as a user and a CI job meet it: each program of
# tests/explore leaks in some of the default 200 schedules and its fix in
# none; exit statuses; the JSON document; --jobs does not change the
# result; a reported seed replays with run.  TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
: "${G_TEST_SRCDIR:?G_TEST_SRCDIR must point at tests/}"
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir="$G_TEST_SRCDIR/explore"

for p in select-timer lock-order send-close ticker-loop; do
  (cd "$dir" && "$GOROLANES" explore "$p.go" "$p-fixed.go") >"$tmp/out" 2>"$tmp/err"; st=$?
  leaky=$(sed -n "s/^$p\.go: blocked forever in \([0-9]*\) of 200 schedules\$/\1/p" "$tmp/out")
  if [ $st -eq 4 ] && [ -n "$leaky" ] && [ "$leaky" -gt 0 ] && [ "$leaky" -lt 200 ] \
     && grep -Eq "^$p\.go:[0-9]+ .*\(goroutine created at $p\.go:[0-9]+\): blocked forever in [0-9]+ of 200 schedules \(first: seed [0-9]+" "$tmp/out" \
     && grep -qx "$p-fixed.go: blocked forever in 0 of 200 schedules" "$tmp/out"; then
    ok "$p: leaks in $leaky of 200 schedules, the fix in none"
  else
    not_ok "$p: leaks in some schedules, the fix in none" "status $st" "$(cat "$tmp/out" "$tmp/err")"
  fi
  (cd "$dir" && "$GOROLANES" explore "$p-fixed.go") >"$tmp/out" 2>&1; st=$?
  if [ $st -eq 0 ]; then ok "$p-fixed alone: exit status 0"; else not_ok "$p-fixed alone: exit status 0" "status $st" "$(cat "$tmp/out")"; fi
done

# --jobs changes nothing in the result
for p in lock-order ticker-loop; do
  "$GOROLANES" explore --json --jobs 1 -n 80 "$dir/$p.go" >"$tmp/j1" 2>&1
  "$GOROLANES" explore --json --jobs 2 -n 80 "$dir/$p.go" >"$tmp/j2" 2>&1
  if cmp -s "$tmp/j1" "$tmp/j2"; then ok "$p: --jobs 1 and --jobs 2 agree"; else not_ok "$p: --jobs 1 and --jobs 2 agree" "$(diff "$tmp/j1" "$tmp/j2" | head -5)"; fi
done

# The JSON document: its shape, its counts agree with each other, and the
# first seed of each site replays with run (and --strategy pct if it says so).
"$GOROLANES" explore --json "$dir/lock-order.go" "$dir/lock-order-fixed.go" >"$tmp/doc.json" 2>"$tmp/err"; st=$?
check=$(python3 - "$tmp/doc.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schedules"] == 200 and d["strategy"] == "all" and d["pct_depth"] == 3, d
assert len(d["variants"]) == 2
for v in d["variants"]:
    ps = v["per_schedule"]
    assert v["schedules"] == 200 and len(ps) == 200
    assert [s["seed"] for s in ps] == list(range(1, 201))
    assert v["blocked_forever"] == sum(1 for s in ps if s["blocked_forever"] > 0)
    for site in v["sites"]:
        assert site["verdict"] == "blocked forever"
        assert 0 < site["schedules"] <= v["blocked_forever"]
        first = ps[site["first_seed"] - 1]
        assert first["blocked_forever"] > 0 and first["strategy"] == site["first_strategy"]
leak, fixed = d["variants"]
assert leak["blocked_forever"] > 0 and len(leak["sites"]) == 2
assert fixed["blocked_forever"] == 0 and fixed["sites"] == []
s = leak["sites"][0]
print(s["first_seed"], s["first_strategy"], s["line"])
PY
); pst=$?
if [ $st -eq 4 ] && [ $pst -eq 0 ]; then ok "--json: one document, counts that agree"; else not_ok "--json: one document, counts that agree" "status $st python $pst" "$check" "$(head -c 600 "$tmp/doc.json")"; fi
set -- $check
if [ $# -eq 3 ]; then
  "$GOROLANES" run --report --seed "$1" --strategy "$2" "$dir/lock-order.go" >"$tmp/out" 2>"$tmp/err"
  if grep -q "^2 goroutines blocked forever" "$tmp/err" && grep -q "blocked at .*lock-order.go:$3\$" "$tmp/err"; then
    ok "the first seed replays with run --seed $1 --strategy $2"
  else
    not_ok "the first seed replays with run" "$(cat "$tmp/err")"
  fi
  "$GOROLANES" export -f perfetto -o "$tmp/a.json" --seed "$1" --strategy "$2" "$dir/lock-order.go" 2>"$tmp/err"
  "$GOROLANES" export -f perfetto -o "$tmp/b.json" --seed "$1" --strategy "$2" "$dir/lock-order.go" 2>>"$tmp/err"
  if cmp -s "$tmp/a.json" "$tmp/b.json" && grep -q 'blocked forever: sync.Mutex.Lock' "$tmp/a.json"; then
    ok "export --seed $1 --strategy $2: the same leaky trace twice"
  else
    not_ok "export --seed --strategy: the same leaky trace twice" "$(cat "$tmp/err")"
  fi
else
  not_ok "the first seed replays with run" "no seed in the JSON"
  not_ok "export --seed --strategy: the same leaky trace twice" "no seed in the JSON"
fi

# Exit statuses: a program with errors, bad options, a missing file.
printf 'package main\n\nfunc main() {\n\tx :=\n}\n' > "$tmp/bad.go"
"$GOROLANES" explore "$tmp/bad.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && grep -q "bad.go:5:1: " "$tmp/err"; then ok "syntax error: exit status 1, FILE:LINE:COL"; else not_ok "syntax error: exit status 1, FILE:LINE:COL" "status $st" "$(cat "$tmp/err")"; fi
for args in "--strategy bogus $dir/send-close.go" "--schedules 0 $dir/send-close.go" "--jobs -1 $dir/send-close.go" "" "$tmp/missing.go" "a.go b.go c.go"; do
  # shellcheck disable=SC2086
  "$GOROLANES" explore $args >"$tmp/out" 2>"$tmp/err"; st=$?
  if [ $st -eq 1 ] && [ -s "$tmp/err" ]; then ok "explore $args: exit status 1"; else not_ok "explore $args: exit status 1" "status $st" "$(cat "$tmp/err")"; fi
done
"$GOROLANES" run --strategy bogus "$dir/send-close.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && grep -q bogus "$tmp/err"; then ok "run --strategy bogus: exit status 1"; else not_ok "run --strategy bogus: exit status 1" "status $st" "$(cat "$tmp/err")"; fi

# A goroutine still blocked when main returns, that a sleeping one would
# have woken: the second label, counted apart, not a failure.
printf 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nvar ch = make(chan int)\n\nfunc main() {\n\tgo func() {\n\t\tch <- 1\n\t}()\n\tgo func() {\n\t\ttime.Sleep(time.Second)\n\t\t<-ch\n\t}()\n\tfmt.Println("bye")\n}\n' >"$tmp/still.go"
"$GOROLANES" explore -n 20 --jobs 2 "$tmp/still.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && grep -q "still.go: blocked forever in 0 of 20 schedules" "$tmp/out" \
   && grep -Eq "still.go: still blocked when main returned in [1-9][0-9]* of 20 schedules" "$tmp/out" \
   && grep -q "still.go:12 chan send (goroutine created at .*still.go:11): still blocked when main returned" "$tmp/out"; then
  ok "still blocked when main returned: counted apart, exit 0"
else
  not_ok "still blocked when main returned: counted apart, exit 0" "status $st" "$(cat "$tmp/out" "$tmp/err")"
fi
"$GOROLANES" explore -n 20 --json "$tmp/still.go" >"$tmp/still.json" 2>/dev/null
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["variants"][0]
assert d["blocked_forever"] == 0 and d["still_blocked"] > 0, d
assert d["still_blocked"] == sum(1 for s in d["per_schedule"] if s["still_blocked"] > 0)
assert all(s["verdict"] == "still blocked when main returned" for s in d["sites"])
' "$tmp/still.json"; then ok "JSON: still_blocked per variant and per schedule"; else not_ok "JSON: still_blocked per variant and per schedule"; fi

echo "1..$n"
exit $fail
