#!/bin/sh
# The gorolanes command line as a user meets it: version, help, bad options,
# no display.  TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$GOROLANES" --version 2>&1); st=$?
if [ $st -eq 0 ] && echo "$out" | grep -Eq '^gorolanes [0-9]+\.[0-9]+\.[0-9]+$'; then ok "--version"; else not_ok "--version" "status $st" "$out"; fi

out=$("$GOROLANES" --help 2>&1); st=$?
if [ $st -eq 0 ] && echo "$out" | grep -q 'Usage:' && echo "$out" | grep -q 'gorolanes run'; then ok "--help"; else not_ok "--help" "status $st" "$out"; fi

"$GOROLANES" --bogus >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -ne 0 ] && grep -q 'bogus' "$tmp/err" && grep -q 'gorolanes --help' "$tmp/err"; then ok "--bogus is refused with usage"; else not_ok "--bogus is refused with usage" "status $st" "$(cat "$tmp/err")"; fi

env -u DISPLAY -u WAYLAND_DISPLAY "$GOROLANES" >"$tmp/out" 2>"$tmp/err"; st=$?
lines=$(wc -l < "$tmp/err")
if [ $st -eq 1 ] && [ "$lines" -eq 1 ] && grep -q 'cannot open display' "$tmp/err"; then ok "no display: one-line error"; else not_ok "no display: one-line error" "status $st" "$(cat "$tmp/err")"; fi

# The headless commands do not load GTK: the window is a module of its
# own, loaded when the window opens.
if command -v ldd >/dev/null && ! ldd "$GOROLANES" | grep -q 'libgtk-4'; then ok "run and export link no GTK"; else not_ok "run and export link no GTK" "$(ldd "$GOROLANES" | grep gtk)"; fi
# Without its module, the window says so in one line, and run still works.
mkdir "$tmp/nomodule"
cp "$GOROLANES" "$tmp/nomodule/gorolanes"
: >"$tmp/nomodule/libgorolanes-window.so"
"$tmp/nomodule/gorolanes" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q 'the window cannot be loaded: .*libgorolanes-window.so' "$tmp/err"; then ok "a broken window module: one-line error"; else not_ok "a broken window module: one-line error" "status $st" "$(cat "$tmp/err")"; fi
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n' >"$tmp/hi.go"
out=$("$tmp/nomodule/gorolanes" run "$tmp/hi.go" 2>&1); st=$?
if [ $st -eq 0 ] && [ "$out" = "hi" ]; then ok "run works without the window module"; else not_ok "run works without the window module" "status $st" "$out"; fi

# A loop with no scheduling point spends whole time slices: the instruction
# bound stops it (by default after 2e9 instructions, a few seconds).
printf 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' > "$tmp/busy.go"
"$GOROLANES" run --max-instructions 3000000 "$tmp/busy.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 3 ] && grep -q 'stopped after 3000000 instructions' "$tmp/err" && grep -q -- '--max-instructions 3000000' "$tmp/err"; then ok "busy loop stops at --max-instructions"; else not_ok "busy loop stops at --max-instructions" "status $st" "$(cat "$tmp/err")"; fi
"$GOROLANES" run --max-instructions 0 "$tmp/busy.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && grep -q 'must be positive' "$tmp/err"; then ok "--max-instructions 0 is refused"; else not_ok "--max-instructions 0 is refused" "status $st" "$(cat "$tmp/err")"; fi
# A runaway loop ends at --max-steps with status 3 and says why.
printf 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' > "$tmp/loop.go"
"$GOROLANES" run --max-steps 2000 "$tmp/loop.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 3 ] && grep -q 'max-steps 2000' "$tmp/err" && [ ! -s "$tmp/out" ]; then ok "for {} stops at --max-steps"; else not_ok "for {} stops at --max-steps" "status $st" "$(cat "$tmp/err")"; fi

# Memory is finite: a program that keeps growing ends as Go's does when it
# runs out ("fatal error: out of memory", status 2), the process survives.
printf 'package main\n\nfunc main() {\n\ts := "x"\n\tfor i := 0; i < 100; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))\n}\n' > "$tmp/grow.go"
"$GOROLANES" run "$tmp/grow.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 2 ] && grep -q '^fatal error: out of memory$' "$tmp/err"; then ok "string doubling runs out of memory cleanly"; else not_ok "string doubling runs out of memory cleanly" "status $st" "$(head -3 "$tmp/err")"; fi

