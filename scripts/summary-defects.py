#!/usr/bin/env python3
"""Counts summaries a reader cannot use in a timeline digest.

usage: summary-defects.py DIGEST [--show N] [--resources DIR]

Reads the event lines of `digest.txt` (a TimeML value, then the summary) and
the `type:` line under each, and counts, per defect:
  ends-function   the summary ends on a determiner, preposition, conjunction,
                  clause word or "to" ("DPC launches a new", "... in what")
  cut             the summary is cut with "…" (the clause does not end)
  no-object       an action verb that needs an object (triggers.tsv, column 7; all of
                  them in a table without it) with nothing after it ("The US attacks")
  by-after-active an active verb followed by "by" ("Navigation Mixte launches by Cie")
  short-object    an action verb whose object is one lower-case word or a
                  determiner and one word ("launches a new")
  speech-empty    a speech verb with at most one word after it ("Bonn says Friday")
  speaker-echo    the content opens with the speaker ("Thomas Roeck says Thomas Roeck, chief ...")
  speech-circumstance  the content is where or how it was said ("Bill Clinton says at a campaign stop",
                  "Crane says of St. Petersburg, Fla.")
  speech-no-subject  the content is no clause with a subject: it opens with an auxiliary,
                  modal or copula ("Unisys says would be laid off", "Paribas says is considered
                  likely") or a conjunction ("Robert Antolini says but this skittishness")
  speaker-apposition  the content holds the speaker's name with an apposition after it
                  ("Kenneth Warren says Kenneth Warren, a Conservative member of ...")
  agreement       a base-form verb after a singular subject ("China afterwards
                  sentence"), or an -s verb after a plural one ("Conservatives calls",
                  "Huawei and ZTE denies")
The word classes come from the events tables (determiners, prepositions,
conjunctions, clause boundaries, triggers), so the check and the engine read
the same words.
"""
import os
import re
import sys


def table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def main():
    args = sys.argv[1:]
    show = 0
    resources = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "TimelineKit", "Resources", "events")
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    if "--resources" in args:
        i = args.index("--resources")
        resources = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    words = lambda name: {r[0] for r in table(os.path.join(resources, name))}
    function = words("determiners.tsv") | words("prepositions.tsv") | words("conjunctions.tsv") \
        | words("clause-boundaries.tsv") | {"to", "what", "how", "where", "why", "whether", "than", "a", "an"}
    determiners = words("determiners.tsv")
    prepositions = words("prepositions.tsv")
    conjunctions = words("conjunctions.tsv")
    # "calls for its followers to boycott": the verb's own particle opens no circumstance.
    particles = {r[0]: set(r[1].split(",")) for r in table(os.path.join(resources, "particles.tsv")) if len(r) > 1}
    no_subject = words("predicate-openers.tsv")
    triggers = {}
    for r in table(os.path.join(resources, "triggers.tsv")):
        triggers.setdefault(r[0], []).append((r[1], r[2], r[3], len(r) <= 6 or r[6] == "required"))

    clause_words = words("clause-boundaries.tsv")

    def opens_clause_after_comma(after):
        """'in July, average hours declined': a fronted phrase, then the reported clause."""
        for i, t in enumerate(after[:7]):
            if t == "," or t.endswith(","):
                rest = after[i + 1:]
                return len(rest) > 2 and rest[0].lower() not in clause_words
        return False

    events = []
    lines = open(args[0], encoding="utf-8").read().split("\n")
    value = re.compile(r"^(\S+)\s{2,}(.*)$")
    for k, line in enumerate(lines):
        if not line or line.startswith(" ") or k == 0:
            continue
        m = value.match(line)
        if not m or k + 1 >= len(lines) or not lines[k + 1].startswith("    type: "):
            continue
        events.append((m.group(2), lines[k + 1][len("    type: "):].strip()))

    defects = {name: [] for name in ["ends-function", "cut", "no-object", "by-after-active", "short-object",
                                     "speech-empty", "speaker-echo", "speech-circumstance", "speech-no-subject",
                                     "speaker-apposition", "agreement"]}
    for summary, kind in events:
        toks = summary.replace(",", " ,").split()
        if not toks:
            continue
        last = toks[-1].lower()
        if last == "…":
            defects["cut"].append(summary)
        elif last in function:
            defects["ends-function"].append(summary)
        lower = [t.lower() for t in toks]
        for cls, present, base, needs_object in triggers.get(kind, []):
            pos, form = None, None
            for i, t in enumerate(lower):
                if i > 0 and t in (present, base):
                    pos, form = i, t
                    break
            if pos is None:
                continue
            after = [t for t in toks[pos + 1:] if t != "…"]
            subject = toks[:pos]
            if cls == "speech":
                if len(after) <= 1:
                    defects["speech-empty"].append(summary)
                elif subject and after[0] in subject:
                    defects["speaker-echo"].append(summary)
                elif after[0].lower() in prepositions and after[0].islower() \
                        and after[0] not in particles.get(toks[pos].lower(), ()) \
                        and not opens_clause_after_comma(after):
                    defects["speech-circumstance"].append(summary)
                elif after[0] in no_subject or after[0] in conjunctions:
                    defects["speech-no-subject"].append(summary)
                elif subject and " ".join(subject) + " ," in " ".join(after):
                    defects["speaker-apposition"].append(summary)
            else:
                if pos > 0 and lower[pos - 1] in ("is", "are"):
                    break  # passive: "Meng is arrested"
                if not after and needs_object:
                    defects["no-object"].append(summary)
                elif after and after[0].lower() == "by":
                    defects["by-after-active"].append(summary)
                elif after and (len(after) == 1 and after[0].islower()) or \
                        len(after) == 2 and after[0].lower() in determiners and after[1].islower():
                    defects["short-object"].append(summary)
            plural = " and " in " ".join(subject) or (
                subject and len(subject[-1]) > 3 and subject[-1].endswith("s") and not subject[-1].endswith("ss")
                and not subject[-1].endswith("'s") and subject[-1][:-1].isalpha()
                and (subject[-1][:-1].islower() or subject[-1][1:-1].islower() and subject[-1][0].isupper()
                     and len(subject) == 1 or subject[-1][:-1].isupper()))
            if form == base and base != present and not plural:
                defects["agreement"].append(summary)
            elif form == present and base != present and plural and subject[-1][0].islower():
                defects["agreement"].append(summary)
            elif form == present and base != present and " and " in " ".join(subject):
                defects["agreement"].append(summary)
            break

    total = sum(1 for s in events)
    bad = set()
    for name, items in defects.items():
        bad.update(items)
    print(f"events {total}, summaries with a defect {len(bad)}")
    for name, items in defects.items():
        print(f"  {name:16} {len(items)}")
        for s in items[:show]:
            print(f"      {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
