#!/bin/sh
# `gorolanes export` as a user meets it: every bundled scenario to SVG and
# PNG, red where the leak is and nowhere else, and the failures, each with
# one line on stderr and no file left behind.  TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
: "${GOROLANES_SCENARIOS:?GOROLANES_SCENARIOS must point at data/scenarios}"
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The tools the checks read pictures with: missing, the test fails (the
# README's test command installs them).
for tool in xmllint:libxml2-utils rsvg-convert:librsvg2-bin convert:imagemagick identify:imagemagick python3:python3; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    echo "Bail out! ${tool%%:*} not found (Debian package ${tool#*:})"
    exit 1
  fi
done

# What a PNG shows, in rows FROM to TO (-1: the bottom): "RED RUN LUMA",
# the red pixels (blocked forever), the longest horizontal run of red and
# the mean brightness (0-255).  Fails, printing nothing, when the picture
# cannot be read: a check built on it then fails too.
cat >"$tmp/png.py" <<'PY'
import re, subprocess, sys
path, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
size = subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True)
raw = subprocess.run(["convert", path, "-alpha", "off", "-depth", "8", "rgb:-"], capture_output=True)
if size.returncode != 0 or raw.returncode != 0:
    sys.exit("cannot read %s: %s%s" % (path, size.stderr, raw.stderr.decode(errors="replace")))
w, h = map(int, size.stdout.split())
data = raw.stdout
if w * h == 0 or len(data) != w * h * 3:
    sys.exit("%s: %d bytes for %dx%d pixels" % (path, len(data), w, h))
last = h if last < 0 else min(last, h)
data = data[first * w * 3:last * w * 3]
n = max(1, (last - first) * w)
# One mask byte a pixel, 1 where it is red: channels apart, then ANDed.
r, g, b = data[0::3], data[1::3], data[2::3]
hi = bytes(1 if v >= 0xb5 else 0 for v in range(256))
lo = bytes(1 if v <= 0x59 else 0 for v in range(256))
mask = (int.from_bytes(r.translate(hi), "big") & int.from_bytes(g.translate(lo), "big")
        & int.from_bytes(b.translate(lo), "big")).to_bytes(n, "big")
red = mask.count(1)
longest = max((len(m) for y in range(0, len(mask), w) for m in re.findall(rb"\x01+", mask[y:y + w])), default=0)
luma = (sum(r) * 299 + sum(g) * 587 + sum(b) * 114) // 1000 // n
print(red, longest, luma)
PY
png_stats () { python3 "$tmp/png.py" "$@"; }
field () { echo "$2" | cut -d ' ' -f "$1"; }
# Red pixels below the header (title and legend: the first 64 pixels of a
# single variant).
red_below_header () { stats=$(png_stats "$1" 64 -1) && field 1 "$stats"; }
is_png () { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; }

# Sanitizer builds: no suppression statistics on stderr.
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"

# No display needed.
unset DISPLAY WAYLAND_DISPLAY

for dir in "$GOROLANES_SCENARIOS"/[0-9][0-9]-*/; do
  id=$(basename "$dir")
  out="$tmp/$id.svg"
  "$GOROLANES" export --scenario "$id" --output "$out" >"$tmp/out" 2>"$tmp/err"; st=$?
  if [ $st -ne 0 ] || [ ! -s "$out" ]; then
    not_ok "$id: exports to SVG" "status $st" "$(cat "$tmp/err")"
    continue
  fi
  ok "$id: exports to SVG"
  if xmllint --noout "$out" 2>"$tmp/err"; then ok "$id: xmllint accepts the SVG"; else not_ok "$id: xmllint accepts the SVG" "$(head -3 "$tmp/err")"; fi
  if rsvg-convert -o "$tmp/$id.png" "$out" 2>"$tmp/err" && is_png "$tmp/$id.png"; then
    ok "$id: rsvg-convert renders the SVG"
  else
    not_ok "$id: rsvg-convert renders the SVG" "$(head -3 "$tmp/err")"
  fi

  # Each variant alone: the leak shows red, the fix none outside the legend.
  "$GOROLANES" export --output "$tmp/$id-leak.svg" "$dir/leak.go" 2>"$tmp/err" \
    && rsvg-convert -o "$tmp/$id-leak.png" "$tmp/$id-leak.svg"
  "$GOROLANES" export --output "$tmp/$id-fixed.svg" "$dir/fixed.go" 2>>"$tmp/err" \
    && rsvg-convert -o "$tmp/$id-fixed.png" "$tmp/$id-fixed.svg"
  if [ -s "$tmp/$id-leak.png" ] && [ -s "$tmp/$id-fixed.png" ]; then
    if red_leak=$(red_below_header "$tmp/$id-leak.png" 2>"$tmp/err") && [ "$red_leak" -gt 200 ]; then
      ok "$id: the leak is red ($red_leak px)"
    else
      not_ok "$id: the leak is red" "${red_leak:-no} red pixels" "$(cat "$tmp/err")"
    fi
    if red_fixed=$(red_below_header "$tmp/$id-fixed.png" 2>"$tmp/err") && [ "$red_fixed" -eq 0 ]; then
      ok "$id: the fix has no red outside the legend"
    else
      not_ok "$id: the fix has no red outside the legend" "${red_fixed:-no count of} red pixels" "$(cat "$tmp/err")"
    fi
  else
    not_ok "$id: variants export alone" "$(cat "$tmp/err")"
  fi
