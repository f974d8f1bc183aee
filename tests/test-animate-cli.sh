#!/bin/sh
# `gorolanes export --animate`: an SVG that plays the run.  Every bundled
# scenario gives well-formed SVG with SMIL animation and no script; a
# viewer without animation sees exactly the still export; frames of the
# animation (tests/svg-frame.py) show the run half played: the lanes fill
# from the left and the red of a leak comes only when its verdict is
# reached.  TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
: "${GOROLANES_SCENARIOS:?GOROLANES_SCENARIOS must point at data/scenarios}"
here=$(dirname "$0")
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
check () { name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name" "failed: $*"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for tool in xmllint:libxml2-utils rsvg-convert:librsvg2-bin convert:imagemagick compare:imagemagick python3:python3; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    echo "Bail out! ${tool%%:*} not found (Debian package ${tool#*:})"
    exit 1
  fi
done

# Pixels of the picture within 8% of the blocked-forever red.
red_pixels () {
  convert "$1" -alpha off -fuzz 8% -fill black +opaque "rgb(209,26,33)" -fill white -opaque "rgb(209,26,33)" \
    -format "%[fx:round(mean*w*h)]" info:
}
# Pixels that differ between two pictures of the same size.
differing () { compare -metric AE "$1" "$2" null: 2>&1; }
frame () { python3 "$here/svg-frame.py" "$1" "$2" "$3.svg" && rsvg-convert "$3.svg" -o "$3.png"; }

for dir in "$GOROLANES_SCENARIOS"/[0-9]*/; do
  id=$(basename "$dir")
  out="$tmp/$id.svg"
  if "$GOROLANES" export --scenario "$id" --animate -o "$out" 2>"$tmp/err" \
     && xmllint --noout "$out" 2>>"$tmp/err" \
     && grep -q '<animate attributeName="width"' "$out" && ! grep -q '<script' "$out"; then
    ok "$id: animated SVG, well-formed, SMIL and no script"
  else
    not_ok "$id: animated SVG, well-formed, SMIL and no script" "$(cat "$tmp/err")"
  fi
done

# Without animation: the still export, pixel for pixel, in both themes
# and on both axes.
s=01-send-without-receiver
for opts in "" "--theme dark --axis time"; do
  # shellcheck disable=SC2086
  "$GOROLANES" export --scenario $s $opts --animate -o "$tmp/a.svg" 2>/dev/null
  # shellcheck disable=SC2086
  "$GOROLANES" export --scenario $s $opts -o "$tmp/s.svg" 2>/dev/null
  rsvg-convert "$tmp/a.svg" -o "$tmp/a.png" && rsvg-convert "$tmp/s.svg" -o "$tmp/s.png"
  d=$(differing "$tmp/a.png" "$tmp/s.png")
  if [ "$d" = "0" ]; then ok "still frame is the still export ($opts)"; else not_ok "still frame is the still export ($opts)" "$d pixels differ"; fi
done

# Frames of one pass (10 s of play, then a pause: 12.5 s a cycle).
"$GOROLANES" export --scenario $s --animate -o "$tmp/a.svg" 2>/dev/null
rsvg-convert "$tmp/a.svg" -o "$tmp/still.png"
grep -q 'dur="12.5s"' "$tmp/a.svg" && ok "a pass plays 10 s and pauses" || not_ok "a pass plays 10 s and pauses" "$(grep -o 'dur="[^"]*"' "$tmp/a.svg" | sort -u)"
frame "$tmp/a.svg" 0.01 "$tmp/f0" && frame "$tmp/a.svg" 5 "$tmp/f5" && frame "$tmp/a.svg" 9.99 "$tmp/f10" \
  && frame "$tmp/a.svg" 11 "$tmp/f11" && frame "$tmp/a.svg" 12.51 "$tmp/f0b"
r0=$(red_pixels "$tmp/f0.png"); r10=$(red_pixels "$tmp/f10.png"); rs=$(red_pixels "$tmp/still.png")
echo "# red pixels: start $r0, end of play $r10, still $rs"
# At the start only the legend's swatches are red: no lane, no label, no count.
if [ "$r0" -gt 0 ] && [ "$r0" -lt 400 ] && [ "$r10" -gt $((r0 * 4)) ]; then ok "the leak's red comes as the run plays"; else not_ok "the leak's red comes as the run plays" "start $r0 end $r10"; fi
d=$(differing "$tmp/f0.png" "$tmp/f5.png"); [ "$d" -gt 1000 ] && ok "the lanes fill as the playhead moves" || not_ok "the lanes fill as the playhead moves" "$d"
d=$(differing "$tmp/f11.png" "$tmp/still.png"); [ "$d" = "0" ] && ok "the pause shows the whole run" || not_ok "the pause shows the whole run" "$d pixels differ"
d=$(differing "$tmp/f0.png" "$tmp/f0b.png"); [ "$d" = "0" ] && ok "the animation starts again" || not_ok "the animation starts again" "$d pixels differ"

"$GOROLANES" export --scenario $s --animate --duration 4 -o "$tmp/d.svg" 2>/dev/null
grep -q 'dur="5.5s"' "$tmp/d.svg" && ok "--duration sets the play time" || not_ok "--duration sets the play time" "$(grep -o 'dur="[^"]*"' "$tmp/d.svg" | sort -u)"

fails () {
  name=$1 want=$2; shift 2
  "$GOROLANES" export "$@" 2>"$tmp/err"; st=$?
  if [ $st -eq 2 ] && grep -q -- "$want" "$tmp/err"; then ok "$name"; else not_ok "$name" "status $st" "$(cat "$tmp/err")"; fi
}
fails "--animate makes no PNG" "--animate makes an SVG" --scenario $s --animate -o "$tmp/x.png"
fails "--animate makes no Perfetto JSON" "--animate makes an SVG" --scenario $s --animate --format perfetto -o "$tmp/x.json"
fails "--duration alone" "--duration goes with --animate" --scenario $s --duration 3 -o "$tmp/x.svg"
fails "--duration out of range" "between 1 and 600" --scenario $s --animate --duration 0.5 -o "$tmp/x.svg"
[ ! -e "$tmp/x.png" ] && [ ! -e "$tmp/x.svg" ] && [ ! -e "$tmp/x.json" ] && ok "no file from a refused export" || not_ok "no file from a refused export"

echo "1..$n"
exit $fail
