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
  if [ "$leak_red" -gt 50 ] && [ "$fix_red" -eq 0 ]; then
    ok "the pair: red in the leak ($leak_red px), none in the fix below its legend"
  else
    not_ok "the pair: red in the leak, none in the fix below its legend" "leak $leak_red red px, fix $fix_red"
  fi
  # The leaked goroutine blocks at once, but main holds its channel through
  # its 5 s sleep and might still receive: it is proven blocked forever
  # only once main has left the loop, after the sleep.  The verdict is
  # never back-dated, so its red is short on the time axis too.
  if [ "$leak_run" -gt 0 ] && [ "$leak_run" -le "$steps_run" ]; then
    ok "--axis time: the leak's red starts after the sleep ($leak_run px, $steps_run px on the steps axis)"
  else
    not_ok "--axis time: the leak's red starts after the sleep" "$leak_run px of red on the time axis, $steps_run px on the steps axis"
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

# ---------------------------------------------------------------------------
# Hostile targets: nothing but a regular file is replaced, links are
# followed, modes kept, long names fit, sizes are capped, a signal leaves
# nothing behind.  Then scenario folders with broken members.
h="$tmp/hostile"
mkdir "$h"
prog="$GOROLANES_SCENARIOS/01-send-without-receiver/leak.go"
# hostile_fails NAME PATTERN ARGS…: non-zero, PATTERN on one line of stderr
# (two for a usage error), no escape byte on stderr.
hostile_fails () {
  name=$1; pattern=$2; shift 2
  LC_ALL=C.UTF-8 timeout 60 "$GOROLANES" export "$@" >"$tmp/out" 2>"$tmp/err"; st=$?
  lines=$(wc -l <"$tmp/err")
  if [ $st -ne 0 ] && [ $st -ne 124 ] && LC_ALL=C.UTF-8 grep -q -- "$pattern" "$tmp/err" && [ "$lines" -le 2 ] \
     && ! tr -d '\n' <"$tmp/err" | LC_ALL=C grep -q '[[:cntrl:]]'; then
    ok "$name"
  else
    not_ok "$name" "status $st, $lines lines" "$(cat -v "$tmp/err")"
  fi
}
# no_temporary NAME FOLDER…: no .gorolanes-* left in the folders.
no_temporary () {
  name=$1; shift
  left=$(ls -A "$@" 2>/dev/null | grep '^\.gorolanes-')
  if [ -z "$left" ]; then ok "$name: no temporary file left"; else not_ok "$name: no temporary file left" "$left"; fi
}
is_svg () { xmllint --noout "$1" 2>/dev/null; }

mkfifo "$h/fifo.svg"
hostile_fails "a FIFO target is refused" "cannot write $h/fifo.svg: it is a named pipe (FIFO), not a file; left as it is" \
  --output "$h/fifo.svg" "$prog"
if [ -p "$h/fifo.svg" ]; then ok "the FIFO is still a FIFO"; else not_ok "the FIFO is still a FIFO" "$(ls -l "$h/fifo.svg")"; fi

hostile_fails "/dev/null is refused" "cannot write /dev/null: it is a character device, not a file" \
  --format svg --output /dev/null "$prog"
if [ -c /dev/null ]; then ok "/dev/null is still a device"; else not_ok "/dev/null is still a device"; fi

ln -s /dev/null "$h/to-null.svg"
hostile_fails "a link to a device is refused" "cannot write $h/to-null.svg: it leads to /dev/null, which is a character device" \
  --output "$h/to-null.svg" "$prog"
if [ -L "$h/to-null.svg" ]; then ok "the link to the device stays"; else not_ok "the link to the device stays"; fi

mkdir "$h/folder.svg"
hostile_fails "a folder target is refused" "cannot write $h/folder.svg: it is a folder, not a file" \
  --output "$h/folder.svg" "$prog"