done

# PNG, by option and by extension; the default name follows the program.
first=$(ls -d "$GOROLANES_SCENARIOS"/[0-9][0-9]-*/ | head -1)
cp "$first/leak.go" "$tmp/prog.go"
"$GOROLANES" export --format png --output "$tmp/by-option.out" "$tmp/prog.go" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && is_png "$tmp/by-option.out" && red=$(red_below_header "$tmp/by-option.out" 2>>"$tmp/err") && [ "$red" -gt 200 ]; then
  ok "--format png writes a PNG, the leak red ($red px)"
else
  not_ok "--format png writes a PNG, the leak red" "status $st, ${red:-no} red pixels" "$(cat "$tmp/err")"
fi
"$GOROLANES" export --output "$tmp/by-ext.png" --width 900 --height 400 "$tmp/prog.go" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && is_png "$tmp/by-ext.png" && [ "$(identify -format '%wx%h' "$tmp/by-ext.png")" = "900x400" ]; then
  ok ".png extension writes a PNG of the size asked for"
else
  not_ok ".png extension writes a PNG of the size asked for" "status $st" "$(cat "$tmp/err")"
fi
(cd "$tmp" && "$GOROLANES" export prog.go 2>"$tmp/err"); st=$?
if [ $st -eq 0 ] && [ -s "$tmp/prog.svg" ] && xmllint --noout "$tmp/prog.svg"; then ok "no --output: prog.go → prog.svg"; else not_ok "no --output: prog.go → prog.svg" "status $st" "$(cat "$tmp/err")"; fi
"$GOROLANES" export --axis time --theme dark --seed 7 --output "$tmp/time.svg" "$first/leak.go" "$first/fixed.go" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && xmllint --noout "$tmp/time.svg"; then ok "--axis time --theme dark, a pair"; else not_ok "--axis time --theme dark, a pair" "status $st" "$(cat "$tmp/err")"; fi
# What it shows, beside the same pair on the steps axis and the leak alone
# (whose height is where the fix starts in the pair).
"$GOROLANES" export --theme dark --seed 7 --output "$tmp/steps.svg" "$first/leak.go" "$first/fixed.go" 2>>"$tmp/err"
"$GOROLANES" export --axis time --theme dark --seed 7 --output "$tmp/time-leak.svg" "$first/leak.go" 2>>"$tmp/err"
if rsvg-convert -o "$tmp/time.png" "$tmp/time.svg" && rsvg-convert -o "$tmp/steps.png" "$tmp/steps.svg" \
   && rsvg-convert -o "$tmp/time-leak.png" "$tmp/time-leak.svg" && split=$(identify -format '%h' "$tmp/time-leak.png") \
   && whole=$(png_stats "$tmp/time.png" 0 -1) && leak=$(png_stats "$tmp/time.png" 64 "$split") \
   && fix=$(png_stats "$tmp/time.png" $((split + 80)) -1) && steps=$(png_stats "$tmp/steps.png" 64 "$split"); then
  luma=$(field 3 "$whole") leak_red=$(field 1 "$leak") leak_run=$(field 2 "$leak")
  fix_red=$(field 1 "$fix") steps_run=$(field 2 "$steps")
  if [ "$luma" -lt 80 ]; then ok "--theme dark: a dark picture (mean brightness $luma)"; else not_ok "--theme dark: a dark picture" "mean brightness $luma of 255"; fi
  if [ "$leak_red" -gt 200 ] && [ "$fix_red" -eq 0 ]; then
    ok "the pair: red in the leak ($leak_red px), none in the fix below its legend"
  else
    not_ok "the pair: red in the leak, none in the fix below its legend" "leak $leak_red red px, fix $fix_red"
  fi
  # The leaked goroutine blocks at once and stays blocked through main's
  # 5 s sleep: a few steps, most of the virtual time.
  if [ "$leak_run" -gt $((steps_run * 3 / 2)) ]; then
    ok "--axis time: the leak's red spans the sleep ($leak_run px, $steps_run px on the steps axis)"
  else
    not_ok "--axis time: the leak's red spans the sleep" "$leak_run px of red on the time axis, $steps_run px on the steps axis"
  fi
else
  not_ok "--axis time --theme dark: the pictures can be read" "$(cat "$tmp/err")"
fi

