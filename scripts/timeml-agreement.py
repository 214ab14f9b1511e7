#!/usr/bin/env python3
"""How consistently a TimeML corpus values the same phrase.

Usage: scripts/timeml-agreement.py GOLD_DIR [--show N]

For every gold TIMEX3 written without digits ("last week", "a year ago",
"the quarter"), the value is rewritten relative to the document's creation
time (DCT): a day as a day offset, a week, month, quarter or year as an
offset in that unit, anything else as written ("P1W", "PAST_REF",
"1989-WXX" -> "Y+0-WXX"). Weekday and month names are left out: their
offset depends on the DCT's own weekday or month, so a single reading of
them can be right everywhere. For each phrase met at least twice, the
values that differ from the phrase's most common reading are counted: a
tagger that reads a phrase one way against the DCT loses at least those,
whatever its rules. The script prints that count and, with --show, the
phrases with the most disagreement.
"""
import collections
import datetime
import glob
import os
import re
import sys

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTHS = ("january february march april may june july august september october "
          "november december").split()


def dct_day(text):
    m = re.search(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", text, re.S)
    return datetime.date(*map(int, m.groups())) if m else None


def relative(value, dct):
    """The value written relative to the DCT, or as is."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value)
    if m:
        day = datetime.date(*map(int, m.groups()[:3]))
        return "D%+d%s" % ((day - dct).days, m.group(4) or "")
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value)
    if m:
        year, week, _ = dct.isocalendar()
        return "W%+d%s" % ((int(m.group(1)) - year) * 52 + int(m.group(2)) - week, m.group(3) or "")
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return "M%+d" % ((int(m.group(1)) - dct.year) * 12 + int(m.group(2)) - dct.month)
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        return "Q%+d" % ((int(m.group(1)) - dct.year) * 4 + int(m.group(2)) - (dct.month - 1) // 3 - 1)
    m = re.fullmatch(r"(\d{4})(.*)", value)
    if m:
        return "Y%+d%s" % (int(m.group(1)) - dct.year, m.group(2))
    return value


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    paths = sorted(glob.glob(os.path.join(args[0], "**", "*.tml"), recursive=True))
    readings = collections.defaultdict(collections.Counter)
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        dct = dct_day(text)
        body = text[text.find("<TEXT>"):]
        if dct is None:
            print(f"{path}: no DCT, skipped", file=sys.stderr)
            continue
        for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", body, re.S):
            total += 1
            attrs = dict(re.findall(r"(\w+)=\"([^\"]*)\"", m.group(1)))
            phrase = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(2))).lower().strip(" .,'`\"")
            if not phrase or re.search(r"\d", phrase):
                continue
            words = phrase.split()
            if words[0] in WEEKDAYS + MONTHS or words[-1] in WEEKDAYS + MONTHS:
                continue
            readings[phrase][attrs.get("type", "") + " " + relative(attrs.get("value", ""), dct)] += 1
    repeated = {p: c for p, c in readings.items() if sum(c.values()) >= 2}
    met = sum(sum(c.values()) for c in repeated.values())
    minority = sum(sum(c.values()) - c.most_common(1)[0][1] for c in repeated.values())
    print(f"documents {len(paths)}, gold TIMEX3 {total}")
    print(f"digit-free phrases met twice or more (no weekday/month names): {met} TIMEX3, {len(repeated)} phrases")
    print(f"values that differ from their phrase's most common reading: {minority} "
          f"({100.0 * minority / max(met, 1):.1f} % of those, {100.0 * minority / max(total, 1):.1f} % of all gold)")
    ranked = sorted(repeated.items(), key=lambda kv: (-(sum(kv[1].values()) - kv[1].most_common(1)[0][1]), kv[0]))
    for phrase, c in ranked[:show]:
        readings_text = ", ".join(f"{r} x{n}" for r, n in c.most_common(5))
        print(f"  {phrase!r}: {readings_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