if [ -z "$(ls -A "$h/folder.svg")" ]; then ok "nothing written into the folder"; else not_ok "nothing written into the folder" "$(ls -A "$h/folder.svg")"; fi

# A link is followed: the file it names is replaced, the link stays.
mkdir "$h/real"
echo old >"$h/real/target.svg"
ln -s real/target.svg "$h/link.svg"
"$GOROLANES" export --output "$h/link.svg" "$prog" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && [ -L "$h/link.svg" ] && [ "$(readlink "$h/link.svg")" = real/target.svg ] && is_svg "$h/real/target.svg"; then
  ok "a link is followed and kept"
else
  not_ok "a link is followed and kept" "status $st" "$(cat "$tmp/err")" "$(ls -l "$h" "$h/real")"
fi
ln -s real/new.svg "$h/dangling.svg"
"$GOROLANES" export --output "$h/dangling.svg" "$prog" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && [ -L "$h/dangling.svg" ] && is_svg "$h/real/new.svg"; then
  ok "a dangling link: the file it names is made"
else
  not_ok "a dangling link: the file it names is made" "status $st" "$(cat "$tmp/err")"
fi
no_temporary "links" "$h" "$h/real"

# A private file stays private.
echo secret >"$h/private.svg"
chmod 600 "$h/private.svg"
chmod 640 "$h/real/target.svg"
"$GOROLANES" export --output "$h/private.svg" "$prog" 2>"$tmp/err" \
  && "$GOROLANES" export --output "$h/link.svg" "$prog" 2>>"$tmp/err"; st=$?
modes="$(stat -c %a "$h/private.svg") $(stat -c %a "$h/real/target.svg")"
if [ $st -eq 0 ] && [ "$modes" = "600 640" ] && is_svg "$h/private.svg"; then
  ok "a replaced file keeps its mode (600, 640 through a link)"
else
  not_ok "a replaced file keeps its mode" "status $st, modes $modes" "$(cat "$tmp/err")"
fi

# A file that may not be written is not replaced (root may write anything).
if [ "$(id -u)" -ne 0 ]; then
  echo keep >"$h/read-only.svg"
  chmod 444 "$h/read-only.svg"
  hostile_fails "a read-only file is refused" "cannot write $h/read-only.svg: Permission denied" \
    --output "$h/read-only.svg" "$prog"
  if [ "$(cat "$h/read-only.svg")" = keep ]; then ok "the read-only file is untouched"; else not_ok "the read-only file is untouched"; fi
else
  skip "a read-only file is refused" "running as root"
fi

# The longest name a folder takes (255 bytes) still fits the temporary.
long=$(printf '%0251d' 0 | tr 0 a).svg
"$GOROLANES" export --output "$h/$long" "$prog" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && is_svg "$h/$long"; then ok "a 255-byte file name"; else not_ok "a 255-byte file name" "status $st" "$(cat "$tmp/err")"; fi
no_temporary "long name" "$h"

# Sizes are capped before anything runs.
hostile_fails "a 30000×30000 PNG is refused" "a PNG of 30000×30000 pixels is too large: at most 16384 pixels a side and 67108864 pixels in all" \
  --width 30000 --height 30000 --output "$h/huge.png" "$prog"
hostile_fails "a 16384×8000 PNG is refused" "at most 16384 pixels a side and 67108864 pixels in all" \
  --width 16384 --height 8000 --output "$h/huge.png" "$prog"
if [ ! -e "$h/huge.png" ]; then ok "no huge PNG written"; else not_ok "no huge PNG written"; fi
no_temporary "refusals" "$h" "$h/real" "$h/folder.svg"