# Failures: non-zero, one line, nothing left behind.
expect_failure () {
  name=$1; pattern=$2; leftover=$3; shift 3
  "$GOROLANES" export "$@" >"$tmp/out" 2>"$tmp/err"; st=$?
  lines=$(wc -l <"$tmp/err")
  if [ $st -ne 0 ] && grep -q -- "$pattern" "$tmp/err" && [ "$lines" -le 2 ] && [ ! -e "$leftover" ]; then
    ok "$name"
  else
    not_ok "$name" "status $st, $lines lines" "$(cat "$tmp/err")" "$(ls "$(dirname "$leftover")" 2>&1 | head -5)"
  fi
}
mkdir "$tmp/clean"
expect_failure "unwritable folder" "cannot write $tmp/clean/nope/x.svg" "$tmp/clean/nope/x.svg" \
  --output "$tmp/clean/nope/x.svg" "$tmp/prog.go"
touch "$tmp/clean/a-file"
expect_failure "a path through a file" "cannot write" "$tmp/clean/a-file/x.svg" \
  --output "$tmp/clean/a-file/x.svg" "$tmp/prog.go"
printf 'package main\n\nfunc main() {\n\tx := \n}\n' >"$tmp/clean/bad.go"
(cd "$tmp/clean" && "$GOROLANES" export bad.go >"$tmp/out" 2>"$tmp/err"); st=$?
if [ $st -ne 0 ] && grep -Eq '^bad\.go:[0-9]+:[0-9]+: ' "$tmp/err" && [ "$(wc -l <"$tmp/err")" -eq 1 ] && [ ! -e "$tmp/clean/bad.svg" ]; then
  ok "a program with errors: FILE:LINE:COL, no file"
else
  not_ok "a program with errors: FILE:LINE:COL, no file" "status $st" "$(cat "$tmp/err")"
fi
expect_failure "a missing program" "missing.go" "$tmp/clean/missing.svg" --output "$tmp/clean/missing.svg" "$tmp/clean/missing.go"
expect_failure "--format gif" "unknown format" "$tmp/clean/x.gif" --format gif --output "$tmp/clean/x.gif" "$tmp/prog.go"
expect_failure "unknown extension" "cannot tell the format" "$tmp/clean/x.pdf" --output "$tmp/clean/x.pdf" "$tmp/prog.go"
expect_failure "--axis sideways" "unknown axis" "$tmp/clean/x.svg" --axis sideways --output "$tmp/clean/x.svg" "$tmp/prog.go"
expect_failure "--width abc" "width" "$tmp/clean/x.svg" --width abc --output "$tmp/clean/x.svg" "$tmp/prog.go"
expect_failure "unknown scenario" "no bundled scenario" "$tmp/clean/x.svg" --scenario 99-nothing --output "$tmp/clean/x.svg"
expect_failure "three programs" "at most two" "$tmp/clean/x.svg" --output "$tmp/clean/x.svg" "$tmp/prog.go" "$tmp/prog.go" "$tmp/prog.go"
expect_failure "no program" "no program" "$tmp/clean/x.svg" --output "$tmp/clean/x.svg"
left=$(ls -A "$tmp/clean" | tr '\n' ' ')
if [ "$left" = "a-file bad.go " ]; then ok "nothing left behind by the failures"; else not_ok "nothing left behind by the failures" "$left"; fi

# Time box: 2 000 goroutines, 10 000 channel hand-offs, under 5 s.
cat >"$tmp/big.go" <<'GO'
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 2000; i++ {
		go func(id int) {
			for j := 0; j < 5; j++ {
				ch <- id
			}
			done <- true
		}(i)
	}
	sum := 0
	for k := 0; k < 10000; k++ {
		sum += <-ch
	}
	for i := 0; i < 2000; i++ {
		<-done
	}
	fmt.Println(sum)
}
GO
# CPU time (user + system): a busy machine must not fail the box, a slow
# exporter must.
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$GOROLANES" export --output "$tmp/big.svg" "$tmp/big.go" 2>"$tmp/err"; st=$?
  ms=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp/time")
else
  "$GOROLANES" export --output "$tmp/big.svg" "$tmp/big.go" 2>"$tmp/err"; st=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
fi
wall=$(( ($(date +%s%N) - start) / 1000000 ))
size=$(stat -c %s "$tmp/big.svg" 2>/dev/null || echo 0)
if [ $st -eq 0 ] && [ "$ms" -lt 5000 ] && xmllint --noout "$tmp/big.svg"; then
  ok "2 000 goroutines, 10 000 hand-offs: exported in $ms ms CPU ($wall ms wall), SVG $size bytes"
else
  not_ok "2 000 goroutines, 10 000 hand-offs in under 5 s" "status $st, $ms ms CPU, $wall ms wall" "$(cat "$tmp/err")"
fi
if [ "$size" -lt 4194304 ]; then ok "the big SVG stays small ($size bytes)"; else not_ok "the big SVG stays small" "$size bytes"; fi

echo "1..$n"
exit $fail
