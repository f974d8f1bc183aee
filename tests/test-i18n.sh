#!/bin/sh
# Translations: every translatable string has a checked zh_CN translation,
# and gorolanes really speaks Chinese from the build folder (the run
# report's summary, the exported picture's words).  TAP output.
set -u
: "${GOROLANES:?GOROLANES must point at the built gorolanes}"
: "${GOROLANES_SRCDIR:?GOROLANES_SRCDIR must point at the source tree}"
: "${GOROLANES_PO_BUILDDIR:?GOROLANES_PO_BUILDDIR must point at the build folder's data/po}"
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
po="$GOROLANES_SRCDIR/data/po/zh_CN.po"
scenario="$GOROLANES_SRCDIR/data/scenarios/01-send-without-receiver"

# Files that mark strings must be in POTFILES.in, or their strings are
# silently left out of the catalogue.
missing=""
for f in $(cd "$GOROLANES_SRCDIR" && grep -lE '(^|[^A-Za-z_])(N?_|C_|ngettext|g_dngettext) ?\(' app/*.c ui/*.c) \
         $(cd "$GOROLANES_SRCDIR" && grep -l 'translatable="yes"' data/ui/*.ui data/gtk/*.ui); do
  grep -qx "$f" "$GOROLANES_SRCDIR/data/po/POTFILES.in" || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "POTFILES.in lists every file with translatable strings"; else not_ok "POTFILES.in lists every file with translatable strings" "missing:$missing"; fi

# A fresh template with the keywords and flags of meson's glib preset.
(cd "$GOROLANES_SRCDIR" && xgettext --from-code=UTF-8 --add-comments --package-name=gorolanes \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
   --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
   --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
   --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
   --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
   --flag=g_printerr:1:c-format --flag=g_snprintf:3:c-format --flag=g_set_error:4:c-format \
   --files-from=data/po/POTFILES.in -o "$tmp/gorolanes.pot") 2>"$tmp/err"; st=$?
if [ $st -eq 0 ] && [ -s "$tmp/gorolanes.pot" ]; then ok "xgettext over POTFILES.in"; else not_ok "xgettext over POTFILES.in" "$(cat "$tmp/err")"; fi
total=$(msgattrib --no-obsolete "$tmp/gorolanes.pot" 2>/dev/null | grep -c '^msgid ')
if [ "$total" -gt 100 ]; then ok "the template has $total messages"; else not_ok "the template has $total messages"; fi

# The catalogue merged with the fresh template: nothing new, nothing fuzzy,
# nothing untranslated, and formats that match the source's.
msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/gorolanes.pot" -o "$tmp/merged.po" 2>"$tmp/err"
untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep '^msgid ' | grep -v '^msgid ""$')
if [ -z "$untranslated" ]; then ok "zh_CN translates every message"; else not_ok "zh_CN translates every message" "$untranslated"; fi
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep '^msgid ' | grep -v '^msgid ""$')
if [ -z "$fuzzy" ]; then ok "zh_CN has no fuzzy message"; else not_ok "zh_CN has no fuzzy message" "$fuzzy"; fi
if msgfmt --check --check-accelerators=_ -o /dev/null "$tmp/merged.po" 2>"$tmp/err" \
   && msgfmt --check -o /dev/null "$po" 2>>"$tmp/err"; then ok "msgfmt --check"; else not_ok "msgfmt --check" "$(cat "$tmp/err")"; fi

# End to end: gorolanes run --report in Chinese.  The goroutine block keeps
# Go's dump shape; the summary is translated.
LANG=C.UTF-8 LANGUAGE=zh_CN GOROLANES_LOCALEDIR="$GOROLANES_PO_BUILDDIR" \
  "$GOROLANES" run --report "$scenario/leak.go" >"$tmp/out" 2>"$tmp/err"
if grep -qx '1 个协程永久阻塞' "$tmp/err" && grep -q '^goroutine 2 \[chan send, ' "$tmp/err"; then
  ok "run --report in zh_CN"; else not_ok "run --report in zh_CN" "$(cat "$tmp/err")"; fi
LANG=C.UTF-8 LANGUAGE= GOROLANES_LOCALEDIR="$GOROLANES_PO_BUILDDIR" \
  "$GOROLANES" run --report "$scenario/leak.go" >"$tmp/out" 2>"$tmp/err"
if grep -qx '1 goroutine blocked forever' "$tmp/err"; then ok "run --report in English"; else not_ok "run --report in English" "$(cat "$tmp/err")"; fi
LANG=C.UTF-8 LANGUAGE=zh_CN GOROLANES_LOCALEDIR="$GOROLANES_PO_BUILDDIR" \
  "$GOROLANES" run --report "$scenario/fixed.go" >"$tmp/out" 2>"$tmp/err"
if grep -qx '0 个协程永久阻塞' "$tmp/err"; then ok "run --report in zh_CN, nothing blocked"; else not_ok "run --report in zh_CN, nothing blocked" "$(cat "$tmp/err")"; fi

# The headless export binds the catalogue too: the same picture in English
# and in Chinese differs (legend, header, axis), and both are whole PNGs.
for lang in en zh_CN; do
  LANG=C.UTF-8 LANGUAGE=$lang GOROLANES_LOCALEDIR="$GOROLANES_PO_BUILDDIR" \
    "$GOROLANES" export --scenario 01-send-without-receiver --width 900 -o "$tmp/$lang.png" >"$tmp/out" 2>"$tmp/err"
  st=$?
  if [ $st -eq 0 ] && [ "$(head -c 8 "$tmp/$lang.png" | od -An -c | tr -d ' ')" = '211PNG\r\n032\n' ]; then
    ok "export in $lang"; else not_ok "export in $lang" "status $st" "$(cat "$tmp/err")"; fi
done
if ! cmp -s "$tmp/en.png" "$tmp/zh_CN.png"; then ok "the zh_CN export differs from the English one"; else not_ok "the zh_CN export differs from the English one"; fi

echo "1..$n"
exit $fail