# A signal during the export removes the temporary file.
mkdir "$h/signal"
cp "$tmp/big.go" "$h/signal.go"
for sig in SIGINT SIGTERM; do
  res=$(python3 - "$GOROLANES" "$h/signal.go" "$h/signal" "$sig" <<'PY'
import glob, os, signal, subprocess, sys, time
gorolanes, program, folder, name = sys.argv[1:5]
sig = getattr(signal, name)
p = subprocess.Popen([gorolanes, "export", "--width", "8000", "--height", "4000",
                      "--output", os.path.join(folder, "interrupted.png"), program],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen = False
deadline = time.monotonic() + 60
while p.poll() is None and time.monotonic() < deadline:
    if glob.glob(os.path.join(folder, ".gorolanes-*")):
        seen = True
        time.sleep(0.05)
        p.send_signal(sig)
        break
    time.sleep(0.002)
rc = p.wait()
left = sorted(os.listdir(folder))
if not seen:
    print("skip")
elif rc == -sig and not left:
    print("ok")
else:
    print("status %d, left %s" % (rc, left))
PY
)
  case $res in
    ok) ok "$sig during a PNG export: killed by it, nothing left" ;;
    skip) skip "$sig during a PNG export" "the export ended before its temporary file was seen" ;;
    *) not_ok "$sig during a PNG export: killed by it, nothing left" "$res" ;;
  esac
done

# Scenario folders: each loads on its own; a broken one says why, safely.
sc="$tmp/scenarios"
mkdir "$sc"
cp -r "$GOROLANES_SCENARIOS/01-send-without-receiver" "$sc/"
cp -r "$GOROLANES_SCENARIOS/01-send-without-receiver" "$sc/02-no-fixed"
rm "$sc/02-no-fixed/fixed.go"
cp -r "$GOROLANES_SCENARIOS/01-send-without-receiver" "$sc/03-binary"
printf '\033[2J\033]0;owned\007[Scenario]\nTitle=\033[31mred\n' >"$sc/03-binary/scenario.ini"
cp -r "$GOROLANES_SCENARIOS/01-send-without-receiver" "$sc/04-fifo"
rm "$sc/04-fifo/scenario.ini"
mkfifo "$sc/04-fifo/scenario.ini"
cp -r "$GOROLANES_SCENARIOS/01-send-without-receiver" "$sc/05-bad-seed"
printf 'Seed=\033[2J\n' >>"$sc/05-bad-seed/scenario.ini"
GOROLANES_SCENARIOS="$sc" timeout 60 "$GOROLANES" export --scenario 01-send-without-receiver \
  --output "$h/01.svg" 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && is_svg "$h/01.svg"; then ok "a good scenario exports beside broken ones"; else not_ok "a good scenario exports beside broken ones" "status $st" "$(cat -v "$tmp/err")"; fi
export GOROLANES_SCENARIOS="$sc"
hostile_fails "a scenario without fixed.go" "02-no-fixed/fixed.go: missing" --scenario 02-no-fixed --output "$h/x.svg"
hostile_fails "a scenario.ini with escapes: quoted inert" 'scenario.ini: Key file contains line “\\e\[2J\\e]0;owned\\x07\[Scenario]”' \
  --scenario 03-binary --output "$h/x.svg"
hostile_fails "a FIFO scenario.ini does not hang" "04-fifo/scenario.ini: is a named pipe (FIFO), not a file" \
  --scenario 04-fifo --output "$h/x.svg"
hostile_fails "a bad Seed: quoted inert" 'Seed: “\\e\[2J” is not an unsigned number' --scenario 05-bad-seed --output "$h/x.svg"
hostile_fails "an unknown scenario lists the good ones" \
  "no bundled scenario “99-nope”; there are 01-send-without-receiver$" --scenario 99-nope --output "$h/x.svg"
hostile_fails "an unknown name is printed inert" "no bundled scenario “\\\\e\[2Jx”" --scenario "$(printf '\033[2Jx')" --output "$h/x.svg"
if [ ! -e "$h/x.svg" ]; then ok "no picture from a broken scenario"; else not_ok "no picture from a broken scenario"; fi

echo "1..$n"
exit $fail