# --max-memory bounds live data, not garbage: a goroutine bomb runs out of
# 16 MiB, a loop making 100 MB of garbage strings does not.
printf 'package main\n\nfunc main() {\n\tc := make(chan int)\n\tfor {\n\t\tgo func() { <-c }()\n\t}\n}\n' > "$tmp/bomb.go"
"$GOROLANES" run --max-memory 16 "$tmp/bomb.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 2 ] && grep -q '^fatal error: out of memory$' "$tmp/err"; then ok "goroutine bomb runs out of --max-memory"; else not_ok "goroutine bomb runs out of --max-memory" "status $st" "$(head -3 "$tmp/err")"; fi
printf 'package main\n\nimport "strconv"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 1000000; i++ {\n\t\tn += len(strconv.Itoa(i) + "garbage")\n\t}\n\tprintln(n)\n}\n' > "$tmp/churn.go"
"$GOROLANES" run --max-memory 16 "$tmp/churn.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && grep -q '^12888890$' "$tmp/err"; then ok "garbage does not count against --max-memory"; else not_ok "garbage does not count against --max-memory" "status $st" "$(head -3 "$tmp/err")"; fi
# A String method is an ordinary call of the goroutine that formats: one
# that never returns meets the same limits as any loop.
printf 'package main\n\nimport "fmt"\n\ntype L struct{}\n\nfunc (L) String() string {\n\tfor {\n\t}\n}\n\nfunc main() {\n\tfmt.Println("start")\n\tfmt.Println(L{})\n}\n' > "$tmp/strloop.go"
"$GOROLANES" run --max-instructions 3000000 "$tmp/strloop.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 3 ] && grep -q 'stopped after 3000000 instructions' "$tmp/err" && [ "$(cat "$tmp/out")" = start ]; then ok "String method loop stops at --max-instructions"; else not_ok "String method loop stops at --max-instructions" "status $st" "$(cat "$tmp/err")"; fi
sed 's/\tfor {/\tfor {\n\t\ttime.Sleep(time.Second)/; s/import "fmt"/import (\n\t"fmt"\n\t"time"\n)/' "$tmp/strloop.go" > "$tmp/strsleep.go"
"$GOROLANES" run --max-steps 1000 "$tmp/strsleep.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 3 ] && grep -q 'max-steps 1000' "$tmp/err" && [ "$(cat "$tmp/out")" = start ]; then ok "String method sleeping forever stops at --max-steps"; else not_ok "String method sleeping forever stops at --max-steps" "status $st" "$(cat "$tmp/err")"; fi

# The Error method of an unrecovered panic's value runs in the panicking
# goroutine before the panic is printed: Go never ends one that loops,
# Gorolanes stops it at the limit.
printf 'package main\n\nimport "fmt"\n\ntype E struct{}\n\nfunc (E) Error() string {\n\tfor {\n\t}\n}\n\nfunc main() {\n\tfmt.Println("start")\n\tpanic(E{})\n}\n' > "$tmp/errloop.go"
"$GOROLANES" run --max-instructions 3000000 "$tmp/errloop.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 3 ] && grep -q 'stopped after 3000000 instructions' "$tmp/err" && ! grep -q '^panic' "$tmp/err" && [ "$(cat "$tmp/out")" = start ]; then ok "panic value's Error loop stops at --max-instructions"; else not_ok "panic value's Error loop stops at --max-instructions" "status $st" "$(cat "$tmp/err")"; fi

# A source over 2 MB is refused before it is read, with its size.
{ printf 'package main\n\nfunc main() {}\n'; head -c 3145728 /dev/zero | tr '\0' '\n'; } > "$tmp/huge.go"
"$GOROLANES" run "$tmp/huge.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && [ "$(cat "$tmp/err")" = "$tmp/huge.go: too large (3.0 MB; at most 2 MB)" ]; then ok "run refuses a 3 MB source"; else not_ok "run refuses a 3 MB source" "status $st" "$(cat "$tmp/err")"; fi
"$GOROLANES" export -o "$tmp/huge.svg" "$tmp/huge.go" >"$tmp/out" 2>"$tmp/err"; st=$?
if [ $st -eq 1 ] && grep -q 'huge.go: too large (3.0 MB; at most 2 MB)$' "$tmp/err" && [ ! -e "$tmp/huge.svg" ]; then ok "export refuses a 3 MB source"; else not_ok "export refuses a 3 MB source" "status $st" "$(cat "$tmp/err")"; fi

# A directory, binary garbage and an empty file are refused with FILE:LINE:COL or FILE: and status 1.
mkdir "$tmp/dir.go"
printf '\177ELF\002\001\001\000\000\000\377\376package main\n' > "$tmp/garbage.go"
: > "$tmp/empty.go"
for f in dir garbage empty; do
  "$GOROLANES" run "$tmp/$f.go" >"$tmp/out" 2>"$tmp/err"; st=$?
  if [ $st -eq 1 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "^$tmp/$f.go:" "$tmp/err"; then ok "$f.go refused in one line"; else not_ok "$f.go refused in one line" "status $st" "$(head -3 "$tmp/err")"; fi
done

echo "1..$n"
exit $fail
