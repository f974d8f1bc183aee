#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Memory ceilings for large sources: `gorolanes run` of generated programs
# just under the 2 MB source limit (many small functions, one huge
# function, one giant composite literal) must stay under a sane multiple
# of their size, and a 12 MB source must be refused without being read.
# Prints each case's peak RSS against its ceiling; fails when one is over.
# Usage: check-source-memory.sh [GOROLANES] (default: $GOROLANES).
set -u
gorolanes=${1:-${GOROLANES:-}}
if [ -z "$gorolanes" ]; then
  echo "usage: $0 path/to/gorolanes" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Writes $tmp/NAME.go of about BYTES bytes in one of three shapes.
gen () {
  python3 - "$tmp/$1.go" "$2" "$3" <<'PY'
import sys
path, shape, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, "w") as f:
    n = 0
    def w(s):
        global n
        f.write(s)
        n += len(s)
    if shape == "funcs":
        w("package main\n\n")
        i = 0
        while n < size:
            w(f"func f{i}(a int) int {{\n\tb := a*{i} + 1\n\treturn b\n}}\n\n")
            i += 1
        w("func main() { println(f1(2)) }\n")
    elif shape == "onefunc":
        w("package main\n\nfunc main() {\n\tx := 0\n")
        i = 0
        while n < size:
            w(f"\tx = x + {i}\n")
            i += 1
        w("\tprintln(x)\n}\n")
    else:
        w("package main\n\nvar a = []int{\n")
        i = 0
        while n < size:
            w(f"\t{i},\n")
            i += 1
        w("}\n\nfunc main() { println(len(a)) }\n")
PY
}

under=$((2 * 1024 * 1024 - 200))
# shape, source bytes, expected status, ceiling in MB
for case in "funcs $under 0 400" "onefunc $under 0 400" "literal $under 0 200" "funcs 12582912 1 30"; do
  set -- $case
  name="$1-$2"
  gen "$name" "$1" "$2"
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$gorolanes" run "$tmp/$name.go" >"$tmp/out" 2>"$tmp/err"
  st=$?
  set -- "$name" "$3" "$4" $(tail -1 "$tmp/time")
  mb=$(awk -v k="$5" 'BEGIN { printf "%.1f", k / 1024 }')
  if [ $st -ne "$2" ]; then
    echo "not ok $1: exit status $st, not $2: $(head -1 "$tmp/err")"
    fail=1
  elif [ "$2" -eq 1 ] && ! grep -q ': too large (12.0 MB; at most 2 MB)$' "$tmp/err"; then
    echo "not ok $1: $(head -1 "$tmp/err")"
    fail=1
  elif awk -v m="$mb" -v c="$3" 'BEGIN { exit !(m > c) }'; then
    echo "not ok $1: peak RSS $mb MB, ceiling $3 MB ($4 s)"
    fail=1
  else
    echo "ok $1: peak RSS $mb MB, ceiling $3 MB ($4 s)"
  fi
done
exit $fail
