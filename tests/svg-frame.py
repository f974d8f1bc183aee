#!/usr/bin/env python3
# svg-frame.py — one frame of an SVG animated with SMIL <animate>
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: svg-frame.py IN.svg SECONDS OUT.svg
#
# Writes the picture the animation shows SECONDS after it starts: every
# <animate> (values, keyTimes, calcMode linear or discrete, dur,
# repeatCount) is evaluated and its attribute set on its parent, then
# removed.  Enough of SMIL for the animated export, so that a test (or a
# person, through rsvg-convert) can look at the run half played.

import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def seconds(text):
    text = text.strip()
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    if text.endswith("s"):
        return float(text[:-1])
    return float(text)


def value_at(anim, t):
    values = [float(v) for v in anim.get("values").split(";")]
    keys = [float(k) for k in anim.get("keyTimes").split(";")]
    if len(values) != len(keys) or keys[0] != 0 or keys[-1] != 1:
        raise ValueError("values and keyTimes do not match")
    if any(b < a for a, b in zip(keys, keys[1:])):
        raise ValueError("keyTimes go back")
    dur = seconds(anim.get("dur"))
    if anim.get("repeatCount") == "indefinite":
        f = (t % dur) / dur
    else:
        f = min(t / dur, 1.0)
    discrete = anim.get("calcMode") == "discrete"
    # the last interval that starts at or before f
    i = max(j for j in range(len(keys)) if keys[j] <= f)
    if discrete or i == len(keys) - 1:
        return values[i]
    a, b = keys[i], keys[i + 1]
    return values[i] + (values[i + 1] - values[i]) * (f - a) / (b - a)


def main():
    src, t, dst = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    tree = ET.parse(src)
    n = 0
    for parent in list(tree.iter()):
        for anim in list(parent):
            if anim.tag != SVG + "animate":
                continue
            v = value_at(anim, t)
            parent.set(anim.get("attributeName"), "%g" % v)
            parent.remove(anim)
            n += 1
    if n == 0:
        sys.exit("%s: no animation" % src)
    tree.write(dst, xml_declaration=True, encoding="UTF-8")


if __name__ == "__main__":
    main()
