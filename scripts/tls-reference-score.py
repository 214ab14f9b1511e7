#!/usr/bin/env python3
"""Score predicted timelines with tilse, the reference implementation of the
timeline-summarisation ROUGE variants (Martschat and Markert 2017), to check
the figures of `timeline eval tls`.

    timeline eval tls DATA --predictions PRED
    python3 scripts/tls-reference-score.py PRED DATA [--reimpl]

PRED holds <topic>--<timeline>.json files as `timeline summarize --format json`
writes them; DATA is the Timeline17-layout folder (<topic>/timelines/*.txt).
Needs `pip install tilse` and, for ROUGE-1.5.5 itself, Perl's XML::DOM
(Debian: libxml-dom-perl). Prints per timeline and the mean: date F1,
concat ROUGE-1/2 F1, align+ m:1 ROUGE-1/2 F1, as news-tls reports them
(the predicted sentences are tokenised with the same PTB rules as the
references before scoring: spaces around punctuation and clitics).
"""
import datetime
import json
import os
import re
import sys

from tilse.data.timelines import GroundTruth, Timeline
from tilse.evaluation import dates as tilse_dates
from tilse.evaluation import rouge


def ptb(sentence):
    s = re.sub(r'([.,;:!?()\[\]"%])', r' \1 ', sentence)
    s = re.sub(r"(\w)('s|'re|'ve|'ll|'d|'m|n't)\b", r"\1 \2", s)
    return " ".join(s.split())


def main():
    pred_dir, data_dir = sys.argv[1], sys.argv[2]
    mode = "reimpl" if "--reimpl" in sys.argv else "original"
    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=mode)
    rows = []
    for name in sorted(os.listdir(pred_dir)):
        if not name.endswith(".json"):
            continue
        topic, timeline = name[:-5].split("--", 1)
        with open(os.path.join(data_dir, topic, "timelines", timeline + ".txt"), encoding="utf-8") as f:
            ref = Timeline.from_file(f)
        with open(os.path.join(pred_dir, name), encoding="utf-8") as f:
            pred_json = json.load(f)
        pred = Timeline({datetime.date.fromisoformat(k["date"]): [ptb(s) for s in k["sentences"]]
                         for k in pred_json["timeline"]})
        gt = GroundTruth([ref])
        d = tilse_dates.evaluate_dates(pred, gt)["f_score"] if pred.get_dates() else 0.0
        c = evaluator.evaluate_concat(pred, gt)
        a = evaluator.evaluate_align_date_content_costs_many_to_one(pred, gt)
        row = (d, c["rouge_1"]["f_score"], c["rouge_2"]["f_score"], a["rouge_1"]["f_score"], a["rouge_2"]["f_score"])
        rows.append(row)
        print(f"{topic} / {timeline}: " + "  ".join(f"{x:.3f}" for x in row))
    mean = [sum(r[i] for r in rows) / len(rows) for i in range(5)]
    print(f"mean over {len(rows)} timelines: date F1 {mean[0]:.3f}  concat R1 {mean[1]:.3f}  R2 {mean[2]:.3f}"
          f"  align R1 {mean[3]:.3f}  R2 {mean[4]:.3f}")


if __name__ == "__main__":
    main()
