#!/usr/bin/env python3
"""List the events of a timeline.json that share a type, a day and an actor:
the candidates for one real event told twice (a retelling the merge missed).

    python3 scripts/retellings.py OUT/timeline.json [--show N]

Prints how many such groups there are and, for the first N, each event's
summary and first source sentence, so a reader can judge whether they are
one event or several events of the same kind on the same day.
"""
import collections
import json
import sys


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 10
    groups = collections.defaultdict(list)
    for e in data["events"]:
        d = e.get("date") or {}
        if d.get("granularity") != "day" or d.get("earliest") != d.get("latest"):
            continue
        for actor in e["actors"]:
            groups[(e["type"], d["earliest"], actor)].append(e)
    # One group per set of events (several shared actors give the same set).
    seen = {}
    for key, events in groups.items():
        if len(events) < 2:
            continue
        ids = tuple(sorted(e["id"] for e in events))
        seen.setdefault(ids, (key, events))
    total = sum(len(e["events"]) for e in [data])
    print(f"{len(seen)} groups of events sharing a type, a day and an actor ({total} events in all)")
    for ids, (key, events) in sorted(seen.items(), key=lambda x: x[1][0][1])[:show]:
        print(f"\n{key[1]}  {key[0]}  shared actor {key[2]}")
        for e in events:
            src = e["sources"][0]["sentence"] if e["sources"] else ""
            print(f"  {e['id']} ({len(e['sources'])} sources, salience {e.get('salience')}): {e['summary']}")
            print(f"      \"{src[:160]}\"")


if __name__ == "__main__":
    main()
