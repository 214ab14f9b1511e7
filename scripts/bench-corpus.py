#!/usr/bin/env python3
"""A synthetic corpus of real articles for the benchmark, with work for the merge.

    scripts/bench-corpus.py SOURCE OUT MEGABYTES

SOURCE holds Timeline17-style articles (<topic>/InputDocs/<YYYY-MM-DD>/*.txt).
They are copied round after round until OUT holds MEGABYTES of text. Round 0
is the articles as they are; each later round r moves the story r years on
(the date folders and every year from 1900 to 2099 in the text) and renames
its people and places: each of the most frequent capitalised words (names,
mostly) is replaced by a made-up name chosen by (word, round). So copies are
not duplicates of each other: actor resolution, event grouping and the
publication dates see new names and new days in every round, while the
language stays that of news. Deterministic: the same arguments give the
same files.
"""
import hashlib
import os
import re
import sys
from collections import Counter

SYLLABLES = ["ka", "ro", "mi", "ta", "len", "dor", "vi", "sa", "bel", "nu", "gar", "te", "lo", "fin", "ha", "ri"]
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")


def made_up(word, round_):
    h = hashlib.sha256(("%s/%d" % (word, round_)).encode()).digest()
    parts = [SYLLABLES[b % len(SYLLABLES)] for b in h[:2 + h[2] % 2]]
    return "".join(parts).capitalize()


def articles(source):
    found = []
    for folder, dirs, files in os.walk(source):
        dirs.sort()
        if os.path.basename(os.path.dirname(folder)) != "InputDocs":
            continue
        for name in sorted(files):
            if name.endswith(".txt"):
                found.append(os.path.join(folder, name))
    return found


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, out, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    files = articles(source)
    if not files:
        sys.exit("bench-corpus: no <topic>/InputDocs/<date>/*.txt under %s" % source)
    texts = {}
    names = Counter()
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            texts[path] = f.read()
        names.update(CAPITALISED.findall(texts[path]))
    common = [w for w, _ in names.most_common(400)]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, common)) + r")\b")
    target = int(megabytes * 1_000_000)
    written = 0
    round_ = 0
    while written < target:
        for path in files:
            if written >= target:
                break
            relative = os.path.relpath(path, source)
            topic, _, day, name = relative.split(os.sep)[-4:]
            text = texts[path]
            if round_ > 0:
                text = YEAR.sub(lambda m: str(int(m.group(1)) + round_), text)
                text = pattern.sub(lambda m: made_up(m.group(1), round_), text)
                day = str(int(day[:4]) + round_) + day[4:]
                if day.endswith("-02-29"):
                    day = day[:-2] + "28"
            target_path = os.path.join(out, "r%03d" % round_, topic, "InputDocs", day, name)
            os.makedirs(os.path.dirname(target_path), exist_ok=True)
            data = text.encode("utf-8")
            with open(target_path, "wb") as f:
                f.write(data)
            written += len(data)
        round_ += 1
    print("bench-corpus: %d rounds, %.1f MB in %s" % (round_, written / 1e6, out))


if __name__ == "__main__":
    main()
